"""The quotation integrity gate: a brief that misquotes is refused."""

import shutil

import pytest

from briefgen import cli
from briefgen.check import check, html_quotations
from briefgen.render import embedded


@pytest.fixture
def outputs(built, tmp_path):
    """A writable copy of the built brief and the analysed texts."""
    project, tables = built
    out = tmp_path / "output"
    shutil.copytree(project / "output" / "data" / "text", out / "data" / "text")
    for name in ("brief.html", "brief.pdf"):
        shutil.copy(project / "output" / name, out / name)
    return out, tables


def test_the_built_brief_passes_and_shows_every_claim_with_its_source(outputs):
    out, tables = outputs
    assert check(out / "brief.html", out / "brief.pdf", out / "data" / "text") == []
    shown = html_quotations((out / "brief.html").read_text(encoding="utf-8"))
    assert {(q.text, q.source_id) for q in shown} == {
        (" ".join(q.split()), s) for q, s in zip(tables["claims"]["quote"],
                                                  tables["claims"]["source_id"], strict=True)}


def test_the_pdf_read_in_two_processes_reads_as_pdfminer_reads_it_whole(outputs):
    import re

    from pdfminer.high_level import extract_text

    from briefgen.check import norm, pdf_text

    pdf = outputs[0] / "brief.pdf"
    whole = norm(re.sub(r"(?<=\S)-\n", "-", extract_text(str(pdf))))
    assert pdf_text(pdf) == whole


def test_a_changed_word_in_a_quotation_is_caught_in_the_html_and_against_the_pdf(outputs):
    out, tables = outputs
    quote = tables["claims"]["quote"].iloc[0]
    html = (out / "brief.html").read_text(encoding="utf-8")
    tampered = quote.replace(" ", " not ", 1)
    (out / "brief.html").write_text(html.replace(quote, tampered), encoding="utf-8")
    problems = check(out / "brief.html", out / "brief.pdf", out / "data" / "text")
    assert any("is not verbatim in" in p and tampered in p for p in problems)
    assert any("not word for word in the PDF" in p and tampered in p for p in problems)


def test_a_quotation_citing_the_wrong_source_is_caught(outputs):
    out, tables = outputs
    claims = tables["claims"]
    a = claims.iloc[0]
    b = claims[claims["source_id"] != a["source_id"]].iloc[0]
    html = (out / "brief.html").read_text(encoding="utf-8")
    # Make the first quotation block of source a cite source b instead.
    start = html.index(a["quote"].split()[0], html.index('class="quote"'))
    cut = html.index(f'href="#ref-{a["source_id"]}"', start)
    html = html[:cut] + f'href="#ref-{b["source_id"]}"' + html[cut + len(a["source_id"]) + 11:]
    (out / "brief.html").write_text(html, encoding="utf-8")
    problems = check(out / "brief.html", None, out / "data" / "text")
    assert problems and f"(it is in {a['source_id']})" in problems[0]
    assert f"not verbatim in {b['source_id']}, the source it cites" in problems[0]


def test_briefgen_check_exits_1_naming_the_misquote(outputs, monkeypatch, capsys):
    out, tables = outputs
    quote = tables["claims"]["quote"].iloc[-1]
    html = (out / "brief.html").read_text(encoding="utf-8")
    (out / "brief.html").write_text(html.replace(quote, quote.upper()), encoding="utf-8")
    assert cli.main(["check", "--out", str(out)]) == 1
    assert quote.upper() in capsys.readouterr().err


def test_a_failed_check_leaves_the_previous_brief_in_place(tmp_path):
    (tmp_path / "_quarto.yml").write_text("project:\n  output-dir: out\n")
    doc = tmp_path / "d.qmd"
    doc.write_text("# First\n")
    embedded.render(doc, formats=("html",))
    before = (tmp_path / "out" / "d.html").read_bytes()
    doc.write_text("# Second\n")
    with pytest.raises(Exception, match="the quotation check failed"):
        embedded.render(doc, formats=("html",), verify=lambda staged, out: ["planted"])
    assert (tmp_path / "out" / "d.html").read_bytes() == before
    assert not list((tmp_path / "out" / ".staging").glob("*"))


def test_a_planted_wrong_override_is_refused_and_never_reaches_the_brief(project_copy,
                                                                        monkeypatch, capsys):
    project = project_copy
    monkeypatch.chdir(project)
    assert cli.main(["extract"]) == 0
    import pandas as pd

    claims_csv = pd.read_csv(project / "output" / "data" / "claims.csv")
    target = claims_csv.iloc[0]
    planted = "Russia will withdraw every soldier from Tajikistan"
    (project / "seeds" / "overrides.yml").write_text(
        f"- table: claims\n  id: {target['claim_id']}\n  action: patch\n"
        f"  set: {{quote: \"{planted}\"}}\n  reason: test\n", encoding="utf-8")
    code = cli.main(["build", "--engine", "embedded", "--to", "html", "--strict"])
    err = capsys.readouterr().err
    assert code == 3  # refused: the build says so and fails under --strict
    assert "overrides.yml" in err
    html = (project / "output" / "brief.html").read_text(encoding="utf-8")
    assert planted not in html and " ".join(target["quote"].split()) in " ".join(html.split())
