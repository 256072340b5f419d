"""Exercises and meetings: frames built from trigger sentences and what follows them.

A trigger ("joint military exercises", "a summit") opens a frame; a definite
reference ("the drills", "the meeting") joins the latest frame it fits; the
sentences after a trigger in its paragraph, and following paragraphs about
troops in action, add to it. Participants are the countries and bodies that act
("Armenian special forces", "units from Belarus, Russia"), never the places
where it happens ("Tajikistan's Khatlon province", "the Tajik-Afghan border").
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from briefgen.extract.dates import CALENDAR_NAMES, DateMention, any_dates, find_dates
from briefgen.extract.document import Document
from briefgen.extract.entities import Mention, country_of, home_country
from briefgen.extract.quantities import ORDINAL, Count, find_counts, ordinal_value
from briefgen.extract.scan import anchored, lowered, word_positions
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
_LOCATIVE = re.compile(
    r"(?:\b(?:in|into|to|on|near|along|across|outside|inside|at|toward|towards|"
    rf"within|throughout|around)\s+{_PLACE_WORDS}|"
    r"\b(?:territory|soil|province|region|capital|borders?|part|north|south|east|"
    r"west)\s+(?:of|with)\s+(?:the\s+)?"
    # "Tajikistan's Khatlon Region bordering Afghanistan"
    r"|\b(?:bordering|borders)\s+(?:on\s+)?)$",
    re.I,
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
                    r"\s+(?:will\s+host|hosts|hosted|is\s+hosting|is\s+to\s+host|held)\b")
_CITY_AFTER = re.compile(r"\s+(?:city|town)\b")
_SEAT = re.compile(
    r"\b(?:ministry|embassy|consulate|government|headquarters|officials?|office|"
    r"spokes(?:man|woman|person)|authorities|correspondent)\s+in\s+(?:the\s+)?$"
    # "the 201st base, located near Tajikistan's Dushanbe": where the base is
    r"|\b(?:located|based|stationed|headquartered)\s+(?:in|near|at|outside)\s+"
    r"(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$",
    re.I,
)
# "a news conference": one speaker before reporters, not a meeting of parties.
_BRIEFING = re.compile(r"\b(?:news|press)[\s-]+$", re.I)
# Drills in general or many at once, no one event: "more joint exercises", "one of the
# serial joint exercises", "held multiple joint exercises in 2006, 2015 and 2016".
_GENERIC = re.compile(r"\b(?:more(?!\s+than)|regular|frequent|future|serial|multiple|possible|"
                      r"potential|prospective|"
                      # "the most comprehensive contingent China ever sent to Russian
                      # exercises" (not "the first ever joint exercise")
                      r"numerous|(?<!first\s)(?<!largest\s)(?<!biggest\s)(?<!-)ever)"
                      r"\s+(?:[\w\"“”-]+\s+){0,4}$", re.I)
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
_GERUND_SUBJECT = re.compile(r"(?:^|\bthat\s+)(?:holding|conducting|staging)\s+(?:[\w-]+\s+){0,3}$",
                             re.I)
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
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_SINCE_CLAUSE = re.compile(r"^\s*Since\b[^,]*$")
_SINCE_OPEN = re.compile(r"\bsince\s+[^,;.!?\d\s][^,;.!?]{2,140}$", re.I)
# "since the SCO was founded in 2001", "Forces ... established in 2001": a body's birth
_FOUNDED_BEFORE = re.compile(r"\b(?:founded|established|created|formed|set\s+up)\s+(?:in|on)\s+$"
                             r"|\b(?:founding|establishment|inception|creation)\s+in\s+$", re.I)
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
    r"(?:[A-Z][\w-]*(?:,\s*|\s+and\s+))*$",
    re.I,
)
_WITHOUT_WORDS = ("without", "but", "except", "apart", "other than", "Without", "Except",
                  "Apart", "Other than")
_WITHOUT = re.compile(r"\b(?:without\s+(?:the\s+)?(?:[\w-]+\s+){0,2}|"
                      r"(?:(?<=states\s)|(?<=members\s)|(?<=countries\s)|(?<=nations\s))but\s+|"
                      r"except(?:\s+for)?\s+|apart\s+from\s+|other\s+than\s+)$", re.I)
_LIST_GLUE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$")
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
# (and "could be staged in Tajikistan": not yet)
_FUTURE = re.compile(
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
_ONGOING = re.compile(
    r"\b(?:are (?:participating|taking part|taking place|under way|underway|being held|"
    r"being conducted|running|conducting|holding|staging|engaged)|"
    r"is (?:under ?way|being held|being conducted|ongoing|participating|taking part|"
    r"taking place|closing|running|conducting|holding|staging|engaged)|ongoing|continue|continues|"
    r"currently|"
    r"commencement|began|begin|begins|begun|kicked off|kicks? off|have started|started|"
    r"commenced|launched|starts|opens|opening\s+ceremony)\b",
    re.I,
)
_COMPLETED = re.compile(
    r"\b(?:completed|concluded|ended|wrapped up|held|conducted|took part|took place|"
    r"participated|were (?:deployed|mobilized|mobilised)|carried out|staged|"
    r"was (?:held|conducted)|last (?:week|month|year)|ago)\b",
    re.I,
)
# A closing attribution: "..., the Belarusian defence ministry said.", "..., Japarov's
# office said."
_ATTRIBUTION = re.compile(
    r"(?:['’]s)?(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|reported|reports|announced|stated|"
    r"noted|added|informed)\b"
    r"(?:\s+(?:on|in)\s+\w+)?[\s.]*$",
    re.I,
)
_ATTRIBUTION_OPENS = re.compile(r",\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}$")


def _tells(text: str, m: Mention, start: int, end: int) -> bool:
    """Whether ``m`` is who tells in a closing attribution of [start, end): "..., the
    Belarusian defence ministry said.", "..., Putin said."."""
    return bool(_ATTRIBUTION.match(text, m.end, end)
                and _ATTRIBUTION_OPENS.search(text, max(start, m.start - 60), m.start))


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
_NEITHER = re.compile(r"\bneither\s+(?:[A-Z][\w-]*\s+){0,3}$")
_STAYS_OUT = re.compile(
    r"^,?\s+(?:(?:has|have|had|also|then|once|again|will|to)\s+)*(?:refused|declined|did not|"
    r"didn['’]t|does not|doesn['’]t|will not|won['’]t|would not|is not|was not|boycott\w*|"
    r"skip|skips|skipp\w+|pulled out|withdr[ae]w\w*|opted out|stayed out|sat out|"
    r"miss|missed|misses|ignored|snubbed|boycotts)\b",
    re.I,
)
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
    r"(?:leaders|ministers|heads|delegations|representatives|presidents|officials|envoys|"
    r"diplomats|member states|chiefs)"
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
_ROLE_AFTER_ADJ = re.compile(
    # ("the Tajik and Kyrgyz governmental delegations": each adjective of the pair)
    r"^(?:(?:,|\s+and)\s+[A-Z][\w-]*)*\s+(?:[\w-]+\s+){0,2}(?:minister|president|leader|delegation|"
    r"counterpart|prime minister|defen[cs]e minister)",
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
}
# "reported on Monday", "agreed on Thursday to hold drills": when it was said or
# decided, not when the event is.
_OF_THE_END = re.compile(r"\bof\s+the\s+$")
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
_ARRIVALS = r"(?:arrive|arrived|arrives|reached|departed|depart|departs|returned|leave|leaves)"
# ("He arrived in the U.S. on January 26 and will depart on January 30": his journey)
_ARRIVED_BEFORE = re.compile(
    rf"\b{_ARRIVALS}\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w.-]*\s+|here\s+)?(?:on\s+|by\s+)?$",
    re.I)
# ("On August 27, representatives from Kazakhstan arrived in Belarus")
_ARRIVED_AFTER = re.compile(rf",?\s+(?:[\w'’-]+\s+){{0,4}}?{_ARRIVALS}\b", re.I)
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
        if _stays_out(text, m, end):
            continue  # "Armenia has refused to send its troops"
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
            ) or before.endswith(("joint ", "Joint ")) or _HOLDS.match(
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
    if _STATIONED.match(after):
        return False
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
            out += find_dates(doc.text, a, b, doc.pub, bool(_FUTURE.search(doc.text, a, b)))
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
    r"\b(?:began|begins?|started|starts?|kicked\s+off|launched|opened|(?:is|are|was|were|"
    r"will\s+be|being)\s+(?:held|conducted|staged)|took\s+place|takes?\s+place|taking\s+place|"
    # ("The Kant personnel are currently participating in the ... drills")
    r"(?:are|is|were|was)\s+(?:currently\s+)?(?:participating|taking\s+part)\s+in)\b",
    re.I)


# (not "20 km from Dushanbe": near it)
_CONTROL_OF = re.compile(r"\b(?:(?:control|takeover|seizure|capture)\s+(?:of|over)|controls?|"
                         r"controlled|seized|overran)\s+(?:the\s+)?$")
_WAR_NAMED_AFTER = re.compile(r"\s+(?:war|operation|conflict|crisis|invasion|offensive)\b")
_CAME_FROM = re.compile(r"(?<!\bkm\s)(?<!kilometres\s)(?<!kilometers\s)(?<!\bmiles\s)\bfrom\s+"
                        r"(?:the\s+(?:city|town|region|province|district)\s+of\s+)?$")


def _narrating_quote(doc: Document, pos: int, trigger: re.Pattern[str] | None) -> bool:
    """Whether the quote at ``pos`` tells the course of an event of ``trigger``'s kind in
    its own sentence (its place and day are facts told, not talk)."""
    if trigger is None:
        return False
    s = doc.sentence_at(pos)
    return (_NARRATED.search(doc.text, s.start, s.end) is not None
            and doc.has(trigger, s.start, s.end))


@_per_span
def _places(doc: Document, start: int, end: int,
            own: re.Pattern[str] | None = None) -> list[Mention]:
    """Places where something happens: "outside Dushanbe", "in Tajikistan's Khatlon
    province" — not "the fall of Kabul". A quote's only where it tells the course of an
    event of the ``own`` trigger."""
    out = []
    for m in doc.mentions_in(start, end, ("place",)):
        before = doc.text[max(start, m.start - 50) : m.start]
        if _SEAT.search(before):
            continue  # "the defence ministry in Moscow said": where it sits, not the event
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


_LAST_YEAR_FIRST = re.compile(r"\b(?:last|previous)\s+year,?\s+for\s+the\s+first\s+time\b"
                              r"|\bfor\s+the\s+first\s+time\s+last\s+year\b", re.I)
_VISITED = re.compile(r"\b(?:visited|visits|visiting|arrived\s+in)\s+$")
_UNIT_AFTER = re.compile(r"\s+(?:military\s+district|garrison|brigade|division|regiment)\b",
                         re.I)
_EVENT_IN = re.compile(r"\b(?:attacks?|bombings?|explosions?|shootings?|incidents?|clashes|"
                       r"operations|conflicts?|hostilities|"
                       r"riots?|unrest|protests?|fighting|war)\s+in\s+(?:the\s+)?$", re.I)
_QUOTED_GROUND = re.compile(r"\b(?:at|in|near)\s+(?:the\s+)?training\s+(?:center|centre|ground|"
                            r"range)\s+[\"“]$")
_QUOTED_BEFORE_GROUND = re.compile(r"\b(?i:at|in|near)\s+(?:the\s+)?[\"“]$")
_GROUND_AFTER_QUOTE = re.compile(r"[\"”]\s+training\s+(?:center|centre|ground|range|field)\b")
_DRILL_AS_MODIFIER = re.compile(r"\s+(?:venues?|sites?|areas?|zones?)\b")
# ("wrapped up an official working visit to Kabul ... after meeting with ...": where
# they met)
_STATE_VISIT_TO = re.compile(r"\b(?:state|official|working)\s+visit\s+to\s+(?:the\s+)?$")
_VISIT_TO = re.compile(r"\bvisits?\b[^.;]{0,50}?\bto\s+(?:the\s+)?$")
_HOSTING_IN = re.compile(r"\s+(?:will\s+host|hosts|hosted|is\s+hosting|is\s+to\s+host)\s+"
                         r"(?:[\w-]+\s+){0,3}?in\s+[A-Z]")


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


_CITY_WORDS = re.compile(r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?")
# Where the wire filed from, said without its name.
_HERE = re.compile(r"\b(?:in|at)\s+the\s+capital\b(?!\s+of\b)|\bhere\b")


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
    future = bool(_FUTURE.search(doc.text, start, end)) or (
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
_WAS_MET_BY = re.compile(r"\b(?:was|were|being|be)\s+met\s+by\b", re.I)
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
_SAID_NEXT = re.compile(r",?\s+[^,.;]{2,100}?\s(?:said|says|told|announced|reported|stated)\b")
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


def _drill_hits(doc: Document, trig: _Triggers, s: Span, told: bool) -> list[re.Match]:
    """The exercise words of sentence ``s`` outside quotes; with ``told`` (no drill told
    before it), also in a quote that tells the drill's course ('"Our unit is taking part
    in the Rubezh-2023 drills," he said'). After a drill, such a quote goes on with it."""
    return [m for m in doc.matches_in(trig.exercise, s.start, s.end)
            if not _quoted(doc, m.start()) or told and tells_the_drill(doc, m.start())]


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
    r"(?:^|(?<![A-Z])[^\w\s'’-]\s*|\b(?:the|annual|multinational|international|joint|yearly)\s+)"
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
    r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?P<yeared>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
    r"\s+(?:[a-z-]+\s+){0,2}$")


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
    return not any(_same_name(n, own) for _, n in names for own in frame.names)


def _same_name(a: str, b: str) -> bool:
    """Whether two names an article gives are one drill's: "Tsentr 2019" and
    "Tsentr-2019"; "Peace Mission 2021" and "Peace Mission" (no year); not "Tsentr-2015"
    and "Tsentr-2019"."""
    ka, kb = _name_key(a), _name_key(b)
    if ka.endswith(kb) or kb.endswith(ka):
        return True  # ("Collective Security Treaty Organization Indestructible Brotherhood 2019")
    ya, yb = _YEAR_AT_END.search(ka), _YEAR_AT_END.search(kb)
    if ya and yb:
        return False
    return _YEAR_AT_END.sub("", ka) == _YEAR_AT_END.sub("", kb)


_YEAR_AT_END = re.compile(r"(?:19|20)\d\d$")


def _name_key(name: str) -> str:
    """A name as compared within an article: "Tsentr 2019" is "Tsentr-2019"."""
    return re.sub(r"[\s\-–—]+", "", name).casefold()


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
        named += [m for m in (
            _TITLED_AFTER.match(text, hit.end(), end) if hit.group() == "Exercise" else None,
            _QUOTED_AFTER.match(text, hit.end(), end),
            _QUOTED_BEFORE.search(text, lo, hit.start()),
            _EDITION_BEFORE.search(text, lo, hit.start()),
            _EDITION_APPOSED.search(text, lo, hit.start()),
            _PLAIN_BEFORE.search(text, lo, hit.start()) if hit.group()[0].islower() else None,
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


def _no_one_event(doc: Document, hit: re.Match, start: int, end: int) -> bool:
    """Whether the exercise word ``hit`` of [start, end) speaks of drills in general or
    of many at once rather than of one event."""
    lead = doc.text[max(start, hit.start() - 40) : hit.start()]
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
                   or doc.text.startswith(" like ", hit.end())):
        return True
    if (_says_any(doc, ("annual", "yearly", "biennial"), hit.end(), end)
            and _IS_ANNUAL.match(doc.text, hit.end(), end)):
        return True  # "Exercise Khanjar is an annual event that is conducted alternately"
    return _habitual(doc, start, end, plural)


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
_HELD_TALKS = re.compile(r"\b(?:held|holds|hold|holding)\s+$")
_ALSO = re.compile(r"\balso\s+(?:involve|include|join|take|took|taking|involving|including|"
                   r"present\s+(?:for|at)\b)",
                   re.I)
_BACK_TO_EXERCISE = re.compile(r"\b(?:the|this)\s+(?:inspection|check)\b", re.I)


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
                edition = _other_edition(doc, a, hit.start())
                other = bool(_OTHER.search(lead) and not _ONE_MORE.search(lead)
                             # ("the bloc's upcoming drills Interaction 2025, Search 2025
                             # and Echelon 2025": the drills to come, named, are these)
                             and not (named and _UPCOMING.search(lead)
                                      and _NAMED_NEXT.match(doc.text, hit.end()))
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
                joining = {} if definite and _ALSO.search(doc.text, a, b) else parts
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
                and (f.compared == g.compared or _one_edition(g, f))
                # (two bilateral meetings of one side with two others: two)
                and not (f.bodies == g.bodies == ["bilateral"] and _apart_attendees(f, g))

                # ("Tsentr-2015" told after Tsentr-2019 is another drill)
                and not _named_otherwise(doc, g, [(0, n) for n in f.names])
                # a caption standing first ("soldiers conduct a drill ... on Sept 15")
                # dates a moment of the drill the story names and tells from its first day
                # (one name, told twice, is one drill whoever each part lists:
                # "Cobalt-2021 Begins in Tajikistan" over its body)
                and _compatible(doc, g, {} if set(g.names) & set(f.names) else f.participants,
                                [] if _captions(g, f, title) else f.dates, f.places)
                and (_overlap(doc, g, f) or _one_edition(g, f)
                     or _captions(g, f, title) and bool(
                    doc.lexicon.expand(g.participants) & doc.lexicon.expand(f.participants))
                     # "The armies of India and Kazakhstan began a joint exercise ... The
                     # sixth edition of 'Kazind-22', a joint training exercise, started at
                     # Umroi": a drill that names no side goes on with the one just told
                     # if it names no place, or names the unnamed one
                     or f.kind == "exercise" and g is out[-1] and not f.participants
                     and (not f.places or bool(f.names) and not g.names)
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
                     or f.kind == g.kind == "meeting" and g is out[-1]
                     and not (g.bodies or g.attendees) and bool(g.dates or g.places)
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
        twin.spans += f.spans
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


def _one_edition(a: Frame, b: Frame) -> bool:
    """Whether two exercise frames name one edition, one of them with its year."""
    return a.kind == b.kind == "exercise" and any(
        _same_name(x, y) and bool(_YEAR_AT_END.search(_name_key(x)) or
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


def _clause_of(doc: Document, s: Span, hit: re.Match) -> tuple[int, int]:
    """The clause of sentence ``s`` that holds ``hit``, when the sentence tells of two
    days ("On May 3, he was in Kabul and on May 4, he met with X"); else the sentence."""
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
    r"\s+(?:ahead of|before|after|following|on the eve of|"
    # "setting the agenda for next Heads of State Summit", "preparations for the summit"
    r"(?:agenda|preparations?|preparatory\s+stage)\s+for)\s+(?:a|an|the|this|next)\s"
    r"|\s+for\s+(?=next\s)", re.I
)
# "Before the summit, the defence ministers met in Astana": the same, told first.
_OPENS_WITH_ANOTHER = re.compile(
    r"(?:Before|After|Ahead of|Following|On the eve of|"
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


_PARTS_WORDS = ("ahead of", "before", "after", "following", "on the eve of", "agenda",
                "preparation", "preparatory", "for next", "sidelines", "margins", "fringes",
                "during", "summit")
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
def _visit_in_passing(doc: Document, hit: re.Match) -> bool:
    """"agreements reached during a state visit of the Uzbek president to Moscow": the
    visit is when something else was agreed, told in passing, no meeting told."""
    return hit.group().casefold() == "state visit" and _DURING_BEFORE.search(
        doc.text, max(0, hit.start() - 12), hit.start()) is not None


_DURING_BEFORE = re.compile(r"\b(?:during|after|since)\s+(?:a|an|the|his|her|its)\s+$", re.I)
_CALL_WORDS = ("phone", "telephone")
_CALL = re.compile(r"\b(?:tele)?phone\s+(?:conversations?|calls?|talks)\b"
                   r"|\bspoke\s+(?:by|on\s+the)\s+(?:tele)?phone\b", re.I)
# "he met with ...", "the Defence Minister also held a meeting with ...": the one last named
# ("the Iranian top general was also set to meet with ...": the general last named)
_HE_MET = re.compile(r"\b(?:he|she|the\s+(?P<title>(?:[A-Z][\w-]*\s+){0,2}(?:Minister|President|"
                     r"Secretary|Chairman)|(?:[\w-]+\s+){0,2}(?:general|minister|commander)))\s+"
                     r"(?:(?:was|is)\s+)?(?:also\s+|later\s+|then\s+)?"
                     r"(?:(?:set|due|expected|scheduled)\s+to\s+)?(?:held\s+(?:a\s+)?"
                     r"(?:bilateral\s+)?)?$")
_DURING_MEETING_HE = re.compile(
    # (no title names him: the one last named is meant)
    r"(?:During|At|In)\s+(?:a|the|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks)\s+with\s+"
    r"[^.;\"“”]{3,120}?,\s+(?:he|she)\s")
_DURING_HIS_MEETING = re.compile(r"\b(?i:he|she)\s[^.;\"“”]{0,80}?\b(?:during|at|in)\s+"
                                 r"(?:his|her)\s+(?:[\w-]+\s+){0,2}$")
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
_RECALLS = re.compile(r"\s+(?:also\s+)?(?:reminded|recalled|noted|said)\s+that\s+"
                      r"(?:(?:during|at|in)\s+(?:the\s+)?(?:last|previous|past)\b"
                      # ("Grekhov recalled that last year the 57th meeting of ...")
                      r"|last\s+(?:year|month|week)\b)")
_CROWD = re.compile(r"\b(?:rioters|protesters|protestors|demonstrators|crowds?|people|residents|"
                    r"supporters|mourners|militants|fighters|refugees|migrants|hundreds|thousands)"
                    r"\b[^.;,]{0,25}$", re.I)
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
            and not (m.group().casefold() in ("gathered", "gathering")
                     and _CROWD.search(text, max(s.start, m.start() - 40), m.start()))
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
                and doc.mentions_in(s.start, s.end, ("person",))):
            bodies = ["bilateral"]  # "the Defence Minister also held a meeting with X"
        levels = [name for name, rx in _LEVELS if rx.search(seg)]
        if not bodies and not levels:
            bodies, levels = _told_before(doc, s)
        sentence = doc.sentence_at(s.start)
        if not bodies and not aside and sentence.start < s.start:
            # "Before the CSTO summit, the ministers met": the body of the opening aside
            bodies = _bodies(doc, Span(sentence.start, s.start, s.paragraph))
        if not bodies and any(
                # (not the word in a name: "appealed to the Collective Security Treaty
                # Organization")
                not doc.mentions_in(s.start + b.start(), s.start + b.end(), ("organisation",))
                for b in _THE_BLOC.finditer(seg)):
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
            hit.group().casefold() in ("meetings", "talks", "gathering", "negotiations")
            and not bodies
            and not levels
            # "X held talks with President Y", "talks between the two leaders": one meeting
            and not (people and _WITH_SOMEONE.match(text, hit.end(), s.end))
            and not _BETWEEN_TWO.match(text, hit.end(), s.end)
            # "President X and his Tajik counterpart Y signed ... during talks in Bishkek"
            and len({home_country(p.affiliation) for p in people if p.affiliation}) < 2
            # "Uzbek officials held talks with a Taliban delegation on Saturday": two sides
            and not (hit.group().casefold() == "talks" and len(_sides(doc, s)) >= 2)
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
        target.dates.extend(dates)
        _meeting_people(doc, target, s.start, s.end)
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
                titled = [m for m in doc.mentions_in(0, s.start, ("person",))
                          if re.search(rf"\b{re.escape(title)}\s+$",
                                       text[max(0, m.start - 40) : m.start], re.I)]
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


def _apart_attendees(f: Frame, g: Frame) -> bool:
    here = set(f.attendees) - doc_codes(f)
    there = set(g.attendees) - doc_codes(g)
    return bool(here - there) and bool(there - here)


def _apart_people(people: list[Mention], frame: Frame) -> bool:
    """Whether the people of a bilateral meeting's sentence and those of ``frame`` each
    have someone the other lacks."""
    here = {m.name for m in people}
    there = {a for a in frame.attendees if a not in doc_codes(frame)}
    return bool(here - there) and bool(there - here)


def doc_codes(frame: Frame) -> set[str]:
    """The attendees of ``frame`` that are delegations (codes), not people."""
    return {a for a in frame.attendees if a.isupper() and len(a) <= 5}


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
        return not frame.places
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


def _meeting_people(doc: Document, frame: Frame, start: int, end: int, *,
                    told_of: bool = True) -> None:
    """Who attends, of [start, end); ``told_of``: the meeting is named there. Where it is
    not, one who speaks a quote ('"...," said X') says nothing of attending."""
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
                                         or _NEITHER.search(text, max(start, m.start - 40),
                                                            m.start)
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
        mentions = [m for m in mentions if m.start < came.start()]
    for i, m in enumerate(mentions):
        if m.start in absent or (_quoted(doc, m.start) and not _narrating_quote(
                doc, m.start, _triggers(doc).meeting)):
            continue
        if m.kind == "person":
            if not told_of and (_QUOTE_SAID.search(text, max(start, m.start - 40), m.start)
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
            if not told_of and _SPEAKS.match(text, m.end, end):
                continue  # "Liu emphasized that ...": a sentence that names no meeting
            if _ANNOUNCES_OTHER.match(text, m.end, end):
                continue  # "Assistant Foreign Minister X said Xi will chair the meeting"
            if _RECALLS.match(text, m.end, end):
                continue  # "X also reminded that during last year's summit in Minsk, ..."
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
