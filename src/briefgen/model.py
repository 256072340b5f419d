"""The plain data passed forward through the pipeline: ingest -> extract -> tables."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

# Date precisions, finest first.
PRECISIONS = ("day", "week", "month", "year")


def precision_rank(precision: str | None) -> int:
    """How coarse a date's precision is: 0 for a day, more for coarser, most for none."""
    return PRECISIONS.index(precision) if precision in PRECISIONS else len(PRECISIONS)


@dataclass(frozen=True)
class PubDate:
    """A publication date known to a precision: 2016-11-19, 2015-06 or 2015."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def as_date(self) -> dt.date:
        """The first day it can be (used only as a base, never reported finer)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def parse(cls, value: object) -> PubDate:
        """From YAML: a date, 'YYYY-MM-DD', 'YYYY-MM' or YYYY. ValueError otherwise."""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        text = str(value).strip()
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
        if not m:
            raise ValueError(f"{text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
        year, month, day = (int(g) if g else None for g in m.groups())
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r} has no month {month}")
        if day is not None:
            dt.date(year, month, day)  # raises ValueError for 2021-02-30
        return cls(year, month, day)


@dataclass(frozen=True)
class SourceMeta:
    """What sources.yml (or the page itself) says of one article."""

    title: str = ""
    outlet: str = ""
    author: str = ""
    published: PubDate | None = None
    url: str = ""


@dataclass(frozen=True)
class Article:
    """One seed file, read and cleaned. ``text`` is the analysed text."""

    source_id: str
    file: str
    text: str
    meta: SourceMeta
    content_hash: str
    duplicate_of: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def words(self) -> int:
        return len(self.text.split())
