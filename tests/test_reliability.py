"""Reliability of the whole build: deterministic, offline, atomic under a kill, and
clear when a tool is missing."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefgen import cli

BRIEFGEN = [sys.executable, "-m", "briefgen.cli"]


def build_in(project: Path, *extra: str, env: dict | None = None,
             wrap: list[str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*(wrap or []), *BRIEFGEN, "build", "--engine", "embedded", *extra],
                          cwd=project, capture_output=True, text=True, env=env, check=False)


def test_two_builds_of_the_same_inputs_are_byte_identical(built, make_project, tmp_path):
    first, _ = built
    second = make_project(tmp_path / "again")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    assert build_in(second, env=env).returncode == 0
    names = ["brief.html", "brief.pdf", "data/references.json"] + [
        f"data/{t}.{ext}" for t in ("sources", "exercises", "meetings", "claims", "mentions")
        for ext in ("csv", "parquet")]
    differ = [n for n in names
              if (first / "output" / n).read_bytes() != (second / "output" / n).read_bytes()]
    assert differ == []


def test_a_build_makes_no_network_connection(project_copy):
    if not shutil.which("unshare") or not shutil.which("ip"):
        pytest.fail("unshare (util-linux) and ip (iproute2) are needed: make test installs them")
    # A network namespace of its own with only loopback (the Jupyter kernel talks over it):
    # any attempt to reach another host fails, and the build must not need one.
    inner = "ip link set lo up && exec \"$@\""
    proc = build_in(project_copy, wrap=["unshare", "-n", "sh", "-c", inner, "sh"])
    assert proc.returncode == 0, proc.stderr
    assert (project_copy / "output" / "brief.pdf").stat().st_size > 0


def test_a_killed_render_leaves_the_previous_brief_untouched(built, make_project, tmp_path):
    project = make_project(tmp_path / "p")
    shutil.copytree(built[0] / "output", project / "output")
    before = {n: (project / "output" / n).read_bytes() for n in ("brief.html", "brief.pdf")}
    qmd = project / "reports" / "_meetings.qmd"
    qmd.write_text(qmd.read_text(encoding="utf-8") + "\nA new sentence.\n", encoding="utf-8")
    proc = subprocess.Popen([*BRIEFGEN, "build", "--engine", "embedded", "--no-cache"],
                            cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    staged = project / "output" / ".staging" / "brief.html"
    deadline = time.monotonic() + 120
    while not staged.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)  # midway: the HTML staged, the PDF not yet made
    proc.wait()
    assert staged.exists(), "the render finished before it could be killed"
    after = {n: (project / "output" / n).read_bytes() for n in before}
    assert after == before


def test_without_chromium_the_html_is_built_and_the_pdf_says_how_to_install_it(
        project_copy, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent))  # the venv: no chromium
    monkeypatch.delenv("BRIEFGEN_CHROMIUM", raising=False)
    monkeypatch.chdir(project_copy)
    code = cli.main(["build", "--engine", "embedded"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Chromium, which is not installed" in err and "apt-get install -y chromium" in err
    assert (project_copy / "output" / "brief.html").is_file()
    assert not (project_copy / "output" / "brief.pdf").exists()


def test_without_quarto_auto_says_it_uses_the_embedded_engine(project_copy, monkeypatch,
                                                              capsys):
    monkeypatch.setenv("BRIEFGEN_QUARTO", str(project_copy / "no-quarto"))
    monkeypatch.chdir(project_copy)
    assert cli.main(["build", "--to", "html"]) == 0
    err = capsys.readouterr().err
    assert err.count("info: quarto not found; rendering with the embedded engine") == 1
