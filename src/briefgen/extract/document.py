"""One article prepared for the extractors: its text cut into spans and mentions."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from briefgen.extract.entities import Mention, find_mentions
from briefgen.extract.quotes import Quote, find_quotes
from briefgen.extract.scan import find_all
from briefgen.extract.text import Span, paragraphs, sentences
from briefgen.lexicon import Lexicon
from briefgen.model import PubDate


@dataclass
class Document:
    source_id: str
    text: str
    pub: PubDate | None
    lexicon: Lexicon
    paragraphs: list[Span] = field(init=False)
    sentences: list[Span] = field(init=False)
    mentions: list[Mention] = field(init=False)
    quotes: list[Quote] = field(init=False)
    # What the extractors worked out per span, so that they work it out once.
    memo: dict = field(init=False, default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.paragraphs = paragraphs(self.text)
        self.sentences = sentences(self.text)
        self.mentions = find_mentions(self.text, self.lexicon)
        self.quotes = find_quotes(self.text)
        self._starts = [m.start for m in self.mentions]
        self._matches: dict[re.Pattern[str], tuple[list[re.Match], list[int]]] = {}

    def mentions_in(self, start: int, end: int, kinds: tuple[str, ...] = ()) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and (not kinds or m.kind in kinds):
                out.append(m)
            i += 1
        return out

    def matches_in(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match]:
        """Matches of ``pattern`` lying wholly in [start, end).

        The document is scanned once per pattern: the extractors ask the same
        question of many overlapping sentences, paragraphs and segments.
        """
        found = self._matches.get(pattern)
        if found is None:
            ms = find_all(pattern, self.text)
            found = self._matches[pattern] = (ms, [m.start() for m in ms])
        ms, starts = found
        out = []
        for i in range(bisect.bisect_left(starts, start), len(ms)):
            m = ms[i]
            if m.start() >= end:
                break
            if m.end() <= end:
                out.append(m)
        return out

    def has(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        return bool(self.matches_in(pattern, start, end))

    def sentence_at(self, pos: int) -> Span:
        starts = self._sentence_starts
        i = max(0, bisect.bisect_right(starts, pos) - 1)
        return self.sentences[i]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def in_quote(self, pos: int) -> Quote | None:
        for q in self.quotes:
            if q.open_mark <= pos <= q.close_mark:
                return q
        return None
