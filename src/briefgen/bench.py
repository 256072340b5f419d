"""`make bench`: extraction throughput on a corpus made by varying the seeds.

Copies of the seed articles with countries, places, numbers and years swapped
are written to a temporary folder outside the repository; the full data job
(read, clean, extract, merge, write) runs over them on every core, cold (no
cache). Prints articles per second and peak memory.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import shutil
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="briefgen-bench")
    ap.add_argument("--articles", type=int, nargs="+", default=[1000])
    ap.add_argument("--seeds", default="seeds")
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args(argv)
    print(f"{'articles':>8} {'cold s':>8} {'art/s':>8} {'cached s':>9} {'peak MiB':>9}  tables")
    for n in args.articles:
        r = run(n, Path(args.seeds), args.workers)
        print(
            f"{r['articles']:>8} {r['seconds']:>8.2f} {r['articles_per_s']:>8.0f} "
            f"{r['warm_seconds']:>9.2f} {r['peak_mb']:>9.0f}  {r['summary']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
