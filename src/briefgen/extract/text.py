"""Paragraphs and sentences of the analysed text, as (start, end) offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.dates import CALENDAR_NAMES

# A wire dateline opening a paragraph: "DUSHANBE --", "ASTANA, April 26 (Xinhua) --",
# "Tashkent, Uzbekistan (Kun.uz) —", "Beijing, Nov. 28 —",
# "DUSHANBE, August 20, 2024, Asia-Plus --". A city in title case needs
# the place, date or outlet after it: "Moscow — the talks" alone is not one.
DATELINE = re.compile(
    # "DUSHANBE, Sept 17 (Interfax) - ", "DUSHANBE. Sept 17 (Interfax) - "
    r"(?:(?:[A-Z][A-Z .'’-]{2,30}(?:[,.]\s*[\w .,'’-]{1,40}?)?\s*(?:\([^()\n]{1,30}\)\s*)?"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
    r"(?:,\s*[A-Z0-9][\w.]*(?:\s+[\w.,]+){0,2}?\s*(?:\([^()\n]{1,30}\)\s*)?"
    r"|\s*\([^()\n]{1,30}\)\s*)"
    # "Sept 17 (Interfax) - ", where a full stop after the city split the sentence
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^()\n]{1,30}\)\s*)"
    # ("Tashkent, Oct 17 (IANS): Uzbek officials ...": a colon for the dash)
    # ("DUSHANBE (Reuters) -Russian investigators ...": the dash against the first word)
    r"(?:(?:--?|–|—|(?<=\)):|(?<=\)\s):)\s+|(?<=\)\s)(?:--?|–|—)(?=[A-Z]))"
    # "TERMEZ, UZBEKISTAN – AUGUST 05: "
    r"(?:[A-Z]{3,9}\.?\s+\d{1,2}:\s+)?"
    # "YEKATERINBURG (UrduPoint News / Sputnik - 01st August, 2021) ": no dash after
    # the agency and date in brackets; "BEIJING, (UrduPoint / ... - 22nd Aug, 2022 ) :As"
    r"|[A-Z][A-Z .'’-]{2,30},?\s*\([^()\n]{1,60}?\d{4}\s*\)(?:\s*:\s*(?=[A-Z])|\s+)"
    # "KABUL: Afghanistan's Taliban-led government said ..."
    r"|[A-Z][A-Z'’-]{2,20}(?: [A-Z][A-Z'’-]{2,20})?(?:,\s*[A-Z][A-Z'’ -]{2,20})?:\s+(?=[A-Z])"
    # "BAKU. KAZINFORM The first stage ...": city and agency in capitals, no dash
    r"|[A-Z]{3,}(?:[ -][A-Z]{3,})?\.\s+[A-Z]{3,}\s+(?=[«\"“]?[A-Z][a-z])"
    # "YEREVAN, September 30. /TASS/. The ...", "BEIJING, Sept. 1, 2025 /PRNewswire/ -- "
    r"|[A-Z][A-Z .'’-]{2,30},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\.?\s*/[^/\n]{2,30}/"
    r"\.?\s*(?:(?:--?|–|—)\s*)?(?=[A-Z])"
    # "Samarkand, Sep 17 (UNI) The ...": city, date and agency, no dash
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Z][^()\n]{1,30}\)\s+"
    r"(?=[A-Z])"
    # "Termez [Uzbekistan], July 7 : Afghanistan-based rockets ...": the country in brackets
    # ("Tashkent [Uzbekistan], October 16 (ANI): Uzbekistan officials ...": and the agency)
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s*\[[^\[\]\n]{1,30}\],\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"\s*(?:\([A-Z][^()\n]{1,30}\)\s*)?:\s+(?=[A-Z]))"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    paragraph: int = 0

    def text(self, doc: str) -> str:
        return doc[self.start : self.end]

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_NOT_A_DAY = re.compile(r"\s+(?=[A-Z])(?!(?:[A-Z]\w*\.?\s+)?\d)")
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "brig",  # "Brig. Gen. X"
    "adm",
    "cmdr",
    "st",
    "no",
    "vs",
    "etc",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "inc",
    "co",
    "corp",
    "jr",
    "sr",
    "prof",
    "gov",
    "sen",
}
# A sentence ends at . ! ? (and any closing quotes/brackets) before a space and
# a capital, a digit or an opening quote.
# The word before a full stop, looked for in the 64 characters before it (no
# abbreviation is longer; searching the whole sentence made this quadratic).
_CAPS_CITY = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{3,})?\.")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_LAST_WORD = re.compile(r"([\w.]+)[.!?]*$")
# "... News.Az reports.The drills feature ...": a page that lost its spaces; a stop
# between a lower-case word and a capitalised one is an end ("Kun.uz", "St.Petersburg"
# and "News.Az" are not: see sentences).
_END = re.compile(r"[.!?](?:(?<=[a-z]{3}\.)(?=[A-Z][a-z])"
                  r"|[.!?]*[\"”’')\]»]*(?=\s+[\"“‘(\[«„]?[A-Z0-9]))")


_CALENDAR_WORDS = frozenset(name.casefold() for name in CALENDAR_NAMES)
_OPENER = re.compile(r"(?:The|A|An|It|He|She|They|We|This|That|These|Those|In|On|At|"
                     r"According|However|But)\s")


def paragraphs(doc: str) -> list[Span]:
    spans = []
    for i, m in enumerate(re.finditer(r"[^\n]+", doc)):
        spans.append(Span(m.start(), m.end(), i))
    return spans


def sentences(doc: str) -> list[Span]:
    """Sentences in document order; a paragraph break always ends one."""
    out: list[Span] = []
    for para in paragraphs(doc):
        start = para.start
        for m in _END.finditer(doc, para.start, para.end):
            word = _LAST_WORD.search(doc, max(start, m.start() - 64), m.start() + 1)
            token = word.group(1).rstrip(".").casefold() if word else ""
            # "U.S." and initials ("J. Smith", "N.P. Patrushev") do not end a sentence.
            if m.group().startswith(".") and (token in _ABBREVIATIONS
                                              or _INITIALS.fullmatch(token)) and not (
                    # "Admiral Dong Jun. The ministers ...": a month's abbreviation is
                    # one before its day ("Jun. 25"), else a word that ends the sentence
                    token in _MONTHS and _NOT_A_DAY.match(doc, m.end(), para.end)):
                continue
            if m.end() < para.end and not doc[m.end()].isspace() and not (
                    word and word.group(1).rstrip(".").islower()
                    # ("... on Friday.The attack targeted ...": a word that opens sentences,
                    # or a day's or month's name before the stop)
                    or _OPENER.match(doc, m.end(), para.end)
                    or token in _CALENDAR_WORDS):
                continue  # "News.Az": a name with a dot, not two sentences
            if start == para.start and _CAPS_CITY.fullmatch(doc, start, m.end()):
                continue  # "BAKU. KAZINFORM The first stage ...": a dateline, not a sentence
            out.append(Span(start, m.end(), para.paragraph))
            start = m.end()
            while start < para.end and doc[start].isspace():
                start += 1
        if start < para.end:
            out.append(Span(start, para.end, para.paragraph))
    return out
