"""The domain lexicon (data/lexicon.yml, or a file the analyst points to), compiled.

``Lexicon.entries`` maps every alias to what it names; ``Lexicon.pattern`` finds
them all in one pass, longest alias first.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml

from briefgen.extract.scan import anchored
from briefgen.problems import BriefgenError

T = TypeVar("T")


@dataclass(frozen=True)
class Entry:
    """What one alias names."""

    kind: str  # country | organisation | media | person | place | ministry
    id: str
    name: str
    form: str = "name"  # name | adjective
    data: tuple[tuple[str, object], ...] = ()

    def get(self, key: str, default: object = None) -> object:
        return dict(self.data).get(key, default)


@dataclass
class Lexicon:
    raw: dict
    digest: str
    entries: dict[str, Entry] = field(default_factory=dict)

    def derived(self, name: str, build: Callable[[Lexicon], T]) -> T:
        """What a module compiles from the lexicon (patterns, lookup tables), built
        the first time it is asked for and kept with the lexicon."""
        cache = self.__dict__.setdefault("_derived", {})
        if name not in cache:
            cache[name] = build(self)
        return cache[name]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        # A trie of the aliases, so that the engine branches on each next character
        # instead of trying hundreds of alternatives at every position; the longest
        # alias that ends at a word boundary wins, as with a longest-first alternation.
        # Adjectives also match inside compounds ("Tajik-Afghan", "Sino-Tajikistani").
        return re.compile(rf"(?<![\w]){trie_regex(self.entries)}(?![\w])")

    @cached_property
    def ministry_pattern(self) -> re.Pattern[str]:
        forms = {
            form: code for code, forms in self.raw.get("ministries", {}).items() for form in forms
        }
        self._ministry_codes = {f.casefold(): c for f, c in forms.items()}
        body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.I)
        return anchored(pattern, [f.split()[0] for f in forms if f.split()])

    def ministry_code(self, form: str) -> str:
        self.ministry_pattern  # noqa: B018 (fills the table)
        return self._ministry_codes.get(form.casefold(), "MIN")

    def words(self, key: str) -> list[str]:
        return list(self.raw.get("vocabulary", {}).get(key, []))

    def word_pattern(self, *keys: str) -> re.Pattern[str]:
        """Any word of the vocabulary lists ``keys``, as a whole word, ignoring case."""
        cache = self.__dict__.setdefault("_word_patterns", {})
        if keys not in cache:
            words = sorted({w for k in keys for w in self.words(k)}, key=len, reverse=True)
            body = "|".join(re.escape(w) for w in words)
            pattern = re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.I)
            cache[keys] = anchored(pattern, words)
        return cache[keys]

    def country_name(self, code: str) -> str:
        return self.raw["countries"].get(code, {}).get("name", code)

    def members(self, code: str) -> set[str]:
        org = self.raw.get("organisations", {}).get(code, {})
        if "parent" in org:
            return self.members(org["parent"])
        return set(org.get("members", []))

    def expand(self, codes) -> set[str]:
        """The codes with every organisation's members added: {CSTO} -> {CSTO, RUS, ...}."""
        out: set[str] = set()
        for c in codes:
            out |= self.members(c) | {c}
        return out

    def org_country(self, code: str) -> str:
        return str(self.raw.get("organisations", {}).get(code, {}).get("country", ""))

    def is_multinational(self, code: str) -> bool:
        org = self.raw.get("organisations", {}).get(code, {})
        return "members" in org or "parent" in org

    def place(self, place_id: str) -> dict:
        return self.raw.get("places", {}).get(place_id, {})

    def tags(self, section: str, text: str) -> list[str]:
        """Tags of ``section`` (topics, scenarios) whose keywords occur in ``text``."""
        low = text.casefold()
        # A keyword found as a substring is checked for its word start; most tags
        # have none of their keywords in a sentence, and ``in`` says so cheaply.
        return [
            tag
            for tag, keywords, pattern in self._tag_patterns(section)
            if any(k in low for k in keywords) and pattern.search(low)
        ]

    def _tag_patterns(self, section: str) -> list[tuple[str, tuple[str, ...], re.Pattern[str]]]:
        """One compiled pattern per tag: any of its keywords at the start of a word."""
        cache = self.__dict__.setdefault("_tag_cache", {})
        if section not in cache:
            cache[section] = [
                (
                    tag,
                    tuple(k.casefold() for k in keywords),
                    re.compile(
                        r"(?<![\w])(?:" + "|".join(re.escape(k.casefold()) for k in keywords) + ")"
                    ),
                )
                for tag, keywords in self.raw.get(section, {}).items()
                if keywords
            ]
        return cache[section]


def trie_regex(words) -> str:
    """A regex matching exactly ``words``, longest first, as a character trie."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not end else f"(?:{'|'.join(branches)})"
        if len(branches) == 1 and end:
            body = f"(?:{branches[0]})"
        return body + "?" if end else body

    return f"(?:{build(trie)})"


def _add(entries: dict[str, Entry], alias: str, entry: Entry, source: str) -> None:
    alias = str(alias).strip()
    if not alias:
        return
    if alias in entries and entries[alias].id != entry.id:
        raise BriefgenError(
            f"alias {alias!r} names both {entries[alias].id} and {entry.id}",
            file=source,
            hint="give each alias to one entry only",
        )
    entries[alias] = entry


def _build(raw: dict, source: str) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for code, c in raw.get("countries", {}).items():
        base = Entry("country", code, c["name"])
        for alias in [c["name"], *c.get("aliases", [])]:
            _add(entries, alias, base, source)
        for adj in c.get("adjectives", []):
            _add(entries, adj, Entry("country", code, c["name"], form="adjective"), source)
        for plural in c.get("people", []):
            _add(entries, plural, Entry("country", code, c["name"], form="people"), source)
    for section, kind in (("organisations", "organisation"), ("media", "media")):
        for code, o in raw.get(section, {}).items():
            if "seat" in o and o["seat"] not in raw.get("places", {}):
                raise BriefgenError(
                    f"{code!r} has seat {o['seat']!r}, which is no place of the lexicon",
                    file=source,
                    hint="give the id of an entry under places:",
                )
            data = tuple((k, v) for k, v in o.items() if k in ("country", "kind", "parent"))
            entry = Entry(kind, code, o["name"], data=data)
            for alias in [o["name"], *o.get("aliases", [])]:
                _add(entries, alias, entry, source)
    for pid, p in raw.get("people", {}).items():
        data = (("affiliation", p.get("affiliation", "")), ("role", p.get("role", "")))
        entry = Entry("person", pid, p["name"], data=data)
        for alias in [p["name"], *p.get("aliases", [])]:
            _add(entries, alias, entry, source)
    for pid, p in raw.get("places", {}).items():
        for key in ("name", "country", "lat", "lon"):
            if key not in p:
                raise BriefgenError(
                    f"place {pid!r} has no {key}",
                    file=source,
                    hint="places need name, country, lat and lon",
                )
        entry = Entry("place", pid, p["name"], data=tuple(p.items()))
        for alias in [p["name"], *p.get("aliases", [])]:
            _add(entries, alias, entry, source)
    return entries


_CACHE: dict[str, Lexicon] = {}


def default_path() -> Path:
    return Path(str(resources.files("briefgen") / "data" / "lexicon.yml"))


class _NoDuplicates(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when present
    """A YAML loader that refuses a key given twice in one mapping: YAML would keep the
    last silently, and an analyst's new entry would replace an older one unseen."""

    def construct_mapping(self, node, deep=False):  # noqa: ANN001, ANN201 - PyYAML's API
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice (lines {seen[key]} and {line})",
                    key_node.start_mark)
            seen[key] = line
        return super().construct_mapping(node, deep=deep)


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Load and check a lexicon file (the packaged one by default)."""
    path = Path(path) if path else default_path()
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest in _CACHE:
        return _CACHE[digest]
    try:
        # libyaml's loader when present: the lexicon is read by every build.
        raw = yaml.load(data, Loader=_NoDuplicates) or {}  # noqa: S506
    except yaml.constructor.ConstructorError as exc:
        raise BriefgenError(
            f"in the lexicon, {exc.problem}", file=path,
            hint="keep one entry under that key: merge the two or rename one",
        ) from exc
    except yaml.YAMLError as exc:
        raise BriefgenError(
            f"the lexicon is not valid YAML: {exc}", file=path, hint="fix the syntax"
        ) from exc
    lexicon = Lexicon(raw=raw, digest=digest, entries=_build(raw, str(path)))
    _CACHE[digest] = lexicon
    return lexicon
