"""The five seed articles: what a careful reader finds in each (hand-checked)."""

import pandas as pd
import pytest

from briefgen.tables.schema import SPAN_TEXT


@pytest.fixture(scope="module")
def t(seed_tables):
    return seed_tables[0].tables


def rows_of(df, source):
    return df[
        df["source_ids"].str.contains(source)
        if "source_ids" in df
        else df["source_id"].str.startswith(source)
    ]


def test_summary(seed_tables):
    assert seed_tables[0].summary() == "5 sources, 7 exercises, 6 meetings, 22 claims"
    assert seed_tables[0].problems == [] and seed_tables[0].warnings == []


def test_000_tajik_chinese_drill_this_weekend(t):
    row = t["exercises"][t["exercises"]["source_ids"] == "000_e4de8c0ae5b4a752"].iloc[0]
    assert row["participants"] == "TJK;CHN"
    assert (row["location"], row["start"], row["date_precision"]) == (
        "Dushanbe",
        "2015-06",
        "month",
    )
    assert (row["troops"], row["troops_qualifier"], row["status"]) == (100, "over", "planned")


def test_khatlon_rapid_reaction_drill_is_one_row_from_two_sources(t):
    [row] = [r for _, r in t["exercises"].iterrows() if r["location"] == "Khatlon"]
    assert row["source_ids"] == "000_e4de8c0ae5b4a752;001_f06164054665f185"
    assert set(row["participants"].split(";")) == {"CSTO", "RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK"}
    assert (row["troops"], row["opposing_force"]) == (2500, 700)
    assert (row["start"], row["status"], row["conflicts"]) == ("2015-05", "completed", "")


def test_002_ishkoshim_exercise(t):
    row = rows_of(t["exercises"], "002").iloc[0]
    assert (row["participants"], row["location"]) == ("TJK;CHN", "Ishkoshim")
    assert (row["start"], row["end"], row["troops"]) == ("2016-10-20", "2016-10-24", 10000)
    assert row["troops_qualifier"] == "a combined"


def test_003_drills_until_april_18(t):
    row = rows_of(t["exercises"], "003").iloc[0]
    assert (row["participants"], row["location"], row["status"]) == (
        "RUS;TJK",
        "Tajik-Afghan border",
        "ongoing",
    )
    assert (row["start"], row["end"]) == ("", "2024-04-18")


def test_004_planned_drills_and_two_past_ones(t):
    got = rows_of(t["exercises"], "004")
    assert list(got["participants"]) == ["CSTO", "RUS", "RUS;UZB"]
    planned = got.iloc[0]
    assert (planned["status"], planned["start"], planned["location"]) == (
        "planned",
        "2021-10",
        "Tajik-Afghan border",
    )
    assert got.iloc[1]["country"] == "KGZ;TJK"


def test_meetings(t):
    m = t["meetings"]
    got = list(
        zip(m["source_id"].str[:3], m["body"], m["level"], m["place"], m["start"], strict=True)
    )
    assert got == [
        ("000", "SCO", "interior ministers", "Dushanbe", "2015-06"),
        ("000", "CSTO", "defence ministers", "Dushanbe", "2015-06"),
        ("000", "CSTO", "foreign ministers", "Moscow", "2015-06"),
        ("000", "bilateral", "president; defence minister", "", "2015-06"),
        ("004", "CSTO", "heads of state", "Dushanbe", "2021-09-16"),
        ("004", "SCO", "", "Dushanbe", "2021-09-13"),
    ]
    summit = m.iloc[4]
    assert summit["attendees"].split(";") == [
        "Emomali Rahmon",
        "KAZ",
        "KGZ",
        "ARM",
        "BLR",  # (Tajikistan is there in the person of Rahmon)
        "Stanislav Zas",
        "Vladimir Putin",
    ]


def test_claims_by_speaker(t):
    c = t["claims"]
    got = [
        (s[:3], sp, k, via)
        for s, sp, k, via in zip(
            c["source_id"], c["speaker"], c["kind"], c["reported_via"], strict=True
        )
    ]
    assert got == [
        ("000", "Asia-Plus", "reported", ""),
        ("000", "Asia-Plus", "reported", ""),
        ("000", "Nikolai Bordyuzha", "reported", "AP"),
        ("001", "Nikolai Bordyuzha", "direct", ""),
        # 'He said that there were ... forces, "which can't but be cause for concern"':
        # words quoted inside reported speech stay in the reported claim
        ("001", "Nikolai Bordyuzha", "reported", ""),
        ("001", "Nikolai Bordyuzha", "direct", ""),
        ("001", "Nikolai Bordyuzha", "direct", ""),
        ("001", "An unnamed official from Tajikistan intelligence services", "reported", "TASS"),
        ("001", "An unnamed official from Tajikistan intelligence services", "direct", ""),
        ("001", "An unnamed official from Tajikistan intelligence services", "direct", ""),
        ("001", "A spokesman for Tajikistan's ministry of defense", "reported", "RFE/RL"),
        ("002", "agency reports", "reported", ""),  # "According to agency reports, China ..."
        ("002", "Tajikistani and Russian security experts", "reported", ""),
        ("002", "Some analysts", "reported", ""),
        ("003", "Tajik media", "reported", ""),
        ("003", "reports", "reported", ""),  # "These maneuvers ..., according to reports"
        ("003", "Tajik media sources", "reported", ""),
        ("003", "CSTO Secretary-General", "reported", "TASS"),
        ("003", "Taliban", "reported", ""),
        ("003", "some U.S. officials", "reported", ""),
        ("004", "Emomali Rahmon", "direct", "TASS"),
        ("004", "Stanislav Zas", "direct", ""),
    ]
    # Both spellings of Bordyuzha are one person.
    assert set(c[c["speaker"] == "Nikolai Bordyuzha"]["speaker_id"]) == {"bordyuzha-nikolai"}


def test_every_row_quotes_its_source_verbatim(seed_tables):
    result, out = seed_tables
    for name, column in SPAN_TEXT.items():
        df = result.tables[name]
        assert len(df) > 0
        for _, row in df.iterrows():
            text = (out / "data" / "text" / f"{row['source_id']}.txt").read_text()
            assert text[row["char_start"] : row["char_end"]] == row[column], (name, row)


def test_site_furniture_is_not_analysed(seed_tables):
    _, out = seed_tables
    texts = {p.stem[:3]: p.read_text() for p in (out / "data" / "text").glob("*.txt")}
    for junk in (
        "Recent Features",
        "Credit: via",
        "1 / 1",
        "> <",
        "Route 6",
        "(photo: CSTO)",
        "Crossroads Asia\n",
    ):
        assert all(junk not in t for t in texts.values()), junk
    assert texts["000"].count("Tajik and Chinese Forces to Engage in Joint Exercises") == 1


def test_tables_on_disk_match_in_csv_and_parquet(seed_tables):
    _, out = seed_tables
    for name in ("exercises", "claims"):
        pq = pd.read_parquet(out / "data" / f"{name}.parquet")
        csv = pd.read_csv(out / "data" / f"{name}.csv", keep_default_na=False)
        assert list(pq.columns) == list(csv.columns) and len(pq) == len(csv)
