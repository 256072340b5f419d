"""The quotation integrity gate: every quotation the brief shows is verbatim in the
analysed text of the source it cites, in the HTML and in the PDF.

The HTML is read by structure: a quotation is a ``div.quote`` whose ``.quote-text``
holds the words and whose ``.quote-source`` links the citation (``#ref-<source_id>``).
The PDF's text must hold the same quotations, in the same order, word for word.
Whitespace is compared collapsed (line breaks differ between a page and a text file).
"""

from __future__ import annotations

import io
import multiprocessing
import os
import re
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Quotation:
    text: str
    source_id: str  # "" when the quotation cites nothing


def norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def html_quotations(html_text: str) -> list[Quotation]:
    from lxml import html

    tree = html.fromstring(html_text)
    out = []
    for block in tree.find_class("quote"):
        words = "".join(e.text_content() for e in block.find_class("quote-text"))
        words = norm(words)
        if words.startswith("“") and words.endswith("”"):
            words = words[1:-1]
        refs = [a.get("href", "")[len("#ref-"):] for src in block.find_class("quote-source")
                for a in src.iter("a") if a.get("href", "").startswith("#ref-")]
        out.append(Quotation(words, refs[0] if refs else ""))
    return out


def _pages_text(pdf: str, part: int = 0, parts: int = 1) -> list[tuple[int, str]]:
    """(page index, text) of every ``parts``-th page from ``part``, read as
    ``pdfminer.high_level.extract_text`` reads them."""
    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    out = []
    resources = PDFResourceManager(caching=True)  # fonts parsed once per process
    with open(pdf, "rb") as fh:
        for i, page in enumerate(PDFPage.get_pages(fh)):
            if i % parts != part:
                continue
            buf = io.StringIO()
            device = TextConverter(resources, buf, laparams=LAParams())
            PDFPageInterpreter(resources, device).process_page(page)
            out.append((i, buf.getvalue()))
    return out


def pdf_text(pdf: Path) -> str:
    """The PDF's text, as a reader's copy-and-paste would give it."""
    # Reading pages back is pure Python and most of the check's time: alternate pages
    # are read side by side when this process may fork (no other thread that could
    # hold a lock in the child).
    if (os.cpu_count() or 1) > 1 and threading.active_count() == 1:
        import pdfminer.converter
        import pdfminer.pdfinterp  # noqa: F401 (imported once, here, not in each child)

        fork = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(2, mp_context=fork) as pool:
            pages = [p for half in pool.map(_pages_text, [str(pdf)] * 2, [0, 1], [2, 2])
                     for p in half]
    else:
        pages = _pages_text(str(pdf))
    raw = "".join(text for _, text in sorted(pages))
    # A line may break after a hyphen ("Taliban-|controlled"): the hyphen is the text's
    # own (no hyphenation is on), so the line break is dropped, not turned into a space.
    return norm(re.sub(r"(?<=\S)-\n", "-", raw))


def check(html_path: Path | None, pdf_path: Path | None, text_dir: Path) -> list[str]:
    """Problems found (empty when every quotation is faithful)."""
    problems: list[str] = []
    texts: dict[str, str] = {}

    def source_text(sid: str) -> str | None:
        if sid not in texts:
            path = text_dir / f"{sid}.txt"
            texts[sid] = norm(path.read_text(encoding="utf-8")) if path.is_file() else None
        return texts[sid]

    quotes: list[Quotation] = []
    if html_path:
        quotes = html_quotations(html_path.read_text(encoding="utf-8"))
        for q in quotes:
            if not q.source_id:
                problems.append(f"{html_path}: the quotation “{q.text}” cites no source")
                continue
            text = source_text(q.source_id)
            if text is None:
                problems.append(f"{html_path}: the quotation “{q.text}” cites {q.source_id}, "
                                "which has no analysed text")
            elif q.text not in text:
                elsewhere = [p.stem for p in sorted(text_dir.glob("*.txt"))
                             if p.stem != q.source_id and q.text in (source_text(p.stem) or "")]
                where = f" (it is in {', '.join(elsewhere)})" if elsewhere else ""
                problems.append(f"{html_path}: the quotation “{q.text}” is not verbatim in "
                                f"{q.source_id}, the source it cites{where}")
    if pdf_path:
        # Each quotation block ends with "· source passage". With as many blocks as the
        # HTML has, each holding one of its quotations word for word, the PDF shows
        # exactly the HTML's quotations.
        if not html_path:
            problems.append(f"{pdf_path}: the PDF is checked against the HTML; render both")
            return problems
        text = pdf_text(pdf_path)
        blocks = text.count(" · source passage")
        missing = [q.text for q in quotes if f"“{q.text}” — " not in text]
        if blocks != len(quotes) or missing:
            detail = "; ".join(f"not word for word in the PDF: “{t}”" for t in missing[:3])
            problems.append(f"{pdf_path}: {blocks} quotations in the PDF, {len(quotes)} in "
                            f"the HTML{'; ' + detail if detail else ''}")
    return problems
