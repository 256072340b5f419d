"""Ingest: files in seeds/ -> Articles whose analysed text all offsets index into."""
