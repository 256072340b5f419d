"""Speakers: a sentence in, the claims out."""


def claims(rows, text, published="2021-09-17"):
    return [
        (c["speaker"], c["kind"], c["quote"], c["reported_via"], c["affiliation"])
        for c in rows(text, published).claims
    ]


def test_a_quote_attributed_after_it(rows):
    text = '"We will not allow it," Defence Minister Ali Karimov said on Monday.'
    assert claims(rows, text) == [("Ali Karimov", "direct", "We will not allow it", "", "")]


def test_a_quote_introduced_with_a_colon_and_a_known_person(rows):
    text = 'Shoigu warned: "The threat from the south persists and grows every month."'
    assert claims(rows, text)[0][:3] == (
        "Sergei Shoigu",
        "direct",
        "The threat from the south persists and grows every month.",
    )


def test_he_added_continues_the_last_speaker_even_across_a_paragraph(rows):
    text = (
        'Kyrgyz President Sadyr Japarov said "the border is calm now."\n\n'
        '"We are ready for any scenario at all," he added.'
    )
    got = claims(rows, text)
    assert [g[0] for g in got] == ["Sadyr Japarov", "Sadyr Japarov"]
    assert got[0][4] == "KGZ"


def test_the_official_continues_an_unnamed_speaker(rows):
    text = (
        "An unnamed source in the Uzbek border service told Interfax that the crossing "
        "at Termez was closed.\n\n"
        "\u201cNobody crosses without papers now,\u201d the official said."
    )
    got = claims(rows, text)
    assert got[0][:2] == ("An unnamed source in the Uzbek border service", "reported")
    assert got[0][3] == "Interfax"
    assert got[1][0] == "An unnamed source in the Uzbek border service"
    assert got[1][2] == "Nobody crosses without papers now"


def test_a_quote_spread_over_several_sentences_is_one_claim(rows):
    text = (
        'Rahmon said: "The situation is difficult. Refugees are coming. '
        'We need help from our partners."'
    )
    got = claims(rows, text)
    assert len(got) == 1 and got[0][2].endswith("We need help from our partners.")


def test_reported_speech_via_a_news_agency(rows):
    text = (
        "Kazakh Defence Minister Ruslan Zhaksylykov told RIA Novosti that 3,000 "
        "troops would take part."
    )
    assert claims(rows, text) == [
        ("Ruslan Zhaksylykov", "reported", "3,000 troops would take part", "RIA Novosti",
         "KAZ-MOD")
    ]


def test_according_to_an_agency_after_a_quote(rows):
    text = (
        '"The participants agreed to fortify the borders," Putin said after the '
        "meeting on Thursday, according to Russian news agency TASS."
    )
    got = claims(rows, text)
    assert got[0][0] == "Vladimir Putin" and got[0][3] == "TASS"


def test_scare_quotes_are_not_claims(rows):
    text = (
        "Troops took part in what was called a \u201csnap inspection of combat readiness\u201d "
        'against "terrorist groups".'
    )
    assert claims(rows, text) == []


def test_a_body_speaking_in_a_participle_clause(rows):
    text = (
        "However, the Taliban have dismissed the concerns as unfounded, asserting that "
        "they will not allow any group to use Afghan soil."
    )
    assert claims(rows, text)[0][:3] == (
        "Taliban",
        "reported",
        "they will not allow any group to use Afghan soil",
    )


def test_a_surname_alone_continues_a_person_named_in_full(rows):
    text = (
        "Chinese Defence Minister Wei Lantao visited the border on Monday.\n\n"
        '"Our cooperation protects both our peoples," Wei said.'
    )
    assert claims(rows, text) == [
        ("Wei Lantao", "direct", "Our cooperation protects both our peoples", "", "CHN-MOD")
    ]


def test_a_surname_two_people_share_names_neither(rows):
    text = (
        "Minister Anvar Karimov met General Rustam Karimov on Monday.\n\n"
        '"The talks went well for both sides," Karimov said.'
    )
    assert claims(rows, text) == []


def test_an_unnamed_resident_after_the_verb(rows):
    text = (
        '"Soldiers drive past the school every morning now," said a villager from '
        "Vanj who did not want to give his name."
    )
    assert claims(rows, text)[0][:2] == ("a villager from Vanj", "direct")


def test_a_role_after_the_name_gives_the_affiliation(rows):
    text = (
        '"The exercise went to plan," Colonel Ivan Petrov, a spokesman for '
        "Russia's Eastern Military District, told reporters."
    )
    assert claims(rows, text)[0][4] == "RUS"


def test_reported_speech_without_that(rows):
    text = (
        "Kyrgyz Defence Minister Baktybek Bekbolotov, who hosted the talks, said the "
        "two armies would hold joint drills next spring."
    )
    assert claims(rows, text) == [
        ("Baktybek Bekbolotov", "reported",
         "the two armies would hold joint drills next spring", "", "KGZ-MOD")
    ]


def test_said_with_no_clause_after_it_is_no_claim(rows):
    assert claims(rows, "The ministry said in a statement on Monday.") == []
    assert claims(rows, "President Sadyr Japarov said the words twice.") == []


def test_a_wire_dateline_is_not_part_of_the_claim(rows):
    text = (
        "TASHKENT, May 3 (AP) - Uzbek troops were sent to the southern border overnight, "
        "officials said."
    )
    assert claims(rows, text)[0][2] == "Uzbek troops were sent to the southern border overnight"


def test_an_institution_after_the_name_is_not_the_speaker(rows):
    text = (
        '"We are ready for any task," Major General Viktor Orlov, head of the Joint '
        "Staff, told reporters."
    )
    assert claims(rows, text)[0][0] == "Viktor Orlov"


def test_a_which_clause_belongs_to_the_claim(rows):
    text = (
        "Some 900 troops joined the drills, which end on Friday, the Kyrgyz Defence "
        "Ministry said."
    )
    assert claims(rows, text)[0][2] == "Some 900 troops joined the drills, which end on Friday"


def test_authorities_are_an_unnamed_speaker(rows):
    text = "Kyrgyz authorities said on Monday that three smugglers were detained near Batken."
    assert claims(rows, text)[0][:2] == ("Kyrgyz authorities", "reported")


def test_quoted_as_saying_names_the_speaker_and_the_agency(rows):
    text = (
        "RIA Novosti quoted Major General Pavel Ivanov, head of the exercise, as saying "
        'the troops were "ready for any scenario in the mountains".'
    )
    # The quoted words lie inside the reported clause: the clause is his claim.
    assert claims(rows, text) == [
        ("Pavel Ivanov", "reported", 'the troops were "ready for any scenario in the mountains"',
         "RIA Novosti", "")
    ]


def test_a_report_closing_with_a_day_or_a_statement(rows):
    text = "Two border posts were shelled overnight, the Tajik border service said on Sunday."
    assert claims(rows, text)[0][:3] == (
        "the Tajik border service", "reported", "Two border posts were shelled overnight"
    )


def test_a_quote_over_paragraphs_attributed_at_its_end(rows):
    text = (
        "Colonel Daniyar Bekov spoke after the drill.\n\n"
        '"First, the radars worked in the mountains all day and all night.\n\n'
        '"Second, the crews were ready within the hour," he said.'
    )
    got = claims(rows, text)
    assert [(g[0], g[2][:6]) for g in got] == [
        ("Daniyar Bekov", "First,"),
        ("Daniyar Bekov", "Second"),
    ]


def test_a_long_title_before_said_at_the_end(rows):
    text = (
        "The talks covered water and roads, Kyrgyz presidential press secretary "
        "Askar Alymbekov said."
    )
    assert claims(rows, text)[0][0] == "Askar Alymbekov"


def test_stacked_military_titles_still_name_the_speaker(rows):
    text = ('Col. Gen. Oleg Sokolov inspected the troops. "Every unit met its targets '
            'today," he said.')
    assert claims(rows, text)[0][:2] == ("Oleg Sokolov", "direct")


def test_he_after_a_newly_named_subject_is_that_person_not_the_last_speaker(rows):
    text = (
        '"Every unit met its targets today," Lt. Gen. Oleg Sokolov told reporters.\n\n'
        "Kyrgyz Defence Minister Ruslan Mukambetov visited the range. He said his troops "
        "had learned a great deal."
    )
    got = claims(rows, text)
    assert got[1][:3] == ("Ruslan Mukambetov", "reported", "his troops had learned a great deal")


def test_a_body_the_lexicon_lacks_reports_and_it_continues_it(rows):
    text = (
        "The drills near Osh will last five days, Kyrgyzstan's State Border Service said "
        "in a statement. Forty armoured vehicles take part, it said."
    )
    got = claims(rows, text)
    assert [g[0] for g in got] == ["Kyrgyzstan's State Border Service"] * 2
    assert got[1][2] == "Forty armoured vehicles take part"


def test_reported_speech_opening_with_a_pronoun(rows):
    text = "The Taliban have said they pose no threat to the region."
    assert claims(rows, text) == [
        ("Taliban", "reported", "they pose no threat to the region", "", "TALIBAN")
    ]


def test_a_dateline_in_title_case_is_not_part_of_the_claim(rows):
    text = (
        "Almaty, Kazakhstan (Kazinform) — Kazakh troops will begin drills on Monday, "
        "the Defence Ministry of Kazakhstan reported."
    )
    [got] = claims(rows, text)
    assert got[2] == "Kazakh troops will begin drills on Monday"
    assert got[4] == "KAZ-MOD"


def test_a_city_and_a_dash_opening_the_story_is_a_dateline(rows):
    text = "Termez - Uzbek border guards will patrol the river at night, officials said."
    assert claims(rows, text)[0][2] == "Uzbek border guards will patrol the river at night"
    # a country and a lower-case aside are no dateline
    text = "Russia - Tajikistan ties are at a high point, officials said."
    assert claims(rows, text)[0][2] == "Russia - Tajikistan ties are at a high point"


def test_told_parliament_on_a_date_ends_a_reported_claim(rows):
    text = (
        "The checkpoint at Karamyk will reopen in May, Deputy Interior Minister "
        "Bakyt Asanov told parliament on March 3."
    )
    assert claims(rows, text)[0][:3] == (
        "Bakyt Asanov", "reported", "The checkpoint at Karamyk will reopen in May"
    )


def test_a_name_with_a_role_before_the_verb_is_a_person(rows):
    text = (
        "Nargis Saidova, an analyst at the Bishkek Policy Center, said the treaty "
        'leaves the region no safer. "Nothing new was signed in the end," she said.'
    )
    got = claims(rows, text)
    assert [(g[0], g[1]) for g in got] == [("Nargis Saidova", "reported"),
                                          ("Nargis Saidova", "direct")]
    assert got[0][2] == "the treaty leaves the region no safer"


def test_a_quoted_exercise_name_is_no_quotation(rows):
    text = (
        'Uzbek and Chinese troops began the drill "Cooperation Shield 2025" near '
        "Termez, the ministry said."
    )
    got = claims(rows, text)
    assert [g[1] for g in got] == ["reported"]
    assert "Cooperation Shield 2025" in got[0][2]


def test_a_transcript_paragraph_is_the_named_persons_words(rows):
    text = (
        "Colonel Li Wenhao, spokesperson for the Ministry of National Defense, took "
        "questions.\n\nQuestion: Is a base planned in the Pamirs?\n\n"
        "Li Wenhao: No such plans exist. We respect the sovereignty of our neighbours."
    )
    assert claims(rows, text) == [
        ("Li Wenhao", "direct",
         "No such plans exist. We respect the sovereignty of our neighbours.", "", "MOD")
    ]


def test_the_audience_after_told_is_never_the_speaker(rows):
    text = '"We have agreed there will be no more shooting," Orozbekov told journalists.'
    assert claims(rows, text)[0][:2] == ("Orozbekov", "direct")


def test_reported_speech_opening_with_a_figure(rows):
    text = "Uzbek authorities said at least 12 people were hurt near the crossing."
    assert claims(rows, text)[0][:3] == (
        "Uzbek authorities", "reported", "at least 12 people were hurt near the crossing"
    )


def test_the_press_service_and_it_added_continue_the_body(rows):
    text = (
        "Kyrgyz troops were put on alert on Monday, the press service of the Kyrgyz "
        'Border Service said. "About 800 servicemen are involved," the press service '
        "said. The check will last until Friday, it added."
    )
    got = claims(rows, text)
    assert len({g[0] for g in got}) == 1 and len(got) == 3
    assert got[2][2] == "The check will last until Friday"


def test_a_second_quote_after_the_attribution_is_the_same_speaker_across_paragraphs(rows):
    text = (
        '"Nobody here remembers such a build-up," said Gulnora Saidova, a researcher in '
        'Khujand. "The message is meant for the population as much as for Kabul.\n\n'
        '"It is also meant for Moscow: we can hold the line ourselves."'
    )
    got = claims(rows, text)
    assert [(g[0], g[2]) for g in got] == [
        ("Gulnora Saidova", "Nobody here remembers such a build-up"),
        ("Gulnora Saidova", "The message is meant for the population as much as for Kabul."),
        ("Gulnora Saidova", "It is also meant for Moscow: we can hold the line ourselves."),
    ]


def test_the_statement_said_is_the_body_that_issued_it(rows):
    text = (
        "About 900 servicemen take part in the drill, the Kyrgyz Border Service said in a "
        'statement. "The aim is to stop armed groups at the passes," the statement said.'
    )
    got = claims(rows, text)
    assert [g[0] for g in got] == ["Kyrgyz Border Service", "Kyrgyz Border Service"]
    assert got[1][1:3] == ("direct", "The aim is to stop armed groups at the passes")


def test_the_military_said_mid_sentence_before_an_as_clause(rows):
    text = ("Kazakh and Uzbek units began a joint drill near Termez on Monday, the Kazakh "
            "military said, as officials sought to assure neighbours that the border was safe.")
    got = claims(rows, text)
    assert got[0][:3] == ("Kazakh military", "reported",
                          "Kazakh and Uzbek units began a joint drill near Termez on Monday")
    assert got[0][4] == "KAZ"


def test_the_command_continues_the_command_named_before(rows):
    text = (
        "Troops of both armies began a live-fire drill, according to the Southern Theater "
        "Command. The drill focuses on river crossings, the command said in a statement "
        "posted on its website."
    )
    got = claims(rows, text)
    assert [g[0] for g in got] == ["Southern Theater Command", "Southern Theater Command"]
    assert got[1][2] == "The drill focuses on river crossings"


def test_as_one_commentator_put_it(rows):
    text = ('As one Almaty commentator put it, "Afghanistan is once again the knife at the '
            'door of the region."')
    got = claims(rows, text)
    assert got[0][:2] == ("one Almaty commentator", "direct")


def test_words_quoted_inside_reported_speech_stay_in_it(rows):
    text = ('Analyst Dilshod Rakhimov told Kun.uz on Sunday that the drills show the "shared '
            'resolve" of both armies against smuggling.')
    assert claims(rows, text) == [
        ("Dilshod Rakhimov", "reported",
         'the drills show the "shared resolve" of both armies against smuggling', "Kun.uz", "")
    ]
    text = ('Kyrgyz Defence Minister Ruslan Mukambetov said that the border remained "tense '
            'but calm."')
    assert claims(rows, text)[0][1:3] == ("reported", 'the border remained "tense but calm."')


def test_a_body_with_a_long_name_reports(rows):
    text = ("Kyrgyz and Kazakh border guards held joint drills near Ak-Zhol, the Border Service "
            "of the State Committee for National Security of Kyrgyzstan reported.")
    assert claims(rows, text)[0][:3] == (
        "the Border Service of the State Committee for National Security of Kyrgyzstan",
        "reported", "Kyrgyz and Kazakh border guards held joint drills near Ak-Zhol")


def test_a_headline_says_no_claim_of_its_own(rows):
    text = ("CSTO chief says Afghan border remains most vulnerable section\n\n"
            "The Tajik-Afghan border remains the most vulnerable section, CSTO Secretary "
            "General Imangali Tasmagambetov told TASS on Tuesday.")
    assert [g[0] for g in claims(rows, text)] == ["Imangali Tasmagambetov"]


def test_a_name_with_an_initial_and_the_surname_after_mr(rows):
    text = ("Prime Minister Narendra Modi skipped the summit, with External Affairs Minister "
            "S. Jaishankar representing India.\n\n"
            'Mr. Jaishankar read out the speech. "Terrorism can become a major threat to '
            'peace," he said.')
    assert claims(rows, text)[0][:2] == ("S. Jaishankar", "direct")


def test_quoted_by_an_outlet_as_saying_is_the_subjects_claim(rows):
    text = ("Kanat Omurbekov of Kyrgyzstan, who heads the border service, was quoted by the "
            'Kabar news agency as saying that the frontier "remains quiet but watched."')
    assert claims(rows, text) == [
        ("Kanat Omurbekov", "reported", 'the frontier "remains quiet but watched."', "Kabar",
         "KGZ")
    ]
    text = ("Kanat Omurbekov, who heads the border service, was quoted by Kabar as saying the "
            "frontier was quiet.")
    assert claims(rows, text)[0][:4] == (
        "Kanat Omurbekov", "reported", "the frontier was quiet", "Kabar")


def test_a_ministry_with_a_which_clause_reports(rows):
    text = ("The Ministry of Defence of Kazakhstan, which ran the drills, said the troops had "
            "returned to their bases.")
    assert claims(rows, text)[0][:3] == ("The Ministry of Defence of Kazakhstan", "reported",
                                         "the troops had returned to their bases")


def test_a_title_takes_its_country_from_its_own_sentence_not_the_one_before(rows):
    text = ('"The plan is ready," said Colonel General Ivan Petrov, the chief of the CSTO Joint '
            "Staff.\n\n"
            "Kazakh Defence Minister Nurlan Seitkali told reporters that the drills were a "
            "signal to smugglers.")
    assert [(g[0], g[4]) for g in claims(rows, text)] == [
        ("Ivan Petrov", "CSTO"), ("Nurlan Seitkali", "KAZ-MOD")]


def test_a_country_inside_a_think_tanks_name_is_no_affiliation(rows):
    text = ('"Moscow wants to be seen," said Aida Sultanova, a fellow at the Carnegie Russia '
            "Eurasia Center, in Almaty.")
    assert claims(rows, text)[0][0::4] == ("Aida Sultanova", "")


def test_words_quoted_inside_reported_speech_without_that(rows):
    text = ('Kazakh Defence Minister Ruslan Zhaksylykov said Astana would send "a full '
            'battalion" to the drills.')
    assert claims(rows, text)[0][:3] == (
        "Ruslan Zhaksylykov", "reported", 'Astana would send "a full battalion" to the drills')


def test_the_chinese_side_and_the_organisers_speak(rows):
    text = ("The Tajik side said the drills would strengthen border security. The drill "
            "simulated a raid on a border post, according to the organisers.")
    assert [(g[0], g[1], g[4]) for g in claims(rows, text)] == [
        ("The Tajik side", "reported", "TJK"), ("the organisers", "reported", "")]


def test_a_guillemet_quote_opens_a_sentence_of_its_own(rows):
    text = ("Defence Minister Ali Karimov said the drills were a success. «We are ready for "
            "anything,» he added.")
    assert [g[:3] for g in claims(rows, text)] == [
        ("Ali Karimov", "reported", "the drills were a success"),
        ("Ali Karimov", "direct", "We are ready for anything")]


def test_a_title_stands_for_the_person_named_with_it(rows):
    text = ("President Sadyr Japarov received the Secretary General of the SCO Nurlan "
            "Yermekbayev on Tuesday.\n\n"
            "The Head of State noted that Kyrgyzstan supports the organisation's work on "
            "the Afghan border and thanked the secretariat for its help.\n\n"
            "The Secretary General said that the next summit would focus on transport links.")
    got = claims(rows, text)
    assert [(speaker, quote) for speaker, _, quote, _, _ in got] == [
        ("Sadyr Japarov", "Kyrgyzstan supports the organisation's work on the Afghan border"),
        ("Nurlan Yermekbayev", "the next summit would focus on transport links"),
    ]


def test_the_minister_is_the_minister_named_before_though_no_one_spoke_yet(rows):
    text = ("Defence Minister Ruslan Zhaksylykov inspected the troops in Otar. The minister "
            "said that the brigade was ready for the autumn exercises.")
    assert [c[:3] for c in claims(rows, text)] == [
        ("Ruslan Zhaksylykov", "reported", "the brigade was ready for the autumn exercises")]


def test_a_leaders_office_speaks_for_the_leaders_country(rows):
    text = "The talks will focus on the border, Tokayev's office said on Monday."
    assert [c[0::4] for c in claims(rows, text)] == [("Tokayev's office", "KAZ")]


def test_the_ministry_is_the_ministry_named_before(rows):
    text = ("The Kyrgyz Defence Ministry announced the drills on Monday. According to the "
            "ministry, 300 troops from the Osh garrison will take part.")
    [(speaker, kind, quote, _, affiliation)] = claims(rows, text)
    assert (speaker, affiliation) == ("Kyrgyz Defence Ministry", "KGZ-MOD")
    assert quote == "300 troops from the Osh garrison will take part"


def test_the_next_act_after_quoted_words_is_not_the_claim(rows):
    text = ('Mirziyoyev said the region must "act together against terrorism" and called for '
            "a new security forum.")
    assert [c[2] for c in claims(rows, text)] == [
        'the region must "act together against terrorism"']


def test_said_without_that_before_a_number(rows):
    text = "Bakhtiyor Nazarov, a spokesman for the Khatlon police, said three gunmen were killed."
    assert [c[:3] for c in claims(rows, text)] == [
        ("Bakhtiyor Nazarov", "reported", "three gunmen were killed")]


def test_a_rank_and_a_role_around_the_speaker_at_the_end(rows):
    text = ("About 900 servicemen will take part in the drills in Kyrgyzstan in May, "
            "Colonel-General Ivan Petrov, commander of the district's troops, said on Friday.")
    [(speaker, kind, quote, _, affiliation)] = claims(rows, text)
    assert (speaker, kind) == ("Ivan Petrov", "reported")
    assert quote == "About 900 servicemen will take part in the drills in Kyrgyzstan in May"
    assert affiliation == ""  # Kyrgyzstan, where the drills are, is not his


def test_the_day_they_spoke_is_not_part_of_who_spoke(rows):
    text = "Afghan officials on May 3 said a helicopter had crashed near the border."
    assert [c[0] for c in claims(rows, text)] == ["Afghan officials"]


def test_said_it_with_a_quoted_word_and_a_later_that(rows):
    text = ('The Kremlin said it "regretted" Kazakhstan\'s decision amid fears that Astana '
            "could leave the bloc.")
    assert [c[2] for c in claims(rows, text)] == [
        'it "regretted" Kazakhstan\'s decision amid fears that Astana could leave the bloc']


def test_who_reported_before_the_agency_it_reached_us_through(rows):
    text = ("Some 600 troops will join the drills, the press office of Russia's Southern "
            "Military District reported on Monday, according to TASS.")
    [(speaker, kind, quote, via, _)] = claims(rows, text)
    assert (speaker, via) == ("press office of Russia's Southern Military District", "TASS")
    assert quote == "Some 600 troops will join the drills"


def test_cited_by_an_agency_as_saying(rows):
    text = ("Russia will help train the Kyrgyz army, the Central Military District press "
            "center was cited by Interfax as saying.")
    [(speaker, kind, quote, via, _)] = claims(rows, text)
    assert (speaker, via) == ("Central Military District press center", "Interfax")
    assert quote == "Russia will help train the Kyrgyz army"


def test_the_border_guards_speak_and_a_typed_apostrophe_closes_no_quote(rows):
    text = ('"Gunmen crossed the river near the Ishkoshim post," the border guards said.\n\n'
            '"Units from the CSTO”s rapid reaction force began drills today," Olim Saidov told '
            "Asia-Plus.")
    assert [c[:3] for c in claims(rows, text)] == [
        ("the border guards", "direct", "Gunmen crossed the river near the Ishkoshim post"),
        ("Olim Saidov", "direct", "Units from the CSTO”s rapid reaction force began drills today"),
    ]


def test_the_press_service_is_the_press_service_named_before(rows):
    text = ("Putin will not come to Dushanbe. The Kremlin press service reported.\n\n"
            "«The President will take part in the session by video link,» the press service "
            "noted.")
    # (the first sentence is the press service's too: "The Kremlin press service reported.")
    assert [c[0::4] for c in claims(rows, text)] == [("The Kremlin press service", "KREMLIN")] * 2


def test_according_to_a_named_spokesman_with_his_role(rows):
    text = ("The joint drill ended near Osh on Friday, according to Rustam Nazarov, a "
            "spokesman for the Kyrgyz Defence Ministry.")
    [(speaker, kind, quote, _, affiliation)] = claims(rows, text)
    assert (speaker, kind, quote) == (
        "Rustam Nazarov", "reported", "The joint drill ended near Osh on Friday")
    assert affiliation == "KGZ-MOD"


def test_a_surname_noted_after_a_paragraph_break_is_the_person_named_before(rows):
    # the name opening the second paragraph does not run on from the first one's last word
    text = ("The meeting was chaired by Colonel Timur Abdullaev\n\n"
            "Rustam Nazarov, a spokesman for the Kyrgyz Defence Ministry, says the ministers "
            "exchanged views on border security.\n\n"
            "They also prepared the next drill in Batken, which is expected in May, Nazarov "
            "noted.")
    got = claims(rows, text)
    assert [g[0] for g in got] == ["Rustam Nazarov", "Rustam Nazarov"]
    assert got[1][2].startswith("They also prepared the next drill in Batken")


def test_a_press_service_informed_and_a_press_service_said_after_the_clause(rows):
    text = ("The ministers agreed on a plan of joint drills, the press service of the "
            "Ministry of Defence of Uzbekistan informed.\n\n"
            "Some 300 troops began firing drills at Termez on Monday, said the press service "
            "for Russia's Southern Military District.")
    got = claims(rows, text)
    assert [(g[0], g[2], g[4]) for g in got] == [
        ("the press service of the Ministry of Defence of Uzbekistan",
         "The ministers agreed on a plan of joint drills", "UZB-MOD"),
        ("the press service for Russia's Southern Military District",
         "Some 300 troops began firing drills at Termez on Monday", "RUS-SMD"),
    ]


def test_a_minister_by_his_country_and_title_after_a_quote(rows):
    text = ("Kyrgyz Defence Minister Baktybek Bekbolotov handed out awards to the troops.\n\n"
            "\u201cThe drill showed that our units are ready,\u201d Kyrgyz minister noted.")
    [(speaker, kind, quote, _, affiliation)] = claims(rows, text)
    assert (speaker, kind, affiliation) == ("Baktybek Bekbolotov", "direct", "KGZ-MOD")


def test_the_military_district_said_in_a_statement_is_the_district_named_before(rows):
    text = ("Russia's Southern Military District said that 300 Kazakh troops had arrived.\n\n"
            '"The troops will train at the Edelweiss range from May 5," the military district '
            "said in a statement.")
    got = claims(rows, text)
    assert [(g[0], g[1]) for g in got] == [("Southern Military District", "reported"),
                                          ("Southern Military District", "direct")]


def test_a_role_opening_with_a_country_adjective_gives_the_affiliation(rows):
    text = ('"We trust each other and we train together," said Wang Lei, Chinese deputy '
            "commander of the joint staff.")
    [(speaker, _, _, _, affiliation)] = claims(rows, text)
    assert (speaker, affiliation) == ("Wang Lei", "CHN")


def test_according_to_him_is_the_speaker_before(rows):
    text = ("A source in the Kyrgyz border service says the drill will be held in Batken.\n\n"
            "According to him, the drill will involve a battalion of border troops.")
    got = claims(rows, text)
    assert [g[0] for g in got] == ["A source in the Kyrgyz border service"] * 2
    assert got[1][2] == "the drill will involve a battalion of border troops"


def test_according_to_an_agency_without_a_comma(rows):
    text = ("According to RIA Novosti news agency more than 1,500 troops will take part in "
            "the drills.")
    [(speaker, kind, quote, via, _)] = claims(rows, text)
    # an outlet is not reported via itself
    assert (speaker, quote, via) == (
        "RIA Novosti", "more than 1,500 troops will take part in the drills", "")
    # a country before a plural noun is no agency: the comma's rule reads it
    text = "According to Kyrgyz officials, more than 1,500 troops will take part in the drills."
    assert claims(rows, text)[0][:2] == ("Kyrgyz officials", "reported")


def test_wire_datelines_with_a_full_stop_a_bracketed_date_or_a_capitalised_day(rows):
    for dateline in ("OSH. May 4 (Interfax) - ", "OSH (Kabar / Sputnik - 04th May, 2023) ",
                     "OSH, KYRGYZSTAN – MAY 04: "):
        text = dateline + "Kyrgyz troops will hold drills in Batken, the Kyrgyz Defence " \
                          "Ministry told Interfax on Thursday."
        got = claims(rows, text, "2023-05-04")
        assert [g[2] for g in got] == ["Kyrgyz troops will hold drills in Batken"], dateline


def test_when_it_was_said_between_the_verb_and_what_was_said(rows):
    text = ("Kyrgyz authorities announced on Friday, May 5, that two gunmen crossed into Batken "
            "province.\n\n"
            "Aibek Osmonov, an aide to the commander, announced on May 8 the opening of planned "
            "drills at the Edelweiss range.")
    got = claims(rows, text, "2023-05-09")
    assert [g[2] for g in got] == ["two gunmen crossed into Batken province",
                                   "the opening of planned drills at the Edelweiss range"]


def test_an_agency_reporting_what_a_named_commander_announced(rows):
    text = ("Russian troops will hold drills in Kyrgyzstan in May, Southern Military District "
            "Commander Colonel-General Sergei Kuzovlev announced on Monday, TASS reports.")
    [(speaker, _, quote, via, _)] = claims(rows, text, "2023-04-10")
    assert (speaker, via) == ("Sergei Kuzovlev", "TASS")
    assert quote == "Russian troops will hold drills in Kyrgyzstan in May"


def test_a_capital_city_and_a_colon_open_the_story(rows):
    text = "BISHKEK: Kyrgyzstan's government said that it is investigating the border clash."
    assert claims(rows, text)[0][0] == "Kyrgyzstan's government"


def test_whom_a_quote_urges_is_not_its_speaker(rows):
    text = ("Tashkent condemned the \u201cbrutal acts of armed groups\u201d and urged Kabul's "
            "authorities to ensure border security.")
    assert claims(rows, text) == []


def test_the_press_service_of_a_president_speaks_for_his_country(rows):
    text = ("According to the press service of Kazakh President Kassym-Jomart Tokayev, the "
            "talks will cover border security and trade.")
    [(speaker, _, _, _, affiliation)] = claims(rows, text)
    assert (speaker, affiliation) == (
        "press service of Kazakh President Kassym-Jomart Tokayev", "KAZ")


def test_who_said_it_before_an_agency_that_reported_it(rows):
    text = ("Uzbekistan's Health Ministry said one person died and 12 others were injured, TASS "
            "reported.\n\n"
            "In Kyrgyzstan, the mayor's office in the town of Batken said two houses burnt down, "
            "according to RIA Novosti.")
    got = claims(rows, text)
    assert [(g[0], g[2], g[3]) for g in got] == [
        ("Uzbekistan's Health Ministry", "one person died and 12 others were injured", "TASS"),
        ("the mayor's office in the town of Batken", "two houses burnt down", "RIA Novosti"),
    ]


def test_a_country_said_on_a_bare_weekday(rows):
    text = "Tajikistan said Friday it had agreed a ceasefire with Kyrgyzstan after the shelling."
    [(speaker, kind, quote, _, affiliation)] = claims(rows, text)
    assert (speaker, quote, affiliation) == (
        "Tajikistan", "it had agreed a ceasefire with Kyrgyzstan after the shelling", "TJK")


def test_an_agency_named_with_news_agency_and_a_comma(rows):
    text = "According to Kabar news agency, Tajik border guards blocked the Batken road for hours."
    # (the agency the lexicon knows: "news agency" is no part of its name)
    assert claims(rows, text)[0][:3] == (
        "Kabar", "reported", "Tajik border guards blocked the Batken road for hours")


def test_the_speaker_without_what_else_it_did_or_whom_it_cited(rows):
    text = ('"Twelve bodies were brought to the hospitals of the Sughd region," says Tajik Health '
            "Ministry, adding the clashes wounded 40 others.\n\n"
            "A Kyrgyz government news portal, citing its border service, said Tajik forces had "
            "opened fire on two villages.")
    got = claims(rows, text)
    assert [g[0] for g in got] == ["Tajik Health Ministry", "A Kyrgyz government news portal"]


def test_a_long_institution_name_speaks(rows):
    text = ("The press service of the Border Service of the State Committee for National "
            "Security of Kyrgyzstan reported that the two sides agreed to a complete ceasefire.")
    assert claims(rows, text)[0][0].startswith("The press service of the Border Service")


def test_an_agency_quoted_someone_as_saying_after_the_quote(rows):
    text = ('"Gunfire is still going on at this time," Interfax news agency quoted Bakyt '
            "Osmonov, the deputy head of the Batken region, as saying.")
    [(speaker, kind, _, via, _)] = claims(rows, text)
    assert (speaker, kind, via) == ("Bakyt Osmonov", "direct", "Interfax")


def test_a_minister_reporting_to_his_president_via_an_agency(rows):
    text = ("The peacekeepers will leave Kyrgyzstan by May 19, Defence Minister, Army General "
            "Ruslan Zhaksylykov reported to President Kassym-Jomart Tokayev, TASS reports.\n\n"
            "He said 10 planes will carry the troops home tomorrow.")
    got = claims(rows, text, "2023-05-13")
    assert [(g[0], g[3]) for g in got] == [("Ruslan Zhaksylykov", "TASS"),
                                          ("Ruslan Zhaksylykov", "")]
    assert got[0][2] == "The peacekeepers will leave Kyrgyzstan by May 19"


def test_a_secretariat_informs_and_an_agency_says_with_an_irregular_past(rows):
    text = ("The peacekeepers have been sent to Kyrgyzstan, the CSTO secretariat informs.\n\n"
            "Kazakh state-run news agency Kazinform says Kazakh peacekeepers withdrew from "
            "Kyrgyzstan on Friday morning.")
    got = claims(rows, text)
    assert [(g[0], g[2]) for g in got] == [
        ("CSTO secretariat", "The peacekeepers have been sent to Kyrgyzstan"),
        # (the agency the lexicon knows, whatever words describe it)
        ("Kazinform", "Kazakh peacekeepers withdrew from Kyrgyzstan on Friday morning")]


def test_a_ministry_that_rejected_reports_that_is_no_report_of_it(rows):
    text = ("The Ministry of Foreign Affairs of Kyrgyzstan rejected reports that a Chinese base "
            "was built in the country")
    assert claims(rows, text) == []


def test_a_ministry_spokesman_speaks_for_the_ministry_named_before(rows):
    text = ("China's defence ministry defended its cooperation with Kyrgyzstan on Thursday.\n\n"
            "Ministry spokesman Wu Qian told reporters that the cooperation was in line with "
            "international law.")
    [(speaker, _, _, _, affiliation)] = claims(rows, text)
    assert (speaker, affiliation) == ("Wu Qian", "CHN-MOD")


def test_a_name_with_a_capitalised_title_after_it_speaks_at_an_occasion(rows):
    text = ("The situation on the Kyrgyz-Tajik border remains tense, Colonel General Pavel "
            "Orlov, Head of the CSTO Secretariat, stated on Monday at the opening ceremony of "
            "the Frontier-2030 drills.\n\n"
            '"The militants are regrouping near the border," according to Orlov.')
    got = claims(rows, text, "2030-05-13")
    assert [(g[0], g[1], g[4]) for g in got] == [("Pavel Orlov", "reported", "CSTO"),
                                                ("Pavel Orlov", "direct", "CSTO")]
    assert got[0][2] == "The situation on the Kyrgyz-Tajik border remains tense"


def test_a_country_before_the_comma_is_no_title_of_the_spokesman(rows):
    text = ("Units of the drills are heading to Kazakhstan, Oleg Petrov, spokesman for the "
            "CSTO Joint Staff, told TASS.\n\n"
            '"The troops are on their way to the ranges," he pointed out.')
    got = claims(rows, text, "2030-05-13")
    assert [(g[0], g[1], g[4]) for g in got] == [("Oleg Petrov", "reported", "CSTO"),
                                                ("Oleg Petrov", "direct", "CSTO")]


def test_a_press_service_says_what_the_drills_involve(rows):
    text = ("The press service of Russia's Southern Military District said the exercises also "
            "involve officers of the CSTO Joint Staff.")
    [(speaker, kind, quote, _, _)] = claims(rows, text)
    assert (speaker, kind) == ("The press service of Russia's Southern Military District",
                               "reported")
    assert quote == "the exercises also involve officers of the CSTO Joint Staff"


def test_an_ambassador_speaks_for_the_country_that_sent_him(rows):
    text = ("The U.S. Embassy says U.S. Ambassador to Kyrgyzstan Lesslie Viguerie opened the "
            "drills.\n\n"
            '"The drills strengthen our partnership with the region," Ambassador Viguerie said.'
            "\n\n"
            '"We will train together again next year," said Ambassador Daniel Rosenblum, the '
            "U.S. ambassador to the Republic of Uzbekistan.")
    got = claims(rows, text)
    assert [(g[0], g[4]) for g in got] == [("Lesslie Viguerie", "USA"),
                                          ("Daniel Rosenblum", "USA")]


def test_leaders_including_one_speak_in_a_declaration_and_its_document_reads(rows):
    text = ("Peace in the region depends on Afghanistan, the leaders of CSTO member states, "
            "including Kazakh President Kassym-Jomart Tokayev, said in the Astana Declaration "
            "adopted on Thursday.\n\n"
            '"The member states will hold joint drills every year," the document reads.')
    got = claims(rows, text, "2024-11-28")
    assert [(g[0], g[1], g[4]) for g in got] == [
        ("the leaders of CSTO member states", "reported", "CSTO"),
        ("CSTO", "direct", "CSTO")]  # the document of the body named before it
    assert got[0][2] == "Peace in the region depends on Afghanistan"


def test_a_relative_that_is_not_what_was_said(rows):
    text = ("Defence Minister Ali Karimov stressed the importance of a border force in "
            "Badakhshan that would stop the smugglers.\n\n"
            "The CSTO leaders announced a plan for the region that includes sending troops.")
    assert claims(rows, text) == []


def test_a_closing_said_with_a_participle_and_a_pronoun_after_a_named_speaker(rows):
    text = ("Kazakh Defence Minister Ruslan Zhaksylykov said on Monday the drills aim to test "
            "the readiness of the troops.\n\n"
            "It is Kazakhstan's view that the border must be reinforced, he said.\n\n"
            "The drills involving 900 troops will continue until June 10, the ministry said, "
            "noting that aircraft would take part.")
    got = claims(rows, text, "2024-06-03")
    assert [g[0] for g in got] == ["Ruslan Zhaksylykov", "Ruslan Zhaksylykov", "the ministry"]
    assert got[1][2] == "It is Kazakhstan's view that the border must be reinforced"
    assert got[2][2] == "The drills involving 900 troops will continue until June 10"


def test_an_office_of_a_country_speaks_as_the_one_named_before_or_as_itself(rows):
    text = ('"We are ready," Alexander Lukashenko stressed. "Our goal is cooperation," the '
            "President of Belarus added.\n\n"
            "However, President of Tajikistan, in the SCO meeting said that terrorism in "
            "Afghanistan is a threat to all members of the organization.")
    got = claims(rows, text)
    assert [(g[0], g[4]) for g in got] == [("Alexander Lukashenko", "BLR"),
                                          ("Alexander Lukashenko", "BLR"),
                                          ("President of Tajikistan", "TJK")]


def test_a_ministry_that_stressed_closes_the_claim(rows):
    text = "Not a single civilian was injured, the Interior Ministry of Tajikistan stressed."
    [(speaker, kind, quote, _, affiliation)] = claims(rows, text)
    assert (kind, quote, affiliation) == ("reported", "Not a single civilian was injured",
                                         "TJK-MOI")


def test_the_press_office_said_is_the_press_office_named_before(rows):
    text = ("Su-25 jets have redeployed to Tajikistan, the press office of the Southern "
            "Military District reported on Thursday.\n\n"
            '"The jets will support the motor rifle units," the press office said in a '
            "statement.")
    got = claims(rows, text)
    assert [g[0] for g in got] == ["press office of the Southern Military District"] * 2


def test_a_national_security_committee_is_that_of_the_country_named(rows):
    text = ("Tajikistan's National Security Committee said the border was calm.\n\n"
            "Kazakhstan's National Security Committee said its troops were ready.")
    got = claims(rows, text)
    assert [(g[0], g[4]) for g in got] == [("National Security Committee", "TJK-GKNB"),
                                          ("National Security Committee", "KNB")]


def test_this_was_stated_by_names_who_said_the_sentence_before(rows):
    text = ("The Frontier-2030 drills will be held in Tajikistan instead of Armenia. This was "
            "stated by the head of the CSTO joint headquarters Pavel Orlov during a briefing, "
            "RIA Novosti reports.")
    [(speaker, kind, quote, via, affiliation)] = claims(rows, text)
    assert (speaker, kind, via, affiliation) == ("Pavel Orlov", "reported", "RIA Novosti",
                                                 "CSTO")
    assert quote == "The Frontier-2030 drills will be held in Tajikistan instead of Armenia"


def test_the_agency_said_after_an_agency_the_lexicon_lacks_and_a_dateline_with_a_stop(rows):
    text = ("BAKU. KAZINFORM The first stage of the drills kicked off on April 11, the ministry "
            "of defense of Kazakhstan said.\n\n"
            "According to the Kyrgyz border protection agency, armed men crossed on Tuesday.\n\n"
            '"The intruders refused to surrender," the agency said.')
    got = claims(rows, text, "2030-04-12")
    assert got[0][2] == "The first stage of the drills kicked off on April 11"
    assert got[-1][0] == "Kyrgyz border protection agency" and got[-1][4] == "KGZ"


def test_a_ministry_in_a_capital_is_that_countrys(rows):
    [(speaker, _, _, _, affiliation)] = claims(
        rows, "The drills began on Monday, the Defence Ministry in Minsk said.")
    assert (speaker, affiliation) == ("the Defence Ministry in Minsk", "BLR-MOD")


def test_a_two_word_capital_dateline_with_a_colon_is_no_part_of_the_claim(rows):
    [(_, _, quote, _, _)] = claims(
        rows, "NEW DELHI: An Indian contingent left for Uzbekistan on Monday, a Defence "
              "Ministry statement said.")
    assert quote == "An Indian contingent left for Uzbekistan on Monday"


def test_reported_words_that_open_with_a_quote_and_a_quote_of_him(rows):
    text = ('The Tajik foreign ministry said "an emergency meeting" was held on Friday in '
            "Minsk.\n\n"
            "Tajik Prime Minister Kokhir Rasulzoda visited the border on Friday.\n\n"
            '"We will settle the border by talks," the agency quoted him as saying.')
    got = claims(rows, text, "2030-03-23")
    assert [(g[0], g[1]) for g in got] == [("The Tajik foreign ministry", "reported"),
                                          ("Kokhir Rasulzoda", "direct")]
    assert got[0][2] == '"an emergency meeting" was held on Friday in Minsk'


def test_a_long_role_between_name_and_verb_and_a_verb_in_s_before_a_name(rows):
    text = ("Han Weiguo, director of the frontier inspection bureau under the Ministry of "
            "Public Security and also chief umpire of the exercise, said the drill tested "
            "joint patrols on the Pamir highway.\n\n"
            "Li Mingyu, deputy minister of public security, said the drill shows SCO resolve "
            "against smuggling.")
    got = claims(rows, text, "2030-06-02")
    assert [(g[0], g[1], g[4]) for g in got] == [("Han Weiguo", "reported", "MPS"),
                                                ("Li Mingyu", "reported", "")]
    assert got[1][2] == "the drill shows SCO resolve against smuggling"


def test_a_two_letter_surname_before_said_is_the_person_named_in_full_before(rows):
    text = ("The talks will be held in Urumqi on March 3-4, the foreign ministry spokesman "
            "Hu Zhiqiang told reporters.\n\n"
            "The talks will cover border trade and drug trafficking, Hu said.\n\n"
            "Hu Yaobang Street was closed for the visit.")
    got = claims(rows, text, "2030-02-25")
    assert [(g[0], g[2]) for g in got][-1] == (
        "Hu Zhiqiang", "The talks will cover border trade and drug trafficking")


def test_an_agency_that_quotes_or_cites_someone_is_how_it_reached_us(rows):
    text = ('"Units from five states will practise convoy escort," news agency Kabar quotes '
            "the press office of the drills.\n\n"
            "Interfax, citing the Kyrgyz Defence Ministry, reports that 600 troops will take "
            "part.\n\n"
            "The drills ended in Osh, according to the ministry press office here on Friday.")
    got = claims(rows, text, "2030-05-10")
    assert [(g[0], g[1], g[3]) for g in got] == [
        ("the press office of the drills", "direct", "Kabar"),
        ("Kyrgyz Defence Ministry", "reported", "Interfax"),
        ("the ministry press office", "reported", ""),
    ]


def test_a_page_that_lost_the_space_after_its_full_stops(rows):
    text = ("The drills opened in Osh, the bloc said in a statement Kabar.Kg reports.Later, "
            "Prime Minister Ilgiz Asanov announced that Kyrgyzstan had left the talks.He also "
            "stated that his country would not return to them.")
    got = claims(rows, text, "2030-05-10")
    assert [(g[0], g[2]) for g in got] == [
        ("Ilgiz Asanov", "Kyrgyzstan had left the talks"),
        ("Ilgiz Asanov", "his country would not return to them"),
    ]


def test_said_name_role_and_occasion_and_for_his_part(rows):
    text = ("The drills have strengthened mutual trust, said Dilshod Karimov, the commander of "
            "the Uzbek National Guard, at a ceremony marking the end of the drills.\n\n"
            "For his part, Li Wenhua, commander of the Chinese People's Armed Police Force, "
            "said that China seeks peace in Central Asia.")
    got = claims(rows, text, "2030-05-17")
    assert [(g[0], g[2]) for g in got] == [
        ("Dilshod Karimov", "The drills have strengthened mutual trust"),
        ("Li Wenhua", "China seeks peace in Central Asia"),
    ]
    assert got[1][4] == "PAP"


def test_a_minister_named_inside_what_a_ministry_reports_speaks(rows):
    [(speaker, _, quote, _, _)] = claims(
        rows, "Terrorism requires the troops to be ready, the Kyrgyz Defence Minister Bakyt "
              "Osmonov said following the joint drills, the Defence Ministry said.", "2030-09-24")
    assert (speaker, quote) == ("Bakyt Osmonov", "Terrorism requires the troops to be ready")


def test_a_few_words_quoted_in_what_a_statement_reports_and_it_said(rows):
    text = ("The district's press office said the drills would begin on Monday.\n\n"
            'The troops will practise repelling gangs and destroying "hostile sabotage '
            'groups," the statement says.\n\n'
            "In a statement, the Tajik border service said its posts were shelled.\n\n"
            '"Shelling of our posts continues in several places," it said.')
    got = claims(rows, text, "2030-07-27")
    assert [(g[1], g[2]) for g in got][1:] == [
        ("reported", 'The troops will practise repelling gangs and destroying "hostile sabotage '
                     'groups,"'),
        ("reported", "its posts were shelled"),
        ("direct", "Shelling of our posts continues in several places"),
    ]
    assert got[-1][0] == "the Tajik border service"


def test_whom_a_statement_calls_on_is_not_who_states_it(rows):
    text = ("The SCO foreign ministers called on the Taliban authorities to form an inclusive "
            "government.\n\n"
            "The statement said that the security situation in Afghanistan is worrying.")
    got = claims(rows, text, "2030-06-21")
    assert [(g[0], g[4]) for g in got] == [("SCO", "SCO")]


def test_a_ministry_that_stated_it_in_a_press_release(rows):
    [(speaker, kind, quote, _, _)] = claims(
        rows, "The exercise will run until October 13, the Ministry of External Affairs stated "
              "in an official press release.", "2030-09-30")
    assert (speaker, quote) == ("Ministry of External Affairs",
                                "The exercise will run until October 13")


def test_the_subject_of_a_relative_clause_before_a_quote_speaks(rows):
    text = ("Kazakhstan is hosting four states for the drills, which a spokesman for "
            "Kazakhstan's armed forces told AFP were “the first of their kind”.\n\n"
            "“All the participants have arrived,” the spokesman said.")
    got = claims(rows, text, "2030-07-10")
    assert [(g[0], g[3]) for g in got] == [
        ("a spokesman for Kazakhstan's armed forces", "AFP"),
        ("a spokesman for Kazakhstan's armed forces", ""),
    ]


def test_expressed_confidence_that_and_slashed_agency_datelines(rows):
    text = ("In his opening remarks, Sadyr Japarov welcomed the guests and expressed "
            "confidence that the summit would strengthen regional cooperation.\n\n"
            "ASTANA, Sept. 1, 2030 /PRNewswire/ -- The leaders adopted a declaration on "
            "Monday, the Kazinform news agency reported.\n\n"
            "BISHKEK, June 27. /TASS/. The drills will begin on Monday, the ministry said.")
    got = claims(rows, text, "2030-09-01")
    assert [(g[0], g[2]) for g in got] == [
        ("Sadyr Japarov", "the summit would strengthen regional cooperation"),
        ("Kazinform", "The leaders adopted a declaration on Monday"),
        ("the ministry", "The drills will begin on Monday"),
    ]


def test_a_relative_that_after_a_meeting_and_a_quote_he_was_quoted_as_saying(rows):
    text = ("TASS says General Ivan Petrov, who heads the CSTO Military Committee, remarked "
            "this at a meeting of the CSTO Military Council that took place yesterday by "
            "video link.\n\n"
            '"New facilities have been identified for the coalition groups," Petrov was '
            "quoted as saying.")
    got = claims(rows, text, "2030-12-09")
    assert ("Ivan Petrov", "direct", "New facilities have been identified for the coalition "
            "groups") in [g[:3] for g in got]
    assert all(not g[2].startswith("took place") for g in got)


def test_the_border_agency_is_the_border_agency_named_before_not_the_news_agency(rows):
    text = ("Two guards were killed on the border, the Kyrgyz border protection agency says.\n\n"
            "The raiders were located on Wednesday, according to a statement published by "
            "Kyrgyz news agency Kabar.\n\n"
            "The border agency said the men attacked a guard post.")
    got = claims(rows, text, "2030-12-26")
    assert got[-1][0] == "Kyrgyz border protection agency"


def test_a_headlines_organisation_is_not_the_statements_author(rows):
    text = ("Tajikistan demands Taliban apology\n\n"
            "According to the statement, border guards located the militants at 11:15 a.m. "
            "on 24 December.")
    assert [g[0] for g in claims(rows, text, "2030-12-25")] == []


def test_china_daily_is_an_outlet_not_china(rows):
    text = ('The officers practised "tactical command and coordination drills," according to '
            "China Daily.")
    assert [g[0] for g in claims(rows, text, "2030-08-20")] == ["China Daily"]


def test_it_said_according_to_an_agency_after_a_bloc_named_before(rows):
    text = ("Leaders of the SCO signed the Qingdao Declaration on Sunday.\n\n"
            '"The inclusion of India and Pakistan has lifted cooperation to a new level," it '
            "said, according to Xinhua.")
    [(speaker, kind, _, via, _)] = claims(rows, text, "2030-06-11")
    assert (speaker, kind, via) == ("SCO", "direct", "Xinhua")


def test_people_familiar_with_the_matter_and_a_title_case_dateline_with_a_colon(rows):
    text = ("New Delhi: The military has wound up its presence at the airbase, people familiar "
            "with the matter said on Wednesday.\n\n"
            "The lease ended four years ago and was not renewed, the people said.")
    got = claims(rows, text, "2030-10-29")
    assert {g[0] for g in got} == {"people familiar with the matter"}
    assert [g[2] for g in got] == ["The military has wound up its presence at the airbase",
                                   "The lease ended four years ago and was not renewed"]


def test_the_commander_and_the_general_are_the_officer_titled_paragraphs_before(rows):
    text = ("ALMATY, May 5. The drills are aimed at threats from the south, Commander of "
            "Russia's Eastern Military District Colonel General Ivan Petrov said on Friday.\n\n"
            "The district's commander oversaw the drills at the Kapchagai range.\n\n"
            '"The focus was shaped by the situation in the region," the commander stressed.\n\n'
            '"The forces are ready," the Russian general pointed out.\n\n'
            "The units moved 300 km in two days, the press office added.\n\n"
            '"The exercise was the largest in years," the commander of Russia\'s Eastern '
            "Military District said.")
    speakers = [g[0] for g in claims(rows, text, "2030-05-05") if g[1] == "direct"]
    assert speakers == ["Ivan Petrov"] * 3


def test_the_russian_president_is_not_the_tajik_president_named_last(rows):
    text = ("Russian President Vladimir Putin discussed security with his Tajik counterpart, "
            "Emomali Rahmon, who paid a visit to Moscow. After the talks, the Russian president "
            "said that Russia had supplied Tajikistan with air defence systems.")
    [(speaker, kind, quote, _, _)] = claims(rows, text, "2030-11-23")
    assert (speaker, quote) == ("Vladimir Putin",
                                "Russia had supplied Tajikistan with air defence systems")


def test_it_was_clarified_that_names_no_one(rows):
    text = ("About 900 servicemen will take part in the drills in the Orenburg Oblast, TASS "
            "reports.\n\n"
            "In the district, it was clarified that units from Mongolia will take part.")
    assert [g[2] for g in claims(rows, text, "2030-09-20")] == [
        "About 900 servicemen will take part in the drills in the Orenburg Oblast"]


def test_the_end_of_a_list_of_countries_is_not_who_said_it(rows):
    text = ("Zenith-2030 drills began on Monday in Russia, Kazakhstan and Tajikistan, the "
            "Russian Defense Ministry said in a statement on Tuesday.")
    [(speaker, _, quote, _, _)] = claims(rows, text, "2030-09-18")
    assert speaker == "Russian Defense Ministry"
    assert quote.endswith("in Russia, Kazakhstan and Tajikistan")


def test_speech_in_single_marks_and_a_press_office_that_reported_it(rows):
    text = ("Colonel General Ivan Petrov announced on Monday that the drills would go on.\n\n"
            "‘We held over 20 drills in Tajikistan. The “Frontier” drill was the last,’ the "
            "general said.\n\n"
            "The Armenian prime minister Nikol Pashinyan said at the summit that the "
            "assessment is important, the government's press office reported.")
    got = claims(rows, text, "2030-11-08")
    assert got[1][:3] == ("Ivan Petrov", "direct",
                          "We held over 20 drills in Tajikistan. The “Frontier” drill was the last")
    assert got[2][:3] == ("Nikol Pashinyan", "reported", "the assessment is important")


def test_a_minister_speaks_for_his_countrys_ministry(rows):
    text = ("The drills are going to plan, Belarusian Defense Minister Pavel Orlov said on "
            "Monday.\n\n"
            "The talks went well, Minister of Foreign Affairs of Tajikistan Farrukh Nazarov said.")
    assert [g[4] for g in claims(rows, text, "2030-09-04")] == ["BLR-MOD", "TJK-MFA"]


def test_the_defense_ministry_statement_is_the_ministry_named_before(rows):
    text = ("Belarus will host the Zenith-2030 drills on September 1-6, the Belarusian Defense "
            "Ministry's press service said.\n\n"
            '"Joint and special drills are planned," the Defense Ministry statement said.')
    assert {g[4] for g in claims(rows, text, "2030-08-24")} == {"BLR-MOD"}


def test_the_first_verb_ends_the_subject_and_a_time_phrase_opens_no_name(rows):
    text = ("Kyrgyz officials reported firing on the border early Friday but later said the "
            "truce was being observed.\n\n"
            "The following day the Border Service of Kyrgyzstan reported that four border "
            "guards had been wounded.")
    assert [g[0] for g in claims(rows, text, "2030-04-30")] == [
        "Kyrgyz officials", "Border Service of Kyrgyzstan"]


def test_announced_it_in_a_call_is_no_claim(rows):
    text = ("Russian President Ivan Petrov will not come to Dushanbe. The Russian President "
            "announced it in a telephone conversation with Emil Sadykov.")
    assert claims(rows, text, "2030-09-14") == []


def test_a_rank_and_an_initials_dots_end_no_sentence_before_the_verb(rows):
    text = ("Col. Mark Doyle, U.S. defense attaché, noted the Amber exercise is growing more "
            "important as partner nations get closer to deploying on UN missions.")
    [(speaker, kind, quote, _, _)] = claims(rows, text, "2030-04-08")
    assert (speaker, kind) == ("Mark Doyle", "reported")
    assert quote.startswith("the Amber exercise is growing more important")


def test_gen_maj_is_a_title_and_said_the_general_is_him(rows):
    text = ("Gen. Maj. Daniyar Omarov, commander of the Kazakhstan Airmobile Forces, "
            "recognized the importance of the exercise.\n\n"
            "“The experience gained by our soldiers is very valuable,” said the general.")
    [(speaker, kind, _, _, affiliation)] = claims(rows, text, "2030-04-08")
    assert (speaker, kind, affiliation) == ("Daniyar Omarov", "direct", "KAZ")


def test_an_office_then_its_holder_is_the_holder(rows):
    text = ("Speaking at the summit, the President of Kazakhstan, Nurlan Abenov, stated that the "
            "bloc has become an effective mechanism of interstate relations.")
    [(speaker, kind, _, _, affiliation)] = claims(rows, text, "2030-07-04")
    assert (speaker, kind, affiliation) == ("Nurlan Abenov", "reported", "KAZ")


def test_a_minister_named_before_his_title_speaks_for_its_ministry(rows):
    text = ('"The units acted cohesively," said Jasur Karimov, the Minister of Defense of '
            "Uzbekistan, on the results of the joint exercises.")
    [(speaker, _, _, _, affiliation)] = claims(rows, text, "2030-09-24")
    assert (speaker, affiliation) == ("Jasur Karimov", "UZB-MOD")


def test_according_to_a_titled_spokesman_and_a_spokesman_then_his_name(rows):
    text = ("According to Taliban spokesman Nasim Haqqani, security will be established at the "
            "border. He stated that no interference would take place.\n\n"
            "In an interview, the official spokesman for the Taliban movement, Nasim Haqqani, "
            "said that relations are improving day by day.")
    got = claims(rows, text, "2030-07-06")
    assert [g[0] for g in got] == ["Nasim Haqqani"] * 3
    assert got[0][2] == "security will be established at the border"


def test_the_base_commander_and_the_defense_minister_named_before(rows):
    text = ("The base commander Oleg Markov said that warplanes took part in the drill.\n\n"
            "The airbase commander stressed that the tasks for the pilots are the same.\n\n"
            "Russian Defense Minister Ivan Petrov said that the drills are defensive. The defense "
            "minister said that the drills are not directed against third countries.")
    assert [g[0] for g in claims(rows, text, "2030-09-22")] == [
        "Oleg Markov", "Oleg Markov", "Ivan Petrov", "Ivan Petrov"]


def test_said_an_office_then_its_holders_name(rows):
    text = ("The situation in the border region is gradually stabilizing, said the head of the "
            "State Committee for National Security, Almaz Sydykov.")
    [(speaker, kind, quote, _, _)] = claims(rows, text, "2030-09-20")
    assert (speaker, kind) == ("Almaz Sydykov", "reported")
    assert quote == "The situation in the border region is gradually stabilizing"


def test_cited_as_telling_through_an_agency_and_a_member_state_is_no_verb(rows):
    got = rows(
        "The summit shoulders the mission of building consensus, Xi was cited as telling "
        "the assembled leaders, Chinese state news agency Xinhua reported. China is not a "
        "member state of the ICC and is not a party to the Rome Statute that founded it, so "
        "the court has no authority in the country.", "2025-08-31").claims
    assert [(c["speaker"], c["reported_via"], c["quote"]) for c in got] == [
        ("Xi Jinping", "Xinhua", "The summit shoulders the mission of building consensus")]


def test_an_agency_citing_a_body_and_a_statement_after_others_spoke(rows):
    text = (
        "Kyrgyz news agency AKIpress, citing the Kyrgyz Border Troops, said four men crossed "
        "into the country on Monday. Officials claimed the group fired on a patrol.\n\n"
        '"The intruders refused to surrender," a statement said.\n\n'
        "Kyrgyz officials said this was the second attack in a month."
    )
    got = [(c["speaker"], c["kind"], c["reported_via"], c["quote"])
           for c in rows(text, "2030-05-08").claims]
    assert got[0][:3] == ("Kyrgyz Border Troops", "reported", "AKIpress")
    assert ("Kyrgyz Border Troops", "direct", "", "The intruders refused to surrender") in got
    assert got[-1] == ("Kyrgyz officials", "reported", "",
                       "this was the second attack in a month")


def test_noting_that_a_body_brings_together_states_and_a_statement_is_quoted(rows):
    text = (
        "In his remarks, Zas called the delay normal, noting that no alliance brings "
        "together states that agree on everything.\n\n"
        "The press service of the Kyrgyz government reported that Japarov stated the need "
        "for talks.\n\n"
        "\u201cTalks are necessary, first of all,\u201d the statement is quoted."
    )
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2030-11-24").claims]
    # (no "states that agree on everything" said by "... brings together"; what Zas
    # noted is his)
    assert got == [
        ("Stanislav Zas", "no alliance brings together states that agree on everything"),
        ("The press service of the Kyrgyz government", "Japarov stated the need for talks"),
        ("The press service of the Kyrgyz government", "Talks are necessary, first of all"),
    ]


def test_a_state_run_daily_is_the_daily(rows):
    [c] = rows("China and Tajikistan completed a two-day joint drill in Dushanbe on Thursday, "
               "the state-run China Daily reported.", "2021-08-20").claims
    assert (c["speaker"], c["speaker_id"]) == ("China Daily", "CHINADAILY")


def test_the_minister_and_the_head_of_his_ministry_after_his_name(rows):
    text = (
        "Kazakh Defense Minister Arman Serikov reported to the president on Thursday.\n\n"
        "According to the Kazakh minister, the peacekeepers guarded 14 objects.\n\n"
        "The operation freed the security forces for other tasks, the head of the Kazakh "
        "Defense Ministry said.\n\n"
        "The troops will withdraw on January 14, President Sadyr Japarov said in a telephone "
        "conversation with Tajik President Emomali Rahmon."
    )
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2030-01-13").claims]
    assert got == [
        ("Arman Serikov", "the peacekeepers guarded 14 objects"),
        ("Arman Serikov", "The operation freed the security forces for other tasks"),
        ("Sadyr Japarov", "The troops will withdraw on January 14"),
    ]


def test_said_and_a_surname_the_military_official_and_a_later_saying_that(rows):
    text = (
        '"This highlights how the region is a focus of Chinese attention," said Kovalenko.\n\n'
        "A Tajik military official told Asia-Plus that the post was Tajik.\n\n"
        '"Tajikistan and China signed an agreement on frontier posts in 2016," the military '
        "official said.\n\n"
        "One of these posts has been built in the Murgab district, he said, noting that the "
        "posts bear plates in Chinese saying that Chinese specialists built them."
    )
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2019-02-21").claims]
    assert got == [
        ("Kovalenko", "This highlights how the region is a focus of Chinese attention"),
        ("A Tajik military official", "the post was Tajik"),
        ("A Tajik military official",
         "Tajikistan and China signed an agreement on frontier posts in 2016"),
        ("A Tajik military official", "One of these posts has been built in the Murgab district"),
    ]


def test_said_the_minister_as_an_agency_reported(rows):
    [c] = rows("ASTANA - Kazakhstan and Uzbekistan hold colossal importance for the region, said "
               "Kazakh Defense Minister, Colonel General Arman Serikov, Kazinform reported on "
               "March 29.", "2030-04-01").claims
    assert (c["speaker"], c["affiliation"], c["reported_via"]) == (
        "Arman Serikov", "KAZ-MOD", "Kazinform")
    assert c["quote"] == "Kazakhstan and Uzbekistan hold colossal importance for the region"


def test_stated_on_a_day_without_on_as_an_agency_reported(rows):
    [c] = rows("President Emomali Rahmon and General Li Wen have announced at a meeting in "
               "Dushanbe the priority of military cooperation, the press service of the Tajik "
               "president stated Sept. 6, Interfax reported.", "2030-09-06").claims
    assert (c["speaker"], c["reported_via"]) == (
        "the press service of the Tajik president", "Interfax")


def test_the_un_speaks_a_side_controls_and_a_country_before_a_full_stop(rows):
    text = ("The Taliban have seized much of the border with Tajikistan. A Taliban spokesman "
            "said the organization controls up to 70 percent of the border. The UN said the "
            "Taliban had seized 50 out of 370 districts.")
    got = [(c["speaker"], c["affiliation"], c["quote"]) for c in rows(text, "2030-07-06").claims]
    assert got == [
        ("A Taliban spokesman", "TALIBAN",
         "the organization controls up to 70 percent of the border"),
        ("UN", "UN", "the Taliban had seized 50 out of 370 districts"),
    ]


def test_the_un_is_no_meetings_body(rows):
    text = ("The SCO summit opened in Tianjin on Monday. The summit will also issue statements on "
            "the 80th anniversary of the founding of the UN.")
    assert [m["body"] for m in rows(text, "2030-09-01").meetings] == ["SCO"]


def test_a_body_by_its_initials_speaks_and_tweeted_is_a_speech_verb(rows):
    text = ("“The drill will sharpen skills in mountain warfare,” the ADGPR tweeted. "
            "“Both armies trained together,” KSPR said.")
    got = [(c["speaker"], c["speaker_id"], c["quote"]) for c in rows(text, "2030-03-12").claims]
    assert got == [("ADGPR", "anon:adgpr", "The drill will sharpen skills in mountain warfare"),
                   ("KSPR", "anon:kspr", "Both armies trained together")]


def test_a_quote_after_according_to_him_is_direct(rows):
    text = ("Colonel General Ivan Petrov said the drills had ended. According to him, \"for the "
            "first time, the grouping used drones based on experience gained in Syria.\"")
    got = [(c["speaker"], c["kind"], c["quote"]) for c in rows(text, "2030-08-10").claims]
    assert got[-1] == ("Ivan Petrov", "direct", "for the first time, the grouping used drones "
                       "based on experience gained in Syria.")


def test_a_country_before_a_comma_is_no_title_of_the_name_after_it(rows):
    text = ("The drills will be held at the Edelweiss range, 20 km from the border with "
            "Tajikistan, Colonel-General Ivan Petrov, commander of the Central Military "
            "District, told reporters.")
    [c] = rows(text, "2030-07-19").claims
    assert (c["speaker"], c["affiliation"]) == ("Ivan Petrov", "RUS-CMD")


def test_a_name_before_its_title_or_its_act_and_said_is_a_speaker(rows):
    text = ("Farhad Nazari-Tehrani Foreign Minister of Islamic Republic of Iran broke the news on "
            "Fri. and said, “The membership document has been approved by the leaders.”\n\n"
            "Nazari-Tehrani emphasized that the membership has an important impact.")
    got = [(c["speaker"], c["kind"], c["quote"]) for c in rows(text, "2030-09-17").claims]
    assert got == [
        ("Farhad Nazari-Tehrani", "direct", "The membership document has been approved by the "
                                            "leaders."),
        ("Farhad Nazari-Tehrani", "reported", "the membership has an important impact")]
    # (a rank's first word is no name: "First Deputy Defense Minister of Belarus X")
    [c] = rows("First Deputy Defense Minister of Belarus Ivan Sidorchuk said, “We must keep our "
               "powder dry.”", "2030-09-17").claims
    assert c["speaker"] == "Ivan Sidorchuk"


def test_an_agency_reporting_that_someone_said_is_how_it_reached_us(rows):
    text = ("TASS reports that speaking at the meeting Kyrgyz President Sadyr Japarov said the "
            "Organization had completed a program to reinforce the border.")
    [c] = rows(text, "2030-11-29").claims
    assert (c["speaker"], c["reported_via"], c["quote"]) == (
        "Sadyr Japarov", "TASS", "the Organization had completed a program to reinforce the "
                                 "border")


def test_quoted_by_an_agency_as_saying_and_bodies_by_their_statement_branch_or_force(rows):
    text = ("Ruslan Kadyrov, the head of the Kyrgyz security committee, was quoted by Russia’s "
            "RIA news agency as saying losses had been high. The regional branch of the Red "
            "Crescent said 9,000 people had been evacuated.\n\nThe Kyrgyz border force said in "
            "a statement late on Thursday that they were still repelling attacks. \"Shelling "
            "of our positions continues in some areas,\" it said.")
    got = [(c["speaker"], c["kind"], c["reported_via"], c["quote"])
           for c in rows(text, "2030-09-16").claims]
    assert got == [
        ("Ruslan Kadyrov", "reported", "RIA", "losses had been high"),
        ("The regional branch of the Red Crescent", "reported", "",
         "9,000 people had been evacuated"),
        ("The Kyrgyz border force", "reported", "", "they were still repelling attacks"),
        ("The Kyrgyz border force", "direct", "", "Shelling of our positions continues in "
                                                  "some areas")]
    [c] = rows("Nine people were hurt in the clashes, a statement from the Kyrgyz Health "
               "Ministry said on Friday.", "2030-09-16").claims
    assert c["speaker"] == "Kyrgyz Health Ministry"


def test_mentioned_that_reports_speech(rows):
    text = ("Minister Li Wenhao wrote to his Tajik counterpart. In the letter, Li Wenhao "
            "mentioned that the drill will boost cooperation between the forces.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2030-08-19").claims]
    assert got == [("Li Wenhao", "the drill will boost cooperation between the forces")]


def test_plain_nouns_open_a_reported_clause_and_a_that_of_its_object_is_relative(rows):
    text = ("The counter-narcotics chief Ilhom Rasulov said security forces recorded 12 armed "
            "clashes during 2029. The spokesman Karim Yusufi says investigations are ongoing into "
            "a clash that occurred on the border.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2030-01-19").claims]
    assert got == [("Ilhom Rasulov", "security forces recorded 12 armed clashes during 2029"),
                   ("Karim Yusufi", "investigations are ongoing into a clash that occurred on "
                                    "the border")]


def test_statements_released_by_a_body_and_a_state_run_agency_are_the_body_and_agency(rows):
    text = ("Three people were killed in a clash, according to statements released by Tajik "
            "border authorities. Border guards seized weapons from the group, the state-run "
            "Khovar news agency reported.")
    got = [(c["speaker"], c["speaker_id"]) for c in rows(text, "2030-01-30").claims]
    assert got == [("Tajik border authorities", "anon:tajik-border-authorities"),
                   ("Khovar", "KHOVAR")]


def test_it_opening_a_sentence_is_the_body_that_spoke_last_and_no_one_else(rows):
    text = ("The Tajik committee said the smugglers offered armed resistance. It said two of the "
            "smugglers were killed during the operation.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2030-04-17").claims]
    assert got[-1] == ("The Tajik committee", "two of the smugglers were killed during the "
                                              "operation")
    text = ("Indian Army officers said the troops trained hard. The Uzbek Army expressed its "
            "gratitude. It also said that the Uzbek Army benefitted from the training.")
    assert len(rows(text, "2030-03-06").claims) == 1


def test_a_name_with_its_title_in_apposition_speaks_for_the_envoy_s_home(rows):
    text = ("Maria Lopez, U.S. Ambassador to Kyrgyzstan, held a press conference on the drills. "
            "“We are proud of this partnership,” said Lopez.")
    assert claims(rows, text, "2031-06-01") == [
        ("Maria Lopez", "direct", "We are proud of this partnership", "", "USA")]


def test_according_to_a_person_and_his_office_the_claim_starts_after_the_office(rows):
    text = ("According to Mr. Paul Green, U.S. CENTCOM deputy director of exercises, "
            "participants will leave the drills better prepared.")
    assert claims(rows, text, "2031-06-01") == [
        ("Paul Green", "reported", "participants will leave the drills better prepared", "",
         "USA")]


def test_a_speaker_after_a_brigadier_general_s_title_and_a_long_office(rows):
    text = ('"These drills make us stronger," said Brig. Gen. Aidos Serikov, commander of '
            'Kazakhstani Airmobile Forces. "We learned a lot," said Lt. Col. Ann Reyes, the U.S. '
            "Army Central training and exercise country desk officer for Kazakhstan.")
    got = [(c["speaker"], c["affiliation"]) for c in rows(text, "2031-05-05").claims]
    assert got == [("Aidos Serikov", "KAZ"), ("Ann Reyes", "USA")]


def test_he_after_an_opening_clause_naming_another_is_the_speaker_before(rows):
    text = ("Brigadier General Ali Shekar made the comment in an interview.\n\n"
            "Shekar said that such trips serve the defense diplomacy of Iran.\n\n"
            "Elaborating on General Reza Karimi's visit to Tajikistan, he said that discussions "
            "covered the fight against terrorism.")
    got = [c["speaker"] for c in rows(text, "2031-05-19").claims]
    assert got == ["Ali Shekar", "Ali Shekar"]


def test_the_secretary_general_of_a_body_named_by_acronym_is_the_one_named_before(rows):
    text = ("CSTO plan to secure the border\n\n"
            "The plan will ensure security, CSTO Secretary-General Ivan Orlov said in Dushanbe."
            "\n\nThe CSTO Secretary-General expressed his conviction that the plan will be "
            "fully implemented within five years.\n\n"
            "Orlov also reminded that during last year's CSTO summit in Minsk, important "
            "documents were adopted.")
    got = rows(text, "2031-01-29")
    assert [c["speaker"] for c in got.claims] == ["Ivan Orlov"] * 3
    assert [(m["place"], m["attendees"]) for m in got.meetings] == [("Minsk", "")]


def test_the_kremlin_spokesman_is_the_spokesman_named_before(rows):
    text = ("According to Kremlin spokesman Pavel Orlov, the summit may also touch upon "
            'Ukraine. "It will also be on the agenda," the Kremlin spokesman said.')
    assert [c["speaker"] for c in rows(text, "2031-05-16").claims] == ["Pavel Orlov"] * 2


def test_quotes_inside_a_bodys_sentence_are_its_own_and_not_who_it_urged(rows):
    text = ("Uzbekistan’s defence ministry issued a statement on Friday.\n\n"
            "The ministry “firmly rejected” the reports as “a deliberate provocation by "
            "foreign bloggers” and urged journalists to “rely only on official information "
            "from the ministry.”")
    got = [(c["speaker"], c["affiliation"], c["quote"][:12])
           for c in rows(text, "2031-03-07").claims]
    assert got == [("defence ministry", "UZB-MOD", "rely only on")]


def test_a_quote_opening_with_the_verb_is_its_subjects_words(rows):
    text = ("Kazakh President Kassym-Jomart Tokayev “firmly condemned the shelling of border "
            "villages” on Tuesday.")
    assert [c["speaker"] for c in rows(text, "2031-03-07").claims] == ["Kassym-Jomart Tokayev"]


def test_an_embassy_that_adds_what_others_promised_speaks_both_quotes(rows):
    text = ("“Ambassador Li Wei urged Kyrgyzstan to protect Chinese workers,” the Chinese "
            "embassy in Bishkek said, adding that Kyrgyz officials promised to “strengthen the "
            "protection of foreign companies at once.”")
    got = [(c["speaker"], c["affiliation"]) for c in rows(text, "2031-03-07").claims]
    assert got == [("Chinese embassy in Bishkek", "CHN")] * 2


def test_the_embassy_is_the_one_described_paragraphs_before(rows):
    text = ("The drill began on Monday, the French Embassy in Astana said.\n\nIt runs for a "
            "week.\n\nIt has three phases.\n\nIt ends with a parade.\n\nIt is the fifth.\n\n"
            "According to the embassy, soldiers from six countries will attend the drill.")
    got = [(c["speaker"], c["affiliation"]) for c in rows(text, "2031-03-07").claims]
    assert got[-1] == ("French Embassy", "FRA")


def test_a_body_that_detailed_what_it_quoted_speaks(rows):
    text = ("“The attack was carried out with a small drone,” the Kyrgyz interior ministry "
            "detailed, noting that no one was hurt.")
    assert [c["affiliation"] for c in rows(text, "2031-03-07").claims] == ["KGZ-MOI"]


def test_one_word_before_a_persons_office_in_apposition_is_a_name(rows):
    text = "Serikbayev, the presidential aide, said that the troops will leave within a week."
    assert [c["speaker"] for c in rows(text, "2031-01-09").claims] == ["Serikbayev"]


def test_a_subject_after_an_opening_participle_clause_speaks(rows):
    text = ("Stressing that the request went to the bloc, of which Uzbekistan is a member, "
            "Defence Minister Anvar Tursunov clarified that no foreign troops will stay.")
    [c] = rows(text, "2031-01-09").claims
    assert (c["speaker"], c["quote"]) == ("Anvar Tursunov", "no foreign troops will stay")


def test_told_a_local_newspaper_closes_a_reported_claim(rows):
    text = ("Kyrgyzstan asked the bloc for help in January, Foreign Minister Aibek Osmonov told "
            "local newspaper, Kabar reports.")
    [c] = rows(text, "2031-01-09").claims
    assert (c["speaker"], c["quote"]) == ("Aibek Osmonov",
                                          "Kyrgyzstan asked the bloc for help in January")


def test_a_sentence_that_only_says_who_informed_attributes_the_one_before(rows):
    text = ("Fire on the Kyrgyz-Uzbek border has been completely stopped. The Border Service "
            "of Kyrgyzstan informed Kabar news agency.\n\nThe road to Osh is open again. Press "
            "service of the Osh mayor's office reported.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-04-30").claims]
    assert got == [("The Border Service of Kyrgyzstan",
                    "Fire on the Kyrgyz-Uzbek border has been completely stopped"),
                   ("Press service of the Osh mayor's office", "The road to Osh is open again")]


def test_a_plenipotentiary_representative_is_a_title_not_a_name(rows):
    text = ("«The commission includes the First Deputy Plenipotentiary Representative of the "
            "Government in Osh region Bakyt Osmonov. The border guards withdrew,» Office of "
            "the Plenipotentiary Representative of the Government reported.")
    assert [c["speaker"] for c in rows(text, "2031-04-30").claims] == [
        "Office of the Plenipotentiary Representative of the Government"]


def test_told_an_outlet_of_several_words_leaves_them_out_of_the_claim(rows):
    text = "A well-placed source told Kabar News Agency the talks marked progress after months."
    assert [c["quote"] for c in rows(text, "2031-11-16").claims] == [
        "the talks marked progress after months"]


def test_an_office_of_capitalised_words_before_a_name_is_no_part_of_it(rows):
    text = ("The talks were useful, the Chairman of the High Council of National "
            "Reconciliation Ahmad Karimi said on Friday.")
    assert [c["speaker"] for c in rows(text, "2031-09-13").claims] == ["Ahmad Karimi"]


def test_a_spokesman_for_a_body_then_his_name_is_a_person(rows):
    text = ("The drill opened on Monday, according to Spokesman for the CSTO Joint Staff "
            "Pavel Grekov speaking to TASS.")
    assert [c["speaker"] for c in rows(text, "2031-10-21").claims] == ["Pavel Grekov"]


def test_a_director_before_a_name_is_a_title(rows):
    text = ('FSB Director Ivan Petrov has noted a "belt of instability near the southern '
            'borders" of the region.')
    assert [c["speaker"] for c in rows(text, "2031-10-11").claims] == ["Ivan Petrov"]


def test_with_experts_saying_is_the_experts(rows):
    text = ("The SCO held its first joint drill in China, with experts saying on Tuesday that "
            "the exercise showed the bloc's resolve.")
    assert [c["speaker"] for c in rows(text, "2031-07-23").claims] == ["experts"]


def test_a_passive_that_closes_a_sentence_names_no_speaker(rows):
    text = ("While local sources claim there were casualties, neither the number nor the "
            "affected side has been confirmed.")
    assert [c["speaker"] for c in rows(text, "2031-10-26").claims] == []


def test_sources_cited_by_an_outlet_are_the_sources(rows):
    text = ("Clashes erupted between border guards and militants on October 25, according to "
            "local sources cited by the Afghan outlet Hasht-e Subh.")
    assert [c["speaker"] for c in rows(text, "2031-10-26").claims] == ["local sources"]


def test_reports_named_as_a_source_speak(rows):
    text = ("According to several reports, the garrison at Kulob was moved north in the "
            "spring. Regional reports suggested the move had cost the army two helicopters.")
    assert [(c["speaker"], c["quote"]) for c in rows(text, "2031-06-02").claims] == [
        ("several reports", "the garrison at Kulob was moved north in the spring"),
        ("Regional reports", "the move had cost the army two helicopters"),
    ]


def test_the_outlets_listed_after_the_source_are_not_the_claim(rows):
    text = ("According to reports in Kazakh media, including Kursiv (published May 3, 2031) "
            "and Tengri News, and Vlast, the new depot near Almaty will hold fuel for jets.")
    got = rows(text, "2031-05-05").claims
    assert [(c["speaker"], c["quote"]) for c in got] == [
        ("reports in Kazakh media", "the new depot near Almaty will hold fuel for jets")]


def test_called_it_a_quote_is_the_callers_words(rows):
    text = ("The opposition Ata-Meken party called the treaty a \u201cquiet surrender of the "
            "valley,\u201d and Kyrgyz President Sadyr Japarov branded the deal a "
            "\u201cbetrayal of the border villages.\u201d The ministry called on both sides "
            "to \u201cshow restraint at every post.\u201d")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-04-11").claims]
    assert got == [("The opposition Ata-Meken party", "quiet surrender of the valley"),
                   ("Sadyr Japarov", "betrayal of the border villages.")]


def test_said_it_was_then_a_relative_that_keeps_what_was_said(rows):
    text = ("The Taliban has said it was behind the ambush and has published a video "
            "that it says shows the burning trucks.")
    assert [(c["speaker"], c["quote"]) for c in rows(text, "2031-03-02").claims] == [
        ("Taliban", "it was behind the ambush")]


def test_another_subject_after_and_ends_the_claim(rows):
    text = ("Kazakh officials have alleged that the two smugglers were Afghan nationals, and "
            "Kabul has dismissed the charge as invented.")
    assert [(c["speaker"], c["quote"]) for c in rows(text, "2031-03-02").claims] == [
        ("Kazakh officials", "the two smugglers were Afghan nationals")]


def test_suggested_reports_what_was_suggested_not_the_vow_after_it(rows):
    text = ("In a televised speech, President Nurlan Abenov suggested foreign agents had "
            "helped the attackers and vowed to find every one of them.")
    assert [(c["speaker"], c["quote"]) for c in rows(text, "2031-03-02").claims] == [
        ("Nurlan Abenov", "foreign agents had helped the attackers")]


def test_this_was_reported_to_an_agency_by_a_source(rows):
    text = ("Four men from Khujand were detained over the arson of the depot. This was "
            "reported to Interfax by a source in the regional police of Sughd.")
    got = rows(text, "2031-03-02").claims
    assert [(c["speaker"], c["reported_via"]) for c in got] == [
        ("a source in the regional police of Sughd", "Interfax")]


def test_a_wire_dateline_whose_dash_touches_the_first_word(rows):
    text = ("OSH (AFP) -Kyrgyz police sealed the market after the blast on Monday, two "
            "officials told AFP.")
    got = rows(text, "2031-03-02").claims
    assert [c["quote"] for c in got] == [
        "Kyrgyz police sealed the market after the blast on Monday"]


def test_the_source_is_the_source_that_spoke_not_the_body_after_it(rows):
    text = ("Six people were arrested in Tursunzoda, a source in the Tajik police told "
            "Sputnik. The Interior Ministry of Tajikistan said 40 people were questioned.\n\n"
            "\u201cAll six had returned from Turkey last month and met in one flat,\u201d "
            "the source said.\n\n"
            "Three Kyrgyz border sources told Reuters the crossing at Karamyk was shut. "
            "The market stays open, the sources said.")
    got = [c["speaker"] for c in rows(text, "2031-03-02").claims]
    assert got == ["a source in the Tajik police", "The Interior Ministry of Tajikistan",
                   "a source in the Tajik police", "Three Kyrgyz border sources",
                   "Three Kyrgyz border sources"]


def test_police_said_after_what_happened_is_the_police(rows):
    text = ("A local commander was shot dead on June 2 in Murghab, police said, adding that "
            "the killing was \"a quarrel between two smuggling gangs.\" The road to Osh was "
            "shut for a day, police said.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-06-03").claims]
    assert got == [("police", "a quarrel between two smuggling gangs."),
                   ("police", "The road to Osh was shut for a day")]


def test_an_outlet_the_lexicon_lacks_reports(rows):
    text = "Khatlon Evening News reported that two army trucks crossed the bridge at Panj."
    assert [c["speaker"] for c in rows(text, "2031-06-03").claims] == ["Khatlon Evening News"]


def test_say_opens_a_claim_and_although_locals_say_ends_it(rows):
    text = ("Kyrgyz authorities say border guards have detained eleven more men near Batken, "
            "although locals say the number is far higher. The ministry did not say how many "
            "guards were wounded, officials said.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-06-03").claims]
    assert got[0] == ("Kyrgyz authorities",
                      "border guards have detained eleven more men near Batken")
    assert [g[0] for g in got[1:]] == ["officials"]


def test_she_after_a_ministry_spoke_is_a_person_not_the_ministry(rows):
    text = ("Police in Khujand detained the blogger Nilufar Rasulova, who, according to the "
            "Interior Ministry, ran the channel. She admitted that she posted the videos but "
            "denied running the channel.")
    got = [c["speaker"] for c in rows(text, "2031-06-03").claims]
    assert got == ["Nilufar Rasulova"]


def test_a_source_of_a_person_is_the_source(rows):
    text = ("According to a source of analyst Temur Umarov, the convoy turned back at Vanj. "
            "Sources close to President Sadyr Japarov said the talks would resume in June.")
    got = [c["speaker"] for c in rows(text, "2031-06-03").claims]
    assert got == ["a source of analyst Temur Umarov", "Sources close to President Sadyr Japarov"]


def test_who_deemed_a_thing_so_is_the_subject_of_the_verb_after(rows):
    text = ('In an open letter, exiled activists from Khorog deemed the charge a "plain '
            'invention" and warned of the editor being "in danger of a long prison term".')
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-06-03").claims]
    assert got == [("exiled activists from Khorog", "in danger of a long prison term")]


def test_an_according_to_inside_another_is_who_said_it(rows):
    text = ("However, according to local Telegram channels, the number of dead may be far "
            "higher, according to the news portal Akhbor.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-06-03").claims]
    assert got == [("local Telegram channels", "the number of dead may be far higher")]


def test_she_added_after_a_ministrys_spokeswoman_is_the_spokeswoman(rows):
    text = ("The Kazakh Foreign Ministry’s official spokeswoman earlier confirmed that the "
            "minister will attend the session in Astana.\n\n"
            "The ministers are expected to approve a plan for the southern borders, she added.")
    got = [c["speaker"] for c in rows(text, "2031-06-03").claims]
    assert got == ["The Kazakh Foreign Ministry’s official spokeswoman"] * 2


def test_adding_that_then_he_said_that_is_he(rows):
    text = ("Defence Minister Ruslan Akhmedov said that the visit was useful.\n\n"
            "Adding that a deal on drones was reached, he also said that the plant would open "
            "in Dushanbe next year.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-06-03").claims]
    assert got[-1] == ("Ruslan Akhmedov", "the plant would open in Dushanbe next year")


def test_a_relative_clause_after_the_name_keeps_the_speaker(rows):
    text = ("Ivan Sergeyev, who is also the head of the ministry's Asia department, has told "
            "TASS that no observers had been invited.")
    got = [(c["speaker"], c["reported_via"]) for c in rows(text, "2031-06-03").claims]
    assert got == [("Ivan Sergeyev", "TASS")]


def test_an_adverb_between_a_name_and_its_verb(rows):
    text = ("During the talks, Farid Nazarov reportedly said that the border posts would "
            "reopen in spring.")
    assert [c["speaker"] for c in rows(text, "2031-03-06").claims] == ["Farid Nazarov"]


def test_said_in_an_interview_with_an_agency_claims_the_sentence_before(rows):
    text = ("The commander of the Panjshir front is in Dushanbe and will stay there until "
            "spring. Habib Sadeq, a former deputy governor of Badakhshan, said in an "
            "interview with TASS on Monday, the national portal Qazaq reported.")
    got = [(c["speaker"], c["quote"], c["reported_via"]) for c in rows(text, "2031-03-06").claims]
    assert got == [("Habib Sadeq", "The commander of the Panjshir front is in Dushanbe and "
                    "will stay there until spring", "TASS")]


def test_the_agency_named_after_a_comma_before_that(rows):
    text = ("Former governor Habib Sadeq told a Russian news agency, TASS on Monday that the "
            "front had opened an office in Dushanbe. Sadeqi said that the office would stay "
            "open. Earlier reports said that the office was closed in May.")
    got = [c["speaker"] for c in rows(text, "2031-03-06").claims]
    assert got == ["Habib Sadeq", "Sadeqi"]


def test_a_report_an_outlet_passes_on_is_the_reporters(rows):
    text = ("Meanwhile, the Indian daily The Hindu says that as per a report by Afghan news "
            "agency Bakhtar, the envoy carried a letter from the Tajik president to Kabul. "
            "Aleinik said that according to the CSTO rules, all decisions are made together.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-03-06").claims]
    assert got[0] == ("Bakhtar", "the envoy carried a letter from the Tajik president to Kabul")
    assert got[1][0] == "Sergei Aleinik" and got[1][1].startswith("according to the CSTO")


def test_an_agency_citing_another_after_the_speaker(rows):
    text = ("Kazakhstan has closed two crossings on the Uzbek border until Friday, "
            "presidential spokesman Ruslan Zheldibay said on Monday, Trend reports citing "
            "TASS.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-07-04").claims]
    assert got == [("Ruslan Zheldibay",
                    "Kazakhstan has closed two crossings on the Uzbek border until Friday")]


def test_rights_groups_are_a_source(rows):
    text = ("According to human rights groups, the detainees were moved to Urgench in "
            "crowded trucks.")
    assert [c["speaker"] for c in rows(text, "2031-07-04").claims] == ["human rights groups"]


def test_according_to_a_surname_the_lexicon_lacks(rows):
    text = ("Russia may lose its hold on the region, Pavel Orlov, a senior fellow of the "
            "Institute for Asian Studies, Kazan Federal University, told the Kommersant "
            "Daily.\n\nAccording to Orlov, India and Qatar have both asked about the airfield.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-07-04").claims]
    assert got == [("Pavel Orlov", "Russia may lose its hold on the region"),
                   ("Pavel Orlov", "India and Qatar have both asked about the airfield")]


def test_called_a_thing_a_quote_that_opens_with_its_article(rows):
    text = ('Afterwards, President Sadyr Japarov called the ties with Beijing "a priority of '
            'our foreign policy."')
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-07-04").claims]
    assert got == [("Sadyr Japarov", "a priority of our foreign policy.")]


def test_told_someone_described_that(rows):
    text = ("Foreign Minister Zhanbolot Osmonov reportedly told Aibek Turdiev, a member of "
            "parliament, that Tajikistan has bought the same drones.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-05-02").claims]
    assert got == [("Zhanbolot Osmonov", "Tajikistan has bought the same drones")]


def test_confirmed_the_statement_made_by_another_that(rows):
    text = ("President Sadyr Japarov confirmed the statement made by Gen. Kubat Asanov, head of "
            "the border service, that the army has ordered six more drones.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-05-02").claims]
    assert got == [("Sadyr Japarov", "the army has ordered six more drones")]


def test_hyphenated_ranks_are_titles_and_he_follows_a_participle_opening(rows):
    text = ("Kyrgyz Defence Minister Col-Gen Ruslan Mukambetov and his Kazakh counterpart, "
            "Lt-Gen Dauren Kosanov met in Osh on May 4.\n\n"
            "Thanking the hosts for the visit, Kosanov praised the drills. He said that the "
            "two armies will train together twice a year.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-05-05").claims]
    assert got == [("Dauren Kosanov", "the two armies will train together twice a year")]


def test_claim_as_a_verb_after_a_name_or_a_source_noun(rows):
    text = ("Russia claims the ambush was planned in Kabul and accuses the Taliban of hiding "
            "the men. Local reports claim the convoy was hit twice. Dushanbe has rejected the "
            "early claims its guards were involved in the firing. While local sources claim "
            "there were casualties, neither side has confirmed any.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-06-03").claims]
    assert got == [("Russia", "the ambush was planned in Kabul"),
                   ("Local reports", "the convoy was hit twice")]


def test_this_is_stated_in_a_paper_an_outlet_reported_claims_the_paragraph_before(rows):
    text = ("Kazakhstan and China will hold joint border drills every spring, Asianews "
            "reports.\n\n"
            "This is stated in the intergovernmental agreement, Radio Azattyq reported, citing "
            "the text of the agreement. The drills will be named \"Steppe Shield\" by the "
            "ministry. China will hold the exercise called \"Joint Border Shield 2031\" in May.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-01-10").claims]
    assert got == [("Radio Azattyq",
                    "Kazakhstan and China will hold joint border drills every spring")]


def test_a_people_a_leader_and_press_reports_after_the_verb_speak(rows):
    text = ("Kazakh President Kassym-Jomart Tokayev arrived in Baku on Monday.\n\n"
            "The Kazakh leader pointed out that the talks focused on defence industry ties. "
            "Earlier, the Americans said the base would close by 2034. The base hosts "
            "twelve Su-30 fighters and 300 officers, stated local press reports (see, for "
            "example, a Zakon.kz report). The fighters will leave in spring, said media reports.")
    got = [(c["speaker"], c["affiliation"], c["quote"]) for c in rows(text, "2031-05-05").claims]
    assert got == [
        ("Kassym-Jomart Tokayev", "KAZ", "the talks focused on defence industry ties"),
        ("the Americans", "USA", "the base would close by 2034"),
        ("local press reports", "", "The base hosts twelve Su-30 fighters and 300 officers"),
        ("media reports", "", "The fighters will leave in spring"),
    ]


def test_citing_a_named_spokesman_an_agency_passes_on_his_words(rows):
    text = ("Citing Major Ilya Sorokin, a spokesman for Russia's Southern Military District, "
            "Interfax reported on May 4 that two bombers have landed at the Kant air base. "
            "The base must be handed back to Kyrgyzstan, Kyrgyz lawmaker Bakyt Osmonov said "
            "on May 2, according to Vesti.kg.")
    got = [(c["speaker"], c["reported_via"], c["quote"])
           for c in rows(text, "2031-05-05").claims]
    assert got == [
        ("Ilya Sorokin", "Interfax", "two bombers have landed at the Kant air base"),
        ("Bakyt Osmonov", "Vesti.kg", "The base must be handed back to Kyrgyzstan"),
    ]


def test_said_here_a_press_release_by_initials_and_indian_agencies(rows):
    text = ("The armies of Nepal and Uzbekistan on Monday began a joint exercise in "
            "Sikkim, a senior army officer said here.\n\n"
            "The drill will run until May 20, the Ministry of External Affairs (MEA) stated. "
            "The drill has been held every year since 2019, the press release by the MEA "
            "stated. \"Both armies will train for mountain warfare,\" the officer told PTI.")
    got = [(c["speaker"], c["affiliation"], c["reported_via"], c["quote"])
           for c in rows(text, "2031-05-05").claims]
    assert got == [
        ("a senior army officer", "", "",
         "The armies of Nepal and Uzbekistan on Monday began a joint exercise in Sikkim"),
        ("Ministry of External Affairs (MEA)", "MFA", "", "The drill will run until May 20"),
        ("Ministry of External Affairs (MEA)", "MFA", "",
         "The drill has been held every year since 2019"),
        ("a senior army officer", "", "PTI", "Both armies will train for mountain warfare"),
    ]


def test_sources_without_a_comma_roles_without_an_article_and_a_second_said(rows):
    text = ("According to local media Kazakhstan is sending two battalions to the border. "
            "The clash also wounded a guard, according to Abdul Rahim Sultani, deputy police "
            "chief of Faryab Province. Another border official confirmed that the clash took "
            "place on Kazakh soil and said the attackers fled. Kyrgyz officials last week "
            "announced they were sending 3,000 more troops to the border. According to the "
            "correspondents, convoys of trucks have moved south for days.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-07-13").claims]
    assert got == [
        ("local media", "Kazakhstan is sending two battalions to the border"),
        ("Abdul Rahim Sultani", "The clash also wounded a guard"),
        ("Another border official", "the clash took place on Kazakh soil"),
        ("Kyrgyz officials", "they were sending 3,000 more troops to the border"),
        ("the correspondents", "convoys of trucks have moved south for days"),
    ]


def test_an_official_described_in_a_clause_said_what_an_agency_reported(rows):
    text = ("An official at a Kazakh security agency told Reuters that reservists are on "
            "alert. The official, who was not authorized to speak to the media, said "
            "additional forces sent to the border include fighter jets, Reuters reported.")
    got = [(c["speaker"], c["reported_via"], c["quote"])
           for c in rows(text, "2031-07-13").claims]
    assert got == [
        ("An official at a Kazakh security agency", "Reuters", "reservists are on alert"),
        ("An official at a Kazakh security agency", "Reuters",
         "additional forces sent to the border include fighter jets"),
    ]


def test_an_office_then_its_holder_said_what_an_agency_reported(rows):
    text = ("Kazakh and Uzbek troops will hold joint drills at the Otar training ground in "
            "May, Deputy Commander of Kazakhstan's Southern Regional Command, Colonel Arman "
            "Zhumabekov, said on Monday, Kazinform reported. Zhang Wei, Secretary General of "
            "the SCO summed up the results of the talks, Kazinform reports.")
    got = [(c["speaker"], c["reported_via"], c["quote"])
           for c in rows(text, "2031-03-04").claims]
    assert got == [
        ("Arman Zhumabekov", "Kazinform",
         "Kazakh and Uzbek troops will hold joint drills at the Otar training ground in May"),
        ("Kazinform", "", "Zhang Wei, Secretary General of the SCO summed up the results of "
                          "the talks"),
    ]


def test_long_offices_before_and_after_a_name_and_has_told(rows):
    text = ("Kazakhstan will hold the Blue Sky-2031 drills in April next year, Deputy Chairman "
            "of the Air Defense Coordination Committee under the CIS Defense Ministers' Council "
            "Colonel-General Arman Sadykov said on Wednesday. Russia and its partners will "
            "hold a joint exercise this year, Colonel-General Ivan Petrov, the deputy chairman "
            "of the Air Defense Coordination Committee under the CIS Council of Defense "
            "Ministers, deputy chief of the Russian Aerospace Force for armaments, has told "
            "the media.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-09-01").claims]
    assert got == [
        ("Arman Sadykov", "Kazakhstan will hold the Blue Sky-2031 drills in April next year"),
        ("Ivan Petrov", "Russia and its partners will hold a joint exercise this year"),
    ]


def test_the_report_is_the_one_that_reported_last(rows):
    text = ("A report by the official IRNA news agency said the plant opened in Dushanbe on "
            "Tuesday. The report said the drone is named after a bird in the Quran.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-05-17").claims]
    assert got == [("IRNA", "the plant opened in Dushanbe on Tuesday"),
                   ("IRNA", "the drone is named after a bird in the Quran")]
    text = ("Earlier it was reported about talks on the sidelines of the SCO meeting. \"The "
            "next meeting of the SCO defence chiefs will be held in 2032,\" the report said.")
    assert rows(text, "2031-05-17").claims == []


def test_according_to_the_report_an_official_said(rows):
    text = ("A senior official told Reuters that more troops are being sent. According to "
            "the report, reservists in the capital are being summoned to recruiting posts, "
            "the official said.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-07-13").claims]
    assert got == [("A senior official", "more troops are being sent"),
                   ("A senior official",
                    "reservists in the capital are being summoned to recruiting posts")]


def test_long_subjects_agencies_citing_officials_and_an_estimate(rows):
    text = ("In Kyrgyzstan, the Ministry of Emergency Situations said four Afghan military "
            "airplanes and three military helicopters carrying 150 soldiers and airmen were "
            "allowed to land. On May 2, Kazakhstan announced the end of the operation across "
            "the country, although Almaty has not yet been declared safe. Russian news "
            "agencies, citing Defense Ministry officials, reported that the plane was shot "
            "down by air defence. The Wall Street Journal estimated that some 600 people flew "
            "over to Kyrgyzstan.")
    got = [(c["speaker"], c["affiliation"], c["quote"]) for c in rows(text, "2031-05-03").claims]
    assert got == [
        ("Ministry of Emergency Situations", "MES",
         "four Afghan military airplanes and three military helicopters carrying 150 soldiers "
         "and airmen were allowed to land"),
        ("Defense Ministry officials", "MOD", "the plane was shot down by air defence"),
        ("The Wall Street Journal", "USA", "some 600 people flew over to Kyrgyzstan"),
    ]


def test_a_doctor_and_a_consultant_with_two_descriptions(rows):
    text = ("According to Dr Rustam Aliev, two patients in Afghan army uniform were admitted "
            "to his hospital in Osh. The wreckage suggested it was a light attack plane, "
            "according to Paul Rees, director of Skyline, a U.K.-based aviation consultancy.")
    got = [(c["speaker"], c["affiliation"], c["quote"]) for c in rows(text, "2031-05-03").claims]
    assert got == [
        ("Rustam Aliev", "",
         "two patients in Afghan army uniform were admitted to his hospital in Osh"),
        ("Paul Rees", "", "The wreckage suggested it was a light attack plane"),
    ]


def test_a_company_statement_a_turkish_name_and_what_he_added(rows):
    text = ("The drones will be jointly produced by Turkish and Uzbek experts, according to a "
            "statement by the Turkish Aerospace Industries (TUSAS) on Wednesday. \"We will "
            "strengthen our ties,\" said TUSAS General Manager Ali Yıldız.\n\n"
            "The programme's manager Erol Oğuz said the drones will be assembled in Uzbekistan "
            "soon, adding that further investments are under discussion. The size of the "
            "investment is still being worked out, the manager noted. Erol Oguz also said "
            "that the plant will open in 2032.")
    got = [(c["speaker"], c["speaker_id"], c["quote"]) for c in rows(text, "2031-05-11").claims]
    assert got == [
        ("Turkish Aerospace Industries (TUSAS)", "anon:turkish-aerospace-industries-tusas",
         "The drones will be jointly produced by Turkish and Uzbek experts"),
        ("Ali Yıldız", "ali-yildiz", "We will strengthen our ties"),
        ("Erol Oğuz", "erol-oguz", "the drones will be assembled in Uzbekistan soon"),
        ("Erol Oğuz", "erol-oguz", "The size of the investment is still being worked out"),
        ("Erol Oguz", "erol-oguz", "the plant will open in 2032"),
    ]


def test_a_group_via_a_monitor_and_an_outlet_at_its_address(rows):
    text = ("Islamic State Khorasan Province fired 8 rockets at a Tajik border post, the group "
            "said in a statement released Monday, according to SITE Intelligence Group, which "
            "tracks terrorist propaganda.\n\n"
            "AKIPRESS.com on May 3 reported government representative Enamulla Samangani as "
            "saying that the projectiles fell inside Afghanistan. Three people were later "
            "arrested, he was further quoted as saying.")
    got = [(c["speaker"], c["reported_via"], c["quote"]) for c in rows(text, "2031-05-04").claims]
    assert got == [
        ("Islamic State Khorasan Province", "SITE Intelligence Group",
         "Islamic State Khorasan Province fired 8 rockets at a Tajik border post"),
        ("Enamulla Samangani", "AKIPRESS.com", "the projectiles fell inside Afghanistan"),
        ("Enamulla Samangani", "", "Three people were later arrested"),
    ]


def test_a_bracketed_dateline_an_agency_after_the_verb_and_a_denial_after_although(rows):
    text = ("Osh [Kyrgyzstan], July 7 : Afghanistan-based rockets hit the border town of Osh on "
            "Tuesday, said the Kyrgyz Foreign Ministry in an official statement. According to "
            "the ministry, no human losses have been reported, reported Khaama Press. Prior "
            "to this, the Khorasan branch of ISIS alleged that it had launched rockets at "
            "Kyrgyzstan in April, although the Kyrgyz Foreign Ministry denied this at the "
            "time. Kyrgyz defence minister Bakyt Asanov refuted claims of damage, saying: "
            "\u201cNothing of the sort happened here.\u201d")
    got = [(c["speaker"], c["reported_via"], c["quote"]) for c in rows(text, "2031-07-07").claims]
    assert got == [
        ("Kyrgyz Foreign Ministry", "",
         "Afghanistan-based rockets hit the border town of Osh on Tuesday"),
        ("Kyrgyz Foreign Ministry", "Khaama Press", "no human losses have been reported"),
        ("Khorasan branch of ISIS", "", "it had launched rockets at Kyrgyzstan in April"),
        ("Bakyt Asanov", "", "Nothing of the sort happened here."),
    ]


def test_a_joint_press_center_an_agency_with_reference_and_what_it_notes(rows):
    text = ("CSTO forces have started three special exercises in Kyrgyzstan, the joint press "
            "center of the exercise reported. In the maneuvers, 3 thousand servicemen will take "
            "part, Interfax reports with reference to press center for exercises.\n\n"
            "The agency notes that earlier the commander of the Central Military District "
            "(CMD), Alexander Lapin, said that more than 2.5 thousand servicemen would take part "
            "in the CSTO exercises.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-10-18").claims]
    assert got == [
        ("joint press center of the exercise",
         "CSTO forces have started three special exercises in Kyrgyzstan"),
        ("Interfax", "In the maneuvers, 3 thousand servicemen will take part"),
        ("Alexander Lapin",
         "more than 2.5 thousand servicemen would take part in the CSTO exercises"),
    ]


def test_initials_of_a_body_and_sources_relayed_by_a_radio(rows):
    text = ("The SCNS reported that border guards tracked the smugglers and launched an "
            "operation. According to certain sources, reported by the \"Ozodi\" radio station, "
            "the clash took place on December 24 in the Bahorak area.")
    got = [(c["speaker"], c["speaker_id"], c["reported_via"], c["quote"])
           for c in rows(text, "2031-12-25").claims]
    assert got == [
        ("SCNS", "GKNB", "", "border guards tracked the smugglers and launched an operation"),
        ("certain sources", "anon:certain-sources", "Ozodi",
         "the clash took place on December 24 in the Bahorak area"),
    ]


def test_an_envoy_named_after_his_countrys_office_and_a_noun_placed_before_its_verb(rows):
    text = ("Border clashes worried the capitals.\n\n"
            "Ruritania’s ambassador to Borduria, Ivan Petrenko, said growing unrest along the "
            "Ruritanian-Bordurian frontier had raised the stakes of border cooperation.")
    [c] = rows(text, "2031-01-10").claims
    assert (c["speaker"], c["quote"]) == (
        "Ivan Petrenko", "growing unrest along the Ruritanian-Bordurian frontier had raised "
        "the stakes of border cooperation")


def test_experts_say_analysts_note_and_a_participle_saying_without_that(rows):
    text = ("Ties between the neighbours remain cold and guarded, experts say.\n\n"
            "However, analysts note that trade across the river keeps growing every year.\n\n"
            "Amir Khan Muttaqi spoke at a gathering in Kabul. He also referred to tensions "
            "with Pakistan, saying Afghanistan should not become an arena for rivalries.\n\n"
            "He predicts that the two capitals will stay pragmatic for years.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-01-10").claims]
    assert got == [
        ("experts", "Ties between the neighbours remain cold and guarded"),
        ("analysts", "trade across the river keeps growing every year"),
        ("Amir Khan Muttaqi", "Afghanistan should not become an arena for rivalries"),
        ("Amir Khan Muttaqi", "the two capitals will stay pragmatic for years"),
    ]


def test_a_paper_citing_a_channel_a_statement_and_a_dated_report_are_not_the_speaker(rows):
    text = ("Muttaqi said the Taliban had launched an investigation into the clash, The "
            "Steppe Post reports, citing the Amu TV.\n\n"
            "The group’s political office in a statement said its delegation had spent five "
            "days in the country.\n\n"
            "A United Nations report from December indicated that the militants have fighters "
            "across several provinces.")
    got = [(c["speaker"], c["reported_via"], c["quote"]) for c in rows(text, "2031-01-10").claims]
    assert got == [
        ("Amir Khan Muttaqi", "Amu TV", "the Taliban had launched an investigation into the clash"),
        ("The group’s political office", "",
         "its delegation had spent five days in the country"),
        ("United Nations report", "", "the militants have fighters across several provinces"),
    ]


def test_a_capital_speaks_for_its_government_but_not_what_it_denies(rows):
    text = ("Beijing says security in Xinjiang is under threat from militant separatists.\n\n"
            "Moscow has always vehemently denied the accusations that it wants to send troops "
            "into the country.")
    got = [(c["speaker"], c["affiliation"], c["quote"]) for c in rows(text, "2031-06-27").claims]
    assert got == [("Beijing", "CHN", "security in Xinjiang is under threat from militant "
                                      "separatists")]


def test_a_subject_that_acts_then_speaks_in_a_participle_and_a_ministry_of_a_capital(rows):
    text = ("Border posts reported a drone strike near the river.\n\n"
            "The Afghan government denied responsibility, stating the attack was carried out "
            "by a circle aiming to sow distrust.\n\n"
            "In a terse statement, Kabul’s Foreign Ministry decried the violence, asserting that "
            "“initial information suggests elements involved may seek to sow chaos.”\n\n"
            "The Chinese embassy in Dushanbe confirmed the deaths and issued a red alert: “All "
            "citizens must vacate the border areas immediately.”\n\n"
            "Dushanbe says the perpetrators were criminal groups located in the neighbouring "
            "country, while Islamabad has seized on the incident to accuse Kabul.\n\n"
            "Analysts suspect that militants who operate camps in Badakhshan carried out the "
            "attack.")
    got = [(c["speaker"], c["affiliation"], c["kind"], c["quote"])
           for c in rows(text, "2031-11-28").claims]
    assert got == [
        ("The Afghan government", "AFG", "reported",
         "the attack was carried out by a circle aiming to sow distrust"),
        ("Kabul’s Foreign Ministry", "AFG-MFA", "direct",
         "initial information suggests elements involved may seek to sow chaos."),
        ("The Chinese embassy in Dushanbe", "CHN", "direct",
         "All citizens must vacate the border areas immediately."),
        ("Dushanbe", "TJK", "reported",
         "the perpetrators were criminal groups located in the neighbouring country"),
        ("Analysts", "", "reported",
         "militants who operate camps in Badakhshan carried out the attack"),
    ]


def test_a_page_that_lost_its_spaces_and_a_government_told_through_a_paper(rows):
    text = ("The embassy condemned the attack on Friday.Three workers were killed in a drone "
            "attack launched from across the border, Tajikistan's government said on Thursday, "
            "reported the Times of Central Asia on Friday.The attack targeted a camp in the "
            "Khatlon region on Wednesday night, according to the Ministry of Foreign Affairs, "
            "the report said.\n\n"
            "According to Asia Plus website, the attack took place in the Shamsiddin Shohin "
            "district.")
    got = [(c["speaker"], c["reported_via"], c["quote"]) for c in rows(text, "2031-11-28").claims]
    assert got == [
        ("Tajikistan's government", "Times of Central Asia",
         "Three workers were killed in a drone attack launched from across the border"),
        ("Ministry of Foreign Affairs", "",
         "The attack targeted a camp in the Khatlon region on Wednesday night"),
        ("Asia Plus", "", "the attack took place in the Shamsiddin Shohin district"),
    ]


def test_a_participle_of_speech_after_an_act_is_the_subjects_but_not_after_said(rows):
    text = ("Minister of Defense Aziz Karimi, in a meeting with Tajikistan’s Defense Minister "
            "Emomali Sobirzoda, called the talks useful. Karimi pointed to the ties of the two "
            "countries, adding that Iran attaches great importance to its relations with its "
            "neighbour.\n\n"
            "Tajik officials said this was the third armed attack from Afghanistan in the past "
            "month, adding that previous incidents had wounded civilians.")
    got = [(c["speaker"], c["affiliation"], c["quote"]) for c in rows(text, "2031-04-15").claims]
    assert got == [
        ("Aziz Karimi", "", "Iran attaches great importance to its relations with its neighbour"),
        ("Tajik officials", "TJK",
         "this was the third armed attack from Afghanistan in the past month"),
    ]


def test_a_surname_after_an_opening_participles_clause_and_a_verb_in_the_present(rows):
    text = ("Stating that Central Asia has a special position in Iran's foreign policy, "
            "Karimi said the president's first visit to Tajikistan shows the country's "
            "importance.")
    [c] = rows(text, "2031-06-01").claims
    assert (c["speaker"], c["quote"]) == (
        "Karimi", "the president's first visit to Tajikistan shows the country's importance")


def test_informed_that_is_speech_but_stated_this_during_and_well_informed_are_not(rows):
    text = ("Lieutenant General Marat Serikov informed that in 2031 more than 160 operational "
            "events are planned.\n\n"
            "Minister Serikov stated this during an expanded meeting of the ministry's board, "
            "the ministry reported.\n\n"
            "\u201cThe neighbours want calm on the border,\u201d said a well-informed diplomat.")
    got = [(c["speaker"], c["kind"], c["quote"]) for c in rows(text, "2031-01-15").claims]
    assert got == [
        ("Marat Serikov", "reported", "in 2031 more than 160 operational events are planned"),
        ("the ministry", "reported",
         "Minister Serikov stated this during an expanded meeting of the ministry's board"),
        ("a well-informed diplomat", "direct", "The neighbours want calm on the border"),
    ]


def test_another_persons_surname_and_a_body_cited_by_the_agency_that_reported_it(rows):
    text = ("Gen. Rustam Karimov arrived in Kabul on Tuesday and met with Mohammad Yaqoob "
            "Mujahid, the Taliban’s Minister of Defense.\n\n"
            "Taliban spokesman Zabihullah Mujahid welcomed the new rail link.\n\n"
            "Both sides \"discussed trade and border security,\" Xinhua reported citing the "
            "Uzbek foreign ministry statement.\n\n"
            "In a statement, the Taliban’s Ministry of Defense said the discussions centered "
            "on border cooperation and direct channels.")
    got = [(c["speaker"], c["affiliation"], c["reported_via"], c["quote"])
           for c in rows(text, "2031-07-10").claims]
    assert got == [
        ("the Uzbek foreign ministry", "UZB-MFA", "Xinhua", "discussed trade and border security"),
        ("Taliban’s Ministry of Defense", "AFG-MOD", "",
         "the discussions centered on border cooperation and direct channels"),
    ]
    [m] = rows(text, "2031-07-10").meetings
    assert m["attendees"] == "Rustam Karimov;Mohammad Yaqoob Mujahid"


def test_the_ministers_office_after_the_quote_is_the_one_titled_so_or_an_unnamed_minister(rows):
    text = ("Uzbek Defense Minister Abdusalom Azizov received the Kyrgyz delegation on June 12."
            "\n\n"
            "“We hope the new framework will make joint measures possible,” the Uzbek defense "
            "minister said.\n\n"
            "The drill will enhance coordination between the anti-terrorism forces, said the "
            "Chinese Minister of Public Security.")
    got = [(c["speaker"], c["affiliation"]) for c in rows(text, "2031-06-13").claims]
    assert got == [("Abdusalom Azizov", "UZB-MOD"),
                   ("the Chinese Minister of Public Security", "CHN")]


def test_a_wire_dateline_before_a_quoted_name_and_stressing_that_after_an_act(rows):
    text = ("BISHKEK. KAZINFORM «Cobalt-2031» joint exercise of the bloc's special forces "
            "started Wednesday at the Edelweiss training ground, the Ministry of Internal "
            "Affairs said, KABAR reports.\n\n"
            "Secretary General Ivan Petrov praised the special forces, stressing that more than "
            "500 people were involved.")
    got = [(c["speaker"], c["reported_via"], c["quote"]) for c in rows(text, "2031-08-04").claims]
    assert got == [
        ("Ministry of Internal Affairs", "KABAR",
         "«Cobalt-2031» joint exercise of the bloc's special forces started Wednesday at the "
         "Edelweiss training ground"),
        ("Ivan Petrov", "", "more than 500 people were involved"),
    ]


def test_a_deputy_national_security_adviser_after_the_quote_is_named(rows):
    text = ("\"Joint measures of the member states against threats from Afghanistan were "
            "approved,\" said deputy NSA Dattatray Rao.")
    [c] = rows(text, "2031-10-14").claims
    assert (c["speaker"], c["kind"]) == ("Dattatray Rao", "direct")


def test_a_statement_published_on_a_website_and_a_movements_foreign_ministry(rows):
    text = ("The foreign minister visited Kabul and discussed joint projects, according to a "
            "statement by the Foreign Ministry of Turkmenistan published on its website.\n\n"
            "The ministers discussed the pipeline, according to a Taliban foreign ministry "
            "statement.")
    got = [(c["speaker"], c["affiliation"]) for c in rows(text, "2031-11-02").claims]
    assert got == [("Foreign Ministry of Turkmenistan", "TKM-MFA"),
                   ("a Taliban foreign ministry statement", "AFG-MFA")]


def test_an_opening_adverb_and_a_date_before_a_name_and_its_office(rows):
    text = ("Most recently, in April 2031, Viktor Zolotarev, the chief of Belarus’s border "
            "agency (BBA), stated that 2,000 militants were massing near the frontier.\n\n"
            "In turn, the head of the Defense Ministry of Tajikistan Sherali Mirzo said that the "
            "situation is of particular concern.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-10-01").claims]
    assert got == [("Viktor Zolotarev", "2,000 militants were massing near the frontier"),
                   ("Sherali Mirzo", "the situation is of particular concern")]


def test_an_agency_citing_a_ministry_as_saying_and_the_news_agency_after_it(rows):
    text = ("Kyrgyzstan has closed two crossings in its restive Batken province, Russia's RIA "
            "news agency cited the Kyrgyz border service as saying on Monday. The news agency "
            "said members of an \"armed gang\" had fired on a patrol near the village of Ak-Sai.")
    got = [(c["speaker"], c["affiliation"], c["reported_via"], c["quote"])
           for c in rows(text, "2031-05-18").claims]
    assert got == [
        ("the Kyrgyz border service", "KGZ", "RIA",
         "Kyrgyzstan has closed two crossings in its restive Batken province"),
        ("RIA", "RUS", "",
         'members of an "armed gang" had fired on a patrol near the village of Ak-Sai'),
    ]


def test_said_an_agency_citing_a_press_center_and_according_to_the_agency_after(rows):
    text = ("Police launched an operation against a gang that blocked the Osh-Sary-Tash "
            "highway, said state news agency Kabar, citing the press center of the Ministry of "
            "Internal Affairs.\n\n"
            "According to the agency, on May 17, members of the gang blocked the road near "
            "the border.")
    got = [(c["speaker"], c["reported_via"]) for c in rows(text, "2031-05-18").claims]
    assert got == [("the press center of the Ministry of Internal Affairs", "Kabar"),
                   ("Kabar", "")]


def test_a_known_surname_opening_another_name_told_an_agency_by_telephone(rows):
    text = ("Border units have left Murghab, spokesman for the district administration Rakhmon "
            "Davlatov told Itar-Tass by telephone on Friday. He stressed that the withdrawal "
            "was one of the points of the agreement signed last night.")
    got = [(c["speaker"], c["reported_via"]) for c in rows(text, "2031-08-24").claims]
    assert got == [("Rakhmon Davlatov", "Itar-Tass"), ("Rakhmon Davlatov", "")]


def test_an_agency_edition_citing_services_as_saying_that(rows):
    text = ("When the border service reported another crossing on June 10, Sputnik-Kyrgyzstan "
            "cited security services as saying that Kyrgyz authorities had registered 14 "
            "incursions since January.")
    got = [(c["speaker"], c["reported_via"], c["quote"]) for c in rows(text, "2031-07-05").claims]
    assert got == [("security services", "Sputnik",
                    "Kyrgyz authorities had registered 14 incursions since January")]


def test_a_denial_is_the_claim_not_what_it_denies(rows):
    text = ("Local residents say three Kyrgyz soldiers died. The Kyrgyz military denied that "
            "anyone was killed by friendly fire.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-01-03").claims]
    assert got == [("Local residents", "three Kyrgyz soldiers died"),
                   ("The Kyrgyz military", "denied that anyone was killed by friendly fire")]


def test_told_an_outlet_today_without_that(rows):
    text = ("Kyrgyz security officials told RFE/RL today the fighting took place on May 27 in "
            "Ak-Sai.")
    got = [(c["speaker"], c["reported_via"], c["quote"]) for c in rows(text, "2031-06-01").claims]
    assert got == [("Kyrgyz security officials", "RFE/RL",
                    "the fighting took place on May 27 in Ak-Sai")]


def test_the_statement_of_the_body_that_issued_one_quoted_whole_and_hearsay(rows):
    text = ("Kyrgyz border guards killed an intruder, Kabar news agency reported on Monday.\n\n"
            "The report further states that the country's Border Service at the State Committee "
            "for National Security (SCNS) also issued a statement in this regard yesterday.\n\n"
            "\u201cA clash between a patrol and an armed group took place near the "
            "\u201cKok-Tash\u201d post early Saturday,\u201d according to the report, the "
            "statement stated.\n\n"
            "They are said to have crossed over from the Batken region of Tajikistan.")
    got = [(c["speaker"], c["kind"], c["quote"]) for c in rows(text, "2031-03-07").claims]
    assert got == [
        ("Kabar", "reported", "Kyrgyz border guards killed an intruder"),
        ("State Committee for National Security", "direct",
         "A clash between a patrol and an armed group took place near the \u201cKok-Tash\u201d "
         "post early Saturday"),
    ]


def test_an_announcement_from_a_parliament_and_the_writers_comment_after_a_claim(rows):
    text = ("( Kazakhstan will reportedly build a new outpost for the border guards near "
            "Zharkent, according to an announcement from the Kazakh parliament on Thursday.\n\n"
            "A parliament spokesperson said that no foreign troops will be stationed at the "
            "facility, raising the question of who will pay for it.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-10-29").claims]
    assert got == [
        ("the Kazakh parliament",
         "Kazakhstan will reportedly build a new outpost for the border guards near Zharkent"),
        ("A parliament spokesperson", "no foreign troops will be stationed at the facility"),
    ]


def test_a_ministrys_official_website_is_the_ministry(rows):
    text = ("According to the Kazakh Defense Ministry's official website, the military "
            "representatives of six countries agreed on the concept of the exercise.")
    [c] = rows(text, "2031-03-20").claims
    assert (c["speaker"], c["affiliation"]) == ("Kazakh Defense Ministry", "KAZ-MOD")


def test_as_stated_by_an_office_and_its_holder_then_the_agency(rows):
    text = ("A battalion of drones will be formed at the Kant air base before the end of the "
            "year, as stated by the Commander of the Eastern Military District, Colonel General "
            "Ivan Sidorov, Interfax reports.")
    [c] = rows(text, "2031-05-04").claims
    assert (c["speaker"], c["reported_via"], c["quote"]) == (
        "Ivan Sidorov", "Interfax",
        "A battalion of drones will be formed at the Kant air base before the end of the year")


def test_a_headline_naming_its_speaker_before_a_colon_is_no_transcript(rows):
    text = ("Japarov: Stability in Afghanistan key to the region's security\n\n"
            "Kyrgyz President Sadyr Japarov has emphasised that stability in Afghanistan is a "
            "key factor for the security of the region.")
    got = [c["quote"] for c in rows(text, "2031-10-24").claims]
    assert got == ["stability in Afghanistan is a key factor for the security of the region"]


def test_and_opening_the_clause_of_a_second_speaker_is_not_its_name(rows):
    text = ("Defense Minister Baktybek Bekbolotov said all sections of the armed forces had been "
            "placed on alert, and the Russian company Interfax reported that the president had "
            "been informed of the progress of the exercises.")
    speakers = [c["speaker"] for c in rows(text, "2031-07-22").claims]
    assert "Interfax" in speakers and not any(s.startswith("and ") for s in speakers)


def test_it_was_first_reported_names_no_speaker(rows):
    text = ("The ministry said a state of emergency had been declared in Batken. It was first "
            "reported that the militants had captured the patrol.")
    assert [c["speaker"] for c in rows(text, "2031-08-26").claims] == ["The ministry"]


def test_responded_that_is_speech(rows):
    text = ("The Minister of Defense of Kazakhstan positively responded that the Armed Forces of "
            "Uzbekistan possess the most advanced weapons in the region.")
    [c] = rows(text, "2031-08-08").claims
    assert c["quote"] == ("the Armed Forces of Uzbekistan possess the most advanced weapons in "
                          "the region")


def test_as_a_body_reported_opens_its_claim(rows):
    text = ("As the Ministry of Defense reported all units of the Kyrgyz army have been put on "
            "training alert.\n\nAs Kabar reported earlier, the drills will begin on Monday in "
            "Osh.")
    got = [(c["speaker"], c["quote"]) for c in rows(text, "2031-04-04").claims]
    assert got == [("Ministry of Defense", "all units of the Kyrgyz army have been put on "
                                           "training alert"),
                   ("Kabar", "the drills will begin on Monday in Osh")]


def test_told_an_outlets_correspondent(rows):
    text = ("Military exercises will be held in Kyrgyzstan on 25-28 January, the Ministry of "
            "Defence of Kyrgyzstan told KZ-today correspondent.")
    [c] = rows(text, "2031-01-25").claims
    assert c["speaker"] == "the Ministry of Defence of Kyrgyzstan"


def test_a_known_persons_surname_as_the_text_spells_it_is_that_person(rows):
    text = ("Belarus’s Alyaksandr Lukashenka hosted the summit.\n\n"
            "Lukashenka said the absence of one member was discussed behind closed doors.")
    assert [(s, a) for s, _, _, _, a in claims(rows, text, "2030-11-24")] == [
        ("Alexander Lukashenko", "BLR")]


def test_the_countrys_dictator_is_its_president_named_before(rows):
    text = ("President of Belarus Alexander Lukashenko was angry.\n\n"
            'The Belarusian dictator added that "problems should be solved at the table."')
    assert [s for s, *_ in claims(rows, text, "2030-11-24")] == ["Alexander Lukashenko"]


def test_a_day_with_an_abbreviated_month_before_the_speaker_opens_no_subject(rows):
    text = ("Armenian Prime Minister Nikol Pashinyan spoke.\n\n"
            "On Nov. 15, Pashinyan assured that his country is not preparing to leave the "
            "bloc, although it will not take part in the next meeting of its council.")
    result = rows(text, "2030-11-24")
    assert [(c["speaker"], c["quote"][:40]) for c in result.claims] == [
        ("Nikol Pashinyan", "his country is not preparing to leave th")]
    assert all(m["start"] != "2030-11-15" for m in result.meetings)


def test_the_agency_is_the_states_agency_whose_statement_an_outlet_published(rows):
    text = ("According to a statement from the Kyrgyz border protection agency, published by "
            "the Kabar news agency, the raiders crossed on Monday.\n\n"
            "The agency said the group attacked a post.")
    assert [(s, a) for s, _, _, _, a in claims(rows, text, "2030-12-26")] == [
        ("Kyrgyz border protection agency", "KGZ")]


def test_the_subject_after_but_speaks(rows):
    text = ("The Russian government announced that it will fly citizens out.\n\n"
            "The bloc does not meddle in domestic issues but Belarus insisted that its "
            "troubles were a foreign plot.")
    assert [(s, q) for s, _, q, _, _ in claims(rows, text, "2030-01-12")][-1] == (
        "Belarus", "its troubles were a foreign plot")


def test_a_region_named_before_says_is_no_person(rows):
    text = ("Leaders will discuss security in Afghanistan, Middle East, says Kremlin\n\n"
            "The summit began Thursday in Dushanbe amid tensions in Afghanistan and the "
            "Middle East.")
    assert all("Middle East" not in m["attendees"] for m in rows(text, "2030-10-09").meetings)


def test_a_participle_clause_after_an_intro_word_opens_no_subject(rows):
    text = ("Earlier, addressing the Russia-Central Asia summit, Rahmon said the situation on "
            "the border is deteriorating.")
    assert [s for s, *_ in claims(rows, text, "2030-10-09")] == ["Emomali Rahmon"]


def test_the_diplomat_is_the_ambassador_named_before(rows):
    text = ("The Ambassador Extraordinary and Plenipotentiary of Russia to Kyrgyzstan Ivan "
            "Petrov stated in Kant that cooperation will go on.\n\n"
            "The diplomat added that the airbase is an important defense line.")
    assert [s for s, *_ in claims(rows, text, "2030-10-12")] == ["Ivan Petrov", "Ivan Petrov"]


def test_said_one_thing_but_warned_that_another_keeps_its_speaker(rows):
    text = ("Kabul and Dushanbe spoke.\n\n"
            "Amir Khan Muttaqi said both sides have built trust, but warned that some groups "
            "are trying to disrupt it.")
    assert [s for s, *_ in claims(rows, text, "2030-12-01")] == ["Amir Khan Muttaqi"]


def test_according_to_a_countrys_aide_speaks_for_that_country(rows):
    text = ("Leaders will meet.\n\n"
            "According to Russian presidential aide Ivan Sokolov, two dozen documents will be "
            "signed at the summit.")
    assert [(s, a) for s, _, _, _, a in claims(rows, text, "2030-11-27")] == [
        ("Ivan Sokolov", "RUS")]


def test_the_spokesperson_named_after_the_body_he_speaks_for_is_its(rows):
    text = ("Kazakhstan has removed the group from its list, a spokesperson for the Kazakh "
            "Foreign Ministry said on Friday.\n\n"
            "The spokesperson, Abai Temirov, said the decision followed UN practice.")
    assert [(s, a) for s, _, _, _, a in claims(rows, text, "2030-12-30")][-1] == (
        "Abai Temirov", "KAZ-MFA")


def test_according_to_a_city_based_analyst_is_a_person_and_no_place(rows):
    text = ("Russian and Uzbek forces will hold drills in Uzbekistan from July 15 to 21.\n\n"
            "According to Ivan Petrov, a Bishkek-based political analyst, the drills underscore "
            "Moscow’s role.")
    result = rows(text, "2030-07-10")
    assert [(c["speaker"], c["quote"]) for c in result.claims] == [
        ("Ivan Petrov", "the drills underscore Moscow’s role")]
    assert [x["location"] for x in result.exercises] == ["Uzbekistan"]
