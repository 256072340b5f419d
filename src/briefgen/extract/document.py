"""One article prepared for the extractors: its text cut into spans and mentions."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from briefgen.extract.entities import Mention, find_mentions
from briefgen.extract.quotes import Quote, find_quotes
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

    def __post_init__(self) -> None:
        self.paragraphs = paragraphs(self.text)
        self.sentences = sentences(self.text)
        self.mentions = find_mentions(self.text, self.lexicon)
        self.quotes = find_quotes(self.text)
        self._starts = [m.start for m in self.mentions]

    def mentions_in(self, start: int, end: int, kinds: tuple[str, ...] = ()) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and (not kinds or m.kind in kinds):
                out.append(m)
            i += 1
        return out

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
