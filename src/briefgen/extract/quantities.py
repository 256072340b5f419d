"""Troop numbers, with their qualifier and bounds, told apart from the mock enemy.

"over 100 servicemen" -> 100, qualifier "over"; "1.5 thousand troops" -> 1500;
"2,000-3,000 soldiers" -> bounds 2000..3000. "a 700-man mock terrorist invasion"
is the opposing force, not the size of the exercise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORDS = {
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
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
    "hundred": 100,
    "a thousand": 1000,
    "several hundred": 300,
    "several thousand": 3000,
    "dozens of": 24,
    "hundreds of": 200,
    "thousands of": 2000,
}
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "k": 1000}
_QUALIFIERS = (
    r"more than|over|about|around|some|nearly|almost|up to|at least|at most|"
    r"approximately|roughly|an estimated|a total of|a combined|in total|as many as|"
    r"fewer than|less than|close to|upwards of|a further|another"
)
_NUMBER = (
    r"(?:\d{1,3}(?:[,\s]\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:hundred|thousand|million)|k)?"
    r"|(?:several |a )?(?:hundred|thousand)|dozens of|hundreds of|thousands of|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s+(?:hundred|thousand))?"
)
_RANGE_SEP = r"\s*(?:[–—-]|to|and)\s*"
_TROOPS = re.compile(
    rf"(?P<qual>\b(?:{_QUALIFIERS})\s+)?(?:between\s+)?"
    rf"(?P<n1>{_NUMBER})(?:{_RANGE_SEP}(?P<n2>{_NUMBER}))?"
    rf"(?P<hyphen>-(?:man|strong|member|person))?"
    rf"(?P<between>(?:\s+[A-Za-z][\w-]*){{0,3}}?)\s+"
    rf"(?P<noun>troops|servicemen|service\s?members|soldiers|military\s+personnel|personnel|"
    rf"troopers|paratroopers|marines|commandos|officers|guardsmen|fighters|militants|"
    rf"terrorists|insurgents|people|men|invasion|invaders|incursion|attack|assault|raid|groups?|gangs?|"
    rf"force|forces|contingent|strong)\b",
    re.I,
)
_TROOP_NOUNS = {
    "troops",
    "servicemen",
    "servicemembers",
    "service members",
    "soldiers",
    "military personnel",
    "personnel",
    "troopers",
    "paratroopers",
    "marines",
    "commandos",
    "officers",
    "guardsmen",
    "force",
    "forces",
    "contingent",
}


@dataclass(frozen=True)
class Count:
    value: int  # the figure itself (the lower bound of a range)
    low: int
    high: int | None
    qualifier: str
    opposing: bool  # the mock enemy or attackers, not the exercise's own troops
    char_start: int
    char_end: int
    text: str


def to_number(text: str) -> int | None:
    t = text.casefold().strip()
    if t in _WORDS:
        return _WORDS[t]
    m = re.fullmatch(r"([\d.,\s]+?)\s*(hundred|thousand|million|k)?", t)
    if m:
        digits = re.sub(r"[,\s]", "", m.group(1))
        try:
            value = float(digits)
        except ValueError:
            return None
        return int(round(value * _SCALE.get(m.group(2) or "", 1)))
    m = re.fullmatch(r"(\w+)\s+(hundred|thousand)", t)
    if m and m.group(1) in _WORDS:
        return _WORDS[m.group(1)] * _SCALE[m.group(2)]
    return None


def find_counts(doc: str, start: int, end: int, enemy_words: re.Pattern[str]) -> list[Count]:
    """Personnel counts in ``doc[start:end]``. Years, percentages and distances never
    match: a count needs a personnel noun after it."""
    out: list[Count] = []
    for m in _TROOPS.finditer(doc, start, end):
        noun = re.sub(r"\s+", " ", m.group("noun").casefold())
        between = m.group("between") or ""
        n1 = to_number(m.group("n1"))
        if n1 is None or n1 < 2:
            continue
        n2 = to_number(m.group("n2")) if m.group("n2") else None
        if m.group("hyphen"):
            # "700-man mock terrorist invasion": the words after the hyphen say whose.
            opposing = bool(enemy_words.search(between + " " + noun))
        else:
            context = doc[max(start, m.start() - 40) : m.start()] + between + " " + noun
            opposing = (
                noun not in _TROOP_NOUNS
                or bool(enemy_words.search(between + " " + noun))
                or bool(
                    re.search(
                        r"numbering\s*$|terrorist|militant",
                        doc[max(start, m.start() - 30) : m.start()],
                        re.I,
                    )
                )
            )
            if noun in ("people", "men") and not re.search(r"military|army|troop", context, re.I):
                if not opposing:
                    continue
        if noun == "strong" and not m.group("hyphen"):
            continue  # "2,500 strong" without the hyphen is too loose to count
        qual = (m.group("qual") or "").strip().casefold()
        low, high = (n1, n2) if n2 and n2 > n1 else (n1, None)
        s = m.start("qual") if m.group("qual") else m.start("n1")
        out.append(
            Count(
                value=n1,
                low=low,
                high=high,
                qualifier=qual,
                opposing=opposing,
                char_start=s,
                char_end=m.end(),
                text=doc[s : m.end()],
            )
        )
    return out
