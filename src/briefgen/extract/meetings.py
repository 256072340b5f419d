"""Meeting frames: summits, talks and visits opened by their triggers ("a summit",
"met with"), with the bodies, levels and attendees that the text gives them."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.extract.dates import DateMention, any_dates, find_dates
from briefgen.extract.document import Document
from briefgen.extract.entities import Mention, country_of, home_country
from briefgen.extract.frames import (
    _DEFINITE,
    _FOUNDED_WORDS_BEFORE,
    _REPORTED_AFTER,
    _ROLE_AFTER_ADJ,
    _STAYS_OUT,
    _VENUE_WHERE,
    _VENUE_WORDS,
    Frame,
    _compatible,
    _dateline_end,
    _dates,
    _drill_clause_end,
    _find,
    _habitual,
    _merge_within,
    _narrating_quote,
    _overlapping,
    _places,
    _quoted,
    _says_any,
    _says_something,
    _tells,
    _Triggers,
    _triggers,
    _visit_in_passing,
    doc_codes,
    title_end,
)
from briefgen.extract.text import DATELINE, Span

_CITY_AFTER = re.compile(r"\s+(?:city|town)\b")
# "a news conference": one speaker before reporters, not a meeting of parties.
_BRIEFING = re.compile(r"\b(?:news|press)[\s-]+$", re.I)
_MEETING_BACK = re.compile(
    # ("Expected participants include President of Azerbaijan X, ...")
    r"(?:It|They|(?:The\s+)?(?:expected\s+)?(?:ministers|leaders|heads|delegations|participants|"
    r"sides|parties|"
    # ("Attendees included Chinese Foreign Minister Wang Yi, ...")
    # ("At the event chiefs of General staff of ... took part.")
    r"presidents|secretaries|attendees)|At\s+the\s+(?:event|meeting|conference|session))\s",
    re.I
)
_THE_EVENT = re.compile(r"\b[Tt]he\s+event\s+(?:will\s+be|is|was|would\s+be)\s+held\b")
_TOOK_PART_IN_IT = re.compile(r"\b(?:took\s+part|participated)\s+in\s+(?:it|the\s+(?:meeting|"
                              r"sitting|session|talks|summit))\b", re.I)
# "the following meeting", but not "Following the talks, ...".
_NEXT_MEETING = re.compile(
    # ("The foreign ministers last met in Yerevan": not "last week's summit")
    r"\b(?:next|previous|upcoming|(?<=the\s)following|another|"
    # ("Kazakhstan To Host Next SCO Defense Ministers' Meeting")
    r"last(?!\s+(?:week|month|year|weekend|night|day)\b))\s+(?:[\w'’-]+\s+){0,3}$", re.I
)
_LAST_MET = re.compile(r"\b(?:last|previously)\s+$", re.I)
_NEXT_ONLY = re.compile(r"\b(?:next|upcoming)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


# '"...," said X' and '"...," X said': who speaks a quote.
_QUOTE_SAID = re.compile(r"[,.!?][\"”’]\s+(?:said|says|added|told\s+[\w-]+)\s+"
                         r"(?:[\w'’.-]+\s+){0,3}$")
_QUOTE_SAID_AFTER = re.compile(r"[,.!?][\"”’]\s+$")
_SAID = re.compile(r"\s+(?:said|says|added|told)\b")
_SAID_THAT_BEFORE = re.compile(r"\b(?:said|says|stated|noted|added)\s+that\s+"
                               r"(?:[\w'’.-]+\s+){0,4}$")
# (", a spokesman for the ministry", ", spokesman for the Taliban's political office")
_SPOKESMAN = re.compile(r",\s+(?:(?:an?|the)\s+[^,]{0,40}?\b)?(?:spokes\w+|press\s+secretary)\b")
_IGNORED_WORDS = ("ignored", "skipped", "snubbed", "boycotted", "missed")
_IGNORED_BY = re.compile(r"\b(?:ignored|skipped|snubbed|boycotted|missed)\s+by\s+"
                         r"(?:[\w'’.-]+\s+){0,4}$", re.I)
_ROLE_AFTER_ADJ_ONLY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:leader|president|prime\s+minister|"
                                  r"premier|side|delegation|officials?|representatives?)\b", re.I)
# "Armenia's absence", "Armenia's decision not to attend"; "the absence of a representative
# from member-state Armenia", "without Armenia"
_ABSENCE = re.compile(r"['’]s\s+(?:absence|decision\s+(?:not\s+to\s+attend|to\s+skip|to\s+boycott)|"
                      r"refusal)\b", re.I)
_ABSENCE_OF = re.compile(r"\b(?:absence\s+of\s+(?:[\w'’-]+\s+){0,5}|"
                         r"without\s+(?:[\w'’-]+\s+){0,2})$", re.I)
# "neither Prime Minister X, nor ...", "The summit ... will not include Armenian Prime
# Minister X", "Leaders to Convene in Minsk without X"
_NEITHER = re.compile(r"(?:\bneither|\b(?i:will\s+not|won['’]t|does\s+not|did\s+not)\s+include|"
                      r"\bwithout)\s+(?:[A-Z][\w-]*\s+){0,3}$")
# "Lukashenko invited Armenian PM X to the CSTO meeting, but the latter refused the
# invitation"
_INVITED_REFUSED = re.compile(r"\s+to\s+[^.;]{0,80}?\bbut\s+(?:the\s+latter|he|she)\s+"
                              r"(?:has\s+|had\s+)?(?:refused|declined|rejected|turned\s+down)\b")
_LEVELS = [
    # "defense leaders", "military leaders", "leaders of regional anti-terrorism
    # organizations" are not the heads of state
    ("heads of state", r"heads of state|(?<!defense\s)(?<!defence\s)(?<!military\s)"
                       r"(?<!government\s)(?<!intelligence\s)(?<!security\s)leaders\b"
                       # (not "the SCO defence ministerial summit")
                       # ("the leaders of the foreign policy departments": their heads)
                       r"(?!\s+of\s+(?:the\s+)?(?:regional|anti|(?:[\w-]+\s+){0,2}(?:departments?|"
                       r"ministries|agencies|services)\b))|(?<!ministerial\s)summit|"
                       r"presidents|collective security council"),
    ("heads of government", r"prime ministers|heads of government|government leaders|premiers"),
    ("defence ministers", r"defen[cs]e ministers|ministers of defen[cs]e|defen[cs]e ministerial"),
    ("interior ministers", r"interior ministers|ministers of (?:the )?interior"),
    ("foreign ministers", r"foreign ministers|ministers of foreign affairs|foreign ministerial"),
    # "the Secretaries of the Security Councils", "National Security Advisors of SCO"
    ("security council secretaries", r"security council secretar\w+|secretar(?:y|ies) of "
                                     r"(?:the )?security councils|national security advis[eo]rs"),
    ("chiefs of staff", r"chiefs? of (?:the )?general staff|chiefs of staff"),
    # "the Council of Heads of Security Agencies and Special Services of the CIS"
    ("security service heads", r"heads of (?:the )?(?:security|intelligence)\s+(?:and\s+\w+\s+)?"
                               r"(?:agencies|services)|intelligence (?:chiefs|heads)|"
                               # ("Security and intelligence leaders from across the CIS")
                               # ("the heads of the National Security Committees of ...")
                               r"heads of (?:the )?(?:state )?(?:committees? for |"
                               r"national )?security committees?|"
                               r"security (?:service )?chiefs|(?:security|intelligence)\s+"
                               r"(?:and\s+\w+\s+)?leaders"),
    # a bloc's standing organs: "the CSTO Permanent Council", "the CSTO Joint Staff"
    ("permanent representatives", r"permanent council|permanent representatives"),
    ("joint staff", r"(?<!chief of the )(?<!chief of )(?<!chief of the csto )joint staff"),
    # "a meeting of the Secretaries-General of the CIS, CSTO, and SCO": the blocs' chiefs
    ("secretaries general", r"secretaries[\s-]general\b|secretary[\s-]generals\b"),
]
_LEVELS = [(name, re.compile(rx, re.I)) for name, rx in _LEVELS]
_ORGAN = re.compile(r"\b(?:Joint\s+Staff|Permanent\s+Council|Secretariat|[Ww]orking\s+group|"
                    r"[Cc]ommission|[Cc]ommittee)\b")
# Words that say heads of state meet, not only that the meeting is a summit.
HEADS_OF_STATE = re.compile(r"\bheads\s+of\s+state|\bpresidents?\b|(?<!defense\s)(?<!defence\s)"
                            r"(?<!military\s)(?<!intelligence\s)(?<!security\s)\bleaders\b", re.I)
# Who comes to a meeting on behalf of a country: "leaders of Kazakhstan, ...".
_DELEGATES = (
    # ("The security chiefs of Kyrgyzstan and Tajikistan sat down for talks")
    # ("talks between the heads of state of Tajikistan and Kyrgyzstan")
    r"(?:leaders|ministers|heads(?:\s+of\s+(?:state|government))?|delegations|"
    r"representatives|presidents|officials|envoys|diplomats|member states|chiefs)"
    # "the heads of the Defense Ministries of Kyrgyzstan, Russia, ..."
    # ("delegations of (the) competent authorities of ...")
    # ("delegations from the special services of ...", "the heads of intelligence and
    # security agencies from ...")
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:ministries|delegations|departments|"
    # ("chiefs of General staff of the Armed Forces of Uzbekistan, Kazakhstan, ...")
    r"authorities|bodies|agencies|services|committees|councils|staffs?(?:\s+of\s+(?:the\s+)?armed\s+forces)?|"
    r"armed\s+forces))?"
)
_REPUBLIC_AFTER = re.compile(r"\s+(?:Republic|Federation)\b")
_FORMAL_GLUE = re.compile(r"(?:\s+(?:Republic|Federation))?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                          r"(?:(?:Islamic|People[’']s|Democratic|Federal|Arab|United)\s+)?"
                          r"(?:Republic\s+of\s+)?", re.I)
_ATTENDEE_LEAD = re.compile(
    rf"(?:{_DELEGATES}|members)(?:\s+of|\s+from)?(?:\s+(?:the\s+)?(?:member|participating)"
    r"\s+states)?(?:,?\s+including)?"
    r"(?:\s+the(?:\s+(?:Islamic|People[’']s))?\s+Republic\s+of|\s+the)?\s*$",
    re.I,
)
_ATTENDEE_LIST = re.compile(
    # "leaders of Armenia, Kazakhstan, Kyrgyzstan, and Russia"; "leaders of the
    # Participating states, including Belarus, Armenia and ..."
    rf"(?:{_DELEGATES})(?:\s+of|\s+from)?(?:\s+the)?(?:\s+(?:member|participating)\s+states)?"
    r"(?:,?\s+including)?\s+(?:[A-Z][\w]+(?:,\s*(?:and\s+)?|\s+and\s+))+$",
    re.I,
)
# ("..., People’s Republic of China, The Republic of Kyrgyzstan, Russia Federation, ...
# participated in it")
_LIST_TOOK_PART = re.compile(r"(?:\s+Federation)?(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:[Tt]he\s+)?"
                             r"(?:People[’']s\s+)?(?:Republic\s+of\s+)?[A-Z][\w]+(?:\s+Federation)?)*"
                             r",?\s+(?:(?:took|take|takes|are\s+taking|were\s+taking)"
                             r"\s+part|participated\s+in"
                             # "Russia and Kyrgyzstan held talks": the countries met
                             r"|(?:held|hold|holds|are\s+holding)\s+(?:[\w-]+\s+){0,2}talks"
                             r"|met|meet)\b")
# "the Russia-Kyrgyzstan talks", "Russian-Kyrgyz consultations": the pair that met
_PAIR_TALKS = re.compile(r"[-–][A-Z][\w]+\s+(?:(?:bilateral|official|intergovernmental|"
                         r"high-level|summit)\s+)?(?:talks|negotiations|consultations)\b")

# "visited Kabul for talks with Taliban representatives", "talks with Russian officials":
# the other side, named by its people
_TALKS_WITH = re.compile(r"\b(?:talks|meetings?|negotiations|consultations)\s+with\s+"
                         r"(?:the\s+|a\s+)?(?:[a-z-]+\s+)?$", re.I)
# ("talks with Turkmen Foreign Ministry officials": a body's words between)
_THEIR_PEOPLE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:officials|representatives|diplomats|envoys|"
                           r"authorities|leadership|side|delegation|counterparts)\b")
# ("talks between a Taliban team ... and Uzbek government members")
_BETWEEN_AFTER = re.compile(r"\w+\s+(?:held\s+|took\s+place\s+)?between\b")
# (not "Russian officials previously announced ...", "Tajik representatives emphasized
# that ...": who tell of it)
_SIDES_PEOPLE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:officials|delegation|delegates|team|"
                           r"representatives|members)\b(?!\s+(?:[a-z]+ly\s+)?(?:said|says|told|"
                           r"stated|reported|announced|added|noted|emphasi[sz]ed|stressed|"
                           r"warned|claimed|insisted)\b)")


def _sides_people(text: str, at: int | None, end_of_name: int, end: int) -> bool:
    """Whether a country or body ending at ``end_of_name`` is followed by its people
    ("officials", "delegation", "government members") who hold the meeting whose word (at
    ``at``) opened the frame: before that word ("Uzbek officials and a Taliban delegation
    held talks") or in its "between" ("talks between a Taliban team and Uzbek government
    members"), not after it ("..., which coincided with the group's talks with Russian
    officials")."""
    if at is None or _SIDES_PEOPLE.match(text, end_of_name, end) is None:
        return False
    return end_of_name < at or _BETWEEN_AFTER.match(text, at) is not None


def _talks_with(text: str, at: int | None, start: int, end: int) -> bool:
    """Whether [start, end) ends in "talks with (the)" whose noun named the meeting (at
    ``at``), not another's ("which coincided with the group's talks with US officials")."""
    talks = _TALKS_WITH.search(text, start, end)
    return talks is not None and talks.start() == at


_LAST_YEAR_FIRST = re.compile(r"\b(?:last|previous)\s+year,?\s+for\s+the\s+first\s+time\b"
                              r"|\bfor\s+the\s+first\s+time\s+last\s+year\b", re.I)


_CITY_WORDS = re.compile(r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?")
# Where the wire filed from, said without its name.
_HERE = re.compile(r"\b(?:in|at)\s+the\s+capital\b(?!\s+of\b)|\bhere\b")
_THERE = re.compile(r"\b(?:held|took\s+place|convened|met|gathered)\s+there\b")


def _sentence_before(doc: Document, s: Span) -> Span | None:
    """The sentence before the one holding ``s``, in its paragraph, if any."""
    own = doc.sentence_at(s.start)
    prev = doc.sentence_at(own.start - 1)
    return prev if prev.start < own.start and prev.paragraph == s.paragraph else None


def _dateline_city(doc: Document) -> list[Mention]:
    """The known city of the dateline opening the article ("ASTANA — "), if any."""
    if not doc.paragraphs:
        return []
    start = doc.paragraphs[0].start
    end = _dateline_end(doc, start)
    if end == start:
        return []
    found = [p for p in doc.mentions_in(start, end, ("place",))
             if p.known and doc.lexicon.place(p.id).get("kind") == "city"]
    if not found and (city := _CITY_WORDS.match(doc.text, start, end)):
        # "ASTANA — ": the city in capitals, as wires write it
        entry = doc.lexicon.entries.get(city.group().title())
        if entry is not None and entry.kind == "place" and doc.lexicon.place(
                entry.id).get("kind") == "city":
            found = [Mention(city.start(), city.end(), "place", entry.id, entry.name,
                             country=str(doc.lexicon.place(entry.id).get("country", "")))]
    return found[:1]
_WAS_MET_BY = re.compile(r"\b(?:was|were|being|be)\s+met\s+by\b", re.I)
_HELD_TALKS = re.compile(r"\b(?:held|holds|hold|holding)\s+$")
# "have sought to deepen cooperation ... during talks": talks in general, no article, no day
_DURING_TALKS = re.compile(r"\b(?:during|in|through|via)\s+$", re.I)


_HOST_VERBS = ("received", "receives", "hosted", "hosts")
# ("to meet the challenges", "essential to meet global challenges")
_MEET_A_NEED = re.compile(r"\s+(?:(?:the|these|its|their|our|all|any|such)\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:challenges?|needs?|requirements?|demands?|standards?|targets?|"
                          r"goals?|obligations?|expectations?|conditions?|criteria|deadlines?|"
                          r"threats?)\b", re.I)
_OWN_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# "... of the Council of Heads of State of the International Fund for Saving the Aral Sea":
# named for a body the lexicon lacks
_OTHER_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?){0,8}?"
                         r"(?:International|Fund|Union|Association|Organi[sz]ation|Commission|"
                         r"Forum|Conference)\b")


def _sides(doc: Document, s: Span) -> set[str]:
    """The countries a sentence names as parties, outside quotes: countries, their
    adjectives, and national bodies for their country ("a Taliban delegation")."""
    out = set()
    for m in doc.mentions_in(s.start, s.end, ("country", "organisation")):
        if _quoted(doc, m.start):
            continue
        if code := country_of(doc.lexicon, m):
            out.add(code)
    return out


_DATED_CLAUSE = re.compile(r"(?:,\s+|\s+)and\s+(?=(?:on|in)\s)|,\s+(?:and|but|while)\s+|;\s+")


def _clause_of(doc: Document, s: Span, hit: re.Match) -> tuple[int, int]:
    """The clause of sentence ``s`` that holds ``hit``, when the sentence tells of two
    days ("On May 3, he was in Kabul and on May 4, he met with X"); else the sentence."""
    if _says_any(doc, _CAME_WORDS, s.start, s.end) and (
            came := _CAME_AFTER.search(doc.text, s.start, s.end)):
        # "The talks came weeks after X visited Dushanbe": two events, a clause each
        return (s.start, came.start()) if hit.start() < came.start() else (came.end(), s.end)
    # ("the drills will be held in Pabbi and the decision to hold them was announced during
    # the meeting ... held in Tashkent": the drill's clause, then the meeting's)
    if (joint := _drill_clause_end(doc, _triggers(doc), s.start, s.end)) and (
            joint.end() <= hit.start()):
        return joint.end(), s.end
    cuts = [m.end() for m in _DATED_CLAUSE.finditer(doc.text, s.start, s.end)]
    if not cuts or len(find_dates(doc.text, s.start, s.end, doc.pub)) < 2:
        return s.start, s.end
    bounds = [s.start, *cuts, s.end]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a <= hit.start() < b and any_dates(doc.text, a, b):
            return a, b
    return s.start, s.end


_DELEGATION_RECEIVED = re.compile(r"\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}delegation\b")


def _hosts_a_person(doc: Document, verb: re.Match, s: Span) -> bool:
    """"Japarov received the Secretary General of the SCO Zhang Ming": a visit, where
    "received new vehicles" is none. The one received is a person, named soon after."""
    if not (re.match(r"\s+(?:the\s+|his\s+|her\s+)?[A-Z]", doc.text[verb.end() : verb.end() + 10])
            # ("received a military delegation headed by the Minister of Defense of X")
            or _DELEGATION_RECEIVED.match(doc.text, verb.end())):
        return False
    return bool(doc.mentions_in(verb.end(), min(s.end, verb.end() + 120), ("person",)))


# "The ministers met in Minsk ahead of a summit of the leaders": two meetings, one
# sentence.
_AHEAD_OF = re.compile(
    r"\s+(?:ahead of|before|after|following|on the eve of|in anticipation of|prior to|"
    # ("to prepare for the SCO summit, which will be held in Qingdao in June")
    r"(?:to\s+)?prepare\s+for|preparing\s+for|"
    # "setting the agenda for next Heads of State Summit", "preparations for the summit"
    r"(?:agenda|preparations?|preparatory\s+stage)\s+for)\s+(?:a|an|the|this|next)\s"
    # ("reached consensus regarding the SCO Qingdao summit in June": what was agreed stays
    # with the meeting that agreed it)
    r"|(?<=consensus)\s+(?:regarding|on)\s+(?:a|an|the|this|next)\s"
    r"|(?<=agreement)\s+(?:regarding|on)\s+(?:a|an|the|this|next)\s"
    r"|\s+for\s+(?=next\s)", re.I
)
# "Before the summit, the defence ministers met in Astana": the same, told first.
_OPENS_WITH_ANOTHER = re.compile(
    # ("In anticipation of the CSTO summit, President X engaged in discussions with ...")
    r"(?:Before|After|Ahead of|Following|On the eve of|In anticipation of|Prior to|Preceding|"
    r"(?:As\s+part\s+of\s+|In\s+)?(?:the\s+)?preparations?\s+for)"
    r"\s+(?:the|this|a|an|last|next)\s[^,.;]{1,90},\s+"
)
# "X informed the President about the preparations for the session": X tells of it.
_BRIEF_VERBS = r"(?:informed|briefed|told|updated)"
_INFORMS = re.compile(rf"\s+{_BRIEF_VERBS}\s+[^.;]{{0,60}}?\b(?:about|on|of)\s", re.I)
# "... briefed President X on the preparations": X is told of it.
_INFORMED = re.compile(rf"\b{_BRIEF_VERBS}\s+(?:[\w-]+\s+){{0,6}}$", re.I)
_ABOUT = re.compile(r"\s+(?:about|on|of)\s")
_TOWN_OF = re.compile(r"\b(?:town|city)\s+of\s+$", re.I)
_WITH_SOMEONE = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*)?\s+with\s")
# "talks between X and Federal Chancellor of Germany Y": two named people
_BETWEEN_PEOPLE = re.compile(r"(?:\s+(?:took\s+place|was\s+held))?\s+between\s+")
_BETWEEN_TWO = re.compile(r"\s+between\s+the\s+two\s+(?:leaders|presidents|ministers)\b")
# "a summit of the bloc's leaders", "a summit of the central Asian security body"
_THE_BLOC = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,3}?(?:bloc|alliance|organi[sz]ation|"
                       r"grouping|security\s+body)(?:['’]s)?\b", re.I)
_IN_THE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)


# Bodies a report talks about, never one whose meeting it tells (NATO, the UN)
_TALKED_ABOUT = ("NATO", "UN")


def _bodies(doc: Document, s: Span) -> list[str]:
    """The multinational bodies a meeting sentence names, outside quotes (NATO is
    talked about, not met); an organ's meeting is its parent's ("the Council of the
    Regional Anti-Terrorist Structure" meets for the SCO)."""
    orgs = doc.lexicon.raw.get("organisations", {})
    named = doc.mentions_in(s.start, s.end, ("organisation",))
    # ("During the Security Council meeting, Kazakhstan appealed to the Collective Security
    # Treaty Organization (CSTO)": the body asked for help, not the one that met)
    addressed = {m.id for m in named
                 if _says_any(doc, _ADDRESSED_WORDS, max(s.start, m.start - 40), m.start)
                 and _ADDRESSED_BODY.search(doc.text, max(s.start, m.start - 40), m.start)}
    # ("The meeting was attended by the CIS First Deputy Secretary-General X": his body,
    # not the one that met)
    addressed |= {m.id for m in named
                  if _ATTENDED_BY.search(doc.text, max(s.start, m.start - 20), m.start)
                  and (who := doc.mentions_in(m.end, min(s.end, m.end + 60), ("person",)))
                  and _TITLE_ONLY.fullmatch(doc.text, m.end, who[0].start)}
    # ("issues of Tajikistan's cooperation within the framework of the CSTO ... were
    # discussed": the body talked about)
    addressed |= {m.id for m in named
                  if _COOPERATION_WITHIN.search(doc.text, max(s.start, m.start - 50), m.start)}
    found = [orgs.get(m.id, {}).get("parent") or m.id
             for m in named
             if doc.lexicon.is_multinational(m.id) and m.id not in _TALKED_ABOUT
             and m.id not in addressed
             and (not _quoted(doc, m.start)
                  or _narrating_quote(doc, m.start, _triggers(doc).meeting))
             # ("attended by the heads of such international organizations as the CIS,
             # ECO, CICA, CSTO": guests, not the body that meets)
             and not (_says_any(doc, ("organizations", "organisations"),
                                max(s.start, m.start - 200), m.start)
                      and _GUEST_BODIES.search(doc.text, max(s.start, m.start - 200), m.start))]
    return list(dict.fromkeys(found))


_ATTENDED_BY = re.compile(r"\battended\s+by\s+(?:the\s+)?$")
_TITLE_ONLY = re.compile(r"(?:\s+(?:First|Deputy|Secretary-General|Secretary|General|Chief|Head|"
                         r"Chairman|Special|Representative|Envoy|Commander|Director|Executive))+\s+")
_ADDRESSED_WORDS = ("appeal", "appealed", "appeals", "turned", "turns", "applied", "applies",
                    "asked", "asks", "requested", "requests")
_ADDRESSED_BODY = re.compile(
    r"\b(?:(?:appeal|appealed|appeals|turned|turns|applied|applies)\s+(?:\w+\s+)?to|asked|asks"
    r"|requested\s+(?:\w+\s+){0,3}from|requests\s+(?:\w+\s+){0,3}from)\s+(?:the\s+)?$")


_GUEST_BODIES = re.compile(r"\borgani[sz]ations\s+(?:such\s+as|as|including|like)\s+"
                           r"(?:the\s+)?(?:[A-Z][\w-]*,?\s+(?:and\s+)?)*$")


def _seats(doc: Document, s: Span) -> list[Mention]:
    """"talks in the Kremlin": the place where the body named sits (its ``seat``)."""
    orgs = doc.lexicon.raw.get("organisations", {})
    out = []
    for m in doc.mentions_in(s.start, s.end, ("organisation",)):
        seat = orgs.get(m.id, {}).get("seat")
        if seat and _IN_THE.search(doc.text, max(s.start, m.start - 8), m.start):
            place = doc.lexicon.place(seat)
            out.append(Mention(m.start, m.end, "place", seat, place.get("name", seat),
                               country=place.get("country", "")))
    return out


# What a meeting prepares: another one, still to come ("ahead of the summit", "consensus
# regarding the Qingdao summit", "a preparatory stage for the SCO Summit")
_PREPARING = (r"(?:regarding|consensus\s+on|agreement\s+on|prepare\s+for|preparing\s+for|"
              r"preparations?\s+for|preparatory\s+stage\s+for)")
_CUE_END = r"\s+(?:a|an|the|this|next)?\s*$"  # (the cue ends where the meeting's name begins)
_PREPARES_FOR = re.compile(rf"\b{_PREPARING}{_CUE_END}", re.I)
_AHEAD_CUE = re.compile(rf"\b(?:ahead\s+of|on\s+the\s+eve\s+of|agenda\s+for|{_PREPARING})"
                        rf"{_CUE_END}", re.I)


def _upcoming(doc: Document, d: DateMention) -> DateMention:
    """A month named without its year, read as the next one after the publication month
    (the tense of a past-tense report put it in the year before)."""
    pub = doc.pub
    if (pub is None or pub.month is None or d.precision != "month" or d.relative
            or re.search(r"\d{4}", d.text) or not d.start or d.start >= f"{pub.year:04d}-"
            f"{pub.month:02d}"):
        return d
    year = int(d.start[:4]) + 1
    month = d.start[5:7]
    return replace(d, start=f"{year}-{month}", end=f"{year}-{month}")


_PARTS_WORDS = ("ahead of", "before", "after", "following", "on the eve of", "agenda",
                "anticipation of", "prior to", "Preceding",
                "preparation", "preparatory", "for next", "sidelines", "margins", "fringes",
                "during", "summit", "prepar", "regarding", "consensus on", "agreement on")
_BESIDE = re.compile(r",?\s+(?:also\s+)?(?:(?:on|at)\s+(?:the\s+)?(?:sidelines|margins|fringes)\s+"
                     r"of\s+(?:(?:a|an|the|this)\s+)?|during\s+(?:a|an|the|this)\s+"
                     # "met his Kyrgyz counterpart X at Shanghai Cooperation Organisation (SCO)
                     # summit in Samarkand"
                     r"|at\s+(?:(?:a|an|the|this)\s+)?(?=(?:[\w()'’-]+\s+){0,6}?summit\b))", re.I)
# "met with his Tajik counterpart", "held a meeting with X": one other side (not "met
# with his counterparts")
_MET_WITH = re.compile(
    r"(?:\b(?i:met|meets|meet|meeting)\s+(?:with\s+)?|\bheld\s+(?:a\s+)?(?:bilateral\s+)?"
    # (nor "Putin to meet CSTO colleagues at the summit": many)
    r"(?:meeting|talks)\s+with\s+)(?!(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?(?:counterparts|"
    r"colleagues|partners|leaders|ministers)\b)(?:his|her|the|[A-Z])")


def _meeting_parts(doc: Document, trig: _Triggers, s: Span) -> list[tuple[Span, bool]]:
    """The sentence, or its two parts where it tells of a meeting before or after
    another one; with whether the part is that other one, told in passing."""
    if not _says_any(doc, _PARTS_WORDS, s.start, s.end):
        return [(s, False)]
    # (a dateline opens a paragraph, never a later sentence)
    dateline = (DATELINE.match(doc.text, s.start, s.end)
                if s.start == doc.paragraphs[s.paragraph].start else None)
    if opening := _OPENS_WITH_ANOTHER.match(doc.text, dateline.end() if dateline else s.start,
                                            s.end):
        parts = [(Span(s.start, opening.end(), s.paragraph), True),
                 (Span(opening.end(), s.end, s.paragraph), False)]
    elif (cut := _AHEAD_OF.search(doc.text, s.start, s.end)) or (
            # "Singh met with his Tajik counterpart ... on the sidelines of the SCO
            # Defence Ministers' meeting", "... met with X during the summit": the two
            # sides' meeting, beside the bloc's
            (cut := _BESIDE.search(doc.text, s.start, s.end))
            and _MET_WITH.search(doc.text, s.start, cut.start())):
        parts = [(Span(s.start, cut.start(), s.paragraph), False),
                 (Span(cut.end(), s.end, s.paragraph), True)]
    else:
        return [(s, False)]
    if not all(_find(trig.meeting, doc, part) for part, _ in parts):
        if opening and _find(trig.meeting, doc, parts[0][0]):
            # "Ahead of the summit, Putin discussed security issues with ... Rakhmon, who
            # paid an official visit to Moscow": the summit is told elsewhere; the rest
            # tells no meeting
            return [parts[0]]
        if (not opening and _PREPARES_FOR.search(doc.text, s.start, parts[1][0].start)
                and _find(trig.meeting, doc, parts[1][0])):
            # "Moreover, foreign ministers will be preparing for the SCO summit that will
            # take place in Chinese Qingdao in June": only the summit, told in passing
            return [parts[1]]
        return [(s, False)]  # '"...," Rahmon said after the meeting': one meeting
    return parts


def _told_before(doc: Document, s: Span) -> tuple[list[str], list[str]]:
    """Bodies and levels of the sentence before ``s`` that its "The ministers met ..."
    refers back to ("Defence ministers of the CSTO agreed ... The ministers met in
    Minsk")."""
    if not _MEETING_BACK.match(doc.text, s.start, s.end):
        return [], []
    prev = doc.sentence_at(s.start - 1)
    if prev.start >= s.start or prev.paragraph < s.paragraph - 1:
        return [], []
    seg = doc.text[prev.start : prev.end]
    return _bodies(doc, prev), [name for name, rx in _LEVELS if rx.search(seg)]


_BILATERAL = re.compile(r"\bbilateral\s+$", re.I)
_DAYS_SPAN = re.compile(r"\b(?:were|was)\s+held\s+(?:in\s+[A-Z][\w-]*\s+)?from\s+"
                        r"(?:[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z])")
# (a summit by video link is one; Putin "joined via video link" attended)
_FIRST_HELD_IN = re.compile(r"\b(?:held|convened|took\s+place)\s+(?:for\s+the\s+first\s+time|"
                            r"first)\s+in\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_CALL_WORDS = ("phone", "telephone")
_CALL = re.compile(r"\b(?:tele)?phone\s+(?:conversations?|calls?|talks)\b"
                   r"|\bspoke\s+(?:by|on\s+the)\s+(?:tele)?phone\b", re.I)
# "he met with ...", "the Defence Minister also held a meeting with ...": the one last named
# ("the Iranian top general was also set to meet with ...": the general last named)
_HE_MET = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]he\s+(?P<title>(?:[A-Z][\w-]*\s+){0,2}"
                     r"(?:Minister|President|Secretary|Chairman)|(?:[\w-]+\s+){0,2}(?:general|minister|commander)))\s+"
                     r"(?:(?:was|is)\s+)?(?:also\s+|later\s+|then\s+)?"
                     r"(?:(?:set|due|expected|scheduled)\s+to\s+)?(?:held\s+(?:a\s+)?"
                     r"(?:bilateral\s+)?)?$")
_DURING_MEETING_HE = re.compile(
    # (no title names him: the one last named is meant)
    r"(?:During|At|In)\s+(?:a|the|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks)\s+with\s+"
    r"[^.;\"“”]{3,120}?,\s+(?:he|she)\s")
_DURING_HIS_MEETING = re.compile(r"\b(?i:he|she)\s[^.;\"“”]{0,80}?\b(?:during|at|in)\s+"
                                 r"(?:his|her)\s+(?:[\w-]+\s+){0,2}$")
_HE_ATTENDED = re.compile(r"\b(?:he|she|they|we|I)\s+(?:had\s+|has\s+|have\s+|will\s+)?"
                          r"(?:met|meet|attended|attend|held|hold|hosted|host|chaired|chair)\b")
_TIMES_OWN = re.compile(r"\b(?:year|month|week|today|yesterday|tomorrow|day|Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+$", re.I)
# "a meeting of the Committee for ... Defense of the Parliament of Kyrgyzstan": a
# country's own institution sitting, not a meeting between sides.
_EXTENDED = re.compile(r"\b(?:an?\s+|the\s+)?(?:extended|expanded|enlarged)\s+(?:board\s+)?$",
                       re.I)
_DOMESTIC_SITTING = re.compile(
    r"\s+of\s+(?:the\s+|a\s+)?[^.;:]{0,100}?\b(?:[Pp]arliament(?:ary)?|Cabinet|Government|"
    r"Collegium|Duma|Senate|Majlis\w*|Mazhilis|Kenesh|National\s+Assembly)\b")
# Someone's thing that is no part in a meeting ("X's tariff war"); not "X's visit".
_OWNS_OTHER = re.compile(
    r"['’]s?\s+(?!(?:\w+\s+)?(?:visit|arrival|trip|tour|delegation|meeting|talks|speech|address|"
    r"participation|presence|attendance|remarks|statement|words|counterpart|host|invitation|"
    r"plane|motorcade|entourage|attending|meeting)\b)[a-z]")
_SPEAKS = re.compile(r"\s+(?:also\s+)?(?:said|says|added|emphasi[sz]ed|stressed|noted|stated|"
                     r"underlined|warned|announced|believes|told)\b")
_ANNOUNCES_OTHER = re.compile(r"\s+(?:said|says|announced|told\s+[\w-]+)\s+(?:that\s+)?"
                             r"(?:[A-Z][\w'’-]*\s+){1,3}(?:will|would|is\s+to|plans)\b")
_ANNOUNCES_MEETING = re.compile(
    r"\s+(?:also\s+)?(?:said|says|announced|reported|noted|told\s+[\w-]+)\s+(?:that\s+)?"
    r"[^.;\"“”]{0,160}?\b(?:summit|meeting|talks|session)\b[^.;\"“”]{0,120}?\b(?:would|will)\s+"
    r"(?:be\s+held|take\s+place)\b")
# ("Presidential Aide X announced Vladimir Putin's participation in the meeting")
_ANNOUNCES_ANOTHERS = re.compile(r"\s+(?:also\s+)?(?:announced|confirmed|said)\s+"
                                 r"(?:[A-Z][\w-]*\s+)+(?:[A-Z][\w-]*)['’]s\s+"
                                 r"(?:participation|attendance|visit)\b")
_RECALLS = re.compile(r"\s+(?:also\s+)?(?:reminded|recalled|noted|said)\s+that\s+"
                      r"(?:(?:during|at|in)\s+(?:the\s+)?(?:last|previous|past)\b"
                      # ("Grekhov recalled that last year the 57th meeting of ...")
                      r"|last\s+(?:year|month|week)\b)")
_CROWD = re.compile(r"\b(?:rioters|protesters|protestors|demonstrators|crowds?|people|residents|"
                    r"supporters|mourners|militants|fighters|refugees|migrants|hundreds|thousands)"
                    r"\b(?:[^.;,]{0,25}|(?P<aside>[^.;]{26,160}))$", re.I)
# Who meets, named after a crowd and before its verb: "Amid fears of militants crossing the
# border, the defence ministers gathered in Dushanbe"
_OFFICIALS = re.compile(r"\b(?:ministers?|leaders|heads|delegations?|officials|chiefs|"
                        r"secretaries|presidents|commanders|representatives|envoys|diplomats|"
                        r"members|participants)\b", re.I)
# (names apart from _FOUNDED, which finds a drill series' founding; gated on the words
# of _FOUNDED_WORDS_BEFORE)
_FORMAT_FOUNDED = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:first\s+)?(?:created|"
                             r"established|founded|formed)\s+(?:in|on)\s+(?:19|20)\d\d\b")
_ONLY_ATTRIBUTION = re.compile(r"(?:,\s+[^.;\"“”]{0,120},)?\s+(?:reported|informed|said|told)\b"
                               r"[^.;\"“”]{0,40}\.?\s*$")
_MESSAGE_WORDS = ("address", "message", "greeting", "letter")
_MESSAGE_OF = re.compile(r"\b(?:address|message|greetings?|letter)\s+(?:of|from)\s+(?:the\s+)?"
                         r"[^.;\"“”]{0,80}$", re.I)
_ADVISING = re.compile(r"\b(?:advis[eo]rs?|aides?|envoys?)\s+(?:of|to)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w'’.-]*\s+){0,3}$")
_UNDERWAY = re.compile(r"\b(?:is|are)\s+(?:now\s+)?(?:under\s?way|taking\s+place|being\s+held|"
                       r"in\s+progress)\b")
_CAME_WORDS = ("came", "comes", "follows", "followed", "place", "held")
_CAME_AFTER = re.compile(
    r"\b(?:(?:came|comes|follows|followed)\s+(?:(?:just|only|shortly|days|weeks|hours)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|hours?|months?)"
    r"\s+)?|(?:took\s+place|was\s+held)\s+(?:just\s+|only\s+)?(?:a|an|one|two|three|four|five|"
    r"six|several|few|\d+)\s+(?:days?|weeks?|hours?|months?)\s+)(?:after|before)\s"
)
_SINCE_WHO = re.compile(r"\bsince\s+(?:[\w'’.-]+\s+){0,4}$", re.I)
# ("According to the official representative of the Ministry of Foreign Affairs of
# Uzbekistan, Yusup Kabulzhanov, ...": an office, then its holder)
_ACCORDING_TO_WHO = re.compile(
    r"\b(?i:according)\s+to\s+(?:(?:[\w'’.-]+\s+){0,4}|(?:the\s+)?[^,.;]{0,100}?\b(?i:"
    r"representative|spokes\w+|minister|head|secretary|official|chief|director|advis[eo]r|"
    r"aide|envoy|ambassador|chairman|commander)\b[^,.;]{0,80},\s+)$")
_SPOKESPERSON_BEFORE = re.compile(r"\bspokes(?:man|woman|person)\s+$", re.I)
_HONOURED = re.compile(r"\b(?:honou?r|in\s+memory\s+of|mourn\w*|commemorat\w+|tribute\s+to|"
                       # ("a moment of silence observed over the deaths of President X")
                       r"deaths?\s+of)\b[^.;]{0,100}$", re.I)
_ROUNDS = re.compile(r"\b(?:several|many|numerous|multiple|dozens\s+of|\d+|two|three|four|five|"
                     r"six|seven|eight|nine|ten)\s+(?:more\s+)?rounds\s+of\s+$", re.I)


_COOPERATION_WITHIN = re.compile(r"\bcooperation\s+(?:within\s+the\s+framework\s+of|within|with|"
                                 r"in)\s+(?:the\s+)?$", re.I)
_WAS_ATTENDED_BY = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b")
_THE_TALKS_OPEN = re.compile(r"\s*(?:The|These)\s+(?:[\w-]+\s+)?")
_HELD_IN = re.compile(r"\b(?:held|hosted|take\s+place|takes\s+place)\s+in\s+$")
_MANY_OF = re.compile(r"\b(?:a\s+series\s+of|a\s+number\s+of|several|numerous|many)\s+$", re.I)
_OF_A_KIND = re.compile(r"\s+(?:like|such\s+as)\s")
_AN_EXAMPLE = re.compile(r"\b(?:meetings|summits|events|forums)\s+(?:like|such\s+as)\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause going on at ``start`` ends: its next comma or semicolon."""
    found = [i for i in (text.find(",", start, end), text.find(";", start, end)) if i != -1]
    return min(found) if found else end


def _unquoted(doc: Document, s: Span) -> str:
    """The text of ``s`` with the words inside its quotations blanked out."""
    chars = list(doc.text[s.start : s.end])
    for q in doc.quotes:
        for i in range(max(q.open_mark, s.start), min(q.close_mark + 1, s.end)):
            chars[i - s.start] = " "
    return "".join(chars)


def meeting_frames(doc: Document) -> list[Frame]:
    trig = _triggers(doc)
    text = doc.text
    frames: list[Frame] = []
    current: Frame | None = None
    parts = (part for sent in doc.sentences for part in _meeting_parts(doc, trig, sent))
    for s, aside in parts:
        if _says_any(doc, _CALL_WORDS, s.start, s.end) and _CALL.search(text, s.start, s.end):
            continue  # "X held a telephone conversation with Y to discuss ... a meeting"
        hits = [
            m
            # ('«On September 13 the 29th meeting of the SCO RATS Council was held in
            # Almaty ...», press-release stated': a quote that tells the meeting's course)
            for m in doc.matches_in(trig.meeting, s.start, s.end)
            if (not _quoted(doc, m.start()) or _narrating_quote(doc, m.start(), trig.meeting))
            # (nor "the conference centre": a building)
            and not re.match(r"\s*(?:place|hall|room|cent(?:re|er)s?|venue)\b",
                            text[m.end() : m.end() + 9])
            # ("meetings like the CSTO summit provide an excellent opportunity": of a kind,
            # and the summit an example of it; "held a series of meetings with X": many)
            and not (m.group().endswith("s") and (
                _OF_A_KIND.match(text, m.end())
                or _MANY_OF.search(text, max(s.start, m.start() - 20), m.start())))
            and not _AN_EXAMPLE.search(text, max(s.start, m.start() - 40), m.start())
            # "to meet the challenges posed by Afghanistan": no one meets anyone
            and not (m.group().casefold() in ("meet", "meets")
                     and _MEET_A_NEED.match(text, m.end()))
            and not _BRIEFING.search(text, max(s.start, m.start() - 6), m.start())
            # ("the centre, the venue where the SCO summit was held in 2018": where)
            and not (_says_any(doc, _VENUE_WORDS, max(s.start, m.start() - 120), m.start())
                     and _VENUE_WHERE.search(text, max(s.start, m.start() - 120), m.start()))
            # "where he was met by Chinese Defence Minister X": a welcome on arrival
            and not (m.group().casefold() == "met"
                     and _WAS_MET_BY.search(text, max(s.start, m.start() - 8), m.end() + 4))
            # "observers attended the drills": a presence at the exercise
            # ("The event was attended by representatives of ..." after the drill's
            # opening ceremony: the drill's)
            and not (m.group().casefold() == "attended" and doc.has(
                trig.exercise, doc.paragraphs[max(0, s.paragraph - 2)].start, s.end))
            and (m.group().casefold() not in _HOST_VERBS or _hosts_a_person(doc, m, s))
            and not _visit_in_passing(doc, m)
            # "several hundred rioters are gathered in the city centre": a crowd
            # ("5,000 fighters, mostly from post-Soviet states and who ..., had gathered in
            # northern Afghan provinces": the crowd's own clause between them)
            and not (m.group().casefold() in ("gathered", "gathering")
                     and (crowd := _CROWD.search(text, max(s.start, m.start() - 200), m.start()))
                     and not (crowd.group("aside")
                              and _OFFICIALS.search(crowd.group("aside"))))
        ]
        if not hits:
            if current and (
                current.paragraph == s.paragraph
                # "It was chaired by ...", "The ministers discussed ..." in the next paragraph
                or current.paragraph == s.paragraph - 1
                and s.start == doc.paragraphs[s.paragraph].start
                and (_MEETING_BACK.match(text, s.start, s.end)
                     # "Kazakhstan, Azerbaijan, ... and Uzbekistan took part in it."
                     or _TOOK_PART_IN_IT.search(text, s.start, s.end))
            ):
                _meeting_people(doc, current, s.start, s.end, told_of=False)
                current.spans.append((s.start, s.end))
                current.paragraph = s.paragraph
            elif (current and not current.dates and current.paragraph >= s.paragraph - 1
                  and _THE_EVENT.search(text, s.start, s.end)):
                # "Astana will host the Meeting of Defense Ministers ... According to the
                # information, the event will be held on April 26, 2024."
                if dates := _dates(doc, s.start, s.end, trig.meeting, trig.exercise):
                    current.dates += dates
                    current.spans.append((s.start, s.end))
            continue
        hit = hits[0]
        if _habitual(doc, s.start, s.end, hit.group().casefold().endswith("s")):
            continue  # "The meetings of the ... have been held since 2004": the series
        if (_says_any(doc, ("first time",), s.start, s.end) and doc.pub is not None
                and _LAST_YEAR_FIRST.search(text, s.start, s.end)):
            continue  # "Incidentally, last year, for the first time, the heads of ...
            # convened in Tashkent": the format's history, not the meeting told
        if (_says_any(doc, ("first",), s.start, s.end) and doc.pub is not None
                and (first := _FIRST_HELD_IN.search(text, s.start, s.end))
                and int(first.group("year")) < doc.pub.year):
            continue  # "The consultative meeting ... was held for the first time in 2018 in
            # Astana, then in 2019 in Tashkent, ...": the series' history
        seg = text[s.start : s.end]
        # ("Rahmon's meeting"; not "This year's summit": a time's, the one told)
        possessive = bool(
            re.search(r"['’]s\s+$", text[max(s.start, hit.start() - 4) : hit.start()])
        ) and not _TIMES_OWN.search(text, max(s.start, hit.start() - 14), hit.start())
        # "held bilateral meetings with his counterparts of the SCO": the two sides
        # met, not the bloc; a meeting of its own where the sentence tells when or where
        # (not "will also hold bilateral meetings on the sidelines of the event")
        bilateral = _BILATERAL.search(text, max(s.start, hit.start() - 12), hit.start()) and (
            any_dates(text, s.start, s.end) or doc.mentions_in(s.start, s.end, ("place",)))
        # ("X met with his Tajik counterpart ... on the sidelines of the SCO meeting")
        bilateral = bilateral or (not aside and _BESIDE.match(text, s.end) is not None
                                  and _MET_WITH.search(text, s.start, s.end) is not None)
        # ("the recent talks between Vladimir Putin and Federal Chancellor of Germany
        # Angela Merkel, held in Moscow": theirs, not the bloc's told before)
        # ("a meeting took place between Kazakhstan's Defense Minister, General-Colonel X,
        # and Belarus' Defense Minister, Lieutenant-General Y"; "the negotiations between
        # the heads of the defense ministries of Kazakhstan X and China Y")
        bilateral = bilateral or (
            hit.group().casefold() in ("talks", "meeting", "negotiations")
            and (between := _BETWEEN_PEOPLE.match(text, hit.end(), s.end)) is not None
            and len(doc.mentions_in(between.end(), s.end, ("person",))) == 2)
        bodies = ["bilateral"] if bilateral else _bodies(doc, s)
        if (not bodies and not aside and _MET_WITH.search(text, s.start, s.end)
                and doc.mentions_in(s.start, s.end, ("person",))
                # (not "defense ministers of China, Kazakhstan, Kyrgyzstan, ... met with
                # Kazakh President X": many sides, no pair)
                and len(_sides(doc, s)) < 3):
            bodies = ["bilateral"]  # "the Defence Minister also held a meeting with X"
        # (not the words of a quotation the hit stands outside: '"This meeting has made
        # preparations for the summit," said X, who hosted the meeting of the SCO Council of
        # Foreign Ministers' is of foreign ministers)
        told = seg if _quoted(doc, hit.start()) else _unquoted(doc, s)
        levels = [name for name, rx in _LEVELS if rx.search(told)]
        if _WAS_ATTENDED_BY.match(text, hit.end(), s.end):
            levels = []  # "The meeting was attended by Defence Minister ..., Chief of the
            # General Staff ...": who came, not the meeting's level
        if not bodies and not levels:
            bodies, levels = _told_before(doc, s)
        sentence = doc.sentence_at(s.start)
        if not bodies and not aside and sentence.start < s.start:
            # "Before the CSTO summit, the ministers met": the body of the opening aside
            bodies = _bodies(doc, Span(sentence.start, s.start, s.paragraph))
        if not bodies and any(
                # (not the word in a name: "appealed to the Collective Security Treaty
                # Organization")
                not doc.mentions_in(b.start(), b.end(), ("organisation",))
                # (with the article a cut before an aside left behind: "ahead of the
                # organization's annual summit")
                for b in _THE_BLOC.finditer(text, max(0, s.start - 4), s.end)):
            # "a summit of the bloc's leaders": the body named last before
            orgs = doc.lexicon.raw.get("organisations", {})
            named = [orgs.get(m.id, {}).get("parent") or m.id
                     for m in doc.mentions_in(0, s.start, ("organisation",))
                     if doc.lexicon.is_multinational(m.id) and m.id not in _TALKED_ABOUT]
            bodies = named[-1:]
        if not bodies and not levels and (
                _DOMESTIC_SITTING.match(text, hit.end(), s.end)
                # "said Defense Minister X at an extended meeting on the main directions of
                # training": a ministry's own board
                or _EXTENDED.search(text, max(s.start, hit.start() - 20), hit.start())):
            continue
        lead = text[max(s.start, hit.start() - 40) : hit.start()]
        if _ROUNDS.search(lead):
            continue  # "have held several rounds of talks in recent years": no one meeting
        if (hit.group().casefold() == "meetings" and _BILATERAL.search(lead)
                and not doc.mentions_in(hit.end(), _clause_end(text, hit.end(), s.end),
                                        ("person", "country"))):
            continue  # "Xi will hold bilateral meetings with other leaders": with whom?
        # "The next summit will be held in China": one of the series, not this one.
        series = _NEXT_MEETING.search(lead) is not None
        # "the session of the SCO Council of Heads of State": named by its own "of"
        own_name = _OWN_NAME.match(text, hit.end(), hit.end() + 16) is not None
        definite = not series and (
            bool(_DEFINITE.search(lead)) and not own_name
            # "Talks between the two leaders": the talks just told
            or _BETWEEN_TWO.match(text, hit.end(), s.end) is not None
            # "Xi and Putin both attended": the meeting told before
            or hit.group().casefold() == "attended"
            and not re.match(r"\s+(?:a|an)\s", text[hit.end() : hit.end() + 4])
        )
        people = [
            m for m in doc.mentions_in(s.start, s.end, ("person",)) if not _quoted(doc, m.start)
        ]
        if (
            hit.group().casefold() in ("meetings", "talks", "gathering", "negotiations",
                                       "consultations")
            and not bodies
            and not levels
            # ("The staff negotiations ... began on Tuesday" after the quote that opened
            # them: the ones told, opening the sentence with days of their own)
            and not (current is not None and _THE_TALKS_OPEN.fullmatch(text, s.start, hit.start())
                     and any(d.precision == "day" for d in find_dates(text, s.start, s.end,
                                                                      doc.pub)))
            # "X held talks with President Y", "talks between the two leaders": one meeting
            and not (people and _WITH_SOMEONE.match(text, hit.end(), s.end))
            and not _BETWEEN_TWO.match(text, hit.end(), s.end)
            # "President X and his Tajik counterpart Y signed ... during talks in Bishkek"
            and len({home_country(p.affiliation) for p in people if p.affiliation}) < 2
            # "Uzbek officials held talks with a Taliban delegation on Saturday": two sides
            and not (hit.group().casefold() == "talks" and len(_sides(doc, s)) >= 2
                     and not (_DURING_TALKS.search(text, max(s.start, hit.start() - 10),
                                                   hit.start())
                              and not any_dates(text, s.start, s.end)))
            # "The agreement was signed on 1 May during negotiations held in Kyrgyzstan's
            # Batken Region": a day and a place of their own make them one meeting
            and not (hit.group().casefold() == "negotiations" and any_dates(text, s.start, s.end)
                     and doc.mentions_in(s.start, s.end, ("place",)))
            # "A delegation from Uzbekistan held talks in Washington on April 11-12": talks
            # held on days of their own
            and not (hit.group().casefold() == "talks"
                     and _HELD_TALKS.search(text, max(s.start, hit.start() - 12), hit.start())
                     and any(d.precision == "day" for d in find_dates(text, s.start, s.end,
                                                                      doc.pub)))
            # "Regular meetings of the working groups ... were held from December 17 to
            # December 23, 2023": a session of its own days
            and not (hit.group().casefold() == "meetings" and _DAYS_SPAN.search(text, s.start,
                                                                                s.end))
        ):
            continue  # "a flurry of meetings": no one meeting
        target = None
        if series and current:
            # ("The next meeting of the CSTO Joint Staff": its own organ's, not the one
            # told before)
            # (not "the next meeting of the Council of Heads of State of the International
            # Fund for Saving the Aral Sea": a body of its own, though one we do not know)
            bodies, levels = bodies or (
                [] if _OTHER_BODY.match(text, hit.end(), s.end) else list(current.bodies)
            ), levels or (
                [] if _ORGAN.search(text, s.start, s.end) else list(current.levels))
        noun = hit.group().casefold()
        # "On May 3, he was in Kabul and on May 4, he met with X in Dushanbe": where and
        # when of the clause that tells the meeting
        cs, ce = _clause_of(doc, s, hit)
        here = [p for p in _places(doc, cs, ce, trig.meeting) if p.known]
        dates = _dates(doc, cs, ce, trig.meeting, trig.exercise)
        if aside and _AHEAD_CUE.search(text, max(0, s.start - 40), s.start):
            # "reached consensus regarding the SCO Qingdao summit in June" (said in April):
            # what a meeting prepares is still to come
            dates = [_upcoming(doc, d) for d in dates]
        if (not dates and doc.pub is not None and doc.pub.day
                and (now := _UNDERWAY.search(text, cs, ce))):
            # "A plenary session of the CSTO summit is underway in Bishkek": as the
            # article is written
            dates = [DateMention(doc.pub.iso(), doc.pub.iso(), "day", now.start(), now.end(),
                                 now.group(), relative=True)]
        # ("At the Collective Security Council session in Moscow on May 14, 2002, ..." in a
        # report of the 2022 summit: a meeting of years before, not the one told)
        long_ago = _long_ago(doc, [d for d in dates
                                   if hit.end() <= d.char_start <= hit.end() + 60])
        for f in [] if series else reversed(frames):
            told = [d for d in dates if d.start or d.end]
            theirs = [e for e in f.dates if e.start or e.end]
            if long_ago and not any(_overlapping(d, e) for d in told for e in theirs):
                continue
            if (not definite and told and theirs
                    and not any(_overlapping(d, e) for d in told for e in theirs)):
                continue  # "Regular meetings ... were held from December 17 to 23" after
                # one of October 3 to 7: another session
            if definite and f.aside and f.aside != noun:
                continue  # "the meeting" after "ahead of a summit": not the summit
            if here and not _compatible(doc, f, {}, [], here):
                continue  # "a meeting in Bishkek", then "the summit ... in Khujand"
            if f.bodies == ["bilateral"] and len(_sides(doc, s)) >= 3:
                continue  # "Defence Ministers of China, Kazakhstan, ... will participate"
            if (not bodies and f.bodies and f.bodies != ["bilateral"] and people
                    and _MET_WITH.search(text, s.start, s.end)):
                continue  # "the Defence Minister also held a meeting with X": not the bloc's
            if (f.bodies == ["bilateral"] and bodies in ([], ["bilateral"]) and people
                    and _apart_people(people, f)):
                continue  # "X met his Tajik counterpart ...", then "X met his Belarusian
                # counterpart": two meetings, one side in common

            same_body = not bodies or not f.bodies or set(bodies) & set(f.bodies)
            same_level = not levels or not f.levels or set(levels) & set(f.levels)
            if possessive and people:
                break  # "Rahmon's meeting with Shoygu": a meeting of its own
            if same_body and same_level and (definite or (not bodies and not levels)):
                target = f
                break
            if definite and not bodies and not levels:
                break
        if (target is None and aside and sentence.start == s.start and definite and not bodies
                and not _places(doc, s.start, s.end) and not dates):
            continue  # "Before the summit, the ministers met": a summit told elsewhere
        if target is None:
            target = Frame(
                "meeting", Span(s.start, s.end, s.paragraph), s.paragraph, sentence=s.start,
                aside=noun if aside else "",
                # "the next summit": never one with this one (a previous one may be
                # told again: "During a June 8, 2016 meeting, ...")
                compared=series and (_NEXT_ONLY.search(lead) is not None
                                     # "The foreign ministers last met in Yerevan"
                                     or _LAST_MET.search(lead) is not None) or long_ago,
            )
            frames.append(target)
        target.paragraph = s.paragraph
        for b in bodies:
            if b not in target.bodies:
                target.bodies.append(b)
        for lv in levels:
            if lv not in target.levels:
                target.levels.append(lv)
        target.spans.append((s.start, s.end))
        target.places.extend(
            p
            for p in _places(doc, cs, ce, trig.meeting)
            if doc.lexicon.place(p.id).get("kind") in ("city", None) or not p.known
            # "in the Kyrgyz town of Batken", "Batken city hosted": the town, though a
            # region shares its name
            or _TOWN_OF.search(text, max(s.start, p.start - 12), p.start)
            or _CITY_AFTER.match(text, p.end)
        )
        target.places.extend(_seats(doc, s))
        if _HERE.search(text, s.start, s.end) and not _places(doc, s.start, s.end):
            # "ASTANA — The summit ... commences today ... in the capital": the dateline's city
            target.places.extend(_dateline_city(doc))
        if (not dates and _THERE.search(text, s.start, s.end)
                and not _places(doc, s.start, s.end) and (prev := _sentence_before(doc, s))):
            # "On March 31, 2025, the city of Khujand became the center of a landmark
            # event. A major regional summit was held there ...": that sentence's place
            # and day
            target.places.extend(doc.mentions_in(prev.start, prev.end, ("place",)))
            dates = _dates(doc, prev.start, prev.end)
        target.dates.extend(dates)
        # (the word that opened the frame names it; one that joins an earlier frame may be
        # another's: "which coincided with the group's talks with the U.S. officials")
        _meeting_people(doc, target, s.start, s.end,
                        at=hit.start() if target.sentence == s.start else None)
        # ("During a meeting with Defence Minister X, he invited ...": he met X)
        he = (_HE_MET.search(text, max(s.start, hit.start() - 50), hit.start())
              or _DURING_MEETING_HE.match(text, s.start, s.end)
              # ("He expressed this resolve during his meeting with President X")
              or _DURING_HIS_MEETING.search(text, max(s.start, hit.start() - 120), hit.start()))
        if he:
            # "On November 22, he met with the Minister of Defense of Uzbekistan": he is
            # the one last named; "the Defence Minister" the one last named so
            before = [m for m in doc.mentions_in(max(0, s.start - 1500), s.start, ("person",))
                      if not _quoted(doc, m.start)]
            if title := he.groupdict().get("title"):
                # ("the Tajik defense minister" after "Tajik Defense Minister Colonel
                # General X": ranks may stand between the title and the name)
                titled = [m for m in doc.mentions_in(0, s.start, ("person",))
                          if re.search(rf"\b{re.escape(title)}(?:[\s-]+(?-i:[A-Z])[\w.]*){{0,3}}"
                                       r"\s+$", text[max(0, m.start - 70) : m.start], re.I)]
                if not titled and title.split()[-1].islower():
                    # "the Iranian top general": the one last titled "General"
                    titled = [m for m in doc.mentions_in(0, s.start, ("person",))
                              if re.search(rf"\b{re.escape(title.split()[-1])}\s+$",
                                           text[max(0, m.start - 40) : m.start], re.I)]
                    # (of the country the title names: "the Iranian top general")
                    homes = {c.id for c in doc.mentions_in(he.start("title"), he.end("title"),
                                                           ("country",))}
                    if homes:
                        titled = ([m for m in titled if home_country(m.affiliation) in homes]
                                  or [m for m in titled if not m.affiliation])
                before = titled or before
            if before:
                target.attendees.setdefault(before[-1].name, before[-1].start)
        current = target
    frames = [f for f in _merge_within(doc, frames) if _says_something(f)]
    title = title_end(doc)
    return [f for f in frames if not _only_named(doc, f, frames, title)]


def _long_ago(doc: Document, dates: list[DateMention]) -> bool:
    """Whether ``dates`` (some) all lie two years or more before the article."""
    dated = [d for d in dates if d.start or d.end]
    return doc.pub is not None and bool(dated) and all(
        int((d.end or d.start)[:4]) <= doc.pub.year - 2 for d in dated)


def _apart_people(people: list[Mention], frame: Frame) -> bool:
    """Whether the people of a bilateral meeting's sentence and those of ``frame`` each
    have someone the other lacks."""
    here = {m.name for m in people}
    there = {a for a in frame.attendees if a not in doc_codes(frame)}
    return bool(here - there) and bool(there - here)


def _only_named(doc: Document, frame: Frame, frames: list[Frame], title: int) -> bool:
    """Whether a meeting frame names a meeting and says nothing of it (no place, day or
    attendee): one told in passing ("preparations for the meeting of the SCO Heads of
    State Council"), or a headline's that the story tells ("17th Meeting of Security
    Council Secretaries" over "The 17th Meeting ... was held in Tashkent")."""
    if frame.bodies == ["bilateral"] and len(frame.attendees) < 2 and not (
            frame.dates or frame.places):
        return True  # "X will also hold a number of bilateral meetings": whom, when, where?
    places = {p.id for p in frame.places}
    if frame.sentence < title and frame.attendees and not frame.dates and any(
            g is not frame and g.sentence >= title and set(frame.levels) <= set(g.levels)
            and set(frame.bodies) <= set(g.bodies) and places <= {p.id for p in g.places}
            and set(frame.attendees) <= set(g.attendees) for g in frames):
        return True  # "Defense ministers of X and Y hold talks in Bukhara" over the story's
        # "The Defense Ministers of X and Y, A and B, held talks in Bukhara"
    if frame.dates or frame.attendees:
        return False
    if frame.aside:
        # ("the upcoming SCO Defense Ministers' Meeting to be held in China": its country)
        return not frame.places and not any(
            _HELD_IN.search(doc.text, max(a, m.start - 30), m.start)
            for a, b in frame.spans for m in doc.mentions_in(a, b, ("country",)))
    if not (frame.places or frame.bodies) and not any(
            not _quoted(doc, m.start) for a, b in frame.spans
            for m in doc.mentions_in(a, b, ("country",))):
        return True  # "• Summit of Heads of State in the "Central Asia–Russia" format"
    # (a headline's place is the story's: "Dushanbe hosts second Central Asia-Russia
    # Summit" over "the summit was held in Dushanbe on October 9")
    return frame.sentence < title and any(
        g is not frame and g.sentence >= title and (not frame.levels or set(frame.levels)
                                                    & set(g.levels))
        and (not frame.bodies or set(frame.bodies) & set(g.bodies))
        and places <= {p.id for p in g.places} for g in frames)


# (not "the Kazakh president later announced that ...": who tells)
_THE_PRESIDENT = re.compile(r"\s+(?:president|leader)\b(?!\s+(?:later\s+|also\s+|then\s+)?"
                            r"(?:said|says|announced|stated|noted|told|stressed|added|declared|"
                            r"emphasi[sz]ed)\b)")


def _president_before(doc: Document, country: Mention) -> Mention | None:
    """The known person of ``country``'s nation whom the lexicon calls its President,
    named last before ``country``."""
    people = doc.lexicon.raw.get("people", {})
    for p in reversed(doc.mentions_in(0, country.start, ("person",))):
        if (p.known and home_country(p.affiliation) == country.id
                and str(people.get(p.id, {}).get("role", "")).casefold() == "president"):
            return p
    return None


def _meeting_people(doc: Document, frame: Frame, start: int, end: int, *,
                    told_of: bool = True, at: int | None = None) -> None:
    """Who attends, of [start, end); ``told_of``: the meeting is named there. Where it is
    not, one who speaks a quote ('"...," said X') says nothing of attending. ``at``: where
    the word that named the meeting stands."""
    text = doc.text
    if (_says_any(doc, _FOUNDED_WORDS_BEFORE, start, end)
            and _FORMAT_FOUNDED.search(text, start, end)):
        return  # "It was created in 2017 on the basis of a mechanism of Russia, India, ...":
        # the format's founders, not who attends
    mentions = doc.mentions_in(start, end, ("person", "country"))
    # "Indian Prime Minister X skipped the summit": neither X nor India attends.
    absent = {m.start for m in mentions
              if m.kind == "person" and (_STAYS_OUT.match(text[m.end : min(end, m.end + 40)])
                                         # "neither Prime Minister X, nor other ... have"
                                         or _NEITHER.search(text, max(start, m.start - 60),
                                                            m.start)
                                         or _INVITED_REFUSED.match(text, m.end, end)
                                         # "which was ignored by Armenian Prime Minister X"
                                         or _says_any(doc, _IGNORED_WORDS,
                                                      max(start, m.start - 60), m.start)
                                         and _IGNORED_BY.search(text, max(start, m.start - 60),
                                                                m.start))
              # "the Armenian leader refused to take part", "Armenia's absence"
              or m.kind == "country" and (
                  (role := _ROLE_AFTER_ADJ_ONLY.match(text, m.end, end)) is not None
                  and _STAYS_OUT.match(text[role.end() : min(end, role.end() + 40)])
                  or _ABSENCE.match(text, m.end, end) is not None
                  or _says_any(doc, ("absence", "without"), max(start, m.start - 60), m.start)
                  and _ABSENCE_OF.search(text, max(start, m.start - 60), m.start) is not None)}
    listed_end: int | None = None  # the end of the delegation last listed
    # "The meeting came a day after Ambassador X contacted Minister Y": an earlier event's
    if _says_any(doc, _CAME_WORDS, start, end) and (came := _CAME_AFTER.search(text, start, end)):
        # (but "The talks came weeks after X visited Dushanbe", read for the visit: X came)
        mentions = ([m for m in mentions if m.start >= came.end()]
                    if at is not None and at >= came.end()
                    else [m for m in mentions if m.start < came.start()])
    for i, m in enumerate(mentions):
        if m.start in absent or (_quoted(doc, m.start) and not _narrating_quote(
                doc, m.start, _triggers(doc).meeting)):
            continue
        if m.kind == "person":
            # (nor where the meeting is told in the quote he speaks: '"The working meeting
            # ... has ended in Tashkent," X said')
            teller = not told_of or (at is not None and _quoted(doc, at)
                                     and not _quoted(doc, m.start))
            if teller and (_QUOTE_SAID.search(text, max(start, m.start - 40), m.start)
                                or _QUOTE_SAID_AFTER.search(text, max(start, m.start - 4),
                                                            m.start)
                                and _SAID.match(text, m.end, end)):
                continue  # '"Beijing wants ...," said Alexander Gabuev'
            if _tells(text, m, start, end) or _INFORMS.match(text, m.end, end) or (
                _INFORMED.search(text, max(start, m.start - 60), m.start)
                and _ABOUT.match(text, m.end, end)
            ):
                continue  # "The next summit will be held in Moscow, Putin said."
            if _SPOKESMAN.match(text, m.end, end):
                continue  # "X, a spokesman for the ministry, says the participants ..."
            if (_SAID_THAT_BEFORE.search(text, max(start, m.start - 50), m.start)
                    and not doc.has(_triggers(doc).meeting_verbs, m.end, min(end, m.end + 40))):
                continue  # "During the meeting, X said that President Y should back the
                # talks": Y is spoken of (not "X said that Y met Z")
            if (_SPOKESPERSON_BEFORE.search(text, max(start, m.start - 14), m.start)
                    and _REPORTED_AFTER.match(text, m.end, end)):
                continue  # "Foreign Ministry spokesperson Lu Kang announced Wednesday"
            if (not text[start : m.start].strip()
                    and _ONLY_ATTRIBUTION.match(text, m.end, end)):
                continue  # "X, Head of the Foreign Policy Department, reported.": who told
            if (_says_any(doc, _MESSAGE_WORDS, max(start, m.start - 90), m.start)
                    and _MESSAGE_OF.search(text, max(start, m.start - 90), m.start)):
                continue  # "The address of the President ..., X, to the participants was
                # read by Y": X sent words, Y came
            if _ADVISING.search(text, max(start, m.start - 50), m.start):
                continue  # "security advisors to President X": his advisers came, not he
            if _HONOURED.search(text, max(start, m.start - 80), m.start):
                continue  # "a moment of silence to honor Iranian President X"
            if _OWNS_OTHER.match(text, m.end, end):
                continue  # "against the backdrop of US President X's tariff war"
            if (_says_any(doc, ("according",), max(start, m.start - 140), m.start)
                    and _ACCORDING_TO_WHO.search(text, max(start, m.start - 140), m.start)):
                continue  # "According to Kremlin aide X, the declaration reflects ..."
            if (frame.compared and at is not None and m.end < at
                    and _SAID.match(text, m.end, end) and not _HE_ATTENDED.search(text, m.end, at)):
                continue  # "Wu said the participants had ... to prepare for the upcoming
                # Defense Ministers' Meeting": who tells of one to come
            if not told_of and _SPEAKS.match(text, m.end, end):
                continue  # "Liu emphasized that ...": a sentence that names no meeting
            if _ANNOUNCES_OTHER.match(text, m.end, end):
                continue  # "Assistant Foreign Minister X said Xi will chair the meeting"
            if _RECALLS.match(text, m.end, end):
                continue  # "X also reminded that during last year's summit in Minsk, ..."
            if _ANNOUNCES_ANOTHERS.match(text, m.end, end):
                continue  # "X announced Vladimir Putin's participation in the meeting"
            if (_says_any(doc, ("would", "will"), m.end, end)
                    and _ANNOUNCES_MEETING.match(text, m.end, end)):
                continue  # "X reported that the first trilateral summit ... would be held in
                # Khujand": who announces it, not who attends
            if (_says_any(doc, ("since",), max(start, m.start - 60), m.start)
                    and _SINCE_WHO.search(text, max(start, m.start - 60), m.start)):
                continue  # "the first summit since US President X returned to ..."
            frame.attendees.setdefault(m.name, m.start)
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.start in absent and nxt.start - m.end <= 40:
            continue
        if (m.form == "adjective" and _THE_PRESIDENT.match(text, m.end, end)
                and text[max(0, m.start - 4) : m.start].casefold() == "the "
                and (holder := _president_before(doc, m))):
            # "The Russian president held talks with ..." after "Russian President X": X
            frame.attendees.setdefault(holder.name, m.start)
            continue
        before = text[max(start, m.start - 120) : m.start]
        after = text[m.end : min(end, m.end + 40)]
        # "leaders of Armenia, ...", not "leaders ..., including Chinese President Xi"
        # ("delegations of the Kyrgyz Republic and the Republic of Tajikistan")
        named = m.form != "adjective" or _REPUBLIC_AFTER.match(text, m.end, end) is not None
        lead = named and _ATTENDEE_LEAD.search(before)
        listed = named and _ATTENDEE_LIST.search(before)
        # "delegations of competent authorities of the Republic of India, the Republic of
        # Kazakhstan, the People’s Republic of China, the Kyrgyz Republic, ...": each one
        # after a delegation listed just before it
        chained = (listed_end is not None and m.start - listed_end <= 40
                   and _FORMAL_GLUE.fullmatch(text, listed_end, m.start) is not None
                   and (m.form != "adjective" or _REPUBLIC_AFTER.match(text, m.end, end)))
        if (
            lead
            or listed
            or chained
            # "Kazakhstan, Azerbaijan, Armenia ... and Uzbekistan took part in it."
            or m.form != "adjective" and _LIST_TOOK_PART.match(text, m.end, end)
            or _PAIR_TALKS.match(text, m.end, end)
            or _talks_with(text, at, max(start, m.start - 60), m.start)
            and _THEIR_PEOPLE.match(text, m.end, end)
            # ("Uzbekistan officials held talks with ...", "Uzbek officials and a visiting
            # Afghan Taliban delegation held talks", "Uzbek government members"): a side's
            # people in the sentence that names the meeting, unless they tell of it
            or _sides_people(text, at, m.end, end)
            or (i and mentions[i - 1].end == m.start - 1 and text[m.start - 1] in "-–"
                and _PAIR_TALKS.match(text, mentions[i - 1].end, end))
            or (
                m.form == "adjective"
                and _ROLE_AFTER_ADJ.match(after)
                and not re.match(
                    r"^\s+President\s|^\s+(?:Defen[cs]e\s+|Prime\s+|Foreign\s+)?Minister\s"
                    r"[A-Z]|^\s+counterpart,?\s+[A-Z]",
                    after,
                )
            )
        ):
            frame.attendees.setdefault(m.id, m.start)
            suffix = _REPUBLIC_AFTER.match(text, m.end, end)
            listed_end = suffix.end() if suffix else m.end
    for m in doc.mentions_in(start, end, ("organisation",)):
        # ("talks with Taliban representatives": a movement that governs, for its country)
        if (not _quoted(doc, m.start) and (code := country_of(doc.lexicon, m))
                and (_talks_with(text, at, max(start, m.start - 60), m.start)
                     and _THEIR_PEOPLE.match(text, m.end, end)
                     or _sides_people(text, at, m.end, end))):
            frame.attendees.setdefault(code, m.start)
