"""The key judgments: sentences computed from the tables, each with its citations.

Each function returns one Markdown sentence, or "" when the tables hold nothing
to say it about (a sentence is never written from numbers that are not there).
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from briefgen.brief import facts
from briefgen.brief.markup import cite, escape
from briefgen.lexicon import Lexicon
from briefgen.tables.schema import split_list


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def most_active(tables: dict[str, pd.DataFrame], lex: Lexicon) -> str:
    """Who exercises most, and with whom."""
    ex = tables["exercises"]
    countries = lex.raw.get("countries", {})
    part = facts.participation(ex)
    part = part[part["code"].isin(countries)]
    if part.empty:
        return ""
    counts = part["code"].value_counts()
    most = int(counts.max())
    tops = sorted(c for c in counts.index if counts[c] == most)
    names = _join([escape(facts.code_name(lex, c)) for c in tops])
    ids = set(part.loc[part["code"].isin(tops), "exercise_id"])
    sources = [s for v in ex[ex["exercise_id"].isin(ids)]["source_ids"] for s in split_list(v)]
    each = " each" if len(tops) > 1 else ""
    text = f"{names}{each} took part in {most} of the {_count(len(ex), 'exercise')} reported"
    if len(tops) == 1:
        with_top = part[part["exercise_id"].isin(ids)]
        partners = with_top[with_top["code"] != tops[0]]["code"].value_counts()
        repeat = sorted((c for c in partners.index if partners[c] > 1),
                        key=lambda c: (-partners[c], c))[:3]
        if repeat:
            text += ", most often alongside " + _join(
                [f"{escape(facts.code_name(lex, c))} ({partners[c]})" for c in repeat])
        elif len(partners):
            text += f", with {_count(len(partners), 'different partner')}"
    elif len(tops) == 2:
        both = set(part.loc[part["code"] == tops[0], "exercise_id"]) & set(
            part.loc[part["code"] == tops[1], "exercise_id"])
        text += f", {_count(len(both), 'time')} together" if both else ", never together"
    return f"{text} {cite(sources)}."


def _when(start: str, end: str) -> str:
    if start and end and start != end:
        return f"{start} to {end}"
    return start or end


def largest_exercise(tables: dict[str, pd.DataFrame], lex: Lexicon) -> str:
    ex = tables["exercises"].dropna(subset=["troops"])
    if ex.empty:
        return ""
    row = ex.sort_values(["troops", "exercise_id"], ascending=[False, True]).iloc[0]
    qualifier = f"{escape(row['troops_qualifier'])} " if row["troops_qualifier"] else ""
    when = _when(row["start"], row["end"])
    # The name ends with its month ("... (2016-10)"); say the exact dates instead.
    name = re.sub(r"\s*\(\d{4}[-\d]*\)$", "", row["name"]) if when else row["name"]
    when = f" ({when})" if when else ""
    text = (f"The largest exercise reported is the {escape(name)}{when}, with "
            f"{qualifier}{int(row['troops']):,} personnel")
    if pd.notna(row["opposing_force"]):
        text += f" against a mock enemy of {int(row['opposing_force']):,}"
    return f"{text} {cite(split_list(row['source_ids']))}."


def activity_by_year(tables: dict[str, pd.DataFrame], lex: Lexicon) -> str:
    every = facts.events(tables, lex)
    ev = every[every["first"].notna()]
    if ev.empty:
        return ""
    ev = ev.assign(year=ev["first"].map(lambda t: t.year))
    per_year = ev.groupby("year").size()
    peak = int(per_year.idxmax())
    years = sorted(per_year.index)
    text = (f"Reported activity is highest in {peak} ({_count(int(per_year[peak]), 'event')}); "
            f"events are dated from {years[0]} to {years[-1]}: " + ", ".join(
                f"{y}: {per_year[y]}" for y in years))
    undated = len(every) - len(ev)
    if undated:
        text += f" ({_count(undated, 'event')} without a date)"
    sources = [s for v in ev["source_ids"] for s in split_list(v)]
    return f"{text} {cite(sources)}."


def _conflicts(text: str) -> str:
    """ "troops: s1=2500, s2=3000" -> "@s1 gives troops 2500, @s2 gives 3000" (pandoc's
    in-text citations: "Eurasianet (2015) gives troops 2500, ...")."""
    parts = []
    for item in text.split("; "):
        key, _, pairs = item.partition(": ")
        said = [pair.partition("=") for pair in pairs.split(", ") if "=" in pair]
        # One source per distinct value, and at most three values: a disagreement among
        # hundreds of reports stays one readable clause.
        first_for: dict[str, str] = {}
        for sid, _, value in said:
            first_for.setdefault(value, sid)
        shown = list(first_for.items())[:3]
        clause = ", ".join(
            f"@{sid} gives {escape(key) + ' ' if i == 0 else ''}{escape(value)}"
            for i, (value, sid) in enumerate(shown))
        if len(said) > len(shown):
            clause += f" ({len(said)} reports, {len(first_for)} different values)"
        parts.append(clause)
    return "; ".join(parts)


def agreement(tables: dict[str, pd.DataFrame], lex: Lexicon) -> str:
    """Where sources disagree (or that those reporting the same event agree)."""
    ex = tables["exercises"]
    multi = ex[ex["source_ids"].map(lambda v: len(split_list(v)) > 1)]
    conflicted = ex[ex["conflicts"].fillna("") != ""]
    if len(conflicted):
        row = conflicted.iloc[0]
        more = f" ({len(conflicted)} exercises in all)" if len(conflicted) > 1 else ""
        said = _conflicts(row["conflicts"])
        return f"Sources disagree on the {escape(row['name'])}: {said}{more}."
    if len(multi):
        row = multi.iloc[0]
        n = len(split_list(row["source_ids"]))
        return (f"The sources that report the same exercise agree on it: {n} sources give the "
                f"{escape(row['name'])} the same dates and size "
                f"{cite(split_list(row['source_ids']))}.")
    return ""


def voices(tables: dict[str, pd.DataFrame], lex: Lexicon) -> str:
    claims = tables["claims"]
    if claims.empty:
        return ""
    aff = Counter(a or "unattributed" for a in claims["affiliation"])
    speakers = claims["speaker"].value_counts()
    top_speaker = sorted(speakers.index, key=lambda s: (-speakers[s], s))[0]
    ranked = sorted(aff, key=lambda a: (-aff[a], a))[:3]
    sources = claims[claims["speaker"] == top_speaker]["source_id"]
    return (f"Of {_count(len(claims), 'claim')} quoted or reported, most come from "
            + _join([f"{escape(facts.code_name(lex, a))} ({aff[a]})" for a in ranked])
            + f"; the most quoted speaker is {escape(top_speaker)} "
            f"({_count(int(speakers[top_speaker]), 'claim')}) {cite(sources)}.")


def meetings(tables: dict[str, pd.DataFrame], lex: Lexicon) -> str:
    m = tables["meetings"]
    if m.empty:
        return ""
    bodies = m["body"].fillna("").replace("", "unspecified").value_counts()
    ranked = sorted(bodies.index, key=lambda b: (-bodies[b], b))
    places = m["place"].fillna("")
    places = places[places != ""].value_counts()
    text = f"{_count(len(m), 'meeting')} are reported: " + _join(
        [f"{escape(b)} {bodies[b]}" for b in ranked])
    if len(places):
        top = sorted(places.index, key=lambda p: (-places[p], p))[0]
        text += f"; {places[top]} of them in {escape(top)}"
    return f"{text} {cite(s for v in m['source_ids'] for s in split_list(v))}."


JUDGMENTS = [most_active, largest_exercise, activity_by_year, agreement, meetings, voices]


def key_judgments(tables: dict[str, pd.DataFrame], lex: Lexicon) -> list[str]:
    """Up to six sentences, in a fixed order, skipping any the tables cannot support."""
    return [s for s in (f(tables, lex) for f in JUDGMENTS) if s]
