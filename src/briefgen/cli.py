"""The briefgen command: extract (and, as they land, render, check, eval, bench)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefgen.problems import BriefgenError

# Exit codes (README "Exit codes").
OK, FATAL, STRICT_WARNINGS, USAGE = 0, 1, 3, 2


def _extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from briefgen.ingest.corpus import seed_files
    from briefgen.pipeline import build

    seeds, out = Path(args.seeds), Path(args.out)
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
    print(result.summary())
    if args.strict and (result.problems or result.warnings):
        return STRICT_WARNINGS
    return OK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefgen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="build the tables in OUT/data from the articles in SEEDS")
    p.add_argument("--seeds", default="seeds")
    p.add_argument("--out", default="output")
    p.add_argument("--lexicon", default=None, help="a lexicon file instead of the packaged one")
    p.add_argument("--strict", action="store_true", help="exit 3 when there are warnings")
    p.set_defaults(func=_extract)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BriefgenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return FATAL


if __name__ == "__main__":
    raise SystemExit(main())
