import pytest

from briefgen.extract.quantities import find_counts


@pytest.fixture
def counts(lexicon):
    enemy = lexicon.word_pattern("enemy_words")

    def find(text):
        return [
            (c.value, c.high, c.qualifier, c.opposing)
            for c in find_counts(text, 0, len(text), enemy)
        ]

    return find


@pytest.mark.parametrize(
    "text, expected",
    [
        ("over 100 servicemen from the Chinese ministry", [(100, None, "over", False)]),
        ("The 2,500 troops–which hailed from Russia", [(2500, None, "", False)]),
        ("a combined 10,000 military personnel from", [(10000, None, "a combined", False)]),
        ("1.5 thousand troops arrived", [(1500, None, "", False)]),
        ("About 4 000 personnel from SCO states", [(4000, None, "about", False)]),
        ("Up to 5,000 servicemen will take part", [(5000, None, "up to", False)]),
        ("between 2,000 and 3,000 soldiers", [(2000, 3000, "", False)]),
        ("some 5,000 Russian troops", [(5000, None, "some", False)]),
        ("nearly two thousand paratroopers", [(2000, None, "nearly", False)]),
        # a few "forces" are armed forces, not a size
        ("cooperation between the two armed forces", []),
        ("three national contingents took part", []),
        ("a 1,500-strong force", [(1500, None, "", False)]),
    ],
)
def test_troop_counts_keep_qualifier_and_bounds(counts, text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "repelling a 700-man mock terrorist invasion",
        "terrorist groups numbering 700 people",
        "up to 400 militants crossed",
    ],
)
def test_the_mock_enemy_is_not_the_size_of_the_exercise(counts, text):
    assert [c[3] for c in counts(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "blamed for over 140 deaths",
        "control 80 percent of the province",
        "a 1,344-kilometre border",
        "in 2017, while",
        "Route 6",
    ],
)
def test_numbers_that_are_not_troops(counts, text):
    assert counts(text) == []


@pytest.mark.parametrize("text", ["CSTO to hold Kobalt-2030 special forces drills",
                                  "the Peace Mission 2030 troops arrived"])
def test_the_year_a_drills_name_ends_in_is_no_count(counts, text):
    assert counts(text) == []


def test_a_year_after_a_verb_still_counts(counts):
    assert counts("Kazakhstan deployed 2020 troops") == [(2020, None, "", False)]


def test_tens_and_hundreds_of_thousands_are_floors(counts):
    assert counts("Moscow gathered tens of thousands of troops on 13 ranges") == [
        (20_000, None, "at least", False)]
    assert counts("hundreds of thousands of soldiers were mobilised") == [
        (200_000, None, "at least", False)]


def test_men_in_arms_by_the_words_after_them(counts):
    assert counts("Bishkek mobilised 30,000 men from its military reserve") == [
        (30_000, None, "", False)]
    assert counts("More than 50,000 men, including 20,000 reservists, are taking part in the "
                  "drills") == [(50_000, None, "more than", False), (20_000, None, "", False)]
