"""Unknown speakers that look like a lexicon person are proposed as aliases, never merged."""

from briefgen.pipeline import build


def test_a_respelt_name_is_proposed_as_an_alias_and_left_unmerged(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "CSTO drills in Tajikistan\n\n"
        "\u201cThe border is secure,\u201d CSTO Secretary General Stanislav Zass said on "
        "Monday.\n\n\u201cWe are ready,\u201d Russian Foreign Minister Sergei Lavrenko said.\n",
        encoding="utf-8")
    result = build(seeds, tmp_path / "out", workers=1)
    speakers = dict(zip(result.tables["claims"]["speaker"],
                        result.tables["claims"]["speaker_id"], strict=True))
    assert speakers["Stanislav Zass"] != "zas-stanislav"  # not merged by the fuzzy score
    assert len(result.notes) == 1
    assert result.notes[0].startswith("speaker 'Stanislav Zass' is not in the lexicon but "
                                      "resembles 'Stanislav Zas' (zas-stanislav")
