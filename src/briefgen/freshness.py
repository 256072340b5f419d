"""Are the tables up to date? A hash of every input they are built from.

Kept apart from the pipeline so that asking costs no pandas import: `make report`
with nothing changed answers from here.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from briefgen.ingest.corpus import SOURCES_FILE, seed_files
from briefgen.lexicon import default_path

# Bump when extraction changes what it finds (the code digest also catches any edit).
EXTRACTOR_VERSION = "1"
OVERRIDES_FILE = "overrides.yml"
TABLE_FILES = [f"{t}.{ext}" for t in ("sources", "exercises", "meetings", "claims", "mentions")
               for ext in ("csv", "parquet")] + ["references.json"]


def read_manifest(data_dir: Path) -> dict:
    try:
        return json.loads((data_dir / "manifest.json").read_text())
    except (OSError, ValueError):
        return {}


@functools.cache
def code_digest() -> str:
    """The data layer's own code: an edit to it makes the tables stale too."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for sub in ("ingest", "extract", "tables"):
        for path in sorted((root / sub).glob("*.py")):
            h.update(path.read_bytes())
    for name in ("pipeline.py", "freshness.py", "model.py", "lexicon.py"):
        h.update((root / name).read_bytes())
    return h.hexdigest()


def up_to_date(seeds: Path, out: Path, lexicon_path: Path | None = None) -> dict | None:
    """The manifest of the tables in ``out`` when they were built from exactly these
    inputs (and every table is there), else None."""
    data_dir = Path(out) / "data"
    manifest = read_manifest(data_dir)
    if manifest.get("inputs") != fingerprint(Path(seeds), lexicon_path):
        return None
    return manifest if all((data_dir / n).is_file() for n in TABLE_FILES) else None


def fingerprint(seeds: Path, lexicon_path: Path | None = None) -> str:
    """A hash of every input of the tables: seed files, metadata, overrides, lexicon
    and extractor version. The tables are stale when it changes."""
    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    h.update(code_digest().encode())
    paths = seed_files(seeds) + [
        seeds / SOURCES_FILE,
        seeds / OVERRIDES_FILE,
        Path(lexicon_path) if lexicon_path else default_path(),
    ]
    for p in paths:
        h.update(str(p.name).encode())
        if p.exists():
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()
