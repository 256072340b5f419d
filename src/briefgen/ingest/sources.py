"""seeds/sources.yml: publication facts per file, validated field by field."""

from __future__ import annotations

from pathlib import Path

import yaml

from briefgen.model import PubDate, SourceMeta
from briefgen.problems import Problem

FIELDS = ("title", "outlet", "author", "published", "url")


class _TextDates(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml: 30x faster
    """YAML without implicit timestamps: ``published: 2015-13-45`` stays the text the
    analyst typed, so it is reported as a malformed date instead of crashing the
    loader (and a valid one is parsed by PubDate at its own precision)."""


_TextDates.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_sources(path: Path, files: set[str]) -> tuple[dict[str, SourceMeta], list[Problem]]:
    """Read sources.yml. Problems are returned, never raised: a bad entry loses its
    bad field (or the whole file, if it is not YAML), and the corpus still builds."""
    problems: list[Problem] = []
    name = path.name
    if not path.exists():
        return {}, problems
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TextDates)  # noqa: S506
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(
            Problem(
                name,
                f"not valid YAML: {reason}",
                where=where,
                hint="fix the syntax; no metadata was read from it",
            )
        )
        return {}, problems
    except UnicodeDecodeError:
        problems.append(Problem(name, "not UTF-8 text", hint="save it as UTF-8"))
        return {}, problems
    if data is None:
        return {}, problems
    if not isinstance(data, dict):
        problems.append(
            Problem(name, "must map file names to their facts", hint="see the example in README.md")
        )
        return {}, problems

    metas: dict[str, SourceMeta] = {}
    for entry, facts in data.items():
        entry = str(entry)
        if entry not in files:
            problems.append(
                Problem(
                    name,
                    f"entry {entry!r} names no file in the seeds folder",
                    where=entry,
                    hint="fix the file name or remove the entry",
                )
            )
            continue
        if not isinstance(facts, dict):
            problems.append(
                Problem(
                    name,
                    "entry must be a mapping of fields",
                    where=entry,
                    hint=f"fields: {', '.join(FIELDS)}",
                )
            )
            continue
        values: dict[str, object] = {}
        for key, value in facts.items():
            if key not in FIELDS:
                problems.append(
                    Problem(
                        name,
                        f"unknown field {key!r}",
                        where=f"{entry}.{key}",
                        hint=f"fields: {', '.join(FIELDS)}",
                    )
                )
                continue
            if value is None:
                continue
            if key == "published":
                try:
                    values[key] = PubDate.parse(value)
                except ValueError as exc:
                    problems.append(
                        Problem(
                            name,
                            f"malformed date: {exc}",
                            where=f"{entry}.{key}",
                            hint="write YYYY-MM-DD, YYYY-MM or YYYY",
                        )
                    )
                continue
            values[key] = str(value).strip()
        metas[entry] = SourceMeta(**values)
    return metas, problems
