"""Bytes of a seed file -> text, or a clear reason why it is not text."""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

from briefgen.problems import BriefgenError

# Magic numbers of the binary files that most often get saved under a .txt name.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (a .docx or .xlsx?)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


def decode_bytes(data: bytes, file: str) -> str:
    """Decode a seed file's bytes: UTF-8 first, then the detected encoding.

    Raises BriefgenError for binary content, naming what it looks like.
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BriefgenError(
                f"this is {what}, not text",
                file=file,
                hint="save the article's text as .txt, .md or .html and remove this file",
            )
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        if b"\x00" in data[:4096]:
            raise BriefgenError(
                "the file holds binary data (NUL bytes), not text",
                file=file,
                hint="save the article's text as UTF-8 .txt and remove this file",
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess(data)
    return normalise(text)


def _guess(data: bytes) -> str:
    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    # charset-normalizer gives up on some short texts; latin-1 decodes anything.
    return data.decode("latin-1")


_APOSTROPHE_PAIRS = re.compile(r"''(?=\S)([^'\n]{1,300}?)(?<=\S)''")


def normalise(text: str) -> str:
    """One form for the same text: NFC, \\n line ends, no-break spaces as spaces, and
    quotation marks typed as two backticks and two apostrophes (old wire and archive
    copy: ``They control the country,'' says ...; or two apostrophes on each side:
    ''terrorists'') as curly ones."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "``" in text:
        text = text.replace("``", "\u201c").replace("''", "\u201d")
    elif "''" in text:
        # ("mis-characterized people as ''terrorists''": two apostrophes on each side)
        text = _APOSTROPHE_PAIRS.sub("\u201c\\1\u201d", text)
    return text.replace("\u00a0", " ").replace("\u200b", "")
