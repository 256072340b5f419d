from briefgen.extract.dates import find_dates
from briefgen.model import PubDate


def dates(text, published, future=False):
    return [
        (d.text, d.start, d.end, d.precision)
        for d in find_dates(text, 0, len(text), PubDate.parse(published), future)
    ]


def test_a_day_range_keeps_its_year_from_the_publication_date():
    # dateparser reads this as 20 October 1924
    assert dates("On October 20–24, a combined force", "2016-11-19") == [
        ("October 20–24", "2016-10-20", "2016-10-24", "day")
    ]


def test_a_sentence_opening_last_month_against_a_month_precise_date():
    assert dates("Last month, CSTO member states drilled", "2015-06") == [
        ("Last month", "2015-05", "2015-05", "month")
    ]


def test_a_weekday_is_the_one_before_publication():
    assert dates("said after the meeting on Thursday", "2021-09-17") == [
        ("on Thursday", "2021-09-16", "2021-09-16", "day")
    ]


def test_a_weekday_in_a_future_sentence_is_the_next_one():
    assert (
        dates("The ministers will meet on Monday", "2021-09-17", future=True)[0][1] == "2021-09-20"
    )


def test_relative_dates_are_never_more_precise_than_the_publication_date():
    assert dates("This weekend Tajik forces", "2015-06") == [
        ("This weekend", "2015-06", "2015-06", "month")
    ]
    assert dates("drills last month", "2015") == [("last month", "2015", None, "year")]


def test_through_gives_only_an_end():
    assert dates("will continue through April 18, coinciding", "2024-04", future=True) == [
        ("April 18", None, "2024-04-18", "day")
    ]


def test_in_a_month_is_a_month_ahead():
    assert dates("drills near the border in a month", "2021-09-17", future=True) == [
        ("in a month", "2021-10", "2021-10", "month")
    ]


def test_a_bare_month_does_not_take_the_day_of_the_base_date():
    assert dates("The talks took place in May", "2021-09-17") == [
        ("May", "2021-05", "2021-05", "month")
    ]


def test_may_the_verb_is_not_a_date():
    assert dates("Troops May deploy and it may rain", "2021-09-17") == []


def test_this_week_is_a_week_when_the_day_is_known():
    assert dates("met this week in Dushanbe", "2021-09-17") == [
        ("this week", "2021-09-13", "2021-09-19", "week")
    ]


def test_written_out_dates_in_other_orders():
    found = dates("from 3 to 7 June 2019, on 12 Sept. 2018 and in 2017", "2021-09-17")
    assert found == [
        ("3 to 7 June 2019", "2019-06-03", "2019-06-07", "day"),
        ("12 Sept. 2018", "2018-09-12", "2018-09-12", "day"),
        ("2017", "2017", "2017", "year"),
    ]


def test_a_month_after_publication_belongs_to_the_year_before():
    assert dates("exercises held on December 2", "2022-03-10")[0][1] == "2021-12-02"


def test_no_publication_date_leaves_relative_dates_empty():
    found = find_dates("Last month troops drilled", 0, 25, None)
    assert [(d.start, d.end, d.precision) for d in found] == [(None, None, None)]


def test_lowercase_month_words_are_verbs_and_capitalised_relatives_still_count():
    assert dates("Officials may march 20 kilometres on foot.", "2021-09-17") == []
    assert dates("Through April 18 the drills go on.", "2024-04-10") == [
        ("April 18", None, "2024-04-18", "day")]
    assert [d[1:] for d in dates("Last Month the troops left.", "2021-09-17")] == [
        ("2021-08", "2021-08", "month")]


def test_between_two_days_of_a_month_is_a_range():
    assert dates("drills between 3 and 7 June at the range", "2022-05-20", future=True) == [
        ("3 and 7 June", "2022-06-03", "2022-06-07", "day")
    ]
    assert dates("between June 3 and 7, 2023, troops", "2022-05-20") == [
        ("June 3 and 7, 2023", "2023-06-03", "2023-06-07", "day")
    ]


def test_two_days_without_between_are_not_a_range():
    assert [d[1:3] for d in dates("on 3 and 7 June", "2022-05-20")] == [
        ("2022-06-07", "2022-06-07")
    ]


def test_mid_month_is_that_month():
    assert dates("is planned for mid-July", "2022-05-20", future=True) == [
        ("July", "2022-07", "2022-07", "month")
    ]


def test_a_season_is_its_three_months_in_the_year_the_tense_points_to():
    assert dates("will hold drills in the autumn", "2023-03-15", future=True) == [
        ("autumn", "2023-09", "2023-11", "month")
    ]
    assert dates("held drills in the autumn", "2023-03-15") == [
        ("autumn", "2022-09", "2022-11", "month")
    ]
    assert dates("next spring", "2023-11-02", future=True)[0][1:3] == ("2024-03", "2024-05")
    assert dates("last winter", "2024-02-10")[0][1:3] == ("2022-12", "2023-02")


def test_the_fall_of_a_city_is_no_season():
    assert dates("since the fall of Kabul", "2021-09") == []


def test_two_days_in_a_row_are_the_span_of_one_event():
    assert dates("gathered on July 3 and 4 for the summit", "2024-07-05") == [
        ("July 3 and 4", "2024-07-03", "2024-07-04", "day")
    ]
    assert dates("on 11 and 12 June 2023", "2024-07-05")[0][1:3] == ("2023-06-11", "2023-06-12")
    # a count after the day is no second day
    assert dates("on July 3 and 4,000 troops", "2024-07-05")[0][:3] == (
        "July 3", "2024-07-03", "2024-07-03"
    )


def test_ordinal_days_of_a_named_month_and_an_ordinal_day_alone():
    assert dates("The drills run from the third to the ninth of June", "2022-05-30") == [
        ("the third to the ninth of June", "2022-06-03", "2022-06-09", "day")]
    assert dates("It will be held from the 3rd to the 9th of June 2023.", "2022-05-30") == [
        ("the 3rd to the 9th of June 2023", "2023-06-03", "2023-06-09", "day")]
    # the day of the month the article is in, an end bound after "till"
    assert dates("The drill will last till the 14th.", "2022-06-10", future=True) == [
        ("the 14th", None, "2022-06-14", "day")]
    # a base, a century or a meeting is no day
    assert dates("The 201st base marked the 13th meeting of the 20th century.", "2022-06-10") == []


def test_a_future_weekday_named_on_that_very_day_is_the_day_itself():
    # 2023-11-23 is a Thursday
    assert dates("will be held in Minsk on Thursday", "2023-11-23", future=True)[0][1:3] == (
        "2023-11-23", "2023-11-23")
    assert dates("will meet next Thursday", "2023-11-23", future=True)[0][1] == "2023-11-30"


def test_a_range_over_two_months_with_the_day_first_or_between():
    assert dates("held from 12 March to 2 April.", "2026-05-01") == [
        ("12 March to 2 April", "2026-03-12", "2026-04-02", "day")]
    assert dates("held between March 28 and April 4", "2026-05-01") == [
        ("March 28 and April 4", "2026-03-28", "2026-04-04", "day")]
    assert dates("held between 28 March and 4 April in Osh", "2026-05-01") == [
        ("28 March and 4 April", "2026-03-28", "2026-04-04", "day")]


def test_a_range_over_the_new_year_ends_in_the_next():
    assert dates("from December 28 to January 3, 2027", "2027-02-01") == [
        ("December 28 to January 3, 2027", "2026-12-28", "2027-01-03", "day")]
    assert dates("between 28 December and 3 January", "2027-02-01") == [
        ("28 December and 3 January", "2026-12-28", "2027-01-03", "day")]


def test_the_full_stop_after_a_month_ends_the_sentence_not_the_date():
    assert dates("The drills are held on 9 June.", "2026-06-01", future=True) == [
        ("9 June", "2026-06-09", "2026-06-09", "day")]
    assert dates("on Sept. 6", "2026-09-10") == [("Sept. 6", "2026-09-06", "2026-09-06", "day")]


def test_day_month_year_written_with_dots():
    from briefgen.extract.dates import find_dates
    from briefgen.model import PubDate
    text = ("Drills run from 14.03.2023 to 18.03.2023, then 20.03-22.03.2023; version "
            "1.5.2023b of the plan.")
    got = [(d.start, d.end, d.precision) for d in
           find_dates(text, 0, len(text), PubDate.parse("2023-03-01"))]
    assert got == [("2023-03-14", "2023-03-18", "day"), ("2023-03-20", "2023-03-22", "day")]


def test_a_day_without_its_year_takes_the_year_of_the_day_after_it():
    assert dates("started on November 4 and culminated on November 13, 2026", "2030-02-21") == [
        ("November 4", "2026-11-04", "2026-11-04", "day"),
        ("November 13, 2026", "2026-11-13", "2026-11-13", "day")]
    assert dates("began on December 28 and ended on January 3, 2027", "2030-02-21")[0] == (
        "December 28", "2026-12-28", "2026-12-28", "day")
    # (not across a sentence: "It began on 4 March. The last one ended on 9 May 2026.")
    assert dates("It began on 4 March. The last one ended on 9 May 2026.", "2030-03-10")[0] == (
        "4 March", "2030-03-04", "2030-03-04", "day")


def test_a_span_of_weekdays_is_the_week_it_holds_the_publication_day_in():
    # a Thursday's paper: "will attend from Wednesday to Friday" is this week's
    assert dates("will attend the meeting from Wednesday to Friday", "2030-04-25",
                 future=True)[-1] == ("Friday", "2030-04-24", "2030-04-26", "day")
    # and "were held from Monday to Tuesday" in it, this week's too; from Friday on, next
    assert dates("were held from Monday to Tuesday", "2030-04-25")[-1] == (
        "Tuesday", "2030-04-22", "2030-04-23", "day")
    assert dates("will be held from Friday to Sunday", "2030-04-23", future=True)[-1] == (
        "Sunday", "2030-04-26", "2030-04-28", "day")


def test_the_past_year_is_no_calendar_year():
    text = "The ministers discussed the bloc's activity in the past year and last year's drills."
    found = [(d.text, d.start) for d in find_dates(text, 0, len(text), PubDate.parse("2031-11-27"))]
    assert found == [("past year", None), ("last year", "2030")]


def test_this_next_and_last_before_a_month_name_its_year():
    assert [d[1] for d in dates("the summit in Osh this June, the ministry announced. "
                                "Talks were held last June and will resume next March.",
                                "2031-04-18")] == ["2031-06", "2030-06", "2032-03"]


def test_a_drill_that_will_close_on_a_day_ends_then():
    assert dates("The drill will close on March 9.", "2031-03-01") == [
        ("March 9", None, "2031-03-09", "day")
    ]


def test_a_number_before_a_month_that_a_day_range_follows_is_no_day():
    assert dates("trained for the exercise Steppe Shield 22 Aug. 6-18.", "2030-08") == [
        ("Aug. 6-18", "2030-08-06", "2030-08-18", "day")
    ]
