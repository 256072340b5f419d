"""Mentions of countries, organisations, media, people and places, with offsets.

The lexicon's aliases come first. Names it does not know are still found from
their context: a capitalised name after a title ("Defence Minister Ali Khan") or
before a speech verb is a person; "X province", "X region", "province of X" is a
place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace

from briefgen.extract.dates import CALENDAR_NAMES
from briefgen.extract.scan import anchored, find_all, word_positions
from briefgen.lexicon import Entry, Lexicon


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # country | organisation | media | person | place | ministry
    id: str
    name: str
    form: str = "name"  # name | adjective | people ("the Russians")
    known: bool = True  # found in the lexicon
    country: str = ""  # for places, ministries and national bodies
    affiliation: str = ""  # for people

    def text(self, doc: str) -> str:
        return doc[self.start : self.end]


def home_country(affiliation: str) -> str:
    """The country part of an affiliation code: "TJK-MOI" -> "TJK", "KGZ" -> "KGZ"."""
    return affiliation.split("-")[0]


def country_of(lexicon: Lexicon, m: Mention) -> str:
    """The country a country or organisation mention stands for: itself, or the country of
    a national body ("the Tajik army" is Tajikistan's); "" for a bloc."""
    return m.id if m.kind == "country" else lexicon.org_country(m.id)


# ("McCain", "MacDill": a capital after Mc or Mac)
# ("Oğuz", "Şahin": letters of Latin Extended-A too)
# (a name's word ends where its letters do: not "Turkic" of "Vladimir Kulishov TurkicWorld")
_CAP = (r"(?:Ma?c(?=[A-Z]))?[A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-ÿĀ-ſ'’]+(?:-[A-ZĀ-ſ]?[a-zà-ÿĀ-ſ'’]+)?"
        r"(?![A-Za-zÀ-ÿĀ-ſ])")
# "S. Jaishankar"; a name does not run on over a line break into the next paragraph
_NAME = rf"(?:[A-Z]\.\s?)?{_CAP}(?:[^\S\n]+{_CAP}){{0,2}}"
_NAME_REACH = 120  # no name of three capitalised words is longer
_PLACE_NOUNS = (
    # ("Kizilsu Kirgiz Prefecture"; "Uygur Autonomous Region" is not "Uygur Autonomous")
    r"Autonomous Region|Autonomous Oblast|Autonomous Prefecture|prefecture|Prefecture|"
    r"province|region|district|oblast|valley|gorge|training ground|training grounds|"
    r"training field|training fields|training range|training center|training centre|"
    r"training complex|"
    r"airfield|aerodrome|airbase|military range|practice range|training area|"
    # ("at the Missamari military station in Assam's Sonitpur district")
    r"military station|"
    # a facility's own name: "the Stanford Training Area", "the Chirchiq Training Center"
    r"Training Area|Training Ground|Training Range|Training Center|Training Centre|"
    r"Training Complex|Training Facility|"
    # "Siberia's Novosibirsk Region", "Kyrgyzstan's Issyk-Kul Oblast", "Primorsky Krai"
    r"Region|Province|Oblast|District|Krai|krai|"
    # ("in the Dawong area of Shahr-e-Buzurg district", "the Sherkhan-Bandar area")
    r"range|polygon|city|town|village|area"
)
# A capitalised word, then another, right after a one-word name: "Rahmon Yusuf Ahmadzoda"
_NAME_GOES_ON = re.compile(r" ([A-Z][a-z]+)(?= [A-Z][a-z]+\b)")


# ("administration Rakhmon Gulzor told Itar-Tass": one more name word, then the sentence
# goes on in lower case or at a comma, as no Title Case headline does)
_NAME_ENDS_AFTER = re.compile(r" ([A-Z][a-z]+)(?=[,.;:]| [a-z])")


def _opens_another_name(doc: str, m: Mention, lexicon: Lexicon) -> bool:
    """Whether a known person's one-word name opens a longer name the lexicon lacks."""
    if m.kind != "person" or " " in doc[m.start : m.end]:
        return False
    nxt = _NAME_GOES_ON.match(doc, m.end)
    if nxt is not None:
        return _name_word(nxt.group(1), lexicon)
    nxt = _NAME_ENDS_AFTER.match(doc, m.end)
    return (nxt is not None and _untitled_name_word(nxt.group(1), lexicon)
            # ("Rahmon Emomali", surname first: his own given name)
            and nxt.group(1)[:3].casefold() not in _given_prefixes(m, lexicon))


def _given_prefixes(m: Mention, lexicon: Lexicon) -> set[str]:
    """The first three letters of every word of a known person's names, in lower case."""
    person = lexicon.raw.get("people", {}).get(m.id, {})
    return {w[:3].casefold() for n in [person.get("name", ""), *person.get("aliases", [])]
            for w in re.split(r"[\s-]+", str(n)) if w}


def _name_word(word: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised word beside a known person's one-word name can be part of
    another's name: no title's first word, day, month or lexicon entry."""
    return word not in NOT_NAMES and word not in CALENDAR_NAMES and word not in lexicon.entries


def _untitled_name_word(word: str, lexicon: Lexicon) -> bool:
    """A name word (see _name_word) that is no title word ("Minister") or honorific."""
    titles = lexicon.derived("capitalised title words", _title_words)
    return _name_word(word, lexicon) and word not in titles and word not in _HONORIFICS


_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Mullah", "Sheikh"})
# one or two given names (a patronymic between: "Viktor Gennadievich Khrenin")
_NAME_BEFORE = re.compile(r"(?<![\w.-])(?:([A-Z][a-z]+) )?([A-Z][a-z]+) $")


def _ends_another_name(doc: str, m: Mention, lexicon: Lexicon) -> bool:
    """Whether a known person's one-word name ends a longer name the lexicon lacks
    ("Mujahid" in "Mohammad Yaqoob Mujahid" is not Zabihullah Mujahid), not after a title
    ("Minister Mujahid")."""
    if m.kind != "person" or " " in doc[m.start : m.end]:
        return False
    before = _NAME_BEFORE.search(doc, max(0, m.start - 30), m.start)
    if before is None:
        return False
    if not _untitled_name_word(before.group(2), lexicon):
        return False
    # ("Aleksandr Lukashenko", "Zabiullah Mujahid", "Sadyr Zhaparov": his own given name,
    # however spelt, shares its first letters with one the lexicon gives him)
    return not {w[:3].casefold() for w in before.groups() if w} & _given_prefixes(m, lexicon)


# Capitalised words that are no part of a person's name.
NOT_NAMES = {
    # a rank's first word: "First Deputy Defense Minister of Belarus X"
    "First",
    # a title-case headline's words: "Defence Minister To Hold Bilateral Talks With ..."
    "To",
    "With",
    "For",
    "From",
    "Hold",
    "Holds",
    "Talks",
    "Meets",
    "Visits",
    "Says",
    # regions of the world: "... cooperation in Central Asia, reported the press service"
    "Asia",
    # ("... in Afghanistan, Middle East, says Kremlin")
    "Middle",
    "East",
    "Europe",
    "Africa",
    "America",
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Then",
    "Still",
    "So",
    "Since",
    "Also",
    "However",
    "According",
    "Among",
    "Tajik",
    "Russian",
    "Chinese",
    "Afghan",
    "It",
    "He",
    "She",
    "They",
    "This",
    "That",
    "These",
    "Those",
    "Last",
    "Next",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Ministry",
    "Army",
    "Base",
    "Force",
    "Forces",
    "Government",
    "State",
    "States",
    "Organization",
    "Organisation",
    "Security",
    "Council",
    "Defense",
    "Defence",
    "Interior",
    "Foreign",
    "Public",
    "Committee",
    "Service",
    "Border",
    "Guard",
    "Guards",
    "News",
    "Agency",
    "Republic",
    "National",
    "Military",
    "General",
    "President",
    "Minister",
    "Secretary",
    "Collective",
    "Treaty",
    "Cooperation",
    "Shanghai",
    "Islamic",
    "Party",
    "Union",
    "Federation",
    "Media",
    "Press",
    "Office",
    "Affairs",
    # Words of an institution's name: "the CSTO Joint Staff told reporters" names no one.
    # ("the Chairman of the High Council of National Reconciliation Abdullah Abdullah")
    "Reconciliation",
    "Development",
    "Emergencies",
    "Situations",
    "Assembly",
    "Parliament",
    "Staff",
    "Command",
    "District",
    "Headquarters",
    "Department",
    "Directorate",
    "Corps",
    "Division",
    "Brigade",
    "Regiment",
    "Battalion",
    "Group",
    "Centre",
    "Center",
    "Bureau",
    "Institute",
    "University",
    "Embassy",
    "Crescent",  # "the Red Crescent said"
    "Cross",
    "Kremlin",
    "Administration",
    "Presidential",
}


def _titles(lexicon: Lexicon) -> tuple[str, list[str]]:
    """The lexicon's person titles as one alternation, longest first ("Col. Gen." before
    "Col."), and the first word of each, which the rules are anchored on."""
    titles = sorted(lexicon.words("person_titles"), key=len, reverse=True)
    return "|".join(re.escape(t) for t in titles), [t.split()[0] for t in titles]


def _compile_person_rules(lexicon: Lexicon) -> tuple[re.Pattern[str], ...]:
    """The rules for people the lexicon does not know, each anchored (extract.scan) on
    the title or speech verb its matches hold."""
    title, title_words = _titles(lexicon)
    verb_words = lexicon.words("speech_verbs")
    verbs = "|".join(re.escape(v) for v in verb_words)
    verb_firsts = [v.split()[0] for v in verb_words]
    return (
        # Titles stack: "Col. Gen. Alexander Lapin" (the first must not take "Gen" for a name).
        anchored(re.compile(rf"(?:(?<=\s)|^)(?i:{title})(?:\s+(?i:{title}))*\s+(?P<name>{_NAME})"),
                 title_words),
        # ("Ahmad Massoud reportedly said", "Erol Oguz also said": an adverb between)
        anchored(re.compile(rf"(?P<name>{_NAME}),?\s+(?:[a-z]{{2,12}}ly\s+|also\s+|later\s+)?"
                            rf"(?:{verbs})\b"),
                 verb_firsts, fold=False, before=_NAME_REACH + 14),
        # (not a title: "said Brig. Gen. X" is X, whom the title rule finds)
        anchored(re.compile(rf"\b(?:{verbs})\s+(?!(?:{title})[\s.])(?P<name>{_NAME})(?=[\s.,;]|$)"),
                 verb_firsts, fold=False),
        # "Hossein Amirabdollahian broke the news and said, ...": a full name, its act,
        # then the verb
        anchored(re.compile(rf"(?P<name>{_CAP}(?:[^\S\n]+{_CAP}){{1,2}})\s+(?:[a-z]+\s+){{1,4}}"
                            rf"and\s+(?:{verbs})\b"), verb_firsts, fold=False,
                 before=_NAME_REACH + 40),
        # "Hossein Amir-Abdollahian Foreign Minister of Islamic Republic of Iran": a full
        # name, then its title
        anchored(re.compile(rf"(?P<name>{_CAP}(?:[^\S\n]+{_CAP}){{1,2}}?)\s+(?i:{title})\s+of\s"),
                 title_words, before=_NAME_REACH),
        # "according to Faridoun Mahmadalizoda, a spokesman for the ministry"
        # (or "..., a Bishkek-based political analyst")
        anchored(re.compile(rf"\b(?i:according)\s+to\s+(?P<name>{_NAME}),\s+(?:a|an|the)\s+"
                            r"(?:[A-Z][\w'’.]*-based\s+)?[a-z]"),
                 ["according"]),
        # "Interfax quoted Marufkhan Tulayev, the deputy head of ..., as saying"
        anchored(re.compile(rf"\b(?:quoted|cited)\s+(?P<name>{_NAME})(?=,|\s+as\s+say)"),
                 ["quoted", "cited"], fold=False),
        # "met with Xu Qiliang, deputy chief of General Staff"
        anchored(re.compile(rf"\b(?:met|meets|meeting|received|receives)\s+(?:with\s+)?"
                            rf"(?P<name>{_NAME}),\s+(?:(?:a|an|the)\s+)?[a-z]"),
                 ["met", "meets", "meeting", "received", "receives"], fold=False),
        # "This was stated by the head of the CSTO joint headquarters Anatoly Sidorov"
        anchored(re.compile(rf"\b(?:stated|said|announced|noted|declared)\s+by\s+(?:the\s+)?"
                            rf"(?:[\w'’-]+\s+){{0,8}}?(?P<name>{_NAME})(?=[\s.,;]|$)"),
                 ["stated", "said", "announced", "noted", "declared"], fold=False),
        # "met his Kyrgyz counterpart, Baktybek Bekbolotov"
        anchored(re.compile(rf"\bcounterparts?,?\s+(?P<name>{_NAME})(?=[\s.,;]|$)"),
                 ["counterpart"], fold=False),
        # "the Secretary General of the Collective Security Treaty Organization Imangali
        # Tasmagambetov": the last capitalised words after the body's name (the body's
        # own last word, in NOT_NAMES, is dropped from the name)
        # "Minister of Defense of China Chang Wanquan" (the country is dropped below)
        # "Ambassador to Tajikistan John Pommersheim"
        # ("according to Spokesman for the CSTO Joint Staff Vladislav Shchegrikovich")
        anchored(re.compile(rf"(?:(?<=\s)|^)(?:{title}) (?:of|to|for)\s+(?:the\s+)?"
                            rf"(?:(?:[A-Z][\w'’-]*|of|the|for)\s+){{1,8}}?"
                            rf"(?P<name>{_NAME})(?=[\s.,;]|$)(?!\s+(?:[A-Z]|of\b|for\b|the\b))"),
                 title_words),
        # "the Minister of Defence of Kyrgyzstan, Baktybek Bekbolotov"
        # (not the next title of a list: "..., Presidential Aide Yuri Ushakov")
        anchored(re.compile(rf"(?:(?<=\s)|^)(?:{title}) of\s+[^,.;\n]{{3,60}},\s+"
                            rf"(?P<name>{_NAME})(?=[\s.,;]|$)(?!\s+(?:[A-Z]|of\b))"),
                 title_words),
        # "the acting foreign minister, Amir Khan Muttaqi,", "his special envoy for
        # international cooperation, Yerzhan Kazykhan,": an office in lower case, then a
        # full name in apposition
        anchored(re.compile(rf"\b(?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){{0,4}}"
                            rf"(?:{_ROLE_NOUNS})(?:\s+(?:for|of|to)\s+[a-z][^,.;\n]{{2,50}})?,\s+"
                            rf"(?P<name>{_CAP}(?:[^\S\n]+{_CAP}){{1,2}})(?=,|\s+and\b|\.)"),
                 _ROLE_NOUN_WORDS, before=60, fold=False),
    )


_ROLE_NOUN_WORDS = ["envoy", "minister", "ambassador", "commander", "spokesman", "spokeswoman",
                    "spokesperson", "adviser", "advisor", "representative", "head", "chief",
                    "secretary", "chairman", "director"]
_ROLE_NOUNS = "|".join(_ROLE_NOUN_WORDS)


# "Temur Umarov, a fellow at the Carnegie Center, said": a role between name and verb;
# "X of Kyrgyzstan, who heads the GKNB, was quoted ... as saying" too.
# Found from each ", said" back (a regex reaching back from the verb tried every capital
# letter of the window and cost more than all the other rules).
_NAME_END = re.compile(rf"(?P<name>{_NAME})(?:\s+of\s+{_CAP})?$")
# ", the presidential aide,": an office only a person holds, after a name
_PERSON_ROLE_AFTER = re.compile(
    r",\s+(?:a|an|the|his|her)\s+(?:[\w'’-]+\s+){0,3}(?:aide|spokes(?:man|woman|person)|"
    r"advis[eo]r|analyst|expert|official|officer|minister|ambassador|envoy|commander|"
    r"general|lawmaker|deputy|professor|researcher|fellow)\b[^,.;]{0,60},"
)
# "Chen Dingwu, head of the border management administration under the Ministry of
# Public Security and also commander-in-chief of the drill, said": roles run long
_ROLE_REACH = 130
# ("a Bishkek-based political analyst": a city's "-based" may open it)
_ROLE = re.compile(r"(?:(?:a|an|the)\s+)?(?:[A-Z][\w'’.]*-based\s+)?(?:[a-z][^,;\"“”\n]{2,125}"
                   # "Anatoly Sidorov, Chief of the CSTO Joint Staff, stated"
                   r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+of\s+[^,;\"“”\n]{2,70})")


_SEAT_AFTER_ROLE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:University|Institute|Academy|College|"
                              r"School|Cent(?:er|re)|Foundation|Council|Commission|Society|"
                              r"Association|Club|Fund)")


def _compile_comma_verb(lexicon: Lexicon) -> re.Pattern[str]:
    # "Alexander Lapin, commander of the district, has said the troops ..."
    return re.compile(", (?:(?:has|have|had) )?(?:"
                      + "|".join(re.escape(v) for v in lexicon.words("speech_verbs"))
                      + r"|was quoted|was cited) ")


def _named_with_role(doc: str, lexicon: Lexicon) -> list[re.Match]:
    comma_verb = lexicon.derived("comma verb", _compile_comma_verb)
    out = []
    for verb in comma_verb.finditer(doc):
        pos = verb.start()
        comma = doc.rfind(", ", max(0, pos - _ROLE_REACH), pos)
        role_end = pos
        if comma != -1 and not _ROLE.fullmatch(doc, comma + 2, pos) and _SEAT_AFTER_ROLE.fullmatch(
                doc, comma + 2, pos):
            # "X, deputy director of the Center for ..., Moscow State University, told":
            # the role, then the institution it is at
            role_end, comma = comma, doc.rfind(", ", max(0, pos - _ROLE_REACH), comma)
        if comma == -1 or not _ROLE.fullmatch(doc, comma + 2, role_end):
            continue
        name = _NAME_END.search(doc, max(0, comma - _NAME_REACH), comma)
        if name:
            out.append(name)
    return out


def _compile_titled_after(lexicon: Lexicon) -> re.Pattern[str]:
    title, title_words = _titles(lexicon)
    # (", deputy police chief of Badghis Province": lower-case words before the title too)
    # (", the Islamic Emirate of Afghanistan’s Minister of Borders": a long possessor)
    return anchored(re.compile(rf",\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w.'’-]*\s+){{0,4}}"
                               rf"(?i:{title})\s+(?:of|to|for)\s"),
                    title_words, before=60)


_FULL_NAME_END = re.compile(rf"(?P<name>{_CAP}(?:[^\S\n]+{_CAP}){{1,2}})$")


def _named_then_titled(doc: str, lexicon: Lexicon) -> list[re.Match]:
    """"Elisabeth Millard, U.S. Ambassador to Tajikistan, held ...": a full name, then its
    title in apposition (found from each title back to the comma, as ``_named_with_role``
    does, since a rule that starts at the name tries every capital before a title)."""
    out = []
    for m in find_all(lexicon.derived("titled after", _compile_titled_after), doc):
        if name := _FULL_NAME_END.search(doc, max(0, m.start() - _NAME_REACH), m.start()):
            out.append(name)
    return out


_PLACE_NOUN_WORDS = _PLACE_NOUNS.split("|")
_PLACE_AFTER = anchored(
    # ('the “Angren” training field': the name may stand in quotes)
    re.compile(rf"(?P<name>{_CAP}(?:[\s-](?!Autonomous\b){_CAP})?)[”\"]?\s+(?P<noun>{_PLACE_NOUNS})\b"),
    _PLACE_NOUN_WORDS, fold=False, before=_NAME_REACH,
)
_PLACE_OF = anchored(
    # ('the training center "Edelweiss"': its name in quotes)
    re.compile(rf"\b(?:{_PLACE_NOUNS})\s+(?:of\s+|[\"“](?=[^\"”\n]{{2,40}}[\"”]))"
               rf"(?P<name>{_CAP}(?:[\s-]{_CAP})?)"),
    _PLACE_NOUN_WORDS, fold=False,
)
# "Camp Shelby", "Fort Bragg": a base named by the word before its name
# ("at Joint Base Cape Cod": a joint base's name may have two words)
_CAMP = re.compile(rf"\b(?:Camp|Fort)\s+(?P<name>{_CAP})"
                   rf"|\bJoint\s+Base\s+(?P<base>{_CAP}(?:\s{_CAP})?)")
_IN_PLACE = re.compile(r",?\s+(?:in|of)\s+(?:the\s+)?(?:Republic\s+of\s+)?")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# "held in Kyrgyzstan at Edelweiss training ground": the country told just before.
_IN_COUNTRY_AT = re.compile(r"\bin\s+(?:the\s+)?(?P<c>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?),?\s+"
                            r"(?:at|near)\s+(?:the\s+)?(?:training\s+(?:center|centre|ground|"
                            r"range)\s+[\"“])?$")


def _entry_fields(lexicon: Lexicon) -> dict[str, tuple]:
    """For each alias, the fields of its Mention after the offsets."""
    fields = {}
    for alias, e in lexicon.entries.items():
        data = dict(e.data)
        country = ""
        if e.kind == "place":
            country = str(data.get("country", ""))
        elif e.kind in ("organisation", "media"):
            country = str(data.get("country", "") or "")
        elif e.kind == "country":
            country = e.id
        affiliation = str(data.get("affiliation", "") or "")
        fields[alias] = (e.kind, e.id, e.name, e.form, True, country, affiliation)
    return fields


# Letters that are no base letter with a mark ("Yıldız"): their nearest plain letters
_UNMARKED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                           "Đ": "D", "ß": "ss", "æ": "ae", "œ": "oe", "ħ": "h"})


def slug(name: str) -> str:
    """An id made of a name: "Erol Oğuz" -> "erol-oguz" (letters stripped of their marks,
    so the spellings with and without them are one id)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.translate(_UNMARKED))
                    if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")


def _free(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps none of the spans already taken by a mention."""
    return all(e <= a or s >= b for a, b in taken)


def _free_occurrences(doc: str, words: str, since: int,
                      taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of ``words`` from ``since`` on, as whole words, that no mention has taken
    (checked as each is taken, so the caller may add to ``taken`` on the way)."""
    for s in word_positions(doc, (words,)):
        e = s + len(words)
        whole = not ((s and (doc[s - 1].isalnum() or doc[s - 1] in "_'’-"))
                     or (e < len(doc) and (doc[e].isalnum() or doc[e] in "_-")))
        if s >= since and whole and _free(taken, s, e):
            yield s, e


# A word of a full name alone is that person ("Dong said"); "Li" or "Wu" alone is too
# often something else, so two letters count only right before a speech verb ("Lu said").
_SHORT_MIN = 3
_SHORTEST = 2


def _compile_verb_after(lexicon: Lexicon) -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in lexicon.words("speech_verbs"))
    return re.compile(rf"\s+(?:{verbs})\b")


def _add_short_names(doc: str, found: list[Mention], taken: list[tuple[int, int]],
                     lexicon: Lexicon) -> None:
    """After "Chinese Defence Minister Dong Jun", a later "Dong said" or "Jun said" is
    the same person: one word of a full name, as a whole capitalised word, after
    the full name. A word that two people of the article share names neither."""
    people = sorted((m for m in found if m.kind == "person" and " " in m.name),
                    key=lambda m: m.start)
    # The full name again, with no title or speech verb beside it ("Wu Qian: ...").
    for m in [p for p in people if not p.known]:
        for s, e in _free_occurrences(doc, m.name, m.start + 1, taken):
            found.append(replace(m, start=s, end=e))
            taken.append((s, e))
    owners: dict[str, Mention | None] = {}
    for m in people:
        # (the words the text spelt too: "Lukashenka" after "Alyaksandr Lukashenka", a
        # known alias of Alexander Lukashenko)
        for word in dict.fromkeys(m.name.split() + doc[m.start : m.end].split()):
            if len(word) < _SHORTEST or word in NOT_NAMES or word in lexicon.entries:
                continue
            if word not in owners:
                owners[word] = m
            elif owners[word] is not None and owners[word].id != m.id:
                owners[word] = None  # shared (by two people, or three: "Alexander")
    # "Ambassador Pommersheim" after "John Pommersheim": a titled surname is that person
    for i, m in enumerate(found):
        if m.kind == "person" and not m.known and " " not in m.name and (
                owner := owners.get(m.name)) is not None and owner.start < m.start:
            found[i] = replace(owner, start=m.start, end=m.end)
    for word, person in owners.items():
        if person is None:
            continue
        first = next(m.start for m in people if m.id == person.id)
        verb_after = lexicon.derived("speech verb after", _compile_verb_after)
        for s, e in _free_occurrences(doc, word, first, taken):
            if len(word) < _SHORT_MIN and not verb_after.match(doc, e):
                continue  # (see _SHORT_MIN)
            if (nxt := _NEXT_CAPITAL.match(doc, e)) and f"{word} {nxt.group(1)}" not in person.name:
                continue  # "Abdul Salam Hanafi" after "Abdul Qahar Balkhi": another's name
            found.append(Mention(s, e, "person", person.id, person.name, known=person.known,
                                 country=person.country, affiliation=person.affiliation))
            taken.append((s, e))


# (not "Zas Tuesday said": a day, not the rest of a name)
_NEXT_CAPITAL = re.compile(r"[^\S\n]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday|January|February|March|April|May|June|July|August|"
                           r"September|October|November|December)\b)([A-Z][a-zà-ÿ'’-]+)")
_IN_CITY = re.compile(r"\s+in\s+")


def _country_beside(doc: str, found: list[Mention], start: int, end: int) -> str:
    """The country named just before [start, end) ("Tajikistan's", "Tajik") or just
    after it ("of Kyrgyzstan"), else ""."""
    # (not across a sentence's end: "... the border with Tajikistan. A Taliban spokesman")
    before = [x for x in found if x.kind == "country" and 0 <= start - x.end <= 4
              and not any(c in ".!?;:" for c in doc[x.end : start])]
    if before:
        return before[-1].id
    # ("Kabul’s Foreign Ministry": the city's country; "the Taliban’s Ministry of Defense":
    # the country of the body that governs it)
    # ("a Taliban foreign ministry statement": the body's name before the ministry)
    if owner := next((x for x in found if x.kind in ("place", "organisation") and x.country
                      and (doc[x.end : start] in ("'s ", "’s ")
                           or x.kind == "organisation" and doc[x.end : start] == " ")), None):
        return owner.country
    if seat := _IN_CITY.match(doc, end):
        # "the Defense Ministry in Moscow": the country of the city it sits in
        city = next((x for x in found if x.kind == "place" and x.start == seat.end()
                     and x.country), None)
        if city is not None:
            return city.country
    return country_after(doc, found, end)


def country_after(doc: str, found: list[Mention], end: int) -> str:
    """The country named by an "of" right after ``end`` ("Tashiev of Kyrgyzstan"; "the
    Ministry of Defense (MoD) of Tajikistan"), else ""."""
    if abbreviation := _ABBREVIATION.match(doc, end):
        end = abbreviation.end()
    after = _OF_THE.match(doc, end)
    if after is None:
        return ""
    return next((x.id for x in found if x.kind == "country" and x.start == after.end()), "")


_ABBREVIATION = re.compile(r"\s*\([A-Za-z.]{2,10}\)")
_NO_ENTRY = Entry("", "", "")


def _title_words(lexicon: Lexicon) -> frozenset[str]:
    """Every capitalised word of a title: "Prime", "Minister", "Deputy"."""
    return frozenset(w for t in lexicon.words("person_titles") for w in t.split()
                     if w[:1].isupper())


def _title_heads(lexicon: Lexicon) -> frozenset[str]:
    """Capitalised one-word titles: "Ambassador", "General", "Minister"."""
    return frozenset(t for t in lexicon.words("person_titles") if " " not in t and t[0].isupper())


def _role_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.words("anonymous_nouns"))


# A country's web domain: the country of an outlet named by its address.
_COUNTRY_DOMAINS = {"ru": "RUS", "kz": "KAZ", "kg": "KGZ", "uz": "UZB", "tj": "TJK",
                    "tm": "TKM", "af": "AFG", "az": "AZE", "am": "ARM", "by": "BLR",
                    "pk": "PAK", "cn": "CHN", "ir": "IRN", "in": "IND", "ua": "UKR"}
# (found by its ending first: a name before every word would be slow to try)
_DOMAIN_END = re.compile(
    rf"\.(?P<tld>com|org|net|info|news|media|asia|{'|'.join(_COUNTRY_DOMAINS)})(?![\w/@-]|\.\w)")
_SITE_NAME = re.compile(r"(?<![\w.@/-])(?:[A-Z0-9][\w-]*[A-Za-z0-9]|[a-z][\w-]*[A-Z][\w-]*)$")


def _outlets_folded(lexicon: Lexicon) -> dict[str, Entry]:
    """The lexicon's outlets by each name folded to lower case."""
    return {alias.casefold(): e for alias, e in lexicon.entries.items() if e.kind == "media"}


def _websites(doc: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, top-level domain) of each web address named as an outlet."""
    for end in _DOMAIN_END.finditer(doc):
        if name := _SITE_NAME.search(doc, max(0, end.start() - 40), end.start()):
            yield name.start(), end.end(), end.group("tld")


def find_mentions(doc: str, lexicon: Lexicon) -> list[Mention]:
    """Every mention in the document, sorted by position, none overlapping."""
    fields = lexicon.derived("mention fields", _entry_fields)
    found = [Mention(m.start(), m.end(), *fields[m.group()]) for m in lexicon.pattern.finditer(doc)]
    # "the Secretary of the Security Council Rahmon Yusuf Ahmadzoda": a known surname
    # that opens another's full name is no mention of its bearer
    found = [x for x in found if not _opens_another_name(doc, x, lexicon)
             and not _ends_another_name(doc, x, lexicon)]
    taken = [(x.start, x.end) for x in found]

    def covered_by_known(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in taken)

    # Ministries: "Tajik Interior Ministry", "Tajikistan's ministry of defense".
    for m in find_all(lexicon.ministry_pattern, doc):
        code = lexicon.ministry_code(m.group())
        country = _country_beside(doc, found, m.start(), m.end())
        mid = f"{country}-{code}" if country else code
        if _free(taken, m.start(), m.end()):
            found.append(
                Mention(m.start(), m.end(), "ministry", mid, m.group(), known=True, country=country)
            )
            taken.append((m.start(), m.end()))

    # "the State Committee for National Security of Kyrgyzstan", "Tajikistan's GKNB": a
    # national body the lexicon gives no country (two countries have one) takes it here.
    orgs = lexicon.raw.get("organisations", {})
    for i, m in enumerate(found):
        if m.kind != "organisation" or lexicon.is_multinational(m.id):
            continue
        own = orgs.get(m.id, {}).get("country")
        if not m.country:
            if country := _country_beside(doc, found, m.start, m.end):
                found[i] = replace(m, country=country)
        elif own and (country := _country_beside(doc, found, m.start, m.end)) and country != own:
            # "Tajikistan's National Security Committee": not Kazakhstan's KNB, whose name
            # it shares, but the body of that kind of the country named
            kind = orgs.get(m.id, {}).get("kind")
            twin = next((k for k, o in orgs.items() if o.get("kind") == kind
                         and not o.get("country") and not lexicon.is_multinational(k)), None)
            if twin is not None:
                found[i] = replace(m, id=twin, name=orgs[twin].get("name", twin),
                                   country=country)

    # Outlets the lexicon does not know, by their web address: "according to
    # EurasiaNet.org", "Zakon.kz reported".
    outlets = lexicon.derived("outlets by folded name", _outlets_folded)
    for s, e, tld in _websites(doc):
        if _free(taken, s, e):
            name = doc[s:e]
            if known := outlets.get(name.rsplit(".", 1)[0].casefold()):
                # ("AKIPRESS.com": the lexicon's AKIpress at its address)
                found.append(Mention(s, e, "media", known.id, known.name,
                                     country=str(known.get("country", ""))))
            else:
                found.append(Mention(s, e, "media", "web:" + name.casefold(), name,
                                     known=False, country=_COUNTRY_DOMAINS.get(tld, "")))
            taken.append((s, e))

    # People the lexicon does not know.
    rules = lexicon.derived("person rules", _compile_person_rules)
    roles = lexicon.derived("role words", _role_words)
    titles = lexicon.derived("title heads", _title_heads)
    title_words = lexicon.derived("capitalised title words", _title_words)
    for found_by_rule in [*(find_all(rule, doc) for rule in rules),
                          _named_with_role(doc, lexicon), _named_then_titled(doc, lexicon)]:
        for m in found_by_rule:
            s, e = m.span("name")
            name = m.group("name")
            words = name.split()
            # "Analyst Dilshod Rakhimov told ...": a role opening the sentence is no name
            while words and (words[0] in NOT_NAMES or words[0].casefold() in roles
                             or lexicon.entries.get(words[0], _NO_ENTRY).kind == "country"):
                s += len(words[0]) + 1
                words = words[1:]
            if words and len(words[-1]) > 3 and words[-1][-2:] in ("'s", "’s"):
                words = [*words[:-1], words[-1][:-2]]  # "Donald Trump’s tariff war"
            titled = False
            while len(words) > 1 and words[0] in titles:
                # "Ambassador Pommersheim said": the title is no part of the name, and
                # after it one word is a surname (see _add_short_names)
                s += len(words[0]) + 1
                words, titled = words[1:], True
            if all(part in title_words for w in words for part in w.split("-")):
                continue  # "Deputy Prime Minister-Minister of Foreign Affairs": titles only
            # ("Kazykhan, the presidential aide, said": one word, then a person's office)
            lone = len(words) == 1 and _PERSON_ROLE_AFTER.match(doc, s + len(words[0]))
            if len(words) < 2 - (titled or bool(lone)) or any(
                w in NOT_NAMES
                or (w in lexicon.entries and lexicon.entries[w].kind in ("country", "place"))
                for w in words
            ):
                continue  # one capitalised word is too often not a name
            name = " ".join(words)
            e = s + len(name)
            if covered_by_known(s, e) or not _free(taken, s, e):
                continue
            found.append(Mention(s, e, "person", slug(name), name, known=False))
            taken.append((s, e))

    _add_short_names(doc, found, taken, lexicon)

    # Places the lexicon does not know: "Rasht valley", "district of Vakhsh", each of
    # "the Lohour, Mumirak and Sumbuli training grounds".
    for rule in (_PLACE_AFTER, _PLACE_OF):
        for m in find_all(rule, doc):
            spans = [m.span("name")]
            if rule is _PLACE_AFTER and m.group("noun").endswith("s"):
                while item := _LIST_ITEM_BEFORE.search(doc, max(0, spans[-1][0] - 60),
                                                       spans[-1][0]):
                    spans.append(item.span("name"))
            for s, e in spans:
                _add_new_place(doc, found, taken, lexicon, rule, m, s, e)
    for m in _CAMP.finditer(doc):
        _add_new_place(doc, found, taken, lexicon, _CAMP, m, m.start(), m.end())
    _add_towns(doc, found, taken)
    _add_place_repeats(doc, found, taken)

    _add_capitals(doc, found, taken, lexicon)
    # ("a correspondent for The Moscow Post": a paper named for a city, no place)
    found = [m for m in found if not (m.kind == "place" and _OUTLET_AFTER.match(doc, m.end))]
    found.sort(key=lambda x: x.start)
    return found


# "in", "at", "near" ... right before a place's name told again
_AT_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|to|from)\s+$")


def _add_place_repeats(doc: str, found: list[Mention], taken: list[tuple[int, int]]) -> None:
    """A place the lexicon lacks, found by its noun ("the Dawong area"), is the same place
    where the text names it again after a preposition ("met in Dawong")."""
    for p in [x for x in found if x.kind == "place" and not x.known]:
        for s, e in _free_occurrences(doc, p.name, p.end, taken):
            if _AT_PLACE_BEFORE.search(doc, max(0, s - 8), s):
                found.append(replace(p, start=s, end=e))
                taken.append((s, e))


_OUTLET_AFTER = re.compile(r"\s+(?:Post|Times|News|Herald|Tribune|Gazette|Daily|Journal|"
                           r"Observer|Telegraph)\b")


_ARTICLE_FIRST = re.compile(r"(?:The|A|An)\s+")
_POSSESSOR = re.compile(r"\S+['’]s\s+(?=\S)")
_DIRECTIONS = frozenset("Eastern Western Northern Southern Central Middle Far North South East "
                        "West European Asian Eurasian".split())
# One more name of a list before a plural place noun: "Lohour, " or "Mumirak and ".
_LIST_ITEM_BEFORE = re.compile(rf"(?P<name>{_CAP}(?:[\s-]{_CAP})?)(?:,\s+|,?\s+and\s+)$")


def _add_new_place(doc: str, found: list[Mention], taken: list[tuple[int, int]],
                   lexicon: Lexicon, rule: re.Pattern[str], m: re.Match, s: int, e: int) -> None:
    """A place the lexicon does not know, at [s, e), found by ``rule`` (match ``m``)."""
    if owner := _POSSESSOR.match(doc, s, e):
        s = owner.end()  # "Siberia's Novosibirsk Region": Novosibirsk, in Siberia
    if (article := _ARTICLE_FIRST.match(doc, s, e)) and article.end() < e:
        s = article.end()  # "The Edelweiss training ground" opening a sentence
    name = doc[s:e]
    if name.split()[0] in NOT_NAMES or not _free(taken, s, e):
        return
    if all(w in _DIRECTIONS for w in name.split()):
        return  # "the CSTO's Eastern European region": a direction, no place
    if name.split()[-1] in ("Military", "Federal"):
        return  # "Russia's Eastern Military District": a command; a federal district: vast
    country = ""
    poss = re.search(r"(\w+)['’]s\s+$", doc[max(0, s - 30) : s])
    if poss and poss.group(1) in lexicon.entries:
        # "Tajikistan's Rasht valley"; not "the CSTO's Eastern European region"
        entry = lexicon.entries[poss.group(1)]
        if entry.kind == "country":
            country = entry.id
        elif entry.kind == "place":
            country = str(entry.get("country", ""))
    elif rule in (_PLACE_AFTER, _CAMP) and (inside := _IN_PLACE.match(doc, m.end())):
        # "the Brestsky training ground in Belarus"
        country = next((x.country for x in found if x.start == inside.end()
                        and x.kind in ("country", "place") and x.country), "")
    if not country and rule is _PLACE_OF:
        # "the central Russian city of Yekaterinburg": the adjective's country
        country = next((x.id for x in found if x.kind == "country" and x.form == "adjective"
                        and x.end <= m.start() and not doc[x.end : m.start()].strip()), "")
    if not country and (before := _IN_COUNTRY_AT.search(doc, max(0, s - 50), s)):
        country = next((x.id for x in found if x.start == before.start("c")
                        and x.kind == "country"), "")
    found.append(Mention(s, e, "place", "new:" + slug(name), name, known=False, country=country))
    taken.append((s, e))


# "the Kazakh capital", "Tajikistan's capital" with no name after it: the capital.
# (not "the Kyrgyz capital Bishkek": the name follows; but "the Kyrgyz capital Tuesday")
_CAPITAL_AFTER = re.compile(r"(?:['’]s)?\s+capital\b(?!,?\s+(?!(?:Monday|Tuesday|Wednesday|"
                            r"Thursday|Friday|Saturday|Sunday|On|In|Last|This)\b)[A-Z])")


def _capitals(lexicon: Lexicon) -> dict[str, tuple[str, str]]:
    """Country code -> (place id, name) of its capital, where the lexicon marks one."""
    return {str(p["country"]): (pid, str(p["name"]))
            for pid, p in lexicon.raw.get("places", {}).items() if p.get("capital")}


def _add_capitals(doc: str, found: list[Mention], taken: list[tuple[int, int]],
                  lexicon: Lexicon) -> None:
    capitals = lexicon.derived("capitals", _capitals)
    for c in [x for x in found if x.kind == "country" and x.id in capitals]:
        m = _CAPITAL_AFTER.match(doc, c.end)
        if m is None or (c.form == "name") != m.group().startswith(("'", "’")):
            continue  # "the Kazakh capital", "Kazakhstan's capital"; not "Kazakh's"
        s, e = m.end() - len("capital"), m.end()
        if _free(taken, s, e):
            pid, name = capitals[c.id]
            found.append(Mention(s, e, "place", pid, name, known=True, country=c.id))
            taken.append((s, e))


# "in Samarkand, Uzbekistan", "in Kashgar, Northwest China's Xinjiang", "in Vahdat, a
# town east of Dushanbe": a name the lexicon lacks, placed by the place after it.
_TOWN_BEFORE = re.compile(
    # (not "According to Igor Shestakov, a Bishkek-based analyst": a person)
    rf"\b(?:in|at|near|outside|(?<![Aa]ccording\s)to)\s+(?P<name>{_CAP}(?:[\s-]{_CAP})?),\s+"
    r"(?:(?:the|a|an|of|town|city|village|capital|[Nn]orth\w*|[Ss]outh\w*|[Ee]ast\w*|"
    r"[Ww]est\w*|[Cc]entral)\s+){0,4}$"
)


_AT_BEFORE = re.compile(r"\b(?:in|at|near|outside|to)\s+(?:the\s+)?$")
_TOWN_AFTER = re.compile(rf"['’]s\s+(?P<name>{_CAP}(?:[\s-]{_CAP})?)\b(?![\s-]*{_CAP})")


def _add_towns(doc: str, found: list[Mention], taken: list[tuple[int, int]]) -> None:
    for c in [x for x in found if x.kind == "country" and x.form == "name"
              or x.kind == "place" and x.known and x.country]:
        m = _TOWN_BEFORE.search(doc, max(0, c.start - 60), c.start)
        if m is None and doc[c.end : c.end + 1] in ("'", "’"):
            # "in Himachal Pradesh's Bakloh": a name the lexicon lacks, after its province
            before = _AT_BEFORE.search(doc, max(0, c.start - 12), c.start)
            m = _TOWN_AFTER.match(doc, c.end) if before else None
        if m is None:
            continue
        s, e = m.span("name")
        name = m.group("name")
        if name.split()[0] in NOT_NAMES or name in CALENDAR_NAMES:
            continue
        if not _free(taken, s, e):
            continue
        found.append(Mention(s, e, "place", "new:" + slug(name), name, known=False,
                             country=c.country))
        taken.append((s, e))
