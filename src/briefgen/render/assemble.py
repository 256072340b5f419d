"""Turn a parsed document and its cell outputs into one pandoc Markdown text.

What Quarto does between running the cells and calling pandoc, for the features the
README lists: cell options, figure and table captions with numbers, cross-references,
section numbers, callouts, the pagebreak shortcode. Plotly figures become
placeholders (``<div class="bg-chart" data-chart="N">``) that the HTML and the PDF
fill in their own way. Pure: text in, text out.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field

from briefgen.render.execute import traceback_text
from briefgen.render.qmd import CELL_OPTIONS, Cell, Document, Markdown

PLOTLY_MIME = "application/vnd.plotly.v1+json"
CALLOUTS = {"note": "Note", "tip": "Tip", "warning": "Warning", "important": "Important",
            "caution": "Caution"}

_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*?)(?:\s+\{(?P<attrs>[^}]*)\})?\s*$")
_XREF = re.compile(r"(?P<open>\[)?(?P<minus>-)?(?<![\w@\\])@(?P<label>(?:fig|tbl|sec)-[\w-]*\w)"
                   r"(?(open)\])")
_CALLOUT = re.compile(r"^(?P<colons>:{3,})\s*\{?\s*\.?callout-(?P<kind>\w+)(?P<attrs>[^}]*)\}?\s*$")
_TITLE_ATTR = re.compile(r'title\s*=\s*"(?P<title>[^"]*)"')
_SHORTCODE = re.compile(r"\{\{<\s*(?P<name>[\w-]+)(?P<args>[^>]*?)\s*>\}\}")
_FENCE = re.compile(r"^(`{3,}|~{3,})")

# Quarto features that would come out wrong here: (pattern, what to call it).
_UNSUPPORTED = [
    (re.compile(r"^:{3,}.*\.panel-tabset"), "tabsets (.panel-tabset)"),
    (re.compile(r"^:{3,}.*\.column-"), "page columns (.column-*)"),
    (re.compile(r"^:{3,}.*layout-ncol|^:{3,}.*layout="), "figure layouts (layout-ncol)"),
    (re.compile(r"^:{3,}.*\.content-(visible|hidden)"), "conditional content (.content-*)"),
    (re.compile(r"(?<![\w\\])@eq-"), "equation cross-references (@eq-)"),
    (re.compile(r"`\{python\}"), "inline expressions (`{python} ...`)"),
]


@dataclass
class Assembled:
    markdown: str
    charts: list[dict] = field(default_factory=list)  # plotly JSON, by placeholder number
    warnings: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # "fig-x" -> "Figure 1"


def raw_html(content: str) -> str:
    """A raw HTML block whose fence no content can close early."""
    longest = max((len(m) for m in re.findall(r"`+", content)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"\n{fence}{{=html}}\n{content}\n{fence}\n"


def code_block(text: str, classes: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"\n{fence} {{{classes}}}\n{text.rstrip()}\n{fence}\n"


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def _output_markdown(output: dict, asis: bool, warning: bool, charts: list[dict]) -> str:
    kind = output.get("output_type")
    if kind == "stream":
        text = _text(output.get("text", ""))
        if output.get("name") == "stderr":
            return code_block(text, ".cell-output-stderr") if warning and text.strip() else ""
        return f"\n{text}\n" if asis else code_block(text, ".cell-output-stdout")
    if kind == "error":
        return code_block(traceback_text(output), ".cell-output-error")
    data = output.get("data") or {}
    if PLOTLY_MIME in data:
        charts.append(data[PLOTLY_MIME])
        return raw_html(f'<div class="bg-chart" data-chart="{len(charts) - 1}"></div>')
    if "text/markdown" in data:
        return f"\n{_text(data['text/markdown'])}\n"
    if "text/html" in data:
        return raw_html(_text(data["text/html"]))
    if "image/svg+xml" in data:
        return raw_html(f'<div class="cell-image">{_text(data["image/svg+xml"])}</div>')
    if "image/png" in data:
        b64 = _text(data["image/png"]).replace("\n", "")
        base64.b64decode(b64, validate=True)  # a broken image fails here, not in the browser
        return raw_html(f'<img class="cell-image" src="data:image/png;base64,{b64}" alt="">')
    if "text/plain" in data:
        text = _text(data["text/plain"])
        return f"\n{text}\n" if asis else code_block(text, ".cell-output-display")
    return ""


def _cell_markdown(cell: Cell, outputs: list[dict], defaults: dict, charts: list[dict],
                   numbers: dict[str, str], warnings: list[str]) -> str:
    opts = cell.options
    for name in opts:
        if name not in CELL_OPTIONS:
            warnings.append(f"{cell.where}: cell option '{name}' is not supported by the "
                            "embedded engine and is ignored")
    if cell.lang != "python":
        warnings.append(f"{cell.where}: {cell.lang} cells are not supported by the embedded "
                        "engine; the cell is shown as code and not run")
        return code_block(cell.code, f".{cell.lang}")
    if not opts.get("include", defaults.get("include", True)):
        return ""
    parts = []
    if opts.get("echo", defaults.get("echo", False)):
        parts.append(code_block(cell.code, ".python .cell-code"))
    output = opts.get("output", defaults.get("output", True))
    if output is not False:
        asis = output == "asis"
        warn = opts.get("warning", defaults.get("warning", True))
        parts += [_output_markdown(o, asis, warn, charts) for o in outputs]
    body = "".join(parts)
    label = cell.label
    if label.startswith("fig-"):
        cap = opts.get("fig-cap", "")
        caption = f"{numbers[label]}: {cap}" if cap else numbers[label]
        return (f"\n::: {{#{label} .quarto-figure}}\n{body}\n"
                f"::: {{.figure-caption}}\n{caption}\n:::\n:::\n")
    if label.startswith("tbl-"):
        cap = opts.get("tbl-cap", "")
        caption = f"{numbers[label]}: {cap}" if cap else numbers[label]
        return (f"\n::: {{#{label} .quarto-table}}\n::: {{.table-caption}}\n{caption}\n:::\n"
                f"{body}\n:::\n")
    if opts.get("fig-cap") or opts.get("tbl-cap"):
        warnings.append(f"{cell.where}: a caption needs a 'label' starting with fig- or tbl-; "
                        "the caption is not shown")
    return body


def _lines_outside_code(text: str):
    """(index, line) for every line that is not inside a fenced code or raw block."""
    fence = None
    for i, line in enumerate(text.split("\n")):
        m = _FENCE.match(line)
        if fence:
            if m and line.strip().startswith(fence) and line.strip() == line.strip()[0] * len(
                    line.strip()) and len(line.strip()) >= len(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        yield i, line


def _check_markdown(block: Markdown, warnings: list[str]) -> None:
    for i, line in _lines_outside_code(block.text):
        where = f"{block.where.file}:{block.where.line + i}"
        for pattern, feature in _UNSUPPORTED:
            if pattern.search(line):
                warnings.append(f"{where}: {feature} are not supported by the embedded engine")
        for sc in _SHORTCODE.finditer(line):
            if sc.group("name") not in ("pagebreak",):
                warnings.append(f"{where}: the shortcode '{{{{< {sc.group('name')} >}}}}' is not "
                                "supported by the embedded engine and is shown as text")


def _number_headings(text: str, number_sections: bool, labels: dict[str, str]) -> str:
    lines = text.split("\n")
    headings = [(i, _HEADING.match(line)) for i, line in _lines_outside_code(text)]
    headings = [(i, m) for i, m in headings if m]
    top = min((len(m.group("hashes")) for _, m in headings), default=1)
    counters = [0] * 7
    for i, m in headings:
        attrs = m.group("attrs") or ""
        level = len(m.group("hashes")) - top + 1
        ident = next((a[1:] for a in attrs.split() if a.startswith("#")), "")
        unnumbered = ".unnumbered" in attrs.split() or "-" in attrs.split()
        if not number_sections or unnumbered or level < 1:
            if ident.startswith("sec-"):
                labels[ident] = m.group("text")
            continue
        counters[level] += 1
        for deeper in range(level + 1, 7):
            counters[deeper] = 0
        number = ".".join(str(c) for c in counters[1 : level + 1])
        if ident.startswith("sec-"):
            labels[ident] = f"Section {number}"
        suffix = f" {{{attrs}}}" if attrs else ""
        lines[i] = (f'{m.group("hashes")} [{number}]{{.header-section-number}} '
                    f'{m.group("text")}{suffix}')
    return "\n".join(lines)


def _callouts(text: str) -> str:
    lines = text.split("\n")
    out = []
    outside = {i for i, _ in _lines_outside_code(text)}
    for i, line in enumerate(lines):
        m = _CALLOUT.match(line) if i in outside else None
        if not m or m.group("kind") not in CALLOUTS:
            out.append(line)
            continue
        t = _TITLE_ATTR.search(m.group("attrs"))
        title = t.group("title") if t else CALLOUTS[m.group("kind")]
        out.append(f"{m.group('colons')} {{.callout .callout-{m.group('kind')}}}")
        out.append(f"[{title}]{{.callout-title}}\n")
    return "\n".join(out)


def _cross_references(text: str, labels: dict[str, str], warnings: list[str]) -> str:
    lines = text.split("\n")
    for i, line in _lines_outside_code(text):
        def link(m: re.Match) -> str:
            label = m.group("label")
            if label not in labels:
                warnings.append(f"the cross-reference @{label} points at no figure, table or "
                                "section label; it is shown as ?@" + label)
                return f"?\\@{label}"
            name = labels[label]
            if m.group("minus"):  # [-@fig-x]: the number alone
                name = name.split(" ", 1)[-1]
            return f"[{name}](#{label})"
        lines[i] = _XREF.sub(link, line)
    return "\n".join(lines)


def _pagebreaks(text: str) -> str:
    return re.sub(r"^\{\{<\s*pagebreak\s*>\}\}\s*$",
                  lambda _: raw_html('<div class="page-break"></div>').strip("\n"),
                  text, flags=re.M)


def assemble(doc: Document, outputs: list[list[dict]], options: dict) -> Assembled:
    """The document as pandoc Markdown, with cell outputs in place of the cells."""
    defaults = options.get("execute") or {}
    warnings = list(doc.warnings)
    labels: dict[str, str] = {}
    counts = {"fig": 0, "tbl": 0}
    for cell in doc.cells:  # figures and tables are numbered in document order
        kind = cell.label.split("-", 1)[0]
        if kind in counts and cell.label:
            counts[kind] += 1
            labels[cell.label] = f"{'Figure' if kind == 'fig' else 'Table'} {counts[kind]}"
    charts: list[dict] = []
    parts = []
    # One list of outputs per cell of the document, in order (zip checks the count).
    outputs_by_cell = dict(zip(map(id, doc.cells), outputs, strict=True))
    for block in doc.blocks:
        if isinstance(block, Markdown):
            _check_markdown(block, warnings)
            parts.append(block.text)
        else:
            parts.append(_cell_markdown(block, outputs_by_cell[id(block)], defaults, charts,
                                        labels, warnings))
    text = "\n\n".join(parts)
    text = _number_headings(text, bool(options.get("number-sections")), labels)
    text = _callouts(text)
    text = _pagebreaks(text)
    text = _cross_references(text, labels, warnings)
    return Assembled(text, charts, warnings, labels)
