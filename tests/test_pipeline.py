"""The data job on a process pool does what it does in one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from briefgen import pipeline
from briefgen.pipeline import build

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(tmp_path: Path) -> Path:
    """The seeds, plus a copy of one under another name, a file sharing another's
    name stem, and an empty file."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    first = sorted(seeds.glob("*.txt"))[0]
    shutil.copy(first, seeds / "copy_of_first.txt")
    (seeds / "more").mkdir()
    shutil.copy(sorted(seeds.glob("*.txt"))[1], seeds / "more" / f"{first.stem}.md")
    (seeds / "empty.txt").write_text("")
    return seeds


def texts(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in (out / "data" / "text").glob("*")}


def test_a_process_pool_gives_the_tables_texts_and_warnings_of_one_process(
    tmp_path, monkeypatch
):
    seeds = corpus(tmp_path)
    one = build(seeds, tmp_path / "one", workers=1)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)  # a pool even for a few files
    pool = build(seeds, tmp_path / "pool", workers=2)

    for name, frame in one.tables.items():
        pd.testing.assert_frame_equal(frame, pool.tables[name], obj=name)
    assert [str(p) for p in pool.problems] == [str(p) for p in one.problems]
    assert pool.warnings == one.warnings
    assert texts(tmp_path / "pool") == texts(tmp_path / "one")
    # The copy is counted once and has no analysed text; the clashing stem is refused.
    assert "copy_of_first.txt" not in texts(tmp_path / "pool")
    assert any("same text as" in w for w in pool.warnings)
    assert any("same name stem" in str(p) for p in pool.problems)
    assert any("empty" in str(p) for p in pool.problems)


def test_a_second_build_takes_every_article_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    seeds = corpus(tmp_path)
    first = build(seeds, tmp_path / "out", workers=2)
    again = build(seeds, tmp_path / "out", workers=2)
    articles = (first.tables["sources"]["duplicate_of"] == "").sum()
    assert first.reused == 0
    assert again.reused == articles
    for name, frame in first.tables.items():
        pd.testing.assert_frame_equal(frame, again.tables[name], obj=name)


def test_a_damaged_cache_is_set_aside_and_filled_again(tmp_path):
    seeds = corpus(tmp_path)
    cache = tmp_path / "out" / "cache" / "extract.sqlite"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"this is not a database" * 100)
    first = build(seeds, tmp_path / "out", workers=1)
    assert first.reused == 0
    again = build(seeds, tmp_path / "out", workers=1)
    assert again.reused == (first.tables["sources"]["duplicate_of"] == "").sum()


def test_workers_writing_the_cache_side_by_side_lose_no_rows(tmp_path, monkeypatch):
    # Two workers read and write the cache at once; every article extracted by the
    # first build must be found by the second.
    from briefgen.bench import make_corpus

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    make_corpus(SEEDS, seeds, 120)
    build(seeds, tmp_path / "out", workers=2)
    again = build(seeds, tmp_path / "out", workers=2)
    assert again.reused == len(again.tables["sources"])


def test_an_edit_to_the_data_layers_code_re_extracts_every_article(tmp_path, monkeypatch):
    seeds = corpus(tmp_path)
    build(seeds, tmp_path / "out", workers=1)
    monkeypatch.setattr(pipeline, "code_digest", lambda: "an edited extractor")
    assert build(seeds, tmp_path / "out", workers=1).reused == 0


def merged_sources(tmp_path: Path, a: tuple[str, str], b: tuple[str, str],
                   table: str = "exercises") -> list[str]:
    """The source_ids of each row of ``table`` built from two articles, (text, published)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for name, (text, _) in (("a", a), ("b", b)):
        (seeds / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    (seeds / "sources.yml").write_text(
        f"a.txt: {{title: A, outlet: X, published: '{a[1]}'}}\n"
        f"b.txt: {{title: B, outlet: Y, published: '{b[1]}'}}\n", encoding="utf-8")
    return sorted(build(seeds, tmp_path / "out", write=False).tables[table]["source_ids"])


def test_two_articles_agreeing_only_on_the_year_and_one_country_are_two_exercises(tmp_path):
    assert merged_sources(
        tmp_path,
        ("Russian and Kazakh special forces will hold joint drills in Kyrgyzstan's Issyk-Kul "
         "region on 15-17 October.", "2025-10-06"),
        ("Russian troops will hold large drills next year, the defence ministry said.",
         "2024-11-28"),
    ) == ["a", "b"]


def test_an_undated_drill_told_years_before_a_dated_one_is_another_exercise(tmp_path):
    dated = ("Units of the 201st base and Tajik troops will drill at the Lyaur training ground "
             "on 3-8 November.", "2024-10-20")
    undated = ("Troops of the 201st base and Tajik troops are holding drills at the Lyaur "
               "training ground, the district said.")
    assert merged_sources(tmp_path, dated, (undated, "2018-05-02")) == ["a", "b"]
    # the same two a month apart are one
    assert merged_sources(tmp_path, dated, (undated, "2024-11-05")) == ["a;b"]


def test_a_drill_until_a_day_and_the_same_drill_from_a_day_to_it_are_one(tmp_path):
    assert merged_sources(
        tmp_path,
        ("Kyrgyz and Kazakh troops are holding drills in Batken province that run until "
         "May 12.", "2023-05-09"),
        ("Kyrgyz and Kazakh troops began drills in Batken province on May 5; they last "
         "till the 12th.", "2023-05-06"),
    ) == ["a;b"]


def test_a_meeting_told_by_two_sources_lists_everyone_either_names(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "A session of the CSTO Collective Security Council will be held in Minsk on Thursday "
        "under the chairmanship of Belarusian President Alexander Lukashenko.\n",
        encoding="utf-8")
    (seeds / "b.txt").write_text(
        "President of Kazakhstan Kassym-Jomart Tokayev took part on Thursday in the session "
        "of the CSTO Collective Security Council in Minsk. On the Russian side, the meeting "
        "was attended by the Secretary of the Security Council Nikolai Patrushev, "
        "Presidential Aide Yuri Ushakov, Deputy Head of the Presidential Administration "
        "Dmitry Peskov.\n",
        encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "a.txt: {title: A, outlet: X, published: '2023-11-23'}\n"
        "b.txt: {title: B, outlet: Y, published: '2023-11-23'}\n", encoding="utf-8")
    meetings = build(seeds, tmp_path / "out", write=False).tables["meetings"]
    [row] = meetings.to_dict("records")
    assert row["source_ids"] == "a;b"
    assert row["attendees"].split(";") == [
        "Alexander Lukashenko", "Kassym-Jomart Tokayev", "Nikolai Patrushev", "Yuri Ushakov",
        "Dmitry Peskov"]


def test_a_drill_known_by_its_last_day_meets_one_of_the_days_before_not_of_a_month_before(
        tmp_path):
    completed = ("The joint drill of Kyrgyz and Kazakh troops in Batken province was completed "
                 "on Monday.", "2023-10-24")
    assert merged_sources(tmp_path, completed, (
        "Kyrgyz and Kazakh troops held joint drills in Batken province on October 18-21.",
        "2023-10-22")) == ["a;b"]
    (tmp_path / "2").mkdir()
    assert merged_sources(tmp_path / "2", completed, (
        "Kyrgyz and Kazakh troops will hold joint drills in Batken province in late "
        "September.", "2023-09-01")) == ["a", "b"]


def test_merged_sources_keep_a_drills_span_over_one_of_its_days(tmp_path):
    assert merged_sources(
        tmp_path,
        ("Kazakh and Kyrgyz soldiers conduct a joint drill at the Matybulak range in "
         "Kazakhstan on Sept 15, 2023.", "2023-09-16"),
        ("Kazakh and Kyrgyz troops held a joint drill at the Matybulak range from September 10 "
         "to 24.", "2023-09-25"),
    ) == ["a;b"]
    [row] = build(tmp_path / "seeds", tmp_path / "out", write=False).tables[
        "exercises"].to_dict("records")
    assert (row["start"], row["end"]) == ("2023-09-10", "2023-09-24")


def test_a_district_and_its_province_are_no_conflict_of_place(tmp_path):
    assert merged_sources(
        tmp_path,
        ("Tajik and Chinese troops held a joint drill in Ishkashim district on October 20-23.",
         "2016-10-24"),
        ("In October, Tajik and Chinese troops held joint drills in Gorno-Badakhshan that "
         "involved 10,000 troops.", "2016-11-02"),
    ) == ["a;b"]
    [row] = build(tmp_path / "seeds", tmp_path / "out", write=False).tables[
        "exercises"].to_dict("records")
    assert "location" not in row["conflicts"]


def test_a_drill_in_a_country_and_in_one_of_its_cities_merge_under_the_name_a_source_gives(
        tmp_path):
    assert merged_sources(
        tmp_path,
        ('The CSTO exercise "Rubezh-2023" is held in Kyrgyzstan on May 1-6.', "2023-05-02"),
        ("CSTO troops are holding drills near Osh from May 1 to 6.", "2023-05-03"),
    ) == ["a;b"]
    [row] = build(tmp_path / "seeds", tmp_path / "out", write=False).tables[
        "exercises"].to_dict("records")
    assert row["name"] == "Rubezh-2023" and "location" not in row["conflicts"]


def test_a_summit_told_on_its_second_day_and_over_both_days_is_one_meeting(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("The SCO summit of heads of state commences today in Astana.\n",
                                 encoding="utf-8")
    (seeds / "b.txt").write_text("The two-day SCO summit of heads of state began on Wednesday "
                                 "in Astana and concluded on Thursday.\n", encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "a.txt: {title: A, outlet: X, published: '2024-07-04'}\n"
        "b.txt: {title: B, outlet: Y, published: '2024-07-04'}\n", encoding="utf-8")
    meetings = build(seeds, tmp_path / "out", write=False).tables["meetings"]
    assert list(meetings["source_ids"]) == ["a;b"]


def test_the_name_most_sources_give_names_the_merged_drill(tmp_path):
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"status": "ongoing", "participants": "CSTO;BLR", "location": "Brest",
            "country": "BLR", "start": "2023-09-01", "end": "2023-09-06",
            "date_precision": "day", "char_start": 0, "char_end": 1, "evidence": "x",
            "troops_by_source": ""}
    rows = [dict(base, source_id="a", exercise_id="1", name="Interaction - 2023"),
            dict(base, source_id="b", exercise_id="2", name="Combat Brotherhood 2023"),
            dict(base, source_id="c", exercise_id="3", name="CSTO exercise, Brest (2023-09)"),
            dict(base, source_id="d", exercise_id="4", name="Combat Brotherhood-2023")]
    [merged], _ = merge_exercises(rows, load_lexicon())
    assert merged["name"] == "Combat Brotherhood 2023"
    assert merged["source_ids"] == "a;b;c;d"


def test_one_name_in_one_year_is_one_drill_across_places_and_a_ground_merges_in_its_province():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"status": "ongoing", "participants": "USA;TJK", "country": "TJK",
            "date_precision": "day", "char_start": 0, "char_end": 1, "evidence": "x",
            "troops_by_source": ""}
    rows = [
        # staff work in the capital, the field phase at a range: one named drill
        dict(base, source_id="a", exercise_id="1", name="Steppe Eagle 30", location="Dushanbe",
             start="2030-08-10", end="2030-08-10"),
        dict(base, source_id="b", exercise_id="2", name="Steppe Eagle 30",
             location="Fakhrabad training ground", start="2030-08-10", end="2030-08-20"),
        # a ground the lexicon lacks, put by its text in Gorno-Badakhshan, and a report
        # of a drill there on the same days
        dict(base, source_id="c", exercise_id="3", name="CHN exercise", participants="CHN;TJK",
             location="Jilondi", within="TJK/Gorno-Badakhshan", start="2030-09-07",
             end="2030-09-16"),
        dict(base, source_id="d", exercise_id="4", name="Tajik–Chinese exercise",
             participants="TJK;CHN", location="Gorno-Badakhshan", start=None, end="2030-09-16"),
    ]
    merged, _ = merge_exercises(rows, load_lexicon())
    assert sorted(m["source_ids"] for m in merged) == ["a;b", "c;d"]


def test_an_undated_report_joins_the_drills_one_of_whose_names_it_gives():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"status": "ongoing", "participants": "CSTO", "country": "KAZ",
            "date_precision": "day", "char_start": 0, "char_end": 1, "evidence": "x",
            "troops_by_source": ""}
    rows = [
        dict(base, source_id="a", exercise_id="1", location="Matybulak range",
             name="Cobalt-2030, Poisk-2030 and Echelon-2030", start="2030-09-26",
             end="2030-10-08"),
        dict(base, source_id="b", exercise_id="2", location="Matybulak range",
             name="CSTO exercise, Matybulak range (2030-09)", start="2030-09-26",
             end="2030-10-13"),
        # no date, only the country, the drills named with another's translation
        dict(base, source_id="c", exercise_id="3", location="Kazakhstan",
             name="Cobalt 2030, Search 2030 and Echelon 2030", start=None, end=None),
    ]
    merged, _ = merge_exercises(rows, load_lexicon(), {"c": "2030-10-03"})
    assert [m["source_ids"] for m in merged] == ["a;b;c"]


def test_undated_reports_of_a_meeting_join_it_in_its_place_and_week():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "SCO", "level": "defence ministers", "place": "Astana", "char_start": 0,
            "char_end": 1, "evidence": "x", "attendees": "", "topics": ""}
    rows = [dict(base, source_id="a", meeting_id="1", start="2030-06-08", end="2030-06-08"),
            dict(base, source_id="b", meeting_id="2", start=None, end=None),
            dict(base, source_id="c", meeting_id="3", start=None, end=None),
            # told a month later, or elsewhere: another meeting
            dict(base, source_id="d", meeting_id="4", start=None, end=None),
            dict(base, source_id="e", meeting_id="5", place="Bishkek", start=None, end=None)]
    published = {"a": "2030-06-09", "b": "2030-06-09", "c": "2030-06-10", "d": "2030-07-20",
                 "e": "2030-06-09"}
    merged, _ = merge_meetings(rows, published)
    assert [m["source_ids"] for m in merged] == ["a;b;c", "d", "e"]


def test_a_name_with_its_year_is_the_name_without_in_that_year():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"status": "completed", "participants": "KAZ", "country": "KAZ",
            "date_precision": "month", "char_start": 0, "char_end": 1, "evidence": "x",
            "troops_by_source": "", "start": "2030-04", "end": "2030-04"}
    rows = [dict(base, source_id="a", exercise_id="1", name="Golden Falcon", location="Kazakhstan",
                 participants=""),
            dict(base, source_id="b", exercise_id="2", name="Golden Falcon 2030",
                 location="Almaty"),
            dict(base, source_id="c", exercise_id="3", name="Golden Falcon 2031",
                 location="Almaty", start="2031-04", end="2031-04")]
    merged, _ = merge_exercises(rows, load_lexicon())
    assert [m["source_ids"] for m in merged] == ["a;b", "c"]


def test_reports_of_a_drills_first_and_last_days_and_a_meeting_one_report_does_not_place():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises, merge_meetings
    base = {"participants": "CHN;KGZ", "country": "CHN", "name": "Concord-2030",
            "location": "Urumqi", "date_precision": "day", "char_start": 0, "char_end": 1,
            "evidence": "x", "troops_by_source": ""}
    rows = [dict(base, source_id="a", exercise_id="1", status="ongoing", start="2030-08-06",
                 end="2030-08-06"),  # "launched on Tuesday"
            dict(base, source_id="b", exercise_id="2", status="completed", start=None,
                 end="2030-08-13")]  # "concluded on August 13"
    [row], _ = merge_exercises(rows, load_lexicon())
    assert (row["start"], row["end"], row["status"]) == ("2030-08-06", "2030-08-13", "completed")
    base = {"body": "SCO", "level": "security council secretaries", "char_start": 0,
            "char_end": 1, "evidence": "x", "attendees": "", "topics": ""}
    rows = [dict(base, source_id="a", meeting_id="1", place="Dushanbe", start=None, end=None),
            dict(base, source_id="b", meeting_id="2", place="", start="2030-06-23",
                 end="2030-06-23")]
    merged, _ = merge_meetings(rows, {"a": "2030-06-24", "b": "2030-06-24"})
    assert [m["source_ids"] for m in merged] == ["a;b"]


def test_names_spelled_two_ways_and_a_ground_placed_by_one_report_only():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"status": "completed", "participants": "CSTO", "country": "KGZ",
            "date_precision": "day", "char_start": 0, "char_end": 1, "evidence": "x",
            "troops_by_source": ""}
    rows = [dict(base, source_id="a", exercise_id="1", name="Kobalt-2030",
                 location="Kyrgyzstan", start="2030-08-02", end="2030-08-05"),
            dict(base, source_id="b", exercise_id="2", name="Cobalt-2030", location="",
                 country="", start="2030", end="2030", date_precision="year"),
            dict(base, source_id="c", exercise_id="3", name="RUS exercise", participants="RUS;UZB",
                 location="Yangiyer", within="UZB/Jizzakh", country="UZB",
                 start="2030-10-03", end="2030-10-03"),
            dict(base, source_id="d", exercise_id="4", name="RUS exercise", participants="RUS;UZB",
                 location="Yangiyer", country="", start="2030-10", end="2030-10",
                 date_precision="month")]
    merged, _ = merge_exercises(rows, load_lexicon(), {"b": "2030-08-06"})
    assert sorted(m["source_ids"] for m in merged) == ["a;b", "c;d"]


def test_a_report_joins_the_drill_whose_sides_are_its_own_over_an_earlier_one():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"status": "ongoing", "country": "", "location": "", "name": "x",
            "date_precision": "day", "char_start": 0, "char_end": 1, "evidence": "x",
            "troops_by_source": ""}
    rows = [dict(base, source_id="a", exercise_id="1", participants="RUS;UZB",
                 location="Termez", country="UZB", start="2030-08-02", end="2030-08-06"),
            dict(base, source_id="a", exercise_id="2", participants="RUS;UZB;TJK",
                 start="2030-08-05", end="2030-08-10"),
            dict(base, source_id="b", exercise_id="3", participants="RUS;UZB;TJK",
                 start="2030-08-05", end="2030-08-10")]
    merged, _ = merge_exercises(rows, load_lexicon())
    assert {m["location"]: m["source_ids"] for m in merged} == {"Termez": "a", "": "a;b"}


def test_a_roman_numeral_and_an_edition_before_the_year_are_one_name():
    from briefgen.tables.merge import name_key
    assert name_key({"name": "Tianshan-I (2030)"}) == name_key({"name": "Tian-Shan-1-2030"})
    assert name_key({"name": "Tianshan-II"}) != name_key({"name": "Tianshan-I"})


def test_a_summit_told_with_the_ministers_meetings_before_it_is_the_summit():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "CSTO", "place": "Minsk", "char_start": 0, "char_end": 1, "evidence": "x",
            "attendees": "", "topics": "", "start": "2030-11-23", "end": "2030-11-23"}
    rows = [dict(base, source_id="a", meeting_id="1",
                 level="heads of state; foreign ministers; security council secretaries"),
            dict(base, source_id="b", meeting_id="2", level="heads of state"),
            dict(base, source_id="c", meeting_id="3", level="defence ministers")]
    merged, _ = merge_meetings(rows, {})
    assert sorted(m["source_ids"] for m in merged) == ["a;b", "c"]


def test_a_plan_called_off_by_a_later_report_is_cancelled():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"participants": "CSTO;KGZ", "country": "KGZ", "location": "Balykchy",
            "name": "Steel Shield-2030", "date_precision": "day", "char_start": 0,
            "char_end": 1, "evidence": "x", "troops_by_source": "", "start": "2030-10-10",
            "end": "2030-10-14"}
    rows = [dict(base, source_id="a", exercise_id="1", status="planned"),
            dict(base, source_id="b", exercise_id="2", status="cancelled")]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert row["status"] == "cancelled"


def _drill(**over) -> dict:
    base = {"participants": "RUS;KAZ", "country": "RUS", "location": "Orenburg",
            "date_precision": "day", "char_start": 0, "char_end": 1, "evidence": "x",
            "troops_by_source": "", "status": "ongoing"}
    return {**base, **over}


def test_an_edition_its_sources_date_apart_is_one_drill_with_the_conflict_flagged():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    rows = [_drill(source_id="a", exercise_id="1", name="Amber Shield-2030",
                   start="2030-09-20", end="2030-09-24"),
            _drill(source_id="b", exercise_id="2", name="Amber Shield 2030",
                   start="2030-09-13", end="2030-09-13")]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert (row["source_ids"], row["start"], row["end"]) == ("a;b", "2030-09-20", "2030-09-24")
    assert row["conflicts"] == "start: a=2030-09-20, b=2030-09-13"
    # a name without its year may be held twice a year: days apart, two drills
    rows = [dict(r, name="Amber Shield") for r in rows]
    assert len(merge_exercises(rows, load_lexicon())[0]) == 2


def test_a_name_and_its_translation_are_one_drill():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    rows = [_drill(source_id="a", exercise_id="1", name="Center-2030", also_named="Zenith-2030",
                   start="2030", end="2030", date_precision="year", location=""),
            _drill(source_id="b", exercise_id="2", name="Zenith-2030", start="2030-09-16",
                   end="2030-09-21")]
    [row], _ = merge_exercises(rows, load_lexicon(), {"a": "2030-09-16", "b": "2030-09-18"})
    assert row["source_ids"] == "a;b"


def test_an_undated_drill_of_an_undated_article_is_of_no_known_year():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    rows = [_drill(source_id="a", exercise_id="1", name="Russian exercise, Lyaur",
                   location="Lyaur training ground", start=None, end=None, date_precision=""),
            _drill(source_id="b", exercise_id="2", name="Russian exercise, Lyaur",
                   location="Lyaur training ground", start=None, end=None, date_precision="")]
    merged, _ = merge_exercises(rows, load_lexicon(), {"b": "2030-08-17"})
    assert len(merged) == 2


def test_a_plan_read_before_the_reports_that_name_and_date_the_drill_joins_them():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    rows = [_drill(source_id="a", exercise_id="1", name="SCO exercise, Pabbi (2030-09)",
                   participants="SCO", location="Pabbi", country="PAK", start="2030-09-21",
                   end="2030-10-04"),
            _drill(source_id="b", exercise_id="2", name="Amber-2030", participants="SCO;IND",
                   location="", country="", start="2030", end="2030", date_precision="year",
                   status="planned"),
            _drill(source_id="c", exercise_id="3", name="Amber-2030", participants="SCO;CHN",
                   location="Pakistan", country="PAK", start="2030-09-21", end="2030-10-04")]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert (row["source_ids"], row["name"]) == ("a;b;c", "Amber-2030")


def test_an_edition_named_with_its_year_needs_nothing_else_to_be_one_drill():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    rows = [_drill(source_id="a", exercise_id="1", name="Search 2030 and Echelon 2030",
                   participants="", location="", country="", start="2030", end="2030",
                   date_precision="year"),
            _drill(source_id="b", exercise_id="2", name="Search-2030 and Echelon-2030",
                   participants="CSTO", location="", country="", start="2030", end="2030",
                   date_precision="year")]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert row["source_ids"] == "a;b"


def test_bilateral_meetings_are_told_apart_by_who_met():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "bilateral", "level": "heads of state", "place": "", "char_start": 0,
            "char_end": 1, "evidence": "x", "topics": "", "start": None, "end": None}
    rows = [dict(base, source_id="a", meeting_id="1", place="Bishkek",
                 attendees="Emil Sadykov;Rustam Nazarov"),
            dict(base, source_id="b", meeting_id="2", attendees="Rustam Nazarov;Emil Sadykov"),
            dict(base, source_id="c", meeting_id="3", attendees="Anna Petrova;Oleg Ivanov"),
            dict(base, source_id="d", meeting_id="4", attendees="KGZ;TJK")]
    published = {"a": "2030-03-13", "b": "2030-03-14", "c": "2030-03-13", "d": "2030-03-13"}
    merged, _ = merge_meetings(rows, published)
    # an undated report with no place joins one in Bishkek told the next day; other
    # people met apart; a list of delegations says nothing of who the people were
    assert sorted(m["source_ids"] for m in merged) == ["a;b;d", "c"]


def test_reports_of_an_edition_that_list_different_sides_are_one_drill():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    rows = [_drill(source_id="a", exercise_id="1", name="Zenith-2030", participants="RUS;CHN;LAO",
                   start="2030-09-01", end="2030-09-07"),
            _drill(source_id="b", exercise_id="2", name="Zenith 2030", participants="RUS;DZA;TJK",
                   start="2030-08-31", end="2030-09-07")]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert set(row["participants"].split(";")) == {"RUS", "CHN", "LAO", "DZA", "TJK"}


def test_an_undated_presidents_meeting_is_not_the_security_chiefs_talks_of_a_day():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "bilateral", "place": "", "char_start": 0, "char_end": 1, "evidence": "x",
            "topics": ""}
    rows = [dict(base, source_id="a", meeting_id="1", level="", attendees="KGZ;TJK",
                 start="2030-09-17", end="2030-09-17"),
            dict(base, source_id="b", meeting_id="2", level="heads of state",
                 attendees="Emil Sadykov;Rustam Nazarov", start=None, end=None)]
    merged, _ = merge_meetings(rows, {"a": "2030-09-17", "b": "2030-09-16"})
    assert len(merged) == 2


def test_a_summits_days_told_apart_and_its_number_in_the_series_make_one_meeting():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "SCO", "level": "heads of state", "char_start": 0, "char_end": 1,
            "evidence": "x", "attendees": "", "topics": "", "date_precision": "day"}
    rows = [dict(base, source_id="a", meeting_id="1", place="Qingdao", start="2030-06-09",
                 end="2030-06-09"),  # "a banquet on Saturday"
            dict(base, source_id="b", meeting_id="2", place="Qingdao", start="2030-06-10",
                 end="2030-06-10", ordinal="18"),  # "the 18th summit opened Sunday"
            # a preview, its month only, that numbers it
            dict(base, source_id="c", meeting_id="3", place="", start=None, end=None,
                 date_precision="", ordinal="18"),
            # the next one in the series, however close
            dict(base, source_id="d", meeting_id="4", place="", start=None, end=None,
                 date_precision="", ordinal="19")]
    merged, _ = merge_meetings(rows, {"a": "2030-06-09", "b": "2030-06-10", "c": "2030-06",
                                      "d": "2030-06-10"})
    assert [m["source_ids"] for m in merged] == ["a;b;c", "d"]
    assert (merged[0]["start"], merged[0]["end"]) == ("2030-06-09", "2030-06-10")


def test_a_name_written_with_accents_is_the_name_without():
    from briefgen.tables.merge import name_key
    assert name_key({"name": "Bírlestík-2030"}) == name_key({"name": "Birlestik-2030"})


def test_bilateral_meetings_of_one_minister_with_two_others_stay_two():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "bilateral", "level": "defence ministers", "place": "", "char_start": 0,
            "char_end": 1, "evidence": "x", "topics": "", "start": "2030-06-26",
            "end": "2030-06-26", "date_precision": "day"}
    rows = [dict(base, source_id="a", meeting_id="1", attendees="Arjun Rao;Emomali Sobirzoda"),
            dict(base, source_id="b", meeting_id="2", attendees="BLR;Arjun Rao;Viktor Khrenin"),
            dict(base, source_id="c", meeting_id="3", attendees="Arjun Rao;Viktor Khrenin")]
    merged, _ = merge_meetings(rows, {})
    assert [m["source_ids"] for m in merged] == ["a", "b;c"]


def test_a_drills_name_and_its_translation_are_one_name():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"status": "ongoing", "participants": "CSTO", "country": "TJK",
            "date_precision": "day", "char_start": 0, "char_end": 1, "evidence": "x",
            "troops_by_source": "", "location": "Tajikistan"}
    rows = [dict(base, source_id="a", exercise_id="1", name="Rubezh-2030",
                 start="2030-10-10", end="2030-10-21"),
            dict(base, source_id="b", exercise_id="2", name="Border-2030", participants="KAZ",
                 location="Harbmaidon training ground", start="2030-10-20", end="2030-10-21"),
            dict(base, source_id="c", exercise_id="3", name="Border-2031",
                 start="2031-10-20", end="2031-10-21")]
    merged, _ = merge_exercises(rows, load_lexicon())
    assert [m["source_ids"] for m in merged] == ["a;b", "c"]


def test_the_days_most_reports_give_a_drill_over_one_reports_phase():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"status": "ongoing", "participants": "CSTO;KAZ", "country": "KAZ",
            "location": "Bereg", "name": "Indestructible Brotherhood-2030",
            "date_precision": "day", "char_start": 0, "char_end": 1, "evidence": "x",
            "troops_by_source": ""}
    rows = [dict(base, source_id="a", exercise_id="1", start="2030-10-01", end="2030-10-05"),
            dict(base, source_id="b", exercise_id="2", start="2030-09-26", end="2030-10-07"),
            dict(base, source_id="c", exercise_id="3", start="2030-09-26", end="2030-10-07")]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert (row["start"], row["end"]) == ("2030-09-26", "2030-10-07")


def test_a_preview_days_ahead_is_the_meeting_it_previews():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "SCO", "level": "heads of government", "char_start": 0, "char_end": 1,
            "evidence": "x", "attendees": "", "topics": "", "date_precision": "day"}
    rows = [dict(base, source_id="a", meeting_id="1", place="Islamabad", start=None,
                 end=None, date_precision=""),  # "is scheduled to be held in Islamabad"
            dict(base, source_id="b", meeting_id="2", place="Islamabad", start="2030-10-16",
                 end="2030-10-16")]
    merged, _ = merge_meetings(rows, {"a": "2030-10-12", "b": "2030-10-16"})
    assert [m["source_ids"] for m in merged] == ["a;b"]


def test_reports_that_end_a_drill_on_different_days_flag_it_and_one_place_is_no_conflict():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    rows = [_drill(source_id="a", exercise_id="1", name="Amber Shield-2030", location="Otar",
                   start="2030-09-20", end="2030-09-29"),
            _drill(source_id="b", exercise_id="2", name="Amber Shield-2030", location="Otar",
                   country="", start="2030-09-20", end="2030-10-05"),
            # (a report of its first day gives no end)
            _drill(source_id="c", exercise_id="3", name="Amber Shield-2030", location="Otar",
                   start="2030-09-20", end="2030-09-20")]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert row["conflicts"] == "end: a=2030-09-29, b=2030-10-05"


def test_the_size_most_reports_give_is_the_drills():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    rows = [_drill(source_id="a", exercise_id="1", name="Amber Shield-2030", troops=200,
                   start="2030-09-20", end="2030-09-29", scenario="x", opposing_force=50),
            _drill(source_id="b", exercise_id="2", name="Amber Shield-2030", troops=2500,
                   start="2030-09-20", end="2030-09-29"),
            _drill(source_id="c", exercise_id="3", name="Amber Shield-2030", troops=2500,
                   start="2030-09-20", end="2030-09-29")]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert (row["troops"], row["conflicts"]) == (2500, "troops: a=200, b=2500, c=2500")


def test_an_undated_report_of_a_month_joins_the_meeting_of_that_month_in_its_place(tmp_path):
    assert merged_sources(
        tmp_path,
        ("A meeting of the CSTO Collective Security Council took place in Bishkek on November "
         "20.", "2030-11-21"),
        ("The session of the CSTO Collective Security Council took place in Bishkek, first in "
         "a narrow format.", "2030-11"),
        table="meetings",
    ) == ["a;b"]


def test_an_editions_name_wins_over_its_series_name_given_by_more_reports():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    rows = [_drill(source_id=s, exercise_id=s, name=n, start="2030-07-08", end="2030-07-17")
            for s, n in (("a", "Amber Shield"), ("b", "Amber Shield"),
                         ("c", "Amber Shield-2030"), ("d", "Amber Shield"))]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert row["name"] == "Amber Shield-2030"


def test_a_drill_is_placed_where_most_of_its_reports_put_it():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    rows = [_drill(source_id="a", exercise_id="1", name="Amber Shield-2030", location="Urumqi",
                   country="CHN", start="2030-08-09", end="2030-08-17", scenario="x",
                   troops=6500),
            _drill(source_id="b", exercise_id="2", name="Amber Shield-2030",
                   location="Chebarkul training ground", start="2030-08-09", end="2030-08-17"),
            _drill(source_id="c", exercise_id="3", name="Amber Shield-2030",
                   location="Chelyabinsk", start="2030-08-09", end="2030-08-17")]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert (row["location"], row["country"]) == ("Chebarkul training ground", "RUS")


def test_a_meeting_takes_the_day_one_report_gives_over_the_year_its_first_report_gives():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "SCO", "level": "heads of state", "place": "Dushanbe", "char_start": 0,
            "char_end": 1, "evidence": "x", "attendees": "", "topics": ""}
    rows = [dict(base, source_id="a", meeting_id="1", start="2030", end="2030",
                 date_precision="year"),  # "chairing the SCO this year"
            dict(base, source_id="b", meeting_id="2", start="2030-09-17", end="2030-09-17",
                 date_precision="day")]  # "will take place on September 17"
    [row], _ = merge_meetings(rows, {"a": "2030-09-17", "b": "2030-09-14"})
    assert (row["start"], row["end"], row["date_precision"]) == ("2030-09-17", "2030-09-17",
                                                                 "day")


def test_a_merged_meeting_lists_a_person_once_and_no_country_beside_its_leader():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_meetings
    base = {"body": "SCO", "level": "heads of state", "place": "Astana", "char_start": 0,
            "char_end": 1, "evidence": "x", "topics": "", "start": "2030-07-04",
            "end": "2030-07-04", "date_precision": "day"}
    rows = [dict(base, source_id="a", meeting_id="1",
                 attendees="Kassym-Jomart Tokayev;Shehbaz Sharif;António Guterres"),
            dict(base, source_id="b", meeting_id="2",
                 attendees="Muhammad Shehbaz Sharif;Antonio Guterres;KAZ;PAK;MNG")]
    [row], _ = merge_meetings(rows, {"a": "2030-07-04", "b": "2030-07-04"}, load_lexicon())
    assert row["attendees"] == "Kassym-Jomart Tokayev;Shehbaz Sharif;António Guterres;PAK;MNG"


def test_a_drill_placed_in_a_province_by_one_report_and_a_town_of_it_by_another_is_the_town():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"status": "completed", "participants": "PAK;CHN", "country": "PAK",
            "name": "Shield-2030", "date_precision": "day", "char_start": 0, "char_end": 1,
            "evidence": "x", "troops_by_source": "", "start": "2030-09-21", "end": "2030-10-04"}
    rows = [dict(base, source_id="a", exercise_id="1", location="Khyber-Pakhtunkhwa"),
            dict(base, source_id="b", exercise_id="2", location="Pabbi")]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert row["location"] == "Pabbi"


def test_a_meeting_of_one_ministers_rank_joins_the_ministers_meeting():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "SCO", "place": "Bishkek", "char_start": 0, "char_end": 1, "evidence": "x",
            "attendees": "", "topics": ""}
    # "foreign minister": one report names one minister; the other, the ministers' meeting
    rows = [dict(base, source_id="a", meeting_id="1", level="foreign minister",
                 start="2030-06-08", end="2030-06-08"),
            dict(base, source_id="b", meeting_id="2", level="foreign ministers", start=None,
                 end=None),
            dict(base, source_id="c", meeting_id="3", level="defence ministers", start=None,
                 end=None)]
    merged, _ = merge_meetings(rows, {"a": "2030-06-08", "b": "2030-06-09", "c": "2030-06-09"})
    assert [m["source_ids"] for m in merged] == ["a;b", "c"]


def test_sessions_in_two_cities_are_two_whatever_their_days_and_a_year_joins_its_news():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "CSTO", "level": "heads of state", "char_start": 0, "char_end": 1,
            "evidence": "x", "attendees": "", "topics": ""}
    rows = [dict(base, source_id="a", meeting_id="1", place="Bishkek", start="2030-11-27",
                 end="2030-11-27"),
            dict(base, source_id="b", meeting_id="2", place="Moscow", start="2030-11",
                 end="2030-11"),
            # "in 2030" (the year a report gives) and undated news of that year, in Bishkek
            dict(base, source_id="c", meeting_id="3", place="Bishkek", start="2030", end="2030"),
            dict(base, source_id="d", meeting_id="4", place="Bishkek", start=None, end=None)]
    merged, _ = merge_meetings(rows, {"a": "2030-11-27", "b": "2030-11-27", "c": "2030-11-28",
                                      "d": "2030-11-28"})
    assert [m["source_ids"] for m in merged] == ["a;c;d", "b"]


def test_an_undated_report_published_as_the_drill_ends_is_that_drill():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"status": "completed", "participants": "CSTO", "country": "TJK", "char_start": 0,
            "char_end": 1, "evidence": "x", "troops_by_source": ""}
    rows = [dict(base, source_id="a", exercise_id="1", name="Steel Shield-2030",
                 location="Fakhrabad training ground", date_precision="day", start="2030-10-20",
                 end="2030-10-24"),
            # "the drills' closing ceremony", told on the last day, undated and unnamed
            dict(base, source_id="b", exercise_id="2", name="CSTO exercise, Tajikistan",
                 location="Tajikistan", date_precision=None, start=None, end=None),
            # the same, told a month later: another drill, perhaps
            dict(base, source_id="c", exercise_id="3", name="CSTO exercise, Tajikistan",
                 location="Tajikistan", date_precision=None, start=None, end=None)]
    merged, _ = merge_exercises(rows, load_lexicon(), {"a": "2030-10-20", "b": "2030-10-24",
                                                      "c": "2030-11-30"})
    assert [m["source_ids"] for m in merged] == ["a;b", "c"]


def test_two_reports_of_a_meeting_no_body_names_join_by_place_level_and_days():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "", "level": "defence ministers", "place": "Samarkand", "char_start": 0,
            "char_end": 1, "evidence": "x", "attendees": "", "topics": ""}
    rows = [dict(base, source_id="a", meeting_id="1", start=None, end=None),
            dict(base, source_id="b", meeting_id="2", start="2030-10-20", end="2030-10-20"),
            dict(base, source_id="c", meeting_id="3", place="Tashkent", start="2030-10-20",
                 end="2030-10-20")]
    merged, _ = merge_meetings(rows, {"a": "2030-10-21", "b": "2030-10-21", "c": "2030-10-21"})
    assert [m["source_ids"] for m in merged] == ["a;b", "c"]


def test_a_conflict_lists_the_days_that_disagree_not_a_year_that_holds_them():
    from briefgen.lexicon import load_lexicon
    from briefgen.tables.merge import merge_exercises
    base = {"status": "completed", "participants": "CSTO", "country": "KGZ",
            "location": "Edelweiss training ground", "name": "Rubezh-2030", "char_start": 0,
            "char_end": 1, "evidence": "x", "troops_by_source": ""}
    rows = [dict(base, source_id="a", exercise_id="1", date_precision="year", start="2030",
                 end="2030"),
            dict(base, source_id="b", exercise_id="2", date_precision="day", start="2030-09-13",
                 end="2030-09-20"),
            dict(base, source_id="c", exercise_id="3", date_precision="day", start="2030-09-17",
                 end="2030-09-20")]
    [row], _ = merge_exercises(rows, load_lexicon())
    assert row["conflicts"] == "start: b=2030-09-13, c=2030-09-17"


def test_a_report_naming_no_body_joins_the_summit_held_there_on_its_days():
    from briefgen.tables.merge import merge_meetings
    base = {"level": "heads of state", "place": "Astana", "char_start": 0, "char_end": 1,
            "evidence": "x", "attendees": "", "topics": "", "date_precision": "day"}
    rows = [dict(base, source_id="a", meeting_id="1", body="CHINA-CA", start="2030-06-17",
                 end="2030-06-17"),
            dict(base, source_id="b", meeting_id="2", body="", start="2030-06-16",
                 end="2030-06-18"),
            # the same days elsewhere, or another body: other meetings
            dict(base, source_id="c", meeting_id="3", body="", place="Bishkek",
                 start="2030-06-17", end="2030-06-17"),
            dict(base, source_id="d", meeting_id="4", body="SCO", start="2030-06-17",
                 end="2030-06-17")]
    merged, _ = merge_meetings(rows, {})
    assert [(m["source_ids"], m["body"]) for m in merged] == [
        ("a;b", "CHINA-CA"), ("c", ""), ("d", "SCO")]


def test_a_meeting_known_by_its_month_is_still_news_the_month_after():
    from briefgen.tables.merge import merge_meetings
    base = {"body": "bilateral", "level": "", "char_start": 0, "char_end": 1,
            "evidence": "x", "attendees": "Ana Petrova;Ivo Marin", "topics": ""}
    rows = [dict(base, source_id="a", meeting_id="1", place="Dushanbe", start=None, end=None),
            dict(base, source_id="b", meeting_id="2", place="", start="2030-10", end="2030-10",
                 date_precision="month"),
            # two months on: another meeting of the same two
            dict(base, source_id="c", meeting_id="3", place="Dushanbe", start=None, end=None)]
    merged, _ = merge_meetings(rows, {"a": "2030-11-25", "b": "2030-11-20", "c": "2031-01-09"})
    assert [m["source_ids"] for m in merged] == ["a;b", "c"]


def test_a_floor_that_another_reports_figure_clears_is_no_conflict_of_size(tmp_path):
    assert merged_sources(
        tmp_path,
        ("Mongolian and Kazakh troops began the Steppe Hawk 2031 drills near Sainshand on "
         "September 1, gathering tens of thousands of troops.", "2031-09-02"),
        ("More than 50,000 troops take part in the Steppe Hawk 2031 drills that Mongolia "
         "and Kazakhstan began on September 1.", "2031-09-02"),
    ) == ["a;b"]
    [row] = build(tmp_path / "seeds", tmp_path / "out", write=False).tables[
        "exercises"].to_dict("records")
    assert (row["troops"], row["conflicts"]) == (50_000, "")
