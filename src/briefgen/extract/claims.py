"""Claims: who said what, quoted directly or reported, each with its exact span.

Direct: the text inside quotation marks, attributed by a speech verb before or
after it ("..., he added"; "X said: ..."). Pronouns and "the official" continue
the last speaker. Reported: "X told TASS that ...", "according to experts, ...",
"..., RFE/RL reported". The quote column is always a verbatim slice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.dates import WEEKDAY
from briefgen.extract.document import Document
from briefgen.extract.entities import NOT_NAMES, Mention, country_after, home_country, slug
from briefgen.extract.quotes import MARKS as _MARKS
from briefgen.extract.quotes import Quote
from briefgen.extract.text import DATELINE
from briefgen.lexicon import Lexicon


@dataclass(frozen=True)
class Speaker:
    name: str
    id: str
    affiliation: str
    descriptor: str = ""  # "official", "spokesman" for an unnamed speaker
    body: bool = False  # an organisation, ministry or outlet speaks, not a person


@dataclass(frozen=True)
class Claim:
    source_id: str
    speaker: Speaker
    kind: str  # direct | reported
    char_start: int
    char_end: int
    quote: str
    topic: str
    reported_via: str


_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
# "on May 3", "on 3 May": the day something was said.
# ("stated Sept. 6": the day without its "on")
_ON_DAY = r"(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]+)"
# "announced on Thursday, December 25, that", "announced on April 18 the opening": when
# it was said, between the verb and what was said
_SAID_WHEN = (r"\s+(?:(?:in|on)\s+\w+(?:\s+\d{1,2}\b(?:,\s+\d{4})?|,\s+[A-Z][a-z]+\.?\s+\d{1,2}\b"
              rf"(?:,\s+\d{{4}})?)?|{WEEKDAY}|today|yesterday)")
_WHEN_SAID = re.compile(rf"\s+(?:(?:earlier|later|late|early)\s+)?(?:{_ON_DAY}|on\s+{WEEKDAY}"
                        # ("Tajik officials last week announced")
                        r"|(?:last|this|earlier\s+this)\s+(?:week|month|year)|yesterday)$")
# '"...," said X': verbs that come before their speaker; after "told" or "urged" comes
# the one spoken to.
_INVERTED = frozenset(
    "said says added adds noted stressed explained continued wrote warned insisted declared "
    "remarked commented concluded stated observed announced asserted emphasized emphasised "
    "underlined claimed argued admitted acknowledged".split()
)
_CITING = re.compile(r",\s+(?:citing|quoting|referencing|according\s+to)\b")
_REPORTS_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:reported|reports|reporting)\b")
_REPORT_BY = re.compile(r"\breport\s+(?:by|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_OUTLET_WORDS = re.compile(r"\b(?:official|state(?:-run|-owned)?|news|agency|company|outlet|daily|"
                           r"newspaper|broadcaster|channel|portal|website)\b")
# ("Russian news agencies, citing Defense Ministry officials, reported": the officials)
_NEWS_NOUNS = re.compile(r"\b(?:news\s+agenc(?:y|ies)|media|outlets?|newspapers?)\s*$", re.I)
_SAYING_BEFORE = re.compile(r",\s+saying:?\s*$")
_RELAYED_BY = re.compile(r"(?:as\s+)?reported\s+by\s+[^,;]{2,60},\s+")
_AS_SAYING = re.compile(r"^\s*(?P<who>\S.{2,120}?)\s+as\s+saying\s*$")
_CITING_FIRST = re.compile(r"(?:Citing|Quoting)\s+")
_PARTICIPLE = re.compile(r",\s+(?:adding|saying|noting|stressing|citing|quoting)\b")
# "the state-run China Daily": who owns the body, no other speaker
# (and "the state-run Khovar news agency" is Khovar)
_OWNERSHIP = re.compile(r"\b(?:state|government|privately|Kremlin)-(?:run|owned|controlled)\s"
                        r"|\s(?:news\s+)?agency\b")
# ("reportedly", "officially"; not "the state-run China Daily")
_ADVERB = re.compile(r"\s+[a-z]\w*ly\b")
_HERE = re.compile(r"\s+here$")
_THE_PEOPLE = re.compile(r"the\s+people", re.I)
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|that)\s+(?=(?:a|an|the|his|her|its)\s)")
_ADDRESSED = re.compile(r"\b(?:called\s+on|urged|asked|appealed\s+to)\s+(?:the\s+)?$", re.I)
# What may stand before a sentence's subject: its titles ("Tajikistan's Defence Minister").
_SUBJECT_LEAD = re.compile(r"^(?:[A-Z][\w'’.-]*\s+|the\s+)*$")
# "was quoted by Kabar as saying that ...": the subject speaks, through Kabar.
# (only before "that": "expressed confidence that ...", not '"...," expressing')
# ("China is not a member state of the ICC ... the Rome Statute that founded it": a noun)
# ("brings together states that see every issue alike": a noun too)
# Participles that tell what a subject said after an act of its own (see _THAT_VERBS and
# _PARTICIPLE_VERB).
_SPEECH_PARTICIPLES = r"adding|stating|noting|stressing|emphasi[sz]ing|underlining|underscoring"
_THAT_VERBS = (r"(?<!member\s)(?<!\ba\s)(?<!\bthe\s)(?<!Islamic\s)(?<!together\s)(?<!among\s)"
               r"(?<!between\s)(?<!\bof\s)(?<!with\s)(?<!other\s)(?<!\ball\s)(?:state|states)|"
               r"say|says|saying|notes|reports|claim|claims|argue|argues|expressed|allege|alleges|alleged"
               # ("X pointed to the commonalities ..., adding that ...": the subject's words)
               rf"|(?<=,\s)(?:{_SPEECH_PARTICIPLES})"
               # ("Lieutenant General X informed that in 2024 ...", not "well-informed")
               r"|(?<![\w-])informed")
_HAS_THAT = re.compile(r"\sthat\s")
_SUBORDINATE = re.compile(r"(?:While|Although|Though|Whereas|If|Unless|Because|As|When)\s")
_CLAIMANT = re.compile(r"(?:\b[A-Z][\w.'’-]*|\b(?:reports|sources|officials|authorities|media|"
                       r"experts|analysts|residents|locals|activists|groups))$")
_NAMED_DRILL_BEFORE = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|operation)\s+"
                                 r"(?:of\s+|called\s+|dubbed\s+|named\s+|code-?named\s+)?$", re.I)
_CLAUSE_OPENS = re.compile(r"\s*(?:it|he|she|they|we|there)\s+(?:is|are|was|were|has|have|had|"
                           r"will|would|could|can)\b")
_TRAILING_TITLE = re.compile(
    r",\s*(?:[A-Z][\w’'-]*\s+){0,3}(?:Minister|Secretary|Commander|President|Chief|"
    r"Ambassador|Spokesman|Spokeswoman)$"
)
_MINISTRY_TITLE = re.compile(r"\b[Mm]inistry\s+(?:spokes\w+|official|representative)\s*$")
_DENIED_WHAT = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+"
    r"(?:the\s+|these\s+|such\s+|any\s+)?(?:[\w-]+\s+){0,2}(?:accusations?|allegations?|"
    r"claims?|reports?|suggestions?|charges?|rumou?rs?|assertions?)(?:\s+by\s+[^,]{1,40})?"
    r",?\s+that\s+$")
_DENIED_THAT = re.compile(r"(?P<verb>(?:denied|denies|deny|refuted|refutes))\s+that\s+$")
_NOUN_NOT_VERB = re.compile(r"\s+(?:reports|claims|notes|states)\b")
_VERB_ENDS = re.compile(r"\b(?:\w+ed|the|some|media|these|those|denies|rejects|dismisses)$",
                        re.I)
_HAS_ACCORDING = re.compile(r",\s+(?:according to|as stated by|as reported by)\s")
_APPOSITION = re.compile(
    # "Ma Qixian, Chinese commanding officer of ...": a country's adjective may open it
    # "Anatoly Sidorov, Chief of the CSTO Joint Staff": a title may open it
    # ("Elisabeth Millard, U.S. Ambassador to Tajikistan,": or both)
    r",\s+(?P<role>(?:(?:a|an|the)\s+)?(?:(?:[A-Z][A-Za-z]+|U\.S\.)\s+){0,3}"
    # (not "According to X, two patients ... were admitted to his hospital": a clause)
    r"(?!(?:[^,.;\"“”]*?\s)?(?:is|are|was|were|has|have|had|will)\s)"
    # (nor "X, in a meeting with Tajikistan’s Defense Minister Y,": where he was)
    r"(?!(?:in|during|at|after|before|on|while)\s)"
    r"(?:[a-z][^,.;\"“”]*?\b)?"
    r"(?:of|for|at|to|with)\s+"
    r"[^,.;\"“”]+)(?=[,.;])"
)
# A research body's own name holds a country's name: "the Carnegie Russia Eurasia
# Center" says where its fellow works, not for which country.
_INSTITUTE = re.compile(
    r"(?:\s+[A-Z][\w'’-]*)*\s+(?:Center|Centre|Institute|University|Foundation|Endowment|"
    r"Academy|School|Programme|Program)\b"
)
_BARE_VERBS = (
    r"said|says|as\s+saying|stated|announced|warned|noted|added|confirmed|insisted|claimed|"
    r"argued|suggested|(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)say|claims?|"
    # ("He also referred to tensions with Pakistan, saying Afghanistan should not ...")
    r"(?<=,\s)(?:saying|stating)|"
    # ("told Pajhwok Afghan News the talks marked progress": the outlet's whole name)
    r"told\s+(?:reporters|journalists|the\s+\w+|[A-Z][\w/.-]+(?:\s+[A-Z][\w/.-]+){0,3})"
)
_BARE_VERB = re.compile(rf"\s(?:{_BARE_VERBS})\s")
# A quote that opens with its sentence's verb: "strongly condemned ...", "called for ..."
_QUOTED_PREDICATE = re.compile(r"(?:[a-z]+ly\s+)?[a-z]{3,}ed\s")
_PASSIVE_END = re.compile(r"\b(?:has|have|had)\s+(?:not\s+)?been$|\b(?:is|are|was|were)$")
_HAS_QUOTE_MARK = re.compile(f"[{re.escape(_MARKS)}]")
_FINITE = re.compile(
    # (an auxiliary verb may come late, after a long subject: "three Afghan military
    # airplanes and two military helicopters carrying 143 soldiers and airmen were
    # allowed"; not across "although")
    r"^(?:(?!(?:although|though|while|whereas|but)\s)\S+\s+){0,14}?[\"“]?(?:is|are|was|were|had|"
    r"has|have|will|would|could|should|can|may|might|must)\s"
    r"|^(?:\S+\s+){0,8}?[\"“]?(?:is|are|was|were|had|has|have|will|would|could|should|can|may|"
    r"might|must|did|does|do|remains?|\w+ed|"
    # irregular past tenses: "two houses burnt down", "the militants fled"
    r"burnt|fled|fell|shot|struck|fought|began|broke|brought|caught|came|went|left|lost|"
    r"took|sent|held|led|hit|met|ran|rose|won|kept|withdrew|flew|drew|threw|gave|got|stood|"
    r"spoke|wrote|became|built|paid|found|heard|made|saw|knew|told|said|meant|sold|"
    # present tense of what a side holds or wants: "the organization controls 70 percent"
    # (not "includes", "plans", "aims": "announced a plan ... that includes sending troops")
    r"controls|holds|seeks|wants|needs|poses|threatens|supports|opposes|continues|"
    r"intends|expects|considers|hopes|lacks|maintains|faces|shares|"
    r"borders|occupies|operates|patrols|"
    # ("President X's first visit to Tajikistan shows the country's importance")
    r"shows|means|demonstrates|proves|represents)\b"
    # a personal pronoun is a subject: its verb follows ("they pose no threat"; not
    # "announced it in a telephone conversation": there "it" is the object)
    r"|^(?:he|she|it|they|we|I)\s+(?!(?:in|on|at|to|for|with|from|by|of|as|into|during|"
    r"after|before|via|through)\b)[a-z]"
    # "the deal reflects a broader shift", "the drill reflects SCO member countries'
    # stand": a verb in -s before its object
    r"|^(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w-]+\s+){0,2}[a-z]+s\s+"
    r"(?:(?:a|an|the|that|to|no|its|their|his|her|our)\s|[A-Z][A-Za-z]+\s+[a-z])"
    # "the exercises also involve representatives of ...": a plural subject's verb
    r"|^(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}[a-z]+s\s+(?:also\s+|now\s+)?"
    r"(?:involve|include|comprise|begin|end|continue|last|run|practi[cs]e|focus|aim|feature|"
    r"remain|cover|need|require|seek|plan|expect|pose|show)\s"
)
# "Tashkent - Uzbekistan expects ...", "New Delhi: The Indian military ..."
_CITY_DATELINE = re.compile(
    r"(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?:\s+(?:--?|–|—)|:)\s+(?=[A-Z])")
_RELATIVE = re.compile(r",?\s+(?:who|whom|whose|which|speaking)\b", re.I)
# "..., the ministry said on Tuesday." / "... said in a statement."
_REPORT_TAIL = (
    # ("..., experts say.")
    r"(?:reported|said|says|say|reports|added|adds|noted|notes|note|stated|informed|informs|"
    r"announced|stressed|emphasi[sz]ed|underlined|confirmed|warned|"
    r"told\s+(?:parliament|lawmakers|deputies|reporters|"
    # ("..., the ministry told KZ-today correspondent.")
    r"journalists|the\s+\w+(?:\s+[A-Z][\w/.-]*){0,2}|[A-Z][\w/.-]+(?:\s+correspondents?)?"
    # ("..., President X told local newspaper, Trend reports."; "told the Kommersant Daily")
    r"|(?:(?:a|an|the|local|state|national|foreign|[A-Z][a-z]+)\s+){0,2}(?:newspaper|daily|"
    r"weekly|magazine|television|TV|broadcaster|radio|channel|media|outlet|website|portal)"
    r"(?:\s+[A-Z][\w'’.-]*){0,3})"
    # "..., the district's press center was cited by RIA Novosti as saying."
    # ("..., Xi was cited as telling the assembled leaders, Xinhua reported.")
    r"|(?:was|were)\s+(?:(?:also|further|later)\s+)?(?:cited|quoted)(?:\s+by\s+[^,\"“”]{1,40}?)?"
    r"\s+as\s+"
    r"(?:saying|telling\s+[^,;\"“”]{1,40}?)"
    # ("..., Russia's RIA news agency cited the Tajik interior ministry as saying": see
    # _CITES_AS)
    r"|(?:cited|quoted)\s+[^,;\"“”]{2,80}?\s+as\s+saying)"
    # "..., Army General Sergei Shoigu reported to Russian President Vladimir Putin"
    r"(?:\s+to\s+(?:[A-Z][\w’'-]*\s*){1,5})?"
    rf"(?:\s+(?:on\s+)?(?:{WEEKDAY}|today|yesterday)|\s+{_ON_DAY}"
    r"|\s+in\s+a\s+statement(?:\s+(?:released|published|posted|issued)\s+on\s+[^,;\"“”]{1,40})?"
    # "..., the leaders said in the Samarkand Declaration adopted on Friday"
    r"|\s+in\s+(?:an?|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}(?i:statement|declaration|"
    # ("... said in a telephone conversation with Tajik President Emomali Rahmon")
    r"interview|communiqu[eé]|address|speech|message|report|post|briefing|release|conversation|"
    r"call|talks)\b[^,;\"“”]{0,40}?"
    # "... stated on Tuesday at the opening ceremony of the drills": where it was said
    r"|\s+(?:at|during|after|before|following|ahead\s+of)\s+(?:a|an|the)\s+[^,;\"“”]{3,80}?"
    # ("..., Interfax reports with reference to press center for exercises.": its source)
    r"|\s+(?:with\s+reference\s+to|referring\s+to)\s+[^,;\"“”]{2,60}?"
    # ("..., X said in Dushanbe.": a city; "..., an officer said here.": the dateline's)
    r"|\s+in\s+(?-i:[A-Z][\w’'-]+)(?:,\s+(?-i:[A-Z][\w’'-]+))?|\s+here"
    # ("..., X told Itar-Tass by telephone on Friday.")
    r"|\s+(?:by|over\s+the)\s+(?:tele)?phone)*"
    # "..., the Russian military said, as Moscow moved to ...": the wire's own aside
    r"(?:,\s+(?:as|while|amid|after|when|noting|adding|saying|stressing|citing)\s[^\"“”]+?)?\.?$"
)
# (", The Caspian Post reports, citing the Amu TV.": the outlet that passed it on too)
_REPORTED_TAIL = re.compile(r",\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?(?:reported|reports)"
                            r"(?:,?\s+citing\s+[^,;\"“”]{2,40})?\W*$")
_ENDS_REPORTED = re.compile(rf"\s{_REPORT_TAIL}")
# ", TASS reported." / ", according to RIA Novosti." closing a sentence
_AGENCY_TAIL = re.compile(
    r",\s+(?:(?:according\s+to|as\s+reported\s+by)\s+(?P<who>[A-Z][^,]{1,40}?)"
    # ("..., according to SITE Intelligence Group, which tracks terrorist propaganda.")
    r"(?:,\s+which\s+[^,]{2,60}?)?"
    r"|(?P<agency>[A-Z][^,]{1,40}?)\s+(?:reported|reports)"
    # ("..., APA reports citing TASS."): the agency it cites
    r"(?:,?\s+citing\s+(?P<cited>[A-Z][^,]{1,40}?))?"
    # ("..., reported Khaama Press.", "..., reported the Times of Central Asia on Friday.")
    r"|reported\s+(?:the\s+)?(?P<after>[A-Z][^,]{1,40}?)(?:\s+on\s+[A-Z][a-z]+)?)\.?$"
)
# ("... (SCNS) also issued a statement in this regard yesterday")
_ISSUED_STATEMENT = re.compile(r"(?:\s+\([A-Z]{2,8}\))?,?\s+(?:has\s+|had\s+)?(?:also\s+)?"
                               r"(?:issued|released|published|put\s+out)\s+(?:a|an|its)\s+"
                               r"(?:[\w-]+\s+)?(?:statement|communiqu[eé]|release)\b")
# (after a comma or a closing mark: "redeploying to Kazakhstan according to plan" is said)
_ACCORDING_TAIL = re.compile(r"(?<=[,”\"»])\s+according\s+to\s+[^,;\"“”]{2,60}$")
# "As the Ministry of Defense reported, the exercise ...": read as "According to X, ..."
_AS_SAID = re.compile(r"^As\s+(?P<who>(?:the\s+)?[A-Z][^,;\"“”]{1,80}?)\s+(?:reported|said|stated|"
                      r"noted|announced|informed|reports|says|notes|states)(?:\s+earlier)?,?\s+"
                      r"(?P<clause>(?:the|a|an|all|some|this|these|it|its|[A-Z])\b.+?)\.?$")
# "Sputnik-Tajikistan cited security services as saying that ..." (a subject) and "...,
# RIA cited the Tajik interior ministry as saying on Wednesday" (a closing attribution):
# the ones cited speak; the agency is how it reached us
_CITED_WHO = r"\s(?:cited|quoted)\s+(?P<who>[^,;\"“”]{2,80}?)\s+as"
_CITED_AS = re.compile(rf"{_CITED_WHO}\s*$")
_CITES_AS = re.compile(rf"\s*{_CITED_WHO}\s+saying\b")
_CITING_AFTER = re.compile(r",\s+(?:citing|quoting)\s+(?P<who>[^,;\"“”]{2,90}?)\.?$")
_SAID_BEFORE_WHO = r"(?:said|reported|added|noted|stated)"  # "..., said the ministry."
_SAID_WHO = re.compile(rf",\s+{_SAID_BEFORE_WHO}\s+\S")
# A body the lexicon lacks, by the noun its name ends in: "Russia's Central Military
# District", "the State Border Service".
_INSTITUTION_NAME = re.compile(
    # ("the regional branch of the Red Crescent")
    r"(?:(?i:the)\s+)?(?:opposition\s+|ruling\s+)?"  # ("the opposition Ata-Meken party")
    r"(?:(?:regional|local|national|provincial)\s+(?:branch|office|chapter)\s+"
    r"of\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w'’.-]*\s+)*(?:Ministry|Committee|Service|Command|District|Staff|Crescent|Cross|"
    r"Council|Office|Agency|Department|Directorate|Headquarters|Embassy|Government|"
    r"Administration|Guards?|Troops|Forces|Army|Navy|Police|Parliament|Secretariat|Party|party|"
    # ("Pamir Daily News reported"): an outlet the lexicon lacks
    r"News|Times|Post|Press|Radio|Gazette|Herald|Tribune|Cent(?:er|re)|"
    r"Institute|Industries|Company|Corporation|military|army|government|"
    # ("the joint press center of the exercise")
    r"(?:joint|main|official)\s+press\s+(?:service|office|cent(?:er|re))"
    r"(?:\s+of\s+(?:the\s+)?(?:exercises?|maneuvers|manoeuvres|drills?|trainings?))?"
    r"|press\s+(?:service|office|cent(?:er|re))"
    # "the Chinese embassy in Dushanbe": a country's, where it sits
    r"|embassy(?:\s+in\s+[A-Z][\w'’-]+)?)"
    # "the press office of Russia's Central Military District"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+)?"
    r"(?:\s+\([A-Z]{2,8}\))?"  # ("the Turkish Aerospace Industries (TUSAS)")
)
# "The Head of State noted", "the minister said": a title standing for a person named
# before with it.
_TITLE_BACK = re.compile(
    # "Tajik minister noted": a country's adjective may stand for the article; "the
    # Russian general", "the commander of Russia's Central Military District"
    # ("The airbase commander stressed" after "The base commander Oleg Molostov said")
    # ("The CSTO Secretary-General expressed his conviction": a body's acronym too)
    # ("the Uzbek defense minister said": a country's adjective and an office's word)
    r"(?:the|[A-Z][a-z]+)\s+(?:(?-i:[A-Z][a-z]+|[A-Z]{2,6}|[a-z]+)\s+){0,2}(?P<title>head\s+of\s+"
    r"state|president|"
    r"prime\s+minister|(?:deputy\s+)?minister|secretary[\s-]general|commander|general|"
    r"ambassador|chairman|envoy|diplomat|spokes(?:man|woman|person)|leader|dictator|strongman|"
    r"manager|director)(?:\s+of\s+(?P<of>[^,;.]{3,60}))?",
    re.I,
)
_HOLDER_FIRST = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?:today,\s+|"
                           r"(?:on\s+)?\w+day,\s+)?")
# "According to reports in Indian media, including India Times (published ...) and The
# Economic Times, and Newsweek, ...": the sources the "who" lists, named ones only
_OUTLET_NAMED = re.compile(r"\b(?:news\s+agency|agency|newspaper|outlet|channel|portal|website|"
                           r"broadcaster|daily|weekly)\s+(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})$")
_SENTENCE_ADVERBS = frozenset("Earlier Later Previously Meanwhile However Also Then Now Today "
                              "Yesterday Moreover Furthermore Separately Additionally Thus "
                              "Still Yet Instead Again Recently".split())
_STATEMENT_THAT = re.compile(r"(?:the|a|an)\s+(?:statement|report|reports|information|claims?|"
                             r"announcement)\s+(?:made|given|issued)\s+by\s+[^\"“”;]{2,160}?,?"
                             r"\s+that\s+")
_ONE_WORD = re.compile(r"\s*[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s*")
_PER_REPORT = re.compile(r"(?:as\s+per|according\s+to)\s+(?:an?|the)\s+reports?\s+(?:by|of|from)\s+"
                         r"(?P<who>[^,;\"“”]{2,60}),\s+")
_ACCORDING_OPENS = re.compile(r"(?:(?:However|But|Yet|Meanwhile),?\s+)?[Aa]ccording\s+to\s+"
                              r"(?P<who>[^,;\"“”]{2,60}),\s+")
_LISTED_AFTER_WHO = re.compile(
    r"(?:including|such\s+as|among\s+them|notably)\s+(?:[^,()]|\([^)]*\))+"
    r"(?:,\s+(?:and\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}(?:\s*\([^)]*\))?)*,\s+")
# An office in apposition opening the clause after "According to X, "
_ROLE_FIRST = re.compile(r"(?:(?:a|an|the)\s+)?(?:(?:[A-Z][\w.'’-]*)\s+){0,3}[a-z][^,;\"“”]{2,90}?,"
                         r"\s+(?=\S)")
_OFFICE = re.compile(r"\b(?:director|spokes\w+|commander|chief|head|minister|deputy|secretary|"
                     r"ambassador|envoy|representative|officer|advis[eo]r|aide|chairman|"
                     # ("According to X, a Bishkek-based political analyst, ...")
                     r"president|analyst|expert|researcher|scholar|professor|scientist|"
                     r"commentator|specialist|journalist|correspondent|fellow)\b", re.I)
_HEAD_OF_MINISTRY = re.compile(r"(?:the\s+)?head\s+of\s+the\s+(?P<adj>[A-Z][a-z]+\s+)?"
                               r"(?:Defen[cs]e|Foreign|Interior)\s+Ministry", re.I)
# The titles each of those means.
_RULERS = ("leader", "dictator", "strongman")
_NEWS_WORD = re.compile(r"\bnews\b", re.I)
_TITLE_WORDS = {
    "head of state": ("president", "head of state", "leader of the nation"),
    "secretary general": ("secretary general", "secretary-general"),
    "general": ("general", "gen"),  # "Gen. Maj. Daulet Ospanov ... said the general"
    # "the Russian leader" after "Russian President Vladimir Putin"
    "leader": ("president", "prime minister", "head of state", "leader"),
    # ("The Belarusian dictator added that ..." after "President of Belarus X")
    "dictator": ("president", "head of state", "leader"),
    # ("The diplomat added that ..." after "The Ambassador ... X stated")
    "diplomat": ("ambassador", "envoy", "diplomat", "foreign minister"),
    "strongman": ("president", "head of state", "leader"),
}
# "the command said" after "the Southern Theater Command"; "the statement said" after a
# body's statement: the body that spoke last.
_HEAD_ENDS = re.compile(r"\s(?:of|for|in|from|at|with|within|close\s+to|near|on)\s")
_SAME_ONE = re.compile(r"the\s+(?:(?-i:[a-z]+)\s+)?(?P<noun>official|spokes\w+|minister|source|"
                       r"officer|people|(?P<many>sources|officials|officers))\b", re.I)
_BACK_REFERENCE = re.compile(
    r"the\s+(?:(?:military|defen[cs]e|border|news)\s+)?(?:(?P<noun>(?:press\s+)?(?:service|office|cent(?:er|re))|"
    r"ministry|committee|department|command|district|"
    r"council|agency|office|secretariat|staff|embassy|group)(?:\s+(?:statement|communiqu[eé]|release))?|"
    r"(?P<paper>statement|communiqu[eé]|(?:press\s+)?release|declaration|document))"
    # ('"...," a statement said.' after "Khovar, citing the Tajik Border Troops")
    r"|an?\s+(?P<a_paper>statement|communiqu[eé]|(?:press\s+)?release)",
    re.I,
)
# "Japarov's office", "Rahmon's press secretary": who speaks for a person.
_PERSONS_STAFF = re.compile(
    r"['’]s\s+(?:office|press\s+(?:service|office|secretary)|administration|spokes\w+|aides?|"
    r"government|campaign)\b"
)
# "the press service of Belarusian President X": who speaks for the person named after it.
_STAFF_OF = re.compile(
    r"\b(?:press\s+(?:service|office|cent(?:er|re))|office|administration)\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}$"
    # ("a source of political scientist X", "sources close to X": not X)
    r"|\b[Ss]ources?\s+(?:of|close\s+to)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:[A-Z][\w'’-]*\s+){0,4}$"
)
# "X noted that ... and thanked Y": the speaker's next act, not part of the claim.
_AND_THEN = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:thanked|called|urged|invited|expressed|welcomed|praised|"
    r"proposed|stressed|noted|emphasi[sz]ed|pointed\s+out|congratulated|wished|reiterated|"
    r"underlined|assured|reaffirmed|vowed|pledged|promised|accuses|accused|said|added)\b"
    # ("said that the drones will be assembled soon, adding that investments ...")
    r"|,\s+adding\s+that\b"
    # "..., although locals say the total is much higher": another's word against it
    r"|,\s+(?:although|though|while|but|whereas|however)\s+[^,;]{1,40}?\s+(?:say|says|said|claim|"
    r"claims|insist|insists|denied|denies|rejected|called)\b"
    # "X has said it was responsible and has released footage": the speaker's next act
    r"|\s+and\s+(?:has|have)\s+(?:also\s+)?[a-z]+ed\b"
    # ("said that no troops will be stationed there, raising the question ...": the
    # writer's comment on it)
    r"|,\s+(?:raising|prompting|sparking|fuell?ing)\s+(?:the\s+|a\s+)?(?:question|questions|"
    r"concerns?|speculation|fears|doubts)\b"
    # "..., and Tajikistan has rejected the claims": another subject's act
    # ("..., while Pakistan has seized on the incident to ...")
    r"|,\s+(?:and|while|whereas)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:has|have)\s+"
    r"(?:also\s+)?[a-z]+ed\b"
)
# A quoted name: every word capitalised or a number, no sentence inside.
_TITLE = re.compile(r"(?:[A-Z0-9][\w'’-]*)(?:\s+(?:[A-Z0-9][\w'’-]*|of|the|and|for|in))*")
_SURNAME = re.compile(r"[A-Z][a-z’'-]{2,}")
_BODY_NOUN = re.compile(
    # (whole words: "officers" are people, not an office)
    r"\b(?:ministry|service|committee|authorities|media|guards|force|office|portal|website|police|"
    r"newspaper|presidency)\b", re.I)
_BODY_PRONOUN = re.compile(r"[Ii]t|[Tt]hey")  # ("It said ..." opening a sentence)
# "Interfax quoted General X as saying ...": X speaks, through Interfax.
_OFFICE_OF = re.compile(r"(?:the\s+)?(?:President|Prime\s+Minister|(?:Defen[cs]e\s+|Foreign\s+)?"
                        r"Minister|King|Emir)\s+of\s+(?:the\s+)?[A-Z][\w\s-]{2,30}")
_GOES_ON = re.compile(r"\s+(?:of\s+|in\s+)?[a-z]")
_RELATIVE_THAT = re.compile(r"(?:would|will|could|can|should|may|might|must|is|are|was|were|"
                            r"has|have|had|includes|involves|envisages|envisions|provides|aims|"
                            r"allows|requires|means|calls|covers|contains|"
                            # "at a meeting of the Council that took place yesterday"
                            r"took|takes|began|begins|opened|opens|ended|ends|lasted|lasts|"
                            # "says investigations are ongoing into a clash that occurred"
                            r"occurred|occurs|happened|erupted|broke)\s")
_INCLUDING = re.compile(r",\s+including\s")
# (not "According to Russian presidential aide X": whose aide he is)
_POSTED_TO = re.compile(r"(?<![Aa]ccording\s)\bto\s+(?:the\s+)?$")
_ENVOY = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy)\b")
_OF_BODY = re.compile(r"\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$")
_CLAUSE_STOP = re.compile(r"\.\s(?=\s*[A-Z\"“])")
# 'X called the attack a “shameful and terrible event”': words X chose for a thing, the
# quote right after the thing named (not "called on X to “...”", nor "a drill called “...”")
_CHARACTERISED = re.compile(r"\b(?:called|calls|termed|terms|branded|brands|labell?ed|deemed)\s+"
                            r"(?!on\b|for\b|upon\b)(?:[\w’'-]+\s+){1,5}?(?:a|an|as)\s*$")
_CALLED_THING = re.compile(r"\b(?:called|calls|termed|branded|labell?ed|deemed)\s+"
                           r"(?!on\b|for\b|upon\b)(?:[\w’'-]+\s+){1,6}?$")
_ARTICLE_FIRST = re.compile(r"(?:a|an)\s", re.I)
_ACCORDING_BEFORE = re.compile(r"(?:^|(?<=\s))[Aa]ccording\s+to\s+(?P<who>[^,.;\"“”]{2,60}?)"
                               r",\s*$")
_ACCORDING_AFTER = re.compile(r"\s*,?\s*according\s+to\s+(?P<who>[^,.;\"“”]{2,80}?)\s*[.,]?\s*$")
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?P<who>[^\"“”]{3,120}?),?\s+as\s+say(?:ing|s)?\b")
_WAS_QUOTED = re.compile(r"[,\s]*(?P<who>[^,.;\"“”]{2,80}?)\s+(?:was|were|is|are)\s+"
                         r"(?:quoted|cited)\b")
# '"...," news agency TASS quotes the press office of the exercise.': the office speaks
_QUOTES_WHO = re.compile(r"[,\s]*[^,.;\"“”]{2,60}?\s+(?:quotes|quoted|cites|cited)\s+"
                         r"(?P<who>[^,.;\"“”]{3,100}?)\s*\.?\s*$")


def _title_words(lexicon: Lexicon) -> frozenset[str]:
    """Words a title is made of, in lower case: "defence", "minister", "of", "deputy"."""
    words = {w.casefold() for t in lexicon.words("person_titles") for w in t.split()}
    return frozenset(words | {"of", "the", "for", "and", "first", "head", "affairs", "to", "joint",
                              "headquarters", "staff", "command"})


def _body_speaker(doc: Document, b: Mention) -> Speaker:
    """A body or outlet named by mention ``b``, as a speaker."""
    return Speaker(b.text(doc.text), b.id, _body_affiliation(doc, b), body=True)


def _is_lexicon_outlet(doc: Document, speaker: Speaker) -> bool:
    """Whether ``speaker`` is one of the lexicon's outlets ("Interfax", "TASS")."""
    return speaker.body and speaker.id in doc.lexicon.raw.get("media", {})


def _body_affiliation(doc: Document, b: Mention) -> str:
    """Whom a body speaks for: itself ("CSTO", "KNB"), or, a national body the lexicon
    gives no country, that of its country ("Tajikistan's GKNB": "TJK-GKNB", as "TJK-MOD")."""
    if b.kind != "organisation":
        return b.country
    own = doc.lexicon.raw.get("organisations", {}).get(b.id, {}).get("country")
    if b.country and not own and not doc.lexicon.is_multinational(b.id):
        return f"{b.country}-{b.id}"
    return b.id


# "Defense Minister", "Minister of Foreign Affairs": the ministry a minister heads
_MINISTER_TITLE = re.compile(r"\b(Defen[cs]e|Interior|Foreign)\s+Minister\b|"
                             r"\bMinister\s+of\s+(?:the\s+)?(Defen[cs]e|Interior|Foreign)\b")
_MINISTER_OF = {"def": "MOD", "int": "MOI", "for": "MFA"}


class _Attributor:
    """Speaker resolution for one document, remembering the last speaker."""

    def __init__(self, doc: Document):
        self.doc = doc
        lex = doc.lexicon
        self.verbs = lex.word_pattern("speech_verbs")
        self.anon = lex.word_pattern("anonymous_nouns")
        self._last: Speaker | None = None
        self.spoken: list[Speaker] = []  # every speaker so far, in reading order
        self.last_body: Speaker | None = None  # the body that spoke last
        self.last_pos = -1

    @property
    def last(self) -> Speaker | None:
        return self._last

    @last.setter
    def last(self, speaker: Speaker | None) -> None:
        self._last = speaker
        if speaker is not None:
            self.spoken.append(speaker)
        if speaker is not None and speaker.body:
            self.last_body = speaker

    def affiliation(self, mentions: list[Mention]) -> str:
        for kinds in (("ministry",), ("organisation",), ("media",), ("country",)):
            for m in mentions:
                if m.kind in kinds:
                    return _body_affiliation(self.doc, m) if m.kind == "organisation" else m.id
        return ""

    def person(self, m: Mention) -> Speaker:
        if m.affiliation:
            return Speaker(m.name, m.id, m.affiliation)
        # "Dong said" after "Chinese Defence Minister Dong Jun": the title is at the
        # person's first mention.
        first = next(x for x in self.doc.mentions if x.kind == "person" and x.id == m.id)
        return Speaker(m.name, m.id, self._title_affiliation(first))

    def _title_affiliation(self, m: Mention) -> str:
        # The title before the name, in its sentence and not in a quote: "Kyrgyz
        # Defence Minister X". The outlet that quotes a person ("Interfax quoted
        # General X") is not theirs.
        doc, text = self.doc, self.doc.text
        since = max(doc.sentence_at(m.start).start, m.start - 60)
        before = [x for x in doc.mentions_in(since, m.start)
                  if x.kind != "media" and doc.in_quote(x.start) is None
                  and self._in_title(x.end, m.start)
                  # "U.S. Ambassador to Tajikistan X": where he is posted, not for whom
                  and not _POSTED_TO.search(text, max(0, x.start - 6), x.start)]
        if before and (found := self.affiliation(before[-2:])):
            if found in doc.lexicon.raw["countries"] and (
                    office := _MINISTER_TITLE.search(text, since, m.start)):
                # "Belarusian Defense Minister Viktor Khrenin": his country's ministry
                ministry = (office.group(1) or office.group(2))[:3].casefold()
                return f"{found}-{_MINISTER_OF[ministry]}"
            return found
        # "Ministry spokesman Ren Guoqiang" after "China's defense ministry": that ministry
        title = text[since : m.start]
        if _MINISTRY_TITLE.search(title) and not before:
            named = [x for x in doc.mentions_in(self._paragraphs_back(m.start, 2), since,
                                                ("ministry",)) if doc.in_quote(x.start) is None]
            if named:
                return named[-1].id
        # "Kamchybek Tashiev of Kyrgyzstan"
        if country := country_after(text, doc.mentions, m.end):
            return country
        if _THE_SPOKESPERSON.search(text, max(0, m.start - 30), m.start):
            # "The spokesperson, X, said" after "a spokesperson for the Kazakh Foreign
            # Ministry said": that body's
            for body in reversed(doc.mentions_in(self._paragraphs_back(m.start, 2), since,
                                                 ("ministry", "organisation", "country"))):
                if _SPOKESPERSON_FOR.search(text, max(0, body.start - 40), body.start):
                    return self.affiliation([body])
        # "Aleksandr Gordeyev, a spokesman for Russia's Central Military District,"
        appo = _APPOSITION.match(text, m.end, min(len(text), m.end + 160))
        if appo:
            envoy = _ENVOY.search(text, m.end, appo.end("role"))
            found = self.affiliation([x for x in doc.mentions_in(m.end, appo.end("role"))
                                      if not _INSTITUTE.match(text, x.end)
                                      # (an envoy speaks for home, not where posted)
                                      and not (envoy and _POSTED_TO.search(
                                          text, max(0, x.start - 6), x.start))])
            if found in doc.lexicon.raw["countries"] and (
                    office := _MINISTER_TITLE.search(text, m.end, appo.end("role"))):
                # "X, the Minister of Defense of Uzbekistan": his country's ministry
                ministry = (office.group(1) or office.group(2))[:3].casefold()
                return f"{found}-{_MINISTER_OF[ministry]}"
            return found
        return ""

    def _in_title(self, start: int, end: int) -> bool:
        """Whether [start, end) is the rest of a title before a name: "'s Defence
        Minister, ", " Minister of National Defense " — not " in October, "."""
        gap = re.sub(r"^['’]s\b", "", self.doc.text[start:end])
        words = gap.replace(",", " ").split()
        if ((not words and "," in gap or gap.startswith(","))
                and not _OF_BODY.search(self.doc.text, max(0, start - 60), start)):
            # "... heading to Kyrgyzstan, X, spokesman for ...", "20 km from the border
            # with Afghanistan, Colonel-General X": no title, unlike "the state secretary
            # of the Security Council of Belarus, X"
            return False
        titles = self.doc.lexicon.derived("title words", _title_words)
        return all(w[0].isupper() or w.casefold() in titles for w in words)

    def phrase(self, start: int, end: int) -> Speaker | None:
        """A speaker named by the text in [start, end): a person, a pronoun, an
        unnamed official, a body or an outlet."""
        doc = self.doc
        if including := _INCLUDING.search(doc.text, start, end):
            end = including.start()  # "the SCO leaders, including X": the leaders speak
        text = doc.text[start:end]
        people = doc.mentions_in(start, end, ("person",))
        if people and (staff := _PERSONS_STAFF.match(doc.text, people[-1].end, end)):
            # "Japarov's office said": the office speaks, for the person's country
            own = self.person(people[-1])
            name = doc.text[people[-1].start : staff.end()]
            return Speaker(name, "anon:" + slug(name), home_country(own.affiliation),
                           body=True)
        if people and (staff := _STAFF_OF.search(doc.text, start, people[-1].start)):
            # "the press service of Belarusian President X": the service speaks, for X's
            # country
            own = self.person(people[-1])
            name = doc.text[staff.start() : people[-1].end]
            return Speaker(name, "anon:" + slug(name), home_country(own.affiliation),
                           body=True)
        if people:
            return self.person(people[-1])
        if named := _NAMED_AFTER_OFFICE.fullmatch(text.strip(" ,;:.")):
            # "the head of the State Committee for National Security, Kamychbek Tashiyev":
            # a name the lexicon lacks, after the office it holds
            name = named.group("name")
            office = doc.mentions_in(start, start + text.find(name), ("ministry", "organisation",
                                                                     "country"))
            return Speaker(name, slug(name), self.affiliation(office))
        if _PRONOUN.search(text) and len(text.split()) <= 3:
            # ("She admitted ..." after "according to the Ministry": a person, not the body)
            return (self._named_since_last(start)
                    or (self.last if self.last and not self.last.body else None)
                    or self.last_person_before(start))
        if _BODY_PRONOUN.fullmatch(text.strip()):
            # '"...," it said.' after "the Kyrgyz border service said", or of the body
            # named before ("The SCO leaders signed the Qingdao Declaration ...")
            if self.last and self.last.body:
                return self.last
            # ("It also said that ..." opening a sentence after "The Uzbekistan Army
            # expressed its gratitude": the subject told before, which no claim names)
            return self._organisation_before(start) if text.strip()[0].islower() else None
        np = text.strip(" ,;:—–-")
        np = re.sub(r"^with\s+(?=[a-z]+s\b)", "", np)  # ", with experts saying that ..."
        if _PASSIVE_END.search(np):
            return None  # "..., neither the number nor the side has been confirmed": no one
        # ("local sources cited by the Afghan outlet 8 Subh": the sources, through the outlet)
        if by := re.search(r"\s+(?:cited|quoted|published|carried)\s+by\s", np):
            np = np[: by.start()]
            if (at := doc.text.find(np, start, end)) != -1:
                end = at + len(np)  # (the outlet's name is no mention of the speaker's)
        np = re.sub(r"(?<=[a-z])\.$", "", np)  # '"...," said the general.'
        if outlet := _OUTLET_NAMED.search(np):
            # "Afghan news agency Rahapress", "the Indian daily The Hindu": an outlet the
            # lexicon lacks, by the name after its kind
            name = outlet.group("name")
            if known := next((m for m in doc.mentions_in(start, end, ("media",))
                              if m.text(doc.text) == name), None):
                # ("the international business newspaper Financial Times")
                return _body_speaker(doc, known)
            return Speaker(name, "anon:" + slug(name),
                           self.affiliation(doc.mentions_in(start, end)), body=True)
        np = _ADVERB.sub("", np).strip()
        np = _WHEN_SAID.sub("", np)  # "Afghan officials on August 27": who, not when
        np = _HERE.sub("", np)  # "according to SCO Secretariat here": who, not where
        # "Kyrgyz Health Ministry, adding clashes wounded 87 others": who, not what else
        np = _PARTICIPLE.split(np, maxsplit=1)[0]
        np = _STATEMENT_FROM.sub("", np)  # "a statement from the Kyrgyz Health Ministry"
        # ("a statement by the Foreign Ministry of Turkmenistan published on its website")
        np = _PUBLISHED_WHERE.sub("", np)
        # "The press service of the Border Service of the State Committee for National
        # Security of Kyrgyzstan" is one name; with a comma, so many words are a clause
        if not np or len(np.split()) > (14 if "," in np else 18):
            return None
        mentions = doc.mentions_in(start, end)
        bodies = [m for m in mentions if m.kind in ("organisation", "media")]
        # "the KNB"; "Kazakhstan's National Security Committee (KNB)": one body, named
        # once or twice, perhaps after its country
        rest = len(np) - sum(len(m.text(doc.text)) for m in mentions
                             if m in bodies or m.kind == "country" and m.end <= bodies[0].start
                             ) - sum(len(d) for d in _OWNERSHIP.findall(np)) if bodies else 0
        if bodies and bodies[0].kind == "media":
            # ("the official IRNA news agency": the outlet, by its kind)
            rest -= sum(len(w) for w in _OUTLET_WORDS.findall(np))
        if bodies and len({b.id for b in bodies}) == 1 and rest <= 7:
            b = bodies[0]
            return _body_speaker(doc, b)
        if (len(mentions) == 1 and mentions[0].kind == "country" and mentions[0].form != "adjective"
                and mentions[0].text(doc.text) == re.sub(r"^the\s+", "", np)):
            # "Kyrgyzstan said Thursday it had agreed a ceasefire": its government; "the
            # Russians said": theirs
            c = mentions[0]
            return Speaker(np, "anon:" + slug(np), c.id, body=True)
        if (len(mentions) == 1 and mentions[0].kind == "place" and mentions[0].known
                and mentions[0].text(doc.text) == np
                and doc.lexicon.place(mentions[0].id).get("capital")):
            # "Beijing says security in Xinjiang is under threat": a capital speaks for its
            # government
            return Speaker(np, "anon:" + slug(np), mentions[0].country, body=True)
        if re.fullmatch(r"the\s+report", np, re.I):
            # "The report said ..." after "A report by the official IRNA news agency said",
            # "Global Times here reported", "the press department of X reporting that": the
            # body that reported last; none, no one
            reporters = doc.mentions_in(self._paragraphs_back(start, 3), start,
                                        ("media", "organisation"))
            return next((_body_speaker(doc, m) for m in reversed(reporters)
                         if doc.in_quote(m.start) is None and (
                             _REPORTS_AFTER.match(doc.text, m.end)
                             or _REPORT_BY.search(doc.text, max(0, m.start - 40), m.start))),
                        None)
        back = _BACK_REFERENCE.fullmatch(np)
        paper = back and (back.group("paper") or back.group("a_paper"))
        if paper and (issuer := self._issuer_before(start)):
            # '"...," the statement stated' after "the Main Border Guard Directorate at the
            # State Committee for National Security (SCNS) also issued a statement": its
            return issuer
        if back and self.last and self.last.body and (
            paper or back.group("noun").casefold() in self.last.name.casefold()
            # ("The agency notes" after "..., Interfax reports."): the outlet, unless an
            # agency of a state was described ("a statement from the Tajik border protection
            # agency, published by the Khovar news agency")
            or back.group("noun").casefold() == "agency" and _is_lexicon_outlet(doc, self.last)
            and not self._body_described_before(start, "agency", np)
        ):
            return self.last  # "the press service said" after "the press service of X"
        if back and back.group("noun") == "group":
            # "X fired 10 rockets ..., the group said": the organisation named last
            return self._organisation_before(start)
        if back and re.fullmatch(r"the\s+news\s+agency", np, re.I) and (
                outlet := self._outlet_before(start)):
            # "The news agency said ..." after "Russia's RIA news agency cited the Tajik
            # interior ministry as saying ...": the outlet named last
            return outlet
        if back and back.group("noun") and (earlier := self._body_named_before(
                start, back.group("noun")) or self._body_described_before(
                start, back.group("noun"), np) or self._body_described_before(
                start, back.group("noun"), np, far=True)):
            # "according to the ministry" after "the Uzbek Defense Ministry" ("according
            # to the embassy" paragraphs after "the US Embassy in Tajikistan said")
            return earlier
        if back and (back.group("noun") or "").casefold() == "agency" and (
                outlet := self._outlet_before(start)):
            # ("According to the agency, ..." after "..., said state news agency Khovar,
            # citing the press center of ...": no other agency named, the outlet)
            return outlet
        if paper and (body := self._organisation_before(start) or self.last_body):
            # ('"...," a statement said.' after "Khovar, citing the Tajik Border Troops,
            # said ..." and "Officials claimed ...": the body that spoke last)
            return body  # "The SCO also advocated ..., the document added."
        if _INSTITUTION_NAME.fullmatch(np):
            # "Russia's Central Military District": a body the lexicon lacks
            name = re.sub(r"^the\s+", "", np)
            return Speaker(name, "anon:" + slug(name), self.affiliation(mentions), body=True)
        if not mentions and (acronym := _ACRONYM.fullmatch(np)):
            # '"...," the ADGPI tweeted': a body the lexicon lacks, by its initials
            name = acronym.group("initials")
            # ("the MEA" after "the Ministry of External Affairs (MEA) stated"): that body
            told = next((x for x in reversed(self.spoken) if x.body and f"({name})" in x.name),
                        None)
            return told or Speaker(name, "anon:" + slug(name), "", body=True)
        if head := _HEAD_OF_MINISTRY.fullmatch(np):
            np = f"the {head.group('adj') or ''}minister"  # "the head of the Russian Defense
            # Ministry said" after "Russian Defense Minister ... Sergei Shoigu reported"
        title = _TITLE_BACK.fullmatch(np)
        if title and (np[:4].casefold() == "the " or any(m.kind == "country" for m in mentions)):
            # "The Head of State noted ...": the person last named with that title
            # (nearby first; else anyone the article gave that title: "the general said"
            # paragraphs after "Colonel-General Alexander Lapin announced")
            # ("the Russian president": a Russian; not the Tajik president named last)
            of_country = next((m.id for m in mentions if m.kind == "country"), None)
            # ("the Taliban leader": a leader of no country the text names is no one's)
            whose = of_country or title.group("title").casefold() not in _RULERS
            if whose and (found := (
                    self._titled_before(start, title.group("title"), title.group("of"),
                                        country=of_country)
                    or self._titled_before(start, title.group("title"), title.group("of"),
                                           far=True, country=of_country))):
                return found
        if (office := _OFFICE_OF.fullmatch(np)) and len(mentions) == 1 and (
                mentions[0].kind == "country"):
            # "the President of Belarus added" after "Aleksandr Lukashenko stressed": the
            # person last named of that country; none: the office
            country = mentions[0].id
            for p in reversed(doc.mentions_in(self._paragraphs_back(start, 2), start, ("person",))):
                if home_country(self.person(p).affiliation) == country:
                    return self.person(p)
            return Speaker(office.group(), "anon:" + slug(office.group()), country)
        # the phrase's head: its last such noun before a preposition ("the Foreign
        # Ministry's official spokeswoman" is a person; "a spokesman for the ministry" too)
        head = _HEAD_ENDS.search(np)
        nouns = list(self.anon.finditer(np, 0, head.start() if head else len(np)))
        anon = nouns[-1] if nouns else self.anon.search(np)
        # ("the people said" after "people familiar with the matter said")
        # ("the military official said" after "Tajik military official told ...")
        if (ref := _SAME_ONE.match(np)) and self.last:
            noun = ref.group("noun").casefold()
            # ("the source said" after "a source in Tajikistan's security services told
            # Sputnik" and a committee's figures: the source; "the sources" after "three
            # Tajik security sources told Reuters": they, else those sources are new)
            same = next((x for x in reversed(self.spoken) if noun in x.name.casefold()), None)
            if same is not None:
                return same
            if not ref.group("many") and self.last.descriptor != "reports":
                return self.last  # (not "reports": no one, unlike "the source")
        if anon or any(m.kind in ("organisation", "media", "ministry") for m in mentions):
            name = re.sub(r"^(?:the|a|an)\s+", "", np, flags=re.I) if not anon else np
            # "a resident who asked not to be named": the relative clause describes
            # the speaker; it is not part of the description.
            name = _RELATIVE.split(name, maxsplit=1)[0].rstrip(" ,") or name
            if not anon and len(name.split()) > 6:
                return None
            return Speaker(
                name,
                "anon:" + slug(name),
                self.affiliation(mentions),
                anon.group().casefold() if anon else "",
                body=not anon or bool(_BODY_NOUN.search(anon.group())),
            )
        return None

    def surname(self, start: int, end: int) -> Speaker | None:
        """'"...," Tashiev told journalists': one capitalised word the lexicon does not
        know, alone before the verb of a quote's attribution, is a person's name."""
        word = self.doc.text[start:end].strip(" ,;:—–-.")
        if (not _SURNAME.fullmatch(word) or word in NOT_NAMES or word in self.doc.lexicon.entries
                or word in _SENTENCE_ADVERBS or word.endswith("ly")):
            return None  # ("Earlier reports said that": no one named Earlier)
        if any(word in m.name.split() for m in self.doc.mentions if m.kind == "person"):
            return None  # a name two people of the article share names neither
        return Speaker(word, slug(word), "")

    def _named_since_last(self, pos: int) -> Speaker | None:
        """"He said ..." after "Defence Minister X attended ...": a person who opened a
        sentence since the last claim, in this paragraph or the one before, is whom
        the pronoun means, not the last speaker."""
        since = max(self.last_pos, self._paragraphs_back(pos, 1))
        for m in reversed(self.doc.mentions_in(since, pos, ("person",))):
            lead = self.doc.text[self.doc.sentence_at(m.start).start : m.start]
            # ("Expressing pleasure about his visit, Kurbanov thanked ...": the subject
            # after an opening participle's clause)
            if _SUBJECT_LEAD.match(lead) or _PARTICIPLE_LEAD.fullmatch(lead):
                return self.person(m)
        return None

    def _organisation_before(self, pos: int) -> Speaker | None:
        """The organisation last named, outside quotes, in this paragraph or the three
        before it: whose document speaks."""
        doc = self.doc
        for m in reversed(doc.mentions_in(self._paragraphs_back(pos, 3), pos, ("organisation",))):
            if _ADDRESSED.search(doc.text, max(0, m.start - 20), m.start):
                continue  # "called on the Taliban authorities to ...": whom it addresses
            if len(doc.paragraphs) > 1 and m.start < doc.paragraphs[0].end and _HEADLINE.fullmatch(
                    doc.text, doc.paragraphs[0].start, doc.paragraphs[0].end):
                continue  # "... demands Taliban apology": a headline's, not the statement's
            if doc.in_quote(m.start) is None:
                return Speaker(m.text(doc.text), m.id, m.id if doc.lexicon.is_multinational(m.id)
                               else (m.country or m.id), body=True)
        return None

    def _body_described_before(self, pos: int, noun: str, said: str = "",
                               far: bool = False) -> Speaker | None:
        """A body the lexicon lacks, described before ``pos`` by a country and words ending
        in ``noun``: "the agency said" after "the Tajik border protection agency"; of
        those, one that has the words ``said`` adds ("the border agency" is not "Tajik
        news agency"); ``far``: anywhere before, else in this paragraph or three before."""
        doc = self.doc
        since = 0 if far else self._paragraphs_back(pos, 3)
        noun = noun.split()[-1].casefold()
        # ("the Russian Embassy in Tashkent" is "the embassy")
        noun = f"[{noun[0]}{noun[0].upper()}]{re.escape(noun[1:])}"
        extra = [w.casefold() for w in said.split()[:-1] if w.casefold() != "the"]
        last = None
        for m in re.finditer(rf"\b((?:[A-Z][\w'’-]*\s+)+(?:[a-z]+\s+){{0,3}}{noun})\b",
                             doc.text[since:pos]):
            # (a news agency is an outlet: "the Khovar news agency")
            if all(w in m.group(1).casefold() for w in extra) and not _NEWS_WORD.search(m.group(1)):
                last = m
        if last is None:
            return None
        a, b = since + last.start(1), since + last.end(1)
        countries = [x for x in doc.mentions_in(a, b, ("country",))]
        if not countries or doc.in_quote(a) is not None:
            return None
        name = doc.text[a:b]
        return Speaker(name, "anon:" + slug(name), countries[0].id, body=True)

    def _issuer_before(self, pos: int) -> Speaker | None:
        """The body or ministry that the text, in this paragraph or the two before it,
        last said issued a statement."""
        doc = self.doc
        since = self._paragraphs_back(pos, 2)
        for m in reversed(doc.mentions_in(since, pos, ("organisation", "ministry"))):
            if doc.in_quote(m.start) is None and _ISSUED_STATEMENT.match(doc.text, m.end, pos):
                return _body_speaker(doc, m)
        return None

    def _outlet_before(self, pos: int) -> Speaker | None:
        """The news outlet last named, outside quotes, in this paragraph or the three
        before it."""
        doc = self.doc
        for m in reversed(doc.mentions_in(self._paragraphs_back(pos, 3), pos, ("media",))):
            if doc.in_quote(m.start) is None:
                return _body_speaker(doc, m)
        return None

    def _body_named_before(self, pos: int, noun: str) -> Speaker | None:
        """The ministry or body last named, in this paragraph or the three before it,
        whose name holds ``noun`` ("ministry")."""
        doc = self.doc
        since = self._paragraphs_back(pos, 3)
        noun = re.sub(r"\s+", " ", noun.casefold())
        for m in reversed(doc.mentions_in(since, pos, ("ministry", "organisation"))):
            # "the Kremlin press service" names the body before the noun
            own = (noun in m.text(doc.text).casefold()
                   or doc.text[m.end : m.end + len(noun) + 1].casefold() == " " + noun)
            if own and doc.in_quote(m.start) is None:
                # with its country when one stands right before it: "the Uzbek Defense Ministry"
                lead = [c for c in doc.mentions_in(max(since, m.start - 40), m.start, ("country",))
                        if not doc.text[c.end : m.start].strip()]
                return self.phrase(lead[-1].start if lead else m.start, m.end)
        return None

    def _titled_before(self, pos: int, title: str, of: str | None = None,
                       far: bool = False, country: str | None = None) -> Speaker | None:
        """The person last named, in this paragraph or the two before it, whom the text
        or the lexicon gives ``title`` ("President Emomali Rahmon" is the president and
        the head of state) and, with ``of``, its capitalised words ("the commander of
        Russia's Central Military District" is Lapin if the text gave him that command);
        ``far``: anywhere before; ``country``: of that country only."""
        doc = self.doc
        words = _TITLE_WORDS.get(re.sub(r"[\s-]+", " ", title.casefold()), (title.casefold(),))
        of_words = [w.casefold() for w in re.findall(r"\b[A-Z][a-z]+", of or "")]
        # a title with its "of" names one person however far back
        people = doc.mentions_in(0 if of_words or far else self._paragraphs_back(pos, 2), pos,
                                 ("person",))
        for i in range(len(people) - 1, -1, -1):
            m = people[i]
            if country and home_country(self.person(m).affiliation) != country:
                continue
            entry = doc.lexicon.entries.get(m.name)
            role = str(entry.get("role", "")) if entry is not None else ""
            sentence = doc.sentence_at(m.start)
            # Its own title only: not that of the person named just before or after it.
            # (a title may run long: "Commander of Russia's Central Military District
            # Colonel General Alexander Lapin")
            lo = max(sentence.start, m.start - 100, people[i - 1].end if i else 0)
            hi = min(sentence.end, m.end + 60, people[i + 1].start if i + 1 < len(people)
                     else sentence.end)
            around = " ".join((role, doc.text[lo : m.start], doc.text[m.end : hi])).casefold()
            if any(re.search(rf"\b{w}\b", around) for w in words) and all(
                    w in around for w in of_words):
                return self.person(m)
        return None

    def last_person_before(self, pos: int) -> Speaker | None:
        """"he said" before anyone has spoken: the person last named, in this paragraph
        or the two before it."""
        people = self.doc.mentions_in(self._paragraphs_back(pos, 2), pos, ("person",))
        return self.person(people[-1]) if people else None

    def _paragraphs_back(self, pos: int, n: int) -> int:
        """Where the paragraph ``n`` before the one of ``pos`` starts (the first, at most)."""
        doc = self.doc
        return doc.paragraphs[max(0, doc.sentence_at(pos).paragraph - n)].start

    def via(self, start: int, end: int) -> str:
        """The news agency a claim reached the article through, where the text says so."""
        for m in self.doc.mentions_in(start, end, ("media",)):
            before = self.doc.text[max(start, m.start - 40) : m.start]
            after = self.doc.text[m.end : min(end, m.end + 25)]
            if re.search(
                r"\b(?:told|to|according to|interview with|cited by|quoted by|reported|citing|"
                r"quoting)\b"
                r"[\w\s'’\"“-]*$",  # (a name in quotes: 'reported by the "Ozodi" radio')
                before,
                re.I,
            # (an outlet's edition: "Sputnik-Tajikistan cited ...")
            ) or re.match(r"(?:-[A-Z][a-z]+)?(?:\s+news\s+agency)?"
                          r"(?:\s+on\s+[A-Z][a-z]+\s+\d{1,2})?"
                          r"(?:\s+|,\s+(?=citing\b))(?:reported|said|says|"
                          r"reports|quoted|quotes|cited|cites|citing)", after):
                return m.text(self.doc.text)
        return ""


_INTRO = re.compile(
    r"^(?:(?:however|still|meanwhile|yet|but|and|also|moreover|separately|as|"
    r"for\s+(?:his|her|its|their|our)\s+part|in\s+turn|in\s+addition|additionally|"
    r"furthermore|previously|(?:(?:most|more)\s+)?recently|"
    # "The following day the Border Service ... reported that"
    r"the\s+(?:following|next|same)\s+(?:day|morning|evening|week)|later|earlier)\b,?\s*)+",
    re.I
)


def _past_intro(text: str, start: int, end: int) -> int:
    """``start`` moved past intro words ("and", "earlier", ...) when words remain after them."""
    # (a slice: the pattern's "^" holds at a string's start)
    intro = _INTRO.match(text[start:end])
    return start + intro.end() if intro and start + intro.end() < end else start


# (a new subject after it: a name or "the ..."; not "reported firing ... but later said")
_THE_SPOKESPERSON = re.compile(r"\b[Tt]he\s+spokes(?:man|woman|person),\s+$")
_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?"
                               r"(?:[\w'’-]+\s+){0,2}$")
_CONJUNCTIONS = frozenset({"but", "and", "yet", "while", "though", "although", "whereas"})
_LAST_BUT = re.compile(r".*\s(?:but|while|whereas)\s(?=[A-Z]|the\s)", re.S)
_PARTICIPLE_LEAD = re.compile(r"[A-Z][a-z]{2,}ing\s[^.;\"“”]{2,120},\s+(?:[A-Z][\w'’.-]*\s+)*")
# (after an intro word too: "Earlier, addressing the summit, Rahmon said")
_OPENING_PARTICIPLE = re.compile(r"[A-Za-z][a-z]{2,}ing\s+(?:that|the|on|to|a|an|his|her|its)\s")
_AUX = re.compile(
    r"\s+(?:have|has|had|is|are|was|were|will|would|could|can|did|does|do|"
    r"also|previously|earlier|then|"
    # "Kyrgyz officials reported firing ... but later said that": the first verb ends it
    r"reported|said|stated|announced|told)\b",
    re.I,
)


def _subject(text: str, start: int, end: int) -> tuple[int, int]:
    """The subject of a clause in [start, end): intro words and phrases dropped,
    cut before the first auxiliary ("the Taliban have dismissed ...")."""
    seg = text[start:end]
    intro = _INTRO.match(seg)
    if intro:
        start += intro.end()
        seg = text[start:end]
    comma = seg.find(", ")
    if comma != -1 and re.match(r"(?:in|at|on|after|during|speaking|according|in an|citing|"
                                r"quoting)\b", seg, re.I):
        start += comma + 2  # "In an interview with TASS, the Secretary-General ..."
        seg = text[start:end]
    elif comma != -1 and _OPENING_PARTICIPLE.match(seg):
        # "Emphasizing that the appeal went to the CSTO, of which Kazakhstan is a member,
        # President Tokayev clarified that ...": the subject follows the participle's clause
        start += seg.rfind(", ") + 2
        seg = text[start:end]
    if (but := _LAST_BUT.search(seg)) and len(seg[but.end() :].split()) <= 6:
        # "It is not supposed to intervene in domestic issues but Belarus insisted that
        # ...": the clause after the last "but" holds the subject
        start += but.end()
        seg = text[start:end]
    aux = _AUX.search(seg)
    last_comma = seg.rfind(", ")
    if (aux and aux.start() < seg.find(", ") and len(seg[last_comma + 2 :].split()) <= 6
            and not _AUX.search(seg, last_comma) and not _RELATIVE.match(seg, last_comma)
            # (not "X said A, but warned that B": a bare conjunction is no subject)
            and seg[last_comma + 2 :].strip().casefold() not in _CONJUNCTIONS):
        # "One of the leaders was killed on May 22, police said, adding that ...": the
        # clause after the last comma is the verb's; the one before it, what was said
        # ("..., and the Russian company Interfax reported that": Interfax)
        return _past_intro(text, start + last_comma + 2, end), end
    if aux:
        end = start + aux.start()
    # 'The ministry “strongly condemned” the attack and urged ...': the words it quoted
    # belong to the predicate; the subject stands before them ('“...,” the embassy said,
    # adding ...': or after them)
    marks = [m.end() for m in _HAS_QUOTE_MARK.finditer(text, start, end)]
    if marks and not text[start : marks[0] - 1].strip():
        start = marks[-1]
        start += len(text[start:end]) - len(text[start:end].lstrip(" ,"))
    elif marks:
        end = marks[0] - 1
        if said := _CHARACTERISED.search(text[start:end]):
            # 'X deemed this a "false allegation" and warned ...': X, not what X deemed
            end = start + said.start()
    return start, end


def _via(att: _Attributor, speaker: Speaker, start: int, end: int) -> str:
    via = att.via(start, end)
    return "" if via == speaker.name else via  # an outlet is not reported via itself


def _topic(doc: Document, text: str) -> str:
    tags = doc.lexicon.tags("topics", text)
    return tags[0] if tags else ""


def _direct(doc: Document, att: _Attributor, q: Quote, prev: Claim | None) -> Claim | None:
    """A claim for quote ``q`` if the text says who spoke it."""
    first = doc.sentence_at(q.open_mark)
    last = doc.sentence_at(max(q.open_mark, q.close_mark - 1))
    pre = (first.start, q.open_mark)
    post_end = (
        doc.sentence_at(min(len(doc.text) - 1, q.close_mark + 1)).end
        if q.close_mark < last.end
        else last.end
    )
    post = (min(q.close_mark + 1, post_end), post_end)
    speaker = None
    for s, e in (post, pre):
        # ('"...," X said, "more": the attribution after, though cut at the next quote)
        is_post = (s, e) == post
        window = doc.text[s:e]
        # Only the attribution clause, not a later quote in the same sentence.
        nxt = doc.in_quote(e - 1)
        if nxt and nxt is not q and nxt.open_mark >= s:
            window = doc.text[s : nxt.open_mark]
            e = nxt.open_mark
        if quoted_as := _QUOTED_AS.search(window):
            who = (s + quoted_as.start("who"), s + quoted_as.end("who"))
            if doc.text[who[0] : who[1]].strip().casefold() in ("him", "her"):
                # '"...," it quoted him as saying': the person last named
                speaker = att.last_person_before(who[0])
            else:
                speaker = att.phrase(*who)
            if speaker:
                break
        if not is_post and (saying := _SAYING_BEFORE.search(window)) and (people := [
                p for p in doc.mentions_in(s, s + saying.start(), ("person",))
                if doc.in_quote(p.start) is None]):
            # 'X refuted claims that ..., saying: "..."': the one who refuted
            speaker = att.person(people[0])
            break
        if is_post and (passive := _WAS_QUOTED.match(window)):
            # '"...," Gerasimov was quoted as saying'
            who = (s + passive.start("who"), s + passive.end("who"))
            speaker = att.phrase(*who) or att.surname(*who)
            if speaker:
                break
        if is_post and (quotes := _QUOTES_WHO.match(window)):
            speaker = att.phrase(s + quotes.start("who"), s + quotes.end("who"))
            if speaker:
                break
        if is_post and (according := _ACCORDING_AFTER.match(window)):
            # '"...," according to Sidorov.'
            who = (s + according.start("who"), s + according.end("who"))
            speaker = att.phrase(*who) or att.surname(*who)
            if speaker:
                break
        if not is_post and (according := _ACCORDING_BEFORE.search(window)):
            # 'According to him, "for the first time, ..."'
            who = (s + according.start("who"), s + according.end("who"))
            if doc.text[who[0] : who[1]].casefold() in ("him", "her"):
                speaker = att.last_person_before(who[0])
            else:
                speaker = att.phrase(*who) or att.surname(*who)
            if speaker:
                break
        # (not a verb inside an earlier quote: '“Ambassador X urged ...,” the embassy said')
        verb = next((v for v in att.verbs.finditer(window)
                     if doc.in_quote(s + v.start()) is None), None)
        if verb is None and not is_post:
            verb = _CHARACTERISED.search(window) or (
                # ('he called the relations with China "a priority in ..."')
                _CALLED_THING.search(window) if _ARTICLE_FIRST.match(doc.text, q.start)
                else None)
        if not verb:
            continue
        v_start, v_end = s + verb.start(), s + verb.end()
        if is_post:
            # ", he added" / ", the official said" / "said Nikolai Bordyuzha"; after
            # "told" comes the audience ("X told journalists"), never the speaker
            inverted = (verb.group().casefold() in _INVERTED
                        and not doc.text.startswith(",", v_end))
            speaker = att.phrase(s, v_start) or att.surname(s, v_start) or (
                # ("said Nikolai Bordyuzha", not "said, according to Xinhua"; "said
                # Pantucci": a surname the lexicon lacks)
                (att.phrase(v_end, e) or att.surname(v_end, e)) if inverted else None
            )
            if speaker is not None and speaker.body and (
                    cited := _CITING_WHO.match(doc.text, v_end, e)) and (
                    source := att.phrase(*cited.span("who"))):
                # '"...," Xinhua reported citing the Uzbek foreign ministry statement.': the
                # ministry's words; Xinhua is how they reached us
                speaker = source
        else:
            # "X said:", "And he blamed NATO:", "X, observing the exercise, said"
            # (a stop before a capital: not "broke the news on Fri. and said")
            stops = [m.end() for m in _CLAUSE_STOP.finditer(doc.text, s, v_start)]
            clause_start = stops[-1] if stops else s
            for rel in _RELATIVE_SUBJECT.finditer(doc.text, clause_start, v_start):
                # "the drills, which a spokesman for X told AFP were": the relative
                # clause's own subject speaks
                clause_start = rel.end()
            # ('"Guo demanded ...," the embassy said, adding that ...': not Guo)
            people = [p for p in doc.mentions_in(clause_start, v_start, ("person",))
                      if doc.in_quote(p.start) is None]
            if people:
                speaker = att.person(people[-1])
            else:
                subj = _subject(doc.text, clause_start, v_start)
                if verb.group().endswith("ing") and (own := _own_verb(doc.text, *subj)):
                    # ("Kabul’s Foreign Ministry decried the violence, asserting that “...”")
                    subj = (subj[0], own)
                speaker = att.phrase(*subj)
            if speaker is None and not doc.text.startswith(",", v_end):
                # 'Said X: "..."'; not "said, adding that Y committed to": a clause
                speaker = att.phrase(v_end, e)
        if speaker:
            break
    if speaker is None and _QUOTED_PREDICATE.match(doc.text, q.start) and (
            _SUBJECT_LEAD.match(doc.text, pre[0], pre[1])
            or len(doc.text[pre[0] : pre[1]].split()) <= 4):
        # 'Rahmon “strongly condemned the provocative actions”': the subject's own words,
        # quoted from its verb on
        speaker = att.phrase(*pre)
    paragraph_alone = q.open_mark <= doc.paragraphs[first.paragraph].start + 1
    prev_para = doc.sentence_at(prev.char_start).paragraph if prev else -1
    if speaker is None and prev and (
        # a quote continued in the next paragraph
        paragraph_alone and q.words(doc.text) >= 6 and first.paragraph - prev_para <= 1
        # '"...," said X. "More words."': the next sentence goes on quoting X
        or prev.kind == "direct" and prev_para == first.paragraph
        and q.open_mark == first.start and prev.char_end < q.open_mark
    ):
        speaker = prev.speaker
    if speaker is None or q.words(doc.text) < 3:
        return None
    quote = doc.text[q.start : q.end]
    if _TITLE.fullmatch(quote) or _NAMED_DRILL_BEFORE.search(doc.text, max(0, q.open_mark - 40),
                                                             q.open_mark):
        return None  # the exercise "Sary-Arka Antiterror 2024": a name, not words spoken
        # ('led the exercise of "2021 anti-terrorist cooperation"')
    return Claim(
        doc.source_id,
        speaker,
        "direct",
        q.start,
        q.end,
        quote,
        _topic(doc, quote),
        _via(att, speaker, first.start, post_end),
    )


def _rules(doc: Document):
    # Compiled once per lexicon: building them escaped every speech verb per article.
    return doc.lexicon.derived("reported-speech rules", _compile_rules)


# "Col. Andrew Berrier, U.S. defense attaché, noted ...": a rank's dot ends no sentence
# (nor an initial's: "U.S. defense attaché")
# (a month's abbreviation too: "On Nov. 15, X assured that ...")
_TITLE_DOT = (r"\b(?:Col|Gen|Maj|Lt|Capt|Brig|Sgt|Adm|Cmdr|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Prof|"
              r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s"
              r"|(?<=\b[A-Z])\.\s?")


def _compile_rules(lexicon: Lexicon):
    verbs = "|".join(re.escape(v) for v in lexicon.words("speech_verbs"))
    that = re.compile(
        # a dot inside a word is no sentence end: "told Kun.uz", "24.kg reported"
        rf"(?P<subj>(?:{_TITLE_DOT}|[^.;]|\.(?=\S))*?)\s+(?:{verbs}|{_THAT_VERBS})\b"
        # ("told a Russian news agency, TASS on Monday that": the agency named after a comma)
        # ("told Mirlan Samyikozho, a Kyrgyz lawmaker, that": whom, described)
        rf"(?P<obj>(?:[^.;,\"“”]|\.(?=\S)|,(?=\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
        rf"(?:\s+on\s+\w+)?\s+that\s)|,\s+(?:a|an|the)\s+[^.;,\"“”]{{2,40}}(?=,\s+that\s)){{0,120}}?)"
        rf"(?:{_SAID_WHEN})?,?\s+that\s+(?P<clause>.+?)[.\"”]*$"
    )
    # "X said China is willing to ...": reported speech without "that"; the clause
    # must open like one (an article, a pronoun, a name) and hold a finite verb.
    bare = re.compile(
        rf"(?P<subj>(?:{_TITLE_DOT}|[^.;]|\.(?=\S))*?)\s+(?:{_BARE_VERBS})(?:{_SAID_WHEN}|\s+(?:last|this)"
        # ("said this week"; not "said this was the third attack")
        r"\s+(?:week|month|year|morning|afternoon|evening|weekend|spring|summer|autumn|fall|"
        r"winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,?\s+"
        # ('X said "an extraordinary session" was held': the clause may open with a quote)
        # (not "They are said to have crossed over ...": hearsay, no one's words)
        r"(?P<clause>(?!to\s)[\"“]?(?:the|a|an|this|these|those|it|its|he|she|they|we|there|his|her|their|"
        r"our|at\s+least|more\s+than|about|around|nearly|some|\d[\d,.]*|"
        r"one|two|three|four|five|six|seven|eight|nine|ten|several|many|both|all|no|none|"
        # ("was quoted ... as saying military casualties had been high": what follows is
        # what was said)
        r"[A-Z][\w’'-]*|(?<=saying\s)[a-z][\w’'-]*"
        # ("said security forces recorded 17 clashes", "says investigations are ongoing": a
        # plain noun, its verb within three words)
        # ("said growing instability along the Afghanistan-Tajikistan border had ...": the
        # noun may carry one phrase of where)
        # ('said members of an "organized criminal group" had blocked ...': its words quoted)
        r"|[a-z][\w’'-]*(?=(?:\s+[a-z][\w’'-]*){0,2}(?:\s+(?:along|in|on|near|at|of|from|"
        r"across|over|inside)(?:\s+(?:the|an?))?(?:\s+[\"“]?[\w’'-]+[\"”]?){1,3}?)?"
        r"\s+(?:is|are|was|were|had|has|have|will|"
        r"would|could|recorded|remained|remain|remains|continued|continue|continues)\s))"
        r"\s.+?)[.]*$"
    )
    according = re.compile(
        r"^(?:According to|As stated by)\s+(?P<who>[^,]+),\s+(?P<clause>.+?)\.?$"
    )
    # "According to Interfax News Agency more than 2,500 ...": no comma; the name's
    # capitalised words end where the clause's first word in lower case begins.
    # ("According to local media Turkmenistan is sending ...": a source noun, then a clause
    # that opens with a capital)
    according_bare = re.compile(
        r"^(?:According to|As stated by)\s+(?P<who>[A-Z][\w./’'-]*(?:\s+[A-Z][\w./’'-]*){0,4}?"
        r"|(?P<noun>(?:the\s+)?(?:[a-z]+\s+){0,2}(?:media|reports|sources)))"
        r"(?:\s+(?:[Nn]ews\s+)?[Aa]gency)?\s+"
        # ("According to Asia Plus website, ...": the comma's rule)
        r"(?P<clause>(?(noun)[A-Z]|(?!(?:news\s+)?agency\b)(?!(?:website|portal|newspaper|"
        r"daily|channel|outlet)\b)[a-z\d]).+?)\.?$"
    )
    according_end = re.compile(
        r"^(?P<clause>.+?),\s+(?:according to|as stated by|as reported by)\s+"
        # "..., according to Faridoun Mahmadalizoda, a spokesman for the ministry."
        # ("..., according to X, deputy police chief of Badghis Province.")
        # ("..., according to X, director of Ascend, a U.K.-based consultancy.")
        r"(?P<who>[A-Z][^,]{1,60}?,\s+(?:(?:an?|the)\s+)?[a-z][^,]{2,80}?"
        r"(?:,\s+(?:an?|the)\s+[^,]{2,80}?)?"
        # ("..., as stated by the Commander of the Central Military District, Colonel
        # General X": an office, then its holder)
        r"|(?:the\s+)?[A-Z][^,]{2,80}?,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,5}"
        r"|[^,]+?)\.?$"
    )
    reported_end = re.compile(
        # "..., Lieutenant-General Alexander Lapin, commander of the district's troops,
        # said on Tuesday": a name and its role
        # ('... eliminating "radical terrorist groups," the statement says': a comma
        # inside the closing mark)
        # (not the end of a list: "in Russia, Kazakhstan and Tajikistan, the ministry said")
        # ("..., said media reports.": the verb first, so said_end's)
        rf"^(?P<clause>.+?),[\"”’]?\s+(?P<who>(?!{_SAID_BEFORE_WHO}\s)(?:(?![^,]*\sand\s)[A-Z][^,]{{1,60}}?,\s+(?:an?\s+|the\s+)?"
        # "..., Anatoly Sidorov, Chief of the CSTO Joint Staff, stated"
        rf"(?:[a-z][^,]{{2,120}}?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+of\s+[^,]{{2,70}}?)"
        # ("X, deputy director of the Center for ..., Moscow State University, told")
        rf"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,4}})?"
        # ("X, the deputy chairman of ..., deputy chief of ..., has told the media": a
        # second office)
        rf"(?:,\s+(?!(?:the|a|an|in|at|on)\s)[a-z][^,]{{2,60}}?\s+of\s+[^,]{{2,80}}?)?"
        # "..., the leaders of SCO member states, including Russian President X, said"
        rf"|[^,]{{2,60}}?,\s+including\s+[^,]{{2,60}}?"
        # "..., Assistant Commander of Russia's Central Military District, Colonel X, said"
        rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*"
        rf"(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|for)){{0,8}},\s+[A-Z][^,]{{2,60}}?"
        rf"|[^,]{{2,140}}?)),?\s+(?:has\s+|have\s+)?{_REPORT_TAIL}"
    )
    # "..., said the press service for Russia's Central Military District."
    said_end = re.compile(
        rf"^(?P<clause>.+?),\s+{_SAID_BEFORE_WHO}\s+"
        # ("..., said the head of the State Committee for National Security, Kamychbek
        # Tashiyev.": an office, then its holder's name)
        r"(?P<who>[^,\"“”]{2,90}?(?:,\s+[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){1,3}(?=\.?$))?)"
        # "..., said Bakhodir Toshmatov, the commander of the Uzbek National Guard, at a
        # ceremony marking ...": his role and the occasion are not who
        r"(?:,\s+(?:an?\s+|the\s+)?[a-z][^,\"“”]{2,90}?)?"
        r"(?:,?\s+(?:at|during|after|in|on|while)\s+[^,\"“”]{2,90}?)?"
        r"(?:\s+\([^()]{2,90}\))?\.?$"  # ("..., stated press reports (see, e.g., X).")
    )
    return that, bare, according_bare, according, according_end, reported_end, said_end


_NAMED_AFTER_OFFICE = re.compile(
    # ("the official spokesman for the Taliban movement, Zabihullah Mujahid,")
    # ("Russia’s ambassador to Tajikistan, Semyon Grigoriev,")
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['’]s\s+)?(?:[A-Za-z]+\s+)?(?:President|Prime\s+Minister|(?:Defen[cs]e|Foreign|Interior)\s+"
    r"Minister|Minister|Secretary[\s-]General|Chairman|Ambassador|Commander|spokes(?:man|woman|"
    r"person)|representative|envoy|head|chief)(?:\s+(?:of|for|to|in)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+[\w-]+){0,5}(?:\s+\([A-Z]{2,8}\))?)?"  # ("... District (CVD), X")
    r",\s+(?P<name>(?-i:[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){1,3})),?", re.I)
# (not "..., with experts saying that": the experts speak; nor "RIA cited X as saying")
_OWN_SUBJECT_BEFORE = re.compile(r"(?:,\s+with\s+[^,;]{1,60}|\s+as)\s*,?$")


def _own_verb(text: str, start: int, end: int) -> int | None:
    """Where the subject in [start, end) of a participle ("..., stating that") ends: at
    its own verb ("The government denied responsibility"), if it has one."""
    if _OWN_SUBJECT_BEFORE.search(text, start, end):
        return None
    own = _ITS_OWN_VERB.search(text, start, end)
    return own.start() if own else None


_PARTICIPLE_VERB = re.compile(rf"\s+(?:{_SPEECH_PARTICIPLES})\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|stated|told|noted|added|announced|reported|"
                          r"claimed|confirmed)\b")
_PRONOUN_OBJECT = re.compile(r"(?:this|that|it)\s+(?:during|at|in|on|after|before|to|with|"
                             r"when|while|as)\b")
_CITING_WHO = re.compile(r",?\s+citing\s+(?P<who>[^,.;\"“”]{3,80}?)"
                         r"(?:\s+(?:statement|press\s+release|communiqu[eé]))?\s*[.,]?\s*$")
_THE_REPORT = re.compile(r"(?:the|this|that)\s+(?:news\s+)?report", re.I)
_SECOND_PREDICATE = re.compile(r"(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
                               r"(?:and|but)\s+(?:then\s+|also\s+)?(?:[a-z]+ed|took|made|"
                               r"gave|sent)\b")
# ", stating the attack was ...": what was said hangs on another verb of the subject's
_PARTICIPLE_AFTER = re.compile(r",?\s+(?:saying|stating|asserting|adding|noting|stressing|"
                               r"insisting|warning|claiming|arguing)\b")
_ITS_OWN_VERB = re.compile(r"(?<=[\w’'])\s+(?:(?:[a-z]+ly|also|then|later|further|again)\s+)?"
                           r"(?:[a-z]{2,}ed|took|made|gave|held|sent|met|spoke|issued|is|was|"
                           r"has|had)\b")
# "A United Nations report from December": when it spoke, no part of who it is
_DATED_SUBJECT = re.compile(
    r"\s+(?:from|of|dated)\s+(?:(?:last|early|late|mid-?)\s+)?(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December|\d{4}|last\s+(?:week|month|year))"
    r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?$")
# "X in a statement said": where X said it, no part of who X is
_IN_A_STATEMENT = re.compile(r"\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}"
                             r"(?:statement|release|communiqu[eé]|post|message|interview)$")
# "it was clarified that", "it has been reported that": a passive with no one speaking
# ("It was first reported that ...", "It was also clarified that ...")
_IMPERSONAL = re.compile(r"\b(?:it|there)\s+(?:was|is|has\s+been|had\s+been|will\s+be)"
                         r"(?:\s+(?:first|also|later|earlier|initially|widely|officially|\w+ly))?"
                         r"\s*$", re.I)


def _clause_speaker(doc: Document, att: _Attributor, start: int, end: int) -> Speaker | None:
    """The speaker named by the subject in [start, end) of "<subject> said ..."."""
    text = doc.text
    if _IMPERSONAL.search(text, max(start, end - 30), end):
        return None  # "In the district, it was clarified that ...": no one is named
    if ((citing := _CITING_FIRST.match(text, start, end))
            and (comma := text.rfind(", ", start, end)) != -1
            and {m.kind for m in doc.mentions_in(comma + 2, end)} - {"country"} == {"media"}
            and (cited := att.phrase(citing.end(), comma))):
        # "Citing Colonel X, a spokesman for ..., RIA Novosti reported that": X speaks; the
        # agency is how it reached us
        return cited
    subj_start, subj_end = _subject(text, start, end)
    if (cites := _CITED_AS.search(text, subj_start, subj_end)) and (
            cited := att.phrase(*cites.span("who"))):
        # "Sputnik-Tajikistan cited security services as saying that ...": the services
        # speak; the agency is how it reached us
        return cited
    if _PARTICIPLE_AFTER.match(text, end) and (own := _own_verb(text, subj_start, subj_end)):
        # "Kabul’s Foreign Ministry decried the violence, asserting that": the subject
        # ends at its own verb
        subj_end = own
    if statement := _IN_A_STATEMENT.search(text, subj_start, subj_end):
        subj_end = statement.start()  # "The group's political office in a statement said"
    if dated := _DATED_SUBJECT.search(text, subj_start, subj_end):
        subj_end = dated.start()  # "A United Nations report from December indicated"
    # ("earlier the commander of ..., X, said": X)
    subj_start = _past_intro(text, subj_start, subj_end)
    cut = text.find(", ", subj_start, subj_end)
    last = text.rfind(", ", subj_start, subj_end)
    if cut != -1 and _PRONOUN.fullmatch(text[last + 2 : subj_end].strip()):
        # "Elaborating on General X's visit to Tajikistan, he said": he, not X
        return att.phrase(last + 2, subj_end)
    if cut != -1 and (named := _NAMED_AFTER_OFFICE.fullmatch(text, subj_start, subj_end)):
        # "the President of Kazakhstan, Kassym-Jomart Tokayev,": the office, then its holder
        people = doc.mentions_in(named.start("name"), subj_end, ("person",))
        if people:
            return att.person(people[0])
    if cut != -1:
        head = text[subj_start:cut]
        if (len(head.split()) <= 4 and (att.anon.search(head) or doc.mentions_in(subj_start, cut))
                or doc.mentions_in(subj_start, cut, ("person",))
                or len(head.split()) <= 8
                and doc.mentions_in(subj_start, cut, ("ministry", "organisation"))
                # "A Tajikistan government news portal, citing its border guard service,"
                or _CITING.match(text, cut)):
            # "Tajik media, referencing the announcement, reported"; "Defence Minister
            # Ruslan Zhaksylykov, who chaired the meeting, said"; "The Ministry of
            # Defence of Kyrgyzstan, which ran the drills, said"
            subj_end = cut
            citing = _CITING.match(text, cut)
            # (or "Tajik news agency Khovar, citing the Tajik Border Troops,")
            if citing and ({m.kind for m in doc.mentions_in(subj_start, cut)} - {"country"} == {
                    "media"} or _NEWS_NOUNS.search(text, subj_start, cut)
                    and citing.group().rstrip().endswith(("citing", "quoting"))):
                # "TASS, citing Kazakhstan's Ministry of Defense, reports that": the
                # ministry speaks; TASS is how it reached us (see _Attributor.via)
                close = text.find(",", citing.end(), end)
                cited = att.phrase(citing.end(), close if close != -1 else end)
                if cited is not None:
                    return cited
        else:
            # ("..., and the Russian company Interfax reported": Interfax)
            subj_start = _past_intro(text, text.rfind(", ", subj_start, subj_end) + 2, subj_end)
    return att.phrase(subj_start, subj_end)


def _speech_clause(sent: str, rules, bare: bool) -> re.Match | None:
    """The match of "<subject> said (that) <clause>" in ``sent``; without "that" only
    when ``bare``. Each rule needs a word the sentence may lack; without it the (slow,
    lazily backtracking) pattern is not tried."""
    m = rules[0].match(sent) if _HAS_THAT.search(sent) else None
    if m and _PARTICIPLE_VERB.match(sent, m.end("subj")) and _SAID_BEFORE.search(
            m.group("subj")):
        # "Tajik officials said this was ..., adding that ...": the participle adds to
        # what the subject's own verb reported (see _AND_THEN), not a claim of its own
        m = None
    if m and _NOUN_NOT_VERB.match(sent, m.end("subj")) and _VERB_ENDS.search(m.group("subj")):
        m = None  # "The Ministry rejected reports that ...": there "reports" is a noun
    if m and _DENIED_WHAT.search(sent, m.end("subj"), m.start("clause")):
        # "Moscow has always vehemently denied the accusations that it wants to send troops":
        # what follows "that" is the accusers' words, which the subject denies
        m = None
    if m and len(m.group("obj").split()) >= 3 and _RELATIVE_THAT.match(m.group("clause")):
        # "emphasized the importance of a government in Afghanistan that would bring
        # together ...": "that" opens a relative clause of the object, not what was said
        m = None
    if m and _CLAUSE_OPENS.match(m.group("obj")):
        # "X has said it was responsible ... and has released footage that it says shows":
        # what X said opens right after the verb; the "that" is a later relative clause's
        m = None
    if m is None and bare and _BARE_VERB.search(sent):
        m = rules[1].match(sent)
        if m and (not _FINITE.search(m.group("clause"))
                  or _SECOND_PREDICATE.match(m.group("clause"))
                  # ("stated this during an expanded meeting": "this" is the object)
                  or _PRONOUN_OBJECT.match(m.group("clause"))):
            m = None  # "said the drills": no clause; "confirmed the fatalities and issued
            # a red alert": the verb's object, then the subject's next act
        if m and re.match(r"claims?\b", sent[m.end("subj") + 1 :]) and (
                not _CLAIMANT.search(m.group("subj"))
                # ("While local sources claim there were casualties, neither ...": a
                # subordinate clause, whose end the rule cannot see)
                or _SUBORDINATE.match(m.group("subj"))):
            # "Russia claims the attack was ...", "Foreign reports claim ...", not
            # "Tajikistan rejected the initial claims its citizens were involved": a noun
            m = None
    return m


def _names_speaker(att: _Attributor, who: str, mentions: list[Mention]) -> bool:
    """Whether ``who``, before "said" or after "according to", names a speaker: a person,
    body or outlet, an unnamed official, an institution the lexicon lacks."""
    return (any(x.kind in ("person", "media", "organisation", "ministry") for x in mentions)
            or bool(att.anon.search(who) or _INSTITUTION_NAME.fullmatch(who)
                    or _BACK_REFERENCE.fullmatch(who) or _PRONOUN.fullmatch(who.strip())
                    # "According to the Russian minister, ..."
                    or _TITLE_BACK.fullmatch(who.strip()) is not None
                    # "..., the people said" after "people familiar with the matter said"
                    or att.last is not None and _THE_PEOPLE.fullmatch(who.strip())
                    or re.fullmatch(r"the\s+report", who.strip(), re.I) is not None
                    # "..., the press release by the MEA stated": the body that issued it
                    or (paper := _STATEMENT_FROM.match(who.strip())) is not None
                    and (_ACRONYM.fullmatch(rest := _WHEN_SAID.sub("", who.strip()[paper.end():]))
                         is not None or _INSTITUTION_NAME.fullmatch(rest) is not None)))


def _reported(doc: Document, att: _Attributor, s, rules, clause: re.Match | None = None
              ) -> Claim | None:
    """A reported claim in sentence ``s``: "X told TASS that ...", "according to X, ...";
    ``clause``: its "X said ..." match, found already (see _reported_around_quotes)."""
    text = doc.text
    _, _, according_bare, according, according_end, reported_end, said_end = rules
    base = s.start
    if clause is None and (dateline := DATELINE.match(text, s.start, s.end)):
        base = dateline.end()  # "OSH, KYRGYZSTAN – MAY 04: ": the wire's, not the clause's
    sent = text[base : s.end]
    claim_span = speaker = None
    core = sent
    if clause is None and (tail := _AGENCY_TAIL.search(sent)) and any(
            x.kind == "media" for x in doc.mentions_in(base + tail.start(tail.lastgroup),
                                                        base + tail.end(tail.lastgroup))):
        # "Kyrgyzstan's Health Ministry said one person died ..., TASS reported": the
        # ministry speaks; TASS is how it reached us (see _via)
        core = sent[: tail.start()]
    # ("..., X said on Saturday, APA reports citing TASS.": X's words; the rules that read
    # an attribution at the end read it without the agencies')
    # (but "..., The Caspian Post reports, citing Khaama Press.": the paper's own words)
    # ("..., as stated by the Commander ..., Colonel General X, Interfax reports.": X's words)
    closing = (core if core is not sent and (tail.group("cited") and _ENDS_REPORTED.search(core)
                                             or _HAS_ACCORDING.search(core))
               else sent)
    m = clause or _speech_clause(core, rules, bare=_HAS_QUOTE_MARK.search(sent) is None)
    if (m and clause is None and m.re is rules[1]
            and (tail := _ENDS_REPORTED.search(core)) and tail.start() <= m.end("subj")
            # (not "Col. X, U.S. defense attaché, noted Steppe Eagle is growing": a
            # person and a role, no clause, before the verb)
            and not (", " in m.group("subj") and doc.mentions_in(
                base + m.start("subj"),
                base + m.start("subj") + m.group("subj").index(", "), ("person",)))):
        # "..., the leaders said in the Samarkand Declaration adopted on Friday": the verb
        # closes the sentence; what follows it is where it was said, not the claim
        m = None
    if m:
        speaker = _clause_speaker(doc, att, base + m.start("subj"), base + m.end("subj"))
        if speaker is None:
            # "Wasiq said that ...": one capitalised word the lexicon lacks is a surname
            # (also after an opening participle's clause: "Stating that ..., Ashtiani said")
            ss, se = base + m.start("subj"), base + m.end("subj")
            if _OPENING_PARTICIPLE.match(text, ss):
                ss, se = _subject(text, ss, se)
            if _ONE_WORD.fullmatch(text[ss:se]):
                speaker = att.surname(ss, se)
        claim_span = (base + m.start("clause"), base + m.end("clause"))
        if denial := _DENIED_THAT.search(text, base + m.end("subj"), claim_span[0]):
            # "The Tajik military denied that anyone was killed by friendly fire": the
            # denial is the claim, not what it denies
            claim_span = (denial.start("verb"), claim_span[1])
        if (speaker is not None and "obj" in m.re.groupindex and m.group("obj")
                and (said_by := _AS_SAYING.search(m.group("obj")))
                and (cited := att.phrase(base + m.start("obj") + said_by.start("who"),
                                         base + m.start("obj") + said_by.end("who")))):
            # "AKIpress on April 21 reported government representative X as saying that
            # ...": X speaks; the outlet is how it reached us
            speaker = cited
        if speaker is not None and (what := _STATEMENT_THAT.match(text, *claim_span)):
            # "X confirmed the statement made by General Y, chairman of ..., that they have
            # ordered ...": what X confirmed
            claim_span = (what.end(), claim_span[1])
        if (speaker is not None and (per := _PER_REPORT.match(text, *claim_span))
                and (cited := att.phrase(*per.span("who")))):
            # "The Economic Times says that as per a report by Afghan news agency X, ...":
            # X tells it; the paper passes it on
            speaker, claim_span = cited, (per.end(), claim_span[1])
        if tail := _REPORTED_TAIL.search(text, *claim_span):
            # "X said that ..., the government's press office reported": how it was told
            claim_span = (claim_span[0], tail.start())
        # (or "The agency notes that earlier X said that ...": the agency told before)
        if speaker is not None and (any(x.kind == "media" for x in doc.mentions_in(
                base + m.start("subj"), base + m.end("subj")))
                or _is_lexicon_outlet(doc, speaker)) and (
                inner := _speech_clause(text[claim_span[0] : claim_span[1]], rules,
                                        bare=True)):
            # "TASS reports that speaking at the meeting Kazakh President X said the
            # Organization had ...": X speaks; TASS is how it reached us
            at = claim_span[0]
            if doc.mentions_in(at + inner.start("subj"), at + inner.end("subj"), ("person",)) and (
                    told := _clause_speaker(doc, att, at + inner.start("subj"),
                                            at + inner.end("subj"))):
                speaker = told
                claim_span = (at + inner.start("clause"), at + inner.end("clause"))
        if speaker is None and clause is None:
            # "One of these posts was built in Murgab, he said, noting that ... plates in
            # Chinese saying that ...": a later "saying that" names no one; the closing
            # attribution does
            m, claim_span = None, None
    if not m:
        for rule in (according_bare, according, according_end, reported_end, said_end):
            if rule is according_end and not _HAS_ACCORDING.search(closing):
                continue
            if rule is reported_end and not _ENDS_REPORTED.search(closing):
                continue
            if rule is said_end and not _SAID_WHO.search(closing):
                continue
            m = rule.match(closing)
            if m is None and rule is according:
                # "As the Ministry of Defense reported, all units ... have been put on
                # training alert": read as "According to the Ministry of Defense, ..."
                m = _AS_SAID.match(closing)
            if not m:
                continue
            if rule is according_end and (inner := reported_end.match(sent, 0, m.end("clause"))):
                # "..., the press office reported, according to TASS": the press office
                # speaks; TASS is how it reached us.
                who = (base + inner.start("who"), base + inner.end("who"))
                if _names_speaker(att, doc.text[who[0] : who[1]], doc.mentions_in(*who)):
                    m = inner
            if rule is reported_end and (said := said_end.match(sent, 0, m.end("clause"))) and any(
                    x.kind == "media" for x in doc.mentions_in(base + m.start("who"),
                                                               base + m.end("who"))
            ) and _names_speaker(att, said.group("who"), doc.mentions_in(
                    base + said.start("who"), base + said.end("who"))):
                # "..., said Kazakh Defense Minister X, Kazinform reported": X speaks;
                # Kazinform is how it reached us (not "The official, who ..., said
                # additional forces ...": what he said)
                m = said
            elif rule is reported_end and (inner := reported_end.match(sent, 0, m.end("clause"))):
                # "..., Colonel-General X announced on Monday, TASS reports": X speaks;
                # TASS is how it reached us.
                outer = doc.mentions_in(base + m.start("who"), base + m.end("who"))
                who = (base + inner.start("who"), base + inner.end("who"))
                # "..., the Uzbek Defense Minister X said following the drills, the Defense
                # Ministry said": X speaks; the ministry tells us so
                if (any(x.kind == "media" for x in outer) or doc.mentions_in(*who, ("person",))
                        ) and _names_speaker(att, text[who[0] : who[1]], doc.mentions_in(*who)):
                    m = inner
            elif rule is reported_end and _THE_REPORT.fullmatch(m.group("who")) and (
                    inner := according_end.match(sent, 0, m.end("clause"))):
                # "..., according to the Ministry of Foreign Affairs, the report said": the
                # ministry speaks; the report passes it on
                m, rule = inner, according_end
            elif rule is said_end and (inner := reported_end.match(sent, 0, m.end("clause"))):
                # "..., Tajikistan's government said on Thursday, reported the Times of
                # Central Asia": the government speaks; the paper is how it reached us
                who = (base + inner.start("who"), base + inner.end("who"))
                if any(x.kind == "media" for x in doc.mentions_in(
                        base + m.start("who"), base + m.end("who"))) and _names_speaker(
                        att, text[who[0] : who[1]], doc.mentions_in(*who)):
                    m = inner
            who = (base + m.start("who"), base + m.end("who"))
            if rule is reported_end and (cites := _CITES_AS.match(text, who[1])) and _names_speaker(
                    att, cites.group("who"), doc.mentions_in(*cites.span("who"))):
                who = cites.span("who")
            elif (rule is said_end
                  and (cites := _CITING_AFTER.match(text, who[1], base + m.end()))
                  and any(x.kind == "media" for x in doc.mentions_in(*who))
                  and _names_speaker(att, cites.group("who"),
                                     doc.mentions_in(*cites.span("who")))):
                # "..., said state news agency Khovar, citing the press center of the
                # Ministry of Internal Affairs": the press center speaks; Khovar passes it on
                who = cites.span("who")
            opened = None
            if rule is according_end and (inner := _ACCORDING_OPENS.match(
                    text, base + m.start("clause"), base + m.end("clause"))) and _names_speaker(
                    att, inner.group("who"), doc.mentions_in(*inner.span("who"))):
                # "However, according to local telegram channels, the number may be higher,
                # according to the portal X": the channels say it; X tells us they do
                who, opened = inner.span("who"), inner.end()
            closed = None
            if rule is according and (inner := reported_end.match(m.group("clause"))) and (
                    _names_speaker(att, inner.group("who"), doc.mentions_in(
                        base + m.start("clause") + inner.start("who"),
                        base + m.start("clause") + inner.end("who")))):
                # "According to the report, in the capital, reservists are being summoned
                # ..., the official said": the official says it; the report tells us so
                at = base + m.start("clause")
                who = (at + inner.start("who"), at + inner.end("who"))
                opened, closed = at + inner.start("clause"), at + inner.end("clause")
            if rule is according_bare and (comma := text.find(", ", who[1], base + m.end(
                    "clause"))) != -1 and doc.mentions_in(who[1], comma, ("person",)):
                continue  # "According to Taliban spokesman X, ...": the comma's rule
            if paper := _STATEMENT_FROM.match(text, *who):
                who = (paper.end(), who[1])  # "according to an announcement from the Tajik
                # parliament": the parliament
            if (site := _ITS_WEBSITE.search(text, *who)) and _names_speaker(
                    att, text[who[0] : site.start()], doc.mentions_in(who[0], site.start())):
                who = (who[0], site.start())  # "According to the Russian Defense Ministry's
                # official website": the ministry (not "the Tajik president's": a person
                # the text does not name)
            who_text = text[who[0] : who[1]]
            who_mentions = doc.mentions_in(*who)
            if rule is reported_end and _BODY_PRONOUN.fullmatch(who_text):
                # "..., it said.": the body that spoke last
                if att.last is None or not att.last.body:
                    break
                speaker = att.last
            elif rule is according and who_text.casefold() in ("him", "her"):
                # "According to him, ...": the one who spoke last
                speaker = att.last if att.last and not att.last.body else (
                    att.last_person_before(who[0]))
                if speaker is None:
                    break
            elif not _names_speaker(att, who_text, who_mentions):
                if rule is according_bare:
                    continue  # "According to Tajik officials, ...": the comma's rule
                # ("According to Karavayev, ...": a surname the lexicon lacks)
                if not (rule is according and _ONE_WORD.fullmatch(who_text)
                        and (speaker := att.surname(*who))):
                    break
            cs, ce = opened or base + m.start("clause"), closed or base + m.end("clause")
            if rule is according and (relay := _RELAYED_BY.match(text, cs, ce)):
                cs = relay.end()  # ("According to certain sources, reported by the "Ozodi"
                # radio station, the clash took place ...": how it reached us, not what)
            if rule in (according, according_bare) and core is not sent:
                ce = min(ce, base + len(core))  # ("According to the ministry, ..., reported
                # Khaama Press.": how it reached us, not what the ministry said)
            if rule is according and (holder := _HOLDER_FIRST.match(text, cs, ce)) and any(
                    p.start == cs for p in doc.mentions_in(cs, holder.end(), ("person",))):
                # "According to the official representative of the Ministry ..., Yusup
                # Kabulzhanov, today, the negotiations ...": the office's holder speaks
                who = (who[0], holder.end("name"))
                cs = holder.end()
            if rule is according and (listed := _LISTED_AFTER_WHO.match(text, cs, ce)):
                cs = listed.end()
            if (rule is according and (role := _ROLE_FIRST.match(text, cs, ce))
                    and _OFFICE.search(text, cs, role.end())):
                # "According to Mr. X, U.S. CENTCOM deputy director of exercises, participants
                # will ...": his office, then what he said
                cs = role.end()
            if rule is reported_end and (title := _TRAILING_TITLE.search(text, cs, ce)):
                ce = title.start()  # "..., Defence Minister, Army General X reported": his title
            if rule is reported_end and (told := _ACCORDING_TAIL.search(text, cs, ce)):
                ce = told.start()  # ('"...," according to the report, the statement stated':
                # how it reached us, not what was stated)
            # A "where"/"when" clause sets the scene for the claim; a "which" clause
            # ("the drills, which will continue until ...") is part of it.
            rel = re.search(r"(?:^|,\s)(?:where|when)\s+(?=[^,]+$)", text[cs:ce])
            if rel:
                cs += rel.end()  # "..., where ISIS-K was blamed for ..., as stated by X"
            claim_span = (cs, ce)
            speaker = speaker or att.phrase(*who)
            if rule is reported_end and any(x.kind == "media" for x in who_mentions):
                # "A spokesman for X identified ..., RFE/RL reported": the spokesman
                # speaks; RFE/RL is how it reached us.
                subj = re.match(
                    r"^(.{3,80}?)\s+(?:identified|(?P<said>said|stated|announced|warned|"
                    r"confirmed)|described|denied)\b(?:\s+that\b)?\s*",
                    m.group("clause"),
                )
                if subj and att.anon.search(subj.group(1)):
                    inner = att.phrase(base + subj.start(1), base + subj.end(1))
                    if inner and subj.group("said"):
                        # ("The official, who was not authorized to speak, said additional
                        # forces ..., RFE/RL reported": what he said)
                        claim_span = (base + m.start("clause") + subj.end(), claim_span[1])
                    speaker = inner or speaker
            break
    if not claim_span or speaker is None:
        return None
    cs, ce = claim_span
    if m is not None and (then := _AND_THEN.search(text, cs, ce)):
        ce = then.start()  # "noted that ... and thanked the member states": another act
    if sum(text.count(mark, cs, ce) for mark in _MARKS) % 2:
        # '... remained "complex and unpredictable."': the closing mark stays with its words
        closing = [i for i in (text.find(mark, ce, s.end) for mark in _MARKS) if i != -1]
        ce = min(closing) + 1 if closing else ce
    while ce > cs and text[ce - 1] in " .,;":
        ce -= 1
    while cs < ce and text[cs] in "( ":
        cs += 1  # ("( China will reportedly begin ...": a page's stray bracket)
    if dateline := DATELINE.match(text, cs, ce):
        cs = dateline.end()  # "BISHKEK, Sept 16 (Reuters) - ": where the wire filed from
    elif (dateline := _CITY_DATELINE.match(text, cs, ce)) and doc.mentions_in(
        cs, dateline.end("city"), ("place",)
    ):
        cs = dateline.end()  # "Tashkent - Uzbekistan expects ...": a city the lexicon knows
    kind = "reported"
    if _quoted_whole(text, cs, ce):
        # '"A clash ... took place early Saturday, March 5," according to the report, the
        # statement stated': the words quoted whole, a direct quotation
        cs, ce, kind = cs + 1, ce - 1, "direct"
        while ce > cs and text[ce - 1] in " ,;":
            ce -= 1
    if len(text[cs:ce].split()) < 4:
        return None
    quote = text[cs:ce]
    return Claim(
        doc.source_id,
        speaker,
        kind,
        cs,
        ce,
        quote,
        _topic(doc, quote),
        _via(att, speaker, s.start, s.end),
    )


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is one quotation, its opening mark closed by its last
    ('"A clash ... near the "Panj" post,"'), not quoted words patched together
    ('"peacekeeping" forces ... "for a short period"')."""
    if end - start < 2 or text[start] not in "“«\"" or text[end - 1] not in "”»\"":
        return False
    if text[start] == '"':
        return text.count('"', start + 1, end - 1) == 0
    depth = 1
    for ch in text[start + 1 : end - 1]:
        depth += (ch in "“«") - (ch in "”»")
        if depth == 0:
            return False
    return depth == 1


def _reported_around_quotes(doc: Document, s, quotes: list[Quote], rules) -> re.Match | None:
    """'X said that the situation remained "complex and unpredictable."': words quoted
    inside reported speech are part of it, not a quotation of their own. The sentence's
    "X said ..." match when every quote lies inside its clause, else None."""
    if not quotes:
        return None
    # 'said Moscow would send "several thousand" troops': no "that" either
    m = _speech_clause(doc.text[s.start : s.end], rules, bare=True)
    if m is None:
        return None
    clause = s.start + m.start("clause")
    first = min(quotes, key=lambda q: q.open_mark)
    if first.open_mark == clause and not _GOES_ON.match(doc.text, first.close_mark + 1, s.end):
        # 'said "the threat persists."', 'added that "...", emphasising': a quotation, not
        # words quoted in what was reported ('said "an extraordinary session" was held')
        return None
    return m if all(clause <= q.open_mark and q.close_mark < s.end for q in quotes) else None


def _quoted_in_passing(doc: Document, att: _Attributor, s, quotes: list[Quote]) -> bool:
    """'The troops will practice ... and eliminating "radical terrorist groups," the
    statement says.': a few words quoted at the end of what a closing attribution
    reports are part of the claim, not a quotation of their own."""
    if len(quotes) != 1:
        return False
    q = quotes[0]
    before = doc.text[s.start : q.open_mark]
    return (len(before.split()) >= 4 and q.close_mark < s.end
            and not before.rstrip().endswith(":") and att.verbs.search(before) is None
            and _CLOSING_ATTRIBUTION.match(doc.text, q.close_mark + 1, s.end) is not None)


_ITS_WEBSITE = re.compile(r"['’]s\s+(?:official\s+)?(?:website|web\s+site|site|portal|"
                          r"telegram\s+channel|page)$", re.I)
_STATEMENT_FROM = re.compile(r"^(?:(?:an?|the)\s+)?(?:statements?|announcements?|press\s+releases?|"
                             r"communiqu[eé]s?|reports?)\s+(?:(?:released|issued|published)\s+)?"
                             r"(?:from|by|of)\s+(?=\S)", re.I)
_PUBLISHED_WHERE = re.compile(r"\s+(?:published|posted|released|issued|carried)\s+(?:on|in)\s+"
                              r"(?:its|their|the)\s+[^,;]{2,40}$")
_ACRONYM = re.compile(r"(?:[Tt]he\s+)?(?P<initials>[A-Z]{2,6})")
_CLOSING_ATTRIBUTION = re.compile(rf"\s+[^,;\"“”]{{2,60}}?\s{_REPORT_TAIL}")


def _earlier_paragraphs(doc: Document, q: Quote, unattributed: list[Quote],
                        claim: Claim) -> list[Claim]:
    """A quote over several paragraphs leaves each but the last unclosed and names its
    speaker at the end: those paragraphs, back from ``q``, are the same speaker's."""
    out: list[Claim] = []
    para = doc.sentence_at(q.open_mark).paragraph
    for earlier in reversed(unattributed):
        p = doc.paragraphs[doc.sentence_at(earlier.open_mark).paragraph]
        if (p.paragraph != para - 1 or earlier.open_mark > p.start + 1
                or earlier.close_mark < p.end or earlier.words(doc.text) < 3):
            break  # not a whole paragraph opened and left open just before
        quote = doc.text[earlier.start : earlier.end]
        out.append(Claim(doc.source_id, claim.speaker, "direct", earlier.start, earlier.end,
                         quote, _topic(doc, quote), claim.reported_via))
        para = p.paragraph
    return out[::-1]


# A headline or subheading: a short paragraph with no sentence end.
_HEADLINE = re.compile(r"(?:\S+\s+){0,19}\S*[^\s.!?:;\"”’)]")
_SPEAKER_COLON = re.compile(r"(?P<who>[^:\n]{3,60}?):\s+(?=\S)")


def _transcript(doc: Document, att: _Attributor, para) -> Claim | None:
    """A paragraph of a transcript, "Wu Qian: China and ... have ...": the named person
    speaks all of it after the colon ("Question: ..." names no one)."""
    m = _SPEAKER_COLON.match(doc.text, para.start, para.end)
    if m is None:
        return None
    people = doc.mentions_in(para.start, m.end("who"), ("person",))
    if not people or people[0].start != para.start or people[-1].end != m.end("who"):
        return None
    cs, ce = m.end(), para.end
    while ce > cs and doc.text[ce - 1].isspace():
        ce -= 1
    quote = doc.text[cs:ce]
    if len(quote.split()) < 3:
        return None
    speaker = att.person(people[-1])
    return Claim(doc.source_id, speaker, "direct", cs, ce, quote, _topic(doc, quote), "")


# "This was stated by the head of the CSTO Joint Staff X during a briefing, RIA Novosti
# reports.": the sentence before is what X said
_STATED_BY = re.compile(
    r"(?:This|That|It|These\s+words)\s+(?:was|were)\s+(?:stated|said|announced|reported|noted|"
    r"declared|told)\s+(?:to\s+(?P<told>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+|to\s+\w+\s+)?"
    # ("This was reported to RIA Novosti by a source in ...": the agency carried it)
    r"by\s+(?P<who>[^,.;]{3,120}?)"
    # (when or where, not "a source in the special services of X": who)
    r"(?:\s+(?:during|at|on|after|in(?=\s+(?:[A-Z]|an?\s)))\s+[^,.;]*)?(?:,\s+(?P<via>[A-Z][^,.;]{1,40}?)\s+"
    r"(?:reports|reported|said))?\.?$"
    # "Press service of the head of state reported.", "The Border Service of ... informed
    # 24.kg news agency.": a sentence that only says who told the one before (the outlet
    # told is the one that prints it)
    r"|(?P<who_only>(?:[A-Z]|the\s)[^,.;\"“”«»]{3,150}?)\s+(?:informed|reported|told|confirmed)"
    r"(?:\s+(?:the\s+)?[\w.-]+(?:\s+news\s+agency)?)?\.?$"
    # "X, a former deputy governor of Panjshir, said in an interview with TASS on Monday,
    # Adyrna reported.": who said the sentence before, to whom
    r"|(?P<who_said>[A-Z][^.;\"“”«»]{3,150}?)\s+said\s+in\s+an\s+interview\s+(?:with|to)\s+"
    r"(?P<told_in>[A-Z][\w./-]*(?:\s+[A-Z][\w./-]*){0,3})(?:\s+on\s+\w+)?"
    r"(?:,\s+[^,.;]{2,60}?\s+(?:reported|reports|said|says))?\.?$"
    # "This is stated in the intergovernmental agreement, Radio Ozodi reported, citing ...":
    # the sentence before is the outlet's, from the paper it names
    r"|(?:This|That|It)\s+(?:is|was)\s+(?:stated|said|written)\s+in\s+[^,.;\"“”]{3,80},\s+"
    r"(?P<who_in>[A-Z][^,.;\"“”]{1,40}?)\s+(?:reported|reports|said|says)"
    r"(?:,\s+citing\s+[^.;]{3,80}?)?\.?$")


def _stated_before(doc: Document, att: _Attributor, s, claims: list[Claim]) -> Claim | None:
    """The sentence before ``s``, in its paragraph and claimed by no one, as a reported
    claim of whom ``s`` says stated it."""
    m = _STATED_BY.match(doc.text, s.start, s.end)
    if m is None:
        return None
    before = [p for p in doc.sentences if p.paragraph == s.paragraph and p.end <= s.start]
    if not before and m.group("who_in") and s.paragraph > 0:
        # ("This is stated in the agreement, X reported" opening its paragraph: the one
        # sentence of the paragraph before, as sites print a sentence a paragraph)
        before = [p for p in doc.sentences if p.paragraph == s.paragraph - 1][-1:]
    if not before or any(c.char_start < before[-1].end and before[-1].start < c.char_end
                         for c in claims):
        return None
    who = next(g for g in ("who_only", "who_said", "who_in", "who") if m.group(g))
    speaker = att.phrase(*m.span(who))
    if speaker is None:
        return None
    cs, ce = before[-1].start, before[-1].end
    while ce > cs and doc.text[ce - 1] in " .":
        ce -= 1
    if tail := _AGENCY_TAIL.search(doc.text, cs, ce + 1):
        ce = tail.start()  # "..., Asianews reports.": the outlet that passed it on
    quote = doc.text[cs:ce]
    if len(quote.split()) < 4:
        return None
    return Claim(doc.source_id, speaker, "reported", cs, ce, quote, _topic(doc, quote),
                 m.group("via") or m.group("told") or m.group("told_in") or "")


def extract_claims(doc: Document) -> list[Claim]:
    """Every claim in the document, attributed in reading order so that "he" and
    "the official" continue the speaker before them."""
    att = _Attributor(doc)
    rules = _rules(doc)
    claims: list[Claim] = []
    prev: Claim | None = None
    unattributed: list[Quote] = []
    spoken: set[int] = set()  # paragraphs of a transcript, read whole
    for s in doc.sentences:
        if s.paragraph in spoken:
            continue
        para = doc.paragraphs[s.paragraph]
        # (not a headline "Rahmon: Stability in Afghanistan key to the region's security":
        # the story under it says it, and how)
        if (s.start == para.start and doc.text.find(":", s.start, s.start + 62) != -1
                and not (s.paragraph == 0 and len(doc.paragraphs) > 1
                         and _HEADLINE.fullmatch(doc.text, para.start, para.end))
                and (claim := _transcript(doc, att, para))):
            claims.append(claim)
            att.last, att.last_pos = claim.speaker, para.end
            spoken.add(s.paragraph)
            continue
        # Sentences do not overlap: each quote is read in the one its opening mark is in.
        inner = [q for q in doc.quotes if s.start <= q.open_mark < s.end]
        if (clause := _reported_around_quotes(doc, s, inner, rules)) and (
            claim := _reported(doc, att, s, rules, clause)
        ):
            claims.append(claim)
            att.last, att.last_pos = claim.speaker, s.end
            continue
        if _quoted_in_passing(doc, att, s, inner) and (claim := _reported(doc, att, s, rules)):
            claims.append(claim)
            att.last, att.last_pos = claim.speaker, s.end
            continue
        found = False
        for q in inner:
            claim = _direct(doc, att, q, prev)
            if claim:
                claims.extend(_earlier_paragraphs(doc, q, unattributed, claim))
                claims.append(claim)
                att.last, prev, found = claim.speaker, claim, True
                att.last_pos = s.end
            else:
                unattributed.append(q)
        if found or any(q.open_mark < s.start < q.close_mark for q in doc.quotes):
            continue
        if _HEADLINE.fullmatch(doc.text, para.start, para.end):
            continue  # "CSTO chief says ...": the story under it says it, and who said it
        claim = _stated_before(doc, att, s, claims) or _reported(doc, att, s, rules)
        if claim:
            claims.append(claim)
            att.last, att.last_pos = claim.speaker, s.end
    return claims
