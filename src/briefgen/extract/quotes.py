"""Quoted passages: curly or straight marks, mixed as scraped text mixes them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.text import Span, paragraphs

MARKS = '"“”„«»″'  # (″, a double prime, typed for a closing mark)


@dataclass(frozen=True)
class Quote:
    """The text inside a pair of quotation marks (marks and a trailing comma excluded)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark

    def words(self, doc: str) -> int:
        return len(doc[self.start : self.end].split())


def _opens(doc: str, i: int, para: Span) -> bool:
    before = doc[i - 1] if i > para.start else " "
    after = doc[i + 1] if i + 1 < para.end else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _apostrophe(doc: str, i: int) -> bool:
    """A quotation mark typed for an apostrophe: "the CSTO”s forces"."""
    return (i > 0 and doc[i - 1].isalnum() and doc[i + 1 : i + 2] == "s"
            and not doc[i + 2 : i + 3].isalpha())


def find_quotes(doc: str) -> list[Quote]:
    """Pair quotation marks within each paragraph. A mark that opens (space before,
    text after) starts a quote; the next mark that does not open closes it. An
    unclosed quote runs to the paragraph's end, as in multi-paragraph quotes."""
    quotes: list[Quote] = []
    for para in paragraphs(doc):
        marks = [m.start() for m in re.finditer(f"[{MARKS}]", doc[para.start : para.end])]
        marks = [para.start + m for m in marks if not _apostrophe(doc, para.start + m)]
        i = 0
        while i < len(marks):
            start = marks[i]
            if not _opens(doc, start, para) or doc[start] in "”»":
                i += 1
                continue
            close = next((m for m in marks[i + 1 :] if not _opens(doc, m, para)), None)
            if close is None:
                end_mark = para.end
                i = len(marks)
            else:
                end_mark = close
                i = marks.index(close) + 1
            inner_start, inner_end = start + 1, end_mark
            while inner_end > inner_start and doc[inner_end - 1] in " ,":
                inner_end -= 1
            if inner_end > inner_start:
                quotes.append(Quote(inner_start, inner_end, start, end_mark))
        quotes.extend(_single_marked(doc, para, quotes))
    return sorted(quotes, key=lambda q: q.open_mark)


# Speech in single marks, as British style writes it: "‘We held over 20 drills. ...
# this training year,’ the general said". The closing mark follows the sentence's own
# punctuation, which an apostrophe ("Russia’s", "troops’ positions") or a name in
# single marks ("the ‘Khanjar’ exercise") never does.
_SINGLE = re.compile(r"(?:^|(?<=[\s(\[—–:]))‘(?=\S)(?P<inner>[^‘]{2,}?[,.!?])’(?!\w)")


def _single_marked(doc: str, para: Span, found: list[Quote]) -> list[Quote]:
    if "‘" not in doc[para.start : para.end]:
        return []
    out = []
    for m in _SINGLE.finditer(doc, para.start, para.end):
        if inside(found, m.start()) is not None:
            continue  # a quote inside a quote: the outer one stands
        end = m.end("inner")
        while end > m.start("inner") and doc[end - 1] in " ,":
            end -= 1
        out.append(Quote(m.start("inner"), end, m.start(), m.end() - 1))
    return out


def inside(quotes: list[Quote], pos: int) -> Quote | None:
    for q in quotes:
        if q.open_mark <= pos <= q.close_mark:
            return q
    return None
