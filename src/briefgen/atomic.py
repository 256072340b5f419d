"""Write files so that a reader sees the old version or the new one, never half.

Everything briefgen publishes (tables, brief.html, brief.pdf) goes through
here: the bytes land in a temporary file beside the target, are flushed to
disk, and are renamed over it. A build that fails or is killed midway leaves
the previous file untouched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()


def write_with(path: Path, writer: Callable[[Path], None], durable: bool = True) -> None:
    """Call ``writer(tmp)`` to fill a temporary file, then move it to ``path``.

    ``durable=False`` skips the fsync: still all-or-nothing for readers, but a power
    cut may lose the file. For caches and per-article texts, which the next build
    rewrites when they are missing, the fsync would cost more than the work itself."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    # mkstemp makes the file private (0600); published files get the usual mode.
    os.chmod(tmp, 0o666 & ~_UMASK)
    try:
        writer(tmp)
        if durable:
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    write_with(path, lambda tmp: tmp.write_bytes(data), durable)


def write_text(path: Path, text: str, durable: bool = True) -> None:
    write_bytes(path, text.encode("utf-8"), durable)
