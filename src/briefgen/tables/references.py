"""The sources table as CSL JSON, the bibliography format pandoc's citeproc reads.

Each article is cited by its ``source_id`` (``[@000_e4de8c0ae5b4a752]``).
"""

from __future__ import annotations

import json

import pandas as pd


def _issued(published: str) -> dict:
    parts = [int(p) for p in published.split("-") if p.isdigit()]
    return {"date-parts": [parts]} if parts else {}


def csl_items(sources: pd.DataFrame) -> list[dict]:
    """One ``article-newspaper`` item per source that is not a duplicate."""
    items = []
    for row in sources.itertuples(index=False):
        if row.duplicate_of:
            continue
        item: dict = {"id": row.source_id, "type": "article-newspaper", "title": row.title}
        if row.outlet:
            item["container-title"] = row.outlet
        # With no byline the outlet stands as the author, so that an in-text citation
        # reads "(Eurasianet 2015)" rather than repeating a headline.
        if row.author:
            item["author"] = [{"literal": a.strip()} for a in row.author.split(";")]
        elif row.outlet:
            item["author"] = [{"literal": row.outlet}]
        if row.published:
            item["issued"] = _issued(row.published)
        if row.url:
            item["URL"] = row.url
        items.append(item)
    return items


def to_json(sources: pd.DataFrame) -> str:
    return json.dumps(csl_items(sources), indent=1, ensure_ascii=False, sort_keys=True) + "\n"
