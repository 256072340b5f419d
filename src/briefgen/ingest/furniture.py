"""Keep site furniture (navigation, credits, captions, repeated headlines) out of the analysis.

Pure text in, text out. The result is the *analysed text*: kept lines joined
by blank lines, one paragraph each. Every offset in the tables indexes into it.
"""

from __future__ import annotations

import re

_FURNITURE = re.compile(
    r"""^(?:
        recent\ features | related(?:\ (?:articles|stories|posts))? | read\ (?:more|also)
      # a link to another story under its label: "Read More: China Hosts SCO Defense Summit"
      | (?:read\ (?:more|also)|see\ also|related(?:\ (?:news|articles|stories|posts))?)\s*:\s*\S.*
      | advertisement | share(?:\ this)? | subscribe.* | sign\ up.* | follow\ us.*
      | (?:photo|image|credit|source|caption|pictured)s?\s*:.*
      | \d+\s*/\s*\d+                       # slide counters: "1 / 1"
      | [\W_]+                              # arrows and bullets only: "> <"
      | [\W_]*[A-Z]{3}/[A-Z]{3}\s*=.*         # a currency ticker: "• KGS/USD = 0.01143 0%"
      | stay\ up\ to\ date\ with\ .*           # a wire's promo: "Stay up to date with ..."
    )$""",
    re.I | re.X,
)
# A caption ends in its credit: "Kazakhstan soldiers in ... (photo: CSTO)".
# (or "...; image: TCA, Stephen M. Bland")
_CAPTION = re.compile(r"\((?:photo|image|credit|pictured|picture)s?\s*:[^)]*\)\s*$"
                      # ("The meeting ... in 2022. Photo credit: gov.kz")
                      r"|(?:^|[.!?]\s+)(?:photo|image)\s+credit\s*:\s*\S.{0,60}$"
                      r"|;\s*(?:photo|image|credit|picture)s?\s*:[^;]{2,60}$"
                      # ("... during a meeting in Dushanbe. (file photo)", "(AP Photo/X)")
                      r"|\((?:[\w.-]+\s+){0,2}(?:photo|image|picture)"
                      r"(?:\s+by\s+[^)]{1,40}|/[^)]{1,40})?\)\s*$"
                      # ("A column of Russian military equipment ... Archive photo")
                      r"|[.!?]\s+(?:archive|file|stock)\s+(?:photo|image|picture)\.?\s*$"
                      # ("... on June 27, 2017. (Xinhua/Wang Fei)": the agency and its
                      # photographer after the sentence)
                      # ("... near the border. (Gerry Shih/washington post)")
                      r"|[.!?]\s+\((?-i:[A-Z])[^()/]{1,40}/[A-Za-z][^()/]{1,40}\)\s*$"
                      # ("... in 2019. The neighbours are said to be ... Photo: Xinhua")
                      r"|[.!?]\s+(?:photo|image|picture)s?\s*:\s*\S.{0,40}$", re.I)
_LINK_LABEL = re.compile(r"(?:related(?:\s+(?:news|articles|stories|posts))?|read\s+(?:more|also)"
                         r"|see\s+also)\s*:?$", re.I)
_DISCLAIMER = re.compile(r"(?:legal\s+)?disclaimer\s*:?$", re.I)
# The end of a sentence (or of a quotation or aside closing one) at the end of a line.
SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")
_SHORT_LINE_WORDS = 4


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().casefold()


def is_furniture(line: str) -> bool:
    """A line that belongs to the page, not the article."""
    if _FURNITURE.match(line) or _CAPTION.search(line):
        return True
    # Section labels, bylines and promos are a few words with no sentence end:
    # "Crossroads Asia", "AP", "Route 6".
    return len(line.split()) <= _SHORT_LINE_WORDS and not SENTENCE_END.search(line)


_SMALL_WORDS = re.compile(r"\b(?:on|the|a|an)\s")


def _loose(key: str) -> str:
    """A line's key without the small words a copy edit adds or drops."""
    return _SMALL_WORDS.sub("", key + " ").strip()


def clean(raw: str, title: str = "") -> str:
    """The analysed text of an article: furniture and repeated headlines removed."""
    kept: list[str] = []
    seen_headlines: set[str] = set()
    title_key = _key(title)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in raw.split("\n")]
    # A disclaimer closes the page: nothing after it is the article's.
    cut = next((i for i, line in enumerate(lines) if _DISCLAIMER.match(line)), len(lines))
    lines = [line for line in lines[:cut] if line]
    # ("Read also" / "Related": the headline linked under the label is another story's)
    lines = [line for i, line in enumerate(lines) if not is_furniture(line) and not (
        i and _LINK_LABEL.match(lines[i - 1]) and not SENTENCE_END.search(line))]
    keys = [_key(line) for line in lines]
    # ("... Wang Yi announced on Monday." over "... Wang Yi announced Monday.")
    loose = [_loose(key) for key in keys] + [""]
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        this, nxt = loose[i], loose[i + 1]
        # (not a headline over a post's meta line ending in it: "... Comments Off on ...")
        if len(this.split()) >= 6 and (nxt == this or nxt.endswith(" " + this)) and (
                len(nxt) - len(this) <= 80) and SENTENCE_END.search(lines[i + 1]):
            continue  # a summary the lede repeats (after its dateline): "..., an official
            # said Tuesday." then "DUSHANBE, February 27 (RIA Novosti) - ..., an official ..."
        # A headline-like line (no sentence end) seen before is a repeat.
        headline = not SENTENCE_END.search(line) and len(line.split()) <= 25
        if key == title_key or headline:
            if key in seen_headlines or headline and _meta_of(key, seen_headlines | {title_key}):
                continue
            seen_headlines.add(key)
        kept.append(line)
    return "\n\n".join(_without_link_list(kept))


_META_WORDS = 12  # "Asia-Pacific, Europe, News October 12, 2025 Comments Off on": section,
# date, author, comment count
_META_AFTER_WORDS = 3  # "4 minute read"


def _meta_of(key: str, headlines: set[str]) -> bool:
    """Whether a line is a post's meta line holding a headline seen before: "4 months ago
    Web Desk Comments Off on Tajikistan to Host CSTO Military Exercise Rubezh 2022" (and
    "News October 12, 2025 Comments Off on <headline>4 minute read": a reading time may
    follow it)."""
    for h in headlines:
        at = key.find(" " + h)
        if (at != -1 and len(h.split()) >= _SHORT_LINE_WORDS
                and len(key[:at].split()) <= _META_WORDS
                and len(key[at + 1 + len(h) :].split()) <= _META_AFTER_WORDS):
            return True
    return False


_LINK_LIST = 3  # so many headlines in a row at the end are links to other stories


def _without_link_list(lines: list[str]) -> list[str]:
    """The lines without a closing run of headlines (a "related news" box): "Tajik,
    Russian leaders vow to boost economic cooperation" / "Flour prices continue rising in
    Tajikistan" / ..."""
    end = len(lines)
    while end > 0 and not SENTENCE_END.search(lines[end - 1]) and len(lines[end - 1].split()) <= 15:
        end -= 1
    return lines[:end] if len(lines) - end >= _LINK_LIST and end > 0 else lines


def guess_title(text: str, limit: int = 120) -> str:
    """Title of an article without metadata: its first line, shortened to a sentence."""
    first = text.split("\n", 1)[0].strip()
    if len(first) <= limit:
        return first
    cut = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return cut if len(cut) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"
