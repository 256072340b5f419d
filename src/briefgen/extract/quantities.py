"""Troop numbers, with their qualifier and bounds, told apart from the mock enemy.

"over 100 servicemen" -> 100, qualifier "over"; "1.5 thousand troops" -> 1500;
"2,000-3,000 soldiers" -> bounds 2000..3000. "a 700-man mock terrorist invasion"
is the opposing force, not the size of the exercise.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from briefgen.extract.dates import MONTH
from briefgen.extract.scan import lowered, word_positions

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
    "tens of thousands of": 20_000,
    "hundreds of thousands of": 200_000,
}
_ORDINAL_UNITS = {w: i for i, w in enumerate(
    "zero first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split())}
_ORDINAL_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                 "seventy": 70, "eighty": 80, "ninety": 90, "twentieth": 20, "thirtieth": 30,
                 "fortieth": 40, "fiftieth": 50}
# "4th", "fourth", "thirty-second": the place of one in a series
ORDINAL = (r"(?:\d{1,3}-?(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
           r"ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
           r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
           r"eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth))")


def ordinal_value(told: str) -> int:
    """25 for "25", "25th" or "twenty-fifth"; 1 for "inaugural" or "first-ever"."""
    digits = re.match(r"\d+", told)
    if digits:
        return int(digits.group())
    words = told.casefold().split("-")
    if words[0] in ("inaugural", "maiden") or words == ["first", "ever"]:
        return 1
    return sum(_ORDINAL_TENS.get(w, _ORDINAL_UNITS.get(w, 0)) for w in words)


_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "k": 1000}
_QUALIFIERS = (
    r"more than|over|about|around|some|nearly|almost|up to|at least|at most|"
    r"approximately|roughly|an estimated|a total of|a combined|in total|as many as|"
    r"fewer than|less than|close to|upwards of|a further|another"
)
_NUMBER = (
    r"(?:\d{1,3}(?:[,\s]\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:hundred|thousand|million)|k)?"
    r"|(?:several |a )?(?:hundred|thousand)|dozens of|(?:tens|hundreds) of thousands of|"
    r"hundreds of|thousands of|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s+(?:hundred|thousand))?"
)
# Up to three words between a figure and its noun, or a list of sides ("2,500 Russian,
# Tajik and Uzbek troops")
_BETWEEN = (r"(?:\s+[A-Za-z][\w-]*|,\s+(?-i:[A-Z])[\w-]*|,?\s+and\s+(?-i:[A-Z])[\w-]*)"
            r"{0,3}?")
_RANGE_SEP = r"\s*(?:[–—-]|to|and)\s*"
_NOUNS = (
    r"troops|servicemen|service\s?members|soldiers|military\s+personnel|personnel|"
    r"troopers|paratroopers|marines|commandos|officers|guardsmen|reservists|fighters|militants|"
    r"terrorists|insurgents|people|men|invasion|invaders|incursion|attack|assault|raid|"
    r"groups?|gangs?|force|forces|contingent|strong|participants|members|army"
).split("|")
# "The 230,000 members of the country's security forces": members of an armed body
_MEMBERS_OF_FORCES = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:forces|army|"
                                r"armed|military|troops|units|reserve)\b")
# "thousands of troops": no figure, but no fewer than two thousand
_VAGUE = {"dozens of", "hundreds of", "thousands of", "several hundred", "several thousand",
          "tens of thousands of", "hundreds of thousands of"}
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred thousand dozens tens hundreds thousands"
).split()
# A count is found from its figure: the figure must start at a digit or a number word
# (or "a"/"several" before hundred/thousand), and the pattern is tried only there; an
# "over"/"a combined" before it is matched backwards. Trying one pattern that opens
# with the qualifiers at every position was a tenth of the extraction's time.
_COUNT = re.compile(
    rf"(?P<n1>{_NUMBER})(?:{_RANGE_SEP}(?P<n2>{_NUMBER}))?"
    rf"(?P<hyphen>-(?:man|strong|member|person))?"
    rf"(?:(?P<between>{_BETWEEN})\s+"
    rf"(?P<noun>{'|'.join(_NOUNS)})\b"
    # "Servicemen from five countries, about 2,000 in all": the noun stands before
    rf"|\s+(?P<tally>in\s+all|in\s+total|altogether|all\s+told)\b)",
    re.I,
)
_TROOPS_BEFORE = re.compile(
    r"\b(?:troops|servicemen|service\s?members|soldiers|personnel|paratroopers|marines|"
    r"commandos|guardsmen)\b[^.;:!?]*$",
    re.I,
)
# ("A total of about 1,000 people, 300 units of military and special equipment,
# including airplanes, helicopters and drones are scheduled to be involved in ...": the
# asides between the figure and its verb may be a list)
_TAKING_PART_AFTER = re.compile(r"(?:,(?:[^.;]|(?<=\d)[,.](?=\d)){0,120}?,?)?\s+"
                                r"(?:are|were|will\s+be|have\s+been|"
                                r"(?:are|were)\s+(?:scheduled|expected|planned|set|due)\s+to\s+be)"
                                r"\s+(?:taking\s+part|participating|involved|engaged)\s+in\b",
                                re.I)
_IN_ARMS_AFTER = re.compile(r"\s+(?:from|of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}"
                            r"(?:military|army|armed|reserve|reserves|forces)\b", re.I)
_PEOPLE_IN_ARMS = re.compile(r"military|army|troop|exercise|drill|maneuv|manoeuv|participa",
                             re.I)
# A month's name as the dates module reads it: "July 5 said" is a day, not five troops.
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s+$")
_MONTH_WORD = re.compile(rf"\b{MONTH}(?!\w)")
_LEAD = re.compile(rf"(?P<qual>\b(?:{_QUALIFIERS})\s+)?(?:between\s+)?$", re.I)
_DIGIT = re.compile(r"\d")
_NAMED_YEAR = re.compile(r"(?:[A-Za-z]-|\b[A-Z][a-z]+\s)$")  # "Kobalt-", "Peace Mission "
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(r"\b(?:in|of|since|until|by|from|to|during|early|late|mid-?)\s+$", re.I)
_LEAD_REACH = 48  # "approximately between " with room to spare


def _figure_starts(doc: str, start: int, end: int) -> list[int]:
    """Where a figure may start in [start, end), in order."""
    every = _figure_starts_in(doc)
    if every is None:
        return list(range(start, end))  # offsets would shift: try everywhere
    return every[bisect.bisect_left(every, start) : bisect.bisect_left(every, end)]


@functools.lru_cache(maxsize=8)
def _figure_starts_in(doc: str) -> list[int] | None:
    """Where a figure may start in the whole document (the frames ask about many of
    its spans), or None when its lowered copy would not line up with it."""
    low = lowered(doc)
    if low is None:
        return None
    out = {m.start() for m in _DIGIT.finditer(low)}
    out.update(word_positions(low, _NUMBER_WORDS))
    for i in word_positions(low, ("hundred", "thousand")):
        out.update(j for j in (i - 2, i - 8) if j >= 0)  # "a hundred", "several hundred"
    return sorted(out)


def _count_matches(doc: str, start: int, end: int):
    """(start, qualifier match or None, figure match) of each count, as one pattern
    ``qualifier? between? figure ... noun`` run over [start, end) would find them."""
    taken = start
    for pos in _figure_starts(doc, start, end):
        if pos < taken:
            continue
        m = _COUNT.match(doc, pos, end)
        if m is None:
            continue
        lead = _LEAD.search(doc, max(taken, pos - _LEAD_REACH), pos)
        qual = lead if lead and lead.group("qual") else None
        yield (lead.start() if lead else pos), qual, m
        taken = m.end()


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
    "reservists",
    "force",
    "forces",
    "contingent",
}


# Nouns that also name a body of troops: few of them are so many bodies.
_BODY_NOUNS = {"force", "forces", "contingent", "groups", "group", "gangs", "gang", "army"}


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
    for m_start, qual_m, m in _count_matches(doc, start, end):
        if m.group("tally") and not _TROOPS_BEFORE.search(doc, max(start, m_start - 100),
                                                         m_start):
            continue  # "40 in all" of nothing said to be troops
        noun = re.sub(r"\s+", " ", (m.group("noun") or "troops").casefold())
        between = m.group("between") or ""
        if re.fullmatch(r"(?:[12]?\d|3[01])", m.group("n1")) and (
                _MONTH_BEFORE.search(doc, max(start, m_start - 12), m_start)
                or _MONTH_WORD.search(between)):
            continue  # "on July 5 said that Tajik troops": a day, not a count
        if _NAMED_YEAR.search(doc, max(start, m_start - 20), m_start) and _YEAR.fullmatch(
                m.group("n1")):
            continue  # "Kobalt-2022 special forces drills": the name's year, not a count
        if _YEAR.fullmatch(m.group("n1")) and m.group("between") and _YEAR_BEFORE.search(
                doc, max(start, m_start - 16), m_start):
            continue  # "since the start of 2019 between troops of both": a year
        if doc[max(start, m_start - 2) : m_start].endswith("-") and doc[m_start - 2].isalpha():
            continue  # "Su-25 attack jets": a model's number
        n1 = to_number(m.group("n1"))
        if n1 is None or n1 < 2:
            continue
        n2 = to_number(m.group("n2")) if m.group("n2") else None
        if m.group("hyphen"):
            # "700-man mock terrorist invasion": the words after the hyphen say whose.
            opposing = bool(enemy_words.search(between + " " + noun))
        else:
            # "the total number of participants in the exercises will be more than 6,500
            # people": people counted as the drill's
            # ("130,000 men from its military reserve": the words right after say so too)
            in_arms = noun in ("people", "men") and (
                _PEOPLE_IN_ARMS.search(doc, max(start, m_start - 80), m.end()) is not None
                or _IN_ARMS_AFTER.match(doc, m.end(), end) is not None
                # ("More than 230,000 men, including 130,000 reservists, are taking part in
                # the ... military exercises")
                or _TAKING_PART_AFTER.match(doc, m.end(), end) is not None)
            opposing = (
                noun not in _TROOP_NOUNS and not in_arms
                or bool(enemy_words.search(between + " " + noun))
                or bool(
                    re.search(
                        r"numbering\s*$|terrorist|militant",
                        doc[max(start, m_start - 30) : m_start],
                        re.I,
                    )
                )
            )
            if noun in ("people", "men") and not in_arms and not opposing:
                continue
        if noun == "members":
            if not _MEMBERS_OF_FORCES.match(doc, m.end(), end):
                continue  # "five members of the bloc": countries, not people in arms
            opposing = False
        if noun == "participants":
            if n1 < 10:
                continue  # "five participants": the countries, more likely than the people
            opposing = False  # "RC 19 includes five nations and nearly 200 participants"
        if noun in _BODY_NOUNS and n1 < 20 and not m.group("hyphen"):
            continue  # "the two armed forces", "three contingents": bodies, not a size
        if noun == "strong" and not m.group("hyphen"):
            continue  # "2,500 strong" without the hyphen is too loose to count
        qual = (qual_m.group("qual") if qual_m else "").strip().casefold()
        if not qual and re.sub(r"\s+", " ", m.group("n1").casefold()) in _VAGUE:
            qual = "at least"  # "hundreds of troops": at least 200, not 200
        low, high = (n1, n2) if n2 and n2 > n1 else (n1, None)
        s = qual_m.start("qual") if qual_m else m.start("n1")
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
