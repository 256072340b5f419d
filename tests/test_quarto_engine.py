"""The Quarto engine's contract, checked against a stand-in executable (the real
quarto binary cannot be installed on our machines)."""

import os
import stat
from pathlib import Path

import pytest

from briefgen import cli
from briefgen.render import choose

STAND_IN = """#!/bin/sh
# Records its arguments; renders like quarto into <output-dir>/<dir of the doc>/.
printf '%s\\n' "$@" > "$QUARTO_ARGS"
if [ -n "$QUARTO_FAIL" ]; then
  echo "ERROR: YAMLError: bad indentation (doc.qmd, 3:1)" >&2; exit 4
fi
mkdir -p out
echo "<html>from quarto</html>" > out/doc.html
"""


@pytest.fixture
def quarto(tmp_path: Path, monkeypatch) -> Path:
    exe = tmp_path / "bin" / "quarto"
    exe.parent.mkdir()
    exe.write_text(STAND_IN)
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    (tmp_path / "_quarto.yml").write_text("project:\n  output-dir: out\n")
    (tmp_path / "doc.qmd").write_text("# Doc\n")
    monkeypatch.setenv("BRIEFGEN_QUARTO", str(exe))
    monkeypatch.setenv("QUARTO_ARGS", str(tmp_path / "args.txt"))
    monkeypatch.chdir(tmp_path)
    return exe


def test_auto_takes_quarto_when_it_is_found(quarto, monkeypatch):
    assert choose("auto") == "quarto"
    monkeypatch.setenv("BRIEFGEN_QUARTO", "/nonexistent/quarto")
    monkeypatch.setenv("PATH", "/nonexistent")
    assert choose("auto") == "embedded"


def test_quarto_is_called_with_the_file_the_format_and_the_parameters(quarto, tmp_path, capsys):
    code = cli.main(["render", "doc.qmd", "--engine", "quarto", "--to", "html",
                     "-P", "since=2020", "-P", "region:Khatlon"])
    assert code == 0
    args = (tmp_path / "args.txt").read_text().split("\n")[:-1]
    assert args == ["render", str((tmp_path / "doc.qmd").resolve()), "--to", "html",
                    "-P", "since:2020", "-P", "region:Khatlon"]
    assert (tmp_path / "out" / "doc.html").read_text() == "<html>from quarto</html>\n"
    assert "engine quarto" in capsys.readouterr().err


def test_quartos_error_text_is_shown_and_its_exit_code_passed_on(quarto, monkeypatch, capsys):
    monkeypatch.setenv("QUARTO_FAIL", "1")
    code = cli.main(["render", "doc.qmd", "--engine", "quarto", "--to", "html"])
    err = capsys.readouterr().err
    assert code == 4
    assert "quarto render failed (exit 4)" in err
    assert "ERROR: YAMLError: bad indentation (doc.qmd, 3:1)" in err


def test_without_quarto_the_quarto_engine_says_to_use_the_embedded_one(tmp_path, monkeypatch,
                                                                      capsys):
    monkeypatch.setenv("BRIEFGEN_QUARTO", str(tmp_path / "missing"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doc.qmd").write_text("# Doc\n")
    assert cli.main(["render", "doc.qmd", "--engine", "quarto", "--to", "html"]) == 1
    assert "quarto is not installed" in capsys.readouterr().err
    assert os.environ["BRIEFGEN_QUARTO"].endswith("missing")
