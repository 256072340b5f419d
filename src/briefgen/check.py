"""The quotation integrity gate: every quotation the brief shows is verbatim in the
analysed text of the source it cites, in the HTML and in the PDF.

The HTML is read by structure: a quotation is a ``div.quote`` whose ``.quote-text``
holds the words and whose ``.quote-source`` links the citation (``#ref-<source_id>``).
The PDF's text must hold the same quotations, in the same order, word for word.
Whitespace is compared collapsed (line breaks differ between a page and a text file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_SPACE = re.compile(r"\s+")
_PDF_QUOTE = re.compile(
    r"“((?:(?!source passage).)+?)” — (?:(?!source passage).)+? · source passage")


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


def pdf_quotations(pdf: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    # A line may break after a hyphen ("Taliban-|controlled"): the hyphen is the text's
    # own (no hyphenation is on), so the line break is dropped, not turned into a space.
    text = re.sub(r"(?<=\S)-\n", "-", extract_text(str(pdf)))
    return [norm(m.group(1)) for m in _PDF_QUOTE.finditer(norm(text))]


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
        in_pdf = pdf_quotations(pdf_path)
        if html_path and in_pdf != [q.text for q in quotes]:
            html_texts = [q.text for q in quotes]
            extra = [t for t in in_pdf if t not in html_texts]
            missing = [t for t in html_texts if t not in in_pdf]
            detail = "; ".join([f"only in the PDF: “{t}”" for t in extra[:3]]
                               + [f"missing from the PDF: “{t}”" for t in missing[:3]])
            problems.append(f"{pdf_path}: its quotations differ from the HTML's "
                            f"({len(in_pdf)} vs {len(html_texts)}): {detail or 'order differs'}")
        elif not html_path:
            for t in in_pdf:
                if not any(t in (source_text(p.stem) or "") for p in text_dir.glob("*.txt")):
                    problems.append(f"{pdf_path}: the quotation “{t}” is in no source")
    return problems
