"""The briefgen command: extract the tables, render the brief, or both (build)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefgen.problems import BriefgenError

# Exit codes (README "Exit codes").
OK, FATAL, STRICT_WARNINGS, USAGE = 0, 1, 3, 2


def _extract(args: argparse.Namespace) -> int:
    from briefgen.freshness import up_to_date

    seeds, out = Path(args.seeds), Path(args.out)
    manifest = None if args.rebuild else up_to_date(seeds, out, args.lexicon)
    if manifest is not None:  # nothing changed: the tables on disk are these inputs'
        for warning in manifest.get("warnings", []):
            print(f"warning: {warning}", file=sys.stderr)
        for note in manifest.get("notes", []):
            print(f"note: {note}", file=sys.stderr)
        print(f"{manifest.get('summary', '')} (unchanged)")
        return STRICT_WARNINGS if args.strict and manifest.get("warnings") else OK
    from tqdm import tqdm

    from briefgen.ingest.corpus import seed_files
    from briefgen.pipeline import build

    total = len(seed_files(seeds))
    bar = tqdm(
        total=total, unit="article", disable=total < 100 or not sys.stderr.isatty(), file=sys.stderr
    )
    result = build(seeds, out, lexicon_path=args.lexicon, progress=bar.update)
    bar.close()
    for problem in result.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    print(result.summary())
    if args.strict and (result.problems or result.warnings):
        return STRICT_WARNINGS
    return OK


def _params(pairs: list[str]) -> dict:
    """``-P key=value`` or Quarto's ``-P key:value``; values read as YAML (2020 -> int)."""
    import yaml

    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=") if "=" in pair else pair.partition(":")
        if not sep or not key.strip():
            raise BriefgenError(f"-P {pair}: expected key=value (or key:value)")
        out[key.strip()] = yaml.safe_load(value) if value.strip() else ""
    return out


def _report(used: str, result, started: float) -> None:
    import time

    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for path in result.outputs:
        print(f"wrote {path}")
    total = time.perf_counter() - started
    if result.unchanged:
        print(f"engine {used}: nothing changed, outputs up to date; total {total:.1f} s",
              file=sys.stderr)
        return
    steps = ", ".join(f"{k} {v:.1f} s" for k, v in result.timings.items() if k != "total")
    cached = " (cell outputs from cache)" if result.cells_cached else ""
    print(f"engine {used}{cached}: {steps}; total {total:.1f} s", file=sys.stderr)


def _render(args: argparse.Namespace) -> int:
    import time

    from briefgen import render

    started = time.perf_counter()
    if args.engine == "auto" and render.choose("auto") == "embedded":
        print("info: quarto not found; rendering with the embedded engine", file=sys.stderr)
    formats = tuple(args.to.split(",")) if args.to else render.embedded.FORMATS
    used, result = render.render(Path(args.qmd), engine=args.engine, formats=formats,
                                 params=_params(args.param), use_cache=not args.no_cache,
                                 check_quotes=not args.no_check)
    _report(used, result, started)
    if args.strict and result.warnings:
        return STRICT_WARNINGS
    return OK


def _check(args: argparse.Namespace) -> int:
    from briefgen.check import check

    out = Path(args.out)
    html, pdf = out / f"{args.name}.html", out / f"{args.name}.pdf"
    if not html.is_file() and not pdf.is_file():
        raise BriefgenError(f"neither {html} nor {pdf} exists", hint="run 'make report' first")
    problems = check(html if html.is_file() else None, pdf if pdf.is_file() else None,
                     out / "data" / "text")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return FATAL
    print(f"quotations verified: {', '.join(str(p) for p in (html, pdf) if p.is_file())}")
    return OK


def _same_inputs_as_the_document(args: argparse.Namespace) -> None:
    """The brief's cells load the project's own tables (seeds/ and the output-dir of
    _quarto.yml, the packaged lexicon): rendering after building others would show the
    project's corpus, or rebuild it over them. Say so before anything is written."""
    from briefgen.render import config

    project = config.find_project(Path(args.qmd))
    given = {"--seeds": (Path(args.seeds), project.root / "seeds"),
             "--out": (Path(args.out), project.output_dir)}
    for flag, (path, own) in given.items():
        if path.resolve() != own.resolve():
            raise BriefgenError(
                f"{flag} {path}: the brief is rendered from the project's "
                f"{own.relative_to(project.root)}/, not from another folder",
                hint=f"'briefgen extract {flag} {path}' builds the tables alone; for a brief "
                     "of another corpus, copy the project (seeds/, reports/, _quarto.yml) "
                     "and run 'briefgen build' in the copy")
    if args.lexicon:
        raise BriefgenError(
            f"--lexicon {args.lexicon}: the brief's cells load the tables with the packaged "
            "lexicon and would rebuild them with it",
            hint="edit src/briefgen/data/lexicon.yml, or use 'briefgen extract --lexicon' "
                 "for the tables alone")


def _build(args: argparse.Namespace) -> int:
    _same_inputs_as_the_document(args)
    code = _extract(args)
    if code not in (OK, STRICT_WARNINGS):
        return code
    render_code = _render(args)
    return render_code if render_code != OK else code


def _add_render_options(p: argparse.ArgumentParser) -> None:
    from briefgen.render import ENGINES

    p.add_argument("--engine", choices=ENGINES, default="auto",
                   help="quarto, embedded, or auto (quarto when installed)")
    p.add_argument("--to", default="", help="html, pdf or html,pdf (default: both)")
    p.add_argument("-P", "--param", action="append", default=[], metavar="KEY=VALUE",
                   help="set a document parameter (the cell tagged 'parameters')")
    p.add_argument("--no-cache", action="store_true", help="re-run every cell and chart")
    p.add_argument("--no-check", action="store_true",
                   help="skip the quotation check before the outputs are published")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefgen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="build the tables in OUT/data from the articles in SEEDS")
    p.add_argument("--seeds", default="seeds")
    p.add_argument("--out", default="output")
    p.add_argument("--lexicon", default=None, help="a lexicon file instead of the packaged one")
    p.add_argument("--strict", action="store_true", help="exit 3 when there are warnings")
    p.add_argument("--rebuild", action="store_true",
                   help="rebuild the tables even when no input changed")
    p.set_defaults(func=_extract)

    p = sub.add_parser("render", help="render a .qmd to OUT/<name>.html and .pdf")
    p.add_argument("qmd", nargs="?", default="reports/brief.qmd")
    _add_render_options(p)
    p.add_argument("--strict", action="store_true", help="exit 3 when there are warnings")
    p.set_defaults(func=_render)

    p = sub.add_parser("check", help="verify every quotation of the brief against its source")
    p.add_argument("--out", default="output")
    p.add_argument("--name", default="brief", help="OUT/NAME.html and OUT/NAME.pdf")
    p.set_defaults(func=_check)

    p = sub.add_parser("build", help="extract the tables, then render the brief")
    p.add_argument("qmd", nargs="?", default="reports/brief.qmd")
    p.add_argument("--seeds", default="seeds")
    p.add_argument("--out", default="output")
    p.add_argument("--lexicon", default=None)
    p.add_argument("--rebuild", action="store_true",
                   help="rebuild the tables even when no input changed")
    _add_render_options(p)
    p.add_argument("--strict", action="store_true", help="exit 3 when there are warnings")
    p.set_defaults(func=_build)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BriefgenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return getattr(exc, "returncode", FATAL)


if __name__ == "__main__":
    raise SystemExit(main())
