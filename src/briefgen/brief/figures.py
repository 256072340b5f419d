"""The brief's plotly charts, built from the tables.

Every chart uses one look (``LAYOUT``) and draws without network: the map's country
outlines come from data/outlines.json (Natural Earth, public domain), drawn as plain
shapes instead of plotly's geo layer, which fetches its topojson from a CDN.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import cache
from importlib import resources

import pandas as pd
import plotly.graph_objects as go

from briefgen.brief import facts
from briefgen.lexicon import Lexicon

FONT = "Brief Sans, Noto Sans, Liberation Sans, DejaVu Sans, sans-serif"
PALETTE = ["#1f4e79", "#c8553d", "#2d6a4f", "#8e5ea2", "#e09f3e", "#4ba3c3", "#9c6644",
           "#a4c639", "#d16ba5", "#5f0f40"]
GREY = "#adb5bd"  # for "unattributed", "unspecified": never a palette colour
OTHER = "#6c757d"  # for "other": the sides a chart has no colour of its own for
LAYOUT = dict(
    font=dict(family=FONT, size=12, color="#1d232b"),
    paper_bgcolor="white", plot_bgcolor="white",
    margin=dict(l=10, r=10, t=30, b=10),
    legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0, title_text=""),
    hoverlabel=dict(font_family=FONT),
)
MAX_ROWS = 30  # rows of a per-event chart before it switches to a summary
SUMMARY_YEARS = 4  # a summary over more years counts per year
LOG_FROM = 20  # the largest count this many times the median: a logarithmic axis


def colours(keys) -> dict[str, str]:
    """A stable colour per key (organisation, affiliation): sorted, then the palette;
    keys that mean "not known" are grey."""
    unknown = {"unattributed", "unspecified"}
    known = sorted(set(keys) - unknown - {"other"})
    out = {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(known)}
    return out | {k: GREY for k in set(keys) & unknown} | {k: OTHER for k in set(keys) & {"other"}}


def organisation_colours(tables: dict[str, pd.DataFrame], lex: Lexicon) -> dict[str, str]:
    """One colour per organisation for every chart of the brief (a chart that coloured
    only its own organisations gave the CSTO one colour here and another there)."""
    keys = [facts.organisation(lex, p) for p in tables["exercises"]["participants"]]
    if "meetings" in tables:
        keys += [b or "unspecified" for b in tables["meetings"]["body"].fillna("")]
    return colours(keys)


def _figure(height: int) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(**LAYOUT, height=height)
    fig.update_xaxes(gridcolor="#e6e9ed", zeroline=False)
    fig.update_yaxes(gridcolor="#e6e9ed", zeroline=False)
    return fig


def _short(label: str, width: int = 42) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def timeline(tables: dict[str, pd.DataFrame], lex: Lexicon) -> go.Figure:
    """Exercises and meetings on one date axis, a row each, coloured by organisation."""
    ev = facts.events(tables, lex)
    palette = organisation_colours(tables, lex)
    ev = ev[ev["first"].notna()].sort_values(["first", "kind", "label"])
    if len(ev) > MAX_ROWS:  # a row per event stops being readable: count per month
        return _timeline_summary(ev, palette)
    fig = _figure(max(260, 60 + 26 * len(ev)))
    seen = set()
    for r in ev.itertuples(index=False):
        y = _short(f"{'◆' if r.kind == 'meeting' else '●'} {r.label}")
        colour = palette[r.organisation]
        width = (r.last - r.first).days
        fig.add_trace(go.Scatter(
            x=[r.first, r.last] if width else [r.first], y=[y] * (2 if width else 1),
            mode="lines+markers", line=dict(color=colour, width=8),
            marker=dict(color=colour, size=11, symbol="diamond" if r.kind == "meeting"
                        else "circle"),
            name=r.organisation, legendgroup=r.organisation,
            showlegend=r.organisation not in seen,
            hovertemplate=f"{r.label}<br>{r.first:%Y-%m-%d} – {r.last:%Y-%m-%d}<extra></extra>",
        ))
        seen.add(r.organisation)
    fig.update_yaxes(autorange="reversed", type="category", automargin=True)
    fig.update_xaxes(type="date")
    return fig


def _timeline_summary(ev: pd.DataFrame, palette: dict[str, str]) -> go.Figure:
    """Events counted per month, or per year over a span of years (months over twenty
    years are bars too thin to see)."""
    years = (ev["first"].max() - ev["first"].min()).days / 365.25
    period, unit = ("Y", "year") if years > SUMMARY_YEARS else ("M", "month")
    ev = ev.assign(bin=ev["first"].dt.to_period(period).dt.to_timestamp())
    counts = ev.groupby(["bin", "organisation"]).size().reset_index(name="n")
    fig = _figure(380)
    for org, part in counts.groupby("organisation"):
        fig.add_trace(go.Bar(x=part["bin"], y=part["n"], name=org, marker_color=palette[org],
                             xperiod="M12" if unit == "year" else "M1",
                             xperiodalignment="middle"))
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title_text=f"events per {unit}")
    return fig


def _distinct(labels: list[str], ex: pd.DataFrame) -> list[str]:
    """Bar labels a reader can tell apart: two drills of one name ("Cooperation-2019" of
    China with Kyrgyzstan, and of China with Tajikistan) each get their place, else their
    first day (one label would lay both bars and figures over one row)."""
    counts = Counter(labels)
    out = []
    for label, place, start in zip(labels, ex["location"].fillna(""), ex["start"].fillna(""),
                                   strict=True):
        if counts[label] > 1:
            label = _short(f"{label} · {place or start or '?'}")
        out.append(label)
    seen: Counter = Counter()
    for i, label in enumerate(out):
        seen[label] += 1
        if Counter(out)[label] > 1 and seen[label] > 1:
            out[i] = f"{label} ({seen[label]})"
    return out


def troops(tables: dict[str, pd.DataFrame], lex: Lexicon) -> go.Figure:
    """Troops by exercise, largest first, as the sources state them."""
    ex = tables["exercises"].dropna(subset=["troops"])
    ex = ex.sort_values(["troops", "exercise_id"], ascending=[False, True]).head(MAX_ROWS)
    orgs = [facts.organisation(lex, p) for p in ex["participants"]]
    palette = organisation_colours(tables, lex)
    fig = _figure(max(240, 100 + 34 * len(ex)))
    labels = _distinct([_short(n) for n in ex["name"]], ex)
    text = [f"{q + ' ' if q else ''}{int(t):,}" for q, t in
            zip(ex["troops_qualifier"].fillna(""), ex["troops"], strict=True)]
    rows = pd.DataFrame({"x": [int(t) for t in ex["troops"]], "y": labels, "text": text,
                         "org": orgs})
    for org, part in rows.groupby("org", sort=True):
        fig.add_trace(go.Bar(
            x=part["x"], y=part["y"], orientation="h", text=part["text"], name=org,
            textposition="outside", cliponaxis=False, marker_color=palette[org],
            textfont_size=11, constraintext="none",
            hovertemplate="%{y}: %{text} personnel<extra></extra>",
        ))
    # One bar per exercise: overlaid, each fills its row (grouped, every organisation's
    # trace kept a slot in every row and the bars shrank off their labels).
    fig.update_layout(barmode="overlay")
    fig.update_yaxes(categoryorder="array", categoryarray=labels)
    sizes = rows["x"]
    top = int(sizes.max()) if len(sizes) else 1
    if len(sizes) and top > LOG_FROM * max(1, int(sizes.median())):
        # "155,000" beside "250": on a linear axis all but the largest are slivers
        fig.update_xaxes(type="log", range=[math.log10(max(1, int(sizes.min())) / 2),
                                            math.log10(top * 8)],
                         title_text="personnel (as reported, logarithmic scale)")
    else:
        fig.update_xaxes(title_text="personnel (as reported)", range=[0, top * 1.25])
    fig.update_yaxes(autorange="reversed", automargin=True)
    return fig


def participation(tables: dict[str, pd.DataFrame], lex: Lexicon) -> go.Figure:
    """Which country or organisation took part in which exercise: a row per exercise,
    a column per participant (most frequent first)."""
    ex = tables["exercises"].head(MAX_ROWS)
    part = facts.participation(ex)
    codes = part["code"].value_counts()
    order = sorted(codes.index, key=lambda c: (-codes[c], c))
    pairs = set(zip(part["exercise_id"], part["code"], strict=True))
    z = [[1 if (e, c) in pairs else 0 for c in order] for e in ex["exercise_id"]]
    fig = _figure(max(260, 110 + 30 * len(ex)))
    fig.add_trace(go.Heatmap(
        z=z, x=[facts.code_name(lex, c) for c in order], y=[_short(n) for n in ex["name"]],
        xgap=2, ygap=2, colorscale=[[0, "#eef1f4"], [1, PALETTE[0]]], showscale=False,
        zmin=0, zmax=1, hovertemplate="%{x} in %{y}<extra></extra>",
    ))
    fig.update_xaxes(side="top", tickangle=-30, automargin=True, showgrid=False)
    fig.update_yaxes(autorange="reversed", automargin=True, showgrid=False)
    return fig


@cache
def outlines() -> dict[str, list]:
    text = resources.files("briefgen.data").joinpath("outlines.json").read_text("utf-8")
    return json.loads(text)


KIND_COLOURS = {"exercises": PALETTE[0], "meetings": PALETTE[1],
                "exercises and meetings": PALETTE[2]}


def _places(ev: pd.DataFrame) -> pd.DataFrame:
    """One row per located place: what happened there, and how many events."""
    rows = []
    for (place, lat, lon), part in ev.groupby(["place", "lat", "lon"], sort=True):
        kinds = set(part["kind"])
        kind = ("exercises and meetings" if len(kinds) == 2
                else "exercises" if "exercise" in kinds else "meetings")
        rows.append({"place": place, "lat": lat, "lon": lon, "n": len(part), "kind": kind,
                     "hover": f"<b>{place}</b><br>" + "<br>".join(part["label"])})
    return pd.DataFrame(rows, columns=["place", "lat", "lon", "n", "kind", "hover"])


def _outline_trace(box: tuple[float, float, float, float]) -> go.Scatter:
    x0, x1, y0, y1 = box
    xs: list = []
    ys: list = []
    for rings in outlines().values():
        for ring in rings:
            if any(x0 - 5 <= x <= x1 + 5 and y0 - 5 <= y <= y1 + 5 for x, y in ring):
                xs += [p[0] for p in ring] + [None]
                ys += [p[1] for p in ring] + [None]
    return go.Scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor="#f1f3f5",
                      line=dict(color="#adb5bd", width=0.8), hoverinfo="skip",
                      showlegend=False)


def _box(places: pd.DataFrame, pad: float) -> tuple[float, float, float, float]:
    return (float(places["lon"].min()) - pad, float(places["lon"].max()) + pad,
            float(places["lat"].min()) - pad, float(places["lat"].max()) + pad)


def locations(tables: dict[str, pd.DataFrame], lex: Lexicon) -> go.Figure:
    """Where exercises and meetings took place, on country outlines drawn offline.

    When most places crowd into one region and a few lie far off, a second panel
    zooms on the crowd (the overview marks it with a rectangle), so that close
    places keep readable labels."""
    from plotly.subplots import make_subplots

    places = _places(facts.events(tables, lex).dropna(subset=["lat", "lon"]))
    if places.empty:
        return _figure(200)
    lat0, lon0 = places["lat"].median(), places["lon"].median()
    near = places[((places["lat"] - lat0).abs() <= 8) & ((places["lon"] - lon0).abs() <= 8)]
    panels = [(_box(places, 4.0), places)]
    if len(near) < len(places) and len(near) >= 2:
        panels.append((_box(near, 1.5), near))
    widths = [0.45, 0.55] if len(panels) == 2 else [1.0]
    fig = make_subplots(rows=1, cols=len(panels), horizontal_spacing=0.04,
                        column_widths=widths if len(panels) == 2 else None)
    fig.update_layout(**LAYOUT, height=MAP_HEIGHT)
    shown = set()
    for col, (box, pts) in enumerate(panels, start=1):
        fig.add_trace(_outline_trace(box), row=1, col=col)
        labelled = pts if col == len(panels) else places[~places.index.isin(near.index)]
        where = _label_positions(pts, labelled.index, box, widths[col - 1])
        for kind, part in pts.groupby("kind", sort=True):
            fig.add_trace(go.Scatter(
                x=part["lon"], y=part["lat"], mode="markers+text", name=kind,
                text=[p if i in where else "" for i, p in zip(part.index, part["place"],
                                                               strict=True)],
                textposition=[where.get(i, "middle right") for i in part.index],
                cliponaxis=False,
                marker=dict(size=[_marker_size(n) for n in part["n"]],
                            color=KIND_COLOURS[kind],
                            line=dict(color="white", width=1), opacity=0.9),
                customdata=part["hover"], hovertemplate="%{customdata}<extra></extra>",
                legendgroup=kind, showlegend=kind not in shown,
            ), row=1, col=col)
            shown.add(kind)
        x0, x1, y0, y1 = box
        axis = "" if col == 1 else str(col)
        fig.update_xaxes(range=[x0, x1], showgrid=False, showticklabels=False, row=1, col=col,
                         showline=True, linecolor="#ced4da", mirror=True)
        fig.update_yaxes(range=[y0, y1], showgrid=False, showticklabels=False, row=1, col=col,
                         showline=True, linecolor="#ced4da", mirror=True,
                         scaleanchor=f"x{axis}", scaleratio=1.25)  # ~1/cos(37°)
    if len(panels) == 2:
        x0, x1, y0, y1 = panels[1][0]
        fig.add_shape(type="rect", x0=x0, x1=x1, y0=y0, y1=y1, line=dict(color="#495057",
                      width=1, dash="dot"), row=1, col=1)
    return fig


MAP_HEIGHT = 460
_CHAR_PX, _LINE_PX = 6.6, 14  # a label's letters at the map's font size


def _marker_size(n: int) -> float:
    return min(40, 8 + 6 * n ** 0.5)


def _label_positions(pts: pd.DataFrame, labelled, box: tuple[float, float, float, float],
                     width_share: float) -> dict:
    """Where each label goes beside its marker (right, left, above, below, or a corner):
    the first place that stays inside the panel and clear of the labels and markers
    placed before it, the places with most events first; a label with no such place is
    left out. Sizes are estimated in pixels from the exported figure's size and the
    panel's share of it."""
    from briefgen.render.charts import WIDTH

    x0, x1, y0, y1 = box
    w = (WIDTH - 20) * width_share * 0.96
    h = MAP_HEIGHT - 80  # margins and the legend above
    # The axes keep their scale ratio by widening one range to fill the panel.
    sx = min(w / (x1 - x0), h / ((y1 - y0) * 1.25))
    sy = sx * 1.25
    x0 = (x0 + x1) / 2 - w / (2 * sx)
    y0 = (y0 + y1) / 2 - h / (2 * sy)

    def overlaps(a, b) -> bool:
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

    taken = []
    centre = {}
    for i, p in pts.iterrows():
        px, py, r = (p["lon"] - x0) * sx, (p["lat"] - y0) * sy, _marker_size(p["n"]) / 2
        centre[i] = (px, py, r)
        taken.append((px - r, py - r, px + r, py + r))
    out = {}
    for i in pts.sort_values("n", ascending=False).index:
        if i not in labelled:
            continue
        px, py, r = centre[i]
        tw, th = _CHAR_PX * len(str(pts.at[i, "place"])) + 4, _LINE_PX
        spots = {
            "middle right": (px + r + 2, py - th / 2, px + r + 2 + tw, py + th / 2),
            "middle left": (px - r - 2 - tw, py - th / 2, px - r - 2, py + th / 2),
            "top center": (px - tw / 2, py + r, px + tw / 2, py + r + th),
            "bottom center": (px - tw / 2, py - r - th, px + tw / 2, py - r),
            "top right": (px + r * 0.7, py + r * 0.7, px + r * 0.7 + tw, py + r * 0.7 + th),
            "bottom right": (px + r * 0.7, py - r * 0.7 - th, px + r * 0.7 + tw, py - r * 0.7),
            "top left": (px - r * 0.7 - tw, py + r * 0.7, px - r * 0.7, py + r * 0.7 + th),
            "bottom left": (px - r * 0.7 - tw, py - r * 0.7 - th, px - r * 0.7, py - r * 0.7),
        }
        own = (px - r, py - r, px + r, py + r)
        inside = {k: b for k, b in spots.items() if b[0] >= 0 and b[2] <= w}
        free = [k for k, b in inside.items()
                if not any(overlaps(b, t) for t in taken if t != own)]
        if free:  # else no label: one over another is read as neither (hover names it)
            out[i] = free[0]
            taken.append(spots[free[0]])
    return out


def _source_label(sources: pd.DataFrame, sid: str) -> str:
    """ "Eurasianet (2015)": the outlet and year, or the source_id when unknown."""
    year = (sources.at[sid, "published"] or "")[:4]
    return _short(f"{sources.at[sid, 'outlet'] or sid}{f' ({year})' if year else ''}", 36)


CLAIM_SOURCES = 20  # bars of the claims chart: the sources with most claims
CLAIM_SIDES = len(PALETTE) - 1  # colours of it; the rest are "other"


def _side(lex: Lexicon, affiliation: str) -> str:
    """Whom a speaker speaks for, as the chart colours it: the country of a ministry or a
    national body ("TJK-MOD", "RUS-CMD", "KNB" -> the country), else the body itself
    (CSTO, Taliban); a ministry of no known country is "unattributed", like a speaker
    with no affiliation."""
    if not affiliation:
        return "unattributed"
    countries = lex.raw.get("countries", {})
    country = affiliation.split("-")[0]
    if country in countries:
        return country
    org = lex.raw.get("organisations", {}).get(affiliation, {})
    if org.get("country") in countries:
        return str(org["country"])
    if affiliation in lex.raw.get("ministries", {}):
        return "unattributed"  # a ministry of no country named: whose, the text does not say
    return affiliation


def claims_by_source(tables: dict[str, pd.DataFrame], lex: Lexicon) -> go.Figure:
    """Claims per source, stacked by whom the speaker speaks for: the sources with most
    claims, and the sides most heard (the others are "other"), each in its own colour."""
    claims = tables["claims"]
    sources = tables["sources"].set_index("source_id")
    label = {sid: _source_label(sources, sid) for sid in claims["source_id"].unique()}
    sides = claims["affiliation"].fillna("").map(lambda a: _side(lex, a))
    heard = sides[sides != "unattributed"].value_counts()
    kept = set(heard.index[:CLAIM_SIDES]) | {"unattributed"}
    counts = (claims.assign(aff=sides.where(sides.isin(kept), "other"))
              .groupby(["source_id", "aff"]).size().reset_index(name="n"))
    top = counts.groupby("source_id")["n"].sum().sort_values(ascending=False).head(CLAIM_SOURCES)
    counts = counts[counts["source_id"].isin(top.index)]
    palette = colours(counts["aff"])
    fig = _figure(max(240, 90 + 34 * len(top)))
    # the sides most heard first in the legend; what is not known, or not kept, last
    totals = counts.groupby("aff")["n"].sum()
    tail = {"other": 1, "unspecified": 2, "unattributed": 3}
    order = sorted(totals.index, key=lambda a: (tail.get(a, 0), -totals[a], a))
    for aff in order:
        part = counts[counts["aff"] == aff]
        fig.add_trace(go.Bar(
            y=[label[s] for s in part["source_id"]], x=part["n"], orientation="h",
            name=facts.code_name(lex, aff), marker_color=palette[aff],
            hovertemplate="%{y}: %{x} claims<extra>" + facts.code_name(lex, aff) + "</extra>",
        ))
    fig.update_layout(barmode="stack", legend_traceorder="normal")
    fig.update_yaxes(categoryorder="array", categoryarray=[label[s] for s in top.index][::-1],
                     automargin=True)
    fig.update_xaxes(title_text="claims", dtick=1 if top.max() <= 12 else None)
    return fig


__all__ = ["timeline", "troops", "participation", "locations", "claims_by_source"]
