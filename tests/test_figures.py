"""Charts: a few table rows in, what a reader sees of them out (bars, colours, labels)."""

import pandas as pd

from briefgen.brief import figures
from briefgen.tables.store import to_frame


def claim(i, source, affiliation):
    return {"claim_id": f"c{i}", "source_id": source, "speaker": f"S{i}", "kind": "reported",
            "affiliation": affiliation, "quote": "words", "char_start": 0, "char_end": 5}


def test_claims_are_coloured_by_the_country_spoken_for_each_side_its_own_colour(lexicon):
    affiliations = ["TJK-MOD", "TJK", "TJK", "RUS-CMD", "RUS-MOD", "KNB", "KGZ-MFA", "CSTO", "CHN",
                    "UZB", "BLR", "ARM", "AFG", "IND", "PAK", "MOD", ""]
    claims = [claim(i, f"s{i % 3}", a) for i, a in enumerate(affiliations)]
    tables = {"sources": to_frame("sources", [{"source_id": f"s{i}", "outlet": f"Outlet {i}"}
                                              for i in range(3)]),
              "claims": to_frame("claims", claims)}
    fig = figures.claims_by_source(tables, lexicon)
    names = [t.name for t in fig.data]
    # a ministry, a district and a national committee speak for their country
    assert names[:2] == ["Tajikistan", "Russia"] and "Kazakhstan" in names
    # a ministry of no named country is as unattributed as a speaker with no affiliation
    assert names[-2:] == ["other", "unattributed"] and "unspecified" not in names
    known = [t.marker.color for t in fig.data if t.name != "unattributed"]
    assert len(known) == len(set(known)) == figures.CLAIM_SIDES + 1  # no colour twice


def test_map_labels_keep_clear_of_each_other_and_of_the_panel_edge():
    places = pd.DataFrame([
        {"place": "Dushanbe", "lat": 38.56, "lon": 68.79, "n": 6},
        {"place": "Lyaur training ground", "lat": 38.42, "lon": 68.93, "n": 1},
        {"place": "Eastern range", "lat": 38.0, "lon": 76.5, "n": 1},
    ])
    where = figures._label_positions(places, places.index, (66.0, 77.0, 36.0, 41.0), 1.0)
    # the place with most events is labelled first, clear of its neighbour's marker;
    # the neighbour's label goes elsewhere or, with no room left, nowhere
    assert where[0] == "middle left"
    assert where.get(1) != where[0]
    assert where[2].endswith("left")  # its label would run off the right edge


def exercise(i, troops, participants):
    return {"exercise_id": f"x{i}", "name": f"Drill {i}", "participants": participants,
            "troops": troops, "troops_qualifier": "", "source_id": "s0"}


def test_troop_bars_fill_their_rows_and_a_far_larger_drill_takes_a_log_axis(lexicon):
    close = {"exercises": to_frame("exercises", [exercise(1, 2500, "CSTO"),
                                                 exercise(2, 800, "TJK;CHN")])}
    fig = figures.troops(close, lexicon)
    assert fig.layout.barmode == "overlay"  # one bar per row, not a slot per organisation
    assert fig.layout.xaxis.type != "log"
    spread = {"exercises": to_frame("exercises", [exercise(1, 155000, "RUS"),
                                                  exercise(2, 900, "TJK;CHN"),
                                                  exercise(3, 250, "KGZ;RUS")])}
    fig = figures.troops(spread, lexicon)
    assert fig.layout.xaxis.type == "log"
    low, high = fig.layout.xaxis.range
    assert 10 ** low < 250 and 10 ** high > 155000


def test_many_events_over_years_are_counted_per_year_over_months_per_month(lexicon):
    def tables(starts):
        rows = [dict(exercise(i, None, "CSTO"), start=s, end=s) for i, s in enumerate(starts)]
        return {"exercises": to_frame("exercises", rows), "meetings": to_frame("meetings", [])}

    over_years = [f"{2010 + i % 12}-0{1 + i % 9}-15" for i in range(figures.MAX_ROWS + 5)]
    fig = figures.timeline(tables(over_years), lexicon)
    assert fig.layout.yaxis.title.text == "events per year"
    assert sum(sum(t.y) for t in fig.data) == len(over_years)
    one_year = [f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(figures.MAX_ROWS + 5)]
    fig = figures.timeline(tables(one_year), lexicon)
    assert fig.layout.yaxis.title.text == "events per month"


def test_a_drill_of_three_countries_and_no_bloc_is_multilateral_like_such_a_meeting(lexicon):
    from briefgen.brief.facts import organisation
    assert organisation(lexicon, "KAZ;KGZ;UZB;TJK;AZE") == "multilateral"
    assert organisation(lexicon, "IND;KAZ") == "bilateral"
    assert organisation(lexicon, "CSTO;KAZ;KGZ") == "CSTO"


def test_an_organisation_has_one_colour_in_every_chart_and_namesakes_their_own_rows(lexicon):
    rows = [dict(exercise(1, 900, "CSTO"), start="2030-01-05", end="2030-01-05"),
            dict(exercise(2, 150, "CHN;KGZ"), name="Concord-2030", location="Urumqi",
                 start="2030-08-06", end="2030-08-13"),
            dict(exercise(3, 1200, "CHN;TJK"), name="Concord-2030", location="Khorog",
                 start="2030-08-07", end="2030-08-16")]
    meetings = [{"meeting_id": "m1", "body": "SCO", "level": "", "place": "", "start": None,
                 "end": None, "source_id": "s0"}]
    tables = {"exercises": to_frame("exercises", rows), "meetings": to_frame("meetings", meetings)}
    line = {t.name: t.line.color for t in figures.timeline(tables, lexicon).data}
    bars = figures.troops(tables, lexicon)
    assert {t.name: t.marker.color for t in bars.data} == {k: line[k] for k in ("CSTO",
                                                                                "bilateral")}
    labels = [y for t in bars.data for y in t.y]
    assert sorted(labels) == ["Concord-2030 · Khorog", "Concord-2030 · Urumqi", "Drill 1"]
