"""Event frames: what the text says of one exercise or meeting, and the parts both kinds share.

A trigger ("joint military exercises", "a summit") opens a frame; a definite
reference ("the drills", "the meeting") joins the latest frame it fits; the
sentences after a trigger in its paragraph, and following paragraphs about
troops in action, add to it. Participants are the countries and bodies that act
("Armenian special forces", "units from Belarus, Russia"), never the places
where it happens ("Tajikistan's Khatlon province", "the Tajik-Afghan border").
This module holds the frame, its tense, places, dates and participants, and the
merge of frames that tell one event; ``exercises`` and ``meetings`` open them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from briefgen.extract.dates import DateMention, any_dates, find_dates
from briefgen.extract.document import Document
from briefgen.extract.entities import Mention
from briefgen.extract.quantities import Count
from briefgen.extract.scan import lowered, word_positions
from briefgen.extract.text import DATELINE, Span
from briefgen.lexicon import Lexicon

_DEFINITE = re.compile(
    r"\b(?:the|these|this|those|its|their|such|ongoing|yet another|"
    r"same)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# Words that may stand between a locative preposition and the place it governs:
# "in the Tajik capital Dushanbe", "in CSTO member states Kyrgyzstan". Not the small
# words of a title-cased headline: in "Drills In Kyrgyzstan As Moscow Eyes ...",
# Moscow is an actor, not where.
_TITLE_SMALL_WORDS = (
    r"(?:As|And|But|Or|While|After|Before|Amid|With|For|Of|To|In|On|At|By|From|Over)\b"
)
_PLACE_WORDS = (
    rf"(?:(?!{_TITLE_SMALL_WORDS})(?-i:[A-Z])[\w'’-]*\s+|"
    r"the\s+|member\s+states?\s+|capital,?\s+|republic\s+of\s+|"
    # "in the capital of Kyrgyzstan, Bishkek"
    r"capital\s+of\s+(?-i:[A-Z])[\w'’-]*,\s+|"
    r"(?:village|town|city|district|region|province)\s+of\s+|"
    r"(?:vicinity|outskirts|environs|area)\s+of\s+|"
    r"(?:northern|southern|eastern|western|central|mountainous|border|neighbou?ring|adjacent|"
    r"historic|ancient|old|"
    # "the hard-to-reach area of the Sughd region"
    r"nearby|(?-i:[a-z]+(?:-[a-z]+)+))\s+){0,4}"
)
_PLACE_CONTEXT = re.compile(
    r"\b(?:in|into|to|on|near|along|across|outside|inside|at|toward|towards|"
    rf"within|around|from)\s+{_PLACE_WORDS}$"
    # "at two training grounds in Tajikistan - Kharb-Maidon and Momirak"
    r"|\b(?:grounds|ranges|fields|polygons)\b[^.;]{0,40}?\s[-–—:]\s+"
    r"(?:[A-Z][\w'’-]*(?:,\s+|\s+and\s+))*$",
    re.I,
)
# "Dushanbe will host the session": the venue is the subject.
# ("Tashkent held the 17th meeting of the Secretaries of the Security Councils")
# ("Batken city hosted the next joint meeting")
_HOSTS = re.compile(r"(?:\s+(?:city|town|training\s+(?:ground|range|cent(?:er|re)|area)|"
                    r"military\s+range))?"
                    # ("The Edelweiss training ground in the Issyk-Kul region of Kyrgyzstan
                    # will host the exercises")
                    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:region|province|district))?"
                    r"(?:\s+of\s+[A-Z][\w-]*)?)?"
                    # ("the capital of the Kyrgyz Republic, Bishkek, hosted": an apposition)
                    r",?\s+(?:will\s+host|hosts|hosted|is\s+hosting|is\s+to\s+host|held)\b")
_SEAT = re.compile(
    r"\b(?:ministry|embassy|consulate|government|headquarters|officials?|office|"
    r"spokes(?:man|woman|person)|authorities|correspondent)\s+in\s+(?:the\s+)?$"
    # "the 201st base, located near Tajikistan's Dushanbe": where the base is
    r"|\b(?:located|based|stationed|headquartered)\s+(?:in|near|at|outside)\s+"
    r"(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$",
    re.I,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_SINCE_CLAUSE = re.compile(r"^\s*Since\b[^,]*$")
_SINCE_OPEN = re.compile(r"\bsince\s+[^,;.!?\d\s][^,;.!?]{2,140}$", re.I)
# "since the SCO was founded in 2001", "Forces ... established in 2001": a body's birth
_FOUNDED_BEFORE = re.compile(r"\b(?:founded|established|created|formed|set\s+up)\s+(?:in|on)\s+$"
                             r"|\b(?:founding|establishment|inception|creation)\s+in\s+$", re.I)
# (and "could be staged in Tajikistan": not yet)
FUTURE = re.compile(
    r"\b(?:will|shall|to be held|set to|plans? to|planned|is to|are to|"
    r"scheduled|slated|upcoming|going to|would|expected to|due to|anticipat\w+|in a month|"
    r"next (?:week|month|"
    r"year)|could be|may be|might be)\b|\bto (?:engage|hold|conduct|stage)\b"
    # "Russia has announced joint military maneuvers with Uzbekistan from July 30"
    # (not "announced the start of exercises": under way)
    r"|\bannounced\s+(?!(?:the\s+)?(?:start|beginning|opening|launch|end|completion)\b)"
    r"(?:[\w-]+\s+){0,3}(?:drills|exercises|maneuvers|manoeuvres|war\s+games)\b",
    re.I,
)
ONGOING = re.compile(
    r"\b(?:are (?:participating|taking part|taking place|under way|underway|being held|"
    r"being conducted|running|conducting|holding|staging|engaged)|"
    r"is (?:under ?way|being held|being conducted|ongoing|participating|taking part|"
    r"taking place|closing|running|conducting|holding|staging|engaged)|ongoing|continue|continues|"
    r"currently|"
    r"commencement|began|begin|begins|begun|kicked off|kicks? off|have started|started|"
    r"commenced|launched|starts|opens|opening\s+ceremony)\b",
    re.I,
)
COMPLETED = re.compile(
    # ("Official closing ceremony of ... has taken place": an opening one is ONGOING's)
    r"\b(?:completed|concluded|ended|wrapped up|held|conducted|took part|took place|"
    r"(?:has|have)\s+taken\s+place|"
    r"participated|were (?:deployed|mobilized|mobilised)|carried out|staged|"
    r"was (?:held|conducted)|last (?:week|month|year)|ago)\b",
    re.I,
)
# A closing attribution: "..., the Belarusian defence ministry said.", "..., Japarov's
# office said."
_ATTRIBUTION = re.compile(
    r"(?:['’]s)?(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|reported|reports|announced|stated|"
    r"noted|added|informed)\b"
    r"(?:\s+(?:(?:on|in)\s+)?\w+)?"  # ("announced Monday", "said on Tuesday")
    # ("..., Kulubaev said at a press conference on the summit in Bishkek."; not "...,
    # Rahmon said at the Russia-Central Asia summit in Astana": there he attended)
    r"(?:\s+(?:at|during|in)\s+(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+)?(?:press\s+|news\s+)?"
    r"(?:conference|briefing|interview|statement|press\s+release)\b[^,.;]{0,80})?[\s.]*$",
    re.I,
)
_ATTRIBUTION_OPENS = re.compile(r",\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}$")


def _tells(text: str, m: Mention, start: int, end: int) -> bool:
    """Whether ``m`` is who tells in a closing attribution of [start, end): "..., the
    Belarusian defence ministry said.", "..., Putin said."."""
    return bool(_ATTRIBUTION.match(text, m.end, end)
                and _ATTRIBUTION_OPENS.search(text, max(start, m.start - 60), m.start))
_STAYS_OUT = re.compile(
    # ("X announced that he will not be able to participate")
    r"^,?\s+(?:(?:announced|said|stated|confirmed)\s+(?:that\s+)?(?:he|she|they)\s+)?"
    r"(?:(?:has|have|had|also|then|once|again|will|to)\s+)*(?:refused|declined|did not|"
    r"didn['’]t|does not|doesn['’]t|will not|won['’]t|would not|is not|was not|boycott\w*|"
    r"skip|skips|skipp\w+|pulled out|withdr[ae]w\w*|opted out|stayed out|sat out|"
    r"miss|missed|misses|ignored|snubbed|boycotts)\b",
    re.I,
)
_ROLE_AFTER_ADJ = re.compile(
    # ("the Tajik and Kyrgyz governmental delegations": each adjective of the pair)
    r"^(?:(?:,|\s+and)\s+[A-Z][\w-]*)*\s+(?:[\w-]+\s+){0,2}(?:minister|president|leader|delegation|"
    r"counterpart|prime minister|defen[cs]e minister)",
    re.I,
)
# "reported on Monday", "agreed on Thursday to hold drills": when it was said or
# decided, not when the event is.
_OF_THE_END = re.compile(r"\bof\s+the\s+$")
_ARRIVALS = r"(?:arrive|arrived|arrives|reached|departed|depart|departs|returned|leave|leaves)"
# ("He arrived in the U.S. on January 26 and will depart on January 30": his journey)
_ARRIVED_BEFORE = re.compile(
    # ("who arrived in the Kyrgyz capital Tuesday": his journey's day)
    rf"\b{_ARRIVALS}\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w.-]*\s+(?:capital\s+)?|here\s+)?"
    r"(?:on\s+|by\s+)?$",
    re.I)
# ("On August 27, representatives from Kazakhstan arrived in Belarus")
# (not "gathered in Bishkek yesterday and reached consensus": what they agreed)
_ARRIVED_AFTER = re.compile(rf",?\s+(?:[\w'’-]+\s+){{0,4}}?{_ARRIVALS}\b"
                            r"(?!\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:consensus|agreements?|deals?|"
                            r"accords?|understandings?|decisions?)\b)", re.I)
# "will move its participating troops to Belarus as early as August 25", "start
# redeploying to Belarusian soil on August 25": the troops' journey to the drill
# ("will deploy to the Republic of Belarus until August 29")
_MOVED_BEFORE = re.compile(r"\b(?:mov(?:e|es|ed|ing)|relocat\w+|redeploy\w*|deploy(?:s|ed|ing)?|"
                           r"regroup\w*|transfer\w*)\b"
                           r"[^.;,]{0,50}?\s(?:as\s+early\s+as|on|by|until)\s+$", re.I)
_EVENT_NOUN = re.compile(r"\s*(?:session|summit|meeting|talks|drills?|exercises?)\b", re.I)
_ACCORDING_WHEN = re.compile(r"\baccording\s+to\s+[^,.;]{1,60}?\s+(?:here\s+)?(?:on\s+)?$", re.I)
_REPORTED_BY_WHEN = re.compile(r"\b(?:reported|announced|stated)\s+by\s+[^.;]{2,100}?"
                               r"(?:\s+on(?:\s+[A-Z][a-z]+day,)?)?\s+$")
# "held a press conference addressing the exercise, July 19", "at a briefing on Monday"
_BRIEFING_WHEN = re.compile(
    r"\b(?:(?:press|news)\s+conference|briefing)(?:\s+(?:on|about|addressing|regarding|"
    r"devoted\s+to|dedicated\s+to)\s+(?:the\s+)?[\w\s-]{0,40}?)?(?:,\s*|\s+(?:on|in)\s+)$",
    re.I)
_REPORT_DATE = re.compile(
    r"\b(?:(?:reported|said|told|stated|announced|wrote|reports|agreed|decided|approved|"
    # "Interfax quoted officials ... as saying on Tuesday"
    r"saying)"
    # "told RFE/RL on August 13", "told reporters on Monday"
    r"|told\s+(?:[A-Z][\w/.-]+|reporters|journalists|the\s+\w+))"
    r"\s+(?:(?:early|late)\s+)?(?:on\s+|in\s+)?$",
    re.I,
)


@dataclass
class Frame:
    """What the text says of one exercise or meeting, mention by mention."""

    kind: str  # exercise | meeting
    anchor: Span
    paragraph: int
    participants: dict[str, int] = field(default_factory=dict)  # code -> first offset
    attendees: dict[str, int] = field(default_factory=dict)
    places: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    border_hint: list[str] = field(default_factory=list)  # countries of an unresolved border
    sentence: int = -1  # start of the sentence that opened it
    compared: bool = False  # opened as another event than one told ("a similar drill")
    aside: str = ""  # the noun of a meeting told in passing ("ahead of a summit")
    absent: set[str] = field(default_factory=set)  # "Armenia did not send troops"
    within: str = ""  # "TJK/Gorno-Badakhshan": the province of a place the lexicon lacks


_OTHER_EVENT_BEFORE = re.compile(r",\s+(?:which\s+(?:followed|preceded|came\s+after)|following)"
                                 r"\s[^.;,]*$")
_BASED_AT = re.compile(r"\b(?:deployed|stationed|based)\s+(?:at|in)\s+(?:the\s+)?$")
_BASE_AFTER = re.compile(r"\s+(?:air\s*base|airbase|base|garrison)\b", re.I)


def _quoted(doc: Document, pos: int) -> bool:
    return doc.in_quote(pos) is not None


def _per_span(fn):
    """Remember ``fn(doc, start, end, ...)`` for the document: a frame's sentence is
    read for its actors, places and dates when it opens the frame and again when it
    is added to it. Callers must not modify what it returns."""

    @functools.wraps(fn)
    def remembered(doc: Document, start: int, end: int, *rest):
        key = (fn.__name__, start, end, *rest)
        if key not in doc.memo:
            doc.memo[key] = fn(doc, start, end, *rest)
        return doc.memo[key]

    return remembered


# "held under a memorandum signed by the ministers in Beijing in April": where and when
# the document was signed, not the event held under it ("The treaty was signed on April
# 18 in Dushanbe as part of the summit" is another matter: no participle)
_SIGNED_WORDS = ("signed", "adopted", "reached", "concluded", "approved", "inked")
_SIGNED = re.compile(
    r"\b(?:memorandum|agreement|accord|treaty|deal|protocol|decree|declaration|roadmap)\s+"
    rf"(?:\w+ly\s+)?(?:{'|'.join(_SIGNED_WORDS)})\b[^,.;]{{0,80}}$",
    re.I)


# Clauses of one sentence, each with its own tense: "on Monday, exercises were launched
# ..., and it is scheduled to conclude on March 27".
# ("started on Thursday the joint exercises Vostok 2022, which will last until September 7")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|which|who)\s+|;\s+")


def _clause_dates(doc: Document, start: int, end: int, future: bool) -> list[DateMention]:
    """find_dates over [start, end), a clause at a time when the span's tense is future:
    a past clause of it ("were launched on Monday") reads its weekday backwards."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(doc.text, start, end)] if future else []
    if not breaks:
        out = find_dates(doc.text, start, end, doc.pub, future)
    else:
        out = []
        for a, b in zip([start, *breaks], [*breaks, end], strict=True):
            out += find_dates(doc.text, a, b, doc.pub, bool(FUTURE.search(doc.text, a, b)))
    if future and any(d.relative and _PAST_WHICH.match(doc.text, d.char_end) for d in out):
        # "... his meeting with Xi on Saturday, which was widely expected to ...": the
        # clause after the date tells its tense, not the sentence's "will be watched"
        out = [(find_dates(doc.text, d.char_start, d.char_end, doc.pub, False) or [d])[0]
               if d.relative and _PAST_WHICH.match(doc.text, d.char_end) else d for d in out]
    return out


_PAST_WHICH = re.compile(r",\s+which\s+(?:was|were|had)\b")


# '"Units ... began joint tactical exercises at the Chebarkul training ground on July
# 15," a spokesman told ...': a quote that tells the event's course says where and when.
_NARRATED = re.compile(
    # ('"The working meeting between the delegations ... has ended in Tashkent."')
    r"\b(?:began|begins?|started|starts?|kicked\s+off|launched|opened|"
    r"(?:has|have|had)\s+(?:ended|concluded|closed)|(?:is|are|was|were|"
    r"will\s+be|being)\s+(?:held|conducted|staged)|took\s+place|takes?\s+place|taking\s+place|"
    # ("The Kant personnel are currently participating in the ... drills")
    r"(?:are|is|were|was)\s+(?:currently\s+)?(?:participating|taking\s+part)\s+in|"
    # ('"The military contingents of Armenia, Belarus, ... participated in it," the district
    # said')
    r"participated\s+in|took\s+part\s+in)\b",
    re.I)
_CAME_FROM = re.compile(r"(?<!\bkm\s)(?<!kilometres\s)(?<!kilometers\s)(?<!\bmiles\s)\bfrom\s+"
                        r"(?:the\s+(?:city|town|region|province|district)\s+of\s+)?$")


def _narrating_quote(doc: Document, pos: int, trigger: re.Pattern[str] | None) -> bool:
    """Whether the quote at ``pos`` tells the course of an event of ``trigger``'s kind in
    its own sentence (its place and day are facts told, not talk)."""
    if trigger is None:
        return False
    s = doc.sentence_at(pos)
    if _NARRATED.search(doc.text, s.start, s.end) is None:
        return False
    # (the quote's earlier sentence may name it: '"The final stage of the ... drills took
    # place ... The military contingents of Armenia, ... participated in it," ...')
    q = doc.in_quote(pos)
    start = min(s.start, q.open_mark) if q is not None else s.start
    return doc.has(trigger, start, s.end)


@_per_span
def _places(doc: Document, start: int, end: int,
            own: re.Pattern[str] | None = None) -> list[Mention]:
    """Places where something happens: "outside Dushanbe", "in Tajikistan's Khatlon
    province" — not "the fall of Kabul". A quote's only where it tells the course of an
    event of the ``own`` trigger."""
    out = []
    for m in doc.mentions_in(start, end, ("place",)):
        before = doc.text[max(start, m.start - 50) : m.start]
        if _SEAT.search(before) or _BASE_OF_UNIT.search(doc.text, max(start, m.start - 110),
                                                        m.start):
            continue  # "the defence ministry in Moscow said": where it sits, not the event
            # ("aviation of the 999th base of the Armed Forces ... in Kant": its home)
        if _EVENT_IN.search(before):
            continue  # "a recent terrorist attack in Moscow": where that happened
        if _UNIT_AFTER.match(doc.text, m.end):
            continue  # "troops from China's Xinjiang military district": a unit's name
        if _CAME_FROM.search(before):
            continue  # "helicopters from the city of Novosibirsk": where they came from
        if _BASED_AT.search(before) and _BASE_AFTER.match(doc.text, m.end):
            continue  # "interceptors deployed at the Kant airbase": their home, not the drill
        if _OTHER_EVENT_BEFORE.search(doc.text, max(start, m.start - 150), m.start):
            continue  # "..., which followed smaller Russian-Uzbek maneuvers along the
            # Uzbek-Afghan border": where the other drill was
        if "visit" in before and _VISIT_TO.search(before) and not (
                own is not None and own is _triggers(doc).meeting
                and _STATE_VISIT_TO.search(before)):
            continue  # "agreements reached during a state visit of the Uzbek president to
            # Moscow": where he went, not the drill (though "who was on a state visit to
            # Bishkek" places the leaders' meeting)
        if m.start < _dateline_end(doc, m.start):
            continue  # "OSH, May 21 (Kabar) -": where the wire filed from
        if ("conference" in before or "briefing" in before) and _BRIEFED_IN.search(before):
            continue  # "Wang said at a press conference on the summit in Beijing": where
            # the summit was announced, not held
        if (_says_any(doc, _SIGNED_WORDS, max(start, m.start - 120), m.start)
                and _SIGNED.search(doc.text, max(start, m.start - 120), m.start)):
            continue  # "under a memorandum signed by the ministers in Beijing": the signing
        # ('at the training center "Edelweiss"', 'at the "Termez" training ground': a name
        # in quotes, not a quote)
        ground = bool(_QUOTED_GROUND.search(before)) or bool(
            _QUOTED_BEFORE_GROUND.search(before) and _GROUND_AFTER_QUOTE.match(doc.text, m.end))
        if (not _quoted(doc, m.start) or _narrating_quote(doc, m.start, own)
                or ground) and (
                _PLACE_CONTEXT.search(before) or ground
                # ("a delegation led by X visited Tashkent to attend a meeting": where
                # they met)
                or own is not None and own is _triggers(doc).meeting
                and _VISITED.search(before) is not None
                or _HOSTS.match(doc.text, m.end, end)
                # (not "the war games that Moscow is hosting in Primorsky Krai": the
                # host's capital, the place named after it)
                and not _HOSTING_IN.match(doc.text, m.end, end)):
            out.append(m)
    return out
# ("arrived in the Kyrgyz capital": the capital's mention is its last word)
_VISITED = re.compile(r"\b(?:visited|visits|visiting|arrived\s+in)\s+(?:the\s+[A-Z][\w-]*\s+)?$")
_UNIT_AFTER = re.compile(r"\s+(?:military\s+district|garrison|brigade|division|regiment)\b",
                         re.I)
_EVENT_IN = re.compile(r"\b(?:attacks?|bombings?|explosions?|shootings?|incidents?|clashes|"
                       r"operations|conflicts?|hostilities|"
                       r"riots?|unrest|protests?|fighting|war)\s+in\s+(?:the\s+)?$", re.I)
_QUOTED_GROUND = re.compile(r"\b(?:at|in|near)\s+(?:the\s+)?training\s+(?:center|centre|ground|"
                            r"range)\s+[\"“]$")
_QUOTED_BEFORE_GROUND = re.compile(r"\b(?i:at|in|near)\s+(?:the\s+)?[\"“]$")
_GROUND_AFTER_QUOTE = re.compile(r"[\"”]\s+training\s+(?:center|centre|ground|range|field|"
                                 r"complex)\b")
# ("wrapped up an official working visit to Kabul ... after meeting with ...": where
# they met)
_STATE_VISIT_TO = re.compile(r"\b(?:state|official|working)\s+visit\s+to\s+(?:the\s+)?$")
_VISIT_TO = re.compile(r"\bvisits?\b[^.;]{0,50}?\bto\s+(?:the\s+)?$")
_HOSTING_IN = re.compile(r"\s+(?:will\s+host|hosts|hosted|is\s+hosting|is\s+to\s+host)\s+"
                         r"(?:[\w-]+\s+){0,3}?in\s+[A-Z]")


def _dateline_end(doc: Document, pos: int) -> int:
    """The end of the wire dateline opening the paragraph of ``pos`` (its start if none)."""
    para = doc.paragraphs[doc.sentence_at(pos).paragraph]
    m = DATELINE.match(doc.text, para.start, para.end)
    return m.end() if m else para.start


@_per_span
def _dates(
    doc: Document,
    start: int,
    end: int,
    own: re.Pattern[str] | None = None,
    other: re.Pattern[str] | None = None,
) -> list[DateMention]:
    """Dates of the event in [start, end). With ``own`` and ``other`` trigger patterns,
    a date nearer another kind of event ("a summit ... to hold drills in a month")
    is left to that event."""
    if not any_dates(doc.text, start, end):
        return []  # and the tense and triggers of the span need not be looked for
    # Few spans hold a date: asking each of them is cheaper than scanning the document.
    # ("China, Pakistan to join SCO defence ministers meet on Friday": a headline's
    # "to join" is what will be)
    future = bool(FUTURE.search(doc.text, start, end)) or (
        start < title_end(doc) and _HEADLINE_TO.search(doc.text, start, end) is not None)
    mine = [m.start() - start for m in doc.matches_in(own, start, end)] if own else []
    # "the exercise, hosted by Tajikistan, opened Aug. 10": a passive verb tells of the
    # event before it, not of a meeting
    theirs = [m.start() - start for m in doc.matches_in(other, start, end)
              if not _BY.match(doc.text, m.end())] if other else []
    out = []
    for d in _clause_dates(doc, start, end, future):
        if _quoted(doc, d.char_start) and not _narrating_quote(doc, d.char_start, own):
            continue
        if _SINCE_CLAUSE.match(doc.text[start : d.char_start]):
            continue  # "Since ... last month, Russia has conducted": a bound, not a date
        if (own is not None and _says_any(doc, ("after",), max(start, d.char_start - 60),
                                          d.char_start)
                and (after := _AFTER_AN_EVENT.search(doc.text, max(start, d.char_start - 60),
                                                     d.char_start))
                and not doc.has(own, after.start(), d.char_start)):
            continue  # "The summit will be the first after a membership expansion last
            # June": the expansion's date

        if own is not None and _says_any(doc, ("since",), max(start, d.char_start - 150),
                                         d.char_start) and (since := _SINCE_OPEN.search(
                doc.text, max(start, d.char_start - 150), d.char_start)) and not doc.has(
                    own, since.start(), d.char_start):
            # "the first since X returned to the White House ... in January 2025": the
            # bound of a clause of its own (not "since the drills began on Monday")
            continue
        if (d.start and d.end is None and doc.pub is not None
                and doc.pub.year - int(d.start[:4]) >= 2
                and _SINCE_BEFORE.search(doc.text, max(start, d.char_start - 12), d.char_start)):
            continue  # "a partnership program with Kazakhstan since 1993": a state, no event
        if (d.start and doc.pub is not None and doc.pub.year - int(d.start[:4]) >= 1
                and _says_any(doc, _FOUNDED_WORDS_BEFORE, max(start, d.char_start - 24),
                              d.char_start)
                and _FOUNDED_BEFORE.search(doc.text, max(start, d.char_start - 24), d.char_start)):
            continue  # "the fifth time China has hosted it since the SCO was founded in 2001"
        pos = d.char_start - start
        # (a date before both, "last year the 57th meeting of ... and a joint exercise X were
        # held", is of both)
        if (mine and theirs and min(abs(pos - t) for t in theirs) < min(abs(pos - t) for t in mine)
                and not pos < min(*mine, *theirs)):
            continue
        before = [t for t in mine if t < pos]
        if before and _SAID_THAT.search(doc.text, start + before[-1], d.char_start):
            # "At a CSTO meeting, Pashinyan stated that ... during the conflict in 2020":
            # the date is of what he said, not of the meeting
            continue
        if d.char_start < _dateline_end(doc, d.char_start):
            continue  # "Bishkek, 13 October 2023 (24.kg) -": the day the wire filed
        if (_says_any(doc, _SIGNED_WORDS, max(start, d.char_start - 120), d.char_start)
                and _SIGNED.search(doc.text, max(start, d.char_start - 120), d.char_start)):
            continue  # "a memorandum signed by the ministers in Beijing in April"
        if (_REPORT_DATE.search(doc.text[max(start, d.char_start - 25) : d.char_start])
                # "This was reported by the press service of the Ministry ... on Monday,
                # January 15."
                or _says_any(doc, ("reported", "announced", "stated"),
                             max(start, d.char_start - 120), d.char_start)
                and _REPORTED_BY_WHEN.search(doc.text, max(start, d.char_start - 120),
                                             d.char_start)
                # "..., according to SCO Secretariat here on Monday."
                or _says_any(doc, ("according",), max(start, d.char_start - 80), d.char_start)
                and _ACCORDING_WHEN.search(doc.text, max(start, d.char_start - 80), d.char_start)
                or _REPORTED_AFTER.match(doc.text, d.char_end, min(end, d.char_end + 20))
                or (_ON_AT_START.fullmatch(doc.text, _clause_start(doc, start, d.char_start),
                                           d.char_start)
                    and _SAID_NEXT.match(doc.text, d.char_end, end))
                # ("President of Russia back in May of this year announced joint
                # military exercises ... in autumn")
                or _SAID_RIGHT_AFTER.match(doc.text, d.char_end, end)
                # ("..., X told Avesta news agency on July 9.": when he told it)
                or _says_any(doc, ("told",), max(start, d.char_start - 60), d.char_start)
                and _TOLD_ON.search(doc.text, max(start, d.char_start - 60), d.char_start)
                # "said in an interview to the Ekho Moskvy radio station last week that"
                or (_THAT_NEXT.match(doc.text, d.char_end, end)
                    and _SPOKE_BEFORE.search(doc.text, max(start, d.char_start - 80),
                                             d.char_start))):
            # "Asia-Plus reported in May", "CENTCOM on July 5 said that": when it was
            # said, not when it happened
            continue
        if (_says_any(doc, ("conference", "briefing"), max(start, d.char_start - 80),
                      d.char_start)
                and _BRIEFING_WHEN.search(doc.text, max(start, d.char_start - 80),
                                          d.char_start)):
            continue  # "held a press conference addressing the exercise, July 19": its day
        if (_ARRIVED_BEFORE.search(doc.text, max(start, d.char_start - 30), d.char_start)
                or _ARRIVED_AFTER.match(doc.text, d.char_end, min(end, d.char_end + 50))
                or _MOVED_BEFORE.search(doc.text, max(start, d.char_start - 80), d.char_start)):
            continue  # "arrived yesterday", "on Friday afternoon arrived": the troops' journey
        if (d.text.casefold().endswith(" ago") and _AGREED_BEFORE.search(
                doc.text, max(start, d.char_start - 80), d.char_start)):
            continue  # "reached an agreement on holding the exercises a month ago"
        if (_OF_THE_END.search(doc.text, max(start, d.char_start - 8), d.char_start)
                and _EVENT_NOUN.match(doc.text, d.char_end, end)):
            continue  # "resolutions of the October 2016 session": an earlier event's date
        if PLANNED_BEFORE.search(doc.text, max(start, d.char_start - 50), d.char_start):
            continue  # "originally slated for September 2020": a date given up
        if (_says_any(doc, _VENUE_WORDS, max(start, d.char_start - 120), d.char_start)
                and _VENUE_WHERE.search(doc.text, max(start, d.char_start - 120), d.char_start)):
            continue  # "the Qingdao centre, the venue where the SCO summit was held in 2018"
        if ((where := _WHERE_CLAUSE.search(doc.text, max(start, d.char_start - 120),
                                          d.char_start))
                and own is not None and not doc.has(own, where.start(), d.char_start)):
            continue  # "... from Kunduz province, where heavy fighting broke out last month"
        if d.relative and d.text[:3].casefold() == "in " and _COULD.search(
                doc.text, _clause_start(doc, start, d.char_start), d.char_start):
            continue  # "forces could reach the border in three days": how fast, not when
        out.append(d)
    return out


_COULD = re.compile(r"\b(?:could|can|would|might)\b", re.I)
_WHERE_CLAUSE = re.compile(r",\s+where\s+[^,;.]*$")
_VENUE_WORDS = ("venue", "site", "place", "hall", "centre", "center", "building")
_FOUNDED_WORDS_BEFORE = ("founded", "established", "created", "formed", "set up", "founding",
                         "establishment", "inception", "creation")
_VENUE_WHERE = re.compile(r"\b(?:venue|site|place|hall|cent(?:re|er)|building)\s+"
                          r"(?:where|in\s+which)\s+[^,;.]*$", re.I)


def _clause_start(doc: Document, start: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last semicolon before it."""
    cut = doc.text.rfind("; ", start, pos)
    return cut + 2 if cut != -1 else start


_BY = re.compile(r"\s+by\b")
_HEADLINE_TO = re.compile(r"\bto\s+(?:join|attend|host|hold|visit|meet|chair|take\s+part|"
                          r"participate|discuss|sign|begin|start|launch)\b", re.I)
# "On Monday, Russia's defense ministry said that ...": the day it was said
_ON_AT_START = re.compile(r"\s*(?:(?i:On|In|Earlier\s+on|Late\s+on|Early\s+on)\s+)?")
# ("...; in March the group's head said that ...": no comma after the day)
_SAID_NEXT = re.compile(r",?\s+[^,.;]{2,100}?\s(?:said|says|told|announced|reported|stated|"
                        # ("On Nov. 15, X assured that ...")
                        r"assured|noted|stressed|warned|claimed|confirmed|declared|insisted|"
                        r"emphasi[sz]ed)\b")
_BRIEFED_IN = re.compile(r"\b(?:press|news)\s+(?:conference|briefing)\b[^.;,]{0,40}\s(?:in|at)\s+"
                         r"(?:the\s+)?$|\bbriefing\b[^.;,]{0,40}\s(?:in|at)\s+(?:the\s+)?$",
                         re.I)
_AFTER_AN_EVENT = re.compile(r"\bafter\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
_TOLD_ON = re.compile(r"\btold\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}on\s+$")
_BASE_OF_UNIT = re.compile(r"\bof\s+the\s+[^.;,]{0,30}\bbase\b[^.;,]{0,60}\s+in\s+$", re.I)
_SAID_RIGHT_AFTER = re.compile(r"(?:\s+of\s+(?:this|last|that)\s+year)?\s+(?:announced|said|"
                               r"stated|declared|proposed|revealed)\b")
_SAID_THAT = re.compile(r"\b(?:said|says|stated|states|noted|added|stressed|warned|argued|"
                        r"claimed|recalled|told\s+(?:\w+\s+){1,3}?)\s*that\s")
# "originally planned to be held in Armenia", "were originally slated for September
# 2020, but were postponed": a plan given up, not where or when the drill is
PLANNED_BEFORE = re.compile(r"\b(?:originally|initially|previously|first)\s+(?:been\s+)?"
                            r"(?:planned|scheduled|slated|set|expected|due)\b[^,;.]*$", re.I)
_AGREED_BEFORE = re.compile(r"\b(?:agreed|agreement|decided|decision|approved)\b[^.;]*$",
                            re.I)
_THAT_NEXT = re.compile(r"\s+that\s")
# (not "told a CSTO summit on Wednesday that": the day of the summit he spoke at)
_SPOKE_BEFORE = re.compile(r"\b(?:said|told|stated|announced|reported|wrote|warned|noted)\b"
                           r"(?![^.;,\"“”]*\b(?:summit|meeting|session|talks|conference|forum)\b)"
                           r"[^.;,\"“”]*$")
_REPORTED_AFTER = re.compile(
    r"\s+(?:said|told|announced|reported|stated|wrote|informed|declared)\b")


class _Triggers:
    """The word lists that open and continue frames (one per lexicon: see _triggers)."""

    def __init__(self, lex: Lexicon) -> None:
        self.exercise = lex.word_pattern("exercise_nouns")
        self.meeting = lex.word_pattern("meeting_nouns", "meeting_verbs")
        self.meeting_verbs = lex.word_pattern("meeting_verbs")
        self.speech = lex.word_pattern("speech_verbs")
        self.force = lex.word_pattern("unit_nouns")


def _triggers(doc: Document) -> _Triggers:
    return doc.lexicon.derived("triggers", _Triggers)


def _find(pattern: re.Pattern[str], doc: Document, s: Span) -> list[re.Match]:
    return [m for m in doc.matches_in(pattern, s.start, s.end) if not _quoted(doc, m.start())]


def _overlapping(a: DateMention, b: DateMention) -> bool:
    """Whether two dates can be of one event: their spans meet, compared at the
    coarser precision; a missing bound is open for a year ("until 13 October" meets
    "Monday", not "in October 2016" three years before)."""

    def before(x: str | None, y: str | None) -> bool:
        if x is None or y is None:
            return False
        n = min(len(x), len(y))
        return x[:n] < y[:n]

    def lo(d: DateMention) -> str | None:
        return d.start or (d.end and _years_later(d.end, -1))

    def hi(d: DateMention) -> str | None:
        return d.end or (d.start and _years_later(d.start, 1))

    return not before(hi(a), lo(b)) and not before(hi(b), lo(a))


def _years_later(iso: str, n: int) -> str:
    return f"{int(iso[:4]) + n:04d}{iso[4:]}"


def _compatible(
    doc: Document,
    frame: Frame,
    participants: dict[str, int],
    dates: list[DateMention],
    places: list[Mention],
) -> bool:
    if participants and frame.participants:
        a, b = doc.lexicon.expand(participants), doc.lexicon.expand(frame.participants)
        if not (a <= b or b <= a):
            return False
    if dates and frame.dates:
        d1 = next((d for d in dates if d.start or d.end), None)
        d2 = next((d for d in frame.dates if d.start or d.end), None)
        if d1 and d2 and not _overlapping(d1, d2) and not _goes_on_from(doc, d2, d1):
            return False
        if (d1 and d2 and _closed_days(d1) and _closed_days(d2)
                and (d1.start, d1.end) != (d2.start, d2.end) and participants
                and frame.participants and set(participants) != set(frame.participants)):
            return False  # "maneuvers with Uzbekistan from July 30 to August 10", then
            # "drills with Tajikistan and Uzbekistan on August 5-10": two drills
    known = [p for p in places if p.known]
    if known and any(p.known for p in frame.places):
        provinces = {doc.lexicon.place(p.id).get("province") for p in frame.places if p.known}
        if not any(doc.lexicon.place(p.id).get("province") in provinces for p in known):
            return False
    return True


def _closed_days(d: DateMention) -> bool:
    """Whether ``d`` is a span of days with both ends told: "August 5-10"."""
    return bool(d.start and d.end and d.start != d.end and len(d.start) == len(d.end) == 10)


_STARTED = re.compile(r"\b(?:started|began|begun|launched|kicked\s+off|commenced|opened)\b",
                      re.I)
_STARTS = re.compile(r"\b(?:starts?|begins?|launch(?:es)?|kicks?\s+off|commences?|opens?|"
                     r"will\s+(?:start|begin|open))\b", re.I)


def _goes_on_from(doc: Document, first: DateMention, later: DateMention) -> bool:
    """Whether ``later`` falls in the month after the day a drill "started on" (``first``):
    "started on March 22 ... will continue through March 27" is one drill."""
    if not (first.start and first.start == first.end and len(first.start) == len("YYYY-MM-DD")
            and later.start and len(later.start) == len("YYYY-MM-DD")):
        return False
    sentence = doc.sentence_at(first.char_start)
    if not _STARTED.search(doc.text, sentence.start, sentence.end):
        return False
    then = doc.sentence_at(later.char_start)
    if _STARTS.search(doc.text, then.start, then.end):
        return False  # "... drills in Tajikistan that begin on August 5": another start
    gap = (dt.date.fromisoformat(later.start) - dt.date.fromisoformat(first.start)).days
    return 0 < gap <= 31


def _named_otherwise(doc: Document, frame: Frame, names: list[tuple[int, str]]) -> bool:
    """Whether ``names`` (of a sentence) name a drill other than the one ``frame`` tells
    of: "The Tsentr-2015 exercises involved ..." after Tsentr-2019, or after an unnamed
    drill of 2019."""
    if not names:
        return False
    if not frame.names:
        years = {int(y.group()) for _, n in names if (y := _YEAR_AT_END.search(n))}
        told = {int(d[:4]) for d in (x.start or x.end for x in frame.dates) if d} or (
            {doc.pub.year} if doc.pub else set())
        return bool(years and told) and not any(abs(y - t) <= 1 for y in years for t in told)
    return not any(_same_name(n, own, doc.lexicon) for _, n in names for own in frame.names)


def _same_name(a: str, b: str, lex: Lexicon | None = None) -> bool:
    """Whether two names an article gives are one drill's: "Tsentr 2019" and
    "Tsentr-2019"; "Peace Mission 2021" and "Peace Mission" (no year); not "Tsentr-2015"
    and "Tsentr-2019"; with the lexicon, "Inviolable Brotherhood 2019" and "Unbreakable
    Brotherhood - 2019" (translations of one name)."""
    ka, kb = _name_key(a, lex), _name_key(b, lex)
    if ka.endswith(kb) or kb.endswith(ka):
        return True  # ("Collective Security Treaty Organization Indestructible Brotherhood 2019")
    ya, yb = _YEAR_AT_END.search(ka), _YEAR_AT_END.search(kb)
    if ya and yb:
        return False
    return _YEAR_AT_END.sub("", ka) == _YEAR_AT_END.sub("", kb)


_YEAR_AT_END = re.compile(r"(?:19|20)\d\d$")


def _name_key(name: str, lex: Lexicon | None = None) -> str:
    """A name as compared within an article: "Tsentr 2019" is "Tsentr-2019" (and, with
    the lexicon, "Center-2019": a translation is the name it translates)."""
    if lex is not None:
        for other, own in lex.derived("exercise name translations", _translations):
            name = other.sub(own, name, count=1)
    return re.sub(r"[\s\-–—]+", "", name).casefold()


def _translations(lex: Lexicon) -> list[tuple[re.Pattern[str], str]]:
    """The lexicon's translated exercise names as whole words (longest first), each with
    the name it translates ("Inviolable Brotherhood" is "Nerushimoe Bratstvo")."""
    pairs = sorted(((other, name) for name, others in lex.raw.get("exercise_names", {}).items()
                    for other in others), key=lambda p: -len(p[0]))
    return [(re.compile(rf"\b{re.escape(other)}\b", re.I), name) for other, name in pairs]
# "since 2004", "since its inception in 2016"
_SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:its|their|the)\s+(?:inception|creation|launch|"
                         r"founding|establishment)\s+in\s+)?((?:19|20)\d\d)\b", re.I)
# A series rather than one edition: "the annual RC exercise since 2004", "the exercise
# series has been conducted annually since 2001".
_SERIES = re.compile(r"\b(?:annual(?:ly)?|yearly|every\s+year|each\s+year|series)\b", re.I)
# Drills a body holds as a rule: "The CSTO holds yearly military command exercises".
_FOUNDED_WORDS = ("instituted", "established", "inaugurated", "founded", "initiated")
_FOUNDED = re.compile(r"\b(?:instituted|established|inaugurated|founded|initiated)\b"
                      r"[^.;]{0,60}?\bin\s+(?:19|20)\d\d\b", re.I)
_FREQUENCY = re.compile(
    r"\b(?:(?:once|twice|two\s+times|three\s+times)\s+(?:a|an|per|every)\s+(?:\w+\s+)?"
    r"(?:years?|months?)|every\s+(?:two|three|four|five|six|\d+|other)\s+years)\b", re.I)
_HOLDS_AS_A_RULE = re.compile(
    r"\b(?:holds|conducts|stages|organi[sz]es)\s+(?:yearly|regular|periodic)\b", re.I)
# "Their defense ministries regularly engage in ... military exercises"
_REGULARLY = re.compile(r"\b(?:regularly|routinely|periodically)\s+(?:engage|hold|conduct|stage|"
                        r"take\s+part|participate|carry\s+out)\b", re.I)
_EVERY_YEAR_FIRST = re.compile(r"\s*(?:Annually|Every\s+year|Each\s+year|Yearly),")


def _habitual(doc: Document, start: int, end: int, plural: bool = True) -> bool:
    """Whether [start, end) tells of drills held again and again: since a year at least
    two years before the article ("Chinese forces have participated in anti-terrorism
    drills under the SCO since 2002"; of one drill's name only when a series is meant),
    or held as a rule ("holds yearly exercises")."""
    if plural and (_HOLDS_AS_A_RULE.search(doc.text, start, end)
                   or _FREQUENCY.search(doc.text, start, end)
                   # "Annually, exercises involve more than 1,500 people"
                   or _says_any(doc, ("annually", "every year", "each year", "yearly"), start,
                                min(end, start + 20))
                   and _EVERY_YEAR_FIRST.match(doc.text, start, end)):
        return True  # ("agreed to conduct joint exercises at least once every two years")
    if _REGULARLY.search(doc.text, start, end):
        return True  # "regularly engage in bilateral meetings, joint training, and ..."
    if (_says_any(doc, _FOUNDED_WORDS, start, end) and _SERIES.search(doc.text, start, end)
            and _FOUNDED.search(doc.text, start, end)):
        return True  # "instituted a joint annual training exercise in 2016 as ..."
    if not _says_any(doc, ("since",), start, end):
        return False
    since = _SINCE_YEAR.search(doc.text, start, end)
    return bool(since and doc.pub and doc.pub.year - int(since.group(1)) >= 2
                and (plural or _SERIES.search(doc.text, start, end)))


def _says_something(frame: Frame) -> bool:
    """Whether a frame names any actor, place, time, size or name of its event.
    Without one it is talk of drills or meetings in general ("the SCO should hold
    more joint exercises", "where the borders of three countries meet")."""
    return bool(
        frame.participants or frame.attendees or frame.bodies or frame.levels
        or frame.places or frame.dates or frame.counts or frame.names or frame.border_hint
    )


def title_end(doc: Document) -> int:
    """The end of a first paragraph that is a title or caption, not a sentence of the story
    (no closing stop: "The SCO members' soldiers conduct a drill ... on Sept 15, 2010"),
    else 0."""
    if len(doc.paragraphs) < 2:
        return 0
    first = doc.paragraphs[0]
    return 0 if re.search(r"[.!?\"”’]\s*$", doc.text[first.start : first.end]) else first.end


def _captions(g: Frame, f: Frame, title: int) -> bool:
    """Whether ``g``, an unnamed drill of the first line (a caption: "The SCO members'
    soldiers conduct a drill ... on Sept 15"), shows the drill ``f`` the story names."""
    return (g.kind == f.kind == "exercise" and g.sentence < title and not g.names
            and bool(f.names))


def _merge_within(doc: Document, frames: list[Frame]) -> list[Frame]:
    """Two frames of one article that agree on everything they both say are one
    exercise told twice (a standfirst and the body)."""
    out: list[Frame] = []
    title = title_end(doc)
    for f in frames:
        twin = next(
            (
                g
                for g in out
                if g.sentence != f.sentence
                # (two told as others, "Another joint drill ..." as headline and lead, may
                # be one; so may an edition told in passing and the same edition named
                # with its year: "The first edition of the exercise was conducted in
                # November 2019", "The inaugural ... 'DUSTLIK-2019' started on November 4")
                # (nor is "the upcoming summit ..., scheduled for November 23 in Minsk"
                # another than the headline's "summit in Minsk on November 23")
                and (f.compared == g.compared or _one_edition(g, f, doc.lexicon)
                     or _same_day_and_place(g, f))
                # (two bilateral meetings of one side with two others: two)
                and not (f.bodies == g.bodies == ["bilateral"] and _apart_attendees(f, g))

                # ("Tsentr-2015" told after Tsentr-2019 is another drill)
                and not _named_otherwise(doc, g, [(0, n) for n in f.names])
                # a caption standing first ("soldiers conduct a drill ... on Sept 15")
                # dates a moment of the drill the story names and tells from its first day
                # (one name, told twice, is one drill whoever each part lists:
                # "Cobalt-2021 Begins in Tajikistan" over its body)
                # ("Steppe Eagle-2017" in the headline, "Steppe Eagle" in the body)
                and _compatible(doc, g, {} if set(g.names) & set(f.names)
                                or _one_edition(g, f, doc.lexicon) else f.participants,
                                [] if _captions(g, f, title) else f.dates, f.places)
                and (_overlap(doc, g, f) or _one_edition(g, f, doc.lexicon)
                     or _captions(g, f, title) and bool(
                    doc.lexicon.expand(g.participants) & doc.lexicon.expand(f.participants))
                     # "The armies of India and Kazakhstan began a joint exercise ... The
                     # sixth edition of 'Kazind-22', a joint training exercise, started at
                     # Umroi": a drill that names no side goes on with the one just told
                     # if it names no place, or names the unnamed one
                     or f.kind == "exercise" and g is out[-1] and not f.participants
                     and (not f.places or bool(f.names) and not g.names)
                     # ('"This year, large-scale exercises involving five states will take
                     # place ...," said X', then 'The most significant among them are the
                     # "Birlestik" exercises, which involve ...': the one told, named)
                     or f.kind == g.kind == "exercise" and g is out[-1] and not g.names
                     and not g.participants and bool(f.names) and not f.places
                     and f.anchor.paragraph - g.anchor.paragraph <= 1
                     # "Tajikistan hosts Russian military exercises" over "... announced
                     # the opening of planned military exercises at the Lohour ... training
                     # grounds": a headline that places and dates nothing heads the lead
                     or f.kind == g.kind == "exercise" and out == [g] and g.sentence < title
                     and not (g.places or g.dates) and not f.participants and bool(f.places)
                     # "The drills are being conducted at the Kharb-Maidon and Momirak
                     # training grounds" opening the story, then "Members of the CSTO have
                     # completed another joint exercise": where, then who and when
                     or f.kind == g.kind == "exercise" and out == [g] and not g.dates
                     and not g.participants and bool(g.places)
                     and f.anchor.paragraph - g.anchor.paragraph <= 2
                     # "Summit in China shoulders mission ..., Xi says." standing first,
                     # then "The SCO ... Xi Jinping has told ... leaders he hosted for a
                     # summit in Tianjin": the standfirst's is the body's
                     # (a headline may date it: "Presidents ... to meet in Dushanbe in
                     # mid-September" over "... will meet for the fifth consultative meeting")
                     or f.kind == g.kind == "meeting" and out == [g]
                     and not (g.bodies or g.attendees) and (not g.dates or g.sentence < title)
                     and bool(f.bodies)
                     and (not g.levels or not f.levels or bool(set(g.levels) & set(f.levels)))
                     # "The heads of states will also discuss ... and hold talks on joint
                     # acts" after the summit's lead: talks at the summit told before
                     # (not "... met with X during the summit." after a bilateral)
                     or f.kind == g.kind == "meeting" and g is out[-1] and bool(g.bodies)
                     and g.bodies != ["bilateral"]
                     and not (f.bodies or f.places or f.attendees)
                     # ("the summit is being held amid ...": the day the article tells)
                     and (not f.dates or any(_overlapping(a, b) for a in f.dates
                                             for b in g.dates))
                     and (not f.levels or not g.levels or bool(set(f.levels) & set(g.levels)))
                     # "Uzbekistan's foreign minister meets Afghan counterpart in Kabul"
                     # over "Kamilov ... met the Taliban's acting Foreign Minister X"
                     or f.kind == g.kind == "meeting" and out == [g] and g.sentence < title
                     and not (g.bodies or g.dates) and f.bodies == ["bilateral"]
                     # "A delegation ... wrapped up an official working visit to Kabul on
                     # Friday after meeting with high-ranking Afghan officials." then "The
                     # delegation, led by X, met with Y": when and where, then who
                     # (the officials' country named there: no one yet)
                     or f.kind == g.kind == "meeting" and g is out[-1]
                     and not (g.bodies or set(g.attendees) - doc_codes(g))
                     and bool(g.dates or g.places)
                     and not (f.dates or f.places)
                     and f.anchor.paragraph - g.anchor.paragraph <= 1)
            ),
            None,
        )
        if twin is None:
            out.append(f)
            continue
        for code, pos in f.participants.items():
            twin.participants.setdefault(code, pos)
        for key in ("attendees",):
            for code, pos in getattr(f, key).items():
                getattr(twin, key).setdefault(code, pos)
        twin.places += f.places
        twin.dates += f.dates
        twin.counts += f.counts
        twin.spans = sorted(twin.spans + f.spans)  # (the evidence is the first told)
        twin.bodies += [b for b in f.bodies if b not in twin.bodies]
        twin.levels += [lv for lv in f.levels if lv not in twin.levels]
        twin.names += f.names
        if twin.compared != f.compared:
            # (an edition told in passing, then named with its year: the year's name)
            twin.names.sort(key=lambda n: not _YEAR_AT_END.search(_name_key(n)))
        twin.border_hint += f.border_hint
        twin.absent |= f.absent
        twin.compared = twin.compared and f.compared
    return out


def _same_day_and_place(a: Frame, b: Frame) -> bool:
    """Whether two meeting frames are dated to one day and placed in one place."""
    return (a.kind == b.kind == "meeting"
            and bool({d.start for d in a.dates if d.precision == "day"}
                     & {d.start for d in b.dates if d.precision == "day"})
            and bool({p.id for p in a.places} & {p.id for p in b.places}))


def _one_edition(a: Frame, b: Frame, lex: Lexicon | None = None) -> bool:
    """Whether two exercise frames name one edition, one of them with its year."""
    return a.kind == b.kind == "exercise" and any(
        _same_name(x, y, lex) and bool(_YEAR_AT_END.search(_name_key(x)) or
                                  _YEAR_AT_END.search(_name_key(y)))
        for x in a.names for y in b.names)


def _overlap(doc: Document, a: Frame, b: Frame) -> bool:
    """Frames share a participant (or a body and its member), a name, a place or a date."""
    if a.kind == "meeting":
        return bool(set(a.bodies) & set(b.bodies)) and (
            not a.levels or not b.levels or bool(set(a.levels) & set(b.levels))
        )
    if set(a.participants) & set(b.participants) or set(a.names) & set(b.names):
        return True  # one article's "Peace Mission-2021" is one exercise
    if {p.id for p in a.places} & {p.id for p in b.places}:
        return True
    da = {d.start or d.end for d in a.dates} - {None}
    return bool(da & ({d.start or d.end for d in b.dates} - {None}))


def _drill_clause_end(doc: Document, trig: _Triggers, start: int, end: int
                      ) -> re.Match | None:
    """The " and " that ends a clause telling of a drill, in [start, end) that goes on to
    tell of a meeting ("the drills will be held in X and the decision ... was announced
    during the meeting ..."), or None."""
    meeting = next(iter(doc.matches_in(trig.meeting, start, end)), None)
    if meeting is None:
        return None
    for joint in doc.matches_in(_AND_THE, start, meeting.start()):
        if doc.has(trig.exercise, start, joint.start()) and not doc.has(
                trig.meeting, start, joint.start()):
            return joint
    return None


_AND_THE = re.compile(r",?\s+and\s+(?=(?:the|a|an)\s)")


def _says_any(doc: Document, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether [start, end) holds any of ``words`` (lower case), whatever its case: a cheap
    test before a pattern that needs one of them. True when it cannot tell."""
    key = ("says", words)
    if key not in doc.memo:  # where the document holds them, found once
        low = lowered(doc.text)
        doc.memo[key] = None if low is None else word_positions(low, words)
    at = doc.memo[key]
    if at is None:
        return True
    i = bisect.bisect_left(at, start)
    return i < len(at) and at[i] < end
def _visit_in_passing(doc: Document, hit: re.Match) -> bool:
    """"agreements reached during a state visit of the Uzbek president to Moscow": the
    visit is when something else was agreed, told in passing, no meeting told."""
    return hit.group().casefold() == "state visit" and _DURING_BEFORE.search(
        doc.text, max(0, hit.start() - 12), hit.start()) is not None


_DURING_BEFORE = re.compile(r"\b(?:during|after|since)\s+(?:a|an|the|his|her|its)\s+$", re.I)


def _apart_attendees(f: Frame, g: Frame) -> bool:
    here = set(f.attendees) - doc_codes(f)
    there = set(g.attendees) - doc_codes(g)
    return bool(here - there) and bool(there - here)


def doc_codes(frame: Frame) -> set[str]:
    """The attendees of ``frame`` that are delegations (codes), not people."""
    return {a for a in frame.attendees if a.isupper() and len(a) <= 5}
