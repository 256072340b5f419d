"""The embedded engine: a .qmd rendered without Quarto, from the parts Quarto uses.

    read (qmd + includes) → options (_quarto.yml under front matter) → run cells
    (nbclient) → assemble Markdown → pandoc (citeproc) → HTML page / print page
    → WeasyPrint

Each output is written atomically; a failure anywhere leaves the previous files.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefgen import atomic
from briefgen.problems import BriefgenError
from briefgen.render import charts, config, page, pandoc
from briefgen.render.assemble import assemble
from briefgen.render.execute import cached_outputs, run_cells
from briefgen.render.qmd import display_path, read_qmd

FORMATS = ("html", "pdf")
STAGING = ".staging"  # under the output dir: same file system, so the final move is atomic
CODE_SUFFIXES = (".py", ".yml", ".json", ".css", ".js")


@dataclass
class Rendered:
    outputs: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # step -> seconds
    cells_cached: bool = False
    unchanged: bool = False  # nothing changed since the outputs were written: no work done


def code_key() -> str:
    """A hash of briefgen's own code: the brief's helpers shape cell outputs too."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def data_key(root: Path) -> str:
    """The inputs of the tables the cells read (seeds, overrides, lexicon)."""
    seeds = root / "seeds"
    if not seeds.is_dir():
        return ""
    from briefgen.freshness import fingerprint

    return fingerprint(seeds)


def _option_warnings(project: config.Project, doc, options: dict, source: str) -> list[str]:
    """One warning per option the engine would ignore, at the line that sets it."""
    out = []
    for name in config.unsupported(options):
        top = name.split(": ")[0]
        if top in doc.front_matter:
            where = f"{source}:{config.option_line(doc.path.read_text(encoding='utf-8'), top)}"
        else:
            text = (project.root / config.PROJECT_FILE).read_text(encoding="utf-8")
            where = f"{config.PROJECT_FILE}:{config.option_line(text, top)}"
        out.append(f"{where}: the option '{name}' is not supported by the embedded engine "
                   "and is ignored")
    return out


def _fingerprint(doc, options: dict, params: dict | None, root: Path, inputs: str) -> str:
    """Everything an output depends on: the document and its includes as parsed, the
    merged options and parameters, and ``inputs`` (the tables' inputs and briefgen's
    code, as the cell cache keys on them)."""
    h = hashlib.sha256()
    blocks = [(type(b).__name__, str(b.where), getattr(b, "text", ""), getattr(b, "code", ""),
               repr(sorted(getattr(b, "options", {}).items(), key=str))) for b in doc.blocks]
    h.update(repr((blocks, sorted(options.items(), key=str), sorted((params or {}).items(),
                  key=str))).encode())
    bib = options.get("bibliography")
    for b in [bib] if isinstance(bib, str) else list(bib or []):
        path = root / b
        h.update(path.read_bytes() if path.is_file() else b"")
    h.update(inputs.encode())
    return h.hexdigest()


def _stamp(out_dir: Path, stem: str, fmt: str) -> Path:
    return out_dir / "cache" / "render" / f"{stem}.{fmt}.json"


def _record(out_dir: Path, stem: str, fmt: str, fingerprint: str) -> None:
    import json

    digest = hashlib.sha256((out_dir / f"{stem}.{fmt}").read_bytes()).hexdigest()
    atomic.write_text(_stamp(out_dir, stem, fmt),
                      json.dumps({"inputs": fingerprint, "output": digest}))


def _up_to_date(out_dir: Path, stem: str, fmt: str, fingerprint: str) -> bool:
    """The output exists, is the one we wrote, and was made from these inputs."""
    import json

    stamp, output = _stamp(out_dir, stem, fmt), out_dir / f"{stem}.{fmt}"
    if not stamp.is_file() or not output.is_file():
        return False
    recorded = json.loads(stamp.read_text(encoding="utf-8"))
    return (recorded.get("inputs") == fingerprint
            and recorded.get("output") == hashlib.sha256(output.read_bytes()).hexdigest())


def render(
    qmd: Path,
    *,
    formats: tuple[str, ...] = FORMATS,
    params: dict | None = None,
    out_dir: Path | None = None,
    use_cache: bool = True,
    verify: Callable[[dict[str, Path], Path], list[str]] | None = None,
) -> Rendered:
    """Render ``qmd`` to ``<out_dir>/<stem>.html`` and/or ``.pdf``.

    The outputs are first written to ``<out_dir>/.staging/``; ``verify(staged,
    out_dir)`` (the quotation check) sees them there, and only when it finds no
    problem are they moved into place. Otherwise the previous outputs stay."""
    result = Rendered()
    clock = time.perf_counter
    t0 = clock()
    project = config.find_project(Path(qmd))
    doc = read_qmd(Path(qmd), project.root)
    options = config.document_options(project, doc.front_matter)
    out_dir = Path(out_dir) if out_dir else project.output_dir
    source = display_path(doc.path, project.root)
    result.warnings += _option_warnings(project, doc, options, source)

    stem = Path(options.get("output-file") or doc.path.stem).stem
    # Hashed once: seeds, lexicon and package files are read for it.
    keys = data_key(project.root) + code_key()
    fingerprint = _fingerprint(doc, options, params, project.root, keys)
    if use_cache and all(_up_to_date(out_dir, stem, fmt, fingerprint) for fmt in formats):
        result.outputs = [out_dir / f"{stem}.{fmt}" for fmt in formats]
        result.cells_cached = True
        result.timings["total"] = clock() - t0
        result.unchanged = True
        return result

    execute = options.get("execute") or {}
    execute_dir = (project.config.get("project") or {}).get("execute-dir", "file")
    cwd = project.root if execute_dir == "project" else doc.path.parent
    merged_params = {**(options.get("params") or {}), **(params or {})}
    result.timings["parse"] = clock() - t0

    cell_cache = out_dir / "cache" / "cells" if use_cache and execute.get("cache", True) \
        else None
    # When the kernel has to run, Chromium starts meanwhile (in a thread) for the PDF's
    # charts: its two seconds of start-up overlap the kernel's.
    outputs_file = cached_outputs(doc.cells, merged_params, keys, execute, cell_cache)
    session = None
    if "pdf" in formats and not (outputs_file and outputs_file.is_file()):
        session = charts.Session()
    try:
        t = clock()
        executed = run_cells(
            doc.cells, cwd=cwd, params=merged_params, defaults=execute,
            timeout=float(execute.get("timeout", 300)),
            data_key=keys, cache_dir=cell_cache,
        )
        result.cells_cached = executed.cached
        result.timings["kernel"] = clock() - t

        for fmt in formats:
            if fmt not in FORMATS:
                raise BriefgenError(f"unknown format '{fmt}'", hint="use html or pdf")
        fmt_options = {fmt: config.for_format(options, fmt) for fmt in formats}
        staged: dict[str, Path] = {}
        pdf_failure: BriefgenError | None = None

        # One Markdown and one pandoc run serve both formats when their options agree.
        converted = {}
        for fmt in formats:
            t = clock()
            assembled = assemble(doc, executed.outputs, fmt_options[fmt])
            if fmt == formats[0]:
                result.warnings += assembled.warnings
            key = (assembled.markdown, repr(sorted(fmt_options[fmt].items(), key=str)))
            cached = next((c for k, c in converted.values() if k == key), None)
            conv = cached or pandoc.to_html(
                assembled.markdown, fmt_options[fmt], project.root, source,
                meanwhile=_load_pdf_engine if "pdf" in formats else None)
            if cached is None and fmt == formats[0]:
                result.warnings += conv.warnings
            converted[fmt] = (key, conv)
            result.timings["pandoc"] = result.timings.get("pandoc", 0) + clock() - t
            parts = page.split_parts(fmt_options[fmt], conv.toc, conv.body)

            if fmt == "html":
                t = clock()
                text = page.html_page(parts, assembled.charts,
                                      out_dir / "cache" / "fonts" if use_cache else None)
                staged[fmt] = out_dir / STAGING / f"{stem}.html"
                atomic.write_text(staged[fmt], text)
                result.timings["html"] = clock() - t
            else:
                t = clock()
                try:
                    svgs = charts.to_svg(
                        assembled.charts, out_dir / "cache" / "charts" if use_cache else None,
                        session,
                    )
                except BriefgenError as exc:
                    if not staged:
                        raise
                    pdf_failure = exc  # e.g. no Chromium: the HTML is still published
                    break
                result.timings["charts"] = clock() - t
                if session:  # its thread ends here: the check may then fork
                    session.close()
                    session = None
                t = clock()
                pdf = _pdf(page.print_page(parts, svgs), project.root)
                staged[fmt] = out_dir / STAGING / f"{stem}.pdf"
                atomic.write_bytes(staged[fmt], pdf)
                result.timings["weasyprint"] = clock() - t
        if verify:
            t = clock()
            problems = verify(staged, out_dir)
            result.timings["check"] = clock() - t
            if problems:
                for path in staged.values():
                    path.unlink(missing_ok=True)
                raise BriefgenError(
                    "the quotation check failed; the previous outputs were left in place:\n  "
                    + "\n  ".join(problems),
                    file=source,
                    hint="a quotation must be verbatim in the analysed text of the source it "
                    "cites (output/data/text/); look at overrides.yml and the brief's cells",
                )
        for fmt, path in staged.items():
            target = out_dir / path.name
            os.replace(path, target)
            _record(out_dir, stem, fmt, fingerprint)
            result.outputs.append(target)
        if pdf_failure:
            raise pdf_failure
        result.timings["total"] = clock() - t0
        return result
    finally:
        if session:
            session.close()


def _load_pdf_engine() -> None:
    """Import WeasyPrint and the PDF reader of the check (half a second) while pandoc runs."""
    import pdfminer.converter  # noqa: F401
    import pdfminer.pdfinterp  # noqa: F401
    import weasyprint  # noqa: F401


def _pdf(html_text: str, base: Path) -> bytes:
    import logging

    from weasyprint import HTML

    # WeasyPrint logs every CSS property it skips; the print CSS is ours and tested.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    return HTML(string=html_text, base_url=str(base)).write_pdf()
