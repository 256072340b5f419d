from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.extract.article import extract_article
from briefgen.lexicon import load_lexicon
from briefgen.model import Article, PubDate, SourceMeta
from briefgen.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="session")
def seed_tables(tmp_path_factory):
    """The five seeds built once for the whole session."""
    out = tmp_path_factory.mktemp("out")
    result = build(SEEDS, out, workers=1)
    return result, out


def article(text: str, published: str | None = "2021-09-17", source_id: str = "t") -> Article:
    return Article(
        source_id=source_id,
        file=f"{source_id}.txt",
        text=text,
        meta=SourceMeta(title="", published=PubDate.parse(published) if published else None),
        content_hash=source_id,
    )


@pytest.fixture
def rows(lexicon):
    """Rows of an article made of the given text."""

    def make(text: str, published: str | None = "2021-09-17"):
        return extract_article(article(text, published), lexicon)

    return make
