"""Markdown for the brief's cells to print with ``output: asis``.

Article text is data, never markup: everything taken from an article goes through
:func:`escape`, which backslash-escapes every ASCII punctuation mark. Pandoc then
shows ``<script>``, ``[@key]``, ``{{< include >}}``, ``$x$`` and smart quotes exactly
as the article has them, and runs, includes or cites nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pandas as pd

_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
_SPACE = re.compile(r"\s+")


def escape(text: str, strip: bool = True) -> str:
    """``text`` as literal Markdown: all ASCII punctuation escaped, whitespace collapsed."""
    text = _SPACE.sub(" ", str(text))
    return _PUNCT.sub(r"\\\1", text.strip() if strip else text)


def cite(source_ids: Iterable[str], limit: int = 6) -> str:
    """A pandoc citation of the sources, e.g. ``[@000_x; @001_y]`` ("" for none).

    Past ``limit`` sources the rest are counted, not listed: a sentence backed by
    hundreds of articles stays a sentence."""
    ids = list(dict.fromkeys(s for s in source_ids if s))
    if not ids:
        return ""
    shown = "; ".join("@" + s for s in ids[:limit])
    more = f", and {len(ids) - limit} more" if len(ids) > limit else ""
    return f"[{shown}{more}]"


def passage_id(row_id: str) -> str:
    """The anchor of a row's evidence in the source appendix."""
    return f"p-{row_id}"


def table(
    df: pd.DataFrame, columns: Sequence[tuple[str, str, int]], *, total: int | None = None,
    note: str = "",
) -> str:
    """A pipe table. ``columns`` are (column, header, relative width); cell values are
    Markdown already (escape data first). When ``df`` shows fewer rows than ``total``,
    a line says so and where the rest is."""
    shown = df
    header = "| " + " | ".join(h for _, h, _ in columns) + " |"
    widths = sum(w for _, _, w in columns)
    # Dashes set the relative widths once a row is wider than pandoc's 72 columns.
    rule = "|" + "|".join("-" * max(3, round(72 * w / widths)) for _, _, w in columns) + "|"
    lines = [header, rule]
    for _, row in shown.iterrows():
        cells = [str(row[c]).replace("\n", " ") for c, _, _ in columns]
        lines.append("| " + " | ".join(cells) + " |")
    text = "\n".join(lines)
    if total is not None and total > len(df):
        text += f"\n\n[Showing {len(df)} of {total} rows. {note}]{{.note}}"
    return text


def quote_block(quote: str, attribution: str, citation: str, anchor: str) -> str:
    """A cited quotation: the words verbatim, then who said them and where."""
    return (
        f"::: {{.quote}}\n[“{escape(quote)}”]{{.quote-text}}\n\n"
        f"[— {attribution} {citation} · [source passage](#{anchor})]{{.quote-source}}\n:::\n"
    )


def marked_text(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """An article's analysed text as escaped paragraphs, with each (start, end, id) span
    marked and anchored. Overlapping spans are merged into one mark that carries every
    id; a span across paragraphs is marked in each and anchored in the first."""
    merged: list[list] = []
    for start, end, ident in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(ident)
        else:
            merged.append([start, end, [ident]])
    out = []
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.start(), m.end()
        pieces, pos = [], a
        for start, end, ids in merged:
            s, e = max(start, a), min(end, b)
            if s >= e:
                continue
            pieces.append(escape(text[pos:s], strip=False))
            anchors = "".join(f"[]{{#{i}}}" for i in ids[1:]) if start >= a else ""
            ident = f"#{ids[0]} " if start >= a else ""
            pieces.append(f"{anchors}[{escape(text[s:e], strip=False)}]{{{ident}.passage}}")
            pos = e
        pieces.append(escape(text[pos:b], strip=False))
        para = "".join(pieces).strip()
        if para.strip():
            out.append(para)
    return "\n\n".join(out)
