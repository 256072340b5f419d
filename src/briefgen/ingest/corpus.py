"""Read the seeds folder: every *.txt, *.md and *.html becomes an Article."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from briefgen.ingest.decode import decode_bytes
from briefgen.ingest.furniture import clean, guess_title
from briefgen.ingest.html import html_to_text
from briefgen.ingest.sources import load_sources
from briefgen.ingest.unwrap import unwrap
from briefgen.model import Article, PubDate, SourceMeta
from briefgen.problems import BriefgenError, Problem

SUFFIXES = (".txt", ".md", ".html", ".htm")
SOURCES_FILE = "sources.yml"
# A 20 MB text is no news article; reading it whole would stall the build.
MAX_BYTES = 5_000_000


def seed_files(seeds: Path) -> list[Path]:
    """The article files under ``seeds``, in a stable order."""
    if not seeds.is_dir():
        raise BriefgenError(
            "the seeds folder does not exist",
            file=seeds,
            hint="create it and put news articles (.txt, .md, .html) in it",
        )
    files = [
        p
        for p in seeds.rglob("*")
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
    ]
    return sorted(files, key=lambda p: p.relative_to(seeds).as_posix())


def read_article(path: Path, seeds: Path, meta: SourceMeta | None) -> Article:
    """Read and clean one file. Raises BriefgenError when it holds no usable text."""
    rel = path.relative_to(seeds).as_posix()
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise BriefgenError(
            f"the file is {size / 1e6:.1f} MB; an article is at most {MAX_BYTES / 1e6:.0f} MB",
            file=rel,
            hint="split it into one file per article",
        )
    data = path.read_bytes()
    if not data.strip():
        raise BriefgenError(
            "the file is empty", file=rel, hint="add the article's text or remove it"
        )
    text = decode_bytes(data, rel)
    warnings: list[str] = []
    page_meta: dict[str, str] = {}
    if path.suffix.lower() in (".html", ".htm"):
        text, page_meta = html_to_text(text)
    else:
        text = unwrap(text)
    if meta is None:
        published = None
        if page_meta.get("date"):
            try:
                published = PubDate.parse(page_meta["date"])
            except ValueError:
                published = None
        warnings.append(
            f"{rel}: no entry in {SOURCES_FILE}; title from its first line, "
            f"date {'from the page' if published else 'unknown'} "
            f"(add an entry with title, outlet, published, url)"
        )
        meta = SourceMeta(
            title=page_meta.get("title", ""), published=published, url=page_meta.get("url", "")
        )
    analysed = clean(text, meta.title)
    if not analysed.strip() or len(analysed.split()) < 5:
        raise BriefgenError(
            "no article text is left once site furniture is removed",
            file=rel,
            hint="check that the file holds the article itself",
        )
    if not meta.title:
        meta = replace(meta, title=guess_title(analysed))
    if meta.published is None and not any("date" in w for w in warnings):
        warnings.append(
            f"{rel}: no publication date; relative dates in it stay empty "
            f"(add published: to its {SOURCES_FILE} entry)"
        )
    digest = hashlib.sha256(analysed.encode("utf-8")).hexdigest()
    return Article(
        source_id=path.stem,
        file=rel,
        text=analysed,
        meta=meta,
        content_hash=digest,
        warnings=tuple(warnings),
    )


def read_one(path: Path, seeds: Path, meta: SourceMeta | None) -> Article | Problem:
    """One file as an Article, or the Problem that keeps it out of the corpus."""
    rel = path.relative_to(seeds).as_posix()
    try:
        return read_article(path, seeds, meta)
    except BriefgenError as exc:
        return Problem(exc.file or rel, exc.message, hint=exc.hint)
    except OSError as exc:
        return Problem(rel, f"cannot be read: {exc.strerror}", hint="check its permissions")


def plan_corpus(seeds: Path) -> tuple[list[tuple[Path, SourceMeta | None]], list[Problem]]:
    """The files to read, each with its sources.yml entry, and the problems of
    sources.yml itself. Reading the files is left to the caller (one at a time, or
    spread over processes)."""
    files = seed_files(seeds)
    metas, problems = load_sources(
        seeds / SOURCES_FILE, {p.relative_to(seeds).as_posix() for p in files}
    )
    return [(p, metas.get(p.relative_to(seeds).as_posix())) for p in files], problems

