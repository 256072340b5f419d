"""Date expressions found in a sentence, resolved against the publication date.

We find the expression ourselves (dateparser reads "October 20–24" as 1924 and
keeps no offsets), then resolve it no more precisely than the text and the
publication date allow. Precision is day, week, month or year; what the text
does not fix stays None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from briefgen.extract.scan import lowered, near, word_positions
from briefgen.model import PubDate

_MONTHS = {m.casefold(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.casefold(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.casefold(): i for i, d in enumerate(calendar.day_name)}
# Capitalised words that name a time, not a thing ("October 2023" is no exercise name).
CALENDAR_NAMES = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a few": 3,
    "several": 3,
}
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINALS = {w: i for i, w in enumerate(_ORDINAL_WORDS, 1)}
_ORDINALS.update({f"twenty-{w}": 20 + i for i, w in enumerate(_ORDINAL_WORDS[:9], 1)})
_ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
_UNIT_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year"}

# Month and weekday names are matched as written, capitalised ("may" and "march" are
# mostly verbs), and spelt as a trie so that the regex engine can skip ahead to a
# capital letter; the words around them ignore case ("Last month", "Through April").
MONTH = (
    # (a dot only after an abbreviation: "Feb. 3"; "on 3 April." ends a sentence)
    r"(?:J(?:anuary|une|uly|(?:an|un|ul)\.?)|F(?:ebruary|eb\.?)|M(?:arch|ay|ar\.?)"
    r"|A(?:pril|ugust|(?:pr|ug)\.?)|S(?:eptember|(?:ept|ep)\.?)|O(?:ctober|ct\.?)"
    r"|N(?:ovember|ov\.?)|D(?:ecember|ec\.?))(?![a-z])"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# "the 16th", "the fifth": a day of the month by its ordinal
ORDINAL_DAY = (r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?i:"
               + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + "))")
YEAR = r"(?:19[5-9]\d|20\d\d)"
DASH = r"\s*(?:[–—-]|(?i:to|through|until|till))\s*"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUM = r"(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)"
UNIT = r"(?i:(?:day|week|month|year)s?)"
# "in September next year": the year counted from publication's
REL_YEAR = r"\s+(?P<ry>(?i:next|last|this))\s+(?i:year)"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"),
    # "from 14.03.2023 to 18.03.2023", "14.03-18.03.2023": day.month.year, as the
    # region's outlets write it
    (
        "dotted_span",
        rf"(?<![\d.])(?P<d1>[12]\d|3[01]|0?[1-9])\.(?P<m1>1[0-2]|0?[1-9])(?:\.(?P<y1>{YEAR}))?"
        rf"{DASH}(?P<d2>[12]\d|3[01]|0?[1-9])\.(?P<m2>1[0-2]|0?[1-9])\.(?P<y>{YEAR})(?![\w])",
    ),
    (
        "dotted",
        rf"(?<![\d.])(?P<d>[12]\d|3[01]|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>{YEAR})(?![\w])",
    ),
    (
        "range_md",
        rf"(?P<mon>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR})|{REL_YEAR})?"
        r"(?![\d])",
    ),
    (
        "range_dm",
        rf"(?P<d1>{DAY}){DASH}(?P<d2>{DAY})\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR})|{REL_YEAR})?",
    ),
    (
        "range_mdmd",
        rf"(?P<mon>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<mon2>{MONTH})\s+(?P<d2>{DAY})"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
    ),
    # "22 January to 3 February"
    (
        "range_dmdm",
        rf"(?P<d1>{DAY})\s+(?P<mon>{MONTH}){DASH}(?P<d2>{DAY})\s+(?P<mon2>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
    ),
    # "between January 22 and February 3", "between 22 January and 3 February"
    (
        "range_between_mdmd",
        rf"\b(?i:between)\s+(?P<core>(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s+(?i:and)\s+"
        rf"(?P<mon2>{MONTH})\s+(?P<d2>{DAY})(?![\d])(?:,?\s+(?P<y>{YEAR}))?)",
    ),
    (
        "range_between_dmdm",
        rf"\b(?i:between)\s+(?P<core>(?P<d1>{DAY})\s+(?P<mon>{MONTH})\s+(?i:and)\s+"
        rf"(?P<d2>{DAY})\s+(?P<mon2>{MONTH})(?:,?\s+(?P<y>{YEAR}))?)",
    ),
    # "between 12 and 16 May", "between May 12 and 16": a range, where "12 and 16 May"
    # alone may be two days.
    (
        "range_between_dm",
        rf"\b(?i:between)\s+(?P<core>(?P<d1>{DAY})\s+(?i:and)\s+(?P<d2>{DAY})\s+"
        rf"(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?)",
    ),
    (
        "range_between_md",
        rf"\b(?i:between)\s+(?P<core>(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s+(?i:and)\s+"
        rf"(?P<d2>{DAY})(?![\d])(?:,?\s+(?P<y>{YEAR}))?)",
    ),
    # "on July 3 and 4": two days in a row are the event's span (see _scan).
    (
        "range_pair_md",
        rf"(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s+(?i:and)\s+(?P<d2>{DAY})(?!\d|,\d)"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
    ),
    (
        "range_pair_dm",
        rf"(?<![\d,])(?P<d1>{DAY})\s+(?i:and)\s+(?P<d2>{DAY})\s+(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
    ),
    # "from the fifth to the tenth of August"
    (
        "range_ordinal",
        rf"\b(?i:the)\s+(?P<d1>{ORDINAL_DAY})(?:\s+(?i:to|till|until|through|and)\s+|{DASH})"
        rf"(?:(?i:the)\s+)?(?P<d2>{ORDINAL_DAY})\s+(?i:of)\s+(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
    ),
    # "will last till the 16th": a day of the month the article is in
    (
        "ordinal_day",
        r"\b(?i:till|until|through|to|by|on)\s+"
        r"(?P<core>(?i:the)\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)))"
        r"(?=\s*[.,;]|\s+and\b|$)",
    ),
    ("md", rf"(?P<mon>{MONTH})\s+(?P<d>{DAY})(?![\d])(?:,?\s+(?P<y>{YEAR})|{REL_YEAR})?"),
    # (not "Regional Cooperation 22 Aug. 6-18": a month a day follows is that day's)
    # (a range or a year after that day says so)
    ("dm", rf"(?P<d>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH})"
           rf"(?!\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}}|,\s*\d{{4}}))"
           rf"(?:,?\s+(?P<y>{YEAR})|{REL_YEAR})?"),
    # ("the Council's November (2023) session": the year in brackets)
    ("my", rf"(?P<mon>{MONTH})\s+(?:(?i:of)\s+)?\(?(?P<y>{YEAR})\)?"),
    # A bare month only after a preposition: "May" alone is mostly the verb.
    (
        "m",
        r"\b(?P<mwhich>(?i:in|since|until|through|by|during|early|late|mid|last|next|this|of))"
        rf"(?:\s+|-)(?P<core>(?P<mon>{MONTH})(?:{REL_YEAR})?)(?![\w])",
    ),
    (
        "y",
        r"\b(?i:in|since|until|through|by|during|of|early|late|mid)(?:\s+|-)"
        rf"(?P<core>(?P<y>{YEAR}))(?![\d])",
    ),
    # "in the autumn", "next spring", "in the summer of 2024": the season's months.
    (
        "season",
        r"\b(?P<which>(?i:in\s+the|in\s+(?:early|late)|in|this|next|last|coming))\s+"
        r"(?P<core>(?P<season>(?i:spring|summer|autumn|fall|winter))"
        rf"(?:\s+(?i:of)\s+(?P<y>{YEAR}))?)(?![\w])",
    ),
    ("rel_day", r"\b(?P<rel>(?i:today|tonight|yesterday|tomorrow))"),
    (
        "rel_unit",
        r"\b(?P<which>(?i:this|last|next|past|coming|previous))\s+"
        r"(?P<unit>(?i:weekend|week|month|year))",
    ),
    ("in_n", rf"(?<![\w])(?i:in)\s+(?P<n>{NUM})\s+(?P<unit>{UNIT})(?![\w])"),
    ("ago", rf"\b(?P<n>{NUM})\s+(?P<unit>{UNIT})\s+(?i:ago)"),
    ("weekday", rf"(?:\b(?P<which>(?i:last|next|this|on))\s+)?(?P<wd>{WEEKDAY})"),
]
_REGEXES = [(name, re.compile(body)) for name, body in _PATTERNS]

# Where each pattern must look (see extract.scan): the word every match holds (a
# month, a year, "ago", a weekday...) and how far before it a match may start.
_MONTH_RX = re.compile(MONTH)
_YEAR_RX = re.compile(YEAR)
_ORDINAL_RX = re.compile(r"(?<![\w])\d{1,2}(?:st|nd|rd|th)(?![\w])")
_WEEKDAY_NAMES = tuple(calendar.day_name)
_UNITS = ("day", "week", "month", "year")
_ANCHORS: dict[str, tuple[str, tuple[str, ...], int]] = {
    # kind: (where the anchors come from, the words, the longest lead before one)
    "iso": ("exact", ("-",), 4),
    "dotted_span": ("year", (), 28),
    "dotted": ("year", (), 6),
    "range_md": ("month", (), 0),
    "range_dm": ("month", (), 32),
    "range_mdmd": ("month", (), 0),
    "range_dmdm": ("month", (), 8),
    "range_between_mdmd": ("month", (), 16),
    "range_between_dmdm": ("month", (), 24),
    "range_between_dm": ("month", (), 40),
    "range_between_md": ("month", (), 16),
    "range_pair_md": ("month", (), 0),
    "range_pair_dm": ("month", (), 24),
    "range_ordinal": ("month", (), 64),
    "ordinal_day": ("ordinal", (), 20),
    "md": ("month", (), 0),
    "dm": ("month", (), 24),
    "my": ("month", (), 0),
    "m": ("month", (), 32),
    "y": ("year", (), 32),
    "season": ("folded", ("spring", "summer", "autumn", "fall", "winter"), 16),
    "rel_day": ("folded", ("today", "tonight", "yesterday", "tomorrow"), 1),
    "rel_unit": ("folded", ("week", "month", "year"), 32),
    "in_n": ("folded", _UNITS, 40),
    "ago": ("folded", ("ago",), 48),
    "weekday": ("exact", _WEEKDAY_NAMES, 24),
}


def _anchors(doc: str) -> dict[str, list[int] | None]:
    months = [m.start() for m in _MONTH_RX.finditer(doc)]
    years = [m.start() for m in _YEAR_RX.finditer(doc)]
    folded = lowered(doc)  # None: offsets would not index into doc; scan it whole
    out: dict[str, list[int] | None] = {}
    for kind, (source, words, _) in _ANCHORS.items():
        if source == "month":
            out[kind] = months
        elif source == "year":
            out[kind] = years
        elif source == "ordinal":
            out[kind] = [m.start() for m in _ORDINAL_RX.finditer(doc)]
        elif source == "exact":
            out[kind] = word_positions(doc, words)
        else:
            out[kind] = word_positions(folded, words) if folded is not None else None
    return out


_PREFIX = re.compile(
    r"(?:\b(?P<until>(?i:through|until|till|up to|by)|(?i:end|ends|ended|conclude[sd]?|"
    # ("will close on August 9", "is closing today with a final phase")
    r"finish(?:es)?|completed|wrapped\s+up|close[sd]?|closing)"
    # "concluded in Kazakhstan Friday": the place between the verb and its day
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?(?i:\s+on)?)"
    r"|\b(?P<since>(?i:since|from)))\s+$",
)


@dataclass(frozen=True)
class DateMention:
    start: str | None  # ISO at the precision: 2016-10-20, 2015-05, 2015
    end: str | None
    precision: str | None  # day | week | month | year
    char_start: int
    char_end: int
    text: str
    relative: bool = False


def _iso(d: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _coarser(a: str, b: str) -> str:
    order = ["day", "week", "month", "year"]
    return a if order.index(a) >= order.index(b) else b


def _add_months(d: dt.date, n: int) -> dt.date:
    month = d.month - 1 + n
    year = d.year + month // 12
    return dt.date(year, month % 12 + 1, 1)


def number_value(word: str) -> int:
    """ "5" -> 5, "five" -> 5, "a few" -> 3."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.casefold(), 1)


def _year_for(month: int, day: int | None, pub: PubDate | None, future: bool) -> int | None:
    """The year of a date written without one: the publication's, or the one before
    when the date would otherwise lie after a past-tense report."""
    if pub is None:
        return None
    year = pub.year
    if pub.month is None:
        return year
    later = (month, day or 1) > (pub.month, pub.day or 31)
    if later and not future and month - pub.month > 1:
        return year - 1
    if not later and future and pub.month - month > 6:
        return year + 1
    return year


def _month_year(month: int, which: str, pub: PubDate | None, future: bool) -> int | None:
    """The year of a month named without one: "this June" is the publication year's,
    "next June" the first after it, "last June" the last before it; else by the tense."""
    if pub is None or pub.month is None or which not in ("this", "next", "last"):
        return _year_for(month, None, pub, future)
    if which == "this":
        return pub.year
    if which == "next":
        return pub.year if month > pub.month else pub.year + 1
    return pub.year if month < pub.month else pub.year - 1


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month


def _season(g: dict, pub: PubDate | None, future: bool):
    """The three months of a season: of the year given, else the occurrence the words
    and the tense point to from the publication date."""
    first = _SEASONS[g["season"].casefold()]
    which = g["which"].split()[0].casefold()
    if g.get("y"):
        year = int(g["y"])
    elif pub is None:
        return None
    elif pub.month is None:
        if which != "this":
            return None
        year = pub.year
    else:
        now = pub.year * 12 + pub.month - 1  # months counted from year 0
        # Occurrences start at month `first` of each year and last three months.
        starts = [(pub.year + k) * 12 + first - 1 for k in (-2, -1, 0, 1)]
        current = next((x for x in starts if x <= now <= x + 2), None)
        following = next(x for x in starts if x > now)
        previous = max(x for x in starts if x + 2 < now)
        if which in ("next", "coming"):
            chosen = following
        elif which == "last":
            chosen = previous
        elif which == "this":
            chosen = current if current is not None else (pub.year * 12 + first - 1)
        else:  # "in the": the one under way, else the one the tense points to
            chosen = current if current is not None else following if future else previous
        year = chosen // 12
    start = dt.date(year, first, 1)
    return start, _add_months(start, 2), "month"


def _relative(g: dict, pub: PubDate | None, future: bool):
    """(start date, end date, precision) for a relative expression, or None."""
    if g["kind"] == "season":
        return _season(g, pub, future)
    if pub is None:
        return None
    base = pub.as_date()
    pub_p = pub.precision
    if g["kind"] == "rel_day":
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["rel"].casefold()]
        d = base + dt.timedelta(days=shift) if pub_p == "day" else base
        return d, d, _coarser("day", pub_p)
    if g["kind"] == "rel_unit":
        which, unit = g["which"].casefold(), g["unit"].casefold()
        if which == "past":
            # "the CSTO's activity in the past year": the twelve months before the article,
            # no calendar year (nor week, nor month) it fixes
            return None
        sign = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[which]
        if unit == "year":
            d = dt.date(base.year + sign, 1, 1)
            return d, d, "year"
        if unit == "month":
            if pub_p == "year":
                return dt.date(base.year, 1, 1), None, "year"
            d = _add_months(base, sign)
            return d, d, "month"
        # week / weekend: a precise base gives the days; a coarser one, only the month
        if pub_p != "day":
            return base, base, pub_p
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=sign)
        if unit == "weekend":
            sat = monday + dt.timedelta(days=5)
            return sat, sat + dt.timedelta(days=1), "day"
        return monday, monday + dt.timedelta(days=6), "week"
    if g["kind"] in ("in_n", "ago"):
        n = number_value(g["n"]) * (-1 if g["kind"] == "ago" else 1)
        unit = g["unit"].casefold().rstrip("s")
        if unit == "year":
            d = dt.date(base.year + n, 1, 1)
            return d, d, "year"
        if unit == "month" or pub_p != "day":
            if pub_p == "year":
                return None
            d = _add_months(base, n if unit == "month" else 0)
            return d, d, "month"
        days = n * (7 if unit == "week" else 1)
        d = base + dt.timedelta(days=days)
        return d, d, "week" if unit == "week" else "day"
    if g["kind"] == "ordinal_day":
        if pub_p != "day":
            return None
        day = _day_number(g["d"])
        # the day still to come this month, or (past it, speaking of what is to come) next
        month = base if day >= base.day or not future else _add_months(base.replace(day=1), 1)
        try:
            d = dt.date(month.year, month.month, day)
        except ValueError:  # "the 31st" of a 30-day month
            return None
        return d, d, "day"
    if g["kind"] == "weekday":
        which = (g.get("which") or "").casefold()
        if pub_p != "day":
            return base, base, pub_p
        target = _WEEKDAYS[g["wd"].casefold()]
        delta = (base.weekday() - target) % 7
        if which == "next" or (future and which != "last"):
            # "will be held on Thursday" in a Thursday's paper is that day; "next
            # Thursday" the week after
            ahead = (target - base.weekday()) % 7
            d = base + dt.timedelta(days=ahead or (7 if which == "next" else 0))
        else:
            d = base - dt.timedelta(days=delta or (7 if which == "last" else 0))
        return d, d, "day"
    return None


def _absolute(g: dict, pub: PubDate | None, future: bool):
    if not g.get("y") and g.get("ry"):
        if pub is None:
            return None
        g = {**g, "y": str(pub.year + {"next": 1, "last": -1}.get(g["ry"].casefold(), 0))}
    try:
        kind = g["kind"]
        if kind in ("iso", "dotted"):
            d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
            return d, d, "day"
        if kind == "dotted_span":
            first = dt.date(int(g["y1"] or g["y"]), int(g["m1"]), int(g["d1"]))
            return first, dt.date(int(g["y"]), int(g["m2"]), int(g["d2"])), "day"
        mon = _MONTHS.get(g["mon"].rstrip(".").casefold()) if g.get("mon") else None
        day = lambda key: _day_number(g[key])  # noqa: E731
        if kind.startswith("range"):
            mon2 = _MONTHS[g["mon2"].rstrip(".").casefold()] if g.get("mon2") else mon
            year = int(g["y"]) if g.get("y") else _year_for(mon, day("d1"), pub, future)
            if year is None:
                return None
            if mon2 < mon:
                # "December 30 to January 2, 2024": over the new year, the year the end's
                if g.get("y"):
                    return dt.date(year - 1, mon, day("d1")), dt.date(year, mon2, day("d2")), "day"
                return dt.date(year, mon, day("d1")), dt.date(year + 1, mon2, day("d2")), "day"
            return dt.date(year, mon, day("d1")), dt.date(year, mon2, day("d2")), "day"
        if kind in ("md", "dm"):
            year = int(g["y"]) if g.get("y") else _year_for(mon, day("d"), pub, future)
            if year is None:
                return None
            d = dt.date(year, mon, day("d"))
            return d, d, "day"
        if kind in ("my", "m"):
            year = int(g["y"]) if g.get("y") else _month_year(
                mon, (g.get("mwhich") or "").casefold(), pub, future)
            if year is None:
                return None
            d = dt.date(year, mon, 1)
            return d, d, "month"
        if kind == "y":
            d = dt.date(int(g["y"]), 1, 1)
            return d, d, "year"
    except ValueError:  # "February 30"
        return None
    return None


def _day_number(word: str) -> int:
    """16 for "16", "16th" or "sixteenth"."""
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else _ORDINALS[word.casefold()]


def _next_day(d1: str, d2: str) -> bool:
    first, second = (int(re.match(r"\d+", d).group()) for d in (d1, d2))
    return second == first + 1


@functools.lru_cache(maxsize=8)
def _scan(doc: str) -> tuple[tuple[int, int, dict, int], ...]:
    """Every date expression of ``doc``: (start, end, groups, end of the whole match).
    Earliest first, and of two that start together the longer ("October 20–24" over
    "October 20"). The groups are shared between calls: never modify them."""
    hits = []
    anchors = _anchors(doc)
    for kind, regex in _REGEXES:
        lead = _ANCHORS[kind][2] if kind in _ANCHORS else 0
        for m in near(regex, doc, anchors.get(kind), lead):
            g = m.groupdict()
            if kind.startswith("range_pair") and not _next_day(g["d1"], g["d2"]):
                continue  # "on 3 and 17 May": two days, each its own
            g["kind"] = kind
            s, e = (m.start("core"), m.end("core")) if g.get("core") else m.span()
            hits.append((s, e, g, m.end()))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    return tuple(hits)


def any_dates(doc: str, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` holds a date expression (cheap: the scan is cached)."""
    return any(h[0] >= start and h[3] <= end for h in _scan(doc))


def find_dates(
    doc: str, start: int, end: int, pub: PubDate | None, future: bool = False
) -> list[DateMention]:
    """Date expressions in ``doc[start:end]``, resolved against ``pub``.

    ``future`` says the sentence speaks of what is to come ("will hold ... on
    Thursday"), which decides the direction of a bare weekday or month.
    """
    # The document is scanned once (the frames ask about many overlapping spans of it);
    # a span takes the expressions that lie wholly inside it.
    hits = [h for h in _scan(doc) if h[0] >= start and h[3] <= end]
    found: list[DateMention] = []
    taken_until = start
    prev_kind = ""
    for i, (s_pos, e_pos, g, _) in enumerate(hits):
        if s_pos < taken_until:
            continue
        taken_until = e_pos
        g = _year_from_sentence(doc, hits, i, pub)
        relative = g["kind"] in ("rel_day", "rel_unit", "in_n", "ago", "weekday", "season",
                                 "ordinal_day")
        resolved = _relative(g, pub, future) if relative else _absolute(g, pub, future)
        s, e, precision = resolved if resolved else (None, None, None)
        prefix = _PREFIX.search(doc, max(start, s_pos - 40), s_pos)
        # "from Sept. 21 to Monday": the second date ends what the first began
        to_end = bool(found and found[-1].start and found[-1].end is None
                      and _TO.fullmatch(doc, found[-1].char_end, s_pos))
        if to_end and g["kind"] == "weekday" and prev_kind == "weekday" and (
                pair := _weekday_span(found[-1].text, g, pub, future)):
            # "from Wednesday to Friday" in a Thursday's paper: this week's, around it
            found[-1] = DateMention(start=_iso(pair[0], "day"), end=None, precision="day",
                                    char_start=found[-1].char_start,
                                    char_end=found[-1].char_end, text=found[-1].text,
                                    relative=True)
            s, e = pair
        if s == e and (prefix and prefix.group("until") or to_end):
            s = None
        elif prefix and s == e and prefix.group("since"):
            e = None
        prev_kind = g["kind"]
        found.append(
            DateMention(
                start=_iso(s, precision) if s else None,
                end=_iso(e, precision) if e else None,
                precision=precision if (s or e) else None,
                char_start=s_pos,
                char_end=e_pos,
                text=doc[s_pos:e_pos],
                relative=relative,
            )
        )
    # "tomorrow (September 16, 2021)": the date in brackets says which day was meant
    return [d for i, d in enumerate(found)
            if not (d.relative and i + 1 < len(found) and not found[i + 1].relative
                    and _BRACKET_OPEN.fullmatch(doc, d.char_end, found[i + 1].char_start))]


# "started on November 4 and culminated on November 13, 2019": one year for both days;
# "Last year, the two countries conducted ... between 22 January and 3 February": last
# year's days
_SAME_CLAUSE = re.compile(r"[^.;:!?()]{1,60}")
_SAME_SENTENCE = re.compile(r"(?:[^.!?]|\.(?!\s))*")
_YEARLESS = ("md", "dm", "range_md", "range_dm", "range_mdmd", "range_dmdm",
             "range_between_mdmd", "range_between_dmdm", "range_between_dm", "range_between_md",
             "range_pair_md", "range_pair_dm")


def _year_from_sentence(doc: str, hits: tuple, i: int, pub: PubDate | None) -> dict:
    """The groups of ``hits[i]``, with the year its sentence gives when it has none: that
    of the date right after it in the same clause, else of a year told before it in the
    same sentence ("Last year", "in 2024")."""
    g = hits[i][2]
    if g["kind"] not in _YEARLESS or g.get("y") or g.get("ry") or not g.get("mon"):
        return g
    mon = _MONTHS.get(g["mon"].rstrip(".").casefold())
    day = g.get("d") or g.get("d1")
    nxt = next((h for h in hits[i + 1:] if h[0] >= hits[i][1]), None)
    if (nxt is not None and mon is not None and day is not None and nxt[2]["kind"] in _YEARLESS
            and nxt[2].get("y") and nxt[2].get("mon")
            and _SAME_CLAUSE.fullmatch(doc, hits[i][1], nxt[0])):
        later = nxt[2]
        mon2 = _MONTHS.get(later["mon"].rstrip(".").casefold())
        day2 = later.get("d") or later.get("d1")
        if mon2 is not None and day2 is not None:
            year = int(later["y"])
            if (mon, _day_number(day)) > (mon2, _day_number(day2)):
                year -= 1  # "on December 28 and ... January 3, 2022"
            return {**g, "y": str(year)}
    prev = next((h for h in reversed(hits[:i]) if h[1] <= hits[i][0]), None)
    if prev is None or hits[i][0] - prev[1] > 200 or not _SAME_SENTENCE.fullmatch(
            doc, prev[1], hits[i][0]):
        return g
    if prev[2]["kind"] == "y":
        return {**g, "y": prev[2]["y"]}
    if (prev[2]["kind"] == "rel_unit" and prev[2]["unit"].casefold() == "year"
            and (told := _relative(prev[2], pub, False))):
        return {**g, "y": str(told[0].year)}
    return g


def _weekday_span(first: str, g: dict, pub: PubDate | None, future: bool
                  ) -> tuple[dt.date, dt.date] | None:
    """The days of "from <first> to <g's weekday>": the week that holds the publication
    day when the span does, else the next one ahead (``future``) or the last one."""
    if pub is None or pub.precision != "day":
        return None
    m = re.search(WEEKDAY, first)
    if m is None:
        return None
    base = pub.as_date()
    wd1, wd2 = _WEEKDAYS[m.group().casefold()], _WEEKDAYS[g["wd"].casefold()]
    length = (wd2 - wd1) % 7
    since = (base.weekday() - wd1) % 7
    if since <= length:
        start = base - dt.timedelta(days=since)
    elif future:
        start = base + dt.timedelta(days=(wd1 - base.weekday()) % 7)
    else:
        start = base - dt.timedelta(days=since)
    return start, start + dt.timedelta(days=length)


_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_TO = re.compile(r"\s+(?i:to|till|until|through)\s+")
