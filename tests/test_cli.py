"""The briefgen command as a user sees it."""

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import threading


def test_a_large_corpus_shows_a_progress_bar_on_a_terminal(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(120):
        (seeds / f"a{i:03d}.txt").write_text(
            f"Drill number {i}\n\nTajik and Russian troops held drill number {i} in Khatlon "
            "province on Monday, the defence ministry said.\n", encoding="utf-8")
    master, slave = pty.openpty()
    # A terminal 100 columns wide (a new pty has none, and tqdm draws nothing in 0).
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    chunks: list[bytes] = []

    def drain() -> None:
        # Read while the command runs: a pty holds only a few KB, and a writer
        # blocked on a full one never exits.
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    proc = subprocess.run([sys.executable, "-m", "briefgen.cli", "extract"], cwd=tmp_path,
                          stdout=subprocess.PIPE, stderr=slave, timeout=300, check=False)
    os.close(slave)
    reader.join(timeout=10)
    os.close(master)
    shown = b"".join(chunks)
    assert proc.returncode == 0
    assert b"120/120" in shown and b"article" in shown
    assert proc.stdout.decode().startswith("120 sources")


def test_no_progress_bar_when_output_is_not_a_terminal(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(120):
        (seeds / f"a{i:03d}.txt").write_text(f"Item {i}\n\nTroops held drill {i}.\n")
    proc = subprocess.run([sys.executable, "-m", "briefgen.cli", "extract"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300, check=False)
    assert "120/120" not in proc.stderr


def test_build_refuses_a_corpus_the_brief_would_not_show(tmp_path, capsys):
    from briefgen import cli

    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("Drill\n\nTajik troops held a drill on Monday.\n")
    code = cli.main(["build", "--seeds", str(other), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1
    assert f"--seeds {other}" in err and "briefgen extract" in err
    assert not (tmp_path / "out").exists()  # refused before anything was written
