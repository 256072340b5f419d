"""The brief end to end: seeds in, brief.pdf and brief.html out, rendered by the
embedded engine; the PDF read back as text, the HTML opened in headless Chromium."""

import re

import pdfplumber
import pytest

from briefgen.brief.judgments import key_judgments
from briefgen.lexicon import load_lexicon

HEADINGS = ["Key judgments", "Exercises", "Meetings", "Claims by source", "Sources"]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="session")
def pdf_text(built):
    project, _ = built
    with pdfplumber.open(project / "output" / "brief.pdf") as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
        outline = [title for _, title, *_ in pdf.doc.get_outlines()]
    return pages, outline


def test_the_pdf_has_a_cover_contents_and_every_section(pdf_text):
    pages, outline = pdf_text
    assert len(pages) >= 6
    assert "Central Asia security brief" in pages[0]
    assert "FOR INTERNAL CIRCULATION" in pages[0].upper()
    assert "Contents" in pages[1]
    for n, heading in enumerate(HEADINGS, start=1):
        assert re.search(rf"{n} {heading}[ .]+\d+", pages[1]), heading  # with a page number
        assert f"{n} {heading}" in outline  # and a PDF bookmark
    assert f"Page 3 of {len(pages)}" in pages[2]


def test_the_pdf_states_the_figures_of_the_tables(built, pdf_text):
    _, tables = built
    text = norm(" ".join(pdf_text[0]))
    ex = tables["exercises"]
    assert f"{len(tables['sources'])} sources, {len(ex)} exercises" in text
    assert f"{int(ex['troops'].max()):,}" in text
    assert "Showing" not in text  # every table fits: no "Showing N of M rows"
    for sentence in key_judgments(tables, load_lexicon()):
        words = sentence.split(" [@")[0].replace("\\", "")
        assert norm(words) in text


def test_the_pdf_quotes_every_claim_verbatim(built, pdf_text):
    _, tables = built
    text = norm(" ".join(pdf_text[0]))
    missing = [q for q in tables["claims"]["quote"] if norm(q) not in text]
    assert not missing


def test_the_html_is_self_contained_and_cites_every_quote(built):
    project, tables = built
    html = (project / "output" / "brief.html").read_text(encoding="utf-8")
    # Nothing is loaded from elsewhere: no script, stylesheet, image or frame by URL.
    by_url = r"""<(script|link|img|iframe|source)\b[^>]*\b(src|href)=["']?(https?:)?//"""
    assert not re.search(by_url, html)
    assert "@font-face" in html and "Plotly" in html
    body = norm(re.sub(r"<[^>]+>", "", html.split('<main id="content">')[1]))
    import html as htmllib

    body = htmllib.unescape(body)
    assert all(norm(q) in body for q in tables["claims"]["quote"])
    for claim_id in tables["claims"]["claim_id"]:  # each quote links to its passage
        assert f'href="#p-{claim_id}"' in html and f'id="p-{claim_id}"' in html


@pytest.mark.parametrize("viewport", [{"width": 1366, "height": 900},
                                      {"width": 390, "height": 844}], ids=["laptop", "phone"])
def test_the_html_draws_every_chart_offline_without_errors(built, browser, viewport):
    project, _ = built
    page = browser.new_page(viewport=viewport)
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url)
            if not r.url.startswith(("file://", "data:")) else None)
    page.goto((project / "output" / "brief.html").as_uri())
    page.wait_for_function("document.querySelectorAll('div.bg-chart svg.main-svg').length"
                           " >= document.querySelectorAll('div.bg-chart').length")
    charts = page.eval_on_selector_all(
        "div.bg-chart", "els => els.map(e => e.querySelector('svg.main-svg') !== null)")
    assert len(charts) == 5 and all(charts)
    # Plotly's toolbar sits above each chart, over none of its labels.
    toolbar_below_top = page.eval_on_selector_all("div.bg-chart", """els => els.filter(e => {
        const bar = e.querySelector('.modebar'), svg = e.querySelector('svg.main-svg');
        return bar && bar.getBoundingClientRect().bottom > svg.getBoundingClientRect().top + 1;
    }).length""")
    assert toolbar_below_top == 0
    assert errors == [] and requests == []
    overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    assert overflow <= 0  # nothing wider than the screen, phone included
    assert page.locator("#TOC a").count() >= len(HEADINGS)
    page.close()
