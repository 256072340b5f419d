"""Figures the brief states, computed from the tables (pure: DataFrames in, values out).

Dates in the tables are ISO prefixes at their precision ("2015", "2015-06",
"2016-10-20"); here they become pandas Timestamps for the first and last day they
cover, so a month-precise event spans its month on a chart.
"""

from __future__ import annotations

import pandas as pd

from briefgen.lexicon import Lexicon
from briefgen.tables.schema import split_list


def day_range(start: str, end: str) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """First and last day covered by ISO-prefix dates; either may be missing."""
    def first(value: str) -> pd.Timestamp | None:
        if not value:
            return None
        return pd.Timestamp(value + "-01" * (2 - value.count("-")))

    def last(value: str) -> pd.Timestamp | None:
        if not value:
            return None
        ts = first(value)
        if value.count("-") == 0:
            return ts + pd.offsets.YearEnd(0)
        if value.count("-") == 1:
            return ts + pd.offsets.MonthEnd(0)
        return ts

    a, b = first(start or end), last(end or start)
    return a, b


def code_name(lex: Lexicon, code: str) -> str:
    """A readable name for a participant code: "TJK" -> "Tajikistan", "CSTO" -> "CSTO"."""
    if code in lex.raw.get("countries", {}):
        return lex.country_name(code)
    country, _, ministry = code.partition("-")
    forms = lex.raw.get("ministries", {}).get(ministry)
    if forms and country in lex.raw.get("countries", {}):  # "TJK-MOD"
        return f"{lex.country_name(country)} ({forms[0].lower()})"
    org = lex.raw.get("organisations", {}).get(code, {})
    name = str(org.get("name", ""))
    if name and country == org.get("country") and len(name) > 20:
        # "RUS-CMD" is a code of ours, known to no reader: "Russia (Central Military District)"
        return f"{lex.country_name(country)} ({name})"
    # Short names read better than codes ("Taliban"); long ones are known by their code.
    return name if name and len(name) <= 20 else code


def organisation(lex: Lexicon, participants: str, body: str = "") -> str:
    """What an event is coloured by: its multinational body, else bilateral, multilateral
    (three or more countries, as a meeting's body says) or national."""
    if body:
        return body
    codes = split_list(participants)
    for code in codes:
        if lex.is_multinational(code):
            return code
    countries = [c for c in codes if c in lex.raw.get("countries", {})]
    if len(countries) >= 3:
        return "multilateral"
    if len(countries) == 2:
        return "bilateral"
    return "national" if countries else "unspecified"


def events(tables: dict[str, pd.DataFrame], lex: Lexicon) -> pd.DataFrame:
    """Exercises and meetings in one frame: kind, id, label, organisation, first, last,
    place, lat, lon, troops, source_ids, source_id (the cited source)."""
    rows = []
    for r in tables["exercises"].itertuples(index=False):
        first, last = day_range(r.start, r.end)
        rows.append({
            "kind": "exercise", "id": r.exercise_id, "label": r.name,
            "organisation": organisation(lex, r.participants), "first": first, "last": last,
            "place": r.location, "lat": r.lat, "lon": r.lon,
            "troops": r.troops, "source_ids": r.source_ids, "source_id": r.source_id,
        })
    for r in tables["meetings"].itertuples(index=False):
        first, last = day_range(r.start, r.end)
        level = f" ({r.level})" if r.level else ""
        where = f", {r.place}" if r.place else ""
        rows.append({
            "kind": "meeting", "id": r.meeting_id, "label": f"{r.body} meeting{level}{where}",
            "organisation": r.body or "unspecified", "first": first, "last": last,
            "place": r.place, "lat": r.lat, "lon": r.lon, "troops": pd.NA,
            "source_ids": r.source_ids, "source_id": r.source_id,
        })
    cols = ["kind", "id", "label", "organisation", "first", "last", "place", "lat", "lon",
            "troops", "source_ids", "source_id"]
    return pd.DataFrame(rows, columns=cols)


def coverage(tables: dict[str, pd.DataFrame], lex: Lexicon) -> dict:
    """Sources counted, and the span of publication dates and of the events they report."""
    sources = tables["sources"]
    live = sources[sources["duplicate_of"].fillna("") == ""]
    published = sorted(p for p in live["published"].fillna("") if p)
    ev = events(tables, lex)
    firsts = ev["first"].dropna()
    lasts = ev["last"].dropna()
    return {
        "sources": len(live),
        "published_from": published[0] if published else "",
        "published_to": published[-1] if published else "",
        "events_from": firsts.min() if len(firsts) else None,
        "events_to": lasts.max() if len(lasts) else None,
        "exercises": len(tables["exercises"]),
        "meetings": len(tables["meetings"]),
        "claims": len(tables["claims"]),
    }


def participation(exercises: pd.DataFrame) -> pd.DataFrame:
    """One row per (exercise_id, code) a participant of it."""
    rows = [
        {"exercise_id": r.exercise_id, "code": code}
        for r in exercises.itertuples(index=False)
        for code in split_list(r.participants)
    ]
    return pd.DataFrame(rows, columns=["exercise_id", "code"])


def year_of(value: str) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def since(tables: dict[str, pd.DataFrame], iso: str) -> dict[str, pd.DataFrame]:
    """The tables kept to events dated from ``iso`` on (an ISO prefix: "2016", "2016-10")
    and claims from sources published from then on; "" keeps everything. Undated rows
    are dropped once a date is given: they cannot be shown to fall after it."""
    if not iso:
        return tables
    out = dict(tables)
    for name in ("exercises", "meetings"):
        df = tables[name]
        when = df["end"].fillna("").where(df["end"].fillna("") != "", df["start"].fillna(""))
        out[name] = df[when.map(lambda d: bool(d) and d[: len(iso)] >= iso)]
    published = tables["sources"].set_index("source_id")["published"].fillna("")
    claims = tables["claims"]
    out["claims"] = claims[claims["source_id"].map(
        lambda s: bool(published.get(s, "")) and published.get(s, "")[: len(iso)] >= iso)]
    return out
