"""Join the lines of hard-wrapped text back into paragraphs.

Plain-text copies of articles (newsletters, e-mail, archives, `fmt` output) break
every paragraph at a fixed column. Read line by line, each fragment would be a
paragraph of its own and no sentence would be whole. Text whose every line is a
paragraph (as most pasted articles are) is left as it is: the test below asks for
the shape a fixed column leaves, not just short lines.

Pure text in, text out.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefgen.ingest.furniture import SENTENCE_END, is_furniture

# Hard-wrapped prose is folded at 60 to 80 columns; a longer line is a paragraph.
_MAX_WRAP_WIDTH = 110
# A folded line is nearly as long as the column; the last line of a paragraph is not.
_FULL_LINE = 0.6
# Share of inner lines that must look folded before the whole text is unwrapped.
_FOLDED_SHARE = 0.75
# Share of inner lines that break inside a sentence: a folding tool breaks anywhere,
# a writer who puts one paragraph per line breaks after a sentence.
_MID_SENTENCE_SHARE = 0.4
_MIN_INNER_LINES = 3
_LIST_ITEM = re.compile(r"^(?:[-*•–]\s|\d{1,2}[.)]\s|#)")
_HYPHENATED = re.compile(r"[^\W\d_]-$")


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _fold_width(blocks: list[list[str]]) -> int | None:
    """The column the paragraphs are folded at, or None when they are not folded. A line
    longer than any fold is a paragraph of its own (a disclaimer pasted after a folded
    wire story) and says nothing about the rest."""
    inner = [line for block in blocks for line in block[:-1] if len(line) <= _MAX_WRAP_WIDTH]
    if len(inner) < _MIN_INNER_LINES:
        return None
    # (the column most lines reach, not the longest line: one line a copy-edit lengthened
    # would make every folded line look short)
    lengths = sorted(len(line) for block in blocks for line in block
                     if len(line) <= _MAX_WRAP_WIDTH)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    long_lines = sum(len(line) > _MAX_WRAP_WIDTH for block in blocks for line in block)
    if long_lines > len(inner) * (1 - _FOLDED_SHARE):
        return None  # mostly long lines: one paragraph per line
    # A fold breaks a line only when it is full; a short line that ends a sentence is a
    # paragraph's last one (wire copy that runs its paragraphs on without blank lines).
    broken = [line for line in inner if not SENTENCE_END.search(line)]
    full = sum(len(line) >= _FULL_LINE * width for line in broken)
    folded = (full >= _FOLDED_SHARE * len(broken)
              and len(broken) >= _MID_SENTENCE_SHARE * len(inner))
    return width if folded else None


def is_hard_wrapped(text: str) -> bool:
    """True when the text's paragraphs are folded at a fixed column."""
    return _fold_width(_blocks(text.split("\n"))) is not None


def unwrap(text: str) -> str:
    """The text with folded lines joined; unchanged unless it is hard-wrapped.

    Paragraphs stay separated by blank lines. A short line (a heading, a
    paragraph's last line) and a list item keep their own line.
    """
    blocks = _blocks(text.split("\n"))
    width = _fold_width(blocks)
    if width is None:
        return _join_stray_breaks(text)
    out: list[str] = []
    for block in blocks:
        joined = block[0]
        for previous, line in pairwise(block):
            if (len(previous) < _FULL_LINE * width or _LIST_ITEM.match(line)
                    or max(len(previous), len(line)) > _MAX_WRAP_WIDTH):
                joined += "\n" + line
            elif _HYPHENATED.search(previous):
                # "Tajik-" / "Afghan": a compound split at its hyphen keeps it.
                joined += line
            else:
                joined += " " + line
        out.append(joined)
    return "\n\n".join(out)



def _join_stray_breaks(text: str) -> str:
    """Text of one paragraph per line with a few lines broken inside a sentence (a copy
    from a page: "... under the Ministry of Public Security" / "and also commander-in-chief
    of the drill, said ..."): each such break joined with a space. A break is stray when the
    line before ends no sentence and the next line goes on in lower case, or the line
    before ends in a comma (a standfirst over a dateline ends no sentence either)."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        previous, current = out[-1].rstrip(), line.strip()
        if (previous and current and not _LIST_ITEM.match(current)
                and not _LIST_ITEM.match(previous.lstrip())
                and not SENTENCE_END.search(previous)
                # ("PHOTO CAPTION: ... via REUTERS" over the dateline: the page's line)
                and not is_furniture(previous.strip()) and not is_furniture(current)
                and (current[0].islower() or previous.endswith(","))):
            out[-1] = previous + " " + current
        else:
            out.append(line)
    return "\n".join(out)
