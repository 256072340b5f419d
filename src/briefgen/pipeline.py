"""The data job: seeds/ -> output/data/ (tables, analysed texts, manifest).

Articles stream through one at a time (or through a process pool on large
corpora); each one's rows are cached by a hash of everything that decides them,
so a rebuild re-extracts only what changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from briefgen import atomic
from briefgen.extract.article import ArticleRows, extract_article
from briefgen.freshness import EXTRACTOR_VERSION, OVERRIDES_FILE, fingerprint, up_to_date
from briefgen.ingest.corpus import read_corpus
from briefgen.lexicon import Lexicon, default_path, load_lexicon
from briefgen.model import Article
from briefgen.problems import Problem
from briefgen.tables import references
from briefgen.tables.merge import merge_exercises, merge_meetings
from briefgen.tables.overrides import apply_overrides, read_overrides
from briefgen.tables.proposals import alias_proposals
from briefgen.tables.store import read_tables, to_frame, write_manifest, write_tables

# Bump when extraction changes what it finds: the per-article cache keys on it.
PARALLEL_FROM = 200  # below this many articles a pool costs more than it saves


@dataclass
class Result:
    tables: dict[str, pd.DataFrame]
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reused: int = 0  # articles whose rows came from the cache
    notes: list[str] = field(default_factory=list)  # proposals for the analyst, not problems

    def summary(self) -> str:
        t = self.tables
        dup = (t["sources"]["duplicate_of"] != "").sum()
        extra = f" ({dup} duplicate{'s' if dup != 1 else ''} skipped)" if dup else ""
        return (
            f"{len(t['sources']) - dup} sources{extra}, {len(t['exercises'])} exercises, "
            f"{len(t['meetings'])} meetings, {len(t['claims'])} claims"
        )


def _cache_key(article: Article, lexicon: Lexicon) -> str:
    meta = json.dumps(asdict(article.meta), sort_keys=True, default=str)
    h = hashlib.sha256()
    for part in (article.content_hash, article.source_id, meta, lexicon.digest, EXTRACTOR_VERSION):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


_WORKER_LEXICON: Lexicon | None = None


def _init_worker(lexicon_path: str) -> None:
    global _WORKER_LEXICON
    _WORKER_LEXICON = load_lexicon(Path(lexicon_path))


def _rows_json(rows: ArticleRows) -> str:
    # The rows are plain dicts already: no dataclasses.asdict deep copy (it was a
    # fifth of a cold build's time in the parent process).
    return json.dumps({"source_id": rows.source_id, "exercises": rows.exercises,
                       "meetings": rows.meetings, "claims": rows.claims}, sort_keys=True)


def _extract_and_cache(article: Article, lexicon: Lexicon, cache_file: str | None
                       ) -> ArticleRows:
    rows = extract_article(article, lexicon)
    if cache_file:  # written where the work is done: in parallel, off the parent
        atomic.write_text(Path(cache_file), _rows_json(rows), durable=False)
    return rows


def _extract_in_worker(job: tuple[Article, str | None]) -> ArticleRows:
    return _extract_and_cache(job[0], _WORKER_LEXICON, job[1])


def _rows_for(
    jobs: list[tuple[Article, str | None]], lexicon: Lexicon, lexicon_path: Path, workers: int
) -> Iterator[ArticleRows]:
    """Rows for each (article, cache file to write or None), in order."""
    if workers > 1 and len(jobs) >= PARALLEL_FROM:
        with ProcessPoolExecutor(
            workers, initializer=_init_worker, initargs=(str(lexicon_path),)
        ) as pool:
            yield from pool.map(_extract_in_worker, jobs, chunksize=64)
    else:
        for article, cache_file in jobs:
            yield _extract_and_cache(article, lexicon, cache_file)


def build(
    seeds: Path,
    out: Path,
    *,
    lexicon_path: Path | None = None,
    progress: Callable[[int], object] | None = None,
    workers: int | None = None,
    write: bool = True,
) -> Result:
    """Extract the corpus in ``seeds`` into tables under ``out/data``."""
    seeds, out = Path(seeds), Path(out)
    lexicon_path = Path(lexicon_path) if lexicon_path else default_path()
    lexicon = load_lexicon(lexicon_path)
    workers = workers or os.cpu_count() or 1
    data_dir = out / "data"
    cache_dir = out / "cache" / "extract"

    stream, problems = read_corpus(seeds)
    articles: list[Article] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}
    sources: list[dict] = []
    for item in stream:
        if progress:
            progress(1)
        if isinstance(item, Problem):
            problems.append(item)
            continue
        warnings.extend(item.warnings)
        dup = seen.get(item.content_hash, "")
        if item.source_id in {a.source_id for a in articles[-1:]} or any(
            s["source_id"] == item.source_id for s in sources
        ):
            problems.append(
                Problem(
                    item.file,
                    f"another file has the same name stem {item.source_id!r}",
                    hint="rename one of them",
                )
            )
            continue
        if dup:
            warnings.append(f"{item.file}: same text as {dup}; counted once")
        else:
            seen[item.content_hash] = item.file
            articles.append(item)
        m = item.meta
        sources.append(
            {
                "source_id": item.source_id,
                "file": item.file,
                "title": m.title,
                "outlet": m.outlet,
                "author": m.author,
                "published": m.published.iso() if m.published else "",
                "url": m.url,
                "words": item.words,
                "duplicate_of": dup,
            }
        )

    # Rows: from the cache where nothing that decides them has changed.
    per_article: dict[str, ArticleRows] = {}
    todo: list[Article] = []
    keys = {a.source_id: _cache_key(a, lexicon) for a in articles}
    for a in articles:
        cached = cache_dir / f"{keys[a.source_id]}.json"
        if cached.exists():
            try:
                per_article[a.source_id] = ArticleRows(**json.loads(cached.read_text()))
                continue
            except (OSError, ValueError, TypeError):
                pass
        todo.append(a)
    jobs = [(a, str(cache_dir / f"{keys[a.source_id]}.json") if write else None)
            for a in todo]
    for rows in _rows_for(jobs, lexicon, lexicon_path, workers):
        per_article[rows.source_id] = rows

    ordered = [per_article[a.source_id] for a in articles]
    exercises, ex_mentions = merge_exercises([r for a in ordered for r in a.exercises], lexicon)
    meetings, mt_mentions = merge_meetings([r for a in ordered for r in a.meetings])
    claims = [dict(r, override="") for a in ordered for r in a.claims]
    for row in exercises + meetings:
        row.setdefault("override", "")
    tables = {"exercises": exercises, "meetings": meetings, "claims": claims}
    texts = {a.source_id: a.text for a in articles}
    entries, override_problems = read_overrides(seeds / OVERRIDES_FILE)
    override_problems += apply_overrides(tables, entries, texts, OVERRIDES_FILE)
    problems.extend(override_problems)

    frames = {
        "sources": to_frame("sources", sources),
        "exercises": to_frame("exercises", tables["exercises"]),
        "meetings": to_frame("meetings", tables["meetings"]),
        "claims": to_frame("claims", tables["claims"]),
        "mentions": to_frame("mentions", ex_mentions + mt_mentions),
    }
    result = Result(frames, problems, warnings, reused=len(articles) - len(todo),
                    notes=alias_proposals(frames["claims"], lexicon))
    if write:
        for a in articles:
            path = data_dir / "text" / f"{a.source_id}.txt"
            if not path.exists() or path.read_text(encoding="utf-8") != a.text:
                atomic.write_text(path, a.text, durable=False)
        write_tables(frames, data_dir)
        atomic.write_text(data_dir / "references.json", references.to_json(frames["sources"]))
        write_manifest(
            data_dir,
            {
                "inputs": fingerprint(seeds, lexicon_path),
                "summary": result.summary(),
                "warnings": [str(p) for p in result.problems] + list(result.warnings),
                "notes": result.notes,
            },
        )
    return result


def load(
    seeds: str | Path = "seeds", out: str | Path = "output", rebuild: bool = False
) -> dict[str, pd.DataFrame]:
    """The tables as DataFrames: sources, exercises, meetings, claims, mentions.

    Built first when missing or stale (an input changed since they were written).
    """
    seeds, out = Path(seeds), Path(out)
    if rebuild or up_to_date(seeds, out) is None:
        return build(seeds, out).tables
    return read_tables(out / "data")


def analysed_text(source_id: str, out: str | Path = "output") -> str:
    return (Path(out) / "data" / "text" / f"{source_id}.txt").read_text(encoding="utf-8")
