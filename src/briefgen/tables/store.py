"""Tables to disk and back: CSV and Parquet, written atomically and byte-stable."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from briefgen import atomic
from briefgen.tables.schema import COLUMNS, INTEGER


def to_frame(name: str, rows: list[dict]) -> pd.DataFrame:
    cols = COLUMNS[name]
    df = pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=cols)
    for c in cols:
        if c in INTEGER:
            df[c] = pd.array(df[c], dtype="Int64")
        elif c in ("lat", "lon"):
            df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
        else:
            df[c] = (
                df[c]
                .map(lambda v: "" if v is None or (isinstance(v, float) and v != v) else str(v))
                .astype("string")
            )
    return df


def write_tables(tables: dict[str, pd.DataFrame], data_dir: Path) -> None:
    for name, df in tables.items():
        buf = io.StringIO()
        df.to_csv(buf, index=False, lineterminator="\n")
        atomic.write_text(data_dir / f"{name}.csv", buf.getvalue())
        table = pa.Table.from_pandas(df, preserve_index=False)
        # No pandas metadata blob and no creation stamp: same tables, same bytes.
        table = table.replace_schema_metadata(None)
        sink = io.BytesIO()
        pq.write_table(table, sink, compression="zstd", write_statistics=False, store_schema=False)
        atomic.write_bytes(data_dir / f"{name}.parquet", sink.getvalue())


def read_tables(data_dir: Path) -> dict[str, pd.DataFrame]:
    out = {}
    for name in COLUMNS:
        df = pq.read_table(data_dir / f"{name}.parquet").to_pandas()
        for c in df.columns:
            if c not in INTEGER and c not in ("lat", "lon"):
                df[c] = df[c].astype("string")
        out[name] = df
    return out


def write_manifest(data_dir: Path, manifest: dict) -> None:
    atomic.write_text(data_dir / "manifest.json", json.dumps(manifest, indent=2, sort_keys=True))
