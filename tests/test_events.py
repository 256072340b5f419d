"""Exercises and meetings: a few sentences in, the rows out."""


def ex(rows, text, published="2021-09-17"):
    return rows(text, published).exercises


def test_participants_are_the_actors_not_the_places(rows):
    [row] = ex(
        rows,
        "Uzbek and Kyrgyz special forces held joint drills in Kazakhstan's "
        "Almaty region on June 3–5, 2021, with 1,200 servicemen taking part.",
    )
    assert row["participants"] == "UZB;KGZ"
    assert (row["location"], row["country"]) == ("Almaty", "KAZ")
    assert (row["start"], row["end"], row["date_precision"]) == ("2021-06-03", "2021-06-05", "day")
    assert row["troops"] == 1200
    assert row["status"] == "completed"


def test_an_unknown_region_is_still_a_place(rows):
    [row] = ex(
        rows, "Tajik troops will hold a counter-terror exercise in the Rasht valley next month."
    )
    assert row["location"] == "Rasht"
    assert (row["start"], row["status"]) == ("2021-10", "planned")
    assert "counter-terrorism" in row["scenario"]


def test_a_definite_reference_adds_to_the_same_exercise(rows):
    text = (
        "Russian and Tajik forces began joint military exercises on Monday.\n\n"
        "The drills involve 1,500 troops at the Harbmaidon range in Khatlon province."
    )
    [row] = ex(rows, text)
    assert row["troops"] == 1500 and row["location"] == "Harbmaidon training ground"
    assert row["status"] == "ongoing"


def test_the_mock_enemy_is_kept_apart(rows):
    [row] = ex(
        rows,
        "Some 3,000 CSTO troops practised repelling a 500-strong militant "
        "incursion during exercises in Tajikistan last week.",
    )
    assert (row["troops"], row["troops_qualifier"], row["opposing_force"]) == (3000, "some", 500)


def test_two_exercises_in_one_sentence(rows):
    text = (
        "Russia has conducted military exercises in Kyrgyzstan, as well as joint drills "
        "with Turkmenistan."
    )
    got = ex(rows, text)
    assert [r["participants"] for r in got] == ["RUS", "RUS;TKM"]


def test_a_summit_with_its_day_place_and_level(rows):
    text = (
        "SCO heads of state met at a summit in Astana on Thursday. Leaders of member "
        "states Kazakhstan, Uzbekistan and India took part in the meeting."
    )
    [m] = rows(text).meetings
    assert (m["body"], m["level"], m["place"], m["start"]) == (
        "SCO",
        "heads of state",
        "Astana",
        "2021-09-16",
    )
    assert m["attendees"] == "KAZ;UZB;IND"


def test_a_bilateral_meeting_of_two_people(rows):
    text = "President Xi Jinping's meeting with Tokayev today focused on trade and security."
    [m] = rows(text).meetings
    assert m["body"] == "bilateral" and m["attendees"] == "Xi Jinping;Kassym-Jomart Tokayev"


def test_a_generic_mention_of_meetings_is_no_meeting(rows):
    assert rows("A flurry of meetings highlights worries about the region.").meetings == []


def test_a_country_that_stays_out_is_no_participant(rows):
    text = (
        "The CSTO drills began in Kyrgyzstan's Issyk-Kul region on Monday with troops "
        "from Kazakhstan, Russia and Tajikistan. Armenia has declined to send soldiers."
    )
    [row] = ex(rows, text)
    assert "ARM" not in row["participants"].split(";")
    assert {"KAZ", "RUS", "TJK"} <= set(row["participants"].split(";"))


def test_border_guards_are_a_force_not_a_border(rows):
    [row] = ex(rows, "Kazakh and Kyrgyz border guards held a joint exercise on May 4.")
    assert row["participants"] == "KAZ;KGZ"


def test_a_body_holds_its_own_named_exercise(rows):
    text = (
        "Officials said the CSTO's Cooperation 2030 command-staff exercise will be "
        "held in Belarus."
    )
    [row] = ex(rows, text)
    assert row["participants"] == "CSTO" and row["status"] == "planned"


def test_talk_of_exercises_in_general_is_no_exercise(rows):
    assert ex(rows, "He argued that neighbours should hold more joint exercises.") == []


def test_a_drill_under_way_with_only_its_end_known_is_ongoing(rows):
    text = "Russian and Kyrgyz troops have begun drills that run through September 30."
    [row] = ex(rows, text)
    assert (row["end"], row["status"]) == ("2021-09-30", "ongoing")


def test_an_unknown_training_ground_takes_the_country_it_is_in(rows):
    text = "Uzbek troops held drills at the Koktal training ground in Uzbekistan last week."
    [row] = ex(rows, text)
    assert (row["location"], row["country"]) == ("Koktal", "UZB")


def test_a_verb_meet_of_things_is_no_meeting(rows):
    text = "The post stands where the rivers of three valleys meet."
    assert rows(text).meetings == []


def test_a_dateline_month_is_no_exercise_name(rows):
    text = (
        "TASHKENT, 4 March 2021 – Uzbek troops began the Steppe Shield-2021 drills "
        "on Thursday."
    )
    [row] = ex(rows, text, published="2021-03-04")
    assert row["name"] == "Steppe Shield-2021"


def test_an_until_after_a_start_day_is_the_end(rows):
    text = (
        "Kazakh and Kyrgyz units began joint drills on Monday.\n\n"
        "The drills, which will continue until 17 September, involve 800 troops."
    )
    [row] = ex(rows, text, published="2021-09-13")
    assert (row["start"], row["end"], row["troops"]) == ("2021-09-13", "2021-09-17", 800)


def test_a_body_acts_through_its_units_or_a_relative_clause(rows):
    text = "Peacekeeping units of the CSTO began an exercise in Kazakhstan on Monday."
    assert ex(rows, text)[0]["participants"].startswith("CSTO")
    text = "Both states joined the SCO, which held its exercise in Kyrgyzstan in May."
    assert "SCO" in ex(rows, text)[0]["participants"].split(";")


def test_hosting_a_base_is_no_part_in_a_drill(rows):
    text = "Kyrgyzstan hosts Russian military bases and held drills with Kazakh troops in June."
    assert "RUS" not in ex(rows, text)[0]["participants"].split(";")


def test_a_town_the_lexicon_lacks_is_placed_by_its_country(rows):
    [m] = rows("SCO leaders met for a summit in Shymkent, Kazakhstan, on Friday.").meetings
    assert (m["place"], m["country"]) == ("Shymkent", "KAZ")


def test_the_seat_of_a_ministry_is_not_where_the_drill_is(rows):
    text = (
        "Russia will hold exercises in Kazakhstan and Uzbekistan in June, the defence "
        "ministry in Moscow said."
    )
    [row] = ex(rows, text)
    assert row["location"] == "Kazakhstan; Uzbekistan"


def test_a_news_conference_is_no_meeting(rows):
    text = "Speaking at a news conference in Dushanbe, the minister praised the drills."
    assert rows(text).meetings == []


def test_a_readiness_check_is_an_exercise(rows):
    text = "Kyrgyz forces completed a combat readiness check involving 2,000 troops last week."
    [row] = ex(rows, text)
    assert (row["participants"], row["troops"], row["status"]) == ("KGZ", 2000, "completed")


def test_due_to_end_on_a_weekday_is_the_end(rows):
    text = (
        "Kazakh and Uzbek troops began drills on Monday.\n\n"
        "The drills are due to end on Thursday."
    )
    [row] = ex(rows, text, published="2021-09-13")
    assert (row["start"], row["end"]) == ("2021-09-13", "2021-09-16")


def test_a_reported_strength_continues_the_exercise(rows):
    text = (
        "Kazakh and Uzbek troops began drills on Monday.\n\n"
        "Some 1,100 servicemen took part in the first stage, the Kazakh defence ministry said."
    )
    [row] = ex(rows, text, published="2021-09-13")
    assert row["troops"] == 1100


def test_an_opinion_reported_after_the_drill_does_not_join_it(rows):
    text = (
        "Kazakh and Uzbek troops began drills on Monday.\n\n"
        "The Taliban dismissed fears of fighters crossing from Afghanistan, saying that "
        "no one threatens the neighbours."
    )
    [row] = ex(rows, text, published="2021-09-13")
    assert "AFG" not in row["participants"]


def test_one_named_exercise_told_in_headline_and_body_is_one_row(rows):
    text = (
        "CSTO Rubezh-2030 drills open in Kyrgyzstan\n\n"
        "About 1,000 troops from CSTO states began the Rubezh-2030 exercise at the "
        "Edelweiss training ground in Kyrgyzstan on Saturday."
    )
    [row] = ex(rows, text)
    assert (row["name"], row["troops"], row["participants"][:4]) == ("Rubezh-2030", 1000, "CSTO")


def test_leaders_who_attended_join_the_summit(rows):
    text = (
        "CSTO heads of state met in Minsk on Thursday.\n\n"
        "Kazakh President Kassym-Jomart Tokayev and Russian President Vladimir Putin attended."
    )
    [m] = rows(text).meetings
    assert m["attendees"] == "Kassym-Jomart Tokayev;Vladimir Putin"


def test_observers_who_attended_a_drill_are_no_meeting(rows):
    text = "Observers from Belarus attended the drills near Osh on Friday."
    assert rows(text).meetings == []


def test_a_country_trouble_comes_from_is_no_participant(rows):
    [row] = ex(
        rows,
        "Kazakh troops began drills near Shymkent on Monday amid worries about a "
        "spillover of unrest from neighbouring Afghanistan.",
    )
    assert row["participants"] == "KAZ"


def test_countries_that_troops_and_equipment_come_from_are_participants(rows):
    [row] = ex(
        rows,
        "More than 900 servicemen and about 100 units of military equipment from "
        "Belarus and Armenia took part in the exercise near Grodno.",
    )
    assert row["participants"] == "BLR;ARM"


def test_more_exercises_in_general_are_no_exercise(rows):
    text = ("The Kyrgyz defence minister said his country was ready to host more joint "
            "counter-terrorism exercises in the coming years.")
    assert ex(rows, text) == []


def test_a_count_before_the_trigger_of_its_paragraph_is_that_exercises(rows):
    [row] = ex(
        rows,
        "Kazakh and Kyrgyz troops will hold a joint exercise near Taraz next week.\n\n"
        "More than 700 servicemen will be involved. The exercise will practise the "
        "defence of a mountain pass.",
    )
    assert row["troops"] == 700


def test_a_similar_drill_in_the_same_sentence_is_another_exercise(rows):
    rows_ = ex(
        rows,
        "Uzbek and Chinese special forces began a joint drill in the Surkhandarya region "
        "on Monday.\n\n"
        "It is the first since 2019 between the two countries, when a similar drill was "
        "held in Xinjiang.",
        published="2024-05-06",
    )
    assert [(r["location"], r["participants"]) for r in rows_] == [
        ("Surkhandarya", "UZB;CHN"), ("Xinjiang", "UZB;CHN")
    ]


def test_the_training_ground_is_the_location_not_its_region(rows):
    [row] = ex(rows, "Uzbek troops in Navoi region will drill at the Kyzylkum training "
                     "ground from 3 to 8 June.", published="2024-05-20")
    assert row["location"] == "Kyzylkum"


def test_a_summit_in_the_capital_its_attendees_and_the_next_one(rows):
    text = (
        "CSTO leaders gathered in the Armenian capital on November 22 and 23 for the "
        "annual summit.\n\n"
        "Kyrgyz President Sadyr Japarov and Russian President Vladimir Putin both "
        "attended, alongside the leaders of Belarus and Kazakhstan. Uzbek President "
        "Shavkat Mirziyoyev skipped the summit.\n\n"
        "The next summit will be held in Minsk in 2024."
    )
    first, second = rows(text, "2023-11-24").meetings
    assert (first["place"], first["start"], first["end"]) == ("Yerevan", "2023-11-22",
                                                              "2023-11-23")
    assert first["attendees"] == "Sadyr Japarov;Vladimir Putin;BLR;KAZ"
    assert (second["body"], second["place"], second["start"]) == ("CSTO", "Minsk", "2024")


def test_a_meeting_goes_on_in_a_paragraph_that_refers_back_to_it(rows):
    text = (
        "A meeting of the SCO defence ministers took place in Tashkent today.\n\n"
        "It was chaired by the Minister of Defence of Uzbekistan, Bakhodir Kurbanov. "
        "The ministers discussed border security."
    )
    [m] = rows(text, "2024-04-26").meetings
    assert m["attendees"] == "Bakhodir Kurbanov"
    assert "border security" in m["topics"]


def test_officials_of_two_countries_meeting_is_a_bilateral_meeting(rows):
    [m] = rows("Officials from Uzbekistan and Kazakhstan met in Tashkent on Friday to "
               "discuss the border.", "2023-03-06").meetings
    assert (m["body"], m["attendees"]) == ("bilateral", "UZB;KAZ")


def test_a_length_in_days_stretches_a_single_day(rows):
    [done] = ex(rows, "Kazakh and Kyrgyz troops on Sunday wrapped up a five-day joint "
                      "exercise near Osh.", published="2023-08-21")
    assert (done["start"], done["end"]) == ("2023-08-16", "2023-08-20")
    [begun] = ex(rows, "Kazakh and Kyrgyz troops began a three-day joint exercise near Osh "
                       "on Monday.", published="2023-08-21")
    assert (begun["start"], begun["end"]) == ("2023-08-21", "2023-08-23")


def test_a_head_of_state_who_received_a_visitor_met_him(rows):
    text = (
        "On 14 May, the President of Kyrgyzstan Sadyr Japarov received the Secretary General "
        "of the Shanghai Cooperation Organisation Zhang Ming in Bishkek. During the meeting, "
        "the parties discussed security in Afghanistan.\n\n"
        "Zhang Ming informed him about the session of the SCO Council of Heads of State, "
        "which will be held in Astana on 3 July."
    )
    visit, summit = rows(text, "2024-05-20").meetings
    assert (visit["body"], visit["place"], visit["start"]) == ("SCO", "Bishkek", "2024-05-14")
    assert visit["attendees"] == "Sadyr Japarov;Zhang Ming"
    assert (summit["body"], summit["level"], summit["place"], summit["start"]) == (
        "SCO", "heads of state", "Astana", "2024-07-03")


def test_received_things_is_no_meeting(rows):
    assert rows("Tajik border guards received new vehicles from China on Monday.").meetings == []
    assert rows("The ministry received Russian support in May.").meetings == []


def test_a_counterpart_named_after_a_comma_attends(rows):
    [m] = rows("Kazakh Defence Minister Ruslan Zhaksylykov met his Uzbek counterpart, "
               "Bakhodir Kurbanov, in Astana on June 2.", "2023-06-05").meetings
    assert m["attendees"] == "Ruslan Zhaksylykov;Bakhodir Kurbanov"
    assert m["place"] == "Astana"


def test_also_adds_participants_to_the_exercise_told_before(rows):
    [row] = ex(rows, "Russian and Tajik troops began joint exercises near the border on "
                     "Thursday. The drills, which also involve Uzbek troops, will run until "
                     "Aug. 10.", published="2021-08-05")
    assert row["participants"] == "RUS;TJK;UZB"
    assert (row["start"], row["end"]) == ("2021-08-05", "2021-08-10")


def test_the_inspection_refers_back_to_a_snap_inspection(rows):
    [row] = ex(rows, "Kyrgyz army units were put on alert on Monday as part of a snap inspection, "
                     "the ministry said.\n\nAccording to the ministry, the inspection will "
                     "last until Friday.", published="2023-01-23")
    assert (row["start"], row["end"]) == ("2023-01-23", "2023-01-27")
    assert row["status"] == "ongoing"  # begun on the day of publication, ends after it


def test_a_mobilisation_check_is_an_exercise(rows):
    [row] = ex(rows, "In late July, Tajikistan held a mobilisation check involving 230,000 "
                     "troops and reservists.", published="2021-10-14")
    assert (row["participants"], row["troops"]) == ("TJK", 230000)


def test_a_town_the_lexicon_lacks_is_placed_by_the_region_after_it(rows):
    [row] = ex(rows, "Kyrgyz and Chinese units began a joint exercise in Artux, northwest "
                     "China's Xinjiang, on Sunday.", published="2019-08-05")
    assert (row["location"], row["country"]) == ("Artux", "CHN")
    [row] = ex(rows, "Tajik troops held drills in Vahdat, a town east of Dushanbe, on Sunday.")
    assert (row["location"], row["country"]) == ("Vahdat", "TJK")


def test_a_drill_completed_on_the_day_of_publication_is_completed(rows):
    [row] = ex(rows, 'The joint exercise "Cooperation-2023" was completed at the Brestsky '
                     "training ground in the Republic of Belarus. It was held from 3 to 8 "
                     "September 2023.", published="2023-09-08")
    assert (row["status"], row["country"], row["participants"]) == ("completed", "BLR", "")
    [row] = ex(rows, "Chinese and Tajik units began a joint exercise in Kashgar, Northwest "
                     "China's Xinjiang Uygur Autonomous Region, on Sunday.", published="2019-08-05")
    assert (row["location"], row["country"]) == ("Kashgar", "CHN")


def test_the_dateline_day_is_not_the_exercise_day(rows):
    [row] = ex(rows, "Osh, 21 May 2024 (Kabar) - Kyrgyz and Uzbek border guards held joint drills "
                     "from May 14 to 16 near the village of Kara-Suu in Osh region.",
               published="2024-05-21")
    assert (row["start"], row["end"], row["location"]) == ("2024-05-14", "2024-05-16", "Kara-Suu")


def test_a_national_body_of_two_countries_takes_its_country_from_the_text(rows):
    [row] = ex(rows, "Units of the State Committee for National Security of Tajikistan held a "
                     "drill with Chinese troops on Monday.", published="2024-05-21")
    assert row["participants"] == "TJK;CHN"


def test_a_month_next_year(rows):
    [row] = ex(rows, "The CSTO forces will hold the Rubezh exercise in Armenia in early September "
                     "next year, the secretary general said.", published="2022-10-04")
    assert (row["start"], row["status"]) == ("2023-09", "planned")


def test_leaders_of_the_member_states_in_the_next_paragraph_attend_the_summit(rows):
    text = ("The SCO summit opened in Astana on Thursday.\n\n"
            "Leaders of the SCO member states, including Chinese President Xi Jinping and "
            "Pakistani Prime Minister Shehbaz Sharif, adopted a declaration.")
    [m] = rows(text, "2024-07-04").meetings
    assert m["attendees"] == "Xi Jinping;Shehbaz Sharif"


def test_drills_held_together_under_several_names_are_one_row_named_by_all(rows):
    [row] = ex(rows, "The Cooperation-2025, Poisk-2025 and Eshelon-2025 exercises are under way "
                     "at the Koktal training ground in the Issyk-Kul region.",
               published="2025-09-02")
    assert row["name"] == "Cooperation-2025, Poisk-2025 and Eshelon-2025"
    assert (row["location"], row["country"]) == ("Koktal", "KGZ")


def test_a_title_cased_headline_city_acting_is_no_place(rows):
    [row] = ex(rows, "Kazakh Troops Hold Drills In Kyrgyzstan As Beijing Watches\n\n"
                     "Kazakh troops began drills on Monday.", published="2025-09-02")
    assert row["location"] != "Beijing"


def test_who_tells_of_the_drills_is_not_in_them_and_the_day_they_agreed_is_not_theirs(rows):
    [row] = ex(rows, "Defence ministers of the Collective Security Treaty Organisation agreed on "
                     "Thursday to hold a joint exercise of the collective rapid reaction forces "
                     "in Kyrgyzstan next year, the Kazakh defence ministry said.",
               published="2024-11-28")
    assert (row["participants"], row["start"], row["date_precision"], row["location"]) == (
        "CSTO", "2025", "year", "Kyrgyzstan")


def test_a_meeting_ahead_of_a_summit_is_two_meetings(rows):
    text = ("Foreign ministers of the Shanghai Cooperation Organisation agreed on a plan.\n\n"
            "The ministers met in Astana ahead of a summit of the bloc's leaders, which is due "
            "to take place on Friday. Kazakh Foreign Minister Murat Nurtleu, who chaired the "
            "meeting, called it useful.")
    got = [(m["body"], m["level"], m["place"], m["start"], m["attendees"])
           for m in rows(text, "2024-07-01").meetings]
    assert got == [("SCO", "foreign ministers", "Astana", None, "Murat Nurtleu"),
                   ("SCO", "heads of state", "", "2024-07-05", "")]


def test_said_after_the_meeting_is_one_meeting_with_the_speaker_in_it(rows):
    text = ('"The session agreed to guard the border," President Ali Nazarov said after the '
            "meeting on Thursday.")
    [m] = rows(text).meetings
    assert m["attendees"] == "Ali Nazarov"


def test_talks_held_with_a_president_in_the_kremlin_are_one_meeting_in_moscow(rows):
    text = ("Vladimir Putin held talks in the Kremlin with President of the Republic of "
            "Uzbekistan Shavkat Mirziyoyev.\n\n"
            "Talks between the two leaders focused on trade. Following the talks, the heads of "
            "state signed a joint statement.\n\n"
            "The next meeting of the SCO Council of Heads of State will be held in Astana, "
            "Putin said.")
    got = [(m["level"], m["place"], m["attendees"]) for m in rows(text, "2025-10-08").meetings]
    assert got == [("heads of state", "Moscow", "Vladimir Putin;Shavkat Mirziyoyev"),
                   ("heads of state", "Astana", "")]


def test_a_dateline_with_a_year_and_a_hyphenated_outlet_is_no_exercise_day(rows):
    # "Asia-Plus" holds a hyphen: the dateline was not seen, and its day made a
    # second exercise beside the one dated in the next paragraph.
    text = ("BISHKEK, March 3, 2025, Kloop-Media -- Kyrgyz and Kazakh border guards have "
            "held a joint exercise in Talas region.\n\n"
            "The exercise took place on February 27-28 near the village of Kok-Tash.")
    [row] = ex(rows, text, published="2025-03-03")
    assert (row["start"], row["end"]) == ("2025-02-27", "2025-02-28")
    assert row["participants"] == "KGZ;KAZ"


def test_a_meeting_opening_before_another_is_a_meeting_of_its_own(rows):
    text = ("CSTO leaders held a summit in Bishkek on November 27.\n\n"
            "Before the summit, the CSTO foreign ministers met in Bishkek on November 26.")
    got = rows(text, "2025-11-28").meetings
    assert [(m["level"], m["start"]) for m in got] == [
        ("heads of state", "2025-11-27"), ("foreign ministers", "2025-11-26")]


def test_an_opening_aside_with_its_own_body_and_place_is_a_second_meeting(rows):
    got = rows("Ahead of the SCO summit in Astana on July 4, the foreign ministers met on "
               "July 2.", "2024-07-05").meetings
    assert [(m["body"], m["level"], m["place"], m["start"]) for m in got] == [
        ("SCO", "heads of state", "Astana", "2024-07-04"),
        ("SCO", "foreign ministers", "", "2024-07-02")]


def test_a_meeting_in_a_country_with_no_city(rows):
    [m] = rows("The next CSTO summit will take place in Tajikistan in 2026.").meetings
    assert (m["place"], m["country"]) == ("", "TJK")
    [m] = rows("CSTO defence ministers held talks on the situation in Afghanistan on "
               "Friday.").meetings
    assert m["country"] == ""  # what they talked about is not where


def test_a_body_that_agrees_to_hold_an_exercise_takes_part_in_it(rows):
    [row] = ex(rows, "CSTO chiefs of general staff met in Minsk on May 20 and agreed to hold "
                     "the joint exercise Interaction-2026 in Kazakhstan.", published="2026-05-21")
    assert (row["participants"], row["location"], row["country"]) == ("CSTO", "Kazakhstan", "KAZ")


def test_observers_do_not_drill_and_the_next_drills_are_another_exercise(rows):
    text = ("Tajik and Uzbek border troops completed a joint exercise near Termez on Friday.\n\n"
            '"The troops worked well together," a Tajik officer said. He said the next joint '
            "drills would be held in Tajikistan next year.\n\n"
            "The exercise was watched by military attaches from India, Pakistan and Iran.")
    done, coming = ex(rows, text, published="2025-04-12")
    assert (done["participants"], done["status"]) == ("TJK;UZB", "completed")
    assert (coming["participants"], coming["country"], coming["start"]) == ("", "TJK", "2026")


def test_who_informs_of_a_coming_session_does_not_attend_it(rows):
    text = ("Foreign Minister Sirojiddin Muhriddin briefed President Shavkat Mirziyoyev on the "
            "preparations for the SCO summit, which will be held in Tashkent in October.")
    [m] = rows(text, "2025-06-02").meetings
    assert (m["place"], m["start"], m["attendees"]) == ("Tashkent", "2025-10", "")


def test_a_training_ground_in_a_kazakh_region_is_in_kazakhstan(rows):
    [row] = ex(rows, "Kyrgyz and Kazakh paratroopers held drills at the Koksaray training ground "
                     "in Turkistan region on Wednesday.", published="2024-04-12")
    assert (row["location"], row["country"]) == ("Koksaray", "KAZ")


def test_two_leaders_of_two_countries_in_talks_are_one_meeting(rows):
    text = ("Kazakh President Kassym-Jomart Tokayev and his Uzbek counterpart, Shavkat "
            "Mirziyoyev, signed an agreement on water sharing during talks in Tashkent.")
    [m] = rows(text, "2025-06-02").meetings
    assert (m["body"], m["place"]) == ("bilateral", "Tashkent")
    assert m["attendees"] == "Kassym-Jomart Tokayev;Shavkat Mirziyoyev"


def test_a_trilateral_summit_told_by_a_leaders_office(rows):
    text = ("Uzbek President Shavkat Mirziyoyev will travel to Cholpon-Ata next month for a "
            "trilateral summit, Japarov's office said.")
    [m] = rows(text, "2025-06-02").meetings
    assert (m["body"], m["place"], m["country"], m["start"]) == (
        "trilateral", "Cholpon-Ata", "KGZ", "2025-07")
    assert m["attendees"] == "Shavkat Mirziyoyev"


def test_who_speaks_a_quote_after_a_summit_does_not_attend_it(rows):
    text = ('SCO leaders gathered in Qingdao on Saturday. "It is a show of strength," said '
            "Temur Umarov, a fellow at the Carnegie centre.")
    [m] = rows(text, "2025-06-02").meetings
    assert (m["place"], m["attendees"]) == ("Qingdao", "")


def test_a_country_that_sends_no_troops_is_no_participant(rows):
    text = ("Russian, Belarusian and Armenian units were to take part in the drills in "
            "Belarus. Armenia, which has frozen its CSTO membership, did not send troops.")
    [row] = ex(rows, text, published="2025-06-02")
    assert row["participants"] == "RUS;BLR"


def test_a_total_after_the_troops(rows):
    [row] = ex(rows, "Troops from Kazakhstan, Kyrgyzstan and Tajikistan, some 1,200 in total, "
                     "took part in the exercise near Osh.", published="2025-06-02")
    assert (row["troops"], row["troops_qualifier"]) == (1200, "some")


def test_a_country_that_sends_no_troops_is_no_participant_of_the_headlines_exercise(rows):
    text = ("CSTO Opens Drills In Tajikistan\n\n"
            "The CSTO has begun joint exercises in Tajikistan, the bloc said on Monday.\n\n"
            "Some 1,500 servicemen from Armenia, Kazakhstan, Russia and Tajikistan are taking "
            "part.\n\n"
            "Armenia, which froze its participation in the bloc last year, did not send troops.")
    [row] = ex(rows, text, published="2025-06-02")
    assert row["participants"] == "CSTO;KAZ;RUS;TJK"


def test_a_meeting_in_a_town_that_shares_its_name_with_a_region(rows):
    [m] = rows("SCO border chiefs met in the Kyrgyz town of Osh on Friday.", "2024-05-05").meetings
    assert (m["place"], m["country"]) == ("Osh", "KGZ")
    [m] = rows("CSTO defence ministers met in the Kyrgyz town of Batken on Friday.",
               "2024-05-05").meetings
    assert (m["place"], m["country"]) == ("Batken", "KGZ")


def test_the_drill_named_in_the_next_paragraph_is_the_one_in_the_headline(rows):
    [x] = rows(
        "Tajik Army Officers Take Part In Drill In Russia\n\n"
        "According to the Tajik Ministry of Defence, the drill, dubbed Poisk-2019 "
        "(Search-2019), kicked off at a training ground of Russia's Central Military District "
        "in Orenburg oblast on June 4.\n",
        "2019-06-05",
    ).exercises
    assert (x["name"], x["start"], x["location"], x["country"]) == (
        "Poisk-2019", "2019-06-04", "Orenburg", "RUS")


def test_a_paragraph_of_history_is_no_part_of_the_exercise(rows):
    [x] = rows(
        "Kyrgyz and Russian troops began drills at the Edelweiss training ground on Monday.\n\n"
        "The security pact was signed in Tashkent in 1992, and Belarus and Armenia joined "
        "its armed forces in 1993.\n",
        "2023-05-10",
    ).exercises
    assert (x["participants"], x["start"]) == ("KGZ;RUS", "2023-05-08")


def test_three_drills_named_in_one_sentence_and_their_finer_dates(rows):
    [x] = rows(
        "The CSTO plans to hold three exercises in Kyrgyzstan this month.\n\n"
        "The drills will be held at the Edelweiss training ground from September 12-20. "
        "The exercise dubbed Rubezh 2025 (Frontier 2025) is for special forces, the exercise "
        "dubbed Kobalt 2025 is for police units and the exercise dubbed Zaslon 2025 is for "
        "border troops.\n",
        "2025-09-01",
    ).exercises
    assert x["name"] == "Rubezh 2025, Kobalt 2025 and Zaslon 2025"
    assert (x["start"], x["end"], x["date_precision"]) == ("2025-09-12", "2025-09-20", "day")


def test_training_grounds_named_after_a_dash_or_the_plural_noun(rows):
    [x] = rows("The drills will be held at two training grounds in Tajikistan - Lyaur and "
               "Sambuli - next week.", "2025-09-01").exercises
    assert x["location"] == "Lyaur training ground"
    [x] = rows("The CSTO exercise closes today with live firing at the Kyzyl-Bulak training "
               "grounds in Sughd province.", "2025-09-01").exercises
    assert (x["location"], x["country"]) == ("Kyzyl-Bulak", "TJK")


def test_the_city_a_base_is_near_is_not_where_its_troops_drill(rows):
    [x] = rows("The troops of Russia's 201st military base, located near Tajikistan's Dushanbe, "
               "are marching to the vicinity of the Harbmaidon range for drills.",
               "2017-08-15").exercises
    assert x["location"] == "Harbmaidon training ground"


def test_a_capital_named_after_its_description_and_a_city_that_hosts(rows):
    [m] = rows("The next session of the CSTO Collective Security Council will take place in the "
               "Kazakh capital, Astana, on November 28.", "2024-11-20").meetings
    assert (m["place"], m["country"], m["start"]) == ("Astana", "KAZ", "2024-11-28")
    [m] = rows("Bishkek will host a regular SCO summit on July 4.", "2025-06-20").meetings
    assert (m["place"], m["country"]) == ("Bishkek", "KGZ")


def test_a_strategy_through_a_later_year_does_not_end_the_summit(rows):
    [m] = rows("The SCO summit adopted a development strategy through 2035 on Monday.",
               "2025-09-03").meetings
    assert (m["start"], m["end"]) == ("2025-09-01", "2025-09-01")


def test_gorno_badakhshan_without_its_hyphen_is_in_tajikistan(rows):
    [x] = rows("A joint exercise was conducted for Tajik and Russian units in the Gorno Badakhshan "
               "Autonomous Region on Monday.", "2015-05-21").exercises
    assert (x["location"], x["country"]) == ("Gorno-Badakhshan", "TJK")


def test_a_ministry_reporting_the_drill_goes_on_telling_it_but_the_taliban_do_not(rows):
    text = ("Kazakh and Kyrgyz troops begin joint drills near Osh\n\n"
            "Kazakh and Kyrgyz troops on Monday took up positions in the Osh region, said the "
            "press service of the Kyrgyz Defence Ministry.\n\n"
            "The Taliban said the troops in the Badakhshan province of Afghanistan were not a "
            "threat to anyone.")
    [row] = rows(text, "2023-05-08").exercises
    assert (row["participants"], row["location"], row["start"]) == ("KAZ;KGZ", "Osh",
                                                                    "2023-05-08")


def test_the_day_an_official_told_an_agency_is_not_the_drill_day(rows):
    text = ("The Kyrgyz and Kazakh militaries have begun counterterrorism drills in Batken "
            "province.\n\n"
            "Defence ministry spokesman Aibek Osmonov told Kabar on May 9 that the goal of the "
            "drills was to counter militant groups.\n\n"
            "The drills are to run until May 12 and involve about 900 troops.")
    [row] = rows(text, "2023-05-09").exercises
    assert (row["participants"], row["start"], row["end"]) == ("KGZ;KAZ", None, "2023-05-12")
    text = ("First Kyrgyz-Uzbek joint military exercises will begin in Osh region on "
            "Tuesday, the Kyrgyz Defence Ministry told Interfax on Monday.")
    [row] = rows(text, "2023-05-08").exercises
    assert (row["participants"], row["start"]) == ("KGZ;UZB", "2023-05-09")


def test_an_open_date_does_not_reach_a_drill_years_before(rows):
    text = ("Kyrgyz and Kazakh troops are holding drills in Batken province. The drills run "
            "until May 12.\n\n"
            "In October 2019, the two countries' troops held joint drills in Batken that "
            "involved 3,000 troops.")
    got = sorted((r["start"] or "", r["end"]) for r in rows(text, "2023-05-09").exercises)
    assert got == [("", "2023-05-12"), ("2019-10", "2019-10")]


def test_a_paragraph_going_on_about_the_drill_adds_only_the_sides_it_names_as_troops(rows):
    text = ("Kyrgyz and Kazakh troops began joint drills in Batken province on Monday.\n\n"
            "Then an Uzbek special forces company cleared a village, and units from Russia "
            "and Belarus advanced on the hills.\n\n"
            "Kyrgyzstan and Tajikistan had decided to reinforce their borders with Afghanistan "
            "after government forces lost ground. Afghanistan has 144 km of border with "
            "Uzbekistan.")
    [row] = rows(text, "2023-05-09").exercises
    assert row["participants"] == "KGZ;KAZ;UZB;RUS;BLR"


def test_a_paragraph_on_security_problems_does_not_go_on_telling_the_drill(rows):
    text = ("Kyrgyz and Kazakh troops held joint drills in Batken province in October.\n\n"
            "Batken sits at the nexus of security problems including Afghanistan's war and "
            "militants' return from Iraq and Syria to Russia.")
    [row] = rows(text, "2023-11-09").exercises
    assert row["participants"] == "KGZ;KAZ"


def test_a_sitting_of_a_council_and_its_members_named_after_their_titles(rows):
    text = ("ASTANA - The sitting of the CSTO Council of Defence Ministers took place in "
            "Astana.\n\n"
            "Minister of Defense of Armenia Suren Papikyan, Head of the State Committee for "
            "Defense of Kyrgyzstan Baktybek Bekbolotov and Deputy Secretary of the CSTO Valery "
            "Semerikov took part in the sitting.")
    [meeting] = rows(text, "2023-06-08").meetings
    assert (meeting["body"], meeting["level"], meeting["place"]) == (
        "CSTO", "defence ministers", "Astana")
    assert meeting["attendees"] == "Suren Papikyan;Baktybek Bekbolotov;Valery Semerikov"


def test_national_contingents_listed_together_add_up_but_a_part_does_not(rows):
    def troops(sentence):
        [row] = rows(sentence, "2023-05-09").exercises
        return row["troops"], row["troops_qualifier"]

    assert troops("Over 500 Kyrgyz servicemen and 100 Kazakh servicemen will take part in "
                  "the drills in Batken.") == (600, "over")
    assert troops("More than 300 Uzbek troops, as well as a company of more than 150 Russian "
                  "troops, practiced in Termez during the drills.") == (450, "more than")
    assert troops("About 1,200 troops joined the drills in Batken, including approximately "
                  "580 Kazakh troops.") == (1200, "about")


def test_continuing_similar_exercises_is_no_exercise(rows):
    text = ("The ministers agreed that the joint actions of the armed forces of the CSTO "
            "countries during the exercise, Rubezh 2023, strengthened their units, and they "
            "stressed their intention to continue similar exercises.")
    assert [r["name"] for r in rows(text, "2023-05-09").exercises] == ["Rubezh 2023"]


def test_a_spokesman_telling_of_the_meeting_and_its_defence_leaders_are_not_its_attendees(rows):
    text = ("Defence ministers of the CSTO member states gathered in Minsk for a meeting.\n\n"
            "Rustam Nazarov, a spokesman for the Kyrgyz Defence Ministry, says the meeting "
            "participants exchanged views on border security.\n\n"
            "During the meeting, defence leaders summed up the results of cooperation, "
            "Nazarov noted.")
    [meeting] = rows(text, "2023-06-08").meetings
    assert (meeting["level"], meeting["attendees"]) == ("defence ministers", "")


def test_the_last_exercises_at_the_base_are_earlier_ones(rows):
    text = ("Tactical drills with 800 servicemen have begun at the Edelweiss range of Russia's "
            "Kant air base in Kyrgyzstan.\n\n"
            "The last military exercises at this base were held in March 2023.")
    got = [(r["start"], r["status"], r["troops"]) for r in rows(text, "2023-09-10").exercises]
    assert got == [(None, "ongoing", 800), ("2023-03", "completed", None)]


def test_each_ground_of_a_list_before_the_plural_noun_is_a_place(lexicon):
    from briefgen.extract.entities import find_mentions

    text = ("Kyrgyz troops began tactical exercises at the Koi-Tash, Koktal and Ak-Suu "
            "training grounds.")
    places = [m.name for m in find_mentions(text, lexicon) if m.kind == "place"]
    assert places == ["Koi-Tash", "Koktal", "Ak-Suu"]


def test_a_drill_at_grounds_listed_before_their_noun_is_an_exercise(rows):
    text = ("An aide to the commander announced the opening of planned exercises at the "
            "Koi-Tash, Edelweiss and Ak-Suu training grounds.")
    [row] = rows(text, "2023-05-09").exercises
    assert row["location"] == "Koi-Tash"


def test_leaders_listed_with_a_serial_comma_or_after_including_attend(rows):
    text = ("The session of the Collective Security Council opened in Yerevan on Monday. "
            "Taking part in the Yerevan summit were leaders of the participating states, "
            "including Belarus, Kazakhstan, and Russia.")
    [meeting] = rows(text, "2022-11-21").meetings
    assert (meeting["body"], meeting["place"], meeting["attendees"]) == (
        "CSTO", "Yerevan", "BLR;KAZ;RUS")


def test_a_meeting_dated_by_the_earlier_session_it_discusses_is_not_dated_so(rows):
    text = ("CSTO foreign ministers will meet in Minsk. The meeting is expected to discuss "
            "the resolutions of the October 2016 session of the Collective Security Council.")
    meetings = rows(text, "2017-11-28").meetings
    assert [(m["level"], m["start"]) for m in meetings] == [
        ("foreign ministers", None), ("heads of state", None)]


def test_the_day_a_drill_was_completed_is_its_end(rows):
    [row] = rows("The joint drill for Kyrgyz and Kazakh servicemen was completed in Batken "
                 "district Monday morning.", "2023-10-24").exercises
    assert (row["start"], row["end"], row["status"]) == (None, "2023-10-23", "completed")


def test_whom_a_minister_met_is_named_before_his_role(rows):
    text = ("Kyrgyz Defence Minister Baktybek Bekbolotov met with Zhang Wei, deputy chief of "
            "the Joint Staff of the People's Liberation Army, in Bishkek on Monday.")
    [meeting] = rows(text, "2023-05-09").meetings
    assert (meeting["body"], meeting["attendees"]) == (
        "bilateral", "Baktybek Bekbolotov;Zhang Wei")


def test_the_border_of_a_drill_is_that_of_the_country_it_is_in(rows):
    text = ("About 300 Uzbek soldiers have arrived in Tajikistan to take part in a joint "
            "exercise near the Afghan border.")
    [row] = rows(text, "2023-05-09").exercises
    assert row["participants"] == "UZB"
    assert (row["location"], row["country"]) == ("Tajik-Afghan border", "TJK")


def test_one_of_a_serial_drill_and_multiple_past_drills_are_no_one_exercise(rows):
    text = ("Kyrgyz and Kazakh troops began the \u201cKhan Tengri-2023\u201d joint drill near "
            "Karakol on Monday.\n\n"
            "The Kazakh-Kyrgyz \u201cKhan Tengri-2023\u201d is one of the serial joint "
            "anti-terrorism exercises held in this Central Asian nation. Previously the two "
            "countries held multiple \u201cKhan Tengri\u201d joint anti-terrorism exercises in "
            "Kyrgyzstan in 2017, 2019 and 2021.")
    got = [(r["name"], r["start"]) for r in rows(text, "2023-05-09").exercises]
    assert got == [("Khan Tengri-2023", "2023-05-08")]


def test_the_day_troops_arrived_is_not_the_drill_day(rows):
    text = ("A 300-strong Uzbek team on Friday afternoon arrived at the drill site in Kazakhstan, "
            "where the joint drill will run from May 20-25.")
    got = [(r["start"], r["end"]) for r in rows(text, "2023-05-13").exercises]
    assert got == [("2023-05-20", "2023-05-25")]
    text = ("Military delegations yesterday arrived in Kazakhstan to discuss the Steppe Eagle "
            "war game that will take place at the Matybulak range in August this year.")
    got = [(r["start"], r["location"]) for r in rows(text, "2023-05-13").exercises]
    assert got == [("2023-08", "Matybulak range")]


def test_drills_held_since_a_year_long_ago_are_no_one_exercise(rows):
    text = ("Kazakh armed forces have participated in anti-terrorism drills under the framework "
            "of the CSTO since 2004.")
    assert rows(text, "2023-05-09").exercises == []


def test_a_drill_that_concluded_in_a_country_on_a_weekday_ended_then(rows):
    text = ('"Rubezh-2023," a multi-national drill of the CSTO, concluded in Kyrgyzstan Friday.\n\n'
            "During the 10-day joint drill, 2,000 troops practiced a variety of maneuvers.\n\n"
            "At 10:15 a.m. on Sept. 6, the commanders ordered the start of the drill.")
    [row] = rows(text, "2023-09-16").exercises
    assert (row["start"], row["end"]) == ("2023-09-06", "2023-09-15")


def test_countries_arrived_as_monitors_and_a_count_of_drills_are_no_sides_or_event(rows):
    text = ("BREST, May 6. /TASS/. Representatives from India and Pakistan have arrived as "
            "monitors at the exercise of the CSTO's Rapid Reaction Force codenamed Rubezh-2023, "
            "held in the CSTO's Eastern European region.\n\n"
            "Five joint and special drills are conducted within the CSTO exercise Rubezh-2023 "
            "held in Kyrgyzstan from May 1 to 6.\n\n"
            "In January, the ministry said eight international exercises would be held in 2023.")
    [row] = rows(text, "2023-05-06").exercises
    assert (row["name"], row["start"], row["end"]) == ("Rubezh-2023", "2023-05-01", "2023-05-06")
    assert not {"IND", "PAK"} & set(row["participants"].split(";"))
    assert row["country"] in ("", "KGZ")  # never "CSTO": a body is no country


def test_a_drill_named_without_a_year_keeps_its_name(rows):
    text = ("BISHKEK: Special forces of India and Kyrgyzstan began the Joint Special Forces "
            "Exercise DUSTLIK at the Edelweiss range on Monday.\n\n"
            "Exercise Dustlik will run until April 30.")
    [row] = rows(text, "2025-04-14").exercises
    assert row["name"] == "Dustlik"
    assert (row["participants"], row["start"], row["end"]) == ("IND;KGZ", "2025-04-14",
                                                               "2025-04-30")


def test_a_quoted_name_and_a_name_numbered_by_its_year(rows):
    quoted = rows('The annual exercise "Steppe Eagle 24", hosted by Kazakhstan, opened Sept. 3, '
                  "2024, in Almaty.", "2024-09-04").exercises
    assert [(r["name"], r["start"], r["location"]) for r in quoted] == [
        ("Steppe Eagle 24", "2024-09-03", "Almaty")]
    numbered = rows("The Steppe Eagle 24 military maneuvers are being conducted from September 2 "
                    "to September 13.", "2024-09-04").exercises
    assert [(r["name"], r["end"]) for r in numbered] == [("Steppe Eagle 24", "2024-09-13")]


def test_a_headline_in_title_case_gives_no_name(rows):
    text = ("Joint Exercise Begins In Khatlon\n\n"
            "Tajik and Chinese troops began a joint exercise in Khatlon province on Monday.")
    [row] = rows(text, "2024-05-21").exercises
    assert row["name"] != "Begins"
    assert row["participants"] == "TJK;CHN"


def test_an_abbreviation_in_a_list_of_adjectives_acts(rows):
    [row] = rows("Kyrgyz and US troops will hold drills near Osh from June 2 to 9.",
                 "2024-05-21").exercises
    assert row["participants"] == "KGZ;USA"


def test_the_day_a_command_said_it_is_not_the_drill_nor_a_count(rows):
    text = ("The U.S. Central Command on June 4 said that Uzbek and Mongolian troops will "
            "conduct a command-post exercise in Termez from June 12 to 20, 2019.")
    [row] = rows(text, "2019-06-05").exercises
    assert (row["start"], row["end"], row["troops"]) == ("2019-06-12", "2019-06-20", None)


def test_a_series_or_drills_held_as_a_rule_are_no_one_exercise(rows):
    text = ("The exercise series has been conducted annually since 2003.\n\n"
            "Afghanistan's neighbours have taken part in the annual border exercise since 2008.\n\n"
            "The SCO holds regular anti-terror exercises for its members.")
    assert rows(text, "2019-06-05").exercises == []


def test_the_members_of_a_body_are_no_sides_of_its_drill(rows):
    text = ("Kazakh and Kyrgyz units are taking part in the drills of the CSTO, which also "
            "includes Armenia and Belarus, near Almaty.")
    [row] = rows(text, "2014-07-16").exercises
    assert row["participants"] == "KAZ;KGZ;CSTO"  # the drills of the CSTO, not of Armenia
    assert row["status"] == "ongoing"


def test_a_drill_closing_today_is_under_way(rows):
    [row] = rows("KHUJAND, May 3 -- The anti-terror drill Frontier-2030 is closing today in "
                 "Sughd province.", "2030-05-03").exercises
    assert row["status"] == "ongoing"


def test_the_day_of_an_opening_within_the_span_of_the_drill(rows):
    text = ("The ambassador yesterday welcomed the participants of the Steppe Eagle 30 "
            "maneuvers, which are being conducted from June 10 to June 20.")
    [row] = rows(text, "2030-06-11").exercises
    assert (row["start"], row["end"], row["status"]) == ("2030-06-10", "2030-06-20", "ongoing")


def test_a_claim_before_the_drill_it_was_said_at_places_no_drill(rows):
    text = ("Tension is growing on the Tajik-Afghan border, General Pavel Orlov, Chief of the "
            "CSTO Joint Staff, stated on Tuesday at the opening of the Frontier-2030 drills.\n\n"
            "The drills started today on the Koktal training range in Kyrgyzstan.")
    [row] = rows(text, "2030-09-07").exercises
    assert (row["location"], row["country"]) == ("Koktal", "KGZ")


def test_a_separate_drill_told_in_passing_and_then_in_full_is_its_own_row(rows):
    text = ("Troops from Kazakhstan and Kyrgyzstan began joint drills on Monday near Osh.\n\n"
            "Moscow said it would send a contingent to Tajikistan for separate exercises due to "
            "begin there later this month.\n\n"
            "Those separate drills are due to take place on June 20-25 and involve Russian and "
            "Tajik forces. Security has deteriorated amid a U.S. troop withdrawal.")
    got = rows(text, "2030-06-03").exercises
    assert [(r["participants"], r["start"], r["end"]) for r in got] == [
        ("KAZ;KGZ", "2030-06-03", "2030-06-03"), ("RUS;TJK", "2030-06-20", "2030-06-25")]


def test_the_day_something_was_said_does_not_date_the_drill(rows):
    text = ("Kazakh and Kyrgyz troops will hold joint drills in Almaty region.\n\n"
            "On Monday, Kazakhstan's defense ministry said that 900 soldiers would take part.\n\n"
            "Official Marat Akhmetov said in an interview to a radio station last week that the "
            "drills would be a signal.")
    [row] = rows(text, "2030-06-05").exercises
    assert (row["start"], row["end"], row["troops"]) == (None, None, 900)


def test_the_total_over_a_contingent_and_countries_beside_the_place_are_no_sides(rows):
    text = ("Uzbek and Russian troops kicked off joint drills near Termez on Friday.\n\n"
            "The exercises come a week before drills in neighbouring Tajikistan, which also "
            "borders Afghanistan.\n\n"
            "600 of the Russian soldiers take part; more than 1,500 troops are involved in "
            "total, with aircraft stationed at a base in adjacent Kyrgyzstan.")
    [row] = rows(text, "2030-06-07").exercises
    assert row["participants"] == "UZB;RUS"
    assert row["troops"] == 1500


def test_a_wire_dateline_without_a_dash_and_the_next_summit_stand_apart(rows):
    text = ("Astana Declaration adopted, next summit will be held in China in 2031\n\n"
            "Astana, Jul 5 (UNI) The Astana Declaration was signed at the end of the meeting of "
            "the Heads of State of the SCO held in the historic city of Astana, Kazakhstan.")
    got = rows(text, "2030-07-05").meetings
    assert [(m["place"], m["country"], m["start"]) for m in got] == [
        ("", "CHN", "2031"), ("Astana", "KAZ", None)]


def test_the_day_one_spoke_at_a_summit_dates_it_and_what_he_recalled_does_not(rows):
    text = ("Prime Minister Nikol Pashinyan told a CSTO summit on Wednesday that Armenia expects "
            "support.\n\n"
            "At the CSTO meeting, Pashinyan stated that Yerevan was attacked during the conflict "
            "in 2020.\n\n"
            "The Armenian prime minister said at the summit in Yerevan that the assessment was "
            "important.")
    [row] = rows(text, "2030-11-24").meetings
    assert (row["start"], row["place"]) == ("2030-11-20", "Yerevan")
    assert row["attendees"] == "Nikol Pashinyan"  # Armenia is there in his person


def test_one_president_at_a_summit_of_a_body_named_before(rows):
    text = ("The SCO called for an inclusive government in Afghanistan.\n\n"
            "President of Tajikistan Emomali Rahmon, in the SCO meeting, said terrorism is a "
            "threat.\n\n"
            "Heads of states gathered in Samarkand to attend a summit of the central Asian "
            "security body.")
    [row] = rows(text, "2030-09-19").meetings
    assert (row["body"], row["level"], row["place"]) == ("SCO", "heads of state", "Samarkand")


def test_people_counted_as_the_drills_participants_are_its_size(rows):
    text = ("The CSTO drills will be held at the Sarybel training ground from 3 to 7 "
            "October.\n\n"
            "The total number of participants in the exercise will be more than 4,200 people, "
            "while some 300 people were evacuated from nearby villages by militants.")
    [row] = rows(text, "2030-09-27").exercises
    assert (row["troops"], row["troops_qualifier"]) == (4200, "more than")


def test_aircraft_based_in_one_country_drill_at_an_airfield_in_another(rows):
    text = ("Russian Su-25s deployed in Kazakhstan have arrived at the Kulob airfield in "
            "Tajikistan for a joint Russian-Tajik counterterrorism exercise.\n\n"
            "Russian jets moved from Kazakhstan's airbase to join the drills at a range 20 km "
            "from Afghanistan.\n\n"
            "The defence chiefs reached an agreement on holding the exercises a month ago.")
    [row] = rows(text, "2030-12-09").exercises
    assert (row["participants"], row["country"]) == ("RUS;TJK", "TJK")
    assert row["start"] is None


def test_a_meeting_in_one_city_and_a_summit_planned_in_another(rows):
    text = ("President of Tajikistan Emomali Rahmon announced on March 13 in a joint statement "
            "with President of Kyrgyzstan Sadyr Japarov following a meeting in Bishkek.\n\n"
            "In February, Deputy Chairman of the Cabinet of Ministers of the Kyrgyz Republic "
            "Edil Baisalov reported that the first ever trilateral summit of the Presidents of "
            "Kyrgyzstan, Tajikistan and Uzbekistan would be held in Khujand on March 31.")
    got = rows(text, "2030-03-13").meetings
    assert [(m["place"], m["start"]) for m in got] == [("Bishkek", None),
                                                      ("Khujand", "2030-03-31")]


def test_where_a_drill_was_first_planned_and_a_side_that_refused_to_host_it(rows):
    text = ("The Frontier-2030 exercises, which were originally planned to be held in Belarus, "
            "will be held in Kazakhstan.\n\n"
            "Subsequently, the Belarusian side refused to conduct CSTO exercises in 2030.")
    [row] = rows(text, "2030-03-01").exercises
    assert (row["location"], row["country"]) == ("Kazakhstan", "KAZ")
    assert "BLR" not in row["participants"].split(";")


def test_a_photo_caption_standing_first_shows_the_drill_the_story_names(rows):
    text = ("The SCO members' soldiers conduct a joint anti-terror drill at the Zhurihe "
            "training base on Sept 15, 2030\n\n"
            'The "Peace Mission 2030," a multi-national anti-terror drill, began on Friday. '
            "It is the second joint drill for China, Kazakhstan, Russia and Tajikistan.")
    [row] = rows(text, "2030-09-14").exercises
    assert (row["name"], row["start"], row["location"]) == (
        "Peace Mission 2030", "2030-09-13", "Zhurihe training base")


def test_a_summit_in_the_capital_or_here_is_in_the_datelines_city(rows):
    got = rows("ASTANA — The summit of the Council of Heads of State of the SCO commences "
               "today at the Palace of Independence in the capital.", "2030-07-04").meetings
    assert [(m["place"], m["country"], m["start"]) for m in got] == [
        ("Astana", "KAZ", "2030-07-04")]
    got = rows("BISHKEK, May 3 (Kabar) - CSTO defence ministers met here on Friday.",
               "2030-05-03").meetings
    assert [(m["place"], m["country"]) for m in got] == [("Bishkek", "KGZ")]


def test_a_name_of_capitalised_words_before_the_exercise_word(rows):
    text = ("The Ili training center in Kazakhstan hosted the annual Golden Falcon multinational "
            "training exercises in April.\n\n"
            "The Armed Forces exercises will follow in May.")
    got = rows(text, "2030-06-01").exercises
    assert [r["name"] for r in got][0] == "Golden Falcon"
    assert "Armed Forces" not in [r["name"] for r in got]


def test_peacekeepers_from_a_country_are_its_side(rows):
    [row] = rows("More than 60 peacekeepers from the US and the UK took part in the exercise "
                 "with a Kazakh battalion at the Koktal military range on April 11.",
                 "2030-04-12").exercises
    assert set(row["participants"].split(";")) == {"USA", "GBR", "KAZ"}
    assert row["location"] == "Koktal"


def test_a_drill_told_without_a_date_is_in_the_year_its_name_gives(rows):
    text = ("Units of the CSTO's Frontier-2031 drills are heading to Kyrgyzstan.\n\n"
            "A Kazakh team arrived at the range.")
    [row] = rows(text, "2030-12-20").exercises
    assert (row["start"], row["end"], row["date_precision"]) == ("2031", "2031", "year")
    assert "KAZ" in row["participants"].split(";")


def test_a_drill_under_the_name_given_in_quotes(rows):
    [row] = rows('The joint drill under the name "KHANJAR" started on Monday in Tokmok.',
                 "2030-03-12").exercises
    assert row["name"] == "Khanjar"


def test_a_count_each_from_two_sides_and_a_length_told_in_its_own_sentence(rows):
    text = ("The joint exercise between the Indian Army and the Kyrgyz Army started on Monday in "
            "Osh, in which 35 soldiers each from Kyrgyzstan and India are participating.\n\n"
            "The drill will be held for 10 days.")
    [row] = rows(text, "2030-03-13").exercises
    assert (row["troops"], row["start"], row["end"]) == (70, "2030-03-11", "2030-03-20")


def test_a_facility_named_with_capitals_is_a_place_not_a_school_of_forces(rows):
    [row] = rows("Kazakh and Uzbek troops held drills at the Chirchiq Training Center in May.",
                 "2030-07-01").exercises
    assert row["location"] == "Chirchiq"
    [row] = rows("Indian and Kyrgyz troops held joint drills at the Special Forces Training "
                 "School in June.", "2030-07-01").exercises
    assert row["location"] == ""


def test_a_place_after_a_hyphenated_adjective(rows):
    [row] = rows("About 600 Uzbek and Tajik servicemen will hold joint drills in the "
                 "hard-to-reach area of the Sughd region.", "2030-09-17").exercises
    assert (row["location"], row["country"]) == ("Sughd", "TJK")


def test_a_year_before_the_name_and_the_members_of_a_bloc_that_hold_it(rows):
    [row] = rows("The member states of the Collective Security Treaty Organization are to hold "
                 "the 2030 Steel Shield military exercise of their rapid reaction forces in "
                 "Belarus on May 8-12.", "2030-04-20").exercises
    assert (row["name"], row["participants"], row["status"]) == ("Steel Shield 2030", "CSTO",
                                                                 "planned")


def test_witnesses_and_a_country_that_opted_out_are_not_sides(rows):
    [row] = rows("Chinese and Tajik border troops held a joint drill near Murghab on Tuesday. "
                 "The drill, carried out under the framework of the SCO, was witnessed by "
                 "representatives from Kazakhstan, Russia and Uzbekistan, all SCO members.\n\n"
                 "Armenia once again opted out of participating in the drill.",
                 "2030-06-13").exercises
    assert row["participants"] == "CHN;TJK;SCO"  # the SCO's framework: its drill


def test_one_sides_contingent_is_not_the_size_of_a_drill_of_many(rows):
    [row] = rows("The joint CSTO exercise is beginning in Kazakhstan on Wednesday with units of "
                 "Armenia, Belarus, Kyrgyzstan, Russia and Tajikistan.\n\n"
                 "The Belarusian army is represented at the drills by 150 troops of its 103rd "
                 "brigade.", "2030-09-18").exercises
    assert row["troops"] is None


def test_drills_a_report_says_are_being_conducted_are_under_way(rows):
    [row] = rows("Meanwhile, Kyrgyz and Chinese militaries are conducting joint exercises in "
                 "the Naryn region, the ministry said.\n\n"
                 "The exercises are to run until July 16.", "2030-07-12").exercises
    assert (row["status"], row["end"]) == ("ongoing", "2030-07-16")


def test_a_meeting_series_a_passing_mention_and_a_headline_make_no_rows(rows):
    text = ("9th Meeting of Foreign Ministers\n\n"
            "TASHKENT, (Kun.uz - 12th May, 2030 ) :As part of the preparations for the "
            "meeting of the Shanghai Cooperation Organization (SCO) Heads of State Council, the "
            "foreign ministers of the SCO held a meeting in Tashkent on May 11.\n\n"
            "The meetings of the SCO foreign ministers have been held since 2004.")
    [row] = rows(text, "2030-05-12").meetings
    assert (row["level"], row["place"], row["start"]) == ("foreign ministers", "Tashkent",
                                                          "2030-05-11")


def test_what_is_set_for_the_next_summit_is_not_this_meetings(rows):
    text = ("The Secretaries of the Security Councils of the SCO met in Bishkek on April 3.\n\n"
            "The meeting set the agenda for next Heads of State summit of SCO scheduled for "
            "July 4-5, 2030 in Astana.\n\n"
            "The previous meeting of the security council secretaries was held in the "
            "capital of Tajikistan, Dushanbe, in May 2029.")
    got = [(m["level"], m["place"], m["start"]) for m in rows(text, "2030-04-04").meetings]
    assert got == [("security council secretaries", "Bishkek", "2030-04-03"),
                   ("heads of state", "Astana", "2030-07-04"),
                   ("security council secretaries", "Dushanbe", "2029-05")]


def test_a_report_date_after_according_to_is_not_the_meetings(rows):
    [row] = rows("The 9th meeting of SCO defence ministers was held in Astana, according to "
                 "the SCO Secretariat here on Monday.", "2030-06-11").meetings
    assert (row["place"], row["start"]) == ("Astana", None)


def test_a_proposal_a_signing_and_a_drill_of_which_nothing_is_told_make_no_rows(rows):
    text = ("Kazakh and Chinese troops launched joint exercises in Taraz on Friday. The "
            "exercises were held under a memorandum signed by the two defence ministers in "
            "Beijing in April.\n\n"
            "The Chinese commander proposed to hold a similar joint exercise in China next "
            "year.\n\n"
            "About 900 Kazakh troops have started the drills, a week after concluding the "
            "previous drills, Interfax quoted officials as saying on Tuesday.")
    got = [(r["location"], r["start"]) for r in rows(text, "2030-09-20").exercises]
    assert got == [("Taraz", "2030-09-20")]


def test_a_length_in_weeks_and_the_day_the_drill_ended(rows):
    [row] = rows("TASHKENT, May 16 (Xinhua) -- Uzbek and Chinese troops concluded their "
                 "two-week-long joint exercise in the Jizzakh region on Wednesday.",
                 "2030-05-16").exercises
    assert (row["start"], row["end"]) == ("2030-05-02", "2030-05-15")


def test_a_place_spelled_without_its_hyphen(rows):
    [row] = rows("Russian and Tajik troops will hold drills at the Kharbmaidon training ground "
                 "on August 5-10.", "2030-07-19").exercises
    assert (row["location"], row["country"]) == ("Harbmaidon training ground", "TJK")


def test_tomorrow_with_its_date_in_brackets_is_that_date(rows):
    [row] = rows("The ministers approved the agenda for tomorrow (September 16, 2030) meeting "
                 "of the CSTO Collective Security Council.", "2030-09-16").meetings
    assert row["start"] == "2030-09-16"


def test_an_edition_in_capitals_or_by_two_digits_names_the_drill(rows):
    [row] = rows("The 4th edition of the India-Mongolia Joint Military Exercise, NOMADIC-2030, "
                 "commenced Monday in Ulaanbaatar.", "2030-07-15").exercises
    assert row["name"] == "Nomadic-2030"
    text = ("The armies of India and Uzbekistan on Thursday began a fortnight-long joint "
            "exercise.\n\n"
            "The sixth edition of 'Dustlik-30', a joint training exercise aimed at closer "
            "ties, started at Termez and will conclude on March 28, he said.\n\n"
            "The two countries instituted a joint annual training exercise in 2024 as "
            "'Exercise Friendship', which was renamed in 2026.")
    [row] = rows(text, "2030-03-14").exercises
    assert (row["name"], row["participants"], row["start"], row["end"]) == (
        "Dustlik-30", "IND;UZB", "2030-03-14", "2030-03-28")


def test_an_exercise_since_its_inception_is_a_series(rows):
    assert rows("Khanjar has been an annual exercise since its inception in 2024, serving "
                "both armies.", "2030-04-01").exercises == []


def test_what_a_staff_office_or_an_alliances_press_service_reports_tells_the_drill(rows):
    text = ("The Frontier-2030 drills will be held in Kyrgyzstan on October 4-7.\n\n"
            "According to the press service of CSTO, members of the armed forces of "
            "Kazakhstan, Kyrgyzstan and Russia will take part in them.\n\n"
            "According to the Operations Department of the General Staff, the active phase "
            "will take place on October 6.")
    [row] = rows(text, "2030-09-20").exercises
    assert row["participants"] == "KAZ;KGZ;RUS"


def test_sides_without_whom_who_is_absent_and_who_takes_part(rows):
    text = ("Central Asian countries on Tuesday held joint naval drills, for the first time "
            "without regional powers Russia and China.\n\n"
            "Taking part are three republics — Kazakhstan, Kyrgyzstan and Uzbekistan, while "
            "Turkmenistan is absent.\n\n"
            "Azerbaijan is also participating.\n\n"
            "All SCO member states but Tajikistan are taking part in the event.")
    [row] = rows(text, "2030-07-10").exercises
    assert row["participants"] == "KAZ;KGZ;UZB;AZE"


def test_a_call_for_drills_and_drills_as_a_subject_are_no_drill(rows):
    text = ("Defense Minister of Tajikistan Sherali Mirzo met his Iranian counterpart in "
            "Dushanbe on Monday.\n\n"
            "The two officials also called for holding joint military drills.\n\n"
            "He said that holding joint military drills and new equipment are among top "
            "priorities of the armed forces of Iran and Tajikistan.")
    assert rows(text, "2030-05-18").exercises == []


def test_a_name_with_its_translation_before_the_year(rows):
    [row] = rows("The second stage of the Kanzhar (Dagger) 2030 joint military exercises of the "
                 "Kazakh and Uzbek armed forces took place in Aktau, the Defense Ministry "
                 "reported.", "2030-08-15").exercises
    assert (row["name"], row["participants"]) == ("Kanzhar 2030", "KAZ;UZB")


def test_six_presidents_of_a_format_the_lexicon_lacks_and_a_headline_in_the_same_city(rows):
    text = ("Ashgabat hosts the third Caspian summit\n\n"
            "On 9 October 2030, the third Caspian summit was held in Ashgabat, Turkmenistan. "
            "It brought together President of Kazakhstan Kassym-Jomart Tokayev, President of "
            "Russia Vladimir Putin, President of Iran Masoud Pezeshkian and President of "
            "Azerbaijan Ilham Aliyev.\n\n"
            "The leaders discussed cultural and humanitarian ties.")
    [row] = rows(text, "2030-10-10").meetings
    assert (row["body"], row["level"], row["start"]) == ("multilateral", "heads of state",
                                                        "2030-10-09")
    assert "refugees" not in row["topics"]


def test_a_bulleted_meeting_of_a_format_in_quotes_is_no_row(rows):
    text = ("Dushanbe will host a series of meetings:\n\n"
            '• Summit of Heads of State in the "Central Asia–China" format\n\n'
            "• Meeting of the CIS Council of Foreign Ministers")
    assert [r["body"] for r in rows(text, "2030-10-01").meetings] == ["CIS"]


def test_meeting_a_challenge_is_no_meeting_and_diplomats_of_many_countries_are(rows):
    text = ("Earlier, Kyrgyzstan applied for the assistance of the CSTO member states to meet "
            "the challenges posed by Afghanistan.\n\n"
            "In early March, senior diplomats from Russia, China, Iran and Pakistan gathered "
            "in Tashkent to discuss the situation in Afghanistan.")
    [row] = rows(text, "2030-03-18").meetings
    assert (row["body"], row["place"], row["attendees"]) == ("multilateral", "Tashkent",
                                                            "RUS;CHN;IRN;PAK")


def test_one_name_told_twice_in_a_headline_and_a_page_without_spaces(rows):
    text = ("Special Tactical Exercises Cobalt-2030 Begins in Tajikistan\n\n"
            "DUSHANBE, 17.11.2030 (NIAT Khovar) – Special tactical exercises named "
            "Cobalt-2030are being held from November 15 through November 20 at the Fakhrobod "
            "military training ground, reports the Ministry of Internal Affairs of Tajikistan."
            "\n\n"
            "Representatives from Armenia, Belarus and Russia arrived in Tajikistan to "
            "participate in the exercises. They are attended by special forces units of the "
            "Ministries of the Interior of the CSTO.\n\n"
            "The event was attended by representatives of Armenia and Belarus.")
    [row] = rows(text, "2030-11-17").exercises
    assert (row["name"], row["start"], row["end"], row["status"]) == (
        "Cobalt-2030", "2030-11-15", "2030-11-20", "ongoing")
    assert rows(text, "2030-11-17").meetings == []


def test_an_opening_ceremony_is_a_drill_under_way(rows):
    [row] = rows("An opening ceremony of a joint exercise of Russia, Tajikistan and Uzbekistan "
                 "was held at the Harb-Maidon training ground.", "2030-08-05").exercises
    assert row["status"] == "ongoing"


def test_a_region_with_a_capital_r_after_a_possessive_is_a_place(rows):
    [row] = rows("The CSTO exercise Cobalt-2030 opened in Siberia's Novosibirsk Region on "
                 "Wednesday.", "2030-08-14").exercises
    assert row["location"] == "Novosibirsk"


def test_a_length_in_weeks_told_in_another_sentence_stretches_the_first_day(rows):
    text = ("The fifth edition of the India-Uzbekistan Joint Military Exercise DUSTLIK is set to "
            "commence on April 15, 2030, in Termez District, Uzbekistan.\n\n"
            "Contingents of both armies will train together during the two-week-long "
            "exercise.")
    [row] = rows(text, "2030-04-14").exercises
    assert (row["start"], row["end"]) == ("2030-04-15", "2030-04-28")


def test_ministers_of_defense_the_heads_of_ministries_and_countries_that_took_part(rows):
    text = ("Meeting of the Council of Ministers of Defense of the CSTO is taking place in "
            "Bishkek today. It is attended by the heads of the Defense Ministries of "
            "Kyrgyzstan, Russia and Belarus.\n\n"
            "TASHKENT. KAZINFORM The 80th sitting of the Council of Defense Ministers of the CIS "
            "member states took place in Tashkent.\n\n"
            "Kazakhstan, Armenia and Uzbekistan took part in it.")
    got = [(m["body"], m["level"], m["attendees"]) for m in rows(text, "2030-04-30").meetings]
    assert got == [("CSTO", "defence ministers", "KGZ;RUS;BLR"),
                   ("CIS", "defence ministers", "KAZ;ARM;UZB")]


def test_a_drill_launched_for_three_days_of_exercises_and_observers_of_a_bloc(rows):
    text = ("ALMATY, August 24, 2030 -- Kazakhstan and China launch three days of joint "
            "counterterrorism exercises today.\n\n"
            "Around 100 observers from member states of the SCO -- which includes China, "
            "Russia and Kyrgyzstan -- were there to evaluate the drill.")
    [row] = rows(text, "2030-08-24").exercises
    assert (row["start"], row["end"], row["participants"]) == ("2030-08-24", "2030-08-26",
                                                              "KAZ;CHN")


def test_talks_between_two_sides_and_a_colon_after_a_wires_dateline(rows):
    text = ("Tashkent, Oct 17 (IANS): Kyrgyz officials held talks with a Taliban delegation "
            "on Saturday in the border city of Termez, the ministry said.\n\n"
            "The talks focused on trade.")
    [row] = rows(text, "2030-10-17").meetings
    assert (row["place"], row["start"]) == ("Termez", "2030-10-12")


def test_countries_that_participated_in_it_attend(rows):
    text = ("On March 29, 2030, Tashkent hosted the 40th session of the SCO Council of "
            "Foreign Ministers.\n\n"
            "Kazakhstan, Kyrgyzstan and Tajikistan participated in it.")
    [row] = rows(text, "2030-03-30").meetings
    assert row["attendees"] == "KAZ;KGZ;TJK"


def test_a_drill_that_started_goes_on_in_later_sentences_but_another_that_begins_does_not(rows):
    text = ("A Turkish joint military exercise with Uzbek troops started on March 22 in the "
            "southern Uzbek city of Tirmiz.\n\n"
            "Gen. Ali Demir will follow the joint exercises on March 25. The joint drills will "
            "continue through March 27.")
    [row] = rows(text, "2030-03-23").exercises
    assert (row["location"], row["start"], row["end"]) == ("Termez", "2030-03-22", "2030-03-27")
    text = ("The Russian and Uzbek armies kicked off joint military exercises at Termez on "
            "Friday.\n\n"
            "Russian, Uzbek and Tajik forces will then combine for the drills in Tajikistan that "
            "begin on August 5 and end on August 10.")
    termez = rows(text, "2030-07-27").exercises[0]
    assert (termez["location"], termez["end"]) == ("Termez", "2030-07-26")


def test_a_past_clause_of_a_sentence_about_the_future_reads_its_weekday_backwards(rows):
    [row] = rows("And on Monday, joint military exercises of Uzbek and Turkish forces were "
                 "launched in Termez, and it is scheduled to conclude on March 27.",
                 "2030-03-21").exercises
    assert (row["start"], row["end"]) == ("2030-03-18", "2030-03-27")


def test_who_neither_came_nor_will_skip_a_summit_does_not_attend(rows):
    text = ("MINSK — Leaders of the CSTO met in Minsk on Thursday for a summit. Russian President "
            "Vladimir Putin attended, even though neither Prime Minister Nikol Pashinyan, nor "
            "other Armenian officials have participated.\n\n"
            "Kyrgyz President Sadyr Japarov will skip the meeting.")
    [row] = rows(text, "2030-11-24").meetings
    assert row["attendees"] == "Vladimir Putin"


def test_a_meeting_takes_the_day_and_place_of_its_own_clause(rows):
    text = ("On May 3, the envoy Jon Carter was in Kabul and on May 4, he met with Tajik President "
            "Emomali Rahmon in Dushanbe.")
    [row] = rows(text, "2030-05-05").meetings
    assert (row["place"], row["start"]) == ("Dushanbe", "2030-05-04")


def test_troops_engaged_in_the_drills_are_drilling_now(rows):
    [row] = rows("8,000 servicemen of Kazakhstan and 600 units of military vehicles are engaged in "
                 "the Batyl Toitarys 2030 drills.", "2030-09-05").exercises
    assert (row["status"], row["troops"]) == ("ongoing", 8000)


def test_a_cancelled_drill_its_invited_observers_and_a_member_that_opted_not_to_take_part(rows):
    text = ("The Kyrgyz Ministry of Defense announced the decision to cancel the CSTO "
            "exercise \"Steel Shield-2030\".\n\n"
            "The exercise was supposed to take place in Balykchy on 10-14 October. It was "
            "planned to invite representatives of Mongolia, Serbia and Uzbekistan as "
            "observers.")
    [row] = rows(text, "2030-10-04").exercises
    assert (row["status"], row["participants"]) == ("cancelled", "KGZ;CSTO")
    [row] = rows("The drills involve personnel from Belarus, Kazakhstan and Armenia.\n\n"
                 "Armenia, a CSTO member, has opted not to take part in these exercises.",
                 "2030-09-07").exercises
    assert "ARM" not in row["participants"]


def test_a_date_the_drill_was_once_slated_for_is_not_its_date(rows):
    text = ("About 900 servicemen will take part in Amber Shield-2030, a drill to be held at "
            "the Donguz training ground on September 20-24.\n\n"
            "The upcoming drills were originally slated for September 2029, but were postponed.")
    [row] = rows(text, "2030-09-18").exercises
    assert (row["name"], row["start"], row["end"]) == ("Amber Shield-2030", "2030-09-20",
                                                       "2030-09-24")


def test_an_earlier_edition_told_after_this_one_is_another_drill(rows):
    text = ("Zenith-2030 (Center-2030) drills to be held on Sept. 16-21 in Russia will involve "
            "contingents from India and Kazakhstan, the ministry said.\n\n"
            "Previous Zenith exercises were held in 2022, 2024 and 2026.\n\n"
            "The Zenith-2026 exercises involved 80,000 troops. Military contingents from "
            "Kazakhstan and Serbia took part in the 2026 drills.")
    now, before = rows(text, "2030-08-20").exercises
    assert (now["name"], now["start"], now["also_named"]) == ("Zenith-2030", "2030-09-16",
                                                              "Center-2030")
    assert (before["name"], before["troops"], before["participants"]) == (
        "Zenith-2026", 80000, "KAZ;SRB")


def test_a_quoted_count_of_the_troops_involved_sizes_the_drill(rows):
    text = ("A battalion tactical exercise of Russia's 201st military base was launched at the "
            "Sumbuli range on Monday, spokesman Captain Oleg Markov said.\n\n"
            "“The maneuvres have three stages,” Markov said.\n\n"
            "“More than 80 armored vehicles and some 700 troops are involved in the maneuvres,” "
            "the spokesman said.")
    [row] = rows(text, "2030-08-11").exercises
    assert (row["location"], row["troops"]) == ("Sambuli training ground", 700)


def test_a_headline_that_places_nothing_heads_the_lead(rows):
    text = ("Tajikistan hosts Russian military exercises\n\n"
            "An assistant to the base commander announced the opening of company-level "
            "exercises at the Lohour and Mumirak training grounds.")
    [row] = rows(text, "2030-04-18").exercises
    # (Tajikistan hosts them: the drills are Russian)
    assert (row["participants"], row["location"]) == ("RUS", "Lyaur training ground")


def test_what_could_be_staged_is_planned_and_what_took_place_is_over(rows):
    [row] = rows("A few of the Zenith-2030 exercises' events could be staged in Tajikistan.",
                 "2030-05-28").exercises
    assert row["status"] == "planned"
    [row] = rows("The general oversaw the Zenith-2030 drills that took place at the Donguz "
                 "range.", "2030-09-24").exercises
    assert row["status"] == "completed"


def test_a_drill_told_as_earlier_is_another_one_but_an_earlier_report_is_not(rows):
    text = ("The joint anti-terrorist exercise concluded at the counter-terrorism centre in "
            "Pabbi on Monday.\n\n"
            "Earlier, the SCO's ‘Zenith 2030’ drill concluded on September 24 in Russia.")
    first, second = rows(text, "2030-10-08").exercises
    assert (first["location"], second["name"]) == ("Pabbi", "Zenith 2030")
    text = ("The drills of the CSTO forces began in Kazakhstan on Monday.\n\n"
            'Earlier, the CSTO staff reported that the "Zenith-2030" exercise provides for a '
            "joint operation.")
    assert len(rows(text, "2030-09-27").exercises) == 1


def test_from_a_day_to_a_weekday_and_a_name_closed_by_a_double_prime(rows):
    text = ('The SCO member states held a joint exercise, entitled "Amber-2030″, in Pakistan '
            "from Sept. 21 to Monday.")
    [row] = rows(text, "2030-10-07").exercises
    assert (row["name"], row["start"], row["end"]) == ("Amber-2030", "2030-09-21", "2030-10-07")


def test_a_meeting_of_an_organ_is_its_parent_bodys(rows):
    text = ("The decision to hold the joint exercise named “Amber-2030″ was taken at the 40th "
            "meeting of the Council of the Regional Anti-Terrorist Structure (RATS) held in "
            "Tashkent, Uzbekistan on March 18.")
    [meeting] = rows(text, "2030-03-22").meetings
    assert (meeting["body"], meeting["place"], meeting["start"]) == ("SCO", "Tashkent",
                                                                      "2030-03-18")


def test_a_bilateral_meeting_on_the_sidelines_is_not_the_blocs_meeting(rows):
    text = ("Defence Minister of India Arun Mehta today held a bilateral meeting with Chinese "
            "counterpart General Wei Dong on the sideline of SCO meet in New Delhi.\n\n"
            "Mr Mehta will chair the SCO Defence Ministers Meeting in New Delhi tomorrow. "
            "Defence Ministers of China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan will "
            "participate in the meeting.")
    meetings = {m["body"]: m for m in rows(text, "2030-04-25").meetings}
    assert set(meetings) == {"bilateral", "SCO"}
    assert (meetings["bilateral"]["start"], meetings["bilateral"]["attendees"]) == (
        "2030-04-25", "Arun Mehta;Wei Dong")
    assert meetings["SCO"]["start"] == "2030-04-26"
    assert "KAZ" in meetings["SCO"]["attendees"].split(";")
    assert "KAZ" not in meetings["bilateral"]["attendees"].split(";")


def test_a_headline_to_join_a_meet_on_friday_and_a_ministerial_summit(rows):
    text = ("China, Pakistan to join SCO defence ministers meet on Friday\n\n"
            "India will host the meeting in New Delhi.")
    [meeting] = rows(text, "2030-04-23").meetings
    assert (meeting["start"], meeting["level"]) == ("2030-04-26", "defence ministers")
    text = ("On the margins of the SCO defence ministerial summit in Delhi, Defence Minister "
            "Arun Mehta will hold talks with his Chinese counterpart, Wei Dong.")
    [meeting] = rows(text, "2030-04-25").meetings
    assert meeting["level"] == "defence ministers"


def test_a_title_case_headlines_words_are_no_name(rows):
    text = ("India's Defence Minister To Hold Bilateral Talks With Chinese Counterpart\n\n"
            "Defence Minister Arun Mehta will meet Wei Dong in New Delhi on Friday.")
    people = {a for m in rows(text, "2030-04-25").meetings for a in m["attendees"].split(";")}
    assert not any("Hold" in p for p in people)


def test_an_alliance_consisting_of_its_members_and_troops_moving_to_the_drill(rows):
    text = ("The CSTO exercise Zenith-2030 will be held in Belarus, as participating "
            "contingents will start redeploying to Belarusian soil on August 25.\n\n"
            "The CSTO is a military alliance consisting of six countries: Armenia, Belarus, "
            "Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Its exercise will run from "
            "September 1 to 6.")
    [row] = rows(text, "2030-08-24").exercises
    assert "ARM" not in row["participants"].split(";")
    assert (row["start"], row["end"]) == ("2030-09-01", "2030-09-06")


def test_rounds_of_talks_are_no_meeting_and_negotiations_with_a_day_and_place_are(rows):
    assert rows("Kyrgyz and Tajik delegations have held several rounds of talks in recent "
                "years but failed to end the dispute.", "2030-04-30").meetings == []
    [meeting] = rows("The agreement was signed on 1 May during negotiations held in Bishkek.",
                     "2030-05-04").meetings
    assert (meeting["place"], meeting["start"]) == ("Bishkek", "2030-05-01")


def test_a_country_where_something_holds_positions_is_not_where_the_meeting_was(rows):
    text = ("Leaders of the CSTO held an extraordinary session via videoconference.\n\n"
            "The participants expressed concern that the Islamic State still holds strong "
            "positions in Afghanistan.")
    [meeting] = rows(text, "2030-08-23").meetings
    assert (meeting["place"], meeting["country"]) == ("", "")


def test_a_partnership_since_long_ago_and_nations_that_sent_observers(rows):
    text = ("Phase one of Exercise Amber Eagle took place March 31 to April 11, 2030, at "
            "Illisky Training Center, Kazakhstan.\n\n"
            "The state of Arizona has had a partnership program with Kazakhstan since 1993, "
            "and they were well represented at this year's first phase of Exercise Amber Eagle."
            "\n\nKazakhstan, the United States and Kyrgyzstan sent participants while India, "
            "Turkey, and Uzbekistan each sent observers to the exercise.")
    [row] = rows(text, "2030-04-12").exercises
    assert (row["start"], row["location"]) == ("2030-03-31", "Iliysky training center")
    assert set(row["participants"].split(";")) == {"KAZ", "USA", "KGZ"}


def test_another_drill_completed_is_this_one_and_a_standfirst_places_it(rows):
    text = ("CSTO Stages Drills On Tajik-Afghan Border\n\n"
            "The drills are being conducted at the Kharb-Maidon training ground.\n\n"
            "Members of the Russian-led Collective Security Treaty Organization (CSTO) have "
            "completed another joint counterterrorism training exercise in Tajikistan.\n\n"
            "The exercise on October 23 presented a scenario in which columns of vehicles "
            "transport militants across the border from Afghanistan into Tajikistan.")
    [row] = rows(text, "2030-10-24").exercises
    assert (row["location"], row["start"]) == ("Harbmaidon training ground", "2030-10-23")
    assert "CSTO" in row["participants"].split(";")
    assert "AFG" not in row["participants"].split(";")


def test_what_was_said_in_march_and_fighting_last_month_do_not_date_the_drill(rows):
    text = ("The CSTO has tried to position itself as the guarantor of security; in March the "
            "group's head said that its forces could reach the border in three days. This "
            "exercise is taking place in Khatlon province, across the border from Kunduz "
            "province, where heavy fighting broke out last month.\n\n"
            "The exercise of the CSTO forces began the afternoon of May 12 and involves about "
            "500 soldiers from Russia. More than 2,000 soldiers total are taking part.")
    [row] = rows(text, "2030-05-13").exercises
    assert (row["start"], row["troops"]) == ("2030-05-12", 2000)


def test_a_headline_verb_a_host_capital_a_war_and_tensions_are_not_the_drills(rows):
    text = ("Russia Starts Zenith 2030 Joint Military Exercises\n\n"
            "Contingents of 14 countries started on Thursday the joint military exercises Zenith "
            "2030, which will last until September 7. The war games that Moscow is hosting in "
            "Primorsky Krai involve troops from Russia, China and Laos. They come amid Russia's "
            "war in Ukraine while both Russia and China face tensions with the United States.\n\n"
            "The drills are held in Russia's Eastern Military District.")
    [row] = rows(text, "2030-09-06").exercises
    assert (row["name"], row["start"], row["end"]) == ("Zenith 2030", "2030-09-05", "2030-09-07")
    assert row["location"] == "Primorsky"
    assert set(row["participants"].split(";")) == {"RUS", "CHN", "LAO"}


def test_who_announced_who_was_honoured_and_attendees_included(rows):
    text = ("The 20th meeting of SCO Security Council Secretaries will be held in Beijing on May "
            "21-22, Foreign Ministry spokesperson Wen Hao announced Wednesday.\n\n"
            "ASTANA – The meeting of the Council of Foreign Ministers of the SCO was held on May "
            "21 in Astana. The host welcomed the meeting participants and asked for a moment of "
            "silence to honor Iranian President Reza Karimi.\n"
            "Attendees included Chinese Foreign Minister Wang Yi and Russian Foreign Minister "
            "Sergei Lavrov.\n\n"
            "Tashkent held the 21st meeting of the Secretaries of the Security Councils of the SCO "
            "on Monday.")
    meetings = rows(text, "2030-05-22").meetings
    people = {a for m in meetings for a in m["attendees"].split(";")}
    assert "Wen Hao" not in people and "Reza Karimi" not in people
    assert {"Wang Yi", "Sergei Lavrov"} <= people
    assert "Tashkent" in {m["place"] for m in meetings}


def test_a_countrys_aircraft_by_model_take_part(rows):
    text = ("Russian Su-25 Frogfoot close air support aircraft will take part on Saturday in the "
            "active phase of the Shield-2030 exercises conducted by Kyrgyzstan's Armed Forces.")
    [row] = rows(text, "2030-04-25").exercises
    assert set(row["participants"].split(";")) == {"RUS", "KGZ"}


def test_an_exercise_which_included_its_sides_and_one_contingents_size(rows):
    text = ("Zenith 2030 was a large-scale Russian military exercise held from September 1 to "
            "September 7, 2030.\n\n"
            "A total of 5 countries took part in the exercise, which, in addition to Russia, "
            "included China, India, Laos and Tajikistan. The Chinese contingent was the second "
            "largest, and the most comprehensive contingent China ever sent to Russian "
            "exercises. It was composed of approximately 2,000 soldiers.\n\n"
            "The defence minister claimed that the exercise would involve over 300,000 "
            "soldiers, but that estimate was said to be inflated. Over 50,000 military "
            "personnel were supposed to participate in the exercise.")
    [row] = rows(text, "2031-01-15").exercises
    assert set(row["participants"].split(";")) == {"RUS", "CHN", "IND", "LAO", "TJK"}
    assert row["troops"] == 50000


def test_security_chiefs_of_two_countries_are_their_delegations(rows):
    [meeting] = rows("The security chiefs of Kyrgyzstan and Tajikistan sat down for talks "
                     "Saturday in Bishkek.", "2030-09-17").meetings
    assert (meeting["body"], meeting["attendees"]) == ("bilateral", "KGZ;TJK")


def test_a_spokesmans_quote_that_tells_the_drills_course_says_where_and_when(rows):
    text = (
        "ASTANA, June 4, 2019 — Kazakh and Uzbek units are taking part in joint drills, "
        "dubbed Shield-2019.\n\n"
        "\u201cThe battalions began joint tactical exercises at the Sarybel training ground "
        "in Kazakhstan on June 2,\u201d Arman Seitov, a spokesman, told reporters.\n\n"
        "The exercises end on June 7."
    )
    [row] = ex(rows, text, "2019-06-04")
    assert (row["location"], row["country"]) == ("Sarybel", "KAZ")
    assert (row["start"], row["end"]) == ("2019-06-02", "2019-06-07")


def test_a_quote_of_opinion_still_places_nothing(rows):
    text = (
        "Kazakh and Uzbek units held joint drills, dubbed Shield-2019, last week.\n\n"
        "\u201cWe would like to hold the next drills in Termez in 2020,\u201d the minister said."
    )
    [row] = ex(rows, text, "2019-06-04")
    assert row["location"] != "Termez" and row["start"] != "2020"


def test_the_country_told_just_before_a_new_training_ground(rows):
    [row] = ex(rows, "Uzbek troops will not take part in the CSTO drills Granite-2021 in "
                     "Tokmok city. The drills are scheduled for September 7-9; they will be "
                     "held in Kyrgyzstan at the Ala-Archa training ground.")
    assert (row["location"], row["country"]) == ("Ala-Archa", "KGZ")


def test_a_parliament_committees_sitting_is_no_meeting(rows):
    got = rows("The armed forces of Tajikistan will not take part in the drills, Deputy "
               "Defense Minister Aibek Osmonov said at a meeting of the Committee for "
               "Defense of the Parliament of Kyrgyzstan.").meetings
    assert got == []


def test_a_summit_told_by_its_number_its_standfirst_and_this_years_summit(rows):
    text = (
        "Leaders gather in Qingdao\n\n"
        "Summit in China seeks consensus among parties, Xi says.\n\n"
        "The 18th summit of the Shanghai Cooperation Organization (SCO) opened Sunday in "
        "Qingdao with President Xi Jinping delivering the opening address.\n\n"
        "This year’s summit is the first since the bloc was joined by Iran in 2023, and "
        "the first since Prime Minister Imran Hakimi took office in January 2018.\n\n"
        "The previous SCO leaders’ summit was held in Kazakhstan in July 2017."
    )
    got = rows(text, "2018-06-10").meetings
    assert [(m["place"], m["start"], m["ordinal"]) for m in got] == [
        ("Qingdao", "2018-06-10", "18"), ("", "2017-07", "")]
    assert got[0]["attendees"] == "Xi Jinping"


def test_who_is_no_attendee_of_a_summit(rows):
    text = (
        "The SCO summit opened in Tianjin on Sunday, attended by Russian President Vladimir "
        "Putin. Modi's speech will be watched against the backdrop of US President Dan "
        "Carver's tariff war. According to Kremlin aide Yury Ushakov, the summit will adopt "
        "a declaration.\n\n"
        "Assistant Foreign Minister Liu Bin said Xi will chair the summit. Liu emphasized "
        "that unity is essential to meet global challenges. Since its founding in 2001, the "
        "SCO has grown to ten members."
    )
    [m] = rows(text, "2025-08-31").meetings
    assert m["attendees"] == "Vladimir Putin;Narendra Modi;Xi Jinping"
    assert (m["start"], m["end"]) == ("2025-08-31", "2025-08-31")


def test_a_new_persons_possessive_is_no_part_of_the_name(lexicon):
    from briefgen.extract.entities import find_mentions
    text = "The speech comes against the backdrop of US President Dan Carver’s tariff war."
    assert [m.name for m in find_mentions(text, lexicon) if m.kind == "person"] == ["Dan Carver"]


def test_another_drill_told_in_headline_and_lead_is_one(rows):
    text = (
        "Another joint drill for Uzbek and Chinese troops will be held in Surkhandarya in "
        "late May\n\n"
        "Another joint drill for Uzbek and Chinese troops will be held in the Surkhandarya "
        "region in late May this year, according to the Ministry of Defense."
    )
    got = ex(rows, text, "2030-04-02")
    assert [(r["participants"], r["start"], r["status"]) for r in got] == [
        ("UZB;CHN", "2030-05", "planned")]


def test_drills_agreed_once_every_two_years_or_held_several_times_are_no_drill(rows):
    text = (
        "Uzbekistan and China have agreed to conduct joint military exercises at least "
        "once every two years.\n\n"
        "Uzbekistan and China have conducted several joint counter-terrorism military "
        "exercises to date. A three-day exercise was conducted at the Koktal training "
        "ground on September 14-16, 2026."
    )
    got = ex(rows, text, "2030-04-02")
    assert [(r["location"], r["start"]) for r in got] == [("Koktal", "2026-09-14")]
    assert got[0]["evidence"].startswith("A three-day exercise")


def test_a_ministrys_abbreviation_before_its_country(rows):
    [c] = rows("The drill was completed on Monday, according to Anvar Rasulov, a spokesman "
               "for the Ministry of Defense (MoD) of Uzbekistan.", "2030-04-02").claims
    assert (c["speaker"], c["affiliation"]) == ("Anvar Rasulov", "UZB-MOD")


def test_the_drill_watched_its_follow_up_and_the_plan_of_the_drill(rows):
    text = (
        "Uzbekistan and Kazakhstan conduct joint military drill\n\n"
        "During the visit, the Kazakh delegation visited a training center in Samarkand, "
        "where exercises with shooting were demonstrated.\n\n"
        "On November 24, the ministers watched the active phase of the Uzbek-Kazakh joint "
        "drill Sherdor-2030 at the Termez training ground. They became a follow-up of the "
        "Kalkan-2030 joint drill at the Matibulak training ground in Kazakhstan.\n\n"
        "According to the plan of the drill, the combined forces of the two countries fought "
        "illegal armed groups with about 300 military personnel."
    )
    got = {r["name"]: r for r in ex(rows, text, "2030-11-29")}
    assert (got["Sherdor-2030"]["participants"], got["Sherdor-2030"]["troops"]) == (
        "UZB;KAZ", 300)
    assert got["Kalkan-2030"]["location"] == "Matybulak range"


def test_ministries_that_regularly_engage_in_exercises_open_no_drill(rows):
    text = ("Their defense ministries regularly engage in bilateral meetings, joint training, "
            "and military exercises. Among them is the Birlestik-2030 exercise, which brought "
            "together contingents from Kazakhstan and Uzbekistan.")
    [row] = ex(rows, text, "2031-04-01")
    assert row["evidence"].startswith("Among them is the Birlestik-2030 exercise")


def test_he_met_is_the_one_last_named(rows):
    text = ("A military delegation of Kazakhstan headed by Defense Minister Arman Serikov "
            "arrived in Tashkent. On November 22, he met with the Minister of Defense of "
            "Uzbekistan, Lieutenant General Bakhodir Kurbanov.")
    [m] = rows(text, "2030-11-23").meetings
    assert m["attendees"] == "Arman Serikov;Bakhodir Kurbanov"


def test_bilateral_meetings_on_the_sidelines_of_a_blocs_meeting(rows):
    text = (
        "Qingdao, June 26 (ANI): Defence Minister Arjun Rao on Thursday met with his "
        "Tajikistan counterpart, Lieutenant General Emomali Sobirzoda, on the sidelines of the "
        "SCO Defence Ministers' meeting in Qingdao, China.\n\n"
        "Earlier, Rao met with his Belarusian counterpart, Lieutenant General Viktor Khrenin, "
        "on Thursday, also on the sidelines of the ongoing SCO meeting in Qingdao.\n\n"
        "Continuing his bilateral engagements, the Defence Minister also held a meeting with "
        "Russian Defence Minister Andrey Belousov.\n\n"
        "Upon his arrival, Rao was met by Chinese Defence Minister Admiral Dong Jun. The "
        "ministers visited the conference centre, the venue where the SCO summit was held "
        "in 2018."
    )
    got = [(m["body"], m["level"], m["start"], m["attendees"])
           for m in rows(text, "2025-06-26").meetings]
    assert [g[:2] for g in got if g[0] != "bilateral"] == [("SCO", "defence ministers")]
    assert not any("Dong Jun" in g[3] for g in got)
    bilateral = [g for g in got if g[0] == "bilateral"]
    assert [set(g[3].split(";")) - {"BLR", "TJK"} for g in bilateral] == [
        {"Arjun Rao", "Emomali Sobirzoda"}, {"Arjun Rao", "Viktor Khrenin"},
        {"Arjun Rao", "Andrei Belousov"}]
    assert all(g[1] == "defence ministers" for g in bilateral)


def test_a_meeting_the_clause_after_it_puts_in_the_past(rows):
    text = ("Modi's speech will be watched in the backdrop of his meeting with Xi on Saturday, "
            "which was expected to give the ties a new road map.")
    [m] = rows(text, "2025-09-01").meetings
    assert (m["start"], m["attendees"]) == ("2025-08-30", "Narendra Modi;Xi Jinping")


def test_a_name_like_a_months_abbreviation_ends_a_sentence():
    from briefgen.extract.text import sentences
    text = "Rao was met by Admiral Dong Jun. The ministers left. It ends on Jun. 25 in Osh."
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "Rao was met by Admiral Dong Jun.", "The ministers left.", "It ends on Jun. 25 in Osh."]


def test_a_headline_meeting_heads_the_bilateral_one_and_a_phone_call_is_none(rows):
    text = (
        "Uzbekistan's foreign minister meets Afghan counterpart in Kabul\n\n"
        "Bakhtiyor Saidov and his delegation met the Taliban's acting Foreign Minister Amir "
        "Khan Muttaqi on Thursday.\n\n"
        "Muttaqi later held a telephone conversation with Kazakhstan's foreign minister to "
        "discuss holding a trilateral meeting with Pakistan."
    )
    [m] = rows(text, "2030-10-08").meetings
    assert (m["body"], m["level"], m["place"]) == ("bilateral", "foreign ministers", "Kabul")
    assert m["attendees"] == "Bakhtiyor Saidov;Amir Khan Muttaqi"


def test_who_tells_of_a_meeting_attends_none_of_it(rows):
    text = (
        "According to the official representative of the Ministry of Foreign Affairs of "
        "Uzbekistan, Yusup Rahimov, today, talks between members of the government and a "
        "Taliban delegation took place in Termez.\n\n"
        "Muhammad Sohail Shaheen, spokesman for the Taliban's political office, said the "
        "Taliban representatives met Uzbek Foreign Minister Abdul Aziz Kamilov in Tashkent "
        "on Monday."
    )
    got = rows(text, "2030-10-16")
    # (the Taliban's delegation and representatives attend: AFG)
    assert [m["attendees"] for m in got.meetings] == ["AFG", "AFG;Abdulaziz Kamilov"]
    assert got.claims[0]["speaker"] == "Yusup Rahimov"
    assert got.claims[0]["quote"].startswith("talks between members")


def test_who_skipped_ignored_or_missed_a_summit_attends_none(rows):
    text = (
        "Leaders of the CSTO met at a summit in Minsk on November 23, notable for the absence "
        "of a representative from member-state Armenia. It is not the first time the "
        "Armenian leader refused to take part. Russian President Vladimir Putin arrived in "
        "Minsk for the session, which was ignored by Armenian Prime Minister Nikol "
        "Pashinyan.\n\n"
        "In October Armenian Prime Minister Nikol Pashinyan missed the CIS summit in Bishkek."
    )
    got = {m["body"]: m["attendees"] for m in rows(text, "2030-11-24").meetings}
    assert got == {"CSTO": "Vladimir Putin", "CIS": ""}


def test_a_summit_opening_the_sentence_of_other_talks_is_told_elsewhere(rows):
    text = (
        "Leaders of the CSTO will gather for a summit in Minsk on Thursday.\n\n"
        "Ahead of the summit, Russian President Vladimir Putin discussed security issues with "
        "his Tajik counterpart, Emomali Rakhmon, who paid an official visit to Moscow."
    )
    got = [(m["body"], m["place"]) for m in rows(text, "2030-11-21").meetings]
    assert got == [("CSTO", "Minsk")]


def test_a_known_surname_opening_another_full_name_is_not_its_bearer(rows):
    text = ("On April 11, 2030, in Dushanbe, the CSTO Secretary General Imangali Tasmagambetov "
            "met with the Secretary of the Security Council of Tajikistan Rahmon Yusuf "
            "Ahmadzoda.")
    [m] = rows(text, "2030-04-12").meetings
    assert "Emomali Rahmon" not in m["attendees"]
    assert "Rahmon Yusuf Ahmadzoda" in m["attendees"]


def test_a_council_session_in_a_press_release_quote_and_formal_lists_of_delegations(rows):
    text = (
        "«On September 13 the 29th meeting of the SCO RATS Council was held in Almaty with "
        "participation of delegations of the competent authorities of Kazakhstan, China and "
        "Russia», press-release stated.\n\n"
        "On April 5, 2030, the thirty-second meeting of the Council of the Regional "
        "Anti-Terrorist Structure of the SCO was held in Tashkent. It was attended by "
        "delegations of competent authorities of the Republic of India, the Republic of "
        "Kazakhstan, the People’s Republic of China, the Kyrgyz Republic, the Islamic Republic "
        "of Pakistan and the Russian Federation."
    )
    got = rows(text, "2030-04-06").meetings
    assert [(m["body"], m["place"], m["ordinal"], m["attendees"]) for m in got] == [
        ("SCO", "Almaty", "29", "KAZ;CHN;RUS"),
        ("SCO", "Tashkent", "32", "IND;KAZ;CHN;KGZ;PAK;RUS")]


def test_a_drill_named_for_its_year_is_dated_by_it(rows):
    text = ("The results of the joint anti-terrorism exercise of the SCO member states on the "
            "Internet “Xiamen – 2029” were approved. A decision was taken on holding in 2030 "
            "a joint border operation.")
    [row] = rows(text, "2030-04-06").exercises
    assert (row["name"], row["start"], row["status"]) == ("Xiamen – 2029", "2029", "completed")


def test_the_fifth_time_a_country_hosts_a_summit_numbers_no_summit(rows):
    [m] = rows("Xi opened the SCO's 25th summit in Tianjin, marking the fifth time China has "
               "hosted the summit.", "2030-09-01").meetings
    assert m["ordinal"] == "25"


def test_a_countrys_declaration_to_withdraw_makes_it_no_side(rows):
    [row] = ex(rows, "Kazakhstan is hosting the Bereg-2030 drill for the CSTO with forces from "
                     "Russia and Belarus, amid Armenia’s declaration to withdraw from the CSTO.",
             "2030-09-27")
    assert "ARM" not in row["participants"].split(";")


def test_a_headline_meeting_and_a_minister_of_national_defense(rows):
    text = ("Tajik President meets Chinese defense minister\n\n"
            "Tajikistan's President Emomali Rahmon met Tuesday with the visiting Chinese State "
            "Councilor and Minister of National Defense Li Shangren in Dushanbe.")
    [m] = rows(text, "2030-07-23").meetings
    assert (m["level"], m["place"], m["start"]) == (
        "president; defence minister", "Dushanbe", "2030-07-23")


def test_working_group_sessions_between_two_governments(rows):
    text = (
        "From October 3 through October 7, the Kyrgyz city of Osh hosted a regular meeting of "
        "working groups of the Tajik and Kyrgyz governmental delegations on the border.\n\n"
        "Regular meetings of topographic working groups of the government delegations of the "
        "Kyrgyz Republic and the Republic of Tajikistan were held from December 17 to "
        "December 23, 2030.\n\n"
        "Batken city hosted the next joint meeting of the government delegations of Kyrgyzstan "
        "and Tajikistan on Monday."
    )
    got = [(m["body"], m["place"], m["start"], set(m["attendees"].split(";")))
           for m in rows(text, "2031-01-10").meetings]
    assert [g[:3] for g in got] == [("bilateral", "Osh", "2030-10-03"),
                                    ("bilateral", "", "2030-12-17"),
                                    ("bilateral", "Batken", "2031-01-06")]
    assert all(g[3] == {"KGZ", "TJK"} for g in got)


def test_leadership_leaders_of_departments_and_a_meeting_last_held(rows):
    text = (
        "Almaty, 22 June 2030: The Council of Ministers of Foreign Affairs of the CSTO convened "
        "under the leadership of the Kazakh foreign minister. The leaders of the foreign policy "
        "departments from the member states exchanged views.\n\n"
        "The foreign ministers of the organization last met in late November 2029 in Yerevan."
    )
    got = [(m["level"], m["place"], m["start"]) for m in rows(text, "2030-06-22").meetings]
    assert got == [("foreign ministers", "", "2030-06-22"),
                   ("foreign ministers", "Yerevan", "2029-11")]


def test_titles_alone_are_no_persons_name(lexicon):
    from briefgen.extract.entities import find_mentions
    text = ("At the meeting, Deputy Prime Minister-Minister of Foreign Affairs of Kazakhstan "
            "outlined the priorities.")
    assert [m.name for m in find_mentions(text, lexicon) if m.kind == "person"] == []


def test_a_drill_named_after_the_one_a_sentence_tells_is_its_own(rows):
    text = (
        "CSTO exercises begin in Belarus\n\n"
        "Joint exercises with the CSTO's Rapid Response Forces have begun at the Lepel training "
        "ground in Belarus.\n\n"
        "After the opening ceremony of the CSTO exercises, Karpenko also confirmed that the "
        "participants of the Zapad-2030 exercises, which will begin on 12 September, will "
        "rehearse planning."
    )
    got = {r["name"]: r for r in ex(rows, text, "2030-08-31")}
    assert got["Zapad-2030"]["start"] == "2030-09-12"
    assert got["Zapad-2030"]["participants"] == ""
    assert "2030-09-12" not in [r["start"] for n, r in got.items() if n != "Zapad-2030"]


def test_troops_deploying_or_arriving_date_no_drill_the_three_exercises_month_does(rows):
    text = (
        "The CSTO is set to hold three major military exercises in Belarus in September.\n\n"
        "The troops participating in the Granite-2030 drills will deploy to Belarus until "
        "August 29. On August 27, representatives from Kazakhstan arrived in Belarus."
    )
    got = ex(rows, text, "2030-08-28")
    # (the three drills held in Belarus in September are one set, Granite-2030 among them)
    assert [(r["name"], r["start"]) for r in got] == [("Granite-2030", "2030-09")]


def test_upcoming_named_drills_are_the_ones_told_and_a_related_exercise_another(rows):
    text = (
        "CSTO troops deploying to Belarus for drills\n\n"
        "The troops participating in the bloc’s upcoming drills Granite 2030 and Quartz 2030 "
        "will deploy to Belarus until August 29, a spokesman said.\n\n"
        "The Losvido training ground in Belarus will host the drills on August 31 - September "
        "6. As a specific feature of these drills this year, their scenarios will be closely "
        "related to the scenario of the Russia-Belarus joint strategic exercise Zapad 2030."
    )
    got = [(r["name"], r["participants"], r["start"]) for r in ex(rows, text, "2030-08-25")]
    assert got == [("Granite 2030 and Quartz 2030", "CSTO", "2030-08-31"),
                   ("Zapad 2030", "RUS;BLR", "2030")]


def test_a_council_of_heads_of_government_and_its_leaders(rows):
    text = ("The two-day summit of government leaders from the SCO kicked off in Islamabad on "
            "Wednesday. The 23rd Council of Heads of Government (CHG) meeting of the SCO is "
            "chaired by Prime Minister Shehbaz Sharif, with leaders from Belarus and "
            "Kazakhstan.")
    [m] = rows(text, "2030-10-16").meetings
    assert (m["level"], m["ordinal"]) == ("heads of government", "23")


def test_a_joint_training_with_its_name_is_a_drill(rows):
    text = ("Today, the Ministers of Defense of Uzbekistan and Tajikistan observed the main stage "
            "of the Uzbek-Tajik joint training “Commonwealth-2030” at the Termez training "
            "ground.")
    [row] = ex(rows, text, "2030-08-12")
    assert (row["name"], row["participants"], row["location"]) == (
        "Commonwealth-2030", "UZB;TJK", "Termez")


def test_the_first_edition_told_in_a_report_of_the_fourth_is_another_drill(rows):
    text = ("The armies of India and Kazakhstan began the 4th edition of the joint exercise "
            "'Prabal' at Otar on Monday. About 60 personnel each from both armies take part. "
            "The first edition of Exercise Prabal was conducted from October 2 to October 11, "
            "2026.")
    got = [(r["name"], r["start"], r["end"], r["troops"]) for r in ex(rows, text, "2030-03-12")]
    assert got == [("Prabal", "2030-03-11", "2030-03-11", 120),
                   ("Prabal", "2026-10-02", "2026-10-11", None)]


def test_an_edition_told_in_passing_and_named_with_its_year_is_one_drill(rows):
    text = ("The fifth edition of the joint drill 'Prabal' started at Otar on Monday. The first "
            "edition of the exercise was conducted in Kazakhstan in October 2026.\n\n"
            'The inaugural joint exercise "PRABAL-2026" started on October 2 and ended on '
            "October 11, 2026. It was held at the Otar training area.")
    got = [(r["name"], r["start"], r["end"]) for r in ex(rows, text, "2030-03-12")]
    assert got == [("Prabal", "2030-03-11", "2030-03-11"),
                   ("Prabal-2026", "2026-10-02", "2026-10-11")]


def test_an_item_of_a_list_is_evidence_though_it_has_no_full_stop(rows):
    text = ("Key Highlights\n- The first-ever joint exercise Prabal-2030 was held at Otar near "
            "Almaty\n- Before the exercise, the defence minister visited Kazakhstan.")
    [row] = ex(rows, text, "2030-03-12")
    assert row["evidence"] == ("- The first-ever joint exercise Prabal-2030 was held at Otar "
                               "near Almaty")


def test_a_drill_that_is_an_annual_event_is_the_series_and_such_an_exercise_another(rows):
    text = ("Special forces of India and Tajikistan will conduct the 5th edition of Exercise "
            "Shamsher at Farkhor in March.\n\nExercise Shamsher is an annual event that is held "
            "alternately in both countries. The two countries first carried out such an "
            "exercise in October 2016 in Jodhpur, India.")
    got = [(r["name"], r["participants"], r["location"], r["start"])
           for r in ex(rows, text, "2030-02-10")]
    assert got == [("Shamsher", "IND;TJK", "Farkhor", "2030-03"),
                   ("Tajik–Indian exercise, Jodhpur (2016-10)", "TJK;IND", "Jodhpur", "2016-10")]
    # (but not "the exercise, which is an annual event, began ...")
    [row] = ex(rows, "The exercise of India and Tajikistan, which is an annual event, began at "
                     "Farkhor on Monday.", "2030-02-12")
    assert row["start"] == "2030-02-11"


def test_each_sides_contingent_adds_up_to_the_drill(rows):
    text = ("India and Tajikistan began a joint exercise at Farkhor on Monday. The Indian Army "
            "contingent, comprising 35 personnel, is drawn from the Gorkha Rifles. Meanwhile, the "
            "Tajikistan contingent comprising 30 personnel is represented by a mountain brigade.")
    assert [r["troops"] for r in ex(rows, text, "2030-02-12")] == [65]
    text = ("India and Tajikistan began a joint exercise at Farkhor on Monday. The Indian "
            "contingent, consisting of 35 personnel, hails from the Gorkha Rifles, while "
            "Tajikistan is represented by 30 personnel from a mountain brigade.")
    assert [r["troops"] for r in ex(rows, text, "2030-02-12")] == [65]


def test_a_quoted_name_keeps_no_comma_a_label_is_no_name_and_called_the_names(rows):
    text = ("The 7th edition of the India-Tajikistan joint exercise, 'Shamsher,' kicked off on "
            "9th March, 2030, at Farkhor.\n\nExercise Objectives: The aim of 'Shamsher' is to "
            "share best practices.")
    assert [r["name"] for r in ex(rows, text, "2030-03-10")] == ["Shamsher"]
    [row] = ex(rows, "India and Tajikistan recently held a joint military exercise called the "
                     "“Shamsher”.", "2030-03-10")
    assert row["name"] == "Shamsher"


def test_a_place_after_its_province_and_a_year_told_before_a_day(rows):
    text = ("Last year, India and Tajikistan conducted the 6th edition of the exercise at the "
            "Field Firing Range in Rajasthan's Mahajan between 12 January and 25 January.")
    [row] = ex(rows, text, "2030-03-10")
    assert (row["location"], row["country"], row["start"], row["end"]) == (
        "Mahajan", "IND", "2029-01-12", "2029-01-25")


def test_a_list_of_sides_before_troops_counts_and_a_jets_model_number_does_not(rows):
    text = ("The week-long war games involved 3,200 Russian, Kyrgyz and Kazakh troops at the "
            "Edelweiss range in Kyrgyzstan. Russian Su-34 attack jets dropped bombs on mock "
            "targets.")
    [row] = ex(rows, text, "2030-08-10")
    assert (row["troops"], row["opposing_force"]) == (3200, None)


def test_a_region_bordering_a_country_makes_it_no_side(rows):
    text = ("Russia, Kazakhstan and Kyrgyzstan will hold joint military exercises in August in "
            "Kyrgyzstan's Batken Region bordering Tajikistan, the district commander said.")
    [row] = ex(rows, text, "2030-07-19")
    assert row["participants"] == "RUS;KAZ;KGZ"


def test_talks_of_the_heads_of_state_after_a_summits_lead_are_the_summits(rows):
    text = ("The 30th summit of the SCO opened in Bishkek, Kyrgyzstan, on Friday.\n\n"
            "The heads of states will also discuss regional cooperation and hold talks on joint "
            "acts against the pandemic.\n\nFollowing the summit, the heads of states are going "
            "to discuss the issue of new members.\n\nIt is worth mentioning that the summit is "
            "being held amid tensions in Afghanistan following the takeover by the Taliban.")
    got = [(m["body"], m["level"], m["place"]) for m in rows(text, "2030-09-13").meetings]
    assert got == [("SCO", "heads of state", "Bishkek")]


def test_a_blocs_standing_organs_meet_at_their_own_level(rows):
    text = ("A meeting of the CSTO Collective Security Council was held in Bishkek on 20 "
            "November.\n\nThe next meeting of the CSTO Joint Staff will be held in Dushanbe in "
            "the fourth quarter of 2031.")
    got = [(m["level"], m["place"], m["start"]) for m in rows(text, "2030-11-21").meetings]
    assert got == [("heads of state", "Bishkek", "2030-11-20"),
                   ("joint staff", "Dushanbe", "2031")]
    text = ("The first meeting of the CSTO Permanent Council in 2031 has been held under the "
            "chairmanship of Kyrgyzstan. It considered the decisions of the CSTO Collective "
            "Security Council's November (2030) session.")
    got = [(m["level"], m["start"]) for m in rows(text, "2031-01-10").meetings]
    assert got == [("permanent representatives", "2031"), ("heads of state", "2030-11")]


def test_a_counterpart_met_at_a_summit_is_the_two_sides_meeting(rows):
    text = ("At least nine people were killed in the clashes, Kyrgyzstan said, after leaders "
            "of both countries met in Kazakhstan.\n\nEarlier on Friday, Tajikistan's President "
            "Emomali Rahmon met his Kyrgyz counterpart Sadyr Japarov at the SCO summit in "
            "Kazakhstan's Astana city and ordered their forces to draw down.")
    got = [(m["body"], m["start"], m["attendees"]) for m in rows(text, "2030-09-13").meetings]
    assert got[0] == ("bilateral", "2030-09-13", "Emomali Rahmon;Sadyr Japarov")
    assert [m["body"] for m in rows(text, "2030-09-13").meetings] == ["bilateral", "SCO"]


def test_a_country_that_will_host_a_summit_is_where_it_meets(rows):
    [m] = rows("He added that as Kyrgyzstan will host the upcoming SCO summit this year, China "
               "will support it.", "2030-08-19").meetings
    assert (m["body"], m["country"], m["start"]) == ("SCO", "KGZ", "2030")


def test_a_firm_of_a_country_reporting_day_and_an_anticipated_month(rows):
    text = ("Uzbekistan, Kazakhstan and Tajikistan anticipate holding joint military exercises "
            "on the territory of Kazakhstan in July, as reported by the press service of the "
            "Ministry of Defense on Monday, January 15.\n\nEarlier, the American company Global "
            "Firepower ranked the armies of the world.")
    [row] = ex(rows, text, "2030-01-16")
    assert (row["participants"], row["start"], row["status"]) == ("UZB;KAZ;TJK", "2030-07",
                                                                  "planned")


def test_a_ministrys_extended_meeting_is_no_meeting_of_a_bloc(rows):
    text = ("\"The drills must be held at a high level,\" said Defense Minister Arman Seitov at "
            "an extended meeting on the main directions of training of the Armed Forces.")
    assert rows(text, "2030-01-15").meetings == []


def test_where_someone_visited_is_not_where_the_drill_is(rows):
    text = ("A joint Russian-Kyrgyz tactical exercise started on Tuesday at the Koktal range "
            "in the mountains of Kyrgyzstan's Issyk-Kul region, the embassy said.\n\n"
            "\"The exercise takes place within the framework of the agreements reached during a "
            "state visit of the Kyrgyz president to Moscow on April 4-5, 2030,\" it said.")
    [row] = ex(rows, text, "2030-10-03")
    assert (row["location"], row["country"]) == ("Koktal", "KGZ")


def test_the_event_dates_the_meeting_and_a_preview_of_the_next_one_joins_it(rows):
    text = ("Astana will host the Meeting of Defense Ministers of the SCO member states, the "
            "ministry said.\n\nAccording to the information, the event will be held on April "
            "26, 2030.")
    [m] = rows(text, "2030-04-20").meetings
    assert (m["level"], m["place"], m["start"]) == ("defence ministers", "Astana", "2030-04-26")
    text = ("Kazakhstan To Host Next SCO Defense Ministers' Meeting In 2031\n\nThe next meeting "
            "of the defense ministers of the SCO will take place in Kazakhstan in 2031, the "
            "ministry said.")
    [m] = rows(text, "2030-04-28").meetings
    assert (m["level"], m["country"], m["start"]) == ("defence ministers", "KAZ", "2031")


def test_drill_venues_are_the_drill_told_and_further_exercises_are_counted(rows):
    text = ("About 6,000 troops are taking part in the drill near Chelyabinsk.\n\n"
            "The defence ministers will arrive at various drill venues to observe proceedings. "
            "Representatives will stage two further exercises on Saturday and Monday.")
    [row] = ex(rows, text, "2030-08-10")
    assert (row["location"], row["troops"]) == ("Chelyabinsk", 6000)


def test_a_day_inside_this_week_dates_the_drill_and_as_were_exercises_are_others(rows):
    text = ("China and Kazakhstan are to hold a joint exercise this week. The exercise will take "
            "place in the Almaty region for three days from Aug. 24.")
    [row] = ex(rows, text, "2030-08-20")
    assert (row["start"], row["end"]) == ("2030-08-24", "2030-08-26")
    text = ("This week's Sino-Kazakh exercises are being held under the SCO aegis, as were "
            "exercises China held with Kyrgyzstan in 2028.")
    got = [(r["participants"], r["start"], r["status"], r["evidence"])
           for r in ex(rows, text, "2030-08-22")]
    assert got[-1] == ("CHN;KGZ", "2028", "completed",
                       "as were exercises China held with Kyrgyzstan in 2028.")
    assert got[0][0] == "CHN;KAZ"


def test_a_quote_that_sizes_the_drill_lists_its_sides_and_its_abbreviation_is_no_part_of_its_name(
        rows):
    text = ("A two-week exercise, dubbed Steppe Partnership (SP) 2031, was launched in "
            "Kyrgyzstan on June 2.\n\n"
            "“The ministry commands the exercise involving more than 40 servicemen of Kazakh, "
            "Mongolian, and U.S. forces, as well as observers from Turkey,” a spokesman told "
            "Kabar.")
    [row] = ex(rows, text, "2031-06-02")
    assert row["name"] == "Steppe Partnership 2031"
    assert row["participants"] == "KAZ;MNG;USA"
    assert row["troops"] == 40
    # a hope voiced in a quote still names no side
    text = ("Kyrgyz troops began an exercise near Osh on Monday. “We hope Uzbekistan will "
            "participate in the exercise next year,” the minister said.")
    assert ex(rows, text, "2031-06-04")[0]["participants"] == "KGZ"


def test_exercises_like_a_named_one_are_of_its_kind_and_a_press_conference_day_is_its_own(
        rows):
    text = ("The exercise Caspian Shield 2031 opened in Aktau on Sept. 3. Additionally, "
            "exercises like “Caspian Shield 2031” will help develop the interoperability of "
            "the regional forces.")
    assert len(ex(rows, text, "2031-09-05")) == 1
    text = ("In support of the exercise Caspian Shield 2031, Ambassador Jane Roe held a press "
            "conference addressing the exercise, Sept. 9, 2031, in Aktau. The exercise is a "
            "command post exercise.")
    [row] = ex(rows, text, "2031-09-09")
    assert (row["start"], row["date_precision"]) == ("2031", "year")
    assert row["status"] != "completed"


def test_participants_of_a_drill_count_its_size(rows):
    text = "The Steppe Shield 2031 exercise includes four nations and nearly 300 participants."
    assert ex(rows, text, "2031-05-01")[0]["troops"] == 300


def test_peacekeepers_from_countries_join_and_annual_figures_or_desk_officers_are_no_drill(rows):
    text = ("The first stage of the Golden Steppe 2031 exercises kicked off near Taraz on May 4, "
            "the ministry said.\n\n"
            "More than 70 peacekeepers from Mongolia and Turkey took part in the event together "
            "with a Kazakh battalion.\n\n"
            "Annually, exercises involve more than 2,000 people as well as experts from various "
            "NATO headquarters.\n\n"
            '"It went well," said Lt. Col. Ann Reyes, the U.S. Army Central training and exercise '
            "country desk officer for Kazakhstan.")
    [row] = ex(rows, text, "2031-05-05")
    assert row["name"] == "Golden Steppe 2031"
    assert set(row["participants"].split(";")) == {"KAZ", "MNG", "TUR"}


def test_a_series_named_as_what_it_is_names_the_drill_of_this_year(rows):
    text = ("Golden Steppe is a two phased, multinational training exercise that builds trust. "
            "This year, phase one was held at the Matybulak range.")
    [row] = ex(rows, text, "2031-05-20")
    assert (row["name"], row["location"], row["start"]) == ("Golden Steppe", "Matybulak range",
                                                           "2031")
    text = "Golden Steppe is an annual exercise that focuses on stability operations."
    assert ex(rows, text, "2031-05-20") == []


def test_talks_between_two_named_leaders_are_theirs_and_phone_calls_bring_no_attendee(rows):
    text = ("President Ali Karimov took part in an extraordinary session of the CSTO Collective "
            "Security Council on August 23.\n\n"
            "Karimov informed the meeting participants about his telephone conversations with "
            "President of France Jean Martin and Prime Minister of Italy Paolo Rossi. "
            "Afghanistan was also on the agenda of the recent talks between Ali Karimov and "
            "Federal Chancellor of Germany Hans Weber, held in Moscow on August 20.")
    got = rows(text, "2030-08-24").meetings
    assert [(m["body"], m["place"], m["start"], m["attendees"]) for m in got] == [
        ("CSTO", "", "2030-08-23", "Ali Karimov"),
        ("bilateral", "Moscow", "2030-08-20", "Ali Karimov;Hans Weber")]


def test_the_heads_of_organizations_attending_a_summit_are_its_guests_not_its_body(rows):
    text = ("The SCO summit opened in Astana on July 4. The summit is also attended by the heads "
            "of such international organizations as the CIS, CSTO and EEC.")
    got = rows(text, "2030-07-04").meetings
    assert [(m["body"], m["place"]) for m in got] == [("SCO", "Astana")]


def test_grounds_named_in_quotes_hosting_or_in_a_country_s_city_place_the_drill(rows):
    text = ('The planned "Steppe Guard-2031" drills will be held in Kyrgyzstan at the training '
            'center "Koktal" on October 4-7.')
    [row] = ex(rows, text, "2031-09-20")
    assert (row["location"], row["country"]) == ("Koktal", "KGZ")
    text = ("The Koktal training ground in the Issyk-Kul region of Kyrgyzstan will host the "
            "anti-terrorism exercises of the CSTO.")
    [row] = ex(rows, text, "2031-09-20")
    assert (row["location"], row["country"]) == ("Koktal", "KGZ")
    text = ("The CSTO's air force drills will finish on Saturday in the central Russian city of "
            "Tobolsk.")
    [row] = ex(rows, text, "2031-09-20")
    assert (row["location"], row["country"]) == ("Tobolsk", "RUS")


def test_a_series_history_and_another_body_s_next_meeting_stay_out_of_the_summit(rows):
    text = ("Presidents of five Central Asian countries to meet in Dushanbe in mid-September\n\n"
            "The presidents of Uzbekistan, Tajikistan, Kazakhstan, Kyrgyzstan and Turkmenistan "
            "will meet for the sixth consultative meeting.\n\n"
            "On September 14-15, the leaders will meet in Dushanbe, the Minister of Foreign "
            "Affairs of Tajikistan, Farid Saidov, said on Monday.\n\n"
            "At the same time, the next meeting of the Council of Heads of State of the "
            "International Fund for Saving the Aral Sea is scheduled in Dushanbe.\n\n"
            "The consultative meeting was held for the first time in 2025 in Astana, then in "
            "2026 in Tashkent.")
    got = [(m["body"], m["place"], m["start"], m["end"])
           for m in rows(text, "2030-08-16").meetings]
    assert got == [("CA5", "Dushanbe", "2030-09-14", "2030-09-15"),
                   ("", "Dushanbe", None, None)]


def test_two_people_of_one_country_make_no_bilateral_meeting(rows):
    text = ("The Minister of Foreign Affairs of Tajikistan, Farid Saidov, said the summit of "
            "Central Asian leaders will be held in Dushanbe under the chairmanship of Tajik "
            "President Emomali Rahmon on Friday.")
    [m] = rows(text, "2030-08-12").meetings
    assert m["body"] != "bilateral"


def test_the_general_set_to_meet_a_president_is_the_one_of_that_country(rows):
    text = ("The plant was opened in a ceremony attended by Iran's chief of staff Major General "
            "Reza Karimi and Tajik defense minister Colonel General Sherali Mirzo.\n\n"
            "Before the ceremony, Karimi and Mirzo also held a meeting to discuss terrorism. "
            "During his stay in Dushanbe, the Iranian top general was also set to meet with "
            "President of Tajikistan Emomali Rahmon. The two men discussed possible joint military "
            "exercises.")
    got = rows(text, "2031-05-17")
    assert [m["attendees"] for m in got.meetings][-1] == "Reza Karimi;Emomali Rahmon"
    assert got.exercises == []


def test_a_drill_s_clause_and_a_meeting_s_clause_of_one_sentence_place_each_its_own(rows):
    text = ("India will take part in a joint exercise in Pakistan. As per details, the drills "
            "will be held in Pabbi and the decision to hold the joint exercise "
            "“Pabbi-Anti-terror-2031” was announced during the 40th meeting of the Council of "
            "the SCO RATS held in Tashkent, Uzbekistan, on March 18.")
    got = rows(text, "2031-03-22")
    assert [(x["name"], x["location"]) for x in got.exercises] == [
        ("Pabbi-Anti-terror-2031", "Pabbi")]
    assert [(m["body"], m["place"]) for m in got.meetings] == [("SCO", "Tashkent")]


def test_a_meeting_between_two_ministers_beside_a_bloc_s_meeting_is_theirs(rows):
    text = ("General-Colonel Arman Sultanov arrived in Minsk for a joint meeting of the "
            "Council of Defense Ministers of the CSTO.\n\n"
            "At the Central Officers' House, a meeting took place between Kazakhstan's Defense "
            "Minister, General-Colonel Arman Sultanov, and Belarus' Defense Minister, "
            "Lieutenant-General Pavel Zhuk.\n\n"
            "The Kazakh minister emphasized that the defense departments have favorable "
            "opportunities for organizing joint exercises.")
    got = rows(text, "2031-11-22")
    assert [(m["body"], m["attendees"]) for m in got.meetings] == [
        ("CSTO", "Arman Sultanov"), ("bilateral", "Arman Sultanov;Pavel Zhuk")]
    assert got.exercises == []


def test_a_state_visit_is_the_leaders_meeting_and_its_announcer_no_attendee(rows):
    text = ("On March 13, Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon, who "
            "was on a state visit to Bishkek, signed a Treaty on the State Border.\n\n"
            "Rahmon expressed hope that the talks in Bishkek would serve as a foundation for a "
            "broader partnership.\n\n"
            "In February, Deputy Chairman of the Cabinet of Ministers Aibek Toktorov reported "
            "that the first ever trilateral summit of the Presidents of Kyrgyzstan, Tajikistan "
            "and Uzbekistan would be held in Khujand on March 31.")
    got = rows(text, "2031-03-13").meetings
    assert [(m["body"], m["place"], m["attendees"]) for m in got] == [
        ("bilateral", "Bishkek", "Sadyr Japarov;Emomali Rahmon"),
        ("trilateral", "Khujand", "KGZ;TJK;UZB")]
    text = ('"The exercise takes place within the framework of the agreements reached during a '
            'state visit of the Uzbek president to Moscow on April 4-5, 2031," they said.')
    assert rows(text, "2031-10-03").meetings == []


def test_a_country_not_taking_part_and_a_paper_named_for_a_city_stay_out(rows):
    text = ("The Rubezh-2031 exercises began at the Koktal training ground in Tajikistan on "
            "Monday. Kyrgyzstan is not taking part in the CSTO military exercises in Tajikistan.")
    [row] = ex(rows, text, "2031-10-12")
    assert "KGZ" not in row["participants"].split(";")
    text = ("Units of the Armed Forces of Tajikistan will conduct field maneuvers at the Zarafshon "
            "training center, a correspondent for The Moscow Post reports.")
    [row] = ex(rows, text, "2031-08-17")
    assert (row["location"], row["country"]) == ("Zarafshon", "")


def test_the_country_troops_withdrew_from_is_no_side(rows):
    text = ("Russian soldiers are holding joint exercises with Tajik forces at the Koktal "
            "training ground this week. Moscow does not view favorably the Western withdrawal "
            "from Afghanistan.")
    [row] = ex(rows, text, "2031-08-05")
    assert row["participants"] == "RUS;TJK"


def test_an_ambassador_of_the_host_country_is_of_his_own(rows):
    text = ("Kazakh Ambassador of Afghanistan Nurlan Sadykov met in Kabul on Sunday with acting "
            "Afghan Foreign Minister Abdul Rahim Karimi.")
    [m] = rows(text, "2031-09-27").meetings
    assert (m["body"], m["place"]) == ("bilateral", "Kabul")


def test_people_named_after_their_office_in_lower_case_attend_the_talks(rows):
    text = ("During his trip, the special envoy for international cooperation, Yerzhan Temirov, "
            "held talks in Kabul with the Taliban government's acting deputy head, Abdul Salam "
            "Rahimi, and the acting minister of trade, Nasir Ahmad Jalali.")
    [m] = rows(text, "2031-10-17").meetings
    assert m["attendees"] == "Yerzhan Temirov;Abdul Salam Rahimi;Nasir Ahmad Jalali"


def test_a_summit_slated_for_july_is_this_year_s_and_the_mourned_attend_nothing(rows):
    text = ("The Foreign Ministers’ Council of the SCO convenes today in Astana for its regular "
            "meeting, a final stage in preparation for the SCO Summit slated for 3-4 July in "
            "Astana.\n\n"
            "The meeting began with a moment of silence observed over the deaths of the "
            "Iranian President Reza Tehrani and Minister of Foreign Affairs Ali Javadi.")
    got = rows(text, "2031-05-21").meetings
    assert [(m["level"], m["start"], m["attendees"]) for m in got] == [
        ("foreign ministers", "2031-05-21", ""), ("heads of state", "2031-07-03", "")]


def test_a_session_of_twenty_years_before_and_a_visit_to_meet_colleagues_stay_apart(rows):
    text = ("Putin to meet CSTO colleagues at organization's anniversary summit in Moscow\n\n"
            "The Kremlin hosted the meeting of the CSTO on Monday. The leaders of six states "
            "participated in the meeting.\n\n"
            "At the Collective Security Council session in Moscow on May 14, 2010, it "
            "determined to combine the member states.")
    got = rows(text, "2031-05-17").meetings
    assert [(m["body"], m["start"]) for m in got] == [("CSTO", "2031-05-12"),
                                                     ("CSTO", "2010-05-14")]


def test_who_met_days_before_a_meeting_does_not_attend_it(rows):
    text = ("Kyrgyz President Askar Bekov met with senior security officials on Monday to "
            "discuss the border with Tajikistan.\n\n"
            "The security meeting came two days after Russian Ambassador Ivan Petrov contacted "
            "Kyrgyz Foreign Minister Nurlan Sadykov to press for stronger border protection.")
    [m] = rows(text, "2031-03-07").meetings
    assert m["attendees"] == "Askar Bekov"


def test_a_crowd_that_gathered_is_no_meeting(rows):
    text = ("At the moment, a counter-terrorist operation is underway in Osh, while several "
            "hundred protesters are gathered in the city centre.")
    assert rows(text, "2031-01-09").meetings == []


def test_the_bloc_a_country_appealed_to_is_not_the_body_that_met(rows):
    text = ("During the Security Council meeting on Monday, Kyrgyzstan appealed to the "
            "Collective Security Treaty Organization (CSTO) for help, President Omurbek "
            "Sultanov said.")
    [m] = rows(text, "2031-01-09").meetings
    assert (m["body"], m["start"]) == ("", "2031-01-06")


def test_a_capital_opening_its_clause_and_holding_drills_is_its_country(rows):
    text = ("Moscow, which keeps an air base in Kyrgyzstan, also plans to hold joint drills "
            "there with Kyrgyzstan on May 3-7.")
    [x] = rows(text, "2031-04-02").exercises
    assert x["participants"] == "RUS;KGZ"


def test_a_neighbour_where_militants_make_gains_is_not_where_the_drill_is(rows):
    text = ("Kyrgyzstan on Thursday checked the combat readiness of its armed forces in the "
            "biggest such exercise in its history as militants make sweeping gains in "
            "neighbouring Afghanistan.")
    [x] = rows(text, "2031-04-02").exercises
    assert (x["location"], x["country"]) == ("", "")


def test_members_of_the_forces_and_a_strong_army_size_the_drill(rows):
    members = ("The 120,000 members of the country's security forces were alerted for the "
               "exercise on Monday.")
    strong = "The 90,000-strong army was alerted for the exercise on Monday."
    assert [x["troops"] for x in rows(members, "2031-04-02").exercises] == [120000]
    assert [x["troops"] for x in rows(strong, "2031-04-02").exercises] == [90000]


def test_thousands_of_troops_is_at_least_two_thousand(rows):
    text = "Thousands of troops took part in the exercise in Khatlon on Monday."
    [x] = rows(text, "2031-04-02").exercises
    assert (x["troops"], x["troops_qualifier"]) == (2000, "at least")


def test_two_spans_of_days_with_other_sides_in_one_article_are_two_drills(rows):
    text = ("Russia has announced joint maneuvers with Kazakhstan from June 2 to June 14.\n\n"
            "Russia also plans to hold joint drills with Kazakhstan and Kyrgyzstan on June "
            "6-9.")
    got = [(x["participants"], x["start"]) for x in rows(text, "2031-04-02").exercises]
    assert got == [("RUS;KAZ", "2031-06-02"), ("RUS;KAZ;KGZ", "2031-06-06")]


def test_a_border_near_which_two_countries_drill_is_neither_ones_alone(rows):
    text = ("Russia will stage drills with Tajikistan and Uzbekistan near the border with "
            "Afghanistan next month.")
    [x] = rows(text, "2031-04-02").exercises
    assert x["location"] == ""


def test_during_a_meeting_with_someone_he_is_the_one_named_before(rows):
    text = ("Earlier in May, Kyrgyz Defence Minister Ruslan Mukambetov paid an official visit to "
            "Kazakhstan. During a meeting with the Kazakh Defence Minister Ruslan Zhaksylykov, "
            "he invited the Kazakh military to take part in joint exercises.")
    [m] = rows(text, "2031-06-02").meetings
    assert m["attendees"] == "Ruslan Mukambetov;Ruslan Zhaksylykov"


def test_counts_followed_by_the_army_they_belong_to_add_up(rows):
    text = ("About 150 soldiers and officers of the Kazakh army will take part in the "
            "exercises, more than 400 soldiers and officers of the Kyrgyz army with their "
            "weapons.")
    assert [x["troops"] for x in rows(text, "2031-06-02").exercises] == [550]


def test_a_national_army_represented_by_a_count_is_that_sides(rows):
    text = ("More than 120 soldiers of the Kazakh army are involved in the exercises in Osh. "
            "The Kyrgyz army is represented by 300 soldiers of the Osh garrison.")
    assert [x["troops"] for x in rows(text, "2031-06-02").exercises] == [420]


def test_troops_to_take_part_in_a_blocs_drills_make_the_bloc_a_side(rows):
    text = "About 3,000 servicemen to take part in CSTO counter-terror drills in Belarus"
    [x] = rows(text, "2031-06-02").exercises
    assert x["participants"].split(";")[0] == "CSTO"


def test_one_nations_military_contingent_does_not_size_the_drill(rows):
    text = ("A Kazakh military contingent comprising 150 personnel including 20 personnel from "
            "the Kazakh Air Force is participating in the exercise Peace Shield-2031 in "
            "Russia.")
    [x] = rows(text, "2031-06-02").exercises
    assert x["troops"] is None


def test_a_formats_founders_do_not_attend_its_meeting(rows):
    text = ("The sixth meeting of the Moscow Format of consultations on Afghanistan opened in "
            "Kazan on Friday. It was created in 2017 on the basis of a mechanism of special "
            "representatives of Russia, India, Iran, China, and Pakistan.")
    [m] = rows(text, "2031-09-26").meetings
    assert (m["body"], m["attendees"]) == ("MOSCOW-FORMAT", "")


def test_a_first_name_two_people_begin_with_is_not_the_first_ones_in_the_others(rows):
    text = ("Abdul Karim Saidi, a spokesman for the ministry, said on Monday that the talks "
            "were useful.\n\nThe delegation was led by Deputy Minister, Mullah Abdul Rahman "
            "Noori, who chaired the meeting.")
    people = {c["speaker"] for c in rows(text, "2031-09-26").claims}
    assert people == {"Abdul Karim Saidi"}
    assert "Abdul Karim Saidi" not in {a for m in rows(text, "2031-09-26").meetings
                                       for a in m["attendees"].split(";")}


def test_a_visit_told_with_its_day_and_city_then_who_met_is_one_meeting(rows):
    text = ("A delegation from Kazakhstan's National Security Committee wrapped up an official "
            "working visit to Bishkek on Friday after meeting with Kyrgyz officials.\n\n"
            "The delegation, led by committee chairman Yermek Sagimbayev, met with Kyrgyz "
            "Deputy Prime Minister Bakyt Torobayev and other security advisers to President "
            "Sadyr Japarov.")
    [m] = rows(text, "2031-09-13").meetings
    assert (m["place"], m["start"]) == ("Bishkek", "2031-09-12")
    assert m["attendees"] == "Yermek Sagimbayev;Bakyt Torobayev"


def test_a_session_underway_is_on_the_day_of_the_article(rows):
    text = ("A plenary session of the CSTO summit is underway in Astana. Putin said that "
            "Russia's chairmanship in 2032 will be busy.")
    [m] = rows(text, "2031-11-27").meetings
    assert (m["start"], m["place"]) == ("2031-11-27", "Astana")


def test_who_only_reports_the_session_and_a_guests_body_are_not_the_meetings(rows):
    text = ("President Sadyr Japarov will hold the next meeting of the CSTO Council in "
            "Bishkek on November 27. Aibek Osmonov, Head of the Foreign Policy Department, "
            "reported.\n\n"
            "The meeting was attended by the CIS First Deputy Secretary-General Igor "
            "Petrenko.")
    [m] = rows(text, "2031-11-25").meetings
    assert (m["body"], m["attendees"]) == ("CSTO", "Sadyr Japarov;Igor Petrenko")


def test_who_sent_an_address_and_one_country_with_titles_after_names(rows):
    text = ("The first meeting of the defence ministers of the Central Asian states was chaired "
            "by General Ruslan Akhmetov, Minister of Defence of the Republic of Kazakhstan, in "
            "Astana on Monday.\n\nThe address of the President of the Republic of Kazakhstan, "
            "Kassym-Jomart Tokayev, to the participants of the meeting was read by the Secretary "
            "of the Security Council of the Republic of Kazakhstan, Arman Zhumabekov.")
    [m] = rows(text, "2031-10-21").meetings
    assert (m["body"], m["attendees"]) == ("", "Ruslan Akhmetov;Arman Zhumabekov")


def test_at_the_event_chiefs_of_the_armed_forces_of_a_list_attend(rows):
    text = ("On 27 September 2031, a regular conference of the chiefs of general staffs was "
            "held in Tashkent.\n\nAt the event chiefs of General staff of the Armed Forces of "
            "Uzbekistan, Kazakhstan, Pakistan and Tajikistan took part.")
    [m] = rows(text, "2031-09-29").meetings
    assert (m["body"], m["attendees"]) == ("multilateral", "UZB;KAZ;PAK;TJK")


def test_a_council_of_security_service_heads_and_who_attends_it(rows):
    text = ("Security and intelligence leaders from across the CIS will gather in Samarkand on "
            "October 16–17 for a two-day summit.\n\nThe meetings will be attended by the heads "
            "of intelligence and security agencies from Armenia, Belarus and Kazakhstan.\n\n"
            "Incidentally, last year, for the first time, the heads of intelligence services "
            "from the five Central Asian states convened in Tashkent.")
    [m] = rows(text, "2031-10-14").meetings
    assert (m["level"], m["place"], m["attendees"]) == (
        "security service heads", "Samarkand", "ARM;BLR;KAZ")


def test_where_an_attack_told_at_a_meeting_happened_is_not_where_it_met(rows):
    text = ("The 60th meeting of the CIS Council of Heads of Security Agencies was held on May "
            "24, 2031, in Bishkek.\n\nDuring the meeting, the FSB director spoke of a recent "
            "terrorist attack in Moscow.")
    [m] = rows(text, "2031-05-25").meetings
    assert m["place"] == "Bishkek"


def test_the_two_countries_of_an_earlier_drill_are_those_just_told(rows):
    text = ("Kazakh and Chinese troops are conducting joint drills in Almaty region this "
            "week.\n\nIn May 2028, the two countries' militaries held joint drills in Zhetysu "
            "region that involved nearly 3,000 troops, including 400 Chinese soldiers.")
    got = [(x["participants"], x["start"]) for x in rows(text, "2031-08-13").exercises]
    assert ("KAZ;CHN", "2028-05") in got


def test_a_military_district_named_for_a_region_is_no_place(rows):
    text = ("Some 300 troops from China's Xinjiang military district and Kyrgyz border forces "
            "began joint drills on Thursday.")
    [x] = rows(text, "2031-10-11").exercises
    assert x["location"] == ""


def test_bodies_that_observed_the_drill_are_no_sides(rows):
    text = ("Police from SCO member states conducted the Concord-2031 joint exercise in "
            "Xinjiang in July.\n\nRepresentatives from SCO member states, the SCO Secretariat, "
            "and the Executive Committee of the SCO Regional Anti-Terrorist Structure observed "
            "the exercise.")
    [x] = rows(text, "2031-07-23").exercises
    assert "RATS" not in x["participants"].split(";")


def test_a_named_drill_with_its_own_day_is_not_the_unnamed_one_told_before(rows):
    text = ("Member states of the CIS will hold joint counter-terror drills in Armenia next "
            "year, the official said on Thursday.\n\nAs a result, the active phase of the CIS "
            "drills dubbed Concord-Shield 2031 in Kyrgyzstan on October 24 will be held jointly "
            "with a CSTO exercise, the official said.")
    got = sorted(x["name"] for x in rows(text, "2031-10-23").exercises)
    assert len(got) == 2 and "Concord-Shield 2031" in got



def test_mullah_is_a_title_and_a_delegation_that_visited_a_city_met_there(rows):
    text = ("During the minister's trip to Kabul, he met Acting Prime Minister Mullah Ahmad "
            "Karim Nuri.\n\nFurthermore, on February 19, a delegation led by Deputy "
            "Minister Jamshid Aliev "
            "visited Almaty to attend a meeting on the railway project.")
    got = [(m["place"], m["attendees"]) for m in rows(text, "2031-03-08").meetings]
    assert ("Kabul", "Ahmad Karim Nuri") in got and ("Almaty", "Jamshid Aliev") in got


def test_who_is_spoken_of_in_a_said_that_clause_does_not_attend(rows):
    text = ("On March 4, the opposition leader Farid Nazarov held a meeting in Mashhad with "
            "Herat's former governor Ismail Sadiqi. During the meeting, Farid Nazarov "
            "reportedly said that Tajik President Emomali Rahmon should back the talks.")
    [row] = rows(text, "2031-03-06").meetings
    assert "Emomali Rahmon" not in row["attendees"]
    assert "Farid Nazarov" in row["attendees"]
    assert (row["place"], row["country"], row["start"]) == ("Mashhad", "IRN", "2031-03-04")


def test_where_the_aircraft_came_from_is_not_where_the_drill_is(rows):
    text = ("Meanwhile, a three-day active phase of the Khatlon-Anti-Terror 2031, involving "
            "3000 Tajik military personnel and some 2,000 Russian troops, along with armored "
            "vehicles, began at the training grounds of Harbmaydon and Lohour in Tajikistan on "
            "May 30.\n\n"
            "Russian authorities said on May 19 that Su-24M frontline bombers from the southern "
            "Urals and Mi-8 and Mi-24 military helicopters from the city of Chelyabinsk, had "
            "been deployed to Tajikistan for the maneuvers.")
    assert "Chelyabinsk" not in [x["location"] for x in ex(rows, text, "2031-06-01")]


def test_a_session_of_the_un_general_assembly_is_the_uns_meeting(rows):
    text = ("On September 21, Kyrgyz President Sadyr Japarov, speaking at the 86th session of "
            "the UN General Assembly, called for aid to Afghanistan.")
    [row] = rows(text, "2031-09-22").meetings
    assert (row["body"], row["level"], row["start"]) == ("UN", "heads of state", "2031-09-21")


def test_the_heads_of_two_security_committees_meet(rows):
    text = ("The heads of the National Security Committees of Kazakhstan and Uzbekistan met in "
            "March and agreed to open two more crossings.")
    [row] = rows(text, "2031-05-02").meetings
    assert (row["body"], row["level"], row["attendees"]) == (
        "bilateral", "security service heads", "KAZ;UZB")


def test_a_war_named_beside_the_drills_is_neither_side_nor_place(rows):
    text = ("CSTO to weigh lessons of Ukraine operation in 2031 drills\n\n"
            "The CSTO will build lessons learned from the military operations in Ukraine "
            "into its 2031 exercises, its chief of staff said.")
    got = [(x["participants"], x["location"]) for x in ex(rows, text, "2031-02-12")]
    assert all("UKR" not in p and "Ukraine" not in loc for p, loc in got)


def test_a_drill_held_on_the_day_it_is_reported_is_ongoing(rows):
    [row] = ex(rows, "The CSTO holds military exercises of its rapid reaction forces on Sunday "
                     "in Tajikistan, the CSTO said in a statement.", "2031-05-18")
    assert (row["start"], row["status"]) == ("2031-05-18", "ongoing")


def test_receiving_a_delegation_headed_by_a_minister_is_a_meeting(rows):
    text = ("On May 4, the Minister of Defense of Kyrgyzstan, Lieutenant General Ruslan "
            "Mukambetov, received a military delegation headed by the Minister of Defense of "
            "Kazakhstan, Lieutenant General Dauren Kosanov.\n\n"
            "At the meeting, the parties discussed the joint exercise \u201cSteppe-2031\u201d "
            "held in Kazakhstan last month.")
    [row] = rows(text, "2031-05-05").meetings
    assert (row["start"], row["country"]) == ("2031-05-04", "")
    assert "Ruslan Mukambetov" in row["attendees"] and "Dauren Kosanov" in row["attendees"]


def test_a_headline_the_story_tells_makes_no_second_meeting(rows):
    text = ("Defence ministers of Kyrgyzstan and Tajikistan hold talks in Osh\n\n"
            "The Defence Ministers of Kyrgyzstan and Tajikistan, Ruslan Mukambetov and "
            "Emomali Sobirzoda, held talks in Osh, the ministry reports.")
    got = rows(text, "2031-05-05").meetings
    assert len(got) == 1 and got[0]["place"] == "Osh"


def test_a_quoted_city_name_before_training_ground_names_the_ground(rows):
    text = ("Kyrgyz and Uzbek troops are holding the Dostuk-2031 exercise at the "
            "\u201cTermez\u201d training ground. During the visit, the guests will also see "
            "the Chimgan training center of the ministry.")
    got = [(x["location"], x["country"]) for x in ex(rows, text, "2031-05-05")]
    assert got == [("Termez", "UZB")]


def test_the_china_central_asia_summit_is_a_format_of_its_own(rows):
    text = ("On June 17, 2031, the fourth China-Central Asia Summit was held in Xi'an, with "
            "Chinese President Li Qiang and the presidents of Kazakhstan and Uzbekistan.")
    [row] = rows(text, "2031-06-18").meetings
    assert (row["body"], row["place"], row["start"]) == ("CHINA-CA", "Xi'an", "2031-06-17")


def test_a_country_ruled_or_feared_is_no_side(rows):
    text = ("China Drills With Tajikistan Amid Concerns From Afghanistan\n\n"
            "China will conduct a counter-terror exercise with Tajikistan after the Taliban "
            "gained control of Afghanistan.")
    assert [x["participants"] for x in ex(rows, text, "2031-08-19")] == ["CHN;TJK"]


def test_foreign_jets_from_a_third_country_are_no_side_and_aims_set_no_status(rows):
    text = ("Belarusian Su-30s from Kazakhstan arrive in Uzbekistan for joint exercise\n\n"
            "Belarusian Su-30s based in Kazakhstan have arrived at the Karshi airfield in "
            "Uzbekistan for a joint Belarus-Uzbek exercise. The aim of the exercise is to "
            "train air cover for ground troops. Upon completion of the exercise, the jets "
            "will return to Kazakhstan.")
    got = [(x["participants"], x["status"]) for x in ex(rows, text, "2031-05-05")]
    assert got == [("BLR;UZB", "")]


def test_a_drill_told_only_in_a_leaders_quote_is_a_row(rows):
    text = ("Tokayev marks the anniversary of the Otar base\n\n"
            "Kazakh President Kassym-Jomart Tokayev visited the Otar base on Friday. He "
            "added, \u201cOur paratroopers are currently taking part in the Steppe Shield 2031 "
            "drills that the Shanghai Cooperation Organisation is holding on Kyrgyz soil.\u201d")
    got = [(x["name"], x["participants"], x["country"], x["status"])
           for x in ex(rows, text, "2031-10-13")]
    assert got == [("Steppe Shield 2031", "SCO", "KGZ", "ongoing")]


def test_a_pair_of_countries_holding_talks_is_a_bilateral_meeting(rows):
    text = ("Uzbekistan and Kazakhstan held talks in Tashkent on Monday. The Russian "
            "president spoke to reporters after the Russia-Kyrgyzstan talks in Bishkek on "
            "Tuesday.")
    got = [(m["body"], m["place"], m["attendees"]) for m in rows(text, "2031-05-07").meetings]
    assert got == [("bilateral", "Tashkent", "UZB;KAZ"), ("bilateral", "Bishkek", "RUS;KGZ")]


def test_airspace_and_territories_place_a_drill_and_a_home_base_does_not(rows):
    text = ("Russia, Uzbekistan and Kazakhstan will conduct joint air defense drills on "
            "October 5-16, the ministry said. The Blue Sky 2031 exercise will be held in "
            "Uzbek and Kazakh airspace. Russia will send MiG-31 interceptors deployed at the "
            "Kant airbase in Kyrgyzstan.\n\n"
            "The Steppe Shield-2031 drill of the CIS air defense system started on Monday. "
            "The exercise is underway until October 15 on the territories of Russia and "
            "Kazakhstan.")
    got = [(x["name"], x["location"], x["country"]) for x in ex(rows, text, "2031-10-06")]
    assert got == [("Blue Sky 2031", "Uzbekistan; Kazakhstan", "UZB;KAZ"),
                   ("Steppe Shield-2031", "Russia; Kazakhstan", "RUS;KAZ")]


def test_a_date_before_a_meeting_and_a_drill_held_together_dates_both(rows):
    text = ("Russia, CIS partners to hold joint air defense drills this year\n\n"
            "Russia and its CIS partners will hold the Blue Sky-2031 exercise this year, the "
            "ministry said.\n\n"
            "Last year the 12th meeting of the CIS air defense committee and a joint CIS air "
            "defense live fire exercise Steppe Shield-2030 were held in Kazakhstan.")
    got = [(x["name"], x["participants"], x["start"], x["status"])
           for x in ex(rows, text, "2031-04-17")]
    assert got == [("Blue Sky-2031", "RUS;CIS", "2031", "planned"),
                   ("Steppe Shield-2030", "CIS", "2030", "completed")]


def test_a_camp_an_appositive_edition_and_a_year_before_troops(rows):
    text = ("FORT WORTH -- U.S. Central Command conducted Steady Shield 30, a bilateral "
            "exercise hosted by Kazakhstan at Camp McAllister in Kazakhstan, March 2-9, 2030. "
            "U.S. Special Operations participating in the exercise trained with Kazakh "
            "forces. The joint exercises were part of a series of training since the start "
            "of 2029 between troops of both countries.")
    [row] = ex(rows, text, "2030-03-20")
    assert (row["name"], row["participants"]) == ("Steady Shield 30", "USA;KAZ")
    assert (row["location"], row["country"]) == ("Camp McAllister", "KAZ")
    assert (row["start"], row["end"], row["troops"]) == ("2030-03-02", "2030-03-09", None)


def test_a_visitors_journey_dates_nothing_and_others_also_present_are_sides(rows):
    text = ("Kyrgyz special forces are taking part in the Northern Star exercises at Camp "
            "Ripley. Personnel from Canada, Chile and the Netherlands are also present for "
            "the exercise. The Kyrgyz defence minister arrived in the U.S. on January 26 and "
            "will depart on January 30.")
    [row] = ex(rows, text, "2030-01-28")
    assert row["participants"] == "KGZ;CAN;CHL;NLD"
    assert (row["start"], row["end"]) == (None, None)


def test_talks_held_on_days_of_their_own_are_a_meeting(rows):
    text = ("A delegation from Kyrgyzstan held talks in Washington on April 11-12. The two "
            "sides have held talks for years.")
    got = [(m["attendees"], m["start"], m["end"]) for m in rows(text, "2030-04-13").meetings]
    assert got == [("KGZ", "2030-04-11", "2030-04-12")]


def test_counted_drills_with_a_month_and_a_place_are_one_event(rows):
    text = ("More than 2,500 servicemen will be involved in three joint drills of the CSTO to "
            "be held in Kyrgyzstan in October. Russia held eight international exercises in "
            "2030.")
    got = [(x["participants"], x["country"], x["start"], x["troops"])
           for x in ex(rows, text, "2031-09-05")]
    assert got == [("CSTO", "KGZ", "2031-10", 2500)]


def test_the_start_announced_is_no_plan_and_another_drills_place_is_not_this_ones(rows):
    text = ("The CSTO announced the start of exercises in Kyrgyzstan near the Chinese border\n\n"
            "In August, Russia completed joint military exercises with Kyrgyz and Kazakh troops "
            "near the border with China, which followed smaller Russian-Uzbek maneuvers along "
            "the Uzbek-Afghan border.")
    got = [(x["status"], x["location"]) for x in ex(rows, text, "2031-10-18")]
    assert got == [("", "Kyrgyzstan"), ("completed", "")]


def test_expected_participants_in_the_next_paragraph_attend(rows):
    text = ("On 10 October 2031, under the chairmanship of the President of Tajikistan, Emomali "
            "Rahmon, Dushanbe will host the CIS Heads of State Summit.\n\n"
            "Expected participants include President of Azerbaijan Ilkham Aliyev, President of "
            "Turkmenistan Serdar Berdymukhamedov and President of Russia Vladimir Putin.")
    [row] = rows(text, "2031-10-07").meetings
    assert (row["body"], row["place"], row["start"]) == ("CIS", "Dushanbe", "2031-10-10")
    assert row["attendees"] == ("Emomali Rahmon;Ilham Aliyev;Serdar Berdimuhamedov;"
                                "Vladimir Putin")


def test_a_quoted_name_before_training_field_opening_the_sentence_places_the_drill(rows):
    text = ("In the “Angren” training field of the Tashkent military district the opening "
            "ceremony of the joint exercises “Qalqon-2031” of Uzbekistan and Kazakhstan was "
            "held.")
    [row] = ex(rows, text, "2031-11-10")
    assert (row["name"], row["location"]) == ("Qalqon-2031", "Angren")


def test_he_named_before_meets_during_his_meeting(rows):
    text = ("Chief of the Army Staff General Asim Munir has called for closer training "
            "cooperation between Pakistan and Kazakhstan.\n\n"
            "He expressed this resolve during his meeting with President of Kazakhstan "
            "Kassym-Jomart Tokayev, said ISPR in a statement.")
    got = [(m["body"], m["attendees"]) for m in rows(text, "2031-09-06").meetings]
    assert got == [("bilateral", "Asim Munir;Kassym-Jomart Tokayev")]


def test_a_country_hosting_another_countrys_drill_is_its_place_not_a_side(rows):
    text = ("Kyrgyzstan hosts Russian military exercise\n\n"
            "The exercise involved 500 Russian military personnel at the Edelweiss training "
            "ground.")
    assert [x["participants"] for x in ex(rows, text, "2031-01-10")] == ["RUS"]
    text = "Kazakhstan hosts joint exercises with Uzbekistan near Almaty."
    assert [x["participants"] for x in ex(rows, text, "2031-01-10")] == ["KAZ;UZB"]


def test_talks_with_a_sides_officials_make_it_bilateral_and_an_earlier_visit_is_its_own(rows):
    text = ("On November 15, a Tajik delegation visited Kabul for talks with Taliban "
            "representatives.\n\n"
            "The talks came weeks after Mohammad Yousaf Wafa, the Taliban's governor of Balkh "
            "Province, visited Dushanbe.\n\n"
            "During his visit in late October, Wafa met with General Saimumin Yatimov.")
    kabul, wafa = rows(text, "2031-11-25").meetings
    assert (kabul["body"], kabul["place"], kabul["attendees"]) == (
        "bilateral", "Kabul", "TJK;AFG")
    assert (wafa["start"], wafa["attendees"]) == (
        "2031-10", "Mohammad Yousaf Wafa;Saimumin Yatimov")


def test_talks_in_general_are_no_meeting_and_another_meetings_talks_add_no_one(rows):
    text = ("Tajik and Taliban officials have sought to deepen cooperation on energy and trade "
            "during talks in Dushanbe.\n\n"
            "The Uzbek foreign minister met Taliban envoy Ismatulla Irgashev in Tashkent on "
            "Monday, which coincided with the group's talks with Russian officials.")
    [m] = rows(text, "2031-11-25").meetings
    assert "RUS" not in m["attendees"] and m["place"] == "Tashkent"


def test_a_prefecture_in_a_known_region_places_the_drill_and_a_movement_is_no_place(rows):
    text = ("China and Kyrgyzstan frontier forces on Tuesday held a joint anti-terrorist "
            "exercise in Kizilsu Kirgiz Prefecture, Xinjiang Uygur Autonomous Region, in "
            "northwest China.\n\n"
            "Beijing says security in the region is under threat from the East Turkestan "
            "Islamic Movement.")
    [x] = rows(text, "2031-06-28").exercises
    assert (x["location"], x["country"], x["start"]) == ("Kizilsu Kirgiz", "CHN", "2031-06-24")


def test_the_upcoming_exercises_after_planned_ones_and_a_quoted_meeting_that_has_ended(rows):
    text = ("The Russian and Uzbek militaries will hold joint tactical exercises at the Forish "
            "ground in October 2031, Colonel Yaroslav Roshchupkin said on Monday.\n\n"
            "\"The working meeting between the delegations of the Russian and Uzbek Defense "
            "Ministries led by Colonel-General Vladimir Zarudnitsky and Colonel-General Kabul "
            "Berdiyev has ended in Tashkent,\" Roshchupkin said.\n\n"
            "Work is in progress on the details of the upcoming exercises, specifically, the "
            "number of military personnel and equipment.")
    result = rows(text, "2031-07-03")
    [x] = result.exercises
    assert (x["location"], x["start"], x["status"]) == ("Forish training ground", "2031-10",
                                                        "planned")
    [m] = result.meetings
    assert (m["body"], m["place"], m["attendees"]) == (
        "bilateral", "Tashkent", "Vladimir Zarudnitsky;Kabul Berdiyev")


def test_talks_between_the_heads_of_state_of_two_countries_are_theirs(rows):
    text = ("The border agreement was signed following talks between the heads of state of "
            "Tajikistan and Kyrgyzstan in Bishkek on Thursday.")
    [m] = rows(text, "2031-03-14").meetings
    assert (m["body"], m["level"], m["attendees"], m["place"], m["start"]) == (
        "bilateral", "heads of state", "TJK;KGZ", "Bishkek", "2031-03-13")


def test_the_minister_who_meets_is_the_one_titled_so_though_ranks_stand_before_his_name(rows):
    text = ("Tajik Defense Minister Colonel General Rustam Nazarov arrived in Tehran on "
            "Wednesday.\n\n"
            "\"Our ties are strong,\" said Ali Karimi, an Iranian analyst.\n\n"
            "The Tajik defense minister met with his Iranian counterpart Amir Hatami in Tehran "
            "on Friday.")
    [m] = rows(text, "2031-04-12").meetings
    assert m["attendees"].split(";") == ["Rustam Nazarov", "Amir Hatami"]


def test_drills_told_in_a_quote_then_named_among_the_years_events_are_one(rows):
    text = ("\"This year, large-scale exercises involving five states will take place on the "
            "territory of Kazakhstan,\" said General Ruslan Zhaksylykov.\n\n"
            "The most significant among them are the \"Birlestik\" exercises, which involve "
            "military contingents from Azerbaijan, Kyrgyzstan, Tajikistan and Uzbekistan.")
    [x] = rows(text, "2031-01-15").exercises
    assert (x["name"], x["location"], x["start"]) == ("Birlestik", "Kazakhstan", "2031")
    assert set(x["participants"].split(";")) >= {"AZE", "KGZ", "TJK", "UZB"}


def test_who_tells_of_a_meeting_to_come_does_not_attend_it(rows):
    text = ("The talks of the bloc's military officials ended on Thursday, ministry spokesperson "
            "Wu Qian told a press conference.\n\n"
            "Wu said the participants agreed to keep in close touch to prepare for the "
            "upcoming SCO Defense Ministers' Meeting to be held in China.")
    meetings = rows(text, "2031-03-28").meetings
    assert all("Wu Qian" not in m["attendees"] for m in meetings)


def test_a_sides_officials_and_delegation_before_held_talks_make_them_bilateral(rows):
    text = ("Tashkent [Uzbekistan], October 16 (ANI): Uzbekistan officials held talks with a "
            "Taliban delegation on Saturday on border security in the Uzbek border city of "
            "Termez, Xinhua reported.")
    result = rows(text, "2031-10-16")
    [m] = result.meetings
    assert (m["body"], m["attendees"], m["place"], m["start"]) == (
        "bilateral", "UZB;AFG", "Termez", "2031-10-11")
    [c] = result.claims
    assert c["quote"].startswith("Uzbekistan officials held talks")


def test_a_years_plan_of_training_is_no_drills_name(rows):
    text = ("From 17 to 19 November, tactical and special training of the CSTO's special forces "
            "under the code name \"Cobalt-2031\" will take place in Tajikistan. The training is "
            "being conducted in accordance with the 2031 Plan for the joint training of the "
            "CSTO's forces.")
    [x] = rows(text, "2031-11-15").exercises
    assert (x["name"], x["start"], x["end"]) == ("Cobalt-2031", "2031-11-17", "2031-11-19")


def test_a_leader_who_arrived_in_the_capital_on_a_day_places_the_summit_not_its_day(rows):
    text = ("The bloc held its Collective Security Council session with its members' leaders "
            "present, including Russian President Vladimir Putin, who arrived in the Kyrgyz "
            "capital Tuesday for a three-day state visit.")
    [m] = rows(text, "2031-11-28").meetings
    assert (m["place"], m["start"]) == ("Bishkek", None)


def test_a_quote_that_tells_the_drill_then_who_participated_in_it_lists_its_sides(rows):
    text = ("Troops of the bloc worked out a peacekeeping operation during Firm Shield 2031 "
            "exercises in Tajikistan.\n\n"
            "«The final stage of the Firm Shield 2031 drills took place the day before at the "
            "Harb-Maidon training ground. The military contingents of Armenia, Belarus and "
            "Kazakhstan participated in it,» the district said in a statement.")
    [x] = rows(text, "2031-10-29").exercises
    assert {"ARM", "BLR", "KAZ"} <= set(x["participants"].split(";"))


def test_talks_with_a_countrys_ministry_officials_make_that_country_a_side(rows):
    text = ("Taliban representatives visited Ashgabat and held talks with Turkmen Foreign "
            "Ministry officials on Saturday.")
    [m] = rows(text, "2031-07-12").meetings
    assert (m["body"], m["attendees"]) == ("bilateral", "AFG;TKM")


def test_a_name_ends_where_its_word_does(rows):
    text = ("The 91st meeting of the Council of Commanders of Border Troops of the CIS was held "
            "in Manas city, chaired by Army General Vladimir Kulishov TurkicWorld reports citing "
            "Kabar.")
    [m] = rows(text, "2031-10-30").meetings
    assert m["attendees"].split(";")[0] == "Vladimir Kulishov"


def test_servicemen_of_other_countries_taking_part_in_the_drills_are_more_sides_of_it(rows):
    text = ("ASTRAKHAN, May 3. Russia's strategic exercise Steppe Shield-2031 starts in the "
            "Southern Military District, the Russian Defense Ministry said.\n\n"
            "Servicemen from Mongolia, Kyrgyzstan and Belarus are taking part in the drills.")
    [x] = rows(text, "2031-05-03").exercises
    assert set(x["participants"].split(";")) == {"RUS", "MNG", "KGZ", "BLR"}


def test_fighters_who_had_gathered_somewhere_hold_no_meeting(rows):
    text = ("Last spring, the head of the national guard said that 3,000 fighters, mostly "
            "foreigners and who fought for years in Iraq, had gathered in northern Afghan "
            "provinces.")
    assert rows(text, "2031-10-01").meetings == []


def test_ministers_gathered_after_a_crowd_still_meet(rows):
    text = ("Amid fears of militants crossing the frontier, the defence ministers of the SCO "
            "gathered in Bishkek on Tuesday.")
    [m] = rows(text, "2031-10-01").meetings
    assert (m["body"], m["place"]) == ("SCO", "Bishkek")


def test_who_protests_a_drill_and_whom_a_war_is_against_are_no_sides_of_it(rows):
    text = ("Russia will hold the Taiga-2031 drills with Mongolia and Laos in the Far East. "
            "Despite protests from Japan, and months after Moscow ordered an operation "
            "against its neighbour Ukraine, Russia gathered troops on 13 ranges, including "
            "the coast of the Sea of Okhotsk and Japan.")
    [x] = rows(text, "2031-08-20").exercises
    assert set(x["participants"].split(";")) == {"RUS", "MNG", "LAO"}


def test_a_date_before_announced_is_the_announcements_and_the_bloc_drills_with_its_ally(rows):
    text = ("President of Russia back in May of this year announced joint military exercises "
            "with the CSTO in autumn.")
    [x] = rows(text, "2031-06-20").exercises
    assert (x["participants"], x["start"], x["end"]) == ("RUS;CSTO", "2031-09", "2031-11")


def test_a_ministers_meeting_that_prepares_a_summit_and_the_summit_to_come(rows):
    text = ("Agreement reached ahead of bloc summit\n\n"
            "FOREIGN ministers of the Shanghai Cooperation Organization member countries "
            "gathered in Bishkek yesterday and reached consensus regarding the SCO Osh summit "
            "in June.\n\n"
            "\u201cThis meeting has made political preparations for the summit,\u201d said "
            "Kyrgyz Foreign Minister Jeenbek Kulubaev, who hosted the meeting of the SCO Council "
            "of Foreign Ministers.\n\n"
            "The summit will be the first of its kind after a membership expansion last June.\n\n"
            "Moreover, foreign ministers will be preparing for the SCO summit that will take "
            "place in Osh in June, Kulubaev said at a press conference on the summit in Bishkek. "
            "Japarov will hold bilateral meetings with other leaders during the summit.")
    got = sorted((m["level"], m["place"], m["start"], m["attendees"])
                 for m in rows(text, "2031-04-25").meetings)
    assert got == [("foreign ministers", "Bishkek", "2031-04-24", "Jeenbek Kulubaev"),
                   ("heads of state", "Osh", "2031-06", "")]


def test_the_staff_negotiations_a_quote_opened_take_the_days_told_next(rows):
    text = ("EKATERINBURG, December 13. The bloc will hold the Steppe Guard 2023 drills in "
            "August next year, the press office announced.\n\n"
            "\"Military delegations from Mongolia, Kyrgyzstan and India have already arrived in "
            "Yekaterinburg for the first round of staff negotiations on preparing the SCO's "
            "Steppe Guard 2023 exercise,\" the statement reads.\n\n"
            "The staff negotiations began on Tuesday at the officers' club in Yekaterinburg and "
            "will be concluded on December 16.")
    [m] = rows(text, "2022-12-13").meetings  # a Tuesday
    assert (m["place"], m["start"], m["end"]) == ("Yekaterinburg", "2022-12-13", "2022-12-16")


def test_translations_of_one_drills_name_are_one_series(rows):
    text = ("The handover took place after contingents from member states of the Collective "
            "Security Treaty Organization completed the Inviolable Brotherhood 2030 exercise.\n\n"
            "The ceremony took place in Dushanbe at the end of the joint exercises of the "
            "contingents of the CSTO \u201cUnbreakable Brotherhood - 2030\u201d.")
    [x] = rows(text, "2030-10-29").exercises
    assert (x["location"], "CSTO" in x["participants"]) == ("Dushanbe", True)


def test_a_partnerships_drills_of_a_kind_are_no_one_exercise(rows):
    text = ("Between 2013 and 2023, Vermont and Kyrgyzstan have engaged in 120 events and three "
            "different recurring military exercises, including U.S. Central Command's Regional "
            "Cooperation exercise.\n\n"
            "This year marks 12 years of a highly active partnership between the Vermont "
            "National Guard and Kyrgyzstan, which has included military drills.\n\n"
            "Kyrgyzstan also has taken part in annual national disaster response exercises "
            "Vigilant Guard and Patriot North.")
    assert rows(text, "2031-07-02").exercises == []


def test_the_annual_exercises_of_one_edition_are_still_one(rows):
    text = "The annual joint exercises of Kyrgyz and Kazakh troops began in Osh on Monday."
    [x] = rows(text, "2031-07-02").exercises
    assert x["participants"] == "KGZ;KAZ"


def test_who_said_at_a_summit_attended_it(rows):
    text = ("The situation in Afghanistan directly affects the security of Kyrgyzstan, Kyrgyz "
            "President Sadyr Japarov said at the Russia-Central Asia summit in Astana on Friday.")
    [m] = rows(text, "2031-10-14").meetings
    assert ("Sadyr Japarov" in m["attendees"], m["place"]) == (True, "Astana")


def test_a_neighbour_a_withdrawing_force_and_an_outlets_country_are_no_sides(rows):
    text = ("Kyrgyzstan held the largest military exercise in its history on Thursday, drilling "
            "its entire 10,000-strong army as instability grows in its southern neighbor "
            "Tajikistan.\n\n"
            "Defense Minister Baktybek Bekbolotov said all sections of the armed forces had been "
            "placed on a war alert, and the Russian company Interfax reported that the drill "
            "ended at noon. The drill came years after the withdrawal of US and NATO troops "
            "from the region. It was separate from the joint exercises Kyrgyzstan is planning "
            "to hold with the Kazakh military in August.")
    [x] = rows(text, "2031-07-22").exercises
    assert x["participants"] == "KGZ"


def test_an_army_plus_its_reservists_add_up(rows):
    text = ("Kyrgyzstan held the largest military exercise in its history on Thursday, drilling "
            "its entire 20,000-strong army plus 30,000 reservists.")
    [x] = rows(text, "2031-07-22").exercises
    assert x["troops"] == 50_000


def test_a_capital_in_apposition_hosts_and_who_attended_sets_no_level(rows):
    text = ("On 29 April 2031, the capital of the Republic of Tajikistan, Dushanbe, hosted the "
            "latest Meeting of Defence Ministers of the Member States of the Shanghai "
            "Cooperation Organisation, hereinafter referred to as SCO.\n\n"
            "The meeting was attended by Defence Minister of the Republic of Kazakhstan Ruslan "
            "Zhaksylykov and Chief of the General Staff of the Armed Forces of the Kyrgyz "
            "Republic Major General Taalaibek Omuraliev.")
    [m] = rows(text, "2031-04-29").meetings
    assert (m["place"], m["level"]) == ("Dushanbe", "defence ministers")


def test_many_countries_ministers_meeting_a_president_are_no_pair(rows):
    text = ("On the same day, defense ministers of China, Kazakhstan, Kyrgyzstan, Tajikistan, "
            "Russia and Uzbekistan met with Kazakh President Kassym-Jomart Tokayev.")
    [m] = rows(text, "2031-06-07").meetings
    assert m["body"] == "multilateral"


def test_militants_gathering_their_forces_give_a_summit_no_day(rows):
    text = ("Earlier, addressing the Russia-Central Asia summit, Rahmon said the situation on "
            "the Tajik-Afghan border is deteriorating and militant groups are gathering their "
            "forces on the border.")
    [m] = rows(text, "2031-10-19").meetings
    assert m["start"] is None


def test_cooperation_within_a_bloc_discussed_makes_it_no_body_of_the_talks(rows):
    text = ("On October 18, in Dushanbe, President Emomali Rahmon met with Kyrgyz President "
            "Sadyr Japarov.\n\n"
            "During the meeting, issues of cooperation within the framework of the Collective "
            "Security Treaty Organization were discussed.")
    [m] = rows(text, "2031-10-18").meetings
    assert m["body"] == "bilateral"


def test_possible_attacks_during_the_drills_leave_the_drills_one_event(rows):
    text = ("The Kyrgyz and Chinese militaries launched joint exercises in Osh on Friday.\n\n"
            "More than 300 Kyrgyz troops, as well as a company of more than 150 Chinese troops, "
            "practiced a response to possible terrorist attacks during the drills code-named "
            "\"Coordination 2031.\"")
    [x] = rows(text, "2031-09-19").exercises
    assert (x["name"], x["troops"]) == ("Coordination 2031", 450)


def test_the_day_someone_told_an_agency_of_drills_to_come_is_not_theirs(rows):
    text = ("Armed forces of Kyrgyzstan and China will conduct joint military exercises in "
            "Naryn region, the head of the ministry's press office told Kabar news agency on "
            "July 9.\n\nHe said the drill is scheduled for the end of July.")
    [x] = rows(text, "2031-07-10").exercises
    assert (x["status"], x["start"]) == ("planned", "2031-07")


def test_consultations_of_two_security_councils_are_a_meeting_and_a_base_for_drills_none(rows):
    text = ("On September 17, Bishkek hosted bilateral consultations between the office of the "
            "Security Council of Kyrgyzstan and the office of the Security Council of "
            "Kazakhstan.\n\n"
            "The Kyrgyz minister said the army servicemen have an excellent base for conducting "
            "exercises.\n\n"
            "During a call, the minister expressed readiness to increase political "
            "consultations between the two countries.")
    result = rows(text, "2031-09-17")
    assert [(m["place"], m["start"]) for m in result.meetings] == [("Bishkek", "2031-09-17")]
    assert result.exercises == []


def test_who_announced_that_consultations_would_take_place_attends_none(rows):
    text = ("Moscow format consultations on Afghanistan begin in Moscow\n\n"
            "Previously, Deputy Foreign Minister Andrei Rudenko announced that the "
            "consultations would take place behind closed doors.")
    meetings = rows(text, "2031-04-14").meetings
    assert meetings and all("Andrei Rudenko" not in m["attendees"] for m in meetings)


def test_sides_that_could_not_join_and_a_bases_home_are_no_side_or_place(rows):
    text = ("Kazakhstan cancelled the Steppe Shield-2031 exercise with CSTO forces that was to "
            "take place in Balykchy on October 10-14.\n\n"
            "Kyrgyz military personnel were planned to be involved in the exercise, but after "
            "clashes on the border, representatives of the Kyrgyz armed forces could not "
            "participate in the exercise.\n\n"
            "Aviation of the 999th base of the Armed Forces of the Russian Federation in Kant "
            "was involved in the exercises.")
    [x] = rows(text, "2031-10-09").exercises
    assert ("KGZ" in x["participants"].split(";"), "Kant" in x["location"]) == (False, False)


def test_people_and_a_list_of_equipment_scheduled_to_be_involved_are_the_drills_size(rows):
    text = ("Frontier-2031 joint exercise will be held in the Republic of Kazakhstan from "
            "May 10 to 21.\n\n"
            "The active phase is to be held at Sarybulak training ground from May 17 to 21.\n\n"
            "A total of about 900 people, 200 units of military equipment, including tanks, "
            "helicopters and drones are scheduled to be involved in the exercise.")
    [x] = rows(text, "2031-04-02").exercises
    assert (x["troops"], x["location"], x["country"]) == (900, "Sarybulak", "KAZ")


def test_observers_listed_with_the_before_each_country_are_no_sides(rows):
    text = ("Exercise Desert Shield-2031 has ended at the Zhaltyr training ground.\n\n"
            "In attendance at the closing of the exercise were observers from the armed "
            "forces of the United States, the "
            "Republic of Turkey, the United Kingdom of Great Britain and Northern Ireland, "
            "Switzerland and Mongolia.")
    [x] = rows(text, "2031-06-02").exercises
    assert not {"USA", "TUR", "GBR", "CHE", "MNG"} & set(x["participants"].split(";"))


def test_a_closing_ceremony_that_has_taken_place_at_a_training_complex_ends_the_drill(rows):
    text = ("Uzbekistan hosts «Golden Falcon-2031» peacekeeping exercise\n\n"
            "The closing ceremony of the «Golden Falcon» peacekeeping exercises has taken "
            "place at the “Zarbdor” training complex.\n\n"
            "Observers from Pakistan attended the ceremony.")
    [x] = rows(text, "2031-09-30").exercises
    assert (x["name"], x["status"], x["location"]) == ("Golden Falcon-2031", "completed",
                                                       "Zarbdor")
    assert x["evidence"].startswith("The closing ceremony")


def test_a_series_first_edition_years_before_is_a_drill_of_its_own(rows):
    text = ("The annual multilateral Golden Falcon military exercise in Uzbekistan began "
            "Monday, June 2. It involves about 900 troops from Uzbekistan, Switzerland and "
            "Austria.\n\n"
            "The first Golden Falcon exercise took place in May 2019 with Uzbek and Swiss "
            "forces.")
    found = sorted((x["name"], x["start"], x["status"]) for x in rows(text, "2031-06-06").exercises)
    assert found == [("Golden Falcon", "2019-05", "completed"),
                     ("Golden Falcon", "2031-06-02", "ongoing")]


def test_who_the_summit_will_not_include_or_who_refused_an_invitation_does_not_attend(rows):
    text = ("Kazakh President Kassym-Jomart Tokayev is set to attend the SCO summit in Tianjin "
            "on Monday. The summit, hosted by Chinese President Xi Jinping, will not include "
            "Indian Prime Minister Narendra Modi.\n\n"
            "Earlier, Xi invited Pakistani Prime Minister Shehbaz Sharif to the SCO meeting, "
            "but the latter declined the invitation.")
    [row] = rows(text, "2030-08-30").meetings
    assert not {"Narendra Modi", "Shehbaz Sharif"} & set(row["attendees"].split(";"))


def test_a_headline_summit_and_the_upcoming_one_of_that_day_and_city_are_one(rows):
    text = ("Modi to skip SCO summit in Tianjin on September 1\n\n"
            "Indian Prime Minister Narendra Modi announced that he will not be able to "
            "participate in the upcoming summit of the SCO, scheduled for September 1 in "
            "Tianjin.\n\n"
            "A spokesman said that meetings like the SCO summit provide a good opportunity "
            "for exchanging views.")
    [row] = rows(text, "2030-08-20").meetings
    assert (row["place"], row["start"], row["attendees"]) == ("Tianjin", "2030-09-01", "")


def test_talks_in_anticipation_of_a_summit_and_a_meeting_preceding_it_are_not_the_summit(rows):
    text = ("CSTO leaders will meet in Bishkek on Thursday for a summit.\n\n"
            "In anticipation of the CSTO summit, President Putin discussed security with "
            "Kyrgyz President Japarov, who recently visited Moscow.\n\n"
            "Preceding the summit, a joint meeting of CSTO foreign ministers convened in "
            "Bishkek.")
    found = sorted((m["level"], m["start"] or "") for m in rows(text, "2030-11-25").meetings)
    assert found == [("foreign ministers", ""), ("heads of state", "2030-11-28")]


def test_a_place_found_by_its_noun_is_found_again_by_its_name(rows):
    text = ("Border forces exchanged fire on Sunday in the Kalai area of Darvoz district.\n\n"
            "On Tuesday, Afghan and Tajik officials met in Kalai for a tense exchange.")
    [m] = rows(text, "2030-08-28").meetings
    assert (m["place"], m["start"]) == ("Kalai", "2030-08-27")


def test_the_countrys_president_told_before_holds_the_talks(rows):
    text = ("Russian President Vladimir Putin arrived in Dushanbe on Wednesday.\n\n"
            "The Russian president held talks with Tajik President Emomali Rahmon on Wednesday.")
    [m] = rows(text, "2030-10-10").meetings
    assert m["attendees"] == "Vladimir Putin;Emomali Rahmon"


def test_who_announced_anothers_participation_does_not_attend(rows):
    text = ("The Russia–Central Asia Summit will be held in Dushanbe today. Presidential Aide "
            "Yuri Ushakov announced Vladimir Putin’s participation in the meeting.")
    [m] = rows(text, "2030-10-09").meetings
    assert (m["body"], m["attendees"]) == ("RUS-CA", "Vladimir Putin")


def test_a_summit_held_there_is_where_and_when_the_sentence_before_says(rows):
    text = ("On May 30, 2030, the city of Osh became the center of a landmark event. A regional "
            "summit was held there with the participation of Kyrgyz President Sadyr Japarov "
            "and Tajik President Emomali Rahmon.")
    [m] = rows(text, "2030-06-02").meetings
    assert (m["place"], m["start"]) == ("Osh", "2030-05-30")


def test_a_meeting_of_the_blocs_secretaries_general_is_their_level_not_the_summits(rows):
    text = ("On September 3, 2030, a meeting of the Secretaries-General of the CIS, CSTO and SCO "
            "was held on the sidelines of the SCO Summit in Beijing.")
    levels = {m["level"] for m in rows(text, "2030-11-20").meetings}
    assert "secretaries general" in levels and "heads of state" not in levels


def test_to_exercise_control_over_the_airspace_is_no_drill(rows):
    text = ("The airbase in Kant is the aviation component of the CSTO forces. Its main tasks "
            "are to exercise control over the airspace of the region.")
    assert rows(text, "2030-10-12").exercises == []


def test_a_name_before_a_long_possessive_title_is_a_person_who_meets(rows):
    text = ("A delegation from Tajikistan met in Kabul with Noorullah Noori, the Islamic Emirate "
            "of Afghanistan’s Minister of Borders and Tribal Affairs.")
    [m] = rows(text, "2030-11-17").meetings
    assert "Noorullah Noori" in m["attendees"].split(";")


def test_a_series_of_meetings_is_no_one_meeting(rows):
    text = ("The Taliban have recently held a series of meetings with Ismail Ghaznavi, their "
            "newly appointed governor for Badakhshan.")
    assert rows(text, "2030-10-26").meetings == []


def test_observers_including_a_blocs_members_and_a_countrys_attache_are_no_sides(rows):
    text = ("Observers from 23 countries, including three NATO members, are attending the "
            "Shield 2030 military exercise of Belarus and Russia, the ministry said.\n\n"
            "The US military attache thanked the minister for the invitation to observe the "
            "joint maneuvers.")
    [x] = rows(text, "2030-09-15").exercises
    assert not {"NATO", "USA"} & set(x["participants"].split(";"))


def test_the_exercise_then_a_numbered_name_names_it_and_such_as_tells_of_no_drill(rows):
    text = ("DUSHANBE – About 300 troops from the United States and Tajikistan trained together "
            "for the exercise Steppe Shield 30 Aug. 6-18 at Joint Base Cape Cod.\n\n"
            "In addition, exercises such as “Steppe Shield 30” will help develop "
            "interoperability of US forces.")
    [x] = rows(text, "2030-08-25").exercises
    assert (x["name"], x["start"], x["end"], x["location"]) == (
        "Steppe Shield 30", "2030-08-06", "2030-08-18", "Joint Base Cape Cod")


def test_a_military_station_in_a_district_is_where_the_drill_is(rows):
    text = ("The joint special forces exercise Dagger-2030 commenced on Wednesday at the "
            "Missamari military station in Assam's Sonitpur district.")
    [x] = rows(text, "2030-02-06").exercises
    assert x["location"] == "Missamari"


def test_a_name_in_apposition_and_no_place_of_the_previous_edition(rows):
    text = ("The sixth edition of the Indian-Uzbek joint military exercise, Dostlik, began on "
            "April 16, 2030, at the training node in Pune. The exercise is annual. The "
            "previous edition of Dostlik was conducted in Termez, Uzbekistan, in April 2029.")
    [x] = rows(text, "2030-04-18").exercises
    assert (x["name"], x["location"]) == ("Dostlik", "")


def test_a_training_facility_is_where_the_drill_is(rows):
    text = "The annual exercise at Green Hills Training Facility near Ulaanbaatar began on Monday."
    [x] = rows(text, "2030-06-18").exercises
    assert x["location"] == "Green Hills"
