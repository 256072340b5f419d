"""Fast scanning: a slow pattern tried only around the words its matches contain.

Python's regex engine can skip ahead only when a pattern starts with a literal or
a character set; a pattern that opens with a case-insensitive word list or a
lookbehind is tried at every position of the text. Most of our patterns contain
one rare word ("ago", a month name), so we find those words first (``str.find``
runs at memory speed) and try the pattern only in a window around each.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

# Characters that ``re.IGNORECASE`` equates with an ASCII letter although ``str.lower``
# leaves them apart (long s, Kelvin sign, dotless i, the st ligatures): a text holding
# one is scanned whole, so that anchors found in its lowered copy miss nothing.
_CASE_EXTRAS = "\u017f\u212a\u0131\ufb05\ufb06"

# pattern -> (anchor words, whether they ignore case, the longest lead before one)
_REGISTRY: dict[re.Pattern[str], tuple[tuple[str, ...], bool, int]] = {}
_WORD = re.compile(r"\w+")


def anchored(
    pattern: re.Pattern[str], words: Iterable[str], *, fold: bool = True, before: int = 0
) -> re.Pattern[str]:
    """Declare that every match of ``pattern`` starts with one of ``words`` as a whole
    word, or (``before`` > 0) holds one at most ``before`` characters after its
    start; ``find_all`` then uses them."""
    _REGISTRY[pattern] = (tuple(sorted({w.lower() if fold else w for w in words})), fold, before)
    return pattern


@functools.lru_cache(maxsize=8)
def _vocabulary(low: str) -> frozenset[str]:
    return frozenset(_WORD.findall(low))


@functools.lru_cache(maxsize=8)
def vocabulary(text: str) -> frozenset[str]:
    """The words of ``text``, lowered: an anchor word whose lowered first run of word
    characters is not one of them is not searched. One set per text, whether the
    text or its lowered copy asks."""
    return _vocabulary(text.lower())


@functools.lru_cache(maxsize=4096)
def _head(word: str) -> str | None:
    m = _WORD.match(word)
    return m.group().lower() if m else None


@functools.lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """``text`` lowered for finding anchors that ignore case, or None when its offsets
    would not index into ``text`` ("İ" lowers to two characters) or IGNORECASE would
    match more than the lowered copy shows."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _CASE_EXTRAS):
        return None
    return low


def find_all(pattern: re.Pattern[str], text: str) -> list[re.Match]:
    """``list(pattern.finditer(text))``, through the pattern's anchors when it has any."""
    spec = _REGISTRY.get(pattern)
    if spec is None:
        return list(pattern.finditer(text))
    words, fold, before = spec
    hay = lowered(text) if fold else text
    if hay is None:
        return list(pattern.finditer(text))
    return near(pattern, text, _anchor_positions(hay, words), before)


@functools.lru_cache(maxsize=64)
def _anchor_positions(hay: str, words: tuple[str, ...]) -> list[int]:
    # Patterns that share their anchor words (the title rules) look for them once.
    return word_positions(hay, words, whole=True)


def word_positions(text: str, words: Iterable[str], *, whole: bool = False) -> list[int]:
    """Start offsets of each of ``words`` in ``text``, sorted. Search a lowered copy of
    the text (of the same length) to ignore case. With ``whole``, only words whose
    first run of word characters is a word of the text are looked for."""
    vocab = vocabulary(text) if whole else None
    out: list[int] = []
    for word in words:
        if vocab is not None:
            head = _head(word)
            if head is not None and head not in vocab:
                continue
        i = text.find(word)
        while i != -1:
            out.append(i)
            i = text.find(word, i + 1)
    out.sort()
    return out


def near(
    pattern: re.Pattern[str], text: str, anchors: list[int] | None, before: int, after: int = 64
) -> list[re.Match]:
    """What ``pattern.finditer(text)`` finds, when every match holds an anchor no more
    than ``before`` characters after its start and ends within ``after`` characters
    of it. ``anchors`` None scans the whole text."""
    if anchors is None:
        return list(pattern.finditer(text))
    out: list[re.Match] = []
    taken = 0  # end of the last match: matches do not overlap, as with finditer
    if before == 0:
        # Every match starts at an anchor: the first anchor that matches is leftmost.
        for a in anchors:
            if a >= taken and (m := pattern.match(text, a)):
                out.append(m)
                taken = max(m.end(), a + 1)
        return out
    size = len(text)
    for a in anchors:
        if a < taken:
            continue
        pos, hi = max(taken, a - before), min(size, a + after)
        while pos < hi:
            m = pattern.search(text, pos, hi)
            if m is None:
                break
            # The window's end can cut a match short ("Feb 2" of "Feb 2019") or let
            # a lookahead pass: the match at that start is the one the whole text has.
            whole = pattern.match(text, m.start())
            if whole is None:
                pos = m.start() + 1
                continue
            out.append(whole)
            taken = pos = max(whole.end(), whole.start() + 1)
    return out
