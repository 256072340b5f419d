"""What went wrong, said for the person who can fix it.

A :class:`Problem` is a warning about one input: the build goes on without
it. A :class:`BriefgenError` stops the command it happens in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One problem with one input file, e.g. an unknown field in sources.yml."""

    file: str
    message: str
    hint: str = ""
    where: str = ""  # line, entry or field, when there is one

    def __str__(self) -> str:
        place = f"{self.file}:{self.where}" if self.where else self.file
        text = f"{place}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class BriefgenError(Exception):
    """A fatal error: names the file, what happened and what to do."""

    def __init__(self, message: str, *, file: str | Path | None = None, hint: str = ""):
        self.file = str(file) if file else ""
        self.hint = hint
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.file}: {self.message}" if self.file else self.message
        return f"{text}\n  what to do: {self.hint}" if self.hint else text
