"""Site furniture: a page's text in, the analysed text out."""

from briefgen.ingest.furniture import clean


def test_a_closing_box_of_links_to_other_stories_is_not_analysed():
    page = ("DUSHANBE -- Kyrgyz troops began drills near Batken on Monday.\n"
            "The drills last a week.\n"
            "Tajik, Russian leaders vow to boost economic cooperation\n"
            "Flour prices continue rising in Tajikistan\n"
            "Tajik leader attends CSTO summit in Moscow\n"
            "All news\n")
    assert clean(page) == ("DUSHANBE -- Kyrgyz troops began drills near Batken on Monday."
                           "\n\nThe drills last a week.")


def test_a_closing_line_without_a_full_stop_is_kept_when_it_stands_alone():
    page = "Kyrgyz troops began drills near Batken on Monday.\nThe drills last a week and more\n"
    assert clean(page).endswith("The drills last a week and more")


def test_a_summary_repeated_by_the_lede_after_its_dateline_is_analysed_once():
    page = ("Russia's base in Kyrgyzstan has begun staff exercises, a base official said.\n"
            "BISHKEK, May 2 (RIA Novosti) - Russia's base in Kyrgyzstan has begun staff "
            "exercises, a base official said.\n"
            "The exercises last until May 5.\n")
    text = clean(page)
    assert text.count("has begun staff exercises") == 1
    assert text.startswith("BISHKEK, May 2 (RIA Novosti) - ")


def test_a_currency_ticker_a_credited_caption_and_a_repeated_lead_are_not_analysed():
    raw = ("  • KGS/USD = 0.01143 0%\n  • TJS/USD = 0.10593 0.47%\n"
           "Two Smugglers Killed On The Border\n\n"
           "The border at Panj; image: TCA, John K. Smith\n\n"
           "Border guards clashed with armed men on the border, the agency reported.\n\n"
           "Border guards clashed with armed men on the border, the agency reported.\n"
           "Two of them were killed.")
    assert clean(raw) == ("Two Smugglers Killed On The Border\n\n"
                          "Border guards clashed with armed men on the border, the agency "
                          "reported.\n\nTwo of them were killed.")


def test_a_disclaimer_and_all_after_it_and_a_wires_promo_are_not_analysed():
    raw = ("Large Drills Begin In The Mangystau Region\n\nThe drills began on Monday, the "
           "ministry said.\n"
           "Stay up to date with more news on Trend News Agency's\nWhatsApp channel\n"
           "Legal Disclaimer:\nMENAFN provides the information as is without warranty of any "
           "kind. We do not accept any responsibility.")
    assert clean(raw) == ("Large Drills Begin In The Mangystau Region\n\nThe drills began on "
                          "Monday, the ministry said.")


def test_the_headline_linked_under_read_also_is_another_story():
    page = ("Final phase of drills held in Kyrgyzstan\n\nRead also\n\n"
            "Russian and Mongolian militaries fight 'terrorists' at Selenga drills\n\n"
            "KANT, October 13. The final phase of the drills has started.\n")
    assert clean(page) == ("Final phase of drills held in Kyrgyzstan\n\n"
                           "KANT, October 13. The final phase of the drills has started.")


def test_a_caption_ending_in_its_photo_credit_is_not_analysed():
    page = ("SCO Council to convene in Astana\n"
            "The ministers will meet on May 21 in Astana.\n"
            "The meeting of the SCO Foreign Ministers Council in 2022. Photo credit: gov.kz\n")
    assert clean(page) == ("SCO Council to convene in Astana\n\n"
                           "The ministers will meet on May 21 in Astana.")


def test_a_caption_that_ends_in_file_photo_is_not_analysed():
    page = ("Neighbours ease tensions along the border\n"
            "Border officials during a meeting in Dushanbe. (file photo)\n"
            "The two sides met again on Monday.\n"
            "Troops at the border post (AP Photo/A. Writer)\n")
    assert clean(page) == ("Neighbours ease tensions along the border\n\n"
                           "The two sides met again on Monday.")


def test_a_caption_that_ends_in_its_agency_and_photographer_is_not_analysed():
    page = ("Border forces hold a joint anti-terrorist exercise\n"
            "Soldiers are pictured during the joint exercise on June 27, 2031. (Xinhua/Li Wei)\n"
            "The forces held the exercise on Tuesday.\n")
    assert clean(page) == ("Border forces hold a joint anti-terrorist exercise\n\n"
                           "The forces held the exercise on Tuesday.")


def test_a_link_to_another_story_under_its_label_is_not_analysed():
    page = ("Defence ministers of the bloc meet in Qingdao\n"
            "The meeting concluded on June 26.\n"
            "Read More: China Hosts Defense Summit Amid Global Tensions\n"
            "See also: Ministers to meet again next year\n"
            "The minister chaired the meeting.\n")
    assert clean(page) == ("Defence ministers of the bloc meet in Qingdao\n\n"
                           "The meeting concluded on June 26.\n\n"
                           "The minister chaired the meeting.")


def test_a_caption_ending_in_archive_photo_is_furniture():
    page = ("Troops will return by the end of the month\n"
            "A column of armoured vehicles on a road near the range. Archive photo\n"
            "The troops will return to their bases, the deputy minister said.\n")
    assert clean(page) == ("Troops will return by the end of the month\n\n"
                           "The troops will return to their bases, the deputy minister said.")


def test_captions_ending_in_a_photo_credit_or_a_photographer_and_outlet_are_furniture():
    page = ("Troops sit on the border\n"
            "Kyrgyz and Kazakh troops conduct a joint exercise in 2029. The neighbours are said "
            "to be deepening ties. Photo: Kabar\n"
            "Residents said soldiers have been posted at one of these outposts. "
            "(Anna Petrova/daily news)\n"
            "The outpost has not been acknowledged by any government.\n")
    assert clean(page) == ("Troops sit on the border\n\n"
                           "The outpost has not been acknowledged by any government.")


def test_a_lede_repeated_with_a_word_dropped_is_kept_once():
    page = ("Xi to chair the bloc summit in Osh\n"
            "Xi Jinping will chair the 31st summit of the bloc, Wang Yi announced on Monday.\n"
            "Xi Jinping will chair the 31st summit of the bloc, Wang Yi announced Monday.\n"
            "The summit is scheduled for June 9 to 10.\n")
    assert clean(page) == ("Xi to chair the bloc summit in Osh\n\n"
                           "Xi Jinping will chair the 31st summit of the bloc, Wang Yi announced "
                           "Monday.\n\nThe summit is scheduled for June 9 to 10.")


def test_a_caption_credited_to_a_press_service_via_an_agency_is_furniture():
    page = ("Kyrgyzstan holds its largest ever military exercise\n"
            "Kyrgyz service members march during a parade in Bishkek on July 22, 2031. "
            "(Kyrgyz Presidential Press Service/Handout via Reuters)\n"
            "Kyrgyzstan held its largest ever military exercise on Thursday.\n")
    assert clean(page) == ("Kyrgyzstan holds its largest ever military exercise\n\n"
                           "Kyrgyzstan held its largest ever military exercise on Thursday.")


def test_a_post_meta_line_ending_in_the_headline_is_furniture():
    page = ("Kyrgyzstan to host CSTO drill Frontier 2031\n"
            "3 weeks ago News Desk Comments Off on Kyrgyzstan to host CSTO drill Frontier 2031\n"
            "Frontier 2031 will be held near Osh on May 4-9.\n")
    assert clean(page) == ("Kyrgyzstan to host CSTO drill Frontier 2031\n\n"
                           "Frontier 2031 will be held near Osh on May 4-9.")


def test_a_meta_line_with_sections_before_and_a_reading_time_after_the_headline_is_furniture():
    page = ("Putin visits Dushanbe for the Russia-Central Asia summit\n"
            "Asia-Pacific, Europe, News October 12, 2030 Comments Off on Putin visits Dushanbe "
            "for the Russia-Central Asia summit4 minute read\n"
            "Putin visited Dushanbe on a three-day trip.\n")
    assert "Comments Off" not in clean(page)
