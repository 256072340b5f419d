"""Reading .qmd files: front matter, cells with their options, includes with lines."""

from pathlib import Path

import pytest

from briefgen.problems import BriefgenError
from briefgen.render.qmd import Cell, Markdown, read_qmd


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_cells_and_their_options_are_read_with_their_lines(tmp_path):
    doc = read_qmd(write(tmp_path / "a.qmd", (
        "---\ntitle: T\n---\n\nSome *prose*.\n\n```{python}\n#| label: fig-x\n"
        "#| fig-cap: \"A cap\"\nx = 1\n```\n\nMore.\n"
    )), tmp_path)
    assert doc.front_matter == {"title": "T"}
    kinds = [type(b) for b in doc.blocks]
    assert kinds == [Markdown, Cell, Markdown]
    cell = doc.cells[0]
    assert cell.options == {"label": "fig-x", "fig-cap": "A cap"}
    assert cell.code == "x = 1"
    assert str(cell.where) == "a.qmd:7"
    assert str(doc.blocks[2].where) == "a.qmd:12"


def test_an_include_is_expanded_in_place_and_keeps_its_own_file_and_lines(tmp_path):
    write(tmp_path / "parts" / "_b.qmd", "## B\n\n```{python}\ny = 2\n```\n")
    doc = read_qmd(write(tmp_path / "parts" / "main.qmd",
                         "# A\n\n{{< include _b.qmd >}}\n\nEnd.\n"), tmp_path)
    texts = [b.text if isinstance(b, Markdown) else b.code for b in doc.blocks]
    assert texts == ["# A\n", "## B\n", "y = 2", "\nEnd.\n"]
    assert str(doc.cells[0].where) == "parts/_b.qmd:3"


def test_a_missing_include_names_the_including_file_and_line(tmp_path):
    with pytest.raises(BriefgenError) as err:
        read_qmd(write(tmp_path / "m.qmd", "x\n\n{{< include nope.qmd >}}\n"), tmp_path)
    assert "m.qmd" in str(err.value) and "line 3" in str(err.value)
    assert "nope.qmd does not exist" in str(err.value)


def test_an_include_cycle_is_an_error_not_a_hang(tmp_path):
    write(tmp_path / "b.qmd", "{{< include a.qmd >}}\n")
    with pytest.raises(BriefgenError, match="includes itself"):
        read_qmd(write(tmp_path / "a.qmd", "{{< include b.qmd >}}\n"), tmp_path)


def test_shortcodes_inside_code_blocks_are_left_alone(tmp_path):
    doc = read_qmd(write(tmp_path / "a.qmd", "```\n{{< include x.qmd >}}\n```\n"), tmp_path)
    assert "{{< include x.qmd >}}" in doc.blocks[0].text


def test_an_unclosed_cell_and_bad_options_say_where(tmp_path):
    with pytest.raises(BriefgenError, match="line 2: the code cell opened here is never closed"):
        read_qmd(write(tmp_path / "a.qmd", "x\n```{python}\n1\n"), tmp_path)
    with pytest.raises(BriefgenError, match="line 1: the cell options"):
        read_qmd(write(tmp_path / "b.qmd", "```{python}\n#| echo: [\n1\n```\n"), tmp_path)
