"""Proposals, never decisions: unknown speakers that look like a person in the lexicon.

Fuzzy scores confuse people ("Sergei Shoigu" / "Sergei Lavrov" score 61 on a plain
ratio while "Shoigu" / "Shoygu" score 83), so nothing is merged here: the surname
must be close and the first names must not contradict, and the analyst decides by
adding an alias to the lexicon.
"""

from __future__ import annotations

import pandas as pd
from rapidfuzz import fuzz

from briefgen.lexicon import Lexicon

SURNAME_SCORE = 80  # rapidfuzz ratio of the surnames, 0-100


def _parts(name: str) -> tuple[str, str]:
    words = name.replace(".", " ").split()
    return (words[0].casefold() if len(words) > 1 else "", words[-1].casefold() if words else "")


def _compatible(first_a: str, first_b: str) -> bool:
    """First names that may be one person's: missing, an initial, or spelt alike."""
    if not first_a or not first_b:
        return True
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return fuzz.ratio(first_a, first_b) >= SURNAME_SCORE


def alias_proposals(claims: pd.DataFrame, lexicon: Lexicon) -> list[str]:
    """One line per unknown named speaker that resembles a lexicon person."""
    people = {}
    for alias, entry in lexicon.entries.items():
        if entry.kind == "person":
            people.setdefault(entry.id, (entry.name, set()))[1].add(alias)
    known = set(people)
    out = []
    unknown = claims[~claims["speaker_id"].isin(known)
                     & ~claims["speaker_id"].fillna("").str.startswith("anon:")]
    for name in sorted(set(unknown["speaker"])):
        first, surname = _parts(name)
        best = None
        for pid, (canonical, aliases) in people.items():
            for alias in aliases | {canonical}:
                a_first, a_surname = _parts(alias)
                score = fuzz.ratio(surname, a_surname)
                if score >= SURNAME_SCORE and _compatible(first, a_first) and (
                        best is None or score > best[0]):
                    best = (score, canonical, pid)
        if best:
            out.append(f"speaker '{name}' is not in the lexicon but resembles '{best[1]}' "
                       f"({best[2]}, surname score {best[0]:.0f}): if it is the same person, "
                       "add the spelling to that entry's aliases in the lexicon")
    return out
