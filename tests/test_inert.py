"""Article text is data, never markup: hostile text in a seed renders as plain text in
the HTML and the PDF; nothing runs, nothing is included, no citation is invented."""

import pytest
from pdfminer.high_level import extract_text

from briefgen import cli

HOSTILE = """Dushanbe hosts CSTO drills <script>alert('title')</script>

CSTO Secretary General Imangali Tasmagambetov said on Monday that "the exercise \
<script>alert('quote')</script> will show {{< include /etc/passwd >}} readiness [@key] \
<img src=x onerror=alert('img')> against $\\alpha$ threats".

Officials told reporters [click here](javascript:alert('link')) that ```{=html}
<b id="raw-html">raw</b>
``` and \\begin{document}\\textbf{LaTeX}\\end{document} stay text.

<script>alert('body')</script>
"""
LITERALS = ["<script>alert('quote')</script>", "{{< include /etc/passwd >}}", "[@key]",
            "<img src=x onerror=alert('img')>", "[click here](javascript:alert('link'))",
            "\\begin{document}\\textbf{LaTeX}\\end{document}", "$\\alpha$"]


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, make_project):
    import os

    project = make_project(tmp_path_factory.mktemp("hostile") / "project")
    (project / "seeds" / "zz_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (project / "seeds" / "zz_hostile_page.html").write_text(
        "<html><head><script>alert('head')</script></head><body><article><h1>Page</h1>"
        "<p>" + HOSTILE.replace("<", "&lt;").replace(">", "&gt;") + "</p>"
        "<script>alert('page')</script></article></body></html>", encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(project)
    try:
        code = cli.main(["build", "--engine", "embedded"])
    finally:
        os.chdir(cwd)
    assert code == 0
    return project / "output"


def normalised(text: str) -> str:
    return " ".join(text.split())


def test_the_html_shows_hostile_text_literally_and_adds_no_element(hostile_build):
    import html as htmllib

    from lxml import html

    page = (hostile_build / "brief.html").read_text(encoding="utf-8")
    tree = html.fromstring(page)
    for script in tree.iter("script"):  # ours only: plotly.js, chart data, the chart drawer
        if script.get("type") != "application/json":
            assert "alert(" not in (script.text or "")
    main = tree.get_element_by_id("content")
    assert not list(main.iter("img")) and tree.xpath("//*[@id='raw-html']") == []
    assert not [a for a in tree.iter("a") if "javascript:" in (a.get("href") or "")]
    assert "root:x:0:0" not in page
    assert tree.xpath("//a[@href='#ref-key']") == []  # no citation was made of [@key]
    text = normalised(htmllib.unescape(main.text_content()))
    for literal in LITERALS:
        assert literal in text, literal


def test_the_pdf_shows_hostile_text_literally(hostile_build):
    text = normalised(extract_text(str(hostile_build / "brief.pdf")))
    for literal in ("<script>alert('quote')</script>", "{{< include /etc/passwd >}}", "[@key]"):
        assert literal in text, literal
    assert "root:x:0:0" not in text


def test_no_script_from_an_article_runs_in_chromium(hostile_build, browser):
    page = browser.new_page()
    dialogs, requests = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url)
            if not r.url.startswith(("file://", "data:")) else None)
    page.goto((hostile_build / "brief.html").as_uri())
    page.wait_for_timeout(1500)
    raw = page.locator("#raw-html").count()
    page.close()
    assert dialogs == [] and requests == [] and raw == 0
