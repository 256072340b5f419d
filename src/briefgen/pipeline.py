"""The data job: seeds/ -> output/data/ (tables, analysed texts, manifest).

Articles stream through one at a time (or through a process pool on large
corpora); each one's rows are cached by a hash of everything that decides them,
so a rebuild re-extracts only what changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import pandas as pd

from briefgen import atomic
from briefgen.extract.article import ArticleRows, extract_article
from briefgen.freshness import (
    EXTRACTOR_VERSION,
    OVERRIDES_FILE,
    code_digest,
    fingerprint,
    up_to_date,
)
from briefgen.ingest.corpus import plan_corpus, read_one
from briefgen.lexicon import Lexicon, default_path, load_lexicon
from briefgen.model import Article, SourceMeta
from briefgen.problems import Problem
from briefgen.tables import references
from briefgen.tables.merge import merge_exercises, merge_meetings
from briefgen.tables.overrides import apply_overrides, read_overrides
from briefgen.tables.proposals import alias_proposals
from briefgen.tables.rowcache import RowCache
from briefgen.tables.store import read_tables, to_frame, write_manifest, write_tables

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
    """What decides an article's rows: its analysed text, name and metadata, the lexicon,
    and the data layer's code (an edit to an extractor must not reuse old rows)."""
    meta = json.dumps(asdict(article.meta), sort_keys=True, default=str)
    h = hashlib.sha256()
    for part in (article.content_hash, article.source_id, meta, lexicon.digest,
                 EXTRACTOR_VERSION, code_digest()):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


@dataclass(frozen=True)
class _Setup:
    """What every file's job needs, the same for all of them."""

    seeds: Path
    cache: RowCache
    text_dir: Path | None  # None: write no analysed texts
    keep_text: bool  # send the analysed text back (overrides check spans against it)


@dataclass
class _Done:
    """One seed file read and extracted: what the parent keeps of it."""

    file: str
    problem: Problem | None = None
    article: Article | None = None  # its text dropped unless the setup keeps it
    words: int = 0
    rows: ArticleRows | None = None
    reused: bool = False  # rows from the cache


_WORKER: tuple[_Setup, Lexicon] | None = None


def _init_worker(setup: _Setup, lexicon_path: str) -> None:
    global _WORKER
    _WORKER = (setup, load_lexicon(Path(lexicon_path)))


def _rows_json(rows: ArticleRows) -> str:
    # The rows are plain dicts already: no dataclasses.asdict deep copy (it was a
    # fifth of a cold build's time in the parent process).
    return json.dumps({"source_id": rows.source_id, "exercises": rows.exercises,
                       "meetings": rows.meetings, "claims": rows.claims}, sort_keys=True)


def _process(path: Path, meta: SourceMeta | None, own_text: bool, setup: _Setup,
             lexicon: Lexicon) -> _Done:
    """Read, clean and extract one file, from the cache when nothing that decides its
    rows has changed; write its analysed text (``own_text``: no other file has its
    name stem) and cache entry. Runs wherever the work is: in a worker, in parallel."""
    item = read_one(path, setup.seeds, meta)
    if isinstance(item, Problem):
        return _Done(path.relative_to(setup.seeds).as_posix(), problem=item)
    key = _cache_key(item, lexicon)
    rows, reused = None, False
    cached = setup.cache.get(key)
    if cached is not None:
        try:
            rows, reused = ArticleRows(**json.loads(cached)), True
        except (ValueError, TypeError):
            rows = None
    if rows is None:
        try:
            rows = extract_article(item, lexicon)
        except Exception as exc:  # noqa: BLE001 - a bug of ours must not cost the corpus
            return _Done(item.file, problem=Problem(
                item.file,
                f"the extractor failed on this article ({type(exc).__name__}: {exc}); "
                "its rows are left out and the rest of the corpus is built",
                hint="please report it with this file; `make data` will retry it",
            ))
        if setup.cache.writable:
            setup.cache.put(key, _rows_json(rows))
    if setup.text_dir is not None and own_text:
        _write_if_changed(setup.text_dir / f"{item.source_id}.txt", item.text)
    keep = setup.keep_text or not own_text
    return _Done(item.file, article=item if keep else replace(item, text=""),
                 words=item.words, rows=rows, reused=reused)


def _write_if_changed(path: Path, text: str) -> None:
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except OSError:
        pass
    atomic.write_text(path, text, durable=False)


def _process_in_worker(job: tuple[Path, SourceMeta | None, bool]) -> _Done:
    setup, lexicon = _WORKER
    return _process(*job, setup, lexicon)


def _processed(jobs: list[tuple[Path, SourceMeta | None, bool]], setup: _Setup,
               lexicon: Lexicon, lexicon_path: Path, workers: int) -> Iterator[_Done]:
    """Each job's result, in order: on a process pool for large corpora."""
    if workers > 1 and len(jobs) >= PARALLEL_FROM:
        with ProcessPoolExecutor(
            workers, initializer=_init_worker, initargs=(setup, str(lexicon_path))
        ) as pool:
            yield from pool.map(_process_in_worker, jobs, chunksize=32)
    else:
        for job in jobs:
            yield _process(*job, setup, lexicon)


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
    entries, override_problems = read_overrides(seeds / OVERRIDES_FILE)

    plan, problems = plan_corpus(seeds)
    stems = Counter(path.stem for path, _ in plan)
    cache = RowCache(out / "cache" / "extract.sqlite", writable=write)
    cache.prepare()
    setup = _Setup(seeds, cache, data_dir / "text" if write else None, keep_text=bool(entries))
    jobs = [(path, meta, stems[path.stem] == 1) for path, meta in plan]

    warnings: list[str] = []
    seen: dict[str, str] = {}  # content hash -> the first file with that text
    sources: list[dict] = []
    ids: set[str] = set()
    ordered: list[ArticleRows] = []
    texts: dict[str, str] = {}
    reused = 0
    for done in _processed(jobs, setup, lexicon, lexicon_path, workers):
        if progress:
            progress(1)
        if done.problem:
            problems.append(done.problem)
            continue
        item = done.article
        warnings.extend(item.warnings)
        if item.source_id in ids:
            problems.append(Problem(item.file,
                                    f"another file has the same name stem {item.source_id!r}",
                                    hint="rename one of them"))
            continue
        ids.add(item.source_id)
        dup = seen.get(item.content_hash, "")
        if dup:
            warnings.append(f"{item.file}: same text as {dup}; counted once")
            if write:  # its text is not analysed: no file for it
                (data_dir / "text" / f"{item.source_id}.txt").unlink(missing_ok=True)
        else:
            seen[item.content_hash] = item.file
            ordered.append(done.rows)
            reused += done.reused
            if item.text:
                texts[item.source_id] = item.text
                if write and stems[Path(item.file).stem] > 1:
                    _write_if_changed(data_dir / "text" / f"{item.source_id}.txt", item.text)
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
                "words": done.words,
                "duplicate_of": dup,
            }
        )

    cache.close()
    published = {s["source_id"]: s["published"] for s in sources}
    exercises, ex_mentions = merge_exercises([r for a in ordered for r in a.exercises], lexicon,
                                             published)
    meetings, mt_mentions = merge_meetings([r for a in ordered for r in a.meetings], published,
                                             lexicon)
    claims = [dict(r, override="") for a in ordered for r in a.claims]
    for row in exercises + meetings:
        row.setdefault("override", "")
    tables = {"exercises": exercises, "meetings": meetings, "claims": claims}
    override_problems += apply_overrides(tables, entries, texts, OVERRIDES_FILE)
    problems.extend(override_problems)

    frames = {
        "sources": to_frame("sources", sources),
        "exercises": to_frame("exercises", tables["exercises"]),
        "meetings": to_frame("meetings", tables["meetings"]),
        "claims": to_frame("claims", tables["claims"]),
        "mentions": to_frame("mentions", ex_mentions + mt_mentions),
    }
    result = Result(frames, problems, warnings, reused=reused,
                    notes=alias_proposals(frames["claims"], lexicon))
    if write:
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
