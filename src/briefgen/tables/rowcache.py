"""The per-article extraction cache: rows by a hash of everything that decides them.

One SQLite file (``output/cache/extract.sqlite``) instead of a file per article:
creating a file costs more on our disks than extracting a short article, and a
large corpus made tens of thousands of them. Several worker processes read and
write it at once (WAL mode). It is only a cache: a damaged file is set aside and
the rows are extracted again.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class RowCache:
    """``get``/``put`` of JSON text by key. Opens its connection in the process that
    first uses it, so one object can be handed to forked workers."""

    def __init__(self, path: Path, writable: bool = True) -> None:
        self.path = Path(path)
        self.writable = writable
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        self._broken = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._broken:
            return None
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        if not self.writable and not self.path.exists():
            return None
        try:
            self._conn = self._open()
        except sqlite3.DatabaseError:
            # Not a database (a half-copied file, say): set it aside once and start over.
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            try:
                self._conn = self._open()
            except sqlite3.DatabaseError:
                self._broken = True
                return None
        self._pid = os.getpid()
        return self._conn

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        # WAL lets the workers write while others read; NORMAL syncs at checkpoints
        # only, which keeps the file consistent (a crash may lose the last rows).
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("CREATE TABLE IF NOT EXISTS rows (key TEXT PRIMARY KEY, body TEXT NOT NULL)")
        conn.execute("SELECT count(*) FROM rows WHERE key = ''").fetchone()  # fails if damaged
        return conn

    def get(self, key: str) -> str | None:
        conn = self._connect()
        if conn is None:
            return None
        try:
            row = conn.execute("SELECT body FROM rows WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        return row[0] if row else None

    def put(self, key: str, body: str) -> None:
        if not self.writable:
            return
        conn = self._connect()
        if conn is None:
            return
        try:
            conn.execute("INSERT OR REPLACE INTO rows (key, body) VALUES (?, ?)", (key, body))
        except sqlite3.DatabaseError:
            pass  # a cache that cannot be written costs time on the next build, nothing else

    def close(self) -> None:
        if self._conn is not None and self._pid == os.getpid():
            self._conn.close()
        self._conn = None

    def __getstate__(self) -> dict:
        # A connection does not cross processes; the copy opens its own.
        return {**self.__dict__, "_conn": None, "_pid": -1}
