"""Markdown for the parts of the brief that are text: judgments, tables, quotations,
the source appendix. The .qmd cells print these with ``output: asis``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from briefgen.brief import facts
from briefgen.brief.judgments import key_judgments
from briefgen.brief.markup import cite, escape, marked_text, passage_id, quote_block, table
from briefgen.lexicon import Lexicon
from briefgen.tables.schema import split_list

TABLE_ROWS = 40  # rows shown before a table points at its CSV
APPENDIX_FULL_TEXT = 40  # sources shown in full; past this, only the cited passages
CELL_CITES = 2  # sources cited in a table cell before "and N more"
QUOTES = 60  # quotations shown before the list points at claims.csv


def _when(start: str, end: str) -> str:
    if not start and not end:
        return "—"
    if start == end or not end:
        return escape(start)
    if not start:
        return f"until {escape(end)}"
    return f"{escape(start)} – {escape(end)}"


def _codes(lex: Lexicon, value: str) -> str:
    return escape(", ".join(facts.code_name(lex, c) for c in split_list(value))) or "—"


def _link(url: str) -> str:
    """An http(s) URL as a link; anything else (javascript:, data:) as plain text."""
    if re.fullmatch(r"https?://[^\s<>\"']+", url):
        return f"<{url}>"
    return escape(url)


def _when_column(rows: pd.DataFrame) -> list[str]:
    return [_when(s, e) for s, e in zip(rows["start"], rows["end"], strict=True)]


def _cited_column(rows: pd.DataFrame, id_column: str) -> list[str]:
    """Each row's sources (two, then "and N more") and a ¶ link to its passage."""
    return [f"{cite(split_list(s), limit=CELL_CITES)} [¶](#{passage_id(i)})"
            for s, i in zip(rows["source_ids"], rows[id_column], strict=True)]


def coverage_line(tables: dict[str, pd.DataFrame], lex: Lexicon) -> str:
    """The cover's line: what period and how many sources the brief covers."""
    c = facts.coverage(tables, lex)
    parts = []
    if c["events_from"] is not None:
        parts.append(f"Events {c['events_from']:%B %Y} – {c['events_to']:%B %Y}")
    if c["published_from"]:
        parts.append(f"sources published {c['published_from']} to {c['published_to']}")
    parts.append(f"{c['sources']} sources, {c['exercises']} exercises, {c['meetings']} "
                 f"meetings, {c['claims']} claims")
    return "::: {.cover}\n" + escape("; ".join(parts[:2])) + "\n\n" + escape(parts[-1]) + "\n:::\n"


def judgments(tables: dict[str, pd.DataFrame], lex: Lexicon) -> str:
    items = key_judgments(tables, lex)
    if not items:
        return "No exercises, meetings or claims were found in the sources."
    return "::: {.key-judgments}\n" + "\n".join(f"- {s}" for s in items) + "\n:::\n"


def exercise_rows(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Exercises in the order the brief lists them: by date, undated ones last."""
    ex = tables["exercises"]
    first = ex["start"].fillna("").where(ex["start"].fillna("") != "", ex["end"].fillna(""))
    return ex.assign(_undated=first == "", _first=first).sort_values(
        ["_undated", "_first", "exercise_id"])


def meeting_rows(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    m = tables["meetings"]
    return m.assign(_undated=m["start"].fillna("") == "").sort_values(
        ["_undated", "start", "meeting_id"])


def quoted_claims(tables: dict[str, pd.DataFrame], limit: int = QUOTES) -> pd.DataFrame:
    """The claims the brief quotes: newest source first, in text order, at most ``limit``."""
    claims = tables["claims"]
    published = tables["sources"].set_index("source_id")["published"].fillna("")
    ordered = claims.assign(_published=claims["source_id"].map(published).fillna("")) \
        .sort_values(["_published", "source_id", "char_start"],
                     ascending=[False, False, True])
    return ordered.head(limit)


def exercises_table(tables: dict[str, pd.DataFrame], lex: Lexicon,
                    limit: int = TABLE_ROWS) -> str:
    if tables["exercises"].empty:
        return "No exercises were found in the sources."
    ex = exercise_rows(tables).head(limit)
    total = len(tables["exercises"])
    shown = pd.DataFrame({
        "name": [escape(n) for n in ex["name"]],
        "when": _when_column(ex),
        "where": [escape(p) or "—" for p in ex["location"]],
        "who": [_codes(lex, p) for p in ex["participants"]],
        "troops": [f"{escape(q) + ' ' if q else ''}{int(t):,}" if pd.notna(t) else "—"
                   for q, t in zip(ex["troops_qualifier"].fillna(""), ex["troops"],
                                   strict=True)],
        "status": [escape(s) for s in ex["status"]],
        "cited": _cited_column(ex, "exercise_id"),
    })
    cols = [("name", "Exercise", 24), ("when", "When", 14), ("where", "Where", 12),
            ("who", "Participants", 20), ("troops", "Troops", 9), ("status", "Status", 9),
            ("cited", "Source", 16)]
    return table(shown, cols, total=total, note="All rows: output/data/exercises.csv.")


def meetings_table(tables: dict[str, pd.DataFrame], lex: Lexicon,
                   limit: int = TABLE_ROWS) -> str:
    if tables["meetings"].empty:
        return "No meetings were found in the sources."
    m = meeting_rows(tables).head(limit)
    total = len(tables["meetings"])
    shown = pd.DataFrame({
        "body": [escape(b) or "—" for b in m["body"]],
        "level": [escape(v) or "—" for v in m["level"]],
        "when": _when_column(m),
        "where": [escape(p) or "—" for p in m["place"]],
        "topics": [escape(", ".join(split_list(t))) or "—" for t in m["topics"]],
        "cited": _cited_column(m, "meeting_id"),
    })
    cols = [("body", "Body", 10), ("level", "Level", 18), ("when", "When", 15),
            ("where", "Where", 12), ("topics", "Topics", 25), ("cited", "Source", 20)]
    return table(shown, cols, total=total, note="All rows: output/data/meetings.csv.")


def quotations(tables: dict[str, pd.DataFrame], lex: Lexicon, limit: int = QUOTES) -> str:
    """The claims as cited quotations, grouped by source (newest first)."""
    claims = tables["claims"]
    if claims.empty:
        return "No quotations or reported statements were found in the sources."
    titles = tables["sources"].set_index("source_id")["title"].fillna("")
    out, current = [], None
    shown = quoted_claims(tables, limit)
    for r in shown.itertuples(index=False):
        if r.source_id != current:
            current = r.source_id
            out.append(f"### {escape(titles.get(current) or current)} {{.unnumbered}}\n")
        who = escape(r.speaker)
        affiliation = facts.code_name(lex, r.affiliation) if r.affiliation else ""
        if affiliation and affiliation.casefold() != r.speaker.casefold():
            who += f", {escape(affiliation)}"
        how = "quoted" if r.kind == "direct" else "reported"
        if r.reported_via:
            how += f" via {escape(r.reported_via)}"
        out.append(quote_block(r.quote, f"{who} ({how})", cite([r.source_id]),
                               passage_id(r.claim_id)))
    if len(shown) < len(claims):
        out.append(f"[Showing {len(shown)} of {len(claims)} claims. All claims: "
                   "output/data/claims.csv.]{.note}")
    return "\n".join(out)


def _spans(tables: dict[str, pd.DataFrame], only: set[str] | None = None
           ) -> dict[str, list[tuple[int, int, str]]]:
    """Per source, the (start, end, anchor) of every row's span (or of the ``only`` ids)."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for name, ident in (("claims", "claim_id"), ("exercises", "exercise_id"),
                        ("meetings", "meeting_id")):
        df = tables[name]
        for sid, a, b, i in zip(df["source_id"], df["char_start"], df["char_end"], df[ident],
                                strict=True):
            if only is None or i in only:
                spans.setdefault(sid, []).append((int(a), int(b), passage_id(i)))
    return spans


def cited_rows(tables: dict[str, pd.DataFrame], table_rows: int = TABLE_ROWS,
               quotes: int = QUOTES) -> set[str]:
    """The ids of the rows the brief shows: table rows and quoted claims."""
    return (set(exercise_rows(tables).head(table_rows)["exercise_id"])
            | set(meeting_rows(tables).head(table_rows)["meeting_id"])
            | set(quoted_claims(tables, quotes)["claim_id"]))


def appendix(tables: dict[str, pd.DataFrame], out: str | Path = "output",
             full_text: int = APPENDIX_FULL_TEXT) -> str:
    """Each source's analysed text with the cited passages marked and anchored; with
    more than ``full_text`` sources, only the passages the brief shows, and only the
    sources they come from."""
    from briefgen.pipeline import analysed_text

    sources = tables["sources"]
    live = sources[sources["duplicate_of"].fillna("") == ""].sort_values("source_id")
    passages_only = len(live) > full_text
    spans = _spans(tables, cited_rows(tables) if passages_only else None)
    out_parts = []
    if passages_only:
        live = live[live["source_id"].isin(spans)]
        out_parts.append(f"[{len(sources)} sources: only the passages this brief shows are "
                         f"here, from {len(live)} of them. Full texts: output/data/text/.]"
                         "{.note}\n")
    for r in live.itertuples(index=False):
        meta = [escape(x) for x in (r.outlet, r.published) if x]
        if r.url:
            meta.append(_link(r.url))
        out_parts.append(f"#### {escape(r.title or r.source_id)} {{#src-{r.source_id} "
                         f".unnumbered}}\n\n[{' · '.join(meta)} · file {escape(r.file)}]"
                         "{.muted}\n")
        mine = spans.get(r.source_id, [])
        text = analysed_text(r.source_id, out)
        if passages_only:
            for a, b, ident in sorted(mine):
                out_parts.append(f"- [{escape(text[a:b])}]{{#{ident} .passage}}")
            out_parts.append("")
        else:
            out_parts.append(f"::: {{.appendix-source}}\n{marked_text(text, mine)}\n:::\n")
    return "\n".join(out_parts)
