"""The same event told by several sources becomes one row listing them all.

Two exercise rows from different articles are one exercise when nothing they
both say disagrees (participants, dates, province) and at least two of these
agree (dates only when both give the month). Where their figures differ, both
are kept and the conflict is flagged.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter

from briefgen.extract.article import ROLE_LEVEL
from briefgen.extract.entities import home_country
from briefgen.lexicon import Lexicon
from briefgen.model import precision_rank
from briefgen.tables.schema import split_list

# a drill's status, in the order it moves through them (a plan may be called off)
_STAGES = ("", "planned", "cancelled", "ongoing", "completed")


def _date_key(row: dict) -> str:
    return row.get("start") or row.get("end") or ""


# Our label of an exercise no source names ("Tajik–Chinese exercise, Ishkoshim (2016-10)",
# see extract.article._label), not a name a source gives.
_LABEL = re.compile(r" exercise(?:, [^()]+)?(?: \(\d{4}(?:-\d\d)?\))?$")


def _given_name(row: dict) -> str:
    """The name a source gives the exercise, "" for our label."""
    name = str(row.get("name") or "")
    return "" if _LABEL.search(name) else name


def _common_name(group: list[dict]) -> str:
    """The name most sources give the exercise ("Combat Brotherhood-2023" of three, over
    one's "Interaction - 2023"), spelt as the first row gives it, which also wins a tie;
    "" when none names it (our label is no name)."""
    names = [n for r in group if (n := _given_name(r))]
    if not names:
        return ""
    votes = Counter(_spelling(n) for n in names)
    # ("Birlestik" in three reports is the series of the one "Birlestik-2024" in two: the
    # edition's name)
    yeared = [k for k in votes if _YEAR_END.search(k)]
    for k in [k for k in votes if not _YEAR_END.search(k)]:
        editions = [y for y in yeared if _EDITION_END.sub("", y) == k]
        if len(editions) == 1:
            votes[editions[0]] += votes.pop(k)
    best = max(votes.values())
    return next(n for n in names if votes.get(_spelling(n)) == best)


def name_key(row: dict) -> frozenset[str]:
    """The names a source gives the exercise, as compared ("Interaction-2022, Poisk-2022
    and Echelon-2022": three); none for our label."""
    name = _given_name(row)
    if not name:
        return frozenset()
    # (the year or edition a name ends in is compared as the rows' year: "Steppe Eagle"
    # of April 2016 is "Steppe Eagle 2016"; "Center-2019 (Tsentr-2019)" is both names)
    names = _NAME_SPLIT.split(name) + split_list(row.get("also_named"))
    return frozenset(_EDITION_END.sub("", _spelling(n)) for n in names if n.strip())


def names_its_year(row: dict) -> bool:
    """Whether every name a source gives the exercise ends in its year ("Peace Mission
    2021"): an edition held once."""
    names = [n for n in _NAME_SPLIT.split(_given_name(row)) if n.strip()]
    return bool(names) and all(_YEAR_END.search(_spelling(n)) for n in names)


_YEAR_END = re.compile(r"(?:19|20)\d\d$")
# ("Tian-Shan-1-2006": an edition's number, then the year)
_EDITION_END = re.compile(r"(?<=[a-z])(?:19|20)?\d\d$|(?<=\d)(?:19|20)\d\d$")
_NAME_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _spelling(name: str) -> str:
    """A name as compared: "Combat Brotherhood 2023" is "Combat Brotherhood-2023", and
    the ways Russian names come into English are one ("Kobalt" is "Cobalt", "Kharb"
    is "Harb")."""
    # ("Tianshan-I (2006)" is "Tian-Shan-1-2006": a numeral is a numeral)
    name = _ROMAN.sub(lambda m: str(_ROMAN_VALUE[m.group()]), name)
    key = re.sub(r"[\s\-–—()]+", "", name).casefold()
    # ("Bírlestík-2024" is "Birlestik-2024": accents aside)
    key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    for written, said in _TRANSLITERATION:
        key = key.replace(written, said)
    return key


_TRANSLITERATION = (("kh", "h"), ("c", "k"), ("y", "i"), ("ph", "f"))
_ROMAN_VALUE = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
_ROMAN = re.compile(r"(?<![\w'’])(?:III|II|IV|V|I)(?![\w'’])")


# What _Matcher.verdict says of two rows, in order of certainty.
CLASH, UNSURE, SAME, SAME_NAME = 0, 1, 2, 3


def _meet(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two spans (first day, last day; ISO at any precision) share a day,
    compared at the coarser precision."""
    n = min(len(a[1]), len(b[1]))
    return not (a[1][:n] < b[0][:n] or b[1][:n] < a[0][:n])


def _below_another(row: dict, rows: list[dict]) -> bool:
    """Whether ``row`` gives its size as a floor ("at least 20,000", "tens of thousands")
    that another report's larger figure clears: the two agree, and the floor says less.
    ("over 1,500" beside "2,500" is a figure of its own: a conflict.)"""
    if (row.get("troops_qualifier") or "") != "at least":
        return False
    return any(int(r["troops"]) > int(row["troops"]) for r in rows if r is not row)


def _union(rows: list[dict], key: str) -> str:
    """The ``;``-listed codes or names of ``key`` that any of ``rows`` gives, in order."""
    listed: list[str] = []
    for r in rows:
        listed += [x for x in split_list(r.get(key) or "") if x not in listed]
    return ";".join(listed)


def _once_per_person(listed: list[str]) -> list[str]:
    """``listed`` with a person one report names in full and another shorter or with
    another accent ("Muhammad Shehbaz Sharif", "Shehbaz Sharif"; "António Guterres",
    "Antonio Guterres") once, as the first report names them."""
    kept: list[str] = []
    forms: list[tuple[str, ...]] = []
    for x in listed:
        form = _name_form(x)
        if len(form) >= 2 and any(f[-len(form):] == form or form[-len(f):] == f
                                  for f in forms if len(f) >= 2):
            continue
        kept.append(x)
        forms.append(form)
    return kept


def _without_leaders_countries(listed: list[str], lex: Lexicon) -> list[str]:
    """A country one report lists as a delegation, dropped where another names its leader
    ("KAZ" beside "Kassym-Jomart Tokayev"), as within a report."""
    homes = set()
    for name in listed:
        entry = lex.entries.get(name)
        if entry is not None and entry.kind == "person":
            homes.add(home_country(str(entry.get("affiliation") or "")))
    return [x for x in listed if x not in homes]


def _name_form(name: str) -> tuple[str, ...]:
    """A name's words without accents or case, to compare spellings of one person."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return tuple(plain.casefold().split())


def _month_before(end: str) -> str:
    """The earliest first day of a drill known only to end on ``end`` (ISO, a day): a
    month before ("completed on Monday" meets "October 20-23"; a drill runs no longer)."""
    if len(end) != len("YYYY-MM-DD"):
        return end
    return (dt.date.fromisoformat(end) - dt.timedelta(days=30)).isoformat()


class _Matcher:
    """Decides whether two exercise rows are one exercise, with what it needs per row
    computed once (a corpus of thousands of articles compares rows many times)."""

    def __init__(self, lex: Lexicon, published: dict[str, str] | None = None):
        self.lex = lex
        self.published = published or {}
        self.provinces = {
            place.get("name"): f"{place.get('country')}/{place.get('province')}"
            for place in lex.raw.get("places", {}).values()
        }
        self.kinds = {place.get("name"): place.get("kind")
                      for place in lex.raw.get("places", {}).values()}
        self.country_names = {str(c.get("name")) for c in lex.raw.get("countries", {}).values()}
        # "Frontier" is "Rubezh": a name and its translations compare as one
        self.translated = {_spelling(other): _spelling(name)
                           for name, others in lex.raw.get("exercise_names", {}).items()
                           for other in others}
        self._expanded: dict[str, frozenset[str]] = {}
        self._same: dict[tuple, int] = {}

    def is_province(self, location: str) -> bool:
        """Whether ``location`` is a province or region the lexicon knows, no finer place."""
        return self.kinds.get(location) in ("province", "region")

    def is_site(self, location: str) -> bool:
        """Whether ``location`` is a town, district or ground within a province (a place
        the lexicon lacks counts: the text named it as one), not a border or a sea."""
        return bool(location) and self.kinds.get(location, "city") in (
            "city", "district", "training ground")

    def province(self, row: dict) -> str:
        """The province of a row's place ("TJK/Khatlon"); none for a place that is only a
        country ("Belarus"), which the row's country column compares instead."""
        location = row.get("location") or ""
        if location and all(p in self.country_names for p in location.split("; ")):
            return ""
        # "Jilondi training range in Gorno-Badakhshan": the province the text put it in
        return self.provinces.get(location) or row.get("within") or location

    def expanded(self, participants: str) -> frozenset[str]:
        if participants not in self._expanded:
            self._expanded[participants] = frozenset(self.lex.expand(split_list(participants)))
        return self._expanded[participants]

    def features(self, row: dict) -> tuple:
        """All that ``same`` looks at: rows alike in these merge alike. The dates are
        the first and last day (one of them when only one is known); the year is the
        date's, or for an undated row its article's."""
        date = _date_key(row)
        span = (row.get("start") or "", row.get("end") or date)  # "": the first day unknown
        year = (date or self.published.get(row["source_id"], ""))[:4]
        countries = frozenset(split_list(row.get("country") or ""))
        names = frozenset(self.translated.get(n, n) for n in name_key(row))
        return (row["participants"], span, self.province(row), year, countries, names,
                row.get("location") or "", names_its_year(row),
                "" if date else self.published.get(row["source_id"], ""))

    def verdict(self, a: tuple, b: tuple) -> int:
        """Whether rows with features ``a`` and ``b`` tell of one exercise: CLASH (they
        cannot), UNSURE (nothing clashes, too little agrees), SAME, or SAME_NAME (the
        same by the name their sources give it)."""
        key = (a, b)
        if key not in self._same:
            self._same[key] = self._decide(a, b)
        return self._same[key]

    def _decide(self, a: tuple, b: tuple) -> int:
        ((pa, (da, da_end), prov_a, year_a, ca, na, loc_a, edition_a, told_a),
         (pb, (db, db_end), prov_b, year_b, cb, nb, loc_b, edition_b, told_b)) = a, b
        # The name sources give it, the same in one year: one drill, though one source
        # tells of its staff in Dushanbe and another of its field phase at Fakhrabad
        named = bool(na & nb) and year_a == year_b
        if ca and cb and not ca & cb and not named:
            return CLASH  # "Belarus" and "Kyrgyzstan": two drills
        if year_a and year_b and abs(int(year_a) - int(year_b)) > 1:
            return CLASH  # an undated drill told in 2017 is not one held in 2021
        if not (year_a and year_b) and not named:
            return UNSURE  # a drill of an undated article, itself undated, is of any year
        if pa and pb and not (named and (edition_a or edition_b)):
            # (each report of "Vostok 2022" lists some of its fourteen countries)
            ea, eb = self.expanded(pa), self.expanded(pb)
            if not (ea <= eb or eb <= ea):
                return CLASH
        agree = 0
        if da_end and db_end:
            # "August 7 to 16" and "until August 16" meet: their spans share a day. A drill
            # known only by its last day began at most a month before, compared by the day;
            # by the month, in that month ("ended October 24" is no drill of September).
            n = min(len(da_end), len(db_end))
            da = da or (_month_before(da_end) if n == len("YYYY-MM-DD") else da_end)
            db = db or (_month_before(db_end) if n == len("YYYY-MM-DD") else db_end)
            if not _meet((da, da_end), (db, db_end)) and not (named and (edition_a
                                                                           or edition_b)):
                # (but "Peace Mission 2021" on 13 September in one report and "Peace
                # Mission" on 20-24 September 2021 in another is one edition its sources
                # date apart: a conflict)
                return CLASH
            # The same year says little: many drills are held in one year.
            agree += n >= len("YYYY-MM")
        if named:
            agree += 1
        elif prov_a and prov_b:
            # (one place the lexicon lacks, put in its province by one text only, is still
            # one place: "the Forish range in Jizzakh region" and "the Forish range")
            if prov_a != prov_b and loc_a != loc_b:
                return CLASH
            agree += 1
        elif ca and ca == cb and not (prov_a or prov_b):
            agree += 1  # both only "in Kyrgyzstan" ("Belarus" and "Brest" only do not clash)
        if set(split_list(pa)) & set(split_list(pb)):
            agree += 1
        # an undated report published while the other's drill ran (or days after): the
        # news of it ("the drills' closing ceremony", told on its last day)
        told, days = (told_a, (db, db_end)) if told_a else (told_b, (da, da_end))
        if (told and days[0] and days[1] and len(days[0]) == len(days[1]) == len("YYYY-MM-DD")
                and ca and ca == cb and _told_within_a_week(days[0], days[1], told, days=3)):
            agree += 1
        if agree < 2 and not (named and (edition_a or edition_b)):
            return UNSURE  # (an edition named with its year is one drill however little
            # else the reports say: "Search 2023" and "Search-2023")
        return SAME_NAME if named else SAME


def _joins(match: _Matcher, kinds: set[tuple], feat: tuple) -> bool:
    """Whether a row joins a group: it is the same exercise as every row of it, or it
    clashes with none and one of them gives it its name (an undated report of
    "Interaction 2022" beside an unnamed report of the same drills at Matybulak)."""
    unsure = named = False
    for k in kinds:  # (most groups are left at their first row: stop at a clash)
        v = match.verdict(k, feat)
        if v == CLASH:
            return False
        unsure |= v == UNSURE
        named |= v == SAME_NAME
    return named or not unsure


def _join_named_groups(match: _Matcher, groups: list[list[dict]], sources: list[set[str]],
                       kinds: list[set[tuple]]) -> list[list[dict]]:
    """Groups joined where a name reached one only after a report of that name was left
    apart: a plan of "Pabbi-Antiterror-2021", read before any report that both names the
    drill and tells its days, joins the group those reports make. Only groups that share
    a name are compared; a group joins the first earlier one it clashes with in nothing."""
    by_name: dict[str, list[int]] = {}
    alive = [True] * len(groups)
    for i, group_kinds in enumerate(kinds):
        names = set().union(*(k[5] for k in group_kinds))
        home = next((j for n in sorted(names) for j in by_name.get(n, ())
                     if alive[j] and not sources[i] & sources[j]
                     and all(_joins(match, kinds[j], f) for f in group_kinds)), None)
        if home is None:
            for n in names:
                by_name.setdefault(n, []).append(i)
            continue
        groups[home] += groups[i]
        sources[home] |= sources[i]
        kinds[home] |= group_kinds
        alive[i] = False
    return [g for g, keep in zip(groups, alive, strict=True) if keep]


_SIZE_KEYS = ("troops", "troops_min", "troops_max", "troops_qualifier")
_PLACE_KEYS = ("location", "country", "lat", "lon", "within")


def merge_exercises(rows: list[dict], lex: Lexicon, published: dict[str, str] | None = None
                    ) -> tuple[list[dict], list[dict]]:
    """Rows merged across sources, and the mentions (one per source row) behind them;
    ``published``: each source's publication date (ISO, any precision), which places an
    undated row in time."""
    match = _Matcher(lex, published)
    groups: list[list[dict]] = []
    sources: list[set[str]] = []  # per group, the sources already in it
    # Groups by their province ("" while none is known): rows that name different
    # provinces are never one exercise, so a row only meets groups of its province or
    # of none. Among the candidates the earliest group wins, as in a plain scan.
    by_province: dict[str, set[int]] = {}
    # And by the years of their rows: a row two years from every row of a group is
    # never of it (see _Matcher._decide), so only groups holding a row of its year, the
    # year next to it or none are looked at.
    by_year: dict[str, set[int]] = {}
    by_name: dict[str, set[int]] = {}  # and by the names sources give them (see _decide)
    by_place: dict[str, set[int]] = {}  # and by their places' own names (see _decide)
    province_of: list[str] = []
    kinds: list[set[tuple]] = []  # per group, the distinct features of its rows
    for row in rows:
        feat = match.features(row)
        prov = feat[2]
        if prov:
            candidates = by_province.get(prov, set()) | by_province.get("", set())
            candidates = candidates.union(*(by_name.get(n, ()) for n in feat[5]),
                                          by_place.get(feat[6], ()))
        else:
            candidates = set(range(len(groups)))
        if year := feat[3]:
            near = by_year.get("", set()).union(
                *(by_year.get(f"{int(year) + d:04d}", ()) for d in (-1, 0, 1)))
            candidates &= near
        # Of the groups it could join, the one whose sides are its own ("Russia, Uzbekistan
        # and Tajikistan" joins their drill, not the Russian-Uzbek one its days also
        # meet); then the earliest, as in a plain scan.
        home = None
        for i in sorted(candidates):
            if row["source_id"] in sources[i] or not _joins(match, kinds[i], feat):
                continue
            if any(k[0] == feat[0] for k in kinds[i]):
                home = i
                break
            if home is None:
                home = i
        if home is None:
            groups.append([row])
            sources.append({row["source_id"]})
            kinds.append({feat})
            province_of.append(prov)
            by_province.setdefault(prov, set()).add(len(groups) - 1)
            by_year.setdefault(feat[3], set()).add(len(groups) - 1)
            for n in feat[5]:
                by_name.setdefault(n, set()).add(len(groups) - 1)
            if feat[6]:
                by_place.setdefault(feat[6], set()).add(len(groups) - 1)
        else:
            for n in feat[5]:
                by_name.setdefault(n, set()).add(home)
            by_year.setdefault(feat[3], set()).add(home)
            if feat[6]:
                by_place.setdefault(feat[6], set()).add(home)
            groups[home].append(row)
            sources[home].add(row["source_id"])
            kinds[home].add(feat)
            if prov and not province_of[home]:
                by_province[""].discard(home)
                by_province.setdefault(prov, set()).add(home)
                province_of[home] = prov
    groups = _join_named_groups(match, groups, sources, kinds)
    merged, mentions = [], []
    for group in groups:
        # The row with the most to say leads; the others fill its gaps.
        lead = max(
            group,
            key=lambda r: (sum(1 for v in r.values() if v not in (None, "")), -group.index(r)),
        )
        out = dict(lead)
        lead_first = [lead] + [r for r in group if r is not lead]
        out["name"] = _common_name(lead_first) or out.get("name")
        for r in lead_first:
            for key, value in r.items():
                if out.get(key) in (None, "") and value not in (None, ""):
                    out[key] = value
        # the finest date, and of those the one with both bounds ("August 7 to 16" over
        # "until August 16"), a span over one day of it, and the one most reports give
        # ("September 26 to October 7" in three, "its active phase from October 1 to 5"
        # in one)
        told = Counter((r.get("start"), r.get("end")) for r in group)
        best = min(group, key=lambda r: (precision_rank(r.get("date_precision")),
                                         not (r.get("start") and r.get("end")),
                                         r.get("start") == r.get("end"),
                                         -told[(r.get("start"), r.get("end"))]))
        if best.get("start") or best.get("end"):
            out["start"], out["end"] = best.get("start"), best.get("end")
            out["date_precision"] = best.get("date_precision")
            if out["start"] and out["start"] == out["end"] and best.get("date_precision") == "day":
                # "launched on Tuesday" in one report, "concluded on August 13" in another:
                # the day it began and the day it ended
                ends = [r["end"] for r in group if not r.get("start") and r.get("end")
                        and r.get("date_precision") == "day" and r["end"] > out["start"]]
                if ends:
                    out["end"] = max(ends)
        # a drill moves on from planned to under way to over: the furthest any report
        # saw it go ("launched on Tuesday" in one, "concluded on August 13" in a later one)
        if "status" in out:
            out["status"] = max((r.get("status") or "" for r in group), key=_STAGES.index)
        # the size most reports give, the lead's among equals ("A total of 2,500 troops"
        # in two reports, "Approximately 200 Uzbek soldiers have arrived" in one)
        # (a floor another report's figure clears says no more than it: "tens of thousands
        # of troops" in one report, "more than 50,000 troops" in another)
        sized_rows = [r for r in group if r.get("troops") not in (None, "")]
        floors = {id(r) for r in sized_rows if _below_another(r, sized_rows)}
        sizes = Counter(r["troops"] for r in sized_rows if id(r) not in floors)
        if sizes and sizes.get(out.get("troops"), 0) < max(sizes.values()):
            top = max(sizes.values())
            sized = next(r for r in lead_first if sizes.get(r.get("troops"), 0) == top)
            for key in _SIZE_KEYS:
                if key in sized:
                    out[key] = sized[key]
        # and the province most reports put it in ("Chebarkul" in two, "Chelyabinsk" in one,
        # "Urumqi" where the staff met in one): the lead's place among equals
        regions = Counter(p for r in group if (p := match.province(r)))
        if regions and regions.get(match.province(out), 0) < max(regions.values()):
            top = max(regions.values())
            placed = next(r for r in lead_first if regions.get(match.province(r), 0) == top)
            for key in _PLACE_KEYS:
                if key in placed:
                    out[key] = placed[key]
        if match.is_province(out.get("location") or ""):
            # "Pabbi in Khyber-Pakhtunkhwa" in one report, "in the city of Pabbi" in another:
            # the town in that province, not the province
            home = match.province(out)
            finer = next((r for r in lead_first if match.is_site(r.get("location") or "")
                          and match.province(r) == home), None)
            if finer is not None:
                for key in _PLACE_KEYS:
                    if key in finer:
                        out[key] = finer[key]
        out["participants"] = _union(lead_first, "participants")
        out["source_ids"] = ";".join(sorted({r["source_id"] for r in group}))
        conflicts = []
        for key in ("troops", "start", "end", "location"):
            values = {r["source_id"]: r.get(key) for r in group if r.get(key) not in (None, "")
                      # (an end is told apart only by reports that give a span: "began
                      # on Monday" gives no end)
                      and (key != "end" or r.get("start") not in (None, "", r.get("end")))
                      and not (key == "troops" and id(r) in floors)}
            distinct = set(values.values())
            if key in ("start", "end"):
                distinct = {
                    v for v in distinct if not any(w != v and w.startswith(v) for w in distinct)
                }
            elif key == "location" and len({v.casefold() for v in distinct}) > 1:
                # "Ishkoshim" and "Gorno-Badakhshan": a district and its province agree
                distinct = {match.province(r) for r in group if r.get(key)} - {""}
            if len(distinct) > 1:
                # (a report's "2025" beside others' days disagrees with none of them)
                shown = values if key == "location" else {
                    s: v for s, v in values.items() if v in distinct}
                conflicts.append(
                    f"{key}: " + ", ".join(f"{s}={v}" for s, v in sorted(shown.items()))
                )
        out["conflicts"] = "; ".join(conflicts)
        out["troops_by_source"] = ";".join(
            r["troops_by_source"] for r in group if r.get("troops_by_source")
        )
        merged.append(out)
        for r in group:
            mentions.append(
                {
                    "table": "exercises",
                    "row_id": out["exercise_id"],
                    "source_id": r["source_id"],
                    "char_start": r["char_start"],
                    "char_end": r["char_end"],
                    "evidence": r["evidence"],
                }
            )
    return merged, mentions


# Meetings of no bloc: who met says which meeting it was.
_NO_BLOC = ("bilateral", "trilateral", "multilateral")


def _apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two meetings' attendees show different meetings: the delegations (ISO3
    codes) both list, or where neither lists any the people both name, have no one in
    common. A list of people and a list of delegations say nothing of each other (nor
    does a person a report lists beside its delegations: who told of the meeting may be
    among them)."""
    codes_a = {x for x in a if _CODE.fullmatch(x)}
    codes_b = {x for x in b if _CODE.fullmatch(x)}
    people_a, people_b = a - codes_a, b - codes_b
    if len(people_a) >= 2 and len(people_b) >= 2 and people_a - people_b and people_b - people_a:
        return True  # Singh with Sobirzoda and Singh with Khrenin: one side each apart
    if codes_a or codes_b:
        return bool(codes_a and codes_b) and not codes_a & codes_b
    return bool(a and b) and not a & b


_CODE = re.compile(r"[A-Z]{3}")


def _same_meeting(a: tuple, b: tuple) -> bool:
    """Whether meetings with features (body, level, (first day, last day), place, the
    article's publication, attendees) ``a`` and ``b`` are one: the same body and level on
    dates that meet ("July 4" and "July 3 to 4"); an undated one, in the same place (or one
    not given) and told within a week of the other's days; a bilateral one with someone
    in common."""
    (body_a, level_a, (da, da_end), place_a, pub_a, people_a, nth_a) = a
    (body_b, level_b, (db, db_end), place_b, pub_b, people_b, nth_b) = b
    if body_a != body_b and not (
            # (a report that names no body: "the summit in Astana, held from June 16 to
            # 18", beside "the China-Central Asia Summit" there on those days)
            not (body_a and body_b) and place_a and place_a == place_b and da and db
            and _meet((da, da_end), (db, db_end)) and level_a and level_b
            and _levels(level_a) & _levels(level_b)):
        return False
    if not body_a and not body_b and not (
            # (no body named: "the first-ever meeting of defense ministers of Central Asian
            # states", told twice, in the same place at the same level)
            place_a and place_a == place_b and level_a and _levels(level_a) == _levels(level_b)):
        return False
    if nth_a and nth_b:
        # "the 25th summit of the SCO": its number in the series says which, however
        # the reports date it (a plan, the banquet the night before, the session)
        return nth_a == nth_b and not (level_a and level_b and not (
            _levels(level_a) & _levels(level_b)))
    if body_a in _NO_BLOC and (_apart(people_a, people_b) or bool(level_a) != bool(level_b)
                               and not (da and db)):
        # Putin with Tokayev and Putin's envoy with Lukashenko: two meetings; an undated
        # report of the presidents' meeting is not their security chiefs' talks of a day
        # told (no level): too little agrees
        return False
    # (levels compare by what they share: "heads of state; foreign ministers" of a summit
    # told with the ministers' meetings before it is the "heads of state" summit)
    if level_a and level_b and not _levels(level_a) & _levels(level_b):
        return False
    if da and db:
        if place_a and place_b and place_a != place_b:
            return False  # "in Bishkek" and "in Moscow": two sessions, whatever their days
        # (a summit of two days told by its two days: "opened Monday" and "a banquet on
        # Sunday" in Tianjin)
        return _meet((da, da_end), (db, db_end)) or (
            (not (place_a and place_b) or place_a == place_b)
            and _next_day((da, da_end), (db, db_end)))
    if place_a and place_b and place_a != place_b:
        return False
    if not (da or db):
        # both undated: told in the same place (or one not given) within three days of
        # each other
        return bool(pub_a and pub_b) and _told_within_a_week(pub_a, pub_a, pub_b, days=3)
    # one undated, told within a week of the other's days, in the same place or where
    # one of them does not say ("Yesterday, X chaired the 16th meeting of ...")
    day, last, pub = (da, da_end, pub_b) if da else (db, db_end, pub_a)
    return _told_within_a_week(day, last or day, pub)


def _levels(level: str) -> set[str]:
    """The levels a meeting's ``level`` names, an attendee's office as its rank's plural
    ("foreign minister" with Muttaqi alone is a meeting of foreign ministers' rank)."""
    return {ROLE_LEVEL.get(x, x) for x in split_list(level)}


def _next_day(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether one span of ISO days ends the day before the other begins."""
    try:
        a0, a1, b0, b1 = (dt.date.fromisoformat(x or y) for x, y in
                          ((a[0], a[1]), (a[1], a[0]), (b[0], b[1]), (b[1], b[0])))
    except ValueError:
        return False  # a month or a year: no day to be next to
    one = dt.timedelta(days=1)
    return a1 + one == b0 or b1 + one == a0


def _told_within_a_week(first: str, last: str, pub: str, days: int = 7) -> bool:
    """Whether an article published on ``pub`` tells of days ``first``..``last`` as news:
    from a week before they begin (a preview) to a week (``days``) after they end (all
    ISO days)."""
    if min(len(first), len(last), len(pub)) == len("YYYY-MM"):
        # published "in November 2024": news of days in that month; a session known only
        # by its month ("in late October") is still news the month after
        until = last[:7]
        if len(last) == len("YYYY-MM"):
            year, month = int(last[:4]), int(last[5:7])
            until = f"{year + month // 12:04d}-{month % 12 + 1:02d}"
        return first[:7] <= pub[:7] <= until
    if min(len(first), len(last)) == len("YYYY"):
        # a session dated only "in 2025" (same body, level and place): told that year
        return first[:4] <= pub[:4] <= last[:4]
    try:
        a, b, p = (dt.date.fromisoformat(x) for x in (first, last, pub))
    except ValueError:
        return False  # a year is too coarse to say
    # (a preview a few days ahead: "will be held in Islamabad next week")
    return a - dt.timedelta(days=7) <= p <= b + dt.timedelta(days=days)


def merge_meetings(rows: list[dict], published: dict[str, str] | None = None,
                   lex: Lexicon | None = None) -> tuple[list[dict], list[dict]]:
    """Meetings of one body and level on compatible dates, in different sources, are one;
    ``published``: each source's publication date, which places an undated one; ``lex``
    knows whose leaders the attendees are."""
    published = published or {}
    groups: list[list[dict]] = []
    sources: list[set[str]] = []  # per group, as for exercises
    kinds: list[set[tuple]] = []
    for row in rows:
        date = _date_key(row)
        feat = (row["body"], row["level"], (date, row.get("end") or date), row.get("place") or "",
                published.get(row["source_id"], ""), frozenset(split_list(row.get("attendees"))),
                row.get("ordinal") or "")
        home = next(
            (i for i, kind in enumerate(kinds)
             if row["source_id"] not in sources[i] and (
                 all(_same_meeting(k, feat) for k in kind)
                 # one numbered as a report of the group numbers it ("the 25th Meeting of
                 # the SCO Council of Heads of State", told before it, undated) is that
                 # one, whatever reports that give no number say of its days
                 or feat[6] and any(k[6] == feat[6] and _same_meeting(k, feat) for k in kind)
                 and all(k[0] == feat[0] and k[6] in ("", feat[6]) for k in kind))),
            None,
        )
        if home is None:
            groups.append([row])
            sources.append({row["source_id"]})
            kinds.append({feat})
        else:
            groups[home].append(row)
            sources[home].add(row["source_id"])
            kinds[home].add(feat)
    merged, mentions = [], []
    for group in groups:
        out = dict(group[0])
        out["source_ids"] = ";".join(sorted({r["source_id"] for r in group}))
        for r in group[1:]:
            for key, value in r.items():
                if out.get(key) in (None, "") and value not in (None, ""):
                    out[key] = value
        for key in ("attendees", "topics"):
            out[key] = _union(group, key)  # who attended, what was discussed: any source
        people = _once_per_person(split_list(out["attendees"]))
        if lex is not None and len(group) > 1:
            people = _without_leaders_countries(people, lex)
        out["attendees"] = ";".join(people)
        finest = min(group, key=lambda r: precision_rank(r.get("date_precision")))
        if (finest.get("start") or finest.get("end")) and precision_rank(
                finest.get("date_precision")) < precision_rank(out.get("date_precision")):
            # "this year" in the first report, "on September 17" in another: the day
            for key in ("start", "end", "date_precision"):
                out[key] = finest.get(key)
        days = [r for r in group if r.get("date_precision") == "day" and r.get("start")]
        if len(days) > 1 and out.get("date_precision") == "day":
            # the days of all its reports: "on Sunday" and "from August 31 to September 1"
            out["start"] = min(r["start"] for r in days)
            out["end"] = max(r.get("end") or r["start"] for r in days)
        merged.append(out)
        for r in group:
            mentions.append(
                {
                    "table": "meetings",
                    "row_id": out["meeting_id"],
                    "source_id": r["source_id"],
                    "char_start": r["char_start"],
                    "char_end": r["char_end"],
                    "evidence": r["evidence"],
                }
            )
    return merged, mentions
