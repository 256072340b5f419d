from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from briefgen import cli
from briefgen.extract.article import extract_article
from briefgen.lexicon import load_lexicon
from briefgen.model import Article, PubDate, SourceMeta
from briefgen.pipeline import build, load
from briefgen.render.charts import find_chromium

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


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """A copy of the project, built once with `briefgen build --engine embedded`."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    cwd = os.getcwd()
    os.chdir(project)
    try:
        code = cli.main(["build", "--engine", "embedded"])
        tables = load(project / "seeds", project / "output")
    finally:
        os.chdir(cwd)
    assert code == 0
    return project, tables


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven through playwright, shared by every browser test."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=find_chromium(),
            args=["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-dev-shm-usage"],
        )
        yield b
        b.close()


@pytest.fixture(scope="session")
def make_project():
    """``make_project(dest)`` copies the project's inputs to ``dest``."""
    return copy_project


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A fresh copy of the project's inputs, to build and break."""
    return copy_project(tmp_path / "project")


def copy_project(dest: Path) -> Path:
    """The project's inputs (seeds, reports, _quarto.yml) copied to ``dest``."""
    for name in ("seeds", "reports"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "_quarto.yml", dest)
    return dest


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
