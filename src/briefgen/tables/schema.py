"""The columns of every table, in order (documented in README.md)."""

SOURCES = [
    "source_id",
    "file",
    "title",
    "outlet",
    "author",
    "published",
    "url",
    "words",
    "duplicate_of",
]
EXERCISES = [
    "exercise_id",
    "name",
    "status",
    "participants",
    "location",
    "country",
    "lat",
    "lon",
    "start",
    "end",
    "date_precision",
    "troops",
    "troops_min",
    "troops_max",
    "troops_qualifier",
    "opposing_force",
    "scenario",
    "source_ids",
    "conflicts",
    "troops_by_source",
    "source_id",
    "char_start",
    "char_end",
    "evidence",
    "override",
]
MEETINGS = [
    "meeting_id",
    "body",
    "level",
    "place",
    "country",
    "lat",
    "lon",
    "start",
    "end",
    "date_precision",
    "attendees",
    "topics",
    "source_ids",
    "source_id",
    "char_start",
    "char_end",
    "evidence",
    "override",
]
CLAIMS = [
    "claim_id",
    "source_id",
    "speaker",
    "speaker_id",
    "affiliation",
    "kind",
    "quote",
    "char_start",
    "char_end",
    "topic",
    "reported_via",
    "override",
]
MENTIONS = ["table", "row_id", "source_id", "char_start", "char_end", "evidence"]


def split_list(value: object) -> list[str]:
    """The items of a ``;``-joined cell, in order ("CSTO;RUS" -> ["CSTO", "RUS"])."""
    return [c for c in str(value or "").split(";") if c]


COLUMNS = {
    "sources": SOURCES,
    "exercises": EXERCISES,
    "meetings": MEETINGS,
    "claims": CLAIMS,
    "mentions": MENTIONS,
}
ID = {"exercises": "exercise_id", "meetings": "meeting_id", "claims": "claim_id"}
SPAN_TEXT = {
    "exercises": "evidence",
    "meetings": "evidence",
    "claims": "quote",
    "mentions": "evidence",
}
INTEGER = {
    "troops",
    "troops_min",
    "troops_max",
    "opposing_force",
    "char_start",
    "char_end",
    "words",
}
