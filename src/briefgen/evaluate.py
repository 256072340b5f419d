"""`make eval`: precision, recall and F1 per table against a hand-written gold file.

A predicted row matches a gold row when they speak of the same thing: for an
exercise, a shared source, the same location and participants overlapping by
half or more; for a meeting, the same source, body and level; for a claim, the
same source and a quote that begins with the gold's words. Each gold row is
matched at most once. Claims also get speaker accuracy over matched rows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from briefgen.pipeline import build
from briefgen.tables.schema import split_list


def _prefix(source_id: str) -> str:
    return source_id.split("_")[0]


def _match_exercise(pred: dict, gold: dict) -> bool:
    sources = {_prefix(s) for s in split_list(pred["source_ids"])}
    if not sources & {str(s).zfill(3) for s in gold["sources"]}:
        return False
    if (pred["location"] or "") != (gold.get("location") or ""):
        return False
    a, b = set(split_list(pred["participants"])), set(gold["participants"])
    return len(a & b) / max(1, len(a | b)) >= 0.5


def _match_meeting(pred: dict, gold: dict) -> bool:
    return (
        _prefix(pred["source_id"]) == str(gold["source"])
        and pred["body"] == gold["body"]
        and (pred["level"] or "") == (gold.get("level") or "")
    )


def _match_claim(pred: dict, gold: dict) -> bool:
    return _prefix(pred["source_id"]) == str(gold["source"]) and str(pred["quote"]).startswith(
        gold["quote"]
    )


def score(pred_rows: list[dict], gold_rows: list[dict], match) -> dict:
    used: set[int] = set()
    pairs = []
    for p in pred_rows:
        j = next((i for i, g in enumerate(gold_rows) if i not in used and match(p, g)), None)
        if j is not None:
            used.add(j)
            pairs.append((p, gold_rows[j]))
    tp = len(pairs)
    precision = tp / len(pred_rows) if pred_rows else 1.0
    recall = tp / len(gold_rows) if gold_rows else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "predicted": len(pred_rows),
        "gold": len(gold_rows),
        "matched": tp,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "pairs": pairs,
    }


def evaluate(seeds: Path, gold_dir: Path, out: Path) -> dict[str, dict]:
    tables = build(seeds, out, workers=1).tables
    gold = {}
    for path in sorted(gold_dir.glob("*.yml")):
        for key, rows in (yaml.safe_load(path.read_text()) or {}).items():
            gold.setdefault(key, []).extend(rows)
    records = {
        name: tables[name].to_dict("records") for name in ("exercises", "meetings", "claims")
    }
    results = {
        "exercises": score(records["exercises"], gold.get("exercises", []), _match_exercise),
        "meetings": score(records["meetings"], gold.get("meetings", []), _match_meeting),
        "claims": score(records["claims"], gold.get("claims", []), _match_claim),
    }
    pairs = results["claims"]["pairs"]
    results["claims"]["speaker_accuracy"] = (
        sum(p["speaker"] == g["speaker"] for p, g in pairs) / len(pairs) if pairs else 0.0
    )
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="briefgen-eval")
    ap.add_argument("--seeds", default="seeds")
    ap.add_argument("--gold", default="tests/gold")
    ap.add_argument("--out", default="output")
    args = ap.parse_args(argv)
    results = evaluate(Path(args.seeds), Path(args.gold), Path(args.out))
    print(f"{'table':<10} {'pred':>5} {'gold':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for name, r in results.items():
        print(
            f"{name:<10} {r['predicted']:>5} {r['gold']:>5} {r['matched']:>5} "
            f"{r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}"
        )
    print(f"claims speaker accuracy: {results['claims']['speaker_accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
