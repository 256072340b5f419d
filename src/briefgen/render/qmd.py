"""Read a .qmd file into front matter, Markdown blocks and code cells.

Pure text processing: includes are expanded here (``{{< include file >}}``, relative
to the including file, as Quarto does), and every block keeps the file and line it
came from so that warnings and cell errors can point at them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefgen.problems import BriefgenError

# Cell options the embedded engine honours (README "Quarto features").
CELL_OPTIONS = {"echo", "eval", "output", "include", "warning", "label", "fig-cap", "tbl-cap",
                "tags", "error"}

_FENCE = re.compile(r"^(?P<ticks>`{3,})\s*\{(?P<lang>[A-Za-z0-9_+-]+)(?P<rest>[^}]*)\}\s*$")
_PLAIN_FENCE = re.compile(r"^(?P<ticks>`{3,}|~{3,})")
_SHORTCODE = re.compile(r"\{\{<\s*(?P<name>[\w-]+)(?P<args>[^>]*?)\s*>\}\}")
_OPTION = re.compile(r"^#\|\s?(?P<text>.*)$")


@dataclass(frozen=True)
class Where:
    """A place in a source file, for messages: ``reports/brief.qmd:12``."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Markdown:
    text: str
    where: Where


@dataclass(frozen=True)
class Cell:
    code: str
    options: dict
    lang: str
    where: Where  # the line of the opening fence

    @property
    def label(self) -> str:
        return str(self.options.get("label") or "")


@dataclass
class Document:
    path: Path
    front_matter: dict
    blocks: list[Markdown | Cell]
    warnings: list[str] = field(default_factory=list)

    @property
    def cells(self) -> list[Cell]:
        return [b for b in self.blocks if isinstance(b, Cell)]


def split_front_matter(text: str, file: str) -> tuple[dict, str, int]:
    """(front matter, rest of the text, line number where the rest starts)."""
    if not text.startswith("---"):
        return {}, text, 1
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            try:
                meta = yaml.safe_load("\n".join(lines[1:i])) or {}
            except yaml.YAMLError as exc:
                raise BriefgenError(
                    f"the front matter is not valid YAML: {exc}",
                    file=file,
                    hint="fix the YAML between the first two '---' lines",
                ) from None
            if not isinstance(meta, dict):
                raise BriefgenError("the front matter must be a mapping of options", file=file)
            return meta, "\n".join(lines[i + 1 :]), i + 2
    raise BriefgenError(
        "the front matter has no closing '---' line", file=file, hint="add '---' after it"
    )


def _cell_options(lines: list[str], where: Where) -> tuple[dict, list[str]]:
    """The ``#| key: value`` lines at the top of a cell, parsed as YAML."""
    option_lines = []
    for line in lines:
        m = _OPTION.match(line)
        if not m:
            break
        option_lines.append(m.group("text"))
    try:
        options = yaml.safe_load("\n".join(option_lines)) or {} if option_lines else {}
    except yaml.YAMLError as exc:
        raise BriefgenError(
            f"line {where.line}: the cell options ('#|' lines) are not valid YAML: {exc}",
            file=where.file,
        ) from None
    if not isinstance(options, dict):
        raise BriefgenError(
            f"line {where.line}: cell options must be 'key: value' lines", file=where.file
        )
    return options, lines[len(option_lines) :]


def _include(name: str, args: str, base: Path, where: Where, stack: tuple[Path, ...]):
    target = (base.parent / args.strip().strip("\"'")).resolve()
    if target in stack:
        raise BriefgenError(
            f"line {where.line}: '{{{{< include {args.strip()} >}}}}' includes itself",
            file=where.file,
        )
    if not target.is_file():
        raise BriefgenError(
            f"line {where.line}: the included file {args.strip()} does not exist",
            file=where.file,
            hint=f"looked for {target}",
        )
    return target


def _parse_body(
    text: str, path: Path, first_line: int, stack: tuple[Path, ...], warnings: list[str],
    root: Path,
) -> list[Markdown | Cell]:
    display = display_path(path, root)
    lines = text.split("\n")
    blocks: list[Markdown | Cell] = []
    md: list[str] = []
    md_start = first_line
    i = 0

    def flush(next_line: int) -> None:
        nonlocal md, md_start
        if md and any(x.strip() for x in md):
            blocks.append(Markdown("\n".join(md), Where(display, md_start)))
        md, md_start = [], next_line

    while i < len(lines):
        line = lines[i]
        lineno = first_line + i
        fence = _FENCE.match(line)
        if fence:
            flush(lineno)
            ticks = fence.group("ticks")
            body: list[str] = []
            j = i + 1
            while j < len(lines) and not lines[j].startswith(ticks):
                body.append(lines[j])
                j += 1
            if j == len(lines):
                raise BriefgenError(
                    f"line {lineno}: the code cell opened here is never closed",
                    file=display, hint=f"add a line with {ticks} after the cell",
                )
            where = Where(display, lineno)
            options, code = _cell_options(body, where)
            if fence.group("rest").strip():
                warnings.append(
                    f"{where}: options inside the cell's braces ({fence.group('rest').strip()}) "
                    "are not supported; write them as '#| key: value' lines"
                )
            blocks.append(Cell("\n".join(code), options, fence.group("lang"), where))
            i = j + 1
            md_start = first_line + i
            continue
        plain = _PLAIN_FENCE.match(line)
        if plain:  # an ordinary code block: copied as is, never scanned for shortcodes
            ticks = plain.group("ticks")
            md.append(line)
            i += 1
            while i < len(lines):
                md.append(lines[i])
                i += 1
                if lines[i - 1].startswith(ticks):
                    break
            continue
        sc = _SHORTCODE.search(line)
        if sc and sc.group("name") == "include" and line.strip() == sc.group(0):
            flush(lineno + 1)
            target = _include("include", sc.group("args"), path, Where(display, lineno), stack)
            meta, sub, start = split_front_matter(target.read_text(encoding="utf-8"), str(target))
            if meta:
                warnings.append(
                    f"{display_path(target, root)}:1: front matter in an included file is ignored "
                    "(as in Quarto)"
                )
            blocks.extend(_parse_body(sub, target, start, stack + (target,), warnings, root))
            i += 1
            continue
        md.append(line)
        i += 1
    flush(first_line + i)
    return blocks


def display_path(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def read_qmd(path: Path, root: Path | None = None) -> Document:
    """Parse ``path``; file names in messages are relative to ``root`` (the project)."""
    path = Path(path)
    root = Path(root) if root else path.parent
    display = display_path(path, root)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BriefgenError("the document does not exist", file=display) from None
    except UnicodeDecodeError as exc:
        raise BriefgenError(f"the document is not UTF-8 text ({exc})", file=display) from None
    meta, body, start = split_front_matter(text, display)
    warnings: list[str] = []
    blocks = _parse_body(body, path.resolve(), start, (path.resolve(),), warnings, root)
    return Document(path, meta, blocks, warnings)
