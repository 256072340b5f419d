"""`make bench`: how long the brief takes to build, and extraction throughput.

Report: a copy of the project (seeds, reports, _quarto.yml) in a temporary folder is
built with `briefgen build --engine embedded` in a fresh process, as `make report`
does once the venv is in place: cold (tables built, no brief and no caches), with
nothing changed, after editing one sentence of a .qmd, after editing one cell, after
adding one article. The engine's own breakdown (kernel, charts, pandoc, WeasyPrint)
is kept for each.

Extraction: copies of the seed articles with countries, places, numbers and years
swapped are written to a temporary folder outside the repository; the full data job
(read, clean, extract, merge, write) runs over them on every core, cold (no cache).

Prints one table and writes output/bench.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from briefgen.pipeline import build

_SWAPS = [
    ("Tajik", "Kyrgyz"),
    ("Khatlon", "Batken"),
    ("Dushanbe", "Bishkek"),
    ("Chinese", "Kazakh"),
    ("Armenia", "Uzbekistan"),
    ("Russia", "Kazakhstan"),
]


def make_corpus(seeds: Path, dest: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    originals = sorted(p for p in seeds.glob("*.txt"))
    meta = yaml.safe_load((seeds / "sources.yml").read_text())
    out_meta = {}
    for i in range(n):
        src = originals[i % len(originals)]
        text = src.read_text(encoding="utf-8")
        for a, b in rng.sample(_SWAPS, k=rng.randint(0, 3)):
            text = text.replace(a, b)
        text = re.sub(r"\b\d{1,3}(?:,\d{3})+\b", lambda m: f"{rng.randint(1, 30) * 500:,}", text)
        name = f"{i:05d}_{src.stem.split('_')[1]}.txt"
        (dest / name).write_text(f"{text}\n\nVariant {i}.\n", encoding="utf-8")
        entry = dict(meta[src.name])
        year = int(str(entry["published"])[:4]) + rng.randint(-3, 3)
        entry["published"] = f"{year}{str(entry['published'])[4:]}"
        out_meta[name] = entry
    (dest / "sources.yml").write_text(yaml.safe_dump(out_meta), encoding="utf-8")


def run(n: int, seeds: Path, workers: int | None) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="briefgen-bench-"))
    try:
        corpus, out = tmp / "seeds", tmp / "output"
        corpus.mkdir()
        make_corpus(seeds, corpus, n)
        t0 = time.perf_counter()
        result = build(corpus, out, workers=workers)
        elapsed = time.perf_counter() - t0
        t1 = time.perf_counter()
        build(corpus, out, workers=workers)
        warm = time.perf_counter() - t1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    peak_mb = (
        max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        )
        / 1024
    )
    return {
        "articles": n,
        "seconds": elapsed,
        "articles_per_s": n / elapsed,
        "warm_seconds": warm,
        "peak_mb": peak_mb,
        "summary": result.summary(),
    }


_STEPS = re.compile(r"(\w+) ([\d.]+) s")


def _build(project: Path) -> dict:
    """One `briefgen build` in a fresh process: wall seconds and the engine's breakdown."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "briefgen.cli", "build", "--engine", "embedded"],
        cwd=project, capture_output=True, text=True, check=False,
    )
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"briefgen build failed in {project}:\n{proc.stderr}")
    line = next((ln for ln in proc.stderr.splitlines() if ln.startswith("engine ")), "")
    steps = {k: float(v) for k, v in _STEPS.findall(line.split(";")[0])}
    return {"seconds": round(wall, 2), "steps": steps, "engine": line}


def run_report(root: Path) -> dict[str, dict]:
    tmp = Path(tempfile.mkdtemp(prefix="briefgen-bench-report-"))
    try:
        for name in ("seeds", "reports"):
            shutil.copytree(root / name, tmp / name)
        shutil.copy(root / "_quarto.yml", tmp)
        subprocess.run([sys.executable, "-m", "briefgen.cli", "extract"], cwd=tmp,
                       capture_output=True, check=True)
        out = {"cold (tables in place)": _build(tmp), "nothing changed": _build(tmp)}
        qmd = tmp / "reports" / "_meetings.qmd"
        qmd.write_text(qmd.read_text(encoding="utf-8").replace(
            "lists the meetings", "lists all the meetings"), encoding="utf-8")
        out["one .qmd sentence edited"] = _build(tmp)
        qmd.write_text(qmd.read_text(encoding="utf-8").replace(
            "print(sections.meetings_table(tables, lex))",
            "print(sections.meetings_table(tables, lex, limit=30))"), encoding="utf-8")
        out["one cell edited"] = _build(tmp)
        first = sorted((tmp / "seeds").glob("*.txt"))[0]
        text = first.read_text(encoding="utf-8")
        (tmp / "seeds" / "zz_added.txt").write_text(
            text.replace("2,500", "3,100").replace("Khatlon", "Sughd"), encoding="utf-8")
        out["one article added"] = _build(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="briefgen-bench")
    ap.add_argument("--articles", type=int, nargs="*", default=[1000, 10000])
    ap.add_argument("--seeds", default="seeds")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--no-report", action="store_true", help="extraction only")
    ap.add_argument("--out", default="output/bench.json")
    args = ap.parse_args(argv)
    results: dict = {"machine": {"cpus": os.cpu_count()}}
    if not args.no_report:
        report = run_report(Path(args.seeds).resolve().parent)
        results["report"] = report
        print(f"{'make report':<28} {'wall s':>7}  engine breakdown (s)")
        for name, r in report.items():
            steps = " ".join(f"{k}={v:.1f}" for k, v in r["steps"].items()) or "no work"
            print(f"{name:<28} {r['seconds']:>7.2f}  {steps}")
        print()
    results["extraction"] = []
    if args.articles:
        print(f"{'articles':>8} {'cold s':>8} {'art/s':>8} {'cached s':>9} {'peak MiB':>9}  "
              "tables")
    for n in args.articles:
        r = run(n, Path(args.seeds), args.workers)
        results["extraction"].append(r)
        print(
            f"{r['articles']:>8} {r['seconds']:>8.2f} {r['articles_per_s']:>8.0f} "
            f"{r['warm_seconds']:>9.2f} {r['peak_mb']:>9.0f}  {r['summary']}"
        )
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
