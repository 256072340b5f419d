"""The body font, subset to the characters a page uses, as inline @font-face rules.

The HTML must look the same on a machine without our fonts and must not fetch any,
so the faces it uses travel inside it: subset (fontTools, which WeasyPrint already
depends on) and WOFF2-compressed, they add tens of kilobytes, not megabytes.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import os
import shutil
import subprocess
from pathlib import Path

from briefgen import atomic

FAMILY = "Brief Sans"
# (fontconfig pattern, CSS weight, CSS style)
FACES = [
    ("Noto Sans:style=Regular", 400, "normal"),
    ("Noto Sans:style=Bold", 700, "normal"),
    ("Noto Sans:style=Italic", 400, "italic"),
]


@functools.cache
def _font_file(pattern: str) -> str | None:
    if not shutil.which("fc-match"):
        return None
    proc = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True,
                          text=True, check=False)
    return proc.stdout.strip() or None


def _subset(path: str, text: str) -> bytes:
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]
    font = subset.load_font(path, options)
    sub = subset.Subsetter(options)
    sub.populate(text=text + "0123456789 .,;:–—-()[]“”‘’\"'")
    sub.subset(font)
    buf = io.BytesIO()
    subset.save_font(font, buf, options)
    return buf.getvalue()


def font_face_css(text: str, cache_dir: Path | None = None) -> str:
    """@font-face rules for FAMILY covering ``text``; empty when fontconfig finds none.
    Subsets are cached in ``cache_dir`` by font file and character set."""
    rules = []
    chars = "".join(sorted(set(text)))
    for pattern, weight, style in FACES:
        path = _font_file(pattern)
        if not path:
            continue
        key = hashlib.sha256(f"{path}\0{os.path.getmtime(path)}\0{chars}".encode()).hexdigest()
        cached = cache_dir / f"{key}.woff2" if cache_dir else None
        if cached and cached.is_file():
            data = cached.read_bytes()
        else:
            try:
                data = _subset(path, chars)
            except Exception:  # noqa: BLE001 - a font we cannot subset: system fonts instead
                continue
            if cached:
                atomic.write_bytes(cached, data, durable=False)
        b64 = base64.b64encode(data).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{FAMILY}"; font-weight: {weight}; '
            f"font-style: {style}; src: url(data:font/woff2;base64,{b64}) format(\"woff2\"); }}"
        )
    return "\n".join(rules)
