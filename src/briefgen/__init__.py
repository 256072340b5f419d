"""briefgen: situation briefs from news articles.

The documents use :func:`load` to get the tables as DataFrames.
"""

from __future__ import annotations

__version__ = "0.1.0"


def load(*args, **kwargs):
    """The tables as DataFrames, built first if missing or stale (see pipeline.load)."""
    from briefgen.pipeline import load as _load

    return _load(*args, **kwargs)


__all__ = ["load", "__version__"]
