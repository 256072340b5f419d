"""One article in, its rows out: exercises, meetings and claims as plain dicts.

Rows carry the columns documented in README.md; ids are hashes of the source
and the evidence, so they stay put when unrelated text changes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from briefgen.extract.claims import Claim, Speaker, extract_claims
from briefgen.extract.dates import DateMention, number_value
from briefgen.extract.document import Document
from briefgen.extract.entities import Mention, country_of, home_country
from briefgen.extract.exercises import (
    INVOLVED,
    NAME_LIST,
    NAME_PATTERN,
    exercise_frames,
    sizes_the_drill,
    tells_the_drill,
)
from briefgen.extract.frames import COMPLETED, FUTURE, ONGOING, PLANNED_BEFORE, Frame, title_end
from briefgen.extract.meetings import HEADS_OF_STATE, meeting_frames
from briefgen.extract.quantities import Count, find_counts, ordinal_value
from briefgen.lexicon import Lexicon
from briefgen.model import Article, PubDate, precision_rank

# The more specific place wins when a frame names several.
_PLACE_RANK = {"training ground": 0, "district": 1, "city": 2, None: 3, "province": 4, "border": 5}
# What stands between a place and the larger one it lies in: ", northwest China's ",
# " in ", " in the ".
_WITHIN = re.compile(r",\s+(?:[\w'’-]+\s+){0,4}|\s+in\s+(?:the\s+)?")
# The kind of a place the lexicon lacks, by the noun that follows its name.
_UNKNOWN_KIND = {"training ground": "training ground", "training grounds": "training ground",
                 "training field": "training ground", "training fields": "training ground",
                 "range": "training ground", "training range": "training ground",
                 "training center": "training ground", "training centre": "training ground",
                 "training complex": "training ground", "training facility": "training ground",
                 "airfield": "training ground", "aerodrome": "training ground",
                 "airbase": "training ground", "military range": "training ground",
                 "practice range": "training ground", "training area": "training ground",
                 "military station": "training ground",
                 "polygon": "training ground", "city": "city", "town": "city",
                 "district": "district", "region": "province", "province": "province",
                 # (a Chinese prefecture lies between a province and a city)
                 "prefecture": "district", "autonomous prefecture": "district",
                 "autonomous region": "province", "autonomous oblast": "province",
                 "oblast": "province"}
# (the longest noun first: "training grounds" before "training ground", "autonomous
# region" before "region")
_NOUN_AFTER = re.compile(r"\s+(" + "|".join(sorted(map(re.escape, _UNKNOWN_KIND), key=len,
                                                   reverse=True)) + r")\b", re.I)


@dataclass
class ArticleRows:
    source_id: str
    exercises: list[dict] = field(default_factory=list)
    meetings: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)


def row_id(prefix: str, source_id: str, evidence: str) -> str:
    digest = hashlib.sha1(f"{source_id}\0{evidence}".encode()).hexdigest()[:10]
    return f"{prefix}-{digest}"


def _when(dates: list[DateMention], title_end: int = 0
          ) -> tuple[str | None, str | None, str | None]:
    """(start, end, precision) of a frame's dates, read in the order of the text (merged
    frames append theirs): the first date leads, a finer one inside it or an end after it
    refines it. Dates before ``title_end`` (a headline or photo caption standing first) are
    read after those of the story."""
    start = end = precision = None
    bounded = False  # the end came from an "until ..." of its own, not from the start's day
    for d in sorted(dates, key=lambda d: (d.char_start < title_end, d.char_start)):
        if d.precision is None:
            continue
        if start is None and d.start:
            start, precision = d.start, d.precision
            if d.end and end is None:
                end = d.end
        elif (d.start and precision_rank(d.precision) < precision_rank(precision)
              and _inside(d.start, d.end or d.start, start, end or start)):
            # "this month", then "from October 10-23": the finer date within it ("this
            # week", then "for three days from Aug. 24")
            start, end, precision = d.start, d.end, d.precision
        elif (d.start and d.end and d.start < d.end and not bounded and d.precision == precision
              and (end is None or end == start) and d.start <= start <= d.end):
            # "yesterday welcomed the participants of the drills, which run from August 10
            # to August 20": the span holding the first day
            start, end = d.start, d.end
        elif d.end and not d.start and not bounded and (end is None or end == start):
            # "began on Monday ... will continue until 13 October"
            end, bounded = d.end, True
            precision = precision or d.precision
    if start and end and end < start:
        end = None
    elif start and end and int(end[:4]) - int(start[:4]) > 1:
        end = start  # "adopted a strategy through 2035" on Monday: a bound years on is no end
    return start, end, precision


def _inside(first: str, last: str, start: str, end: str) -> bool:
    """Whether days ``first``..``last`` lie within ``start``..``end`` (ISO, the outer at
    any precision: "2006-08" holds "2006-08-24"; the week "2006-08-21".."2006-08-27" too)."""
    if len(start) == len("YYYY-MM-DD"):
        return start <= first and last[: len(end)] <= end
    return first.startswith(start) and last.startswith(end)


# "wrapped up a five-day exercise on Sunday": the day is the end, and the length gives
# the start; "began a three-day drill on Monday": the day is the start.
_DURATION = re.compile(r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
                       # "a five-day exercise", "two-week-long", "three days of exercises"
                       r"(?:-(?P<unit>day|week)(?:-long)?|\s+(?P<units>day|week)s\s+of)\b",
                       re.I)
# "The drill will be held for 14 days", "will last ten days"
_HELD_FOR = re.compile(r"\b(?:held|conducted|run|last|lasts|continue)\s+(?:for\s+)?"
                       r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days\b",
                       re.I)
# "for three days from Aug. 24": the day it begins, and its length
_DAYS_FROM = re.compile(r"\bfor\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
                        r"\s+days\s+(?:from|starting|beginning)\b", re.I)
_ENDED = re.compile(r"\b(?:wrapped up|ended|concluded|completed|finished|closed)\b", re.I)
_BEGAN = re.compile(r"\b(?:began|begin|begins|started|starts|launch|launched|kicked off|"
                    r"opened|commence[sd]?)\b", re.I)


def _days(length: re.Match) -> int:
    """The days a length of _DURATION or _HELD_FOR spans."""
    unit = length.groupdict().get("unit") or length.groupdict().get("units") or "day"
    return number_value(length.group("n")) * (7 if unit.casefold() == "week" else 1)


def _later(day: str, days: int) -> str:
    """The last day of a span of ``days`` days from ``day``."""
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days - 1)).isoformat()


def _year_of_name(frame: Frame) -> str | None:
    """The year a drill's own name ends in ("Peace Mission-2025", "Rubezh 2030"), if any."""
    for name in frame.names:
        if m := re.search(r"[- ]((?:19|20)\d\d)$", name):
            return m.group(1)
    return None


def _with_duration(doc: Document, frame: Frame, day: str) -> tuple[str | None, str]:
    """The span of a one-day date that an "N-day" length in the same sentence stretches;
    a day on which the drill ended, without a length, is only its end."""
    for d in frame.dates:
        if d.start != day:
            continue
        sent = doc.sentence_at(d.char_start)
        text = doc.text[sent.start : sent.end]
        if days_from := _DAYS_FROM.search(text):
            return day, _later(day, _days(days_from))
        length = _DURATION.search(text)
        ended, began = bool(_ENDED.search(text)), bool(_BEGAN.search(text))
        if length is None:
            if ended and not began:
                return None, day  # "was completed in Ishkashim Monday morning": the end
            continue
        if ended and not began:
            return (dt.date.fromisoformat(day) - dt.timedelta(days=_days(length) - 1)
                    ).isoformat(), day
        if began and not ended:
            return day, _later(day, _days(length))
    # "started on Monday in Pithoragarh ... The drill will be held for 14 days": a length
    # the frame gives in a sentence of its own stretches the day it began
    began_there = any(d.start == day and _BEGAN.search(doc.text, *_sentence(doc, d.char_start))
                      for d in frame.dates)
    if began_there:
        for a, b in frame.spans:
            # ("set to commence on April 15 ... during the two-week-long exercise")
            length = _HELD_FOR.search(doc.text, a, b) or (
                None if _ENDED.search(doc.text, a, b) else _DURATION.search(doc.text, a, b))
            if length:
                return day, _later(day, _days(length))
    return day, day


def _sentence(doc: Document, pos: int) -> tuple[int, int]:
    s = doc.sentence_at(pos)
    return s.start, s.end


_HELD_OTHER = re.compile(r"\b(?:held|conducted)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
                         r"(?:(?:press|news)\s+conference|briefing|talks|meeting)\b", re.I)


_AIM_IS = re.compile(r"\b(?:purpose|aim|goal|objective|task)s?\b[^.;]{0,60}?\b(?:is|are)\s+to\b",
                     re.I)
_AFTERWARDS = re.compile(r"\s*(?:Upon|On|After|Following)\s+(?:the\s+)?(?:completion|end|"
                         r"conclusion|close)\s+of\b")


def _marker_status(frame: Frame, doc: Document) -> str:
    # The first sentence that says anything of time decides; a "Since ..." clause
    # speaks of something else.
    for a, _ in frame.spans:
        sentence = doc.sentence_at(a)
        seg = re.sub(r"^\s*Since\b[^,]*,", "", doc.text[sentence.start : sentence.end])
        if _AFTERWARDS.match(seg):
            continue  # "Upon completion of the exercise, the jets will return": what follows it
        seg = _AIM_IS.sub("", seg)  # "the purpose of the exercise is to rehearse ...": no time
        # ("the ambassador held a press conference addressing the exercise": her deed)
        if "held" in seg or "conducted" in seg:
            seg = _HELD_OTHER.sub("", seg)
        if ONGOING.search(seg):
            return "ongoing"
        if FUTURE.search(seg):
            return "planned"
        if COMPLETED.search(seg):
            return "completed"
    return ""


def _cancelled(frame: Frame, doc: Document) -> bool:
    """Whether the text says the drill was called off ("announced the decision to cancel
    conducting ... exercises", "the exercises ... have been cancelled")."""
    return any(doc.has(_CANCELLED, a, b) for a, b in frame.spans)


_CANCELLED = re.compile(r"(?<!not\s)\b(?:cancel+(?:ed|ing)?|called\s+off|scrapped)\b", re.I)


def _status(frame: Frame, doc: Document, start: str | None, end: str | None) -> str:
    """planned / ongoing / completed: from the dates against the publication date where
    they settle it, else from the verbs ("will hold", "began", "have completed");
    cancelled where the text says it was called off."""
    if _cancelled(frame, doc):
        return "cancelled"
    marker = _marker_status(frame, doc)
    pub = doc.pub
    if pub is not None and (start or end):
        p = pub.iso()
        first, last = (start or end), (end or start)
        n = min(len(p), len(first), len(last))
        # Only a start after publication makes it planned: "runs through October 24"
        # (an end, no start) is as true of a drill under way as of one to come.
        if start and first[:n] > p[:n]:
            return "planned"
        if start and end and start < end and min(len(p), len(start), len(end)) == 10 and (
            start <= p < end
        ):
            return "ongoing"  # "began on Tuesday ... will last until January 27"
        if not start and last[:n] >= p[:n]:
            return marker
        if first == last == p and len(p) == len("YYYY-MM-DD"):
            return marker or "ongoing"  # "holds exercises on Sunday", told that Sunday
        if last[:n] < p[:n] and not (marker == "ongoing" and start == end
                                      and len(start) == len("YYYY-MM-DD")):
            return "completed"  # "began on Monday" gives a start, not an end (a year
            # before the article's is over: "as were exercises ... in 2002")
    return marker


_LIST_ITEM = re.compile(r"[-•*–]\s+\S")


def _anchor(doc: Document, frame: Frame) -> tuple[int, int]:
    """The evidence span: the first sentence of the frame (or the part of one that
    tells of a meeting: "The ministers met in Minsk" ahead of a summit), a headline
    only if there is nothing else."""
    for a, b in frame.spans:
        # (or an item of a list, which needs no stop: "- The first-ever ... exercise was
        # held at Chirchiq")
        if re.search(r"[.!?\"”’]\s*$", doc.text[a:b]) or _LIST_ITEM.match(doc.text, a, b):
            return a, b
        if frame.kind == "meeting" and b < doc.sentence_at(a).end:
            return a, b
    return frame.anchor.start, frame.anchor.end


# "the Edelweiss range in the mountains of Kyrgyzstan's Issyk-Kul region": the words
# between a place and the country it is in
_IN_THE_OF = re.compile(r"(?:\s+[a-z-]+){0,4}\s+(?:in|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
                        r"(?:of\s+)?")


def _country_after(doc: Document, place: Mention) -> str:
    """The country of a place the lexicon lacks, where the words right after it put it
    in a country or a known place."""
    for m in doc.mentions_in(place.end, place.end + 80, ("country", "place")):
        if _IN_THE_OF.fullmatch(doc.text, place.end, m.start) and (
                m.kind == "country" or m.known):
            return m.country or (m.id if m.kind == "country" else "")
        break
    return ""


def _province_key(place: dict) -> str:
    """"TJK/Gorno-Badakhshan": the province of a lexicon place, as the merge compares it."""
    return f"{place.get('country')}/{place.get('province')}"


def _kind_after(doc: Document, pos: int) -> str | None:
    """The kind of place the noun at ``pos`` says a name is ("Forish training ground"),
    if any."""
    noun = _NOUN_AFTER.match(doc.text, pos)
    return _UNKNOWN_KIND.get(noun.group(1).lower()) if noun else None


def _known_rank(doc: Document, p: Mention) -> int:
    """How narrow a known place is as the text names it: a city's name before "training
    ground" ('the "Termez" training ground') names a ground."""
    kind = _kind_after(doc, p.end + 1 if doc.text[p.end : p.end + 1] in ('"', "”") else p.end)
    own = _PLACE_RANK.get(doc.lexicon.place(p.id).get("kind"), 3)
    return min(own, _PLACE_RANK[kind]) if kind else own


def _location(
    frame: Frame, doc: Document, participants: list[str]
) -> tuple[str, str, object, object]:
    """(place, country, lat, lon) of an exercise; a place the lexicon lacks but the text
    puts in a province it knows leaves that province in ``frame.within``."""
    lex = doc.lexicon
    known = [p for p in frame.places if p.known]
    unknown = [p for p in frame.places if not p.known]
    ranked = sorted(known, key=lambda p: _known_rank(doc, p))
    # "in Kashgar, northwest China's Xinjiang", "the Edelweiss training ground in the
    # Issyk-Kul region": the place the text puts in a known province is where, though
    # the lexicon has no coordinates for it.
    for u in unknown:
        # "in Himachal Pradesh's Bakloh": the place in the province named before it
        for k in doc.mentions_in(max(0, u.start - 40), u.start, ("place",)):
            if (k.known and lex.place(k.id).get("kind") in ("province", "city")
                    and re.fullmatch(r"['’]s\s+", doc.text[k.end : u.start])):
                frame.within = _province_key(lex.place(k.id))
                return u.name, k.country, None, None
        noun = _NOUN_AFTER.match(doc.text, u.end)
        after = noun.end() if noun else u.end
        for k in doc.mentions_in(after, after + 60, ("place",)):
            if (k.known and lex.place(k.id).get("kind") in ("province", "city")
                    and _WITHIN.fullmatch(doc.text, after, k.start)):
                frame.within = _province_key(lex.place(k.id))
                return u.name, k.country, None, None
    if ranked:
        place = lex.place(ranked[0].id)
        # "troops in Navoi region will drill at the Kyzylkum training ground": the
        # ground the text names, though only its region is known.
        best = _known_rank(doc, ranked[0])
        for u in unknown:
            kind = _kind_after(doc, u.end)
            if kind and _PLACE_RANK[kind] < best:
                frame.within = _province_key(place)
                return u.name, u.country or place["country"], None, None
        return place["name"], place["country"], place["lat"], place["lon"]
    if unknown:
        # One the text places in a country says more than one it does not; then the
        # narrower, by the noun after it ("the Forish training ground in Jizzakh region").
        def rank(x: Mention) -> tuple[bool, int]:
            return not x.country, _PLACE_RANK.get(_kind_after(doc, x.end), 3)

        p = min(unknown, key=rank)
        return p.text(doc.text) and p.name, p.country or _country_after(doc, p), None, None
    # "along the Afghanistan border": the border the lexicon knows between that
    # country and the one the drill is in ("arrived in Tajikistan ... near the Afghan
    # border"), else a participant.
    if frame.border_hint:
        sides = set(_located_countries(doc, frame)) or set(participants)
        borders = [
            pl
            for pl in lex.raw.get("places", {}).values()
            if pl.get("kind") == "border"
            and set(frame.border_hint) <= set(pl.get("countries", []))
            and set(pl.get("countries", [])) & sides
        ]
        if len(borders) == 1:
            b = borders[0]
            return b["name"], b["country"], b["lat"], b["lon"]
    return "", "", None, None


# Country names in a row: "Russia, Kazakhstan and Tajikistan", "the Republic of Tajikistan"
_COUNTRY_RUN = r"((?:[A-Z][\w]+(?:\s+of\s+(?:the\s+)?[A-Z][\w]+)?(?:,\s*|\s+and\s+)?)+)"
_IN_NAMES = re.compile(
    r"\bin\s+(?:CSTO\s+member\s+states\s+|the\s+)?(?:neighbou?ring\s+|nearby\s+|adjacent\s+)?"
    + _COUNTRY_RUN
)


# ("as the Taliban make sweeping gains in neighbouring Afghanistan": where they advance)
_WAR_BEFORE = re.compile(r"\b(?:war|invasion|conflict|fighting|offensive|crisis|gains|advances?|"
                         r"operations|unrest|instability|turmoil|violence|clashes|insurgency|takeover|regime|rule)\s+$",
                         re.I)
_BASED = re.compile(r"\b(?:deployed|stationed|based|headquartered)\s+$")


def _located_countries(doc: Document, frame: Frame) -> list[str]:
    """Countries the anchor places the exercise in: "exercises in Kyrgyzstan and Tajikistan"."""
    a, b = _anchor(doc, frame)
    # The first "in" that names countries: "met in Astana and agreed to hold the
    # exercise in Russia" names the city of the meeting first.
    for m in _IN_NAMES.finditer(doc.text, a, b):
        if _BASED.search(doc.text, max(a, m.start() - 20), m.start()):
            continue  # "SU-25s deployed in Kyrgyzstan have arrived in Tajikistan": their base
        if PLANNED_BEFORE.search(doc.text, max(a, m.start() - 50), m.start()):
            continue  # "originally planned to be held in Armenia, will be held in Kyrgyzstan"
        if _WAR_BEFORE.search(doc.text, max(a, m.start() - 25), m.start()):
            continue  # "amid Russia's all-out war in Ukraine": where the war is
        if found := [x.id for x in doc.mentions_in(m.start(1), m.end(1), ("country",))]:
            return found
    # ("the drills the CSTO is holding on Kyrgyz soil"; in any sentence of the drill's: "The
    # exercise is underway ... on the territories of Russia, Kazakhstan and Tajikistan")
    spans = dict.fromkeys([(a, b), *frame.spans])  # (the anchor first, and once)
    for m in (m for a, b in spans for m in _ON_SOIL.finditer(doc.text, a, b)):
        group = 1 if m.group(1) else 2
        if found := [x.id for x in doc.mentions_in(m.start(group), m.end(group), ("country",))]:
            return found
    return []


# "on Kyrgyz soil", "in Kyrgyz, Tajik and Kazakh airspace", "on the territories of Russia,
# Kazakhstan and Tajikistan": the countries a drill is held in
_ON_SOIL = re.compile(r"\b(?:on|in)\s+(?:the\s+)?((?:[A-Z][\w]+(?:,\s*|\s+and\s+)?)+)\s+"
                      r"(?:soil|territory|airspace|skies)\b"
                      r"|\bon\s+the\s+territor(?:y|ies)\s+of\s+(?:the\s+)?" + _COUNTRY_RUN)


def _label(doc: Document, participants: list[str], location: str, start: str | None) -> str:
    lex = doc.lexicon
    bodies = [p for p in participants if p in lex.raw.get("organisations", {})]
    if bodies:
        lead = bodies[0]
    else:
        adjs = []
        for code in participants[:3]:
            c = lex.raw["countries"].get(code, {})
            adjs.append((c.get("adjectives") or [c.get("name", code)])[0])
        lead = "–".join(adjs) or "Unattributed"
    name = f"{lead} exercise"
    if location:
        name += f", {location}"
    if start:
        name += f" ({start[:7]})"
    return name


def _own_name(doc: Document, frame: Frame) -> str:
    """The name the text gives the exercise; all of them where it lists drills held
    together ("Interaction-2024, Search-2024 and Echelon-2024")."""
    if not frame.names:
        return ""
    for a, b in frame.spans:
        for m in doc.matches_in(NAME_LIST, a, b):
            if m.group().startswith(frame.names[0]):
                return m.group()
        # "the exercise dubbed Poisk 2021 (Search 2021) will be conducted for ..., the
        # exercise dubbed Eshelon 2021 ...": several names in the sentence that names it
        sentence = doc.sentence_at(a)
        own = [m.group("name") for m in doc.matches_in(NAME_PATTERN, sentence.start, sentence.end)]
        if frame.names[0] in own:
            names = list(dict.fromkeys(n for n in own if n in frame.names))
            if len(names) > 1:
                return ", ".join(names[:-1]) + " and " + names[-1]
            break
    return frame.names[0]


def _translated_names(doc: Document, frame: Frame) -> list[str]:
    """The other names the text gives the exercise in brackets beside its own:
    "Center-2019 (Tsentr-2019)", "Tsentr (Center) 2019" ("Center 2019")."""
    found = []
    for a, b in frame.spans:
        for m in doc.matches_in(NAME_PATTERN, a, b):
            name = m.group("name")
            if inner := _BRACKETED.search(name):
                own = name[: inner.start()] + name[inner.end() :]
                year = own.rsplit(" ", 1)[-1] if " " in own else ""
                found.append(f"{inner.group(1)} {year}".strip())
            elif (after := _BRACKETED.match(doc.text, m.end())) and NAME_PATTERN.fullmatch(
                    after.group(1)):
                found.append(after.group(1))
    return list(dict.fromkeys(n for n in found if n not in frame.names))


_BRACKETED = re.compile(r"\s\(([^()]{2,40})\)")


def _exercise_row(doc: Document, frame: Frame) -> dict:
    participants = [c for c, _ in sorted(frame.participants.items(), key=lambda kv: kv[1])
                    if c not in frame.absent]
    location, country, lat, lon = _location(frame, doc, participants)
    if not location or not country:
        located = _located_countries(doc, frame)
        if located and not location:
            location = "; ".join(doc.lexicon.country_name(c) for c in located)
            country = ";".join(located)
        elif len(located) == 1:
            country = located[0]  # "a drill in Russia ... in Rostov oblast": Rostov's country
    dates = frame.dates
    if (year := _year_of_name(frame)) and any((d.start or d.end or "")[:4] not in ("", year)
                                              for d in dates):
        # "Xiamen-2017": an edition named for its year is held in it; "holding in 2018 a
        # joint border operation" in the next sentence dates something else
        dates = [d for d in dates if (d.start or d.end or "")[:4] in ("", year)]
    start, end, precision = _when(dates, title_end(doc))
    if start and start == end and precision == "day":
        start, end = _with_duration(doc, frame, start)
    elif start and end is None and precision == "day":
        # "for three days from Aug. 24": a first day and a length
        start, end = _with_duration(doc, frame, start)
        end = None if end == start else end
    if start is None and end is None and (year := _year_of_name(frame)):
        start = end = year  # "Rubezh-2025" with no date told: held in 2025, no finer
        precision = "year"
    own = [c for c in frame.counts if not c.opposing
           # "The Russian army is represented at the drills by 100 troops": one side's
           and not (len(participants) > 1 and _REPRESENTED_BY.search(
               doc.text, doc.sentence_at(c.char_start).start, c.char_start))
           # "The Chinese contingent ... It was composed of approximately 2,000 soldiers";
           # "X claimed ... over 300,000 soldiers ..., but that estimate was said to be
           # inflated"
           and not (len(frame.counts) > 1 and (_one_contingent(doc, c) or _DOUBTED.search(
               doc.text, *_sentence_bounds(doc, c.char_start))))]
    enemy = [c for c in frame.counts if c.opposing]
    troops = _contingents(doc, own) if own else None
    sides = [c for c in frame.counts if not c.opposing]
    if len(sides) > 1 and len(participants) > 1 and (
            total := _sides_total(doc, sides, participants)):
        troops = total
    texts = " ".join(doc.text[a:b] for a, b in frame.spans)
    scenario = doc.lexicon.tags("scenarios", texts)
    a, b = _anchor(doc, frame)
    evidence = doc.text[a:b]
    name = _own_name(doc, frame) or _label(doc, participants, location, start)
    return {
        "exercise_id": row_id("x", doc.source_id, evidence),
        "name": name,
        "status": _status(frame, doc, start, end),
        "participants": ";".join(participants),
        "location": location,
        "country": country,
        "lat": lat,
        "lon": lon,
        "start": start,
        "end": end,
        "date_precision": precision,
        "troops": troops.value if troops else None,
        "troops_min": troops.low if troops else None,
        "troops_max": troops.high if troops and troops.high else (troops.low if troops else None),
        "troops_qualifier": troops.qualifier if troops else "",
        "opposing_force": enemy[0].value if enemy else None,
        "scenario": "; ".join(scenario),
        # not columns: the province of a place the lexicon lacks, and the names the
        # text translates the exercise's into, for the merge
        "within": frame.within,
        "also_named": ";".join(_translated_names(doc, frame)) if frame.names else "",
        "source_id": doc.source_id,
        "char_start": a,
        "char_end": b,
        "evidence": evidence,
        "troops_by_source": f"{doc.source_id}={troops.value}" if troops else "",
    }


_DOUBTED = re.compile(r"\b(?:inflated|exaggerated|overstated|overestimated)\b", re.I)


def _sentence_bounds(doc: Document, pos: int) -> tuple[int, int]:
    s = doc.sentence_at(pos)
    return s.start, s.end


def _one_contingent(doc: Document, count: Count) -> bool:
    """Whether ``count`` sizes one country's contingent: its sentence, or the one before
    when it opens with "It", tells of "the Chinese contingent"."""
    s = doc.sentence_at(count.char_start)
    spans = [(s.start, s.end)]
    if re.match(r"\s*(?:It|They|This)\s", doc.text[s.start : s.start + 6]) and s.start:
        before = doc.sentence_at(s.start - 1)
        spans.append((before.start, before.end))
    return any(_CONTINGENT_AFTER.match(doc.text, m.end)
               for a, b in spans for m in doc.mentions_in(a, b, ("country",))
               if m.form == "adjective")


# "the Chinese contingent", "An Indian military contingent comprising 200 personnel"
_CONTINGENT_AFTER = re.compile(r"(?:\s+(?:military|army|armed\s+forces|Army|naval|air\s+force))?"
                               r"\s+contingent\b")


def _sides_total(doc: Document, counts: list[Count], participants: list[str]) -> Count | None:
    """The sum of the counts when they are each side's and nothing else ("The Indian Army
    contingent, comprising 20 personnel, ... Meanwhile, the Kyrgyzstan contingent comprising
    20 personnel"): one count for every country that takes part, none for another."""
    by_side: dict[str, Count] = {}
    for i, c in enumerate(counts):
        s = doc.sentence_at(c.char_start)
        since = max(s.start, counts[i - 1].char_end if i else s.start)
        # ("The Tajik army is represented by 500 soldiers": a body of the country)
        found = (_countries_in(doc, c.char_start, c.char_end)
                 or _countries_in(doc, since, c.char_start) or set(_countries_of_count(doc, c)))
        if len(found) != 1 or (side := found.pop()) in by_side:
            return None
        by_side[side] = c
    nations = {p for p in participants if p in doc.lexicon.raw.get("countries", {})}
    if len(by_side) < 2 or set(by_side) != nations:
        return None
    return _summed(doc, counts)


def _summed(doc: Document, counts: list[Count]) -> Count:
    """One count of all of ``counts``, from the first one's text to the last one's."""
    low = sum(c.low for c in counts)
    high = sum(c.high or c.low for c in counts)
    first, last = counts[0], counts[-1]
    return Count(value=low, low=low, high=high if high != low else None,
                 qualifier=first.qualifier, opposing=False, char_start=first.char_start,
                 char_end=last.char_end, text=doc.text[first.char_start:last.char_end])


def _countries_in(doc: Document, start: int, end: int) -> set[str]:
    """Countries [start, end) names, itself or by a national body ("the Tajik army")."""
    found = {country_of(doc.lexicon, m)
             for m in doc.mentions_in(start, end, ("country", "organisation"))}
    return {c for c in found if c}


def _countries_of_count(doc: Document, count: Count) -> list[str]:
    """The country "100 soldiers and officers of the Uzbek army" names right after the
    count (a country, or a body of one: "the Tajik army")."""
    of = _OF_COUNTRY_AFTER.match(doc.text, count.char_end)
    if of is None:
        return []
    found = [country_of(doc.lexicon, m)
             for m in doc.mentions_in(of.end(), of.end() + 40, ("country", "organisation"))
             if m.start == of.end()]
    return [c for c in found if c]


_OF_COUNTRY_AFTER = re.compile(r"(?:\s+and\s+(?:officers|sergeants|soldiers|servicemen))?\s+"
                               r"(?:of|from)\s+(?:the\s+)?")
_REPRESENTED_BY = re.compile(r"\brepresented\s+(?:\w+\s+){0,4}?by\s+(?:some\s+|about\s+)?$")
_PART_OF = re.compile(r"\b(?:including|of\s+(?:them|whom)|among\s+them|incl\.)", re.I)


_EACH_FROM = re.compile(r"\s+each\s+(?:from\s+|of\s+)?(?:the\s+)?"
                        r"(?P<list>[A-Z][\w-]*(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?[A-Z][\w-]*)+)")
_EACH_OF_TWO = re.compile(r"\s+(?:each\s+from\s+both|from\s+each\s+of\s+the\s+two)\s+"
                          r"(?:sides|armies|countries|nations|militaries|forces)\b")
# ("more than 2,000 soldiers total are taking part"; not "out of a total of")
_IN_TOTAL = re.compile(r"[^.;,]{0,40}?\b(?:in\s+total|in\s+all|altogether|overall|"
                       r"(?<!a\s)total(?!\s+of))\b")


def _contingents(doc: Document, own: list[Count]) -> Count:
    """The exercise's size: its first count, or the sum of the national contingents its
    sentence lists ("over 500 Tajik servicemen ... and 100 Uzbek servicemen": over 600),
    never of a part ("10,000 troops, including 200 Chinese soldiers")."""
    # "1,800 of its soldiers ... More than 2,500 troops would be involved in total": the
    # count the text gives as the whole
    for c in own:
        if "total" in c.qualifier or "combined" in c.qualifier or _IN_TOTAL.match(
                doc.text, c.char_end, doc.sentence_at(c.char_start).end):
            return c
    first = own[0]
    if each := _EACH_FROM.match(doc.text, first.char_end):
        # "45 soldiers each from Uzbekistan and India": 45 a side
        sides = len(doc.mentions_in(each.start("list"), each.end("list"), ("country",)))
    else:
        # "About 60 personnel each from both armies"
        sides = 2 if _EACH_OF_TWO.match(doc.text, first.char_end) else 0
    if sides >= 2:
        return Count(value=first.value * sides, low=first.low * sides,
                     high=first.high * sides if first.high else None,
                     qualifier=first.qualifier, opposing=False,
                     char_start=first.char_start, char_end=first.char_end, text=first.text)
    sentence = doc.sentence_at(first.char_start)
    added = [first]
    for c in own:
        if (c is not added[-1] and c.char_start > added[-1].char_end
                and c.char_start < sentence.end
                and _PLUS.fullmatch(doc.text, added[-1].char_end, c.char_start)):
            added.append(c)  # "its entire 100,000-strong army plus 130,000 reservists"
    if len(added) >= 2:
        return _summed(doc, added)
    listed, countries = [first], []
    for c in own:
        if c is not first and not (sentence.start <= c.char_start < sentence.end):
            continue
        if c is not first and _PART_OF.search(doc.text, listed[-1].char_end, c.char_start):
            break
        own_country = [m.id for m in doc.mentions_in(c.char_start, c.char_end, ("country",))]
        if not own_country:
            # "About 100 soldiers and officers of the Uzbek army ..., more than 500
            # soldiers and officers of the Tajik army": the country named right after
            own_country = _countries_of_count(doc, c)
        if not own_country:
            # "The Indian Army contingent, consisting of 20 personnel, ..., while Kyrgyzstan
            # is represented by 20 personnel": the one country told since the last count
            since = listed[-1].char_end if c is not first else sentence.start
            own_country = list(dict.fromkeys(
                m.id for m in doc.mentions_in(since, c.char_start, ("country",))))
        if len(own_country) != 1 or own_country[0] in countries:
            return first
        countries.append(own_country[0])
        if c is not first:
            listed.append(c)
    if len(listed) < 2:
        return first
    return _summed(doc, listed)


# What joins two counts of one force that add up: "... army plus 130,000 reservists",
# "130,000 men from its military reserve in addition to 100,000 active servicemen"
_PLUS = re.compile(r"[^.;,]{0,40}?\s(?:plus|in\s+addition\s+to)\s+(?:(?:its|their|the|some)\s+)?")

# "The next summit will take place in China": a country where it meets, no city.
_MET_IN = re.compile(
    r"\b(?:held|hold|holds|host(?:s|ed)?|take\s+place|takes\s+place|took\s+place|met|meet|"
    # ("held talks in", "hosts the summit in"; not "still holds strong positions in")
    r"meets|convene[sd]?|gather(?:s|ed)?|summit|meeting|session)\s+(?:(?:a|an|the|its|their|"
    r"his|her|talks|meetings?|summit|session|consultations|negotiations|regular|annual|"
    r"extraordinary|joint|bilateral|official|again|also|today|yesterday|"
    r"in\s+(?:19|20)\d\d,?)\s+){0,3}?"
    r"in\s+(?:the\s+)?$",
    re.I,
)


# "as Tajikistan will host the upcoming SCO summit this year"
_HOSTS = re.compile(r"\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?host(?:s|ed)?\s+"
                    r"(?:the|this|a|an|its)\b")


_DRILL_HELD = re.compile(r"(?:exercises?|drills?|manoeuvres|maneuvers|\d{4}[”\"])[^.;]{0,30}$")


def _met_in_country(doc: Document, frame: Frame) -> str:
    for a, b in frame.spans:
        for m in doc.mentions_in(a, b, ("country",)):
            if m.form == "name" and (_MET_IN.search(doc.text, max(a, m.start - 40), m.start)
                                     or _HOSTS.match(doc.text, m.end, b)):
                if _DRILL_HELD.search(doc.text, max(a, m.start - 60), m.start):
                    continue  # "the joint exercises “Qalgon-2021” held in Kazakhstan": the
                    # drill's country, which the ministers talked about
                return m.id
    return ""


# The level of a meeting its attendees' roles make it.
_TITLE_BEFORE = re.compile(
    r"(?:\b(?P<role>(?i:(?:defen[cs]e|foreign|interior)\s+minister)|Prime\s+Minister|President"
    # "the Minister of Defense of Uzbekistan, Lieutenant General X"
    r"|Minister\s+of\s+(?:(?:National\s+)?Defen[cs]e|Foreign\s+Affairs|(?:the\s+)?Interior)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)"
    r"|(?P<counterpart>\bcounterpart)),?\s+(?:(?:Army|Colonel|Lieutenant|Major|Brigadier)[\s-]"
    r"General\s+|General\s+|Admiral\s+|(?:Lt|Gen|Maj|Col)\.\s+(?:Gen\.\s+)?)?$")
def _office(title: str) -> str:
    """"Minister of Defense of Uzbekistan" is a defence minister; "Defence Minister" as it is."""
    if m := re.match(r"Minister\s+of\s+(?:the\s+|National\s+)?(\w+)", title):
        return {"defense": "defence minister", "defence": "defence minister",
                "foreign": "foreign minister", "interior": "interior minister"}.get(
                    m.group(1).casefold(), title)
    return title


# (public: the merge compares "foreign minister" of one report with "foreign ministers")
ROLE_LEVEL = {"president": "heads of state", "prime minister": "heads of government",
               "defence minister": "defence ministers", "defense minister": "defence ministers",
               "foreign minister": "foreign ministers", "interior minister": "interior ministers"}


def _body_country(lex: Lexicon, code: str) -> str:
    """``code`` when it is a country's, the country of a national body the lexicon places
    (TALIBAN -> AFG), else itself (a bloc's people count as their bloc)."""
    if not code or code in lex.raw["countries"]:
        return code
    return lex.org_country(code) or code


def _titled_country(doc: Document, person: Mention) -> str:
    """The country of the title just before a person the lexicon lacks: "President of
    Iran Masoud Pezeshkian", "Iranian President Masoud Pezeshkian"."""
    before = doc.mentions_in(max(0, person.start - 40), person.start, ("country",))
    if len(before) > 1 and _POSTED_IN.search(doc.text, max(0, before[-1].start - 20),
                                              before[-1].start):
        # "Kazakh Ambassador of Afghanistan X": where he is posted, not whose he is
        return before[-2].id
    if before and (_TITLE_GAP.fullmatch(doc.text, before[-1].end, person.start)
                   # "the Minister of Foreign Affairs of Tajikistan, Farid Saidov"
                   or doc.text.startswith(", ", before[-1].end)
                   and before[-1].end + 2 == person.start
                   and _OF_BEFORE.search(doc.text, max(0, before[-1].start - 8),
                                         before[-1].start)):
        return before[-1].id
    # "Lieutenant General X, Minister of Defense of the Republic of Uzbekistan": the title
    # after the name
    for c in doc.mentions_in(person.end, min(len(doc.text), person.end + 80), ("country",)):
        if _TITLE_AFTER.fullmatch(doc.text, person.end, c.start):
            return c.id
        break
    return ""


_TITLE_AFTER = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}of\s+(?:[A-Z][\w-]*\s+){0,2}of\s+"
                          r"(?:the\s+)?(?:Republic\s+of\s+)?|,\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}of\s+"
                          r"(?:the\s+)?(?:Republic\s+of\s+)?")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_POSTED_IN = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy)\s+(?:of|to|in)\s+(?:the\s+)?$")


_TITLE_GAP = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w-]*)*\s+")


_PRESIDENTS = re.compile(r"\bheads\s+of\s+state|\bpresidents\b", re.I)


def _one_country(doc: Document, people: list) -> bool:
    """Whether every one of ``people`` is known to be of one and the same country."""
    homes = [home_country(p.affiliation) or _titled_country(doc, p) for p in people]
    return all(homes) and len(set(homes)) == 1


def _meeting_row(doc: Document, frame: Frame) -> dict:
    lex = doc.lexicon
    attendees = [k for k, _ in sorted(frame.attendees.items(), key=lambda kv: kv[1])]
    people = [m for m in doc.mentions if m.kind == "person" and m.name in frame.attendees]
    # "Pashinyan ... The Armenian prime minister said at the summit": Armenia is there
    # in the person of Pashinyan already
    # ("Kyrgyz officials" and "Kyrgyz Deputy Prime Minister X", a name the lexicon lacks:
    # Kyrgyzstan is there in X too)
    named = {home_country(p.affiliation) if p.affiliation else _titled_country(doc, p)
             for p in people} - {""}
    attendees = [a for a in attendees if a not in named]
    body = frame.bodies[0] if frame.bodies else ""
    levels = list(frame.levels)
    if len(levels) > 1 and "heads of state" in levels and not any(
            doc.has(HEADS_OF_STATE, a, b) for a, b in frame.spans) or (
            # "the Council of Heads of Government ... leaders from Belarus, ...": its
            # leaders are the heads of government; only "presidents" say heads of state
            "heads of state" in levels and "heads of government" in levels
            and not any(doc.has(_PRESIDENTS, a, b) for a, b in frame.spans)):
        # "a summit of the organisation on Friday" in a report of its defence ministers'
        # meeting: the word says the meeting is big, not that presidents come
        levels.remove("heads of state")
    level = "; ".join(levels)
    if not body and re.search(r"\btrilateral\b", " ".join(doc.text[a:b] for a, b in frame.spans)):
        body = "trilateral"
    if not body:
        # (a national body's person stands for its country: the Taliban's for Afghanistan)
        countries = {_body_country(lex, home_country(p.affiliation)) or _titled_country(doc, p)
                     for p in people}
        countries.discard("")
        delegations = [a for a in attendees if a in lex.raw["countries"]]
        # "officials from Kyrgyzstan and Tajikistan met"; six presidents of a format the
        # lexicon lacks ("the Central Asia–Russia summit") are no pair
        if len(countries | set(delegations)) >= 3:
            body = "multilateral"
        # (not two people of one country: a minister who announces a summit its president
        # chairs)
        elif (len(countries) >= 2 or len(people) >= 2 and not _one_country(doc, people)
              or len(delegations) == 2 or len(countries | set(delegations)) == 2):
            body = "bilateral"
    if not level and people:
        roles, unknown, counterpart = [], False, False
        for name in dict.fromkeys(p.name for p in people):
            role = str(lex.entries.get(name).get("role", "")) if name in lex.entries else ""
            # "Indian Defence Minister Rajnath Singh", "his Tajikistan counterpart, ...":
            # a title the text gives one the lexicon lacks
            titled = [] if role else [
                t for p in people if p.name == name
                and (t := _TITLE_BEFORE.search(doc.text, max(0, p.start - 60), p.start))]
            if not role and titled:
                role = _office(next((t.group("role") for t in titled if t.group("role")), ""))
                counterpart = counterpart or any(t.group("counterpart") for t in titled)
                if not role and counterpart:
                    continue  # the same office as the other's
            unknown = unknown or not role
            # (one office however spelt: "Defense Minister", "defence minister")
            role = re.sub(r"\s+", " ", role.casefold()).replace("defense", "defence")
            if role and role not in roles:
                roles.append(role)
        if (len(roles) == 1 and not unknown and roles[0] in ROLE_LEVEL
                and (lex.is_multinational(body) or len(people) >= 2)):
            # "President of Tajikistan ... in the SCO meeting": its heads of state met
            roles = [ROLE_LEVEL[roles[0]]]
        level = "; ".join(roles)
    known = [p for p in frame.places if p.known]
    place = lex.place(known[0].id) if known else {}
    start, end, precision = _when(frame.dates)
    if start is None and end is None and doc.pub is not None:
        seg = doc.text[frame.anchor.start : frame.anchor.end]
        # (not "militant groups are gathering their forces on the border": no meeting)
        if re.search(r"\b(?:are|is)\s+(?:also\s+)?(?:meeting|gathering|holding)\b"
                     r"(?!\s+(?:their\s+|its\s+)?(?:forces|troops|fighters|militants|weapons))",
                     seg):
            # "CSTO foreign ministers are also meeting": as the article is written.
            start = end = doc.pub.iso()
            precision = doc.pub.precision
    a, b = _anchor(doc, frame)
    evidence = doc.text[a:b]
    texts = " ".join(doc.text[x:y] for x, y in frame.spans)
    return {
        "meeting_id": row_id("m", doc.source_id, evidence),
        "body": body,
        "level": level,
        "place": place.get("name", frame.places[0].name if frame.places else ""),
        "country": place.get("country", frame.places[0].country if frame.places
                              else _met_in_country(doc, frame)),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "start": start,
        "end": end,
        "date_precision": precision,
        "attendees": ";".join(attendees),
        "topics": ";".join(lex.tags("topics", texts)),
        # (not a column: what the merge compares; a bloc's meetings are numbered)
        "ordinal": _ordinal(doc, frame) if lex.is_multinational(body) else "",
        "source_id": doc.source_id,
        "char_start": a,
        "char_end": b,
        "evidence": evidence,
    }


# "The 25th summit of the SCO", "the 17th Meeting of Security Council Secretaries"
# (not "the 80th anniversary of ...")
_ORDINAL = re.compile(r"\b(\d{1,3}(?=-?(?:st|nd|rd|th))|(?i:(?:twenty|thirty|forty|fifty|sixty|"
                      r"seventy|eighty|ninety)-)?(?i:first|second|third|fourth|fifth|sixth|"
                      r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
                      r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                      r"thirtieth|fortieth|fiftieth))(?:-?(?:st|nd|rd|th))?\s+"
                      # (not "the fifth time China has hosted the summit")
                      r"(?:(?!anniversary\b|times?\b|years?\b|days?\b)[\w'’()-]+\s+){0,7}?"
                      r"(?i:summit|meeting|session)\b")


def _ordinal(doc: Document, frame: Frame) -> str:
    """The number of the meeting in its series, where the frame tells one only."""
    found = {str(ordinal_value(m.group(1))) for a, b in frame.spans
             for m in _ORDINAL.finditer(doc.text, a, b)
             if not _NEXT_OR_PREVIOUS.search(doc.text, max(a, m.start() - 20), m.start())}
    return found.pop() if len(found) == 1 else ""


_NEXT_OR_PREVIOUS = re.compile(r"\b(?:next|previous|last|upcoming)\s+$", re.I)


def _reports_strength(doc: Document, claim: Claim) -> bool:
    """"600 paratroopers took part, the ministry said": a report of the forces, or a
    body's report ("..., said the press service of the district"), is the account of
    the exercise, not an opinion about it."""
    if claim.kind != "reported" and tells_the_drill(doc, claim.char_start):
        return True
    if claim.kind != "reported" and not INVOLVED.search(doc.text, claim.char_start,
                                                        claim.char_end):
        return False  # (most quotes say nothing of who takes part: no counting needed)
    enemy = doc.lexicon.word_pattern("enemy_words")
    counts = find_counts(doc.text, claim.char_start, claim.char_end, enemy)
    if claim.kind != "reported":
        # '"... some 500 troops are involved in the maneuvres," the spokesman said'
        return any(sizes_the_drill(doc, c.char_start) for c in counts)
    return _military_body(doc.lexicon, claim.speaker) or bool(counts)


_MILITARY_KINDS = ("armed forces", "security service")


def _military_body(lexicon: Lexicon, speaker: Speaker) -> bool:
    """A ministry, armed force or security service speaking as a body (not the Taliban,
    not the media): what it reports of a drill is the drill's account."""
    if not speaker.body:
        return False
    code = speaker.affiliation
    if code.rsplit("-", 1)[-1] in lexicon.raw.get("ministries", {}):
        return True
    org = lexicon.raw.get("organisations", {}).get(code) or {}
    if org.get("kind") in _MILITARY_KINDS:
        return True
    # "the press service of CSTO", "the Information Support Department of the General
    # Staff": an alliance's staff, or a military office the lexicon lacks
    return bool(org.get("kind") == "alliance" and _STAFF_OFFICE.search(speaker.name)
                or not code and _MILITARY_OFFICE.search(speaker.name))


_STAFF_OFFICE = re.compile(r"\b(?:press|staff|headquarters|command)\b", re.I)
_MILITARY_OFFICE = re.compile(
    r"\b(?:General|Joint)\s+Staff\b|\bArmed\s+Forces\b|\bDefen[cs]e\s+Ministry\b|"
    r"\bMinistry\s+of\s+Defen[cs]e\b|\bMilitary\s+District\b|\bNational\s+Guard\b|"
    r"\bBorder\s+(?:Service|Troops|Guards?)\b", re.I)


def extract_article(article: Article, lexicon: Lexicon) -> ArticleRows:
    """All rows of one article. Pure: the same article and lexicon give the same rows."""
    doc = Document(article.source_id, article.text, article.meta.published, lexicon)
    rows = ArticleRows(article.source_id)
    claims = extract_claims(doc)
    rows.exercises = [
        _exercise_row(doc, f)
        for f in exercise_frames(doc, [(c.char_start, c.char_end) for c in claims
                                       if not _reports_strength(doc, c)])
    ]
    rows.meetings = [_meeting_row(doc, f) for f in meeting_frames(doc)]
    for c in claims:
        rows.claims.append(
            {
                "claim_id": row_id("c", doc.source_id, f"{c.char_start}:{c.quote}"),
                "source_id": c.source_id,
                "speaker": c.speaker.name,
                "speaker_id": c.speaker.id,
                "affiliation": c.speaker.affiliation,
                "kind": c.kind,
                "quote": c.quote,
                "char_start": c.char_start,
                "char_end": c.char_end,
                "topic": c.topic,
                "reported_via": c.reported_via,
            }
        )
    return rows


def pub_or_none(value: object) -> PubDate | None:
    try:
        return PubDate.parse(value) if value else None
    except ValueError:
        return None
