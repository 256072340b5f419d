"""What the brief's .qmd cells call: the tables turned into sentences, tables,
quotations and charts. See reports/*.qmd for how they are used."""

from __future__ import annotations

from briefgen.brief import facts, figures, judgments, markup, sections

__all__ = ["facts", "figures", "judgments", "markup", "sections"]
