"""Plotly figures to static SVG for the PDF: kaleido driving the system's Chromium.

Every chart of a build is exported in one browser session, and each SVG is cached
by a hash of the figure, so an unchanged chart is never exported twice.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
from pathlib import Path

from briefgen import atomic
from briefgen.problems import BriefgenError

# The PDF's text column is 174 mm wide; charts are drawn at this size in CSS pixels.
WIDTH, HEIGHT = 760, 420
INSTALL = "apt-get install -y chromium  (as root; 'make report' does it when it can)"


def find_chromium() -> str:
    """The Chromium/Chrome executable: $BRIEFGEN_CHROMIUM, then the usual names on PATH."""
    explicit = os.environ.get("BRIEFGEN_CHROMIUM")
    if explicit:
        if Path(explicit).is_file() and os.access(explicit, os.X_OK):
            return explicit
        raise BriefgenError(f"BRIEFGEN_CHROMIUM={explicit} is not an executable file",
                            hint="point it at chromium, or unset it")
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    raise BriefgenError(
        "the PDF's charts are drawn by Chromium, which is not installed",
        hint=f"{INSTALL}; or set BRIEFGEN_CHROMIUM to a Chrome executable. "
        "The HTML does not need it: 'make html'",
    )


def figure_key(figure: dict, width: int, height: int) -> str:
    blob = json.dumps([figure, width, height], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


def _size(figure: dict) -> tuple[int, int]:
    layout = figure.get("layout") or {}
    return int(layout.get("width") or WIDTH), int(layout.get("height") or HEIGHT)


class Session:
    """A Chromium export session started ahead of time, in a thread of its own.

    Starting Chromium takes about two seconds; the engine starts a session while the
    Jupyter kernel runs the cells, so that the charts are exported the moment they
    exist. ``export`` may be called once; ``close`` always."""

    def __init__(self) -> None:
        import queue
        import threading

        self._jobs: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=asyncio.run, args=(self._serve(),), daemon=True,
                                        name="briefgen-chromium")
        self._thread.start()

    async def _serve(self) -> None:
        import kaleido

        loop = asyncio.get_running_loop()
        job = None
        browser = "chromium"
        try:
            browser = find_chromium()
            # mathjax off: it would be fetched from a CDN.
            async with kaleido.Kaleido(n=1, mathjax=False, path=browser, timeout=120) as k:
                while (job := await loop.run_in_executor(None, self._jobs.get)) is not None:
                    figures, future = job
                    out = {}
                    for key, fig in figures.items():
                        width, height = _size(fig)
                        svg = await k.calc_fig(
                            fig, opts={"format": "svg", "width": width, "height": height})
                        out[key] = svg.decode("utf-8")
                    future.set_result(out)
                    job = None
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits for charts
            error = exc if isinstance(exc, BriefgenError) else BriefgenError(
                f"Chromium ({browser}) could not export the charts: {type(exc).__name__}: "
                f"{exc}",
                hint=f"check that '{browser} --headless --version' works; reinstall with "
                f"{INSTALL}")
            if job is None:  # failed before a job arrived: fail the next one
                job = await loop.run_in_executor(None, self._jobs.get)
            if job is not None:
                job[1].set_exception(error)

    def export(self, figures: dict[str, dict]) -> dict[str, str]:
        from concurrent.futures import Future

        future: Future = Future()
        self._jobs.put((figures, future))
        try:
            return future.result(timeout=600)
        except TimeoutError:
            raise BriefgenError("Chromium did not export the charts within 10 minutes",
                                hint=f"check that Chromium runs headless; {INSTALL}") from None

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=30)


def to_svg(figures: list[dict], cache_dir: Path | None = None,
           session: Session | None = None) -> list[str]:
    """SVG text for each figure, from the cache or exported. With a
    ``session`` already started, the export uses it; otherwise one is started here."""
    keys = [figure_key(f, *_size(f)) for f in figures]
    result: dict[str, str] = {}
    todo: dict[str, dict] = {}
    for key, fig in zip(keys, figures, strict=True):
        cached = cache_dir / f"{key}.svg" if cache_dir else None
        if cached and cached.is_file():
            result[key] = cached.read_text(encoding="utf-8")
        else:
            todo[key] = fig
    if todo:
        own = session is None
        session = session or Session()
        try:
            exported = session.export(todo)
        finally:
            if own:
                session.close()
        for key, svg in exported.items():
            result[key] = svg
            if cache_dir:
                atomic.write_text(cache_dir / f"{key}.svg", svg, durable=False)
    return [result[k] for k in keys]
