"""Hard-wrapped plain text is read as whole paragraphs; other text is left alone."""

import textwrap
from pathlib import Path

import pytest

from briefgen.ingest.corpus import read_article
from briefgen.ingest.unwrap import is_hard_wrapped, unwrap

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

FOLDED = """\
On June 2, Kazakh Defence Minister Ruslan Zhaksylykov met his Uzbek
counterpart, Bakhodir Kurbanov, in Astana to discuss air-defence
cooperation along the Syr Darya. Zhaksylykov said the two armies would
hold a joint staff exercise before the end of the year.

About 900 servicemen later took part in drills at the Matybulak
training ground (Kazinform, June 20).
"""


def test_folded_paragraphs_are_joined_and_kept_apart():
    assert unwrap(FOLDED) == (
        "On June 2, Kazakh Defence Minister Ruslan Zhaksylykov met his Uzbek "
        "counterpart, Bakhodir Kurbanov, in Astana to discuss air-defence "
        "cooperation along the Syr Darya. Zhaksylykov said the two armies would "
        "hold a joint staff exercise before the end of the year.\n\n"
        "About 900 servicemen later took part in drills at the Matybulak "
        "training ground (Kazinform, June 20)."
    )


def test_a_compound_split_at_its_hyphen_keeps_the_hyphen():
    text = ("Troops of the two countries patrolled the border near the Tajik-\n"
            "Afghan crossing at Panji Poyon on Monday and again on Tuesday, the\n"
            "border service said in a statement published on its own website,\n"
            "adding that no incident had been recorded.\n")
    assert "Tajik-Afghan crossing" in unwrap(text)


def test_one_paragraph_per_line_is_not_folded_text():
    text = ("CSTO troops held drills in Khatlon.\n"
            "The exercise involved 2,000 servicemen.\n"
            "Russia sent aircraft.\n"
            "Officials said it went well.\n")
    assert not is_hard_wrapped(text)
    assert unwrap(text) == text


def test_list_items_and_short_lines_keep_their_own_line():
    text = ("The ministers of the five states agreed on the following measures for\n"
            "the border with Afghanistan at their meeting in Bishkek last Friday:\n"
            "- a joint staff exercise in the spring of next year in Kyrgyzstan;\n"
            "- more patrols on the mountain passes near the Tajik and Chinese\n"
            "borders, where smugglers have been active since the summer.\n"
            "- talks in May.\n")
    lines = unwrap(text).split("\n")
    assert lines[0].endswith("last Friday:")
    assert lines[1].startswith("- a joint staff")
    assert lines[2] == ("- more patrols on the mountain passes near the Tajik and Chinese "
                        "borders, where smugglers have been active since the summer.")
    assert lines[3] == "- talks in May."


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
@pytest.mark.parametrize("width", [60, 76])
def test_a_seed_folded_at_a_column_reads_as_the_seed_itself(tmp_path, seed, width):
    raw = (SEEDS / seed).read_text(encoding="utf-8")
    folded = "\n\n".join(textwrap.fill(p, width) for p in raw.split("\n") if p.strip())
    (tmp_path / "as_published.txt").write_text(raw, encoding="utf-8")
    (tmp_path / "folded.txt").write_text(folded + "\n", encoding="utf-8")
    original = read_article(tmp_path / "as_published.txt", tmp_path, None)
    unfolded = read_article(tmp_path / "folded.txt", tmp_path, None)
    assert unfolded.text == original.text


def test_a_folded_wire_story_with_a_long_disclaimer_line_is_still_unwrapped():
    text = ("(WIRE) ASTANA, January 17. Large-scale military exercises will be\n"
            "held in Kazakhstan, involving Azerbaijan, Kyrgyzstan and Tajikistan\n"
            "in 2030, as part of the military training events, the press service\n"
            "of the Ministry of Defense of Kazakhstan said on Wednesday morning.\n"
            "The exercises will involve the Naval Forces, the Air Forces and the\n"
            "special operations forces of the western regional command in July.\n"
            "The Wire provides the information as is without warranty of any kind and "
            "accepts no responsibility or liability for the accuracy of the content here.")
    out = unwrap(text)
    assert "will be held in Kazakhstan" in out and "western regional command in July." in out
    # (the long line keeps a line of its own)
    assert out.endswith("July.\nThe Wire provides the information as is without warranty of any "
                        "kind and accepts no responsibility or liability for the accuracy of "
                        "the content here.")


def test_wire_copy_that_runs_its_paragraphs_on_without_blank_lines_is_unwrapped():
    text = ("The chiefs of staff of the armed forces of the member countries issued\n"
            "the order at noon yesterday.\n"
            "Commanders of various troops then launched the long-prepared anti-terror\n"
            "drill following strategic consultations in Urumqi, capital of the region.\n"
            "It makes no threat to any country, he said.\n"
            "The drill, attended by China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan,\n"
            "will be carried out in line with the Charter of the United Nations and\n"
            "the Charter of the organization.")
    out = unwrap(text)
    # every sentence whole again (where a full line ends one, the next may run on after it)
    for sentence in ("The chiefs of staff of the armed forces of the member countries issued "
                     "the order at noon yesterday.",
                     "Commanders of various troops then launched the long-prepared anti-terror "
                     "drill following strategic consultations in Urumqi, capital of the region.",
                     "The drill, attended by China, Kazakhstan, Kyrgyzstan, Russia and "
                     "Tajikistan, will be carried out in line with the Charter of the United "
                     "Nations and the Charter of the organization."):
        assert sentence in out


def test_a_line_broken_inside_a_sentence_is_joined_but_a_standfirst_or_caption_is_not():
    text = ("Border guards hold a drill in the mountains\n"
            "Chen Wei, head of the border administration under the Ministry of Public Security\n"
            "and also commander of the drill, said the drill went well.\n"
            "The troops came from Osh, Naryn,\n"
            "Batken and Talas.\n"
            "Drills of the two countries will involve more than 2,000 servicemen and over 200 "
            "pieces of hardware\n"
            "OSH, May 3. The drills began on Monday.\n"
            "PHOTO CAPTION: Troops at the range in a still image taken from video released "
            "March 24, 2024. Ministry/Handout via REUTERS\n"
            "DUSHANBE (Reuters) - the investigators arrived.\n")
    assert unwrap(text).split("\n") == [
        "Border guards hold a drill in the mountains",
        "Chen Wei, head of the border administration under the Ministry of Public Security "
        "and also commander of the drill, said the drill went well.",
        "The troops came from Osh, Naryn, Batken and Talas.",
        "Drills of the two countries will involve more than 2,000 servicemen and over 200 "
        "pieces of hardware",
        "OSH, May 3. The drills began on Monday.",
        "PHOTO CAPTION: Troops at the range in a still image taken from video released "
        "March 24, 2024. Ministry/Handout via REUTERS",
        "DUSHANBE (Reuters) - the investigators arrived.",
        "",
    ]


def test_one_long_line_does_not_hide_the_fold_of_the_rest():
    text = ("Kyrgyzstan and China on Thursday finished the first phase of a\n"
            "joint anti-terror drill in the Kyrgyz region of Naryn. An observer\n"
            "from China's Ministry of Public Security, Li Wei, told reporters the\n"
            "two countries' forces had strengthened their cooperation in the\n"
            "field. The second phase of the drill will be held in Kashgar, in China's Xinjiang "
            "Uygur region that borders\n"
            "Kyrgyzstan.\n")
    assert unwrap(text) == " ".join(line for line in text.split("\n") if line)
