"""Bad input: each gets one clear message naming the file (and the line, entry or
field) and what to do, and the rest of the corpus still builds."""

import re
import shutil
from pathlib import Path

import pytest

from briefgen import cli
from briefgen.pipeline import build

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GOOD = "001_f06164054665f185.txt"


def build_with(tmp_path: Path, files: dict[str, bytes], sources: str | None = None,
               overrides: str | None = None):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / GOOD, seeds / "good.txt")
    for name, data in files.items():
        (seeds / name).write_bytes(data)
    (seeds / "sources.yml").write_text(
        sources if sources is not None else "good.txt: {title: Good, published: 2015-05}\n",
        encoding="utf-8")
    if overrides is not None:
        (seeds / "overrides.yml").write_text(overrides, encoding="utf-8")
    result = build(seeds, tmp_path / "out", workers=1)
    messages = [str(p) for p in result.problems] + [str(w) for w in result.warnings]
    return result, messages


def about(messages: list[str], name: str) -> list[str]:
    return [m for m in messages if m.startswith(name)]


@pytest.mark.parametrize("name, data, says", [
    ("empty.txt", b"", "the file is empty"),
    ("report.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4,
     "this is a PDF document, not text"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
     "this is a PNG image, not text"),
    ("huge.txt", b"Dushanbe troops exercise. " * 800_000, "the file is 20.8 MB"),
    ("furniture.txt", b"Recent Features\n\nCredit: via\n\n1 / 1\n\n> <\n",
     "no article text is left once site furniture is removed"),
])
def test_an_unreadable_file_gets_one_message_and_the_rest_still_builds(tmp_path, name, data,
                                                                       says):
    result, messages = build_with(tmp_path, {name: data})
    mine = about(messages, name)
    assert len(mine) == 1 and says in mine[0] and "(" in mine[0]  # what, and what to do
    assert list(result.tables["sources"]["source_id"]) == ["good"]
    assert len(result.tables["claims"]) > 0


@pytest.mark.parametrize("encoding, text, word", [
    ("cp1251", "Учения ОДКБ прошли в Душанбе, сообщил министр обороны.", "Душанбе"),
    ("latin-1", "Exercice à Douchanbé: «les forces» étaient prêtes, a déclaré le ministre.",
     "Douchanbé"),
])
def test_text_in_another_encoding_comes_through_readable(tmp_path, encoding, text, word):
    result, _ = build_with(tmp_path, {"other.txt": text.encode(encoding)})
    analysed = (tmp_path / "out" / "data" / "text" / "other.txt").read_text(encoding="utf-8")
    assert word in analysed


def test_the_same_article_under_two_names_is_counted_once(tmp_path):
    result, messages = build_with(tmp_path, {"copy.txt": (SEEDS / GOOD).read_bytes()})
    sources = result.tables["sources"]
    assert "copy.txt: same text as good.txt; counted once" in messages or \
        "good.txt: same text as copy.txt; counted once" in messages
    assert (sources["duplicate_of"] != "").sum() == 1
    assert result.summary().startswith("1 sources (1 duplicate skipped)")


def test_an_article_with_no_date_builds_with_empty_dates_never_guessed(tmp_path):
    text = (b"Uzbek and Kyrgyz troops held a joint exercise in Sughd province.\n\n"
            b"The drills involved 1,000 servicemen, officials said.")
    result, messages = build_with(tmp_path, {"nodate.txt": text})
    assert about(messages, "nodate.txt") == [
        "nodate.txt: no entry in sources.yml; title from its first line, date unknown "
        "(add an entry with title, outlet, published, url)"]
    rows = result.tables["exercises"]
    rows = rows[rows["source_id"] == "nodate"]
    assert len(rows) == 1 and rows.iloc[0]["start"] == "" and rows.iloc[0]["end"] == ""


@pytest.mark.parametrize("sources, message", [
    ("good.txt: {title: G, colour: red}\n",
     "sources.yml:good.txt.colour: unknown field 'colour' (fields: title, outlet, author, "
     "published, url)"),
    ("good.txt: {title: G, published: 2015-13-45}\n",
     "sources.yml:good.txt.published: malformed date: '2015-13-45' has no month 13 "
     "(write YYYY-MM-DD, YYYY-MM or YYYY)"),
    ("good.txt: {title: G}\nnothere.txt: {title: Y}\n",
     "sources.yml:nothere.txt: entry 'nothere.txt' names no file in the seeds folder "
     "(fix the file name or remove the entry)"),
    ("good.txt:\n  title: [G\n",
     # libyaml says "did not find expected ',' or ']'", pure-Python PyYAML "expected ',' or
     # ']', but got '<stream end>'": either way, the file, the line and what is wrong.
     re.compile(r"sources\.yml:line 3: not valid YAML: .*expected ',' or '\]'.* "
                r"\(fix the syntax; no metadata was read from it\)")),
])
def test_a_bad_sources_yml_is_named_by_field_entry_or_line(tmp_path, sources, message):
    result, messages = build_with(tmp_path, {}, sources=sources)
    if isinstance(message, re.Pattern):
        assert any(message.fullmatch(m) for m in messages), messages
    else:
        assert message in messages
    assert len(result.tables["claims"]) > 0


def test_an_override_naming_no_row_is_reported_and_changes_nothing(tmp_path):
    result, messages = build_with(
        tmp_path, {}, overrides="- {table: claims, id: c-0000000000, action: drop, reason: x}\n")
    assert "overrides.yml:entry 1: no row 'c-0000000000' in claims (use an id from " \
        "output/data/claims.csv)" in messages
    assert len(result.tables["claims"]) > 0


def test_strict_turns_warnings_into_exit_code_3(tmp_path, monkeypatch, capsys):
    build_with(tmp_path, {"empty.txt": b""})
    monkeypatch.chdir(tmp_path)
    assert cli.main(["extract", "--strict"]) == 3
    assert cli.main(["extract"]) == 0
    assert "warning: empty.txt: the file is empty" in capsys.readouterr().err


def test_a_seat_that_is_no_place_of_the_lexicon_is_named(tmp_path):
    from briefgen.lexicon import default_path, load_lexicon
    from briefgen.problems import BriefgenError

    bad = tmp_path / "lexicon.yml"
    bad.write_text(default_path().read_text(encoding="utf-8").replace(
        "seat: moscow", "seat: kremlin-city"), encoding="utf-8")
    with pytest.raises(BriefgenError, match="'KREMLIN' has seat 'kremlin-city'") as err:
        load_lexicon(bad)
    assert err.value.file == str(bad)


def test_an_article_the_extractor_fails_on_is_named_and_the_rest_still_builds(
        tmp_path, monkeypatch):
    from briefgen import pipeline
    real = pipeline.extract_article

    def failing(article, lexicon):
        if article.source_id == "bad":
            raise AttributeError("'NoneType' object has no attribute 'id'")
        return real(article, lexicon)

    monkeypatch.setattr(pipeline, "extract_article", failing)
    result, messages = build_with(tmp_path, {"bad.txt": b"Tajik troops held drills today."})
    [mine] = about(messages, "bad.txt")
    assert "the extractor failed on this article (AttributeError" in mine
    assert "please report it" in mine
    assert list(result.tables["sources"]["source_id"]) == ["good"]
    assert len(result.tables["claims"]) > 0


def test_three_people_sharing_a_first_name_do_not_break_the_short_names(rows):
    text = ("President Alexander Lukashenko met Deputy Foreign Minister Alexander Pankin and "
            "Deputy Defence Minister Alexander Fomin in Minsk. Lukashenko said the talks were "
            "useful and very frank.")
    assert [c["speaker"] for c in rows(text, "2023-11-23").claims] == ["Alexander Lukashenko"]


def test_a_lexicon_key_given_twice_is_named_not_silently_replaced(tmp_path):
    from briefgen.lexicon import default_path, load_lexicon
    from briefgen.problems import BriefgenError

    bad = tmp_path / "lexicon.yml"
    text = default_path().read_text(encoding="utf-8")
    bad.write_text(text.replace(
        "\nplaces:\n", "\nplaces:\n  dushanbe: {name: Dushanbe City, aliases: [Dushanbe City], "
        "kind: city, country: TJK, province: Dushanbe, lat: 38.5, lon: 68.7}\n", 1),
        encoding="utf-8")
    with pytest.raises(BriefgenError, match="the key 'dushanbe' is given twice") as err:
        load_lexicon(bad)
    assert err.value.file == str(bad) and "merge the two or rename one" in str(err.value)


def test_quotes_typed_as_backticks_and_apostrophes_are_quotes(tmp_path):
    text = (b"``The border is quiet tonight,'' says a senior Tajik officer here. "
            b"``We patrol it every hour.''")
    result, _ = build_with(tmp_path, {"old.txt": text})
    analysed = (tmp_path / "out" / "data" / "text" / "old.txt").read_text(encoding="utf-8")
    assert "\u201cThe border is quiet tonight,\u201d" in analysed and "``" not in analysed
    claims = result.tables["claims"]
    assert list(claims[claims["source_id"] == "old"]["quote"]) == [
        "The border is quiet tonight", "We patrol it every hour."]


def test_words_between_two_apostrophes_on_each_side_are_quoted(tmp_path):
    text = (b"The envoy said the police called people ''extremists'' when they were not. "
            b"He didn''t say more.")
    build_with(tmp_path, {"old.txt": text})
    analysed = (tmp_path / "out" / "data" / "text" / "old.txt").read_text(encoding="utf-8")
    assert "\u201cextremists\u201d" in analysed and "didn''t" in analysed
