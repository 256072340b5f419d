"""The embedded engine end to end on a small project: one kernel, real pandoc."""

from pathlib import Path

import pytest

from briefgen.render import config, embedded
from briefgen.render.execute import CellError

PROJECT = """\
project:
  output-dir: out
title: Project title
toc: true
number-sections: true
execute:
  echo: false
unknown-option: 1
"""

DOC = """\
---
title: "Doc title"
---

```{python}
#| tags: [parameters]
n = 2
```

## Numbers {#sec-numbers}

@fig-bars draws {n} bars; @sec-numbers is this section.

```{python}
#| output: asis
print(f"There are **{n * 10}** items.")
```

```{python}
#| label: fig-bars
#| fig-cap: "Bars"
import plotly.graph_objects as go
go.Figure(go.Bar(x=list(range(n)), y=list(range(n))))
```
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "_quarto.yml").write_text(PROJECT, encoding="utf-8")
    (tmp_path / "doc.qmd").write_text(DOC, encoding="utf-8")
    return tmp_path


def test_front_matter_is_merged_over_the_project_file(tmp_path):
    (tmp_path / "_quarto.yml").write_text(
        "title: P\nexecute: {echo: false, warning: false}\nformat: {html: {toc: true}}\n")
    project = config.find_project(tmp_path / "sub" / "doc.qmd")
    options = config.document_options(project, {"title": "D", "execute": {"echo": True}})
    assert options["title"] == "D"
    assert options["execute"] == {"echo": True, "warning": False}
    assert config.for_format(options, "pdf")["toc"] is True


def test_a_document_renders_to_html_with_params_figures_and_cross_references(project):
    result = embedded.render(project / "doc.qmd", formats=("html",), params={"n": 3})
    html = (project / "out" / "doc.html").read_text(encoding="utf-8")
    assert result.outputs == [project / "out" / "doc.html"]
    assert "<title>Doc title</title>" in html
    assert "There are <strong>30</strong> items." in html  # the parameter was overridden
    assert '<a href="#fig-bars">Figure 1</a>' in html and "Figure 1: Bars" in html
    assert '<a href="#sec-numbers">Section 1</a>' in html
    assert 'id="TOC"' in html and 'class="bg-chart plotly-graph-div"' in html
    assert '"x":[0,1,2]' in html
    assert any("_quarto.yml:8: the option 'unknown-option'" in w for w in result.warnings)


def test_editing_prose_reuses_the_cell_outputs_and_editing_a_cell_reruns_them(project):
    embedded.render(project / "doc.qmd", formats=("html",))
    doc = project / "doc.qmd"
    doc.write_text(DOC.replace("is this section", "is this very section"), encoding="utf-8")
    again = embedded.render(doc, formats=("html",))
    assert again.cells_cached
    assert "this very section" in (project / "out" / "doc.html").read_text(encoding="utf-8")
    doc.write_text(DOC.replace("n * 10", "n * 100"), encoding="utf-8")
    edited = embedded.render(doc, formats=("html",))
    assert not edited.cells_cached
    assert "<strong>200</strong>" in (project / "out" / "doc.html").read_text(encoding="utf-8")


def test_a_failing_cell_names_the_file_and_line_and_shows_the_traceback(project):
    (project / "doc.qmd").write_text(DOC + "\n```{python}\ndef f():\n    return 1 / 0\nf()\n```\n",
                                     encoding="utf-8")
    with pytest.raises(CellError) as err:
        embedded.render(project / "doc.qmd", formats=("html",))
    message = str(err.value)
    assert message.startswith("doc.qmd: line 26: the python cell failed")
    assert "ZeroDivisionError" in message and "return 1 / 0" in message
    assert not (project / "out" / "doc.html").exists()


def test_a_cell_that_hangs_is_stopped_at_the_timeout_and_named(project):
    (project / "doc.qmd").write_text(
        "---\nexecute:\n  timeout: 2\n---\n\n```{python}\nimport time\ntime.sleep(60)\n```\n",
        encoding="utf-8")
    with pytest.raises(CellError, match=r"doc.qmd: line 6: the cell ran past the 2 s timeout"):
        embedded.render(project / "doc.qmd", formats=("html",))


def test_a_cell_that_kills_the_kernel_is_named(project):
    (project / "doc.qmd").write_text(
        "# Dies\n\n```{python}\nimport os\nos._exit(1)\n```\n", encoding="utf-8")
    with pytest.raises(CellError, match=r"doc.qmd: line 3: the Python kernel died"):
        embedded.render(project / "doc.qmd", formats=("html",))
