"""From parsed document + cell outputs to pandoc Markdown: what each Quarto feature
the embedded engine supports turns into."""

from pathlib import Path

from briefgen.render.assemble import assemble
from briefgen.render.qmd import read_qmd


def doc_of(tmp_path: Path, text: str):
    path = tmp_path / "d.qmd"
    path.write_text(text, encoding="utf-8")
    return read_qmd(path, tmp_path)


def stdout(text):
    return {"output_type": "stream", "name": "stdout", "text": text}


def display(mime, value):
    return {"output_type": "display_data", "data": {mime: value}, "metadata": {}}


CELL = "```{{python}}\n{opts}print('x')\n```\n"


def test_echo_shows_the_code_and_output_false_hides_the_result(tmp_path):
    doc = doc_of(tmp_path, CELL.format(opts="#| echo: true\n#| output: false\n"))
    md = assemble(doc, [[stdout("RESULT\n")]], {}).markdown
    assert "print('x')" in md and "RESULT" not in md


def test_include_false_runs_but_shows_nothing(tmp_path):
    doc = doc_of(tmp_path, CELL.format(opts="#| include: false\n#| echo: true\n"))
    assert "RESULT" not in assemble(doc, [[stdout("RESULT\n")]], {}).markdown


def test_output_asis_puts_printed_markdown_into_the_document(tmp_path):
    doc = doc_of(tmp_path, CELL.format(opts="#| output: asis\n"))
    md = assemble(doc, [[stdout("**bold** text\n")]], {}).markdown
    assert "\n**bold** text\n" in md and "```" not in md


def test_plain_output_is_a_code_block_and_warnings_follow_the_warning_option(tmp_path):
    doc = doc_of(tmp_path, CELL.format(opts="#| warning: false\n"))
    err = {"output_type": "stream", "name": "stderr", "text": "UserWarning: careful\n"}
    md = assemble(doc, [[stdout("**x**\n"), err]], {}).markdown
    assert "``` {.cell-output-stdout}\n**x**" in md and "careful" not in md
    doc = doc_of(tmp_path, CELL.format(opts=""))
    assert "careful" in assemble(doc, [[err]], {}).markdown


def test_figures_and_tables_are_numbered_in_order_and_cross_references_link_them(tmp_path):
    doc = doc_of(tmp_path, (
        "See @fig-b, @tbl-t and [-@fig-a].\n\n"
        "```{python}\n#| label: fig-a\n#| fig-cap: First\n1\n```\n\n"
        "```{python}\n#| label: tbl-t\n#| tbl-cap: Numbers\n2\n```\n\n"
        "```{python}\n#| label: fig-b\n#| fig-cap: Second\n3\n```\n"
    ))
    plotly = display("application/vnd.plotly.v1+json", {"data": [], "layout": {}})
    out = assemble(doc, [[plotly], [display("text/html", "<table></table>")], [plotly]], {})
    md = out.markdown
    assert "See [Figure 2](#fig-b), [Table 1](#tbl-t) and [1](#fig-a)." in md
    assert "::: {#fig-a .quarto-figure}" in md and "Figure 1: First" in md
    assert "Figure 2: Second" in md and "Table 1: Numbers" in md
    assert md.count('<div class="bg-chart" data-chart=') == 2 and len(out.charts) == 2


def test_number_sections_numbers_from_the_top_level_used_and_sec_refs_name_the_number(tmp_path):
    doc = doc_of(tmp_path, "## A {#sec-a}\n\n### A.1\n\n## B\n\nSee @sec-a.\n\n"
                           "## C {.unnumbered}\n")
    md = assemble(doc, [], {"number-sections": True}).markdown
    assert "## [1]{.header-section-number} A {#sec-a}" in md
    assert "### [1.1]{.header-section-number} A.1" in md
    assert "## [2]{.header-section-number} B" in md
    assert "## C {.unnumbered}" in md
    assert "See [Section 1](#sec-a)." in md


def test_callouts_get_their_title(tmp_path):
    doc = doc_of(tmp_path, '::: {.callout-warning title="Mind this"}\nBody\n:::\n\n'
                           "::: callout-tip\nTip body\n:::\n")
    md = assemble(doc, [], {}).markdown
    assert "::: {.callout .callout-warning}\n[Mind this]{.callout-title}" in md
    assert "::: {.callout .callout-tip}\n[Tip]{.callout-title}" in md


def test_unsupported_features_warn_with_file_and_line(tmp_path):
    doc = doc_of(tmp_path, "Intro\n\n::: {.panel-tabset}\nx\n:::\n\n{{< video x.mp4 >}}\n\n"
                           "See @eq-one and @fig-missing.\n\n"
                           "```{python}\n#| code-fold: true\n1\n```\n\n```{r}\n1\n```\n")
    warnings = assemble(doc, [[], []], {}).warnings
    text = "\n".join(warnings)
    assert "d.qmd:3: tabsets" in text
    assert "d.qmd:7: the shortcode '{{< video >}}'" in text
    assert "d.qmd:9: equation cross-references" in text
    assert "@fig-missing points at no figure" in text
    assert "d.qmd:11: cell option 'code-fold' is not supported" in text
    assert "d.qmd:16: r cells are not supported" in text


def test_escaped_at_signs_and_emails_are_not_cross_references(tmp_path):
    doc = doc_of(tmp_path, "mail a@fig-x.org and \\@fig-y stay text.\n")
    out = assemble(doc, [], {})
    assert "a@fig-x.org" in out.markdown and "\\@fig-y" in out.markdown and not out.warnings
