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
    """``get``/``put`` of JSON text by key. ``prepare`` it in the parent process; each
    process then opens its own connection on first use, so one object can be handed
    to forked workers."""

    def __init__(self, path: Path, writable: bool = True) -> None:
        self.path = Path(path)
        self.writable = writable
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        self._off = False  # this process could not open it: no cache, not an error

    def prepare(self) -> None:
        """Create the file (or set a damaged one aside), before any worker opens it:
        workers opening a new database side by side would race to set it up."""
        if not self.writable:
            return
        try:
            self._init()
        except sqlite3.OperationalError:
            self._off = True  # locked by another build, read-only disk...
        except sqlite3.DatabaseError:
            # Not a database (a half-copied file, say): set it aside and start over.
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            try:
                self._init()
            except sqlite3.DatabaseError:
                self._off = True

    def _init(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            # WAL lets the workers write while others read; it stays set in the file.
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS rows (key TEXT PRIMARY KEY, body TEXT NOT NULL)"
            )
            conn.execute("SELECT count(*) FROM rows WHERE key = ''").fetchall()  # fails if damaged
        finally:
            conn.close()

    def _connect(self) -> sqlite3.Connection | None:
        if self._off:
            return None
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        if not self.path.exists():
            return None
        try:
            conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            # NORMAL syncs at checkpoints only, which keeps the file consistent (a crash
            # may lose the last rows, which the next build extracts again).
            conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError:
            self._off = True
            return None
        self._conn, self._pid = conn, os.getpid()
        return conn

    def get(self, key: str) -> str | None:
        conn = self._connect()
        if conn is None:
            return None
        try:
            # fetchall: a cursor left unfinished keeps its read transaction open, and
            # this connection's next write may then fail at once ("database is locked").
            rows = conn.execute("SELECT body FROM rows WHERE key = ?", (key,)).fetchall()
        except sqlite3.DatabaseError:
            return None
        return rows[0][0] if rows else None

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
