"""Tables: per-article rows -> DataFrames merged across sources, overrides applied."""
