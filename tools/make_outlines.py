"""Regenerate src/briefgen/data/outlines.json: country outlines for the offline map.

The geometry is Natural Earth 1:110m (public domain), as shipped inside the
geopandas 0.14 wheel. Plotly's geo charts fetch their topojson from a CDN, which
a build without network cannot reach, so the brief draws these outlines itself.

    pip download --no-deps geopandas==0.14.4 pyshp -d /tmp/geo
    pip install /tmp/geo/pyshp-*.whl
    python tools/make_outlines.py /tmp/geo/geopandas-0.14.4-py3-none-any.whl
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import shapefile  # pyshp

OUT = Path(__file__).resolve().parents[1] / "src/briefgen/data/outlines.json"
STEM = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def outlines(wheel: Path) -> dict[str, list[list[list[float]]]]:
    with zipfile.ZipFile(wheel) as z:
        parts = {ext: io.BytesIO(z.read(f"{STEM}.{ext}")) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(**parts, encoding="latin-1")
    fields = [f[0] for f in reader.fields[1:]]
    result: dict[str, list[list[list[float]]]] = {}
    for rec, shape in zip(reader.records(), reader.shapes(), strict=True):
        row = dict(zip(fields, rec, strict=True))
        code = row["iso_a3"] if row["iso_a3"] != "-99" else row["name"][:3].upper()
        starts = list(shape.parts) + [len(shape.points)]
        rings = [
            [[round(x, 2), round(y, 2)] for x, y in shape.points[a:b]]
            for a, b in zip(starts, starts[1:], strict=False)
        ]
        result.setdefault(code, []).extend(rings)
    return dict(sorted(result.items()))


if __name__ == "__main__":
    data = outlines(Path(sys.argv[1]))
    OUT.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"{OUT}: {len(data)} countries, {OUT.stat().st_size // 1024} KiB")
