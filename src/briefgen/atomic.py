"""Write files so that a reader sees the old version or the new one, never half.

Everything briefgen publishes (tables, brief.html, brief.pdf) goes through
here: the bytes land in a temporary file beside the target, are flushed to
disk, and are renamed over it. A build that fails or is killed midway leaves
the previous file untouched.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

# Temporary names unique within the process; the pid makes them unique across the
# workers of a pool. ``tempfile.mkstemp`` (random name, chmod, reopen to write) costs
# twice what writing a short article's text costs here.
_SERIAL = itertools.count()


def _create_beside(path: Path) -> tuple[Path, int]:
    """A new file beside ``path`` that no other writer uses, with the usual mode
    (0666 less the umask), open for writing: its name and descriptor."""
    while True:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{next(_SERIAL)}.tmp")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue  # left by a killed process that had the same pid


def write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path``, then move it to ``path``.

    ``durable=False`` skips the fsync: still all-or-nothing for readers, but a power
    cut may lose the file. For caches and per-article texts, which the next build
    rewrites when they are missing, the fsync would cost more than the work itself."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp, fd = _create_beside(path)
    try:
        with open(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str, durable: bool = True) -> None:
    write_bytes(path, text.encode("utf-8"), durable)
