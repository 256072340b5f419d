"""The Quarto engine: ``quarto render`` through subprocess, when quarto is installed.

Quarto makes the HTML. It has no HTML-to-PDF path of its own (its PDF goes through
LaTeX and drops plotly figures), so the PDF always comes from the embedded engine's
print variant.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from briefgen.problems import BriefgenError


class QuartoFailed(BriefgenError):
    """quarto exited non-zero: carries its exit code and its own error text."""

    def __init__(self, returncode: int, stderr: str, file: str):
        self.returncode = returncode
        super().__init__(f"quarto render failed (exit {returncode}):\n{stderr.rstrip()}",
                         file=file)


@dataclass(frozen=True)
class QuartoRun:
    args: list[str]
    stdout: str
    stderr: str


def find_quarto() -> str | None:
    """$BRIEFGEN_QUARTO, else ``quarto`` on PATH."""
    explicit = os.environ.get("BRIEFGEN_QUARTO")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    return shutil.which("quarto")


def command(quarto: str, qmd: Path, params: dict[str, object]) -> list[str]:
    """``quarto render FILE --to html [-P key:value ...]`` (Quarto's parameter syntax)."""
    args = [quarto, "render", str(qmd), "--to", "html"]
    for key, value in params.items():
        args += ["-P", f"{key}:{value}"]
    return args


def render(qmd: Path, *, root: Path, params: dict | None = None,
           quarto: str | None = None) -> QuartoRun:
    quarto = quarto or find_quarto()
    if not quarto:
        raise BriefgenError("quarto is not installed", hint="use --engine embedded")
    args = command(quarto, qmd, params or {})
    proc = subprocess.run(args, cwd=root, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise QuartoFailed(proc.returncode, proc.stderr or proc.stdout, str(qmd))
    return QuartoRun(args, proc.stdout, proc.stderr)
