"""Anchored scanning finds exactly what a plain scan of the whole text finds.

The extractors try slow patterns only near the words their matches hold
(extract.scan); these tests compare that with ``finditer`` over the whole text,
on random text built from the words that matter.
"""

from __future__ import annotations

import random
import re

import pytest

from briefgen.extract import dates, quantities, scan
from briefgen.lexicon import load_lexicon

WORDS = (
    "in May 20 – 24 - October last week two weeks ago Thursday on 2016 , . next month "
    "through April 18 today a few days since of Sunday weekend years 3 the Sept. 2019-05-04 "
    "1st to until early mid year Monday several tomorrow Tuesday’s day-long 31 12 Feb "
    "forces troops said told Defence Ministry interior ministry President Ali Khan "
    "drills exercise talks summit over a combined 2,500 servicemen 700-man mock invasion"
).split()


def random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    glue = [" ", " ", "  ", "\n", ", ", ""]
    return [
        "".join(rng.choice(WORDS) + rng.choice(glue) for _ in range(rng.randint(1, 30)))
        for _ in range(n)
    ]


def spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def test_each_date_pattern_finds_through_its_anchors_what_a_full_scan_finds():
    for text in random_texts(3000, seed=1):
        anchors = dates._anchors(text)
        for kind, regex in dates._REGEXES:
            lead = dates._ANCHORS[kind][2]
            found = scan.near(regex, text, anchors[kind], lead)
            assert spans(found) == spans(regex.finditer(text)), (kind, text)


@pytest.mark.parametrize("words", ["force_nouns", "speech_verbs", "exercise_nouns"])
def test_a_lexicon_word_list_finds_through_its_anchors_what_a_full_scan_finds(words):
    pattern = load_lexicon().word_pattern(words)
    for text in random_texts(1000, seed=2):
        assert spans(scan.find_all(pattern, text)) == spans(pattern.finditer(text)), text


def test_text_whose_lowered_form_differs_is_scanned_whole():
    # "İ" lowers to two characters and "ſ" matches "s" under IGNORECASE: offsets found
    # in the lowered copy would be wrong, so the whole text is scanned.
    assert scan.lowered("İstanbul talks") is None
    assert scan.lowered("the ſaid forces") is None
    pattern = load_lexicon().word_pattern("speech_verbs")
    for text in ("İstanbul: he said so", "he ſaid so"):
        assert spans(scan.find_all(pattern, text)) == spans(pattern.finditer(text))


# The count pattern as one regex, tried at every position: the specification that
# quantities.find_counts (which tries it only where a figure starts) must meet.
ONE_PATTERN = re.compile(
    rf"(?P<qual>\b(?:{quantities._QUALIFIERS})\s+)?(?:between\s+)?"
    rf"(?P<n1>{quantities._NUMBER})(?:{quantities._RANGE_SEP}(?P<n2>{quantities._NUMBER}))?"
    rf"(?P<hyphen>-(?:man|strong|member|person))?"
    rf"(?P<between>{quantities._BETWEEN})\s+"
    rf"(?P<noun>{'|'.join(quantities._NOUNS)})\b",
    re.I,
)


def test_counts_start_and_end_where_one_pattern_over_the_span_would_find_them():
    rng = random.Random(3)
    tokens = (
        "over more than about a combined some between 100 2,500 1.5 thousand several "
        "hundred a hundred dozens of troops servicemen service members soldiers military "
        "personnel men people 700-man mock invasion force forces strong -strong and to – "
        "2016 in the 10,000 one two twenty thousands of up to numbering someone Stone "
        "A Hundred OVER 3 000 5k 12.5 1234,500 , . an estimated approximately"
    ).split()
    for _ in range(3000):
        text = " ".join(rng.choice(tokens) for _ in range(rng.randint(2, 25)))
        start, end = rng.randint(0, 5), len(text) - rng.randint(0, 5)
        expected = []
        for m in ONE_PATTERN.finditer(text, start, end):
            s = m.start("qual") if m.group("qual") else m.start("n1")
            expected.append((s, m.end(), m.group("n1")))
        found = [
            (s, m.end(), m.group("n1"))
            for _, qual, m in quantities._count_matches(text, start, end)
            for s in [qual.start("qual") if qual else m.start("n1")]
        ]
        assert found == expected, text[start:end]
