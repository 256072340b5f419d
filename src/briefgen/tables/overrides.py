"""seeds/overrides.yml: the analyst drops, patches or adds rows after extraction.

Every touched row says so in its ``override`` column, so the brief can list what
was corrected by hand. A problem with an entry is a warning naming the entry;
the entry is skipped and the rest still applies.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from briefgen.problems import Problem
from briefgen.tables.schema import COLUMNS, ID, SPAN_TEXT

ACTIONS = ("drop", "patch", "add")
ENTRY_FIELDS = {"table", "id", "action", "set", "row", "reason"}


def read_overrides(path: Path) -> tuple[list[dict], list[Problem]]:
    if not path.exists():
        return [], []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return [], [
            Problem(
                path.name,
                f"not valid YAML: {getattr(exc, 'problem', exc)}",
                where=f"line {mark.line + 1}" if mark else "",
                hint="fix the syntax; no override was applied",
            )
        ]
    if not isinstance(data, list):
        return [], [
            Problem(
                path.name,
                "must be a list of entries",
                hint="see the example at the top of the file",
            )
        ]
    return data, []


def apply_overrides(
    tables: dict[str, list[dict]],
    entries: list[dict],
    texts: dict[str, str],
    file: str = "overrides.yml",
) -> list[Problem]:
    """Apply ``entries`` to ``tables`` (lists of row dicts) in place."""
    problems: list[Problem] = []
    for n, entry in enumerate(entries, 1):
        where = f"entry {n}"
        if not isinstance(entry, dict):
            problems.append(Problem(file, "an entry must be a mapping", where=where))
            continue
        unknown = set(entry) - ENTRY_FIELDS
        table, action = entry.get("table"), entry.get("action")
        if unknown:
            problems.append(
                Problem(
                    file,
                    f"unknown field {sorted(unknown)[0]!r}",
                    where=where,
                    hint=f"fields: {', '.join(sorted(ENTRY_FIELDS))}",
                )
            )
            continue
        if table not in ID:
            problems.append(
                Problem(
                    file, f"unknown table {table!r}", where=where, hint=f"tables: {', '.join(ID)}"
                )
            )
            continue
        if action not in ACTIONS:
            problems.append(
                Problem(
                    file,
                    f"unknown action {action!r}",
                    where=where,
                    hint=f"actions: {', '.join(ACTIONS)}",
                )
            )
            continue
        reason = str(entry.get("reason") or "no reason given")
        rows = tables[table]
        key = ID[table]
        if action == "add":
            row = dict(entry.get("row") or {})
            bad = _check_span(row, table, texts)
            if bad:
                problems.append(
                    Problem(
                        file, bad, where=where, hint="quote the source exactly, with its offsets"
                    )
                )
                continue
            row.setdefault(key, f"{key[0]}-added-{n}")
            row["override"] = f"added: {reason}"
            rows.append(row)
            continue
        target = next((r for r in rows if r.get(key) == entry.get("id")), None)
        if target is None:
            problems.append(
                Problem(
                    file,
                    f"no row {entry.get('id')!r} in {table}",
                    where=where,
                    hint=f"use an id from output/data/{table}.csv",
                )
            )
            continue
        if action == "drop":
            rows.remove(target)
            continue
        changes = entry.get("set") or {}
        if not isinstance(changes, dict) or not changes:
            problems.append(
                Problem(file, "patch needs 'set' with the fields to change", where=where)
            )
            continue
        bad_cols = [c for c in changes if c not in COLUMNS[table] or c in (key, "override")]
        if bad_cols:
            problems.append(
                Problem(
                    file,
                    f"cannot set {bad_cols[0]!r} in {table}",
                    where=where,
                    hint=f"columns: {', '.join(COLUMNS[table])}",
                )
            )
            continue
        patched = {**target, **changes}
        bad = _check_span(patched, table, texts)
        if bad:
            problems.append(
                Problem(
                    file,
                    bad,
                    where=where,
                    hint="a patched quote must still be the source's exact words",
                )
            )
            continue
        target.update(changes)
        target["override"] = f"patched {', '.join(changes)}: {reason}"
    return problems


def _check_span(row: dict, table: str, texts: dict[str, str]) -> str:
    """'' if the row's span text is what its source says there, else the reason."""
    source = row.get("source_id")
    if source not in texts:
        return f"source_id {source!r} is not in the corpus"
    try:
        start, end = int(row["char_start"]), int(row["char_end"])
    except (KeyError, TypeError, ValueError):
        return "char_start and char_end must be given as numbers"
    field = SPAN_TEXT[table]
    if texts[source][start:end] != row.get(field):
        return f"{field} is not the text of {source} at [{start}:{end}]"
    return ""
