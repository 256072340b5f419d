"""Markdown to an HTML body and table of contents, through pandoc with citeproc.

The pandoc binary is the one the ``pypandoc-binary`` wheel ships. Pandoc runs once
per document; the HTML page and the print variant are both built from its output.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefgen.problems import BriefgenError

_SPLIT = "<!--briefgen:body-->"
_TEMPLATE = f"$if(toc)$$table-of-contents$$endif$\n{_SPLIT}\n$body$\n"


@dataclass(frozen=True)
class Converted:
    toc: str  # <ul> ... </ul> (empty without toc)
    body: str
    warnings: list[str]


def pandoc_path() -> str:
    try:
        import pypandoc
    except ImportError:  # pragma: no cover - a dependency of the package
        raise BriefgenError(
            "pandoc is missing", hint="pip install pypandoc-binary (make report does it)"
        ) from None
    return pypandoc.get_pandoc_path()


def to_html(markdown: str, options: dict, root: Path, source: str,
            meanwhile: Callable[[], object] | None = None) -> Converted:
    """``options`` are the document's merged options (title, toc, bibliography, ...).
    ``meanwhile`` is called while pandoc runs (work that can overlap it)."""
    meta: dict = {"link-citations": options.get("link-citations", True),
                  "link-bibliography": True}
    for key in ("lang", "toc-title", "reference-section-title"):
        if options.get(key):
            meta[key] = options[key]
    bib = options.get("bibliography")
    bibs = [bib] if isinstance(bib, str) else list(bib or [])
    resolved = []
    for b in bibs:
        path = (root / b).resolve()
        if not path.is_file():
            raise BriefgenError(
                f"the bibliography {b} does not exist", file=source,
                hint="run 'make data' (it writes output/data/references.json) or fix the path",
            )
        resolved.append(str(path))
    if resolved:
        meta["bibliography"] = resolved
    if options.get("csl"):
        meta["csl"] = str((root / options["csl"]).resolve())

    with tempfile.TemporaryDirectory(prefix="briefgen-pandoc-") as tmp:
        tmpdir = Path(tmp)
        (tmpdir / "template.html").write_text(_TEMPLATE, encoding="utf-8")
        (tmpdir / "meta.yml").write_text(yaml.safe_dump(meta), encoding="utf-8")
        (tmpdir / "input.md").write_text(markdown, encoding="utf-8")
        args = [
            pandoc_path(), "--from", "markdown-implicit_figures", "--to", "html5",
            "--section-divs", "--wrap=none", "--template", str(tmpdir / "template.html"),
            "--metadata-file", str(tmpdir / "meta.yml"),
        ]
        if resolved:
            args.append("--citeproc")
        if options.get("toc"):
            args += ["--toc", f"--toc-depth={int(options.get('toc-depth', 3))}"]
        args.append(str(tmpdir / "input.md"))
        # The input is a file, so pandoc works on its own while ``meanwhile`` runs.
        with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              cwd=root) as proc:
            try:
                if meanwhile:
                    meanwhile()
            finally:
                stdout, stderr_bytes = proc.communicate()
    stderr = stderr_bytes.decode("utf-8", "replace")
    if proc.returncode != 0:
        raise BriefgenError(f"pandoc failed (exit {proc.returncode}):\n{stderr.strip()}",
                            file=source)
    out = stdout.decode("utf-8")
    toc, _, body = out.partition(_SPLIT)
    warnings = [f"{source}: pandoc: {line.strip()}" for line in stderr.splitlines()
                if line.strip()]
    return Converted(toc.strip(), body.strip(), warnings)
