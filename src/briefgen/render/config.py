"""The options a document is rendered with: ``_quarto.yml`` merged under its front matter.

Quarto's rule, which we follow: the project file gives defaults, the document's front
matter wins; mappings merge key by key, any other value is replaced. Options under
``format: html:`` apply to the HTML; the PDF takes ``format: html:`` and then
``format: pdf:`` over it (the PDF is a print variant of the HTML here).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefgen.problems import BriefgenError

PROJECT_FILE = "_quarto.yml"

# Options the embedded engine understands; anything else gets a warning.
KNOWN = {
    "project", "title", "subtitle", "date", "author", "abstract", "lang", "toc", "toc-depth",
    "toc-title", "number-sections", "bibliography", "csl", "link-citations", "params",
    "execute", "format", "brief", "crossref", "execute-dir", "output-file",
}
KNOWN_EXECUTE = {"echo", "eval", "warning", "error", "output", "include", "timeout", "cache"}
KNOWN_FORMATS = {"html", "pdf"}


@dataclass(frozen=True)
class Project:
    root: Path
    config: dict  # the parsed _quarto.yml ({} when there is none)

    @property
    def output_dir(self) -> Path:
        out = (self.config.get("project") or {}).get("output-dir", "output")
        return self.root / out


def find_project(start: Path) -> Project:
    """The nearest directory at or above ``start`` holding ``_quarto.yml``."""
    start = Path(start).resolve()
    for d in [start if start.is_dir() else start.parent, *start.parents]:
        f = d / PROJECT_FILE
        if f.is_file():
            return Project(d, read_yaml(f, PROJECT_FILE))
    return Project(start if start.is_dir() else start.parent, {})


def read_yaml(path: Path, display: str) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise BriefgenError(f"invalid YAML{where}: {exc}", file=display) from None
    if not isinstance(data, dict):
        raise BriefgenError("expected a mapping of options", file=display)
    return data


def merge(base: dict, over: dict) -> dict:
    """Quarto's merge: mappings key by key, anything else replaced by ``over``."""
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def document_options(project: Project, front_matter: dict) -> dict:
    """Project defaults (without ``project:``) with the front matter over them."""
    defaults = {k: v for k, v in project.config.items() if k != "project"}
    return merge(defaults, front_matter)


def for_format(options: dict, fmt: str) -> dict:
    """Top-level options with ``format: html`` (and ``format: <fmt>``) merged over them."""
    formats = options.get("format") or {}
    if isinstance(formats, str):
        formats = {formats: {}}
    out = {k: v for k, v in options.items() if k != "format"}
    for name in ("html", fmt) if fmt != "html" else ("html",):
        section = formats.get(name)
        if isinstance(section, dict):
            out = merge(out, section)
    return out


def unsupported(options: dict) -> list[str]:
    """Names of options the embedded engine would ignore, for warnings."""
    names = [k for k in options if k not in KNOWN]
    names += [f"execute: {k}" for k in (options.get("execute") or {}) if k not in KNOWN_EXECUTE]
    formats = options.get("format") or {}
    if isinstance(formats, dict):
        names += [f"format: {k}" for k in formats if k not in KNOWN_FORMATS]
    return names


def option_line(text: str, key: str) -> int:
    """The line where ``key:`` first appears in a YAML text (1 when not found)."""
    for i, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith(f"{key}:"):
            return i
    return 1
