"""Exercise frames: drills opened by their triggers ("joint military exercises",
"Rubezh-2024"), grown by the paragraphs that tell troops in action, and kept apart
from the habitual, the compared and the merely mentioned."""

from __future__ import annotations

import re

from briefgen.extract.dates import CALENDAR_NAMES, any_dates, find_dates
from briefgen.extract.document import Document
from briefgen.extract.entities import NOT_NAMES, Mention
from briefgen.extract.frames import (
    _BY,
    _DEFINITE,
    _PLACE_WORDS,
    _ROLE_AFTER_ADJ,
    _STAYS_OUT,
    _YEAR_AT_END,
    FUTURE,
    Frame,
    _compatible,
    _dates,
    _drill_clause_end,
    _find,
    _habitual,
    _merge_within,
    _name_key,
    _named_otherwise,
    _narrating_quote,
    _per_span,
    _places,
    _quoted,
    _says_any,
    _says_something,
    _tells,
    _Triggers,
    _triggers,
    _visit_in_passing,
)
from briefgen.extract.quantities import ORDINAL, find_counts, ordinal_value
from briefgen.extract.scan import anchored
from briefgen.extract.text import Span

_LOCATIVE = re.compile(
    r"(?:\b(?:in|into|to|on|near|along|across|outside|inside|at|toward|towards|"
    rf"within|throughout|around)\s+{_PLACE_WORDS}|"
    r"\b(?:territory|soil|province|region|capital|borders?|part|north|south|east|"
    r"west)\s+(?:of|with)\s+(?:the\s+)?"
    # "Tajikistan's Khatlon Region bordering Afghanistan"
    r"|\b(?:bordering|borders)\s+(?:on\s+)?)$",
    re.I,
)
# Drills in general or many at once, no one event: "more joint exercises", "one of the
# serial joint exercises", "held multiple joint exercises in 2006, 2015 and 2016".
_GENERIC = re.compile(r"\b(?:more(?!\s+than)|regular|frequent|future|serial|multiple|possible|"
                      r"potential|prospective|"
                      # "the most comprehensive contingent China ever sent to Russian
                      # exercises" (not "the first ever joint exercise")
                      r"numerous|(?<!first\s)(?<!largest\s)(?<!biggest\s)(?<!-)ever)"
                      # (the word must be the drill's: not "a response to possible terrorist
                      # attacks during the drills")
                      r"\s+(?:(?!(?:during|in|at|of|for|after|before|to|with|on|against)\b)"
                      r"[\w\"“”-]+\s+){0,4}$", re.I)
# "eight international exercises", "over 20 snap drills": a count of drills, no one event
_COUNTED = re.compile(
    # (not the year of a name: "Rubezh-2030 drills")
    # (nor a year: "the 2015 drills")
    r"(?<![\w,.’'-])(?:over\s+|some\s+)?(?:[2-9]|(?!(?:19|20)\d\d\s)\d\d+|two|three|four|five|six|seven|eight|nine|"
    # ("have conducted several joint counter-terrorism military exercises to date")
    r"ten|twenty|dozens\s+of|several|many|a\s+number\s+of)\s+(?:(?:joint|special|international|"
    r"military|snap|surprise|tactical|large-scale|major|large|big|and|anti-terror(?:ism)?|"
    r"counter-?terror(?:ism)?|unscheduled|operational|further|more|other|separate)\s+){0,3}$",
    re.I,
)
# "the Armenian side refused to conduct CSTO exercises in 2023": none is held
# "refused to hold drills"; "proposed to hold a similar joint exercise": none held, none set
_REFUSED = re.compile(r"\b(?:refused|declined|(?:will|would|did)\s+not|won['’]t|didn['’]t|"
                      r"proposed|suggested|offered|called\s+for|urged)\s+(?:to\s+)?"
                      r"(?:conduct|hold|host|stage|"
                      r"conducting|holding|hosting|staging)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "He said that holding joint military drills ... is a priority": drills in general
# ("holding joint exercises is ...", "that conducting drills ..."; "an excellent base for
# conducting exercises": a purpose)
_GERUND_SUBJECT = re.compile(r"(?:^|\bthat\s+|\bfor\s+)(?:holding|conducting|staging)\s+"
                             r"(?:[\w-]+\s+){0,3}$", re.I)
# "Previous Tsentr exercises were held in 2008, 2011 and 2015": past editions, many (not
# "after concluding the previous drills": the one before)
_PREVIOUS = re.compile(r"(?<!the\s)(?<!its\s)(?<!their\s)\b(?:previous|past|earlier|prior)\s+"
                       r"(?:[\w-]+\s+){0,3}$", re.I)
# "have completed another joint counterterrorism training exercise": one more of them,
# the one told
_ONE_MORE = re.compile(r"\b(?:completed|held|staged|conducted|launched|began|started|hold|"
                       r"holds|holding|stage|stages|staging|conduct|conducts)\s+another\s", re.I)
# "The first edition of Exercise Dustlik was conducted in 2019" in a report of its fourth
# edition: another edition, told for its history
_EDITION = re.compile(rf"\b(?P<ord>{ORDINAL}|inaugural|maiden|first-ever)\s+edition\b", re.I)
_EDITION_OF = re.compile(rf"\b(?P<ord>{ORDINAL}|inaugural|maiden)\s+edition\s+of\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_EARLIER = re.compile(r"\s*(?:Earlier|Previously|Before\s+that)\s*,")
_REPORTED_BEFORE = re.compile(r"\b(?:reported|said|says|announced|stated|noted|told|informed)\b")
_SUCH = re.compile(r"\b(?:similar|such)\s+(?:[\w-]+\s+){0,2}$", re.I)
# One event compared with another: "a similar drill", "the last such exercise".
_OTHER = re.compile(
    # ("those separate drills" are the separate ones told before)
    r"\b(?:similar|previous|another|earlier|prior|next|upcoming|(?<!those\s)(?<!these\s)separate"
    r"|last\s+such"
    # "The two countries first carried out such an exercise in December 2011": one like it
    r"|such(?=\s+an?\s)"
    # "..., as were exercises China held with Kyrgyzstan in 2002": others, compared
    r"|(?:^|(?<=,\s))as\s+(?:were|was)"
    # "They became a follow-up of the Qalqon-2021 joint drill": the one it follows
    r"|follow-?up\s+(?:of|to)\s+the"
    # "The last military exercises at this base were held in June": not these ones
    r"|(?<=the\s)last(?!\s+(?:week|month|year|days?|phase|stage|part)\b))"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_BACK_TO_OTHER = re.compile(r"\b(?:those|these)\s+(?:separate|similar|other)\s+(?:[\w-]+\s+){0,2}$",
                            re.I)
_BOTH = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|sides|nations|armies|states)\b", re.I)
_ORIGIN = re.compile(
    r"\b(?:units|troops|forces|servicemen|soldiers|personnel|hailed|contingents?|"
    r"delegations?|officers|teams?|aircraft|jets|peacekeepers|paratroopers|marines|"
    r"commandos)\s+(?:\w+\s+)?from\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "a spillover of instability from neighbouring Afghanistan": where trouble comes from.
_SOURCE = re.compile(
    r"\b(?:threats?|spillover|instability|unrest|militants?|infiltration|incursions?|concerns?|"
    r"attacks?|danger|refugees|drugs|narcotics|terrorists?|extremists?|insurgents?|"
    # ("columns of vehicles transport militants across the border from Afghanistan")
    rf"violence|risks?)\s+(?:\w+\s+){{0,4}}from\s+{_PLACE_WORDS}$",
    re.I,
)
# "observed by military attaches from China, Russia and Turkey": watching, not drilling.
_WATCHERS = re.compile(
    r"\b(?:observers?|observed|attach[eé]s|monitors|guests|invitees|watched|witnessed)\b"
    # "Observers from Azerbaijan, Indonesia, Serbia and Syria": each of the list
    # (not "watched the active phase of the Uzbek-Kazakh drill": whose drill it is)
    r"(?:\s+(?!(?:phase|stage|part|course|conduct)\b)[\w-]+){0,4}\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:,\s*|\s+and\s+))*$"
    # ("Observers from 23 countries, including three NATO members, are attending")
    r"|\b(?:observers|attach[eé]s|monitors)\s+from\s+[^.;]{0,40}?,?\s+including\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_WATCHER_AFTER = re.compile(r"\s+(?:military\s+|defen[cs]e\s+)?(?:attach[eé]s?|observers?|"
                            r"monitors?)\b", re.I)
_WITHOUT_WORDS = ("without", "but", "except", "apart", "other than", "Without", "Except",
                  "Apart", "Other than")
_WITHOUT = re.compile(r"\b(?:without\s+(?:the\s+)?(?:[\w-]+\s+){0,2}|"
                      r"(?:(?<=states\s)|(?<=members\s)|(?<=countries\s)|(?<=nations\s))but\s+|"
                      r"except(?:\s+for)?\s+|apart\s+from\s+|other\s+than\s+)$", re.I)
# (", the " too: "observers from the United States, the United Kingdom, the Republic of
# Turkey, Tajikistan and Kyrgyzstan")
_LIST_GLUE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)"
                        r"(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?$")
_PLACE_AFTER_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}(?:province|region|border|soil|"
    r"capital|territory|district|city|frontier|airbase|air\s+base|airfield|aerodrome)"
    r"(?![\w-])",  # not a name: "the CSTO's Frontier-2031 drills"
    re.I,
)
# "the SCO's Peace Mission 2025 joint counter-terrorism exercise": the body holds it.
_OWN_DRILL = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,5}(?:drills?|exercises?|maneuvers|manoeuvres|war\s+games)\b",
    re.I,
)
# "host Russian military bases": a presence, not a side in a drill.
_DISTANCE_FROM = re.compile(r"\b(?:km|kilometers|kilometres|miles)\s+(?:away\s+)?(?:from|off)\s+"
                            r"(?:the\s+)?$", re.I)
_WITHDRAWAL = re.compile(r"^\s+(?:troops?\s+|military\s+|forces?\s+)?(?:withdrawal|pull-?out|"
                         r"drawdown|exit|departure)\b", re.I)
_STATIONED = re.compile(
    r"^[\s-]+(?:military\s+|army\s+|air\s+)?(?:bases?|installations?|outposts?)\b", re.I
)
# "the CSTO, which held its exercise": a body's relative clause says it acted.
_HOLDS = re.compile(
    r",?\s+(?:which|that)\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+)*"
    r"(?:held|holds?|conducted|conducts?|staged|stages?|organi[sz]ed|organi[sz]es)\b",
    re.I,
)
# "the drills that the CSTO is holding in Kyrgyzstan": the body of a relative clause
_HOLDING_IT = re.compile(
    r"\s*(?:\([A-Z]{2,6}\)\s*)?(?:(?:is|are|was|were|has|have|had|will)\s+(?:been\s+|be\s+)?)?"
    r"(?:holding|conducting|staging|organi[sz]ing|held|holds|conducted|conducts|staged|stages|"
    r"organi[sz]ed|organi[sz]es)\s+(?:in|on|at|near|this|last|next|from)\b")
# "SCO defence ministers ... agreed to hold the exercise": the body whose drill it is.
_DECIDES_TO_HOLD = re.compile(
    # "The member states of the CSTO (CSTO) are to hold the exercise"
    r"[\s’')]*(?:[\w,()-]+\s+){0,12}?(?:agreed|decided|resolved|approved|planned|plans?|"
    r"(?:are|is|were|was)\s+to|will)\s+"
    r"(?:on\s+)?(?:to\s+)?(?:hold|conduct|stage|holding|conducting|staging)\b",
    re.I,
)
# "the Tajik border" is a place, "Tajik border guards" a force.
_BORDER = re.compile(
    r"^[-–\s]*(?:[A-Z][\w]+[-–\s]+)?border(?!\s+(?:guards?|guardsmen|troops|forces|service|"
    r"police|units?|detachments?|patrols?)\b)",
    re.I,
)
# An exercise's own name: "Rubezh-2023", "Peace Mission 2021" (not "The Peace ...").
_ONE_NAME = (r"(?!(?:The|A|An|This|That|These|Its|Their)\s)"
             # ("Kanzhar (Dagger) 2023": a translation in brackets, left out of the name)
             # ("Regional Cooperation (RC) 2017": its abbreviation, left out too)
             r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*(?:\s\((?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)*|"
             r"[A-Z]{2,5})\))?"
             # ("Cobalt-2021are being held": a page that lost a space after the year)
             # ("“Xiamen – 2017”": a spaced dash)
             r"(?:[- ]|\s[-–]\s)(?:19|20)\d\d(?!\d)")
NAME_PATTERN = re.compile(rf"\b(?P<name>{_ONE_NAME})")
# Drills held together under several names: "Interaction-2024, Search-2024 and Echelon-2024".
NAME_LIST = re.compile(rf"\b{_ONE_NAME}(?:(?:,\s+|,?\s+and\s+){_ONE_NAME})+")
_CALENDAR_WORDS = CALENDAR_NAMES | {
    "Sept", "Spring", "Summer", "Autumn", "Fall", "Winter", "Since", "In", "By", "Until",
    "Between", "From", "During", "Before", "After", "Through", "Till",
}
# ("Germany and Bulgaria have arrived as monitors", "to invite ... X and Y as observers")
_WATCHED_WORDS = ("observed", "watched", "monitored")
_WATCHED_IT = re.compile(
    r"(?:(?!\b(?:held|conducted|staged|took|participated|joined|hosted)\b)[^.;])"
    r"{0,120}?\b(?:observed|watched|monitored)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:exercises?|drills?|maneuvers|manoeuvres)\b")
_AS_WATCHERS = re.compile(
    r"[^.;]{0,120}?(?:\b(?:arrived|are|were|attend\w*|present)\s+|(?<!\bwell)\s)as\s+"
    r"(?:monitors|observers)\b")  # (not "U.S. forces, as well as observers from X")
_LIST_SENT_WATCHERS = re.compile(
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w-]*)*,?\s+(?:each\s+|also\s+|have\s+|"
    r"has\s+|had\s+|will\s+)?(?:sent|send|sends|dispatched)\s+(?:[\w-]+\s+)?(?:observers|monitors)\b")
_FROM_END = re.compile(r"\s+from\s+(?:the\s+)?$")
_FEW_WORDS = re.compile(r"(?:\s+[\w-]+){1,3}")


_HOST_VERB = re.compile(r"\s+(?:hosts|hosted|will\s+host|is\s+hosting)\s+(?:an?\s+|the\s+)?")


def _hosts_others(doc: Document, m: Mention, end: int) -> bool:
    """Whether country ``m`` hosts another country's drill ("Tajikistan hosts Russian
    military exercise"): the drill's place, not a side."""
    host = _HOST_VERB.match(doc.text, m.end, end)
    return host is not None and any(
        a.start == host.end() and a.form == "adjective" and a.id != m.id
        for a in doc.mentions_in(host.end(), min(end, host.end() + 30), ("country",)))


def _based_in(doc: Document, m: Mention, start: int) -> bool:
    """Whether country ``m`` follows "from" after another country's forces ("Russian
    SU-25s from Kyrgyzstan"): the soil they come from, not a side."""
    text = doc.text
    lead = _FROM_END.search(text, max(start, m.start - 50), m.start)
    if lead is None:
        return False
    return any(a.form == "adjective" and a.id != m.id
               and _FEW_WORDS.fullmatch(text, a.end, lead.start())
               for a in doc.mentions_in(max(start, lead.start() - 40), lead.start(), ("country",)))


@_per_span
def _participants(doc: Document, start: int, end: int) -> dict[str, int]:
    """Countries and bodies that act in [start, end), not the places where."""
    text = doc.text
    lex = doc.lexicon
    force = lex.word_pattern("force_nouns")
    out: dict[str, int] = {}
    mentions = [
        m
        for m in doc.mentions_in(start, end, ("country", "organisation", "ministry"))
        if not _quoted(doc, m.start) or _quote_lists_sides(doc, m.start)
    ]
    located = False  # the list we are in began after a locative preposition
    prev_end = None
    # (not "the exercise, which, in addition to Russia, included China, India, ...": a
    # drill's list is of its sides)
    members = [(c.start(), c.end()) for c in _MEMBERSHIP.finditer(text, start, end)
               if not _DRILL_BEFORE.search(text, max(start, c.start() - 30), c.start())]
    for m in mentions:
        if any(a <= m.start < b for a, b in members):
            continue  # "the CSTO, which also includes Armenia and Belarus": members, not sides
        before = text[max(start, m.start - 60) : m.start]
        after = text[m.end : min(end, m.end + 40)]
        in_list = prev_end is not None and _LIST_GLUE.match(text[prev_end : m.start] or "x")
        if not in_list:
            located = (bool(_LOCATIVE.search(before)) and not _ORIGIN.search(before)
                       # ("which, in addition to Russia, included China, ...")
                       and not before.endswith("addition to ")
                       # ("Concerns From Afghanistan": a headline's capitals)
                       or ("from" in before or "From" in before)
                       and bool(_SOURCE.search(before))
                       or bool(_WATCHERS.search(before))
                       # "for the first time without regional powers Russia and China",
                       # "All SCO member states but Uzbekistan are taking part"
                       or any(w in before for w in _WITHOUT_WORDS)
                       and bool(_WITHOUT.search(before)))
        prev_end = m.end
        if _BORDER.match(after) or _PLACE_AFTER_POSSESSIVE.match(after) or located and not (
                # "to take part in SCO counter-terror drills": the bloc's drills, not a place
                m.kind == "organisation" and _BLOC_DRILLS_AFTER.match(after)):
            continue
        if re.match(r"^-(?:led|based|backed|controlled|made)", after) or _WITHDRAWAL.match(after):
            continue  # "amid a U.S. troop withdrawal": leaving, not drilling
        if ("withdrawal" in before or "pull" in before) and _WITHDRAWAL_OF.search(before):
            continue  # "since the withdrawal of US and NATO troops": leaving, not drilling
        if m.kind == "country" and (_NEIGHBOUR_OF.match(after) or _NEIGHBOUR_BEFORE.search(before)):
            continue  # "Afghanistan's northern neighbour Tajikistan": whose neighbour ("as
            # instability grows in its southern neighbor Afghanistan": where)
        if m.kind == "country" and _WAR_NAMED_AFTER.match(after):
            continue  # "lessons of Ukraine operation in 2026 drills": where the war is
        if m.kind == "country" and _CONTROL_OF.search(before):
            continue  # "after the Taliban gained control of Afghanistan": a country ruled
        if _DISTANCE_FROM.search(before):
            continue  # "the training ground 20 km from Afghanistan": where, not who
        if "from" in before and _LEFT_FROM.search(before):
            continue  # "the Western withdrawal from Afghanistan": where they left
        if "from" in before and m.kind == "country" and _based_in(doc, m, start):
            continue  # "Russian SU-25s from Kyrgyzstan arrive": where they are based
        if m.kind == "country" and m.form == "name" and _hosts_others(doc, m, end):
            continue  # "Tajikistan hosts Russian military exercise": the host's soil
        if (" with " in before or " against " in before) and _AT_ODDS.search(before):
            continue  # "while both Russia and China face tensions with the United States"
        wide = text[max(start, m.start - 120) : m.start]
        if "separate" in wide and _SEPARATE_FROM.search(wide):
            continue  # "Thursday's drill was separate from the joint exercises Tajikistan is
            # planning to hold with the Russian military": the other drill's side
        if " against " in before and _AGAINST.search(before):
            continue  # "ordered a ... operation against its neighbour Ukraine": the target
        if ("from" in before or "by" in before) and _OBJECTORS.search(before):
            continue  # "Despite protests from Japan": who objects, not who drills
        if "Sea" in before and _SEA_OF_AND.search(before):
            continue  # "the coast of the Sea of Okhotsk and Japan": the Sea of Japan
        if _stays_out(text, m, end):
            continue  # "Armenia has refused to send its troops"
        if _PLANNED_BUT.match(text, m.end, end) or _CANNOT_JOIN.match(text, m.end, end):
            continue  # "Tajik military personnel were planned to be involved in the exercise,
            # but after ... clashes ... could not participate": a plan given up
        if _ITS_DECISION.match(text, m.end, end):
            continue  # "amid Armenia's declaration to withdraw from the CSTO"
        if (_says_any(doc, _WATCHED_WORDS, m.end, end)
                and _WATCHED_IT.match(text, m.end, end)):
            continue  # "Representatives from SCO member states, the SCO Secretariat, and
            # the Executive Committee of the SCO RATS observed the exercise"
        if _AS_WATCHERS.match(text, m.end, end) or (
                _says_any(doc, ("observers", "monitors"), m.end, end)
                and _LIST_SENT_WATCHERS.match(text, m.end, end)):
            continue  # "Germany and Bulgaria have arrived as monitors at the exercise";
            # "India, Turkey, and Uzbekistan each sent observers"
        if _WATCHER_AFTER.match(text, m.end, end):
            continue  # "The US military attache thanked ... for the invitation to observe"
        if _tells(text, m, start, end):
            continue  # who tells of the drills, not who drills
        if re.match(r"^\s+(?:Secretary|General Secretary|Secretary-General|spokes)", after):
            continue  # "CSTO Secretary General X": a title, not a participant
        if (
            m.kind == "country"
            and m.form == "adjective"
            and not _acting_adjective(doc, mentions, mentions.index(m), end, force)
        ):
            continue
        if m.kind == "organisation" and lex.is_multinational(m.id):
            acting = re.match(
                r"^[\s’']*(?:[\w-]+\s+){0,2}(?:members?|troops|forces|drills?|exercises?|"
                r"collective|rapid|joint|military|units)\b",  # not "its CSTO membership"
                after,
                re.I,
            ) or _OWN_DRILL.match(text, m.end, min(end, m.end + 80)) or re.search(
                r"(?:drills?|exercises?|maneuvers|forces|troops|units|peacekeepers|contingents?|"
                # "Members of the Russian-led Collective Security Treaty Organization (CSTO)
                # have completed another joint exercise"
                r"servicemen|personnel|members)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$",
                before,
                re.I,
            ) or before.endswith(("joint ", "Joint ")) or _DRILLS_WITH.search(
                before) or _HOLDS.match(
                text, m.end, min(end, m.end + 40)) or _HOLDING_IT.match(
                text, m.end, min(end, m.end + 40)) or _DECIDES_TO_HOLD.match(
                text, m.end, min(end, m.end + 120))
            if not acting:
                continue  # "he blamed NATO", "concerns expressed by the CSTO"
        if m.kind == "organisation":
            kind = lex.raw["organisations"].get(m.id, {}).get("kind", "")
            if kind in ("armed group", "party", "police", "government") and m.id != "OMON":
                continue  # the Taliban are the threat in these drills, not a side
            code = m.id if lex.is_multinational(m.id) else (
                lex.org_country(m.id) or m.country
                # (a national body two countries have, of no country the text names: its
                # country unknown, no side: "the SCNS" alone)
                or ("" if kind == "security service" else m.id))
            if m.id == "CRRF":
                code = "CSTO"
            if not code:
                continue
        elif m.kind == "ministry":
            code = m.country
            if not code:
                continue
        else:
            code = m.id
        out.setdefault(code, m.start)
    for m in doc.mentions_in(start, end, ("place",)):
        # "Moscow, which operates a base in Tajikistan, also plans to hold joint drills
        # there": a capital opening its clause and holding drills is its government
        place = lex.place(m.id)
        if (place.get("capital") and place.get("country")
                and not text[max(start, m.start - 2) : m.start].strip(" ,")
                and _CAPITAL_HOLDS.match(text, m.end, end)):
            out.setdefault(place["country"], m.start)
    return out


_BLOC_DRILLS_AFTER = re.compile(r"[\s’']*(?:[\w-]+\s+){0,2}(?:drills?|exercises?|maneuvers|"
                                r"manoeuvres|war\s+games)\b", re.I)
_CAPITAL_HOLDS = re.compile(
    r"(?:,\s+(?:which|who)\s[^,;.]{0,100},)?\s+(?:also\s+)?(?:(?:plans|planned|intends|intended|"
    r"wants|is\s+set|will|would|is\s+to|was\s+to)\s+(?:to\s+)?(?:hold|stage|conduct|launch)|held|"
    r"holds|staged|stages|conducted|conducts|launched|launches)\s+(?:[\w-]+\s+){0,3}"
    r"(?:drills?|exercises?|maneuvers|manoeuvres|war\s+games)\b"
)
# ("announced joint military exercises with the CSTO": the bloc drills)
_DRILLS_WITH = re.compile(r"\b(?:drills?|exercises?|maneuvers|manoeuvres)\s+with\s+(?:the\s+)?$")
_OUTLET_NAMED = re.compile(r"\s+(?:news\s+|media\s+)?(?:agency|company|outlet|newspaper|channel|"
                           r"broadcaster|television|TV|daily)\s+(?-i:[A-Z])", re.I)
_WITHDRAWAL_OF = re.compile(r"\b(?:withdrawal|pull-?out)\s+of\s+(?:the\s+)?"
                            r"(?:[A-Z][\w.’'-]*\s+(?:and\s+)?)*$")
_NEIGHBOUR_OF = re.compile(r"['’]s?\s+(?:(?:northern|southern|eastern|western|central\s+asian|"
                           r"small|tiny|poor|impoverished)\s+)?neighbou?r\b", re.I)
_NEIGHBOUR_BEFORE = re.compile(r"\b(?:its|their|the)\s+(?:[a-z]+\s+)?neighbou?r(?:ing)?\s+$",
                               re.I)
_SEPARATE_FROM = re.compile(r"\bseparate\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                            r"(?:exercises?|drills?|maneuvers)\b[^.;]*$", re.I)
_PLANNED_BUT = re.compile(r"[^.;]{0,40}?\s(?:were|was)\s+(?:planned|supposed|expected|due)\s+to\s+"
                          r"(?:be\s+involved|take\s+part|participate)\b[^.;]{0,60}?,\s+but\b")
# ("representatives of the Tajik armed forces could not participate in the exercise")
_CANNOT_JOIN = re.compile(r"[^.;,]{0,40}?\s(?:could\s+not|cannot|can['’]t)\s+(?:participate|"
                          r"take\s+part|join)\b")
_AGAINST = re.compile(r"\bagainst\s+(?:(?:its|their|his|her|the)\s+)?(?:[a-z]+\s+)?$")
_OBJECTORS = re.compile(r"\b(?:protests?|objections?|criticism|condemnation|complaints?|"
                        r"opposition)\s+(?:from|by)\s+(?:the\s+)?$", re.I)
_SEA_OF_AND = re.compile(r"\bSeas?\s+of\s+[A-Z][\w-]*\s+and\s+(?:the\s+)?$")
_LEFT_FROM = re.compile(r"\b(?:withdrawal|withdrew|withdrawn|pull-?out|pulled\s+out|exit|exited|"
                        r"retreat|departure|left)\s+from\s+(?:the\s+)?$", re.I)
_AT_ODDS = re.compile(r"\b(?:tensions?|rivalry|confrontation|disputes?|standoff|war|conflict|"
                      r"sanctions)\s+(?:\w+\s+){0,2}?(?:with|against)\s+(?:the\s+)?$", re.I)
_SIDE_NOUN = re.compile(r"\s+(?:side|authorities|government|leadership|delegation)\b")
# "Armenia, which has frozen its participation, did not send troops"
# ("Armenia, a CSTO member, has opted not to take part": an apposition too)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|an?|the)\s[^,;.]{0,120}(?=,)")


# What says so of the whole event, wherever else the country is listed ("did not
# comment" says nothing of it).
_TAKES_NO_PART = re.compile(
    r"^,?\s+(?:(?:has|have|had|also|then|once|again)\s+)*(?:(?:refused|declined|opted\s+not|"
    r"did\s+not|"
    r"didn['’]t|will\s+not|won['’]t|would\s+not|does\s+not|doesn['’]t)\s+(?:to\s+)?"
    r"(?:send|take\s+part|participate|join|attend|contribute|conduct|host)|boycott\w*|skipp\w+|"
    r"pulled\s+out|withdr[ae]w\w*|opted\s+out|stayed\s+out|sat\s+out|"
    # "while Turkmenistan is absent"
    r"(?:is|are|was|were)\s+absent|"
    # ("Kyrgyzstan is not taking part in the CSTO military exercises")
    r"(?:is|are|was|were)\s+not\s+(?:taking\s+part|participating))\b",
    re.I,
)


_ITS_DECISION = re.compile(r"['’]s\s+(?:declaration|decision|intention|announcement|refusal|"
                          r"absence|withdrawal|plan|move|threat|bid)\b")


def _stays_out(text: str, m: Mention, end: int, pattern: re.Pattern[str] = _STAYS_OUT) -> bool:
    """Whether the text says ``m`` stays out: "Armenia has refused to send its troops",
    "Armenia, which has frozen its participation, did not send troops"."""
    at = m.end
    if role := _SIDE_NOUN.match(text, at, end):
        at = role.end()  # "the Armenian side refused to conduct the exercises"
    if clause := _RELATIVE_CLAUSE.match(text, at, end):
        at = clause.end()
    return pattern.match(text[at : min(end, at + 40)]) is not None


@_per_span
def _absent(doc: Document, start: int, end: int) -> set[str]:
    """Countries [start, end) says take no part in the event, wherever else they are
    listed."""
    return {m.id for m in doc.mentions_in(start, end, ("country",))
            if m.form == "name" and not _quoted(doc, m.start)
            and _stays_out(doc.text, m, end, _TAKES_NO_PART)}


_MEMBERSHIP = re.compile(r"(?:,|\s--|\s[—–])\s+which\s+(?:in\s+addition\s+to\s+[^,;.]{1,60},\s+)?"
                         r"(?:also\s+)?(?:includes?|included|"
                         r"comprises?|groups?|"
                         r"unites?|consists\s+of|brings\s+together|borders?|neighbou?rs?)\b"
                         r"[^.;()]*"
                         # "The military alliance, consisting of Armenia, Belarus, ...,";
                         # "a military alliance consisting of six countries: Armenia, ..."
                         r"|\b(?:alliance|organi[sz]ation|bloc|grouping)\s*,?\s+(?:consisting|"
                         r"comprising|made\s+up)\s+of\b[^.;()]*?(?=,\s+(?:will|would|is|are|has|"
                         r"have|was|were)\b|[.;()]|$)")
_DRILL_BEFORE = re.compile(r"\b(?:exercises?|drills?|maneuvers|manoeuvres|war\s+games)$", re.I)
_JOINT = re.compile(r"^(?:joint|combined|bilateral|trilateral)\s+")
# "Russian-Tajik counterterrorism trainings": the kind of drill between
_MODIFIER = re.compile(r"^(?:counter-?terror\w*|anti-?terror\w*|tactical|command-staff)\s+", re.I)
_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,4}")


_AIRCRAFT_AFTER_ADJ = re.compile(r"\s+[A-Z][\w]*-\d+[\w-]*\s+(?:[\w-]+\s+){0,4}?(?:aircraft|jets|"
                                 r"helicopters|bombers|fighters|planes|warplanes)\b")


def _acting_adjective(
    doc: Document, mentions: list[Mention], i: int, end: int, force: re.Pattern[str]
) -> bool:
    """ "Armenian special forces", "Russian-Tajik drills", and each adjective of a list
    ("Uzbek and Kyrgyz special forces") that ends in one."""
    m = mentions[i]
    after = doc.text[m.end : min(end, m.end + 40)]
    if _STATIONED.match(after) or _OUTLET_NAMED.match(after):
        return False  # (nor "the Russian company Interfax reported": an outlet's country)
    if (
        # "Tajik-Uzbek joint military exercises": the drill's own adjective comes between
        force.match(_MODIFIER.sub("", _JOINT.sub("", after.lstrip(" -–"), count=1), count=1))
        or _ROLE_AFTER_ADJ.match(after)
        or re.match(r"^[-–]\w+\s+(?:\w+\s+)?(?:military|drills?|exercises?|forces|troops|"
                    r"trainings)", after)
        # "Russian Su-25 Frogfoot close air support aircraft will take part"
        or _AIRCRAFT_AFTER_ADJ.match(doc.text, m.end, min(end, m.end + 80))
    ):
        return True
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    # "Tajik and US troops": an abbreviation stands as the adjective of its country
    attributive = nxt is not None and (nxt.form == "adjective" or _ABBREVIATION.fullmatch(
        doc.text, nxt.start, nxt.end) is not None)
    if attributive and _LIST_GLUE.match(doc.text[m.end : nxt.start] or "x"):
        return _acting_adjective(doc, mentions, i + 1, end, force)
    return False


# (not "20 km from Dushanbe": near it)
_CONTROL_OF = re.compile(r"\b(?:(?:control|takeover|seizure|capture)\s+(?:of|over)|controls?|"
                         r"controlled|seized|overran)\s+(?:the\s+)?$")
_WAR_NAMED_AFTER = re.compile(r"\s+(?:war|operation|conflict|crisis|invasion|offensive)\b")
_DRILL_AS_MODIFIER = re.compile(r"\s+(?:venues?|sites?|areas?|zones?)\b")


@_per_span
def _border_countries(doc: Document, start: int, end: int) -> list[str]:
    """Countries of a border the lexicon has no entry for: "the Afghanistan border"."""
    out = []
    for m in re.finditer(r"\bborder\b", doc.text[start:end]):
        pos = start + m.start()
        if any(p.start <= pos < p.end for p in doc.mentions_in(start, end, ("place",))):
            continue
        # "the Afghan border", "Tajikistan's southern border"; not "drills with Uzbekistan
        # near the border", where the country drills and the border is another's
        near = [x for x in doc.mentions_in(max(start, pos - 30), pos, ("country",))
                if _BORDER_OWNER.fullmatch(doc.text, x.end, pos)]
        # "near the border with Afghanistan" (not "Uzbekistan, which shares a border with
        # Afghanistan": where it lies, not where they drill)
        near += doc.mentions_in(pos, min(end, pos + 40), ("country",))[:1] if (
            _BORDER_WITH.match(doc.text, pos)
            and _AT_BORDER.search(doc.text, max(start, pos - 40), pos)) else []
        out.extend(x.id for x in near)
    return out


_BORDER_OWNER = re.compile(r"(?:['’]s)?(?:\s+|-)(?:(?:and\s+)?[A-Z][\w'’-]*\s+)?(?:(?:state|common|"
                           r"shared|southern|northern|eastern|western|long|porous)\s+)*")
_AT_BORDER = re.compile(r"\b(?:near|along|on|at|to|towards?|by|across|close\s+to)\s+(?:the|its|"
                        r"their)\s+(?:[\w-]+\s+){0,2}$", re.I)
_BORDER_WITH = re.compile(r"border\s+(?:with|between)\s+(?:the\s+)?[A-Z]")


def _drill_hits(doc: Document, trig: _Triggers, s: Span, told: bool) -> list[re.Match]:
    """The exercise words of sentence ``s`` outside quotes; with ``told`` (no drill told
    before it), also in a quote that tells the drill's course ('"Our unit is taking part
    in the Rubezh-2023 drills," he said'). After a drill, such a quote goes on with it."""
    return [m for m in doc.matches_in(trig.exercise, s.start, s.end)
            if not _quoted(doc, m.start()) or told and tells_the_drill(doc, m.start())]


# "some 500 troops are involved in the maneuvres": a count that sizes the drill
INVOLVED = re.compile(r"\b(?:involv\w*|tak\w+\s+part|participat\w*)\b", re.I)


def _quote_sizes_it(doc: Document, p: Span) -> bool:
    """Whether a paragraph quotes the size of the drill told before it ('"... some 500
    troops are involved in the maneuvres," the spokesman said'), though someone says it."""
    if not INVOLVED.search(doc.text, p.start, p.end):
        return False
    enemy = doc.lexicon.word_pattern("enemy_words")
    return any(_quoted(doc, c.char_start) and sizes_the_drill(doc, c.char_start)
               for c in find_counts(doc.text, p.start, p.end, enemy))


def tells_the_drill(doc: Document, pos: int) -> bool:
    """Whether a quote at ``pos`` tells the drill's course in its sentence ('"Units ...
    began joint tactical exercises at the Chebarkul training ground on July 15," a
    spokesman said'): an account of it, not an opinion."""
    return _narrating_quote(doc, pos, _triggers(doc).exercise)


def _quote_lists_sides(doc: Document, pos: int) -> bool:
    """Whether a quote at ``pos`` tells who drills ('"... the exercise involving more than
    20 servicemen of Kyrgyz, Mongolian and Tajik forces," a spokesman told ...'): it
    narrates the drill, or sizes it with a count before the country, not a hope that a
    country "will participate"."""
    if tells_the_drill(doc, pos):
        return True
    s = doc.sentence_at(pos)
    return sizes_the_drill(doc, pos) and any(
        c.char_end <= pos for c in find_counts(doc.text, s.start, pos,
                                               doc.lexicon.word_pattern("enemy_words")))


def sizes_the_drill(doc: Document, pos: int) -> bool:
    """Whether a count quoted at ``pos`` gives the drill's size: its sentence says who
    is involved in it ('"More than 100 armored vehicles and some 500 troops are involved
    in the maneuvres," the spokesman said'), not what else the speaker counts."""
    s = doc.sentence_at(pos)
    return INVOLVED.search(doc.text, s.start, s.end) is not None and doc.has(
        _triggers(doc).exercise, s.start, s.end)


def _add(
    doc: Document,
    frame: Frame,
    start: int,
    end: int,
    *,
    with_participants: bool = True,
    with_places: bool = True,
    inherited: dict[str, int] | None = None,
) -> None:
    trig = _triggers(doc)
    frame.spans.append((start, end))
    if with_participants:
        for code, pos in {**(inherited or {}), **_participants(doc, start, end)}.items():
            frame.participants.setdefault(code, pos)
    if with_places:
        frame.places.extend(_places(doc, start, end, trig.exercise))
        frame.border_hint.extend(_border_countries(doc, start, end))
    frame.dates.extend(_dates(doc, start, end, trig.exercise, trig.meeting))
    frame.absent.update(_absent(doc, start, end))
    frame.counts.extend(
        c
        for c in find_counts(doc.text, start, end, doc.lexicon.word_pattern("enemy_words"))
        if not _quoted(doc, c.char_start) or sizes_the_drill(doc, c.char_start)
    )
    frame.names.extend(_names(doc, start, end))


_NAME_WORDS = r"[A-Z][\w]*(?:(?:[ -]|\s[-–]\s)(?:[A-Z][\w]*|\d{2,4}\b))*"
# Names the text gives a drill without a year in them: after a naming verb ...
_DUBBED = anchored(re.compile(
    rf"\b(?:dubbed|code-?named|code\s+named|titled)\s+[\"“‘']?(?P<dubbed>{_NAME_WORDS})"
    # ('a joint exercise called the “Khanjar”')
    r"|\b(?:called|named|under\s+the\s+(?:code\s*)?name)\s+(?:the\s+)?[\"“‘'](?P<called>[A-Z][^\"”’'\n]{1,40}?)"
    r"[\"”’']"
), ["dubbed", "codenamed", "code-named", "code", "titled", "called", "named", "under"],
    fold=False)
# ... or beside the exercise word (read around its matches, not over the whole text):
# "Exercise Khanjar", "the Joint Special Forces Exercise KHANJAR"
_LABEL = re.compile(r":\s")
_TITLED_AFTER = re.compile(r"\s+(?P<titled>[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?)\b")
# 'the exercise "Regional Cooperation 22"', "exercise ‘Khanjar’"
_QUOTED_AFTER = re.compile(r",?\s+[\"“‘'](?P<after>[A-Z][^\"”’'\n]{1,40}?)[\"”’']")
# "the ‘Khanjar’ joint exercise"
_QUOTED_BEFORE = re.compile(
    r"[\"“‘'](?P<before>[A-Z][^\"”’'\n]{1,40}?)[\"”’']\s+(?:(?i:joint|military|special|tactical|"
    r"command|staff|forces|anti-terror\w*|counter-terror\w*)\s+){0,3}$")
# "the annual Steppe Eagle multinational training exercises", "multinational Steppe Eagle
# exercise": two or three capitalised words, not a body's ("the Armed Forces exercises")
_PLAIN_BEFORE = re.compile(
    # (not "U.S. Special Operations participating in the exercise": an initial's dot)
    # ("The annual multilateral Steppe Eagle military exercise")
    r"(?:^|(?<![A-Z])[^\w\s'’-]\s*|\b(?:the|annual|multinational|international|joint|yearly|"
    r"multilateral|bilateral|trilateral)\s+)"
    r"(?P<plain>(?!(?:The|A|An|This|That|These|Its|Their)\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})"
    r"(?<!Forces)(?<!Force)(?<!Ministry)(?<!Army)(?<!Command)(?<!District)(?<!Staff)"
    r"(?<!Guard)(?<!Guards)(?<!Troops)(?<!Brigade)(?<!Battalion)(?<!Navy)(?<!Service)"
    # ("Central Asia states hold first war games": a verb between, the words are its subject)
    r"\s+(?:(?!(?:holds?|held|begins?|began|starts?|started|launch\w*|stages?|staged|"
    r"conducts?|conducted|wraps?|ends?|kicks?|to|will|are|is|participat\w*|taking|took|"
    r"joined|joining|attended|observed|watched|in|at|during)\s)[a-z-]+\s+){0,3}$")
# "the Regional Cooperation 22 military maneuvers": a name numbered by its year's end
_EDITION_BEFORE = re.compile(
    r"\b(?P<edition>(?!(?:The|A|An|This|That|These|Its|Their)\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"
    r"\s+\d\d)\s+(?:[\w-]+\s+){0,2}$")

_ANOTHER_EDITION = re.compile(r"\b(?:previous|last|earlier|prior|first|inaugural)\s+"
                              r"(?:edition|iteration)\b", re.I)
_APPOSED_AFTER = re.compile(r",\s+(?P<apposed>[A-Z][a-z]{2,}(?:-\d{2,4})?),\s+(?=[a-z])")
_EDITION_AFTER = re.compile(r"\s+(?P<follows>(?!(?:The|A|An|This|That|These|Its|Their)\s)"
                            r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+\d\d)(?!\d)")
# "Invincible Sentry 20, a bilateral exercise": the name, then what it is
_EDITION_APPOSED = re.compile(
    r"\b(?P<edition>(?!(?:The|A|An|This|That|These|Its|Their)\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+"
    r"\s+\d\d),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$")
_EDITION_NEAR = re.compile(r"\b(?P<edition>(?!COVID)(?:[A-Z]{4,}-(?:19|20)?\d\d|"
                           r"[A-Z][A-Za-z]{3,}-\d\d))\b")


def _edition_year(doc: Document, name: str) -> bool:
    """Whether the number ending ``name`` is a year near the article's ("Kazind-22" in
    2022; not "Su-25" or a count)."""
    digits = name.rsplit("-", 1)[1]
    if doc.pub is None:
        return len(digits) == 4
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    return abs(year - doc.pub.year) <= 2


# "the 2021 Indestructible Brotherhood military exercise": the year before the name
# "Steppe Eagle is a two phased, multinational training exercise": the series' name,
# opening its sentence
_IS_A_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<isa>(?!(?:The|A|An|This|That|These|It|Its|Their)\s)[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+){1,2})\s+(?:is|was)\s+an?\s+(?:[\w,-]+\s+){0,5}$")
_YEAR_BEFORE = re.compile(
    # (not "the 2021 Plan for the joint training": a document, not the drill's name)
    r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?P<yeared>(?!(?:Plan|Program|Programme|Concept|"
    r"Strategy|Agreement|Treaty|Report|Budget|Schedule|Calendar)\b)[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+){0,2})\s+(?:[a-z-]+\s+){0,2}$")


_TRANSLATION = re.compile(r"\s\([^()]*\)")
# "Special Tactical Exercises Cobalt-2021 Begins": a headline's words before the name
_GENERIC_LEAD = re.compile(r"^(?:[A-Z][a-z]+\s+)*?(?:Exercises?|Drills?|Trainings?|Maneuvers|"
                           r"Manoeuvres|Games)\s+")


# "Russia Starts Vostok 2022 Joint Military Exercises": a headline's subject and verb
_VERB_LEAD = re.compile(r"^(?:[A-Z][a-z]+\s+)*?(?:Starts|Begins|Holds|Launches|Kicks\s+Off|Opens|"
                        r"Ends|Concludes|Hosts|Stages|Wraps\s+Up|Joins|Completes|Conducts|"
                        r"Continues)\s+")


def _yeared_names(doc: Document, start: int, end: int) -> list[tuple[int, str]]:
    """Where [start, end) names a drill with its year, and the name: "Tsentr-2015"."""
    return [
        (m.start(), _VERB_LEAD.sub("", _GENERIC_LEAD.sub("", _TRANSLATION.sub("",
                                                                          m.group("name")))))
        for m in doc.matches_in(NAME_PATTERN, start, end)
        # "Poisk-2017 (Search-2017)": the name again, translated; "December 2011" a month
        if doc.text[max(0, m.start() - 1) : m.start()] != "("
        and m.group("name").split()[0].split("-")[0] not in _CALENDAR_WORDS
    ]


_EDITION_YEAR = re.compile(r"[\s-]*(?:19|20)?\d\d$")


# "The first Steppe Eagle exercise occurred in July 2003": a series' first edition
_FIRST_OF_SERIES = re.compile(r"\b[Tt]he\s+first\s+(?:[A-Z][\w-]*\s+){1,3}$")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _first_long_ago(doc: Document, hit: re.Match, end: int) -> bool:
    """Whether the exercise word ``hit`` tells of a named series' first edition, dated
    in the sentence to years before the article's (not "the first Kazind exercise
    began today", which is the one told)."""
    if doc.pub is None or not _FIRST_OF_SERIES.search(doc.text, max(0, hit.start() - 40),
                                                      hit.start()):
        return False
    years = [int(y) for y in _A_YEAR.findall(doc.text, hit.end(), end)]
    return bool(years) and max(years) < doc.pub.year


def _other_edition(doc: Document, start: int, at: int) -> bool:
    """Whether the words of [start, at) before an exercise word number an edition other
    than the one the article tells of first ("the 4th edition of ... 'Dustlik'", then
    "The first edition of Exercise Dustlik was conducted ...")."""
    if not _says_any(doc, ("edition",), max(start, at - 80), at):
        return False
    told = _EDITION_OF.search(doc.text, max(start, at - 80), at)
    if told is None or told.start() > 0 and doc.text[told.start() - 1].isalnum():
        return False  # (not "1th" of "11th" cut off)
    if ("own edition",) not in doc.memo:
        first = _EDITION.search(doc.text)
        doc.memo[("own edition",)] = ordinal_value(first.group("ord")) if first else None
    own = doc.memo[("own edition",)]
    return own is not None and ordinal_value(told.group("ord")) != own


def _names(doc: Document, start: int, end: int) -> list[str]:
    """The names [start, end) gives drills, in text order: "Rubezh-2023", "Peace Mission
    2021", "Exercise Khanjar", 'dubbed "Frontier"', "the Regional Cooperation 22 drills"
    — not a month ("October 2023"), a country ("called 'Russia'") or a title-case
    headline's words ("Joint Exercise Begins")."""
    found = _yeared_names(doc, start, end)
    text = doc.text
    named = list(doc.matches_in(_DUBBED, start, end))
    for hit in doc.matches_in(_triggers(doc).exercise, start, end):
        lo = max(start, hit.start() - 60)
        lower = hit.group()[0].islower()  # ("the exercise", not "Exercise X")
        named += [m for m in (
            _TITLED_AFTER.match(text, hit.end(), end) if hit.group() == "Exercise" else None,
            _QUOTED_AFTER.match(text, hit.end(), end),
            _QUOTED_BEFORE.search(text, lo, hit.start()),
            _EDITION_BEFORE.search(text, lo, hit.start()),
            _EDITION_APPOSED.search(text, lo, hit.start()),
            _PLAIN_BEFORE.search(text, lo, hit.start()) if lower else None,
            # ("trained together for the exercise Regional Cooperation 22 Aug. 6-18")
            _EDITION_AFTER.match(text, hit.end(), end) if lower else None,
            # ("the India-Uzbekistan joint military exercise, Dustlik, began on April 16")
            _APPOSED_AFTER.match(text, hit.end(), end) if lower else None,
            _YEAR_BEFORE.search(text, lo, hit.start()),
            _IS_A_BEFORE.search(text, max(start, hit.start() - 80), hit.start())
            if _says_any(doc, (" is a", " was a"), max(start, hit.start() - 80), hit.start())
            else None,
        ) if m]
        # "KAZIND-2024", "'Kazind-22', a joint training exercise": a name in capitals, or
        # numbered by its year's last two digits, beside the exercise word
        named += [m for m in _EDITION_NEAR.finditer(text, lo, min(end, hit.end() + 60))
                  if _edition_year(doc, m.group("edition")) and text[m.start() - 1] != "("]
    for m in named:
        group = m.lastgroup or ""
        at = m.start(group)
        if group == "titled" and (_title_case(doc, at) or _LABEL.match(doc.text, m.end(group))):
            continue  # (nor a label: "Exercise Objectives: The primary aim of ...")
        if group == "apposed" and (doc.mentions_in(at, m.end(group))
                                   or m.group(group) in NOT_NAMES):
            continue  # ("the exercise, Tokayev, said": a person in apposition is no name)
        if any(x.start <= at and x.end >= len(m.group(group).rstrip(",;: ")) + at
               for x in doc.mentions_in(at, m.end(group), ("country", "place", "organisation"))):
            continue  # ("called 'Russia'"; not "“Pabbi-Anti-terror-2021”", a name of its own)
        # "Exercise KHANJAR": capitals for emphasis, not an abbreviation
        # ("the exercise, 'Khanjar,' kicked off": the comma is the sentence's)
        name = re.sub(r"\b[A-Z]{5,}\b", lambda w: w.group().capitalize(),
                      m.group(group).strip().rstrip(",;:"))
        found.append((at, f"{name} {m.group('year')}" if group == "yeared" else name))
    names: list[str] = []
    for _, name in sorted(found):
        if name.split()[0].split("-")[0] in _CALENDAR_WORDS:  # "October 2023"
            continue
        within = [i for i, n in enumerate(names) if n.casefold() in name.casefold()]
        if within:
            # "dubbed Regional Cooperation (RC) 2017": the fuller name, with its year
            names[within[0]] = name
        elif not any(name.casefold() in n.casefold() for n in names):
            names.append(name)
    return names


def _title_case(doc: Document, pos: int) -> bool:
    """Whether the line around ``pos`` capitalises most of its words, as headlines do."""
    a = doc.text.rfind("\n", 0, pos) + 1
    b = doc.text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'’-]*", doc.text[a : b if b >= 0 else len(doc.text)])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_UPCOMING = re.compile(r"\b(?:upcoming|forthcoming)\s+(?:[\w-]+\s+){0,2}$", re.I)
_THE_UPCOMING = re.compile(r"\bthe\s+(?:upcoming|forthcoming)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _planned(doc: Document, frame: Frame) -> bool:
    """Whether the first sentences that tell ``frame`` tell it as to come."""
    return any(FUTURE.search(doc.text, a, b) for a, b in frame.spans[:2])
_NAMED_NEXT = re.compile(r"\s+(?:dubbed\s+|called\s+|named\s+)?[\"“]?[A-Z][\w-]*[- ]"
                         r"(?:19|20)\d\d\b")
_NAMED_RIGHT_BEFORE = re.compile(r"[A-Z][\w-]*[- ](?:19|20)\d\d[”\"’]?\s+(?:[a-z-]+\s+){0,2}$")


def _segments(doc: Document, s: Span, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """A sentence split where it lists two events: "exercises in X, as well as drills with Y"."""
    cuts = [m.start() for m in re.finditer(r",\s+as well as\s+|;\s+", doc.text[s.start : s.end])]
    # "... since 2019, when a similar drill was held in Xinjiang": another event's clause.
    hits = doc.matches_in(pattern, s.start, s.end)
    for hit in hits[1:]:
        lead = doc.text[max(s.start, hit.start() - 30) : hit.start()]
        # "After the opening of the CSTO exercises, X confirmed that the participants of
        # the Zapad-2025 exercises, which ...": a drill of its own name after another
        # (or "... of these drills, ... related to the joint strategic exercise Zapad 2025")
        first_named = (_NAMED_RIGHT_BEFORE.search(doc.text, max(s.start, hits[0].start() - 30),
                                                  hits[0].start())
                       or _NAMED_NEXT.match(doc.text, hits[0].end()))
        if _OTHER.search(lead) or (
                (_NAMED_RIGHT_BEFORE.search(lead) or _NAMED_NEXT.match(doc.text, hit.end()))
                and not first_named):
            comma = doc.text.rfind(", ", s.start, hit.start())
            if comma >= hits[0].end():
                # (the part that names another drill opens after the comma)
                cuts.append(comma - s.start + (2 if not _OTHER.search(lead) else 0))
    cuts.sort()
    bounds = [s.start] + [s.start + c for c in cuts] + [s.end]
    parts = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    with_trigger = [p for p in parts if doc.has(pattern, p[0], p[1])]
    if len(with_trigger) < 2:
        return [(s.start, s.end)]
    merged, current = [], None
    for a, b in parts:
        if current is None:
            current = [a, b]
        elif doc.has(pattern, a, b):
            merged.append(tuple(current))
            current = [a, b]
        else:
            current[1] = b
    merged.append(tuple(current))
    return merged


def _paragraph_continues(
    doc: Document, trig: _Triggers, p: Span, claims: list[tuple[int, int]]
) -> bool:
    """A paragraph with no trigger still tells of the exercise when it is about troops
    in action and holds nobody's claim, and is not background."""
    return (
        (doc.has(trig.force, p.start, p.end) or _TAKING_PART.search(doc.text, p.start, p.end))
        and not doc.has(trig.meeting, p.start, p.end)
        and not any(p.start <= a < p.end for a, _ in claims)
        and not _background(doc, p.start, p.end)
    )


_TO_BEFORE = re.compile(r"\b(?:to|will|would|can|could|must|should|may|shall|cannot)\s+$", re.I)
_EXERCISED_OVER = re.compile(r"\s+(?:(?:its|their|his|her|full|effective|greater|more|strict|"
                             r"direct)\s+)?(?:control|authority|restraint|powers?|caution|"
                             r"jurisdiction|influence|oversight|sovereignty|rights?|leadership|"
                             r"judge?ment|discretion|vigilance|patience)\b", re.I)


def _no_one_event(doc: Document, hit: re.Match, start: int, end: int) -> bool:
    """Whether the exercise word ``hit`` of [start, end) speaks of drills in general or
    of many at once rather than of one event."""
    lead = doc.text[max(start, hit.start() - 40) : hit.start()]
    if (hit.group().casefold() == "exercise" and _TO_BEFORE.search(lead)
            and _EXERCISED_OVER.match(doc.text, hit.end(), end)):
        return True  # "Its main tasks are to exercise control over the airspace": the verb
    wide = (max(start, hit.start() - 60), hit.start())
    if (_GENERIC.search(doc.text, *wide) or _REFUSED.search(doc.text, *wide)
            or _says_any(doc, ("holding", "conducting", "staging"), *wide)
            and _GERUND_SUBJECT.search(doc.text, *wide)):
        return True
    if (_says_any(doc, _ORGANISING_WORDS, max(start, hit.start() - 40), hit.start())
            and _OPPORTUNITY.search(doc.text, max(start, hit.start() - 80), hit.start())):
        return True  # "favorable opportunities for organizing joint exercises": a prospect
    if (_says_any(doc, _ANNUAL_WORDS, max(start, hit.start() - 40), hit.start())
            and _IS_AN_ANNUAL.search(lead)):
        return True  # "Regional Cooperation is an annual exercise that ...": the series
    if (_says_any(doc, _OFFICE_WORDS, hit.end(), min(end, hit.end() + 40))
            and _ROLE_AFTER_DRILL.match(doc.text, hit.end(), end)
            or _says_any(doc, _OFFICE_WORDS, max(start, hit.start() - 40), hit.start())
            and _ROLE_BEFORE_DRILL.search(doc.text, max(start, hit.start() - 40), hit.start())):
        return True  # "the training and exercise country desk officer", "director of exercises"
    plural = hit.group().casefold().endswith("s")
    if plural and (_SUCH.search(lead) or _PREVIOUS.search(lead)
                   # (but "three joint drills ... to be held in Tajikistan in October": a set
                   # held together, with a month and a place of its own)
                   or _counted(doc, *wide) and not _dated_and_placed(doc, start, end)
                   # "exercises like “Regional Cooperation 22” will help develop ...": of
                   # their kind
                   or doc.text.startswith((" like ", " such as "), hit.end())
                   # ("four different recurring military exercises": many, of a kind)
                   or _MANY_KINDS.search(lead)
                   # ("a partnership ..., which has included military drills": of its kind)
                   or _HAS_INCLUDED.search(lead)):
        return True
    if (_says_any(doc, ("annual", "yearly", "biennial"), hit.end(), end)
            and _IS_ANNUAL.match(doc.text, hit.end(), end)):
        return True  # "Exercise Khanjar is an annual event that is conducted alternately"
    if (_says_any(doc, ("including",), max(start, hit.start() - 80), hit.start())
            and _ONE_OF_MANY.search(doc.text, max(start, hit.start() - 160), hit.start())):
        return True  # "four different recurring military exercises, including U.S. Central
        # Command's Regional Cooperation exercise": one of a series, no one event
    return _habitual(doc, start, end, plural)


_HAS_INCLUDED = re.compile(r"\b(?:has|have)\s+(?:also\s+)?(?:included|involved|featured|"
                           r"comprised)\s+(?:[a-z-]+\s+){0,2}$")
# Words that make drills many of a kind, not one event
_KINDS_OF = r"recurring|periodic|different|various|numerous"
_MANY_KINDS = re.compile(rf"\b(?:{_KINDS_OF}|"
                         # ("has taken part in annual national disaster response exercises
                         # X and Y"; not "the annual joint exercises began": an edition)
                         r"(?<!\bthe\s)(?<!\bthis\s)(?<!\bthese\s)(?<!\bits\s)(?<!\btheir\s)"
                         r"(?:annual|yearly))\s+(?:[\w-]+\s+){0,3}$", re.I)
_ONE_OF_MANY = re.compile(rf"\b(?:{_KINDS_OF}|regular|annual|several|many)\s+"
                          r"(?:[\w-]+\s+){0,2}(?:exercises|drills)"
                          r"\b[^.;]{0,40}?,?\s+including\s+(?:[^.;]|\.(?=\w|\s[A-Z])){0,80}$", re.I)
# The drill as a series, its subject: "Exercise Khanjar is an annual event" (not "the
# exercise, which is an annual event, began on Monday")
_IS_ANNUAL = re.compile(r"[^,;.]{0,30}?\s(?:is|are)\s+(?:an?\s+)?(?:annual|yearly|biennial)\s+"
                        r"(?:[\w-]+\s+)?(?:event|exercises?|drills?|affair)\b", re.I)


def _dated_and_placed(doc: Document, start: int, end: int) -> bool:
    """Whether [start, end) gives a month or a day and a country or place."""
    return (any(d.precision in ("day", "month") for d in find_dates(doc.text, start, end, doc.pub))
            and bool(doc.mentions_in(start, end, ("place", "country"))))


def _counted(doc: Document, start: int, end: int) -> bool:
    """Whether the drills ending at ``end`` are counted ("eight international exercises"),
    not numbered: "Regional Cooperation 22 maneuvers" is the 2022 edition, "August 22
    drills" a day."""
    m = _COUNTED.search(doc.text, start, end)
    return m is not None and not _NAMED_BEFORE.search(doc.text, max(0, m.start() - 30),
                                                      m.start())


_NAMED_BEFORE = re.compile(r"(?:\b[A-Z][\w-]*|[A-Z][\w-]*\))\s$")  # "Kanzhar (Dagger) 2023"


_ORGANISING_WORDS = ("organizing", "organising", "holding", "conducting", "staging")
_OPPORTUNITY = re.compile(r"\b(?:opportunit\w+|possibilit\w+|potential|prospects?|ways?|"
                          r"readiness)\s+(?:for|of|to)\s+(?:organi[sz]ing|holding|conducting|"
                          r"staging)\s+(?:[\w-]+\s+){0,3}$", re.I)
_ANNUAL_WORDS = ("annual", "yearly", "biennial")
_OFFICE_WORDS = ("officer", "desk", "division", "department", "directorate", "planner",
                 "branch", "section", "director")
_IS_AN_ANNUAL = re.compile(r"\b(?:is|are)\s+(?:an?\s+)?(?:annual|yearly|biennial)\s+"
                          r"(?:[\w-]+\s+){0,2}$", re.I)
# An office named after drills, not one drill
_ROLE_AFTER_DRILL = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:officer|desk|division|department|"
                               r"directorate|planner|branch|section)\b", re.I)
_ROLE_BEFORE_DRILL = re.compile(r"\b(?:director|directorate|department|division)\s+of\s+"
                                r"(?:[\w-]+\s+(?:and\s+)?)?$", re.I)


def _background(doc: Document, start: int, end: int) -> bool:
    """Whether [start, end) dates itself years away from the article: "The CSTO was set
    up in 2002", "the base agreement expires in 2042" tell of the alliance or the base,
    not of this week's drill."""
    if doc.pub is None or not any_dates(doc.text, start, end):
        return False
    for d in find_dates(doc.text, start, end, doc.pub, False):
        year = int((d.start or d.end or "0")[:4])
        if year and abs(year - doc.pub.year) >= 2:
            return True
    return False


_FIRM_NAMED = re.compile(r"\s+[A-Z][a-z]+")


def _troops_of(doc: Document, trig: _Triggers, start: int, end: int) -> dict[str, int]:
    """The sides a paragraph with no exercise word adds to the drill it goes on telling:
    those it names as troops ("an Armenian special forces company", "units from Belarus,
    Russia and Kyrgyzstan"), not every country in it ("Afghanistan has 144 km of border
    with Uzbekistan", "the border connecting Tajikistan and Afghanistan")."""
    text = doc.text
    out = {}
    for code, pos in _participants(doc, start, end).items():
        m = next((x for x in doc.mentions_in(pos, end) if x.start == pos), None)
        if m is None:
            continue
        after = text[m.end : min(end, m.end + 40)]
        unit = trig.force.search(after)
        if unit and re.fullmatch(r"[\s-]*(?:[\w-]+\s+){0,2}", after[: unit.start()]) and not (
                # ("the American company Global Firepower": a firm, by its name)
                _FIRM_NAMED.match(text, m.end + unit.end())
                and unit.group().casefold().endswith("company")):
            out[code] = pos  # "Armenian special forces company"
            continue
        if (_PART_TAKERS.search(text, max(start, m.start - 90), m.start)
                or _TAKES_PART_AFTER.match(text, m.end, end)):
            # "Taking part are four republics — Kazakhstan, ...", "Azerbaijan is also
            # participating"
            out[code] = pos
            continue
        for unit in doc.matches_in(trig.force, max(start, m.start - 90), m.start):
            if _UNITS_FROM.fullmatch(text, unit.end(), m.start):
                out[code] = pos  # "units from Belarus, Russia, Kyrgyzstan, and ..."
                break
    return out


_TAKING_PART = re.compile(r"\b(?:taking\s+part|take\s+part|participating)\b", re.I)
_PART_TAKERS = re.compile(r"\b(?:taking\s+part|participating|participants)\s+"
                          r"(?:are|were|will\s+be|include)\b[^.;]*$", re.I)
_TAKES_PART_AFTER = re.compile(r"\s+(?:is|are|was|were|will\s+be)\s+(?:also\s+)?"
                               r"(?:participating|taking\s+part)\b")


# What lies between a unit noun and a country of the list it comes from.
# ("units from Belarus, Russia and ...", "the armed forces of Kazakhstan, Kyrgyzstan and")
_UNITS_FROM = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:from|of)\s+(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+"
    r"(?:and\s+)?)*(?:the\s+)?"
)
_ALSO = re.compile(r"\balso\s+(?:involve|include|join|take|took|taking|involving|including|"
                   r"present\s+(?:for|at)\b)",
                   re.I)
_PART_IN_THE = re.compile(r"\b(?:tak(?:e|es|ing)|took)\s+part\s+in\s+the\s+(?:[\w'’-]+\s+){0,3}$|"
                          r"\bparticipat(?:e|es|ed|ing)\s+in\s+the\s+(?:[\w'’-]+\s+){0,3}$",
                          re.I)
# ("The active phase is to be held at Kharbmaidon training ground": a phase of the drill)
_BACK_TO_EXERCISE = re.compile(r"\b(?:the|this)\s+(?:inspection|check)\b"
                               r"|\bthe\s+(?:active|final|main|practical|concluding|opening|"
                               r"first|second|third|last)\s+(?:phase|stage)\b", re.I)


def _last_told(frame: Frame) -> int:
    return max(a for a, _ in frame.spans)


def exercise_frames(doc: Document, claims: list[tuple[int, int]] = ()) -> list[Frame]:
    """Exercise frames of a document; ``claims`` are the spans of its claims, whose
    paragraphs are opinion, not the account of the exercise."""
    trig = _triggers(doc)
    claims = list(claims)
    frames: list[Frame] = []
    current: Frame | None = None
    continuing = False
    by_paragraph: dict[int, list[Span]] = {}
    for s in doc.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    for para in doc.paragraphs:
        sents = by_paragraph.get(para.paragraph, [])
        has_trigger = any(_drill_hits(doc, trig, s, told=current is None) for s in sents)
        if not has_trigger:
            if current and (continuing and _paragraph_continues(doc, trig, para, claims)
                            or _quote_sizes_it(doc, para)):
                _add(doc, current, para.start, para.end, with_participants=False)
                for code, pos in _troops_of(doc, trig, para.start, para.end).items():
                    current.participants.setdefault(code, pos)
                continue
            continuing = False
            if current:
                # "the inspection will last until Friday": the snap inspection told before
                for s in sents:
                    if doc.has(_BACK_TO_EXERCISE, s.start, s.end):
                        _add(doc, current, s.start, s.end)
            continue
        # Sentences before the paragraph's first trigger tell of the event it names
        # ("More than 400 servicemen will be involved. The exercise will ..."), when
        # they are about troops and hold no one's claim.
        pending: list[Span] = []
        for s in sents:
            hits = _drill_hits(doc, trig, s, told=current is None)
            hit_starts = {m.start() for m in hits}
            # (not "the exercise, hosted by Kazakhstan": a passive verb tells of the drill)
            meeting_sentence = any(not _BY.match(doc.text, m.end())
                                   and not _visit_in_passing(doc, m)
                                   for m in _find(trig.meeting, doc, s))
            if not hits:
                if current and continuing and current.paragraph == s.paragraph:
                    # (not "The previous edition of Dustlik was conducted in Termez ...":
                    # another edition's place and month)
                    if not _ANOTHER_EDITION.search(doc.text, s.start, s.end):
                        _add(doc, current, s.start, s.end)
                elif _paragraph_continues(doc, trig, s, claims):
                    pending.append(s)
                continue
            subject: dict[str, int] = {}
            told_here: list[Frame] = []  # frames a part of this sentence went to
            for n, (a, b) in enumerate(_segments(doc, s, trig.exercise)):
                while a < b and doc.text[a] in ",;: ":
                    a += 1  # (a later part starts at its words, not at the comma before)
                # The first word of an event: not "more joint exercises", "continue similar
                # exercises", "eight international exercises" or "drills since 2002" (no one
                # event), though the segment may name one after it ("Five drills are held
                # within the exercise Combat Brotherhood-2023").
                # (a quote that tells the drill's course names it: '"Our unit is taking part
                # in the Rubezh-2023 drills," he said')
                hit = next((m for m in doc.matches_in(trig.exercise, a, b)
                            if (m.start() in hit_starts or not _quoted(doc, m.start()))
                            and not _no_one_event(doc, m, a, b)),
                           None)
                if hit is None:
                    continue
                # "The situation on the Tajik-Afghan border is tense, X stated at the opening
                # of the Rubezh-2021 drills": the claim's words are not the drill's account
                for cs, ce in claims:
                    if a <= cs < ce <= hit.start():
                        a = ce
                lead = doc.text[max(a, hit.start() - 40) : hit.start()]
                # (a sentence's later part goes on with its names: "the Interaction-2024
                # exercises, as well as the Search-2024 and Echelon-2024 drills")
                # (but "... the Zapad-2025 exercises", a part cut off at its own name, is
                # named by it)
                named = (_yeared_names(doc, a, b)
                         if n == 0 or _NAMED_RIGHT_BEFORE.search(lead)
                         or _NAMED_NEXT.match(doc.text, hit.end()) else [])
                # "Earlier, SCO's 'Peace Mission 2021' drill concluded ...": another drill
                # (not "Earlier, the staff reported that the exercise ...": an earlier word)
                edition = _other_edition(doc, a, hit.start()) or _first_long_ago(doc, hit, b)
                other = bool(_OTHER.search(lead) and not _ONE_MORE.search(lead)
                             # ("the bloc's upcoming drills Interaction 2025, Search 2025
                             # and Echelon 2025": the drills to come, named, are these)
                             and not (named and _UPCOMING.search(lead)
                                      and _NAMED_NEXT.match(doc.text, hit.end()))
                             # ("Work is in progress on the details of the upcoming
                             # exercises" after "will hold joint exercises": the same)
                             and not (_THE_UPCOMING.search(lead) and frames
                                      and _planned(doc, frames[-1]))
                             or named and _EARLIER.match(doc.text, a)
                             and not _REPORTED_BEFORE.search(doc.text, a, hit.start())
                             or edition)
                # ("will arrive at various drill venues": the drill told, as a place's word)
                definite = not other and (bool(_DEFINITE.search(lead)) or bool(
                    frames and _DRILL_AS_MODIFIER.match(doc.text, hit.end())))
                parts = {} if meeting_sentence else _participants(doc, a, b)
                if n == 0:
                    # "Russia has conducted exercises in X, as well as drills with Y":
                    # the subject acts in every part.
                    subject = {c: p for c, p in parts.items() if p < hit.start()}
                dates, places = (_dates(doc, a, b, trig.exercise, trig.meeting),
                                 _places(doc, a, b, trig.exercise))
                # "The drills, which also involve Uzbek troops": more actors, one event
                # (so are "Servicemen from Kazakhstan, ... are taking part in the drills")
                joining = {} if definite and (_ALSO.search(doc.text, a, b)
                                              or _PART_IN_THE.search(lead)) else parts
                target = None
                if definite or meeting_sentence:
                    # "the exercise" is not one told in passing in another paragraph
                    # ("the next drills would be held in Uzbekistan").
                    # "those separate drills": the other drills told before, though in
                    # passing and in another paragraph
                    back_to_other = bool(_BACK_TO_OTHER.search(lead))
                    # (the one told last, not the one opened last: "watched ... the joint
                    # drill Hamkorlik-2021", joining the headline's drill, then "According
                    # to the plan of the drill")
                    fits = sorted((f for f in frames
                                   if not _named_otherwise(doc, f, named)
                                   # "After the opening of the CSTO exercises, ... the
                                   # participants of the Zapad-2025 exercises": a name the
                                   # sentence's earlier drill did not have is another's
                                   and not (named and told_here and not f.names)
                                   and _compatible(doc, f, joining, dates, places)),
                                  key=_last_told, reverse=True)
                    told = [f for f in fits if not (f.compared and f.paragraph != s.paragraph)]
                    target = (next((f for f in fits if f.compared), None) if back_to_other
                              else (told[0] if told else None))
                    lex = doc.lexicon
                    if joining and target is not None and target.participants and not (
                            lex.expand(joining) & lex.expand(target.participants)):
                        # "the Tajik drills" after "those separate drills ... involve
                        # Tajik forces": not the latest, whose sides it does not name, but
                        # the one that has them
                        target = next((f for f in fits if set(joining) <= set(f.participants)),
                                      target)
                    if target is None and definite and not meeting_sentence:
                        # "the drill for units of the CSTO ... kicked off in Rostov"
                        # after "Tajik troops take part in a drill": the sentence names
                        # more sides of the drill told just before, not another one.
                        # Only a sentence that tells more than its sides (a date, a
                        # place) is read so.
                        last = frames[-1] if frames else None
                        if (last and not last.compared and s.paragraph - last.paragraph <= 1
                                and (dates or places) and not _named_otherwise(doc, last, named)
                                and not (named and told_here and not last.names)
                                and _compatible(doc, last, {}, dates, places)):
                            target = last
                    if (target is None and frames and not _named_otherwise(doc, frames[-1], named)
                            and not (named and told_here and not frames[-1].names)
                            # (not "the CIS drills dubbed X 2025 in Tajikistan on October
                            # 24" after drills "in Belarus next year": a name and a day of
                            # its own that the drill told before cannot have)
                            and not (named and dates and not frames[-1].names
                                     and not _compatible(doc, frames[-1], {}, dates, places))
                            # ('The inaugural exercise "PRABAL-2026" started on October 2'
                            # after "The first edition ... was conducted in October 2026":
                            # it tells the edition, with a name and a date)
                            and not (dates and frames[-1].compared
                                     and any(_YEAR_AT_END.search(_name_key(x))
                                             for x in _names(doc, a, b)))):
                        # "these drills" refers back even when the sentence is about
                        # something else: it adds nothing to the frame.
                        frames[-1].spans.append((a, b))
                        continue
                if (
                    target is None
                    and not definite
                    and not other
                    and current
                    and current.paragraph == s.paragraph
                    and _compatible(doc, current, parts, dates, places)
                    and not parts
                    and not _named_otherwise(doc, current, named)
                ):
                    target = current
                if target is None and meeting_sentence:
                    # "a summit ... resolved to hold drills": a new exercise, its actors
                    # those of the sentence.
                    parts = _participants(doc, a, b)
                # (not into a drill named after it: "..., the participants of the
                # Zapad-2025 exercises")
                # (nor into one compared that names its own: "..., as were exercises China
                # held with Kyrgyzstan in 2002")
                inherited = subject if n and not (named and told_here) and not (
                    other and parts) else None
                # ("... in December 2011 in Nahan, India": the place's country is one of
                # them)
                if (current and set(parts) <= set(current.participants)
                        and (other or len(current.participants) == 2)
                        and _BOTH.search(doc.text, s.start, s.end)):
                    # "the last such exercise between the two countries": those of the
                    # exercise it is compared with ("In October 2016, the two countries'
                    # militaries held joint drills" after a Tajik-Chinese drill: theirs)
                    inherited = dict(current.participants)
                opened = target is None
                if opened:
                    target = Frame(
                        "exercise", Span(a, b, s.paragraph), s.paragraph, sentence=s.start,
                        # (a drill named after the one the sentence tells, "the participants
                        # of the Zapad-2025 exercises", is told beside it: never merged in)
                        compared=other or bool(named and told_here),
                    )
                    frames.append(target)
                told_here.append(target)
                _add(
                    doc,
                    target,
                    a,
                    b,
                    with_participants=opened or not meeting_sentence,
                    with_places=not meeting_sentence,
                    inherited=inherited,
                )
                if meeting_sentence and (cut := _drill_clause_end(doc, trig, a, b)):
                    # "the drills will be held in Pabbi and the decision ... was announced
                    # during the meeting ... in Tashkent": the drill's clause places it
                    target.places.extend(_places(doc, a, cut.start(), trig.exercise))
                if edition and not target.names:
                    # "The first edition of the exercise was conducted in November 2019":
                    # an edition of the series the article tells of
                    series = next((f.names[0] for f in frames if f.names and not f.compared),
                                  None)
                    if series:
                        target.names.append(_EDITION_YEAR.sub("", series))
                if not meeting_sentence:
                    for p in pending:
                        _add(doc, target, p.start, p.end)
                pending = []
                # After "ministers will observe the exercise" the text is about the meeting.
                current, continuing = target, not meeting_sentence
                target.paragraph = s.paragraph
    # "a week after concluding the previous drills": another drill, of which nothing is told
    return [f for f in _merge_within(doc, frames) if _says_something(f)
            and not (f.compared and not (f.places or f.dates or f.counts or f.names))]
