"""Render .qmd documents to HTML and PDF, through Quarto or the embedded engine.

Engines are chosen by name: ``quarto`` (subprocess), ``embedded`` (nbclient, pandoc,
WeasyPrint), ``auto`` (Quarto when it is installed).
"""

from __future__ import annotations

from pathlib import Path

from briefgen.problems import BriefgenError
from briefgen.render import embedded, quarto
from briefgen.render.embedded import Rendered

ENGINES = ("auto", "quarto", "embedded")


def choose(engine: str) -> str:
    """The engine that will run: ``auto`` means Quarto when found, else embedded."""
    if engine not in ENGINES:
        raise BriefgenError(f"unknown engine '{engine}'", hint=f"use one of {', '.join(ENGINES)}")
    if engine == "auto":
        return "quarto" if quarto.find_quarto() else "embedded"
    return engine


def render(qmd: Path, *, engine: str = "auto", formats: tuple[str, ...] = embedded.FORMATS,
           params: dict | None = None, use_cache: bool = True,
           check_quotes: bool = True) -> tuple[str, Rendered]:
    """Render ``qmd``; returns the engine used and what was written. With
    ``check_quotes`` the quotation check gates the embedded engine's outputs."""
    used = choose(engine)
    verify = _verify if check_quotes else None
    if used == "embedded":
        return used, embedded.render(Path(qmd), formats=formats, params=params,
                                     use_cache=use_cache, verify=verify)
    project = embedded.config.find_project(Path(qmd))
    result = Rendered()
    if "html" in formats:
        run = quarto.render(Path(qmd).resolve(), root=project.root, params=params)
        result.warnings += [line for line in run.stderr.splitlines() if "WARN" in line]
        result.outputs.append(_html_to_output_dir(Path(qmd), project))
    if "pdf" in formats:
        pdf = embedded.render(Path(qmd), formats=("pdf",), params=params, use_cache=use_cache,
                              verify=verify)
        result.outputs += pdf.outputs
        result.warnings += pdf.warnings
        result.timings.update(pdf.timings)
    return used, result


def _verify(staged: dict[str, Path], out_dir: Path) -> list[str]:
    from briefgen.check import check

    return check(staged.get("html"), staged.get("pdf"), out_dir / "data" / "text")


def _html_to_output_dir(qmd: Path, project) -> Path:
    """Quarto keeps the document's folder under output-dir (output/reports/brief.html);
    move the page to where the embedded engine puts it (output/brief.html)."""
    import os

    made = project.output_dir / qmd.resolve().relative_to(project.root).with_suffix(".html")
    target = project.output_dir / f"{qmd.stem}.html"
    if made != target and made.is_file():
        os.replace(made, target)
    return target


__all__ = ["ENGINES", "choose", "render", "Rendered"]
