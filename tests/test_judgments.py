"""Key judgments: a few table rows in, the sentences out (with their citations)."""

import pytest

from briefgen.brief import facts
from briefgen.brief.judgments import (
    activity_by_year,
    agreement,
    key_judgments,
    largest_exercise,
    most_active,
)
from briefgen.tables.store import to_frame


def exercise(i, participants, start="", end="", troops=None, sources="s1", **kw):
    return {"exercise_id": f"x{i}", "name": f"Exercise {i}", "status": "completed",
            "participants": participants, "start": start, "end": end or start,
            "troops": troops, "troops_min": troops, "troops_max": troops,
            "source_ids": sources, "source_id": sources.split(";")[0], **kw}


@pytest.fixture
def tables():
    return {
        "sources": to_frame("sources", [{"source_id": "s1", "published": "2015-06"},
                                         {"source_id": "s2", "published": "2016-11-19"}]),
        "exercises": to_frame("exercises", [
            exercise(1, "TJK;CHN", "2015-06", troops=100, troops_qualifier="over"),
            exercise(2, "CSTO;RUS;TJK", "2015-05", troops=2500, sources="s1;s2"),
            exercise(3, "TJK;CHN", "2016-10-20", "2016-10-24", troops=10000, sources="s2",
                     troops_qualifier="a combined"),
            exercise(4, "RUS;UZB"),
        ]),
        "meetings": to_frame("meetings", [
            {"meeting_id": "m1", "body": "SCO", "place": "Dushanbe", "start": "2015-06",
             "end": "2015-06", "source_ids": "s1", "source_id": "s1"}]),
        "claims": to_frame("claims", []),
    }


def test_who_exercises_most_and_with_whom(tables, lexicon):
    assert most_active(tables, lexicon) == (
        "Tajikistan took part in 3 of the 4 exercises reported, most often alongside "
        "China (2) [@s1; @s2].")


def test_the_largest_exercise_with_its_exact_dates_and_qualifier(tables, lexicon):
    assert largest_exercise(tables, lexicon) == (
        "The largest exercise reported is the Exercise 3 (2016-10-20 to 2016-10-24), "
        "with a combined 10,000 personnel [@s2].")


def test_activity_per_year_counts_dated_events_and_says_how_many_are_undated(tables, lexicon):
    assert activity_by_year(tables, lexicon) == (
        "Reported activity is highest in 2015 (3 events); events are dated from 2015 to "
        "2016: 2015: 3, 2016: 1 (1 event without a date) [@s1; @s2].")


def test_agreement_names_a_conflict_when_sources_disagree(tables, lexicon):
    assert agreement(tables, lexicon).startswith("The sources that report the same exercise")
    ex = tables["exercises"].copy()
    ex.loc[1, "conflicts"] = "troops: s1=2500, s2=3000; location: s1=Khatlon, s2=Dushanbe"
    tables["exercises"] = ex
    assert agreement(tables, lexicon) == (
        "Sources disagree on the Exercise 2: @s1 gives troops 2500, @s2 gives 3000; "
        "@s1 gives location Khatlon, @s2 gives Dushanbe.")


def test_empty_tables_give_no_sentence_rather_than_invented_ones(tables, lexicon):
    empty = {k: v.head(0) for k, v in tables.items()}
    assert key_judgments(empty, lexicon) == []


def test_since_keeps_events_from_a_date_on(tables):
    kept = facts.since(tables, "2016")
    assert list(kept["exercises"]["exercise_id"]) == ["x3"]
    assert kept["meetings"].empty


def test_codes_read_as_names_in_the_prose(lexicon):
    from briefgen.brief.facts import code_name

    assert code_name(lexicon, "TJK") == "Tajikistan"
    assert code_name(lexicon, "TALIBAN") == "Taliban"
    assert code_name(lexicon, "CSTO") == "CSTO"
    assert code_name(lexicon, "RUS-CMD") == "Russia (Central Military District)"
