"""The two pages built from one pandoc output: the self-contained HTML and the print
variant that WeasyPrint turns into the PDF.

The HTML carries its CSS, fonts and plotly.js inline and draws the charts from JSON
kept in the page; the print variant has a cover, a table of contents with page
numbers (CSS ``target-counter``) and the charts as SVG images.
"""

from __future__ import annotations

import base64
import html
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from briefgen.render.fonts import font_face_css

_PLACEHOLDER = re.compile(r'<div class="bg-chart" data-chart="(\d+)"></div>')
# A div with class "cover" holds what the document wants on its cover (e.g. the date
# range covered): lifted out of the body onto the cover / title block.
_COVER = re.compile(r'<div class="cover">\s*(.*?)\s*</div>', re.S)


@dataclass(frozen=True)
class Parts:
    title: str
    subtitle: str
    handling: str
    lang: str
    toc_title: str
    toc: str
    body: str
    cover: str  # HTML lifted from the document's .cover div


def _data(name: str) -> str:
    return resources.files("briefgen.data").joinpath(name).read_text(encoding="utf-8")


def split_parts(options: dict, toc: str, body: str) -> Parts:
    brief = options.get("brief") or {}
    cover = "\n".join(m.group(1) for m in _COVER.finditer(body))
    body = _COVER.sub("", body)
    return Parts(
        title=str(options.get("title") or ""),
        subtitle=str(options.get("subtitle") or ""),
        handling=str(brief.get("handling") or ""),
        lang=str(options.get("lang") or "en"),
        toc_title=str(options.get("toc-title") or "Contents"),
        toc=toc,
        body=body,
        cover=cover,
    )


def _title_block(p: Parts, tag: str) -> str:
    e = html.escape
    out = [f'<{tag} class="title">{e(p.title)}</{tag}>']
    if p.subtitle:
        out.append(f'<p class="subtitle">{e(p.subtitle)}</p>')
    if p.cover:
        out.append(f'<div class="cover-meta">{p.cover}</div>')
    if p.handling:
        out.append(f'<p class="handling">{e(p.handling)}</p>')
    return "\n".join(out)


def _toc(p: Parts) -> str:
    if not p.toc:
        return ""
    return (f'<nav id="TOC" role="doc-toc"><h2 class="toc-title">{html.escape(p.toc_title)}'
            f"</h2>\n{p.toc}\n</nav>")


def _chart_json(figure: dict) -> str:
    text = json.dumps(figure, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    # Inside <script>: no "</" may end it early, no "<!--" may open a comment.
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def html_page(p: Parts, charts: list[dict], cache_dir: Path | None = None) -> str:
    """One self-contained HTML file: no request leaves it when it is opened."""
    def chart(m: re.Match) -> str:
        n = int(m.group(1))
        height = (charts[n].get("layout") or {}).get("height")
        # The figure's own height, reserved before plotly draws: no jump, no blank band.
        style = f' style="height:{int(height)}px"' if height else ""
        return (f'<div class="bg-chart plotly-graph-div" id="chart-{n}"{style}></div>'
                f'<script type="application/json" id="chart-{n}-data">'
                f"{_chart_json(charts[n])}</script>")

    body = _PLACEHOLDER.sub(chart, p.body)
    plotly_js = _plotly_js() if charts else ""
    css = _data("brief.css")
    fonts = font_face_css(p.title + p.toc + body, cache_dir)
    return f"""<!DOCTYPE html>
<html lang="{html.escape(p.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="briefgen">
<title>{html.escape(p.title)}</title>
<style>
{fonts}
{css}
</style>
{f'<script>{plotly_js}</script>' if plotly_js else ''}
</head>
<body>
<header id="title-block-header">
{_title_block(p, "h1")}
</header>
<div class="layout">
{_toc(p)}
<main id="content">
{body}
</main>
</div>
<script>
{_data("charts.js")}
</script>
</body>
</html>
"""


def print_page(p: Parts, svgs: list[str]) -> str:
    """The print variant: cover, contents with page numbers, SVG charts."""
    def chart(m: re.Match) -> str:
        b64 = base64.b64encode(svgs[int(m.group(1))].encode("utf-8")).decode("ascii")
        return f'<img class="bg-chart-static" alt="" src="data:image/svg+xml;base64,{b64}">'

    body = _PLACEHOLDER.sub(chart, p.body)
    return f"""<!DOCTYPE html>
<html lang="{html.escape(p.lang)}">
<head>
<meta charset="utf-8">
<title>{html.escape(p.title)}</title>
<style>
{_data("brief.css")}
{_data("print.css")}
</style>
</head>
<body class="print">
<section class="cover-page">
{_title_block(p, "h1")}
</section>
<span class="running-title">{html.escape(p.title)}</span>
<span class="running-handling">{html.escape(p.handling)}</span>
{_toc(p)}
<main id="content">
{body}
</main>
</body>
</html>
"""


def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs().replace("</script", "<\\/script")
