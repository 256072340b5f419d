"""HTML pages -> the article's text and what the page says of itself."""

from __future__ import annotations


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Extract the article body with trafilatura; scripts and markup never survive.

    Returns the text (paragraphs on their own lines) and page metadata
    (title, author, date, url where the page has them).
    """
    import trafilatura  # slow to import; most corpora are plain text

    text = (
        trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            deduplicate=False,
        )
        or ""
    )
    meta: dict[str, str] = {}
    doc = trafilatura.extract_metadata(html)
    if doc is not None:
        for key in ("title", "author", "date", "url"):
            value = getattr(doc, key, None)
            if value:
                meta[key] = str(value)
    return text, meta
