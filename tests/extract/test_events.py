"""Events from sentences written for these tests (not taken from the gold files)."""

import pytest


def _tuples(events):
    return {
        (e.type.value, e.supplier, e.recipient, tuple(sorted({s.family for s in e.systems if s.family})), e.modality.value)
        for e in events
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia delivered the first S-400 regiment to India in December 2021.",
         ("DELIVERY", "RUS", "IND", ("s-400",), "ASSERTED")),
        ("France will deliver six more Rafale jets to Greece next year.",
         ("DELIVERY", "FRA", "GRC", ("rafale",), "PLANNED")),
        ("India signed a contract with Russia for five S-400 regiments in 2018.",
         ("AGREEMENT", "RUS", "IND", ("s-400",), "ASSERTED")),
        ("Indonesia has dropped its plan to buy Su-35 fighters from Russia.",
         ("CANCELLATION", "RUS", "IDN", ("su-35",), "ASSERTED")),
        ("Germany halted arms exports to Saudi Arabia in 2018.",
         ("SUSPENSION", "DEU", "SAU", (), "ASSERTED")),
        ("Qatar has submitted a formal request for F-35 fighters.",
         ("INTEREST", "USA", "QAT", ("f-35",), "ASSERTED")),
        ("Turkey received the first parts of the S-400 system from Russia on Friday.",
         ("DELIVERY", "RUS", "TUR", ("s-400",), "ASSERTED")),
        ("Egypt might buy more Rafale jets from France.",
         ("AGREEMENT", "FRA", "EGY", ("rafale",), "SPECULATED")),
        ("Pakistan denied reports that it had received J-10C fighters from China.",
         ("DELIVERY", "CHN", "PAK", ("j-10",), "NEGATED")),
        ("Putin lifted the ban on the delivery of S-300 missile systems to Iran.",
         ("RESUMPTION", "RUS", "IRN", ("s-300",), "ASSERTED")),
    ],
)
def test_transfer_events(analyze_text, text, expected):
    assert expected in _tuples(analyze_text(text))


def test_generic_mention_ties_to_the_system_named_before(analyze_text):
    text = ("Russia agreed to sell S-300 missiles to Iran in 2007. "
            "Russia later banned the delivery of air defense systems to Iran.")
    tuples = _tuples(analyze_text(text))
    assert ("SUSPENSION", "RUS", "IRN", ("s-300",), "ASSERTED") in tuples


def test_anaphoric_ban_is_reversed(analyze_text):
    text = ("Moscow banned the delivery of S-300 systems to Tehran in 2010. "
            "The ban was lifted in April 2015.")
    events = analyze_text(text, published="2016-01-10")
    resumption = [e for e in events if e.type.value == "RESUMPTION"]
    assert resumption and resumption[0].supplier == "RUS" and resumption[0].recipient == "IRN"
    assert resumption[0].time.start == "2015-04"


def test_visit_has_both_parties(analyze_text):
    events = analyze_text("Indian Defence Minister Rajnath Singh began a visit to Russia on Monday to discuss military ties.",
                          published="2020-06-23")
    visits = [e for e in events if e.type.value == "VISIT"]
    assert visits and visits[0].parties == ["IND", "RUS"]
    assert visits[0].time.start == "2020-06-22"


def test_value_and_quantity(analyze_text):
    events = analyze_text("India signed a $5.43 billion deal with Russia for five S-400 regiments.")
    agreement = next(e for e in events if e.type.value == "AGREEMENT")
    assert agreement.value.amount == pytest.approx(5.43e9) and agreement.value.currency == "USD"
    assert agreement.quantity == 5


@pytest.mark.parametrize(
    "text",
    [
        "Iran and the six powers reached a nuclear deal in Lausanne.",
        "The company ordered new office furniture.",
        "Officials discussed the weather and trade ties.",
    ],
)
def test_no_event_without_arms(analyze_text, text):
    assert [e for e in analyze_text(text) if e.type.is_transfer] == []


def test_evidence_points_into_the_text(analyze_text):
    text = "Headline here\n\nRussia will deliver S-300 systems to Iran, RIA said."
    (event,) = [e for e in analyze_text(text) if e.type.value == "DELIVERY"]
    assert text[event.evidence.start : event.evidence.end] == event.evidence.sentence
    assert event.rule.startswith("delivery.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States suspended Turkey from the F-35 program.",
         ("SUSPENSION", "USA", "TUR", ("f-35",), "ASSERTED")),
        ("Turkey accepted delivery of a Russian S-400 system last week.",
         ("DELIVERY", "RUS", "TUR", ("s-400",), "ASSERTED")),
        ("Washington condemned the provision of artillery shells by North Korea to Russia.",
         ("DELIVERY", "PRK", "RUS", (), "ASSERTED")),
        ("Britain has no plans to send weapons to Ukraine.",
         ("DELIVERY", "GBR", "UKR", (), "NEGATED")),
        ("The Pentagon notified Congress of the possible sale of 24 Black Hawks and Patriot missiles to Taiwan.",
         ("APPROVAL", "USA", "TWN", ("patriot",), "ASSERTED")),
        ("The UN arms embargo on Iran is due to expire in October.",
         ("RESUMPTION", None, "IRN", (), "PLANNED")),
        ("If Ankara takes delivery of the S-400 system, it will not receive the F-35.",
         ("DELIVERY", "RUS", "TUR", ("s-400",), "SPECULATED")),
    ],
)
def test_more_transfer_events(analyze_text, text, expected):
    assert expected in _tuples(analyze_text(text))


def test_itemized_list_gives_one_event_per_system(analyze_text):
    events = analyze_text("Pakistan bought 36 F-16 fighters for $1.4 billion and 115 M109 howitzers for "
                          "$52 million from the United States.")
    by_family = {e.systems[0].family: e for e in events if e.type.value == "AGREEMENT"}
    assert by_family["f-16"].quantity == 36 and by_family["f-16"].value.amount == pytest.approx(1.4e9)
    assert by_family["m109"].quantity == 115 and by_family["m109"].value.amount == pytest.approx(52e6)


@pytest.mark.parametrize(
    "text",
    [
        "There are no known offset agreements proposed in connection with this potential sale.",
        "The Defense Security Cooperation Agency delivered the required certification notifying Congress.",
        "The company has full confidence in the F-35 program and supply chain.",
    ],
)
def test_boilerplate_makes_no_transfer(analyze_text, text):
    assert [e for e in analyze_text(text) if e.type.is_transfer] == []


def test_restatements_merge_into_one_event(analyze_text):
    text = ("Russia delivers S-300 to Iran\n\n"
            "Russia has delivered S-300 air defense systems to Iran, the defense ministry said on Monday.")
    events = [e for e in analyze_text(text, published="2016-10-18") if e.type.value == "DELIVERY"]
    assert len(events) == 1
    assert len(events[0].mentions) == 1


def test_conjoined_buyers_each_get_an_event(analyze_text):
    text = "Egypt ordered 24 Rafale jets from France in 2015. Qatar and India later also ordered the fighter."
    tuples = _tuples(analyze_text(text))
    assert ("AGREEMENT", "FRA", "QAT", ("rafale",), "ASSERTED") in tuples
    assert ("AGREEMENT", "FRA", "IND", ("rafale",), "ASSERTED") in tuples


def test_signing_with_a_supplier(analyze_text):
    tuples = _tuples(analyze_text("Egypt has signed a contract with France for 30 additional Rafale jets."))
    assert ("AGREEMENT", "FRA", "EGY", ("rafale",), "ASSERTED") in tuples


@pytest.mark.parametrize("text", ["The deal was announced on May 4, 2021.", "Officials met in Hind province."])
def test_reporting_names_alone_are_not_systems(nlp, text):
    assert list(nlp(text).spans["armsledger_systems"]) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India signed a contract with Russia for five S-400 regiments in 2018. "
         "The first regiment was delivered in December 2021.",
         ("DELIVERY", "RUS", "IND", ("s-400",), "ASSERTED")),
        ("Russia agreed to supply S-300 systems to Syria in 2010. The deal was later frozen.",
         ("SUSPENSION", "RUS", "SYR", ("s-300",), "ASSERTED")),
        ("Turkey bought the S-400 from Russia in 2017. Ankara received the systems in July 2019.",
         ("DELIVERY", "RUS", "TUR", ("s-400",), "ASSERTED")),
        ("Indonesia ordered 11 Su-35 jets from Russia in 2018. Jakarta cancelled the contract in December 2021.",
         ("CANCELLATION", "RUS", "IDN", ("su-35",), "ASSERTED")),
        ("Egypt wants to buy more Rafale jets. Paris has not yet approved the sale.",
         ("APPROVAL", "FRA", "EGY", ("rafale",), "NEGATED")),
    ],
)
def test_later_sentences_refer_back(analyze_text, text, expected):
    assert expected in _tuples(analyze_text(text, published="2022-01-10"))


@pytest.mark.parametrize(
    "text",
    [
        "Arms transfers to or from North Korea would violate UN resolutions.",
        "Nobody believes Iran would use any weapon it receives for peaceful ends.",
    ],
)
def test_general_statements_are_not_transfers(analyze_text, text):
    assert [e for e in analyze_text(text) if e.type.is_transfer] == []


def test_demonym_inside_a_name_is_not_a_party(analyze_text):
    events = analyze_text("France will send weapons to the Free Syrian Army.")
    assert all(e.recipient != "SYR" for e in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Government of Chile has requested a possible sale of F-16 spare parts and training.",
         ("INTEREST", "USA", "CHL", ("f-16",), "ASSERTED")),
        ("The Iraqi government has transferred its first payment for 18 F-16 fighters.",
         ("AGREEMENT", "USA", "IRQ", ("f-16",), "ASSERTED")),
        ("The State Department has made a determination approving a possible Foreign Military Sale "
         "to the Government of Chile of F-16 support for an estimated cost of $50 million.",
         ("APPROVAL", "USA", "CHL", ("f-16",), "ASSERTED")),
    ],
)
def test_formal_notice_sentences(analyze_text, text, expected):
    assert expected in _tuples(analyze_text(text))


def test_cooperation_texts_between_the_same_states_stay_apart(analyze_text):
    text = ("The missile defense agreement was signed in Warsaw by the U.S. Secretary of State and "
            "Poland's Foreign Minister. After signing the agreement, the U.S. and Poland issued a "
            "declaration on strategic cooperation.")
    events = [e for e in analyze_text(text) if e.type.value == "COOPERATION_AGREEMENT"]
    assert sorted(e.evidence.trigger.lower() for e in events) == ["agreement", "declaration"]
    assert all(e.parties == ["POL", "USA"] for e in events)


def test_a_welcome_is_a_visit_and_a_meeting(analyze_text):
    events = analyze_text("Defense Secretary Chuck Hagel welcomed Australian Prime Minister Tony Abbott at the Pentagon.")
    assert {(e.type.value, tuple(e.parties)) for e in events} >= {("VISIT", ("AUS", "USA")), ("MEETING", ("AUS", "USA"))}


def test_named_treaty_between_announcing_states(analyze_text):
    text = ("Chile and Peru are pleased to announce that the Maritime Defense Cooperation Agreement "
            "of 2019 on the deployment of the NASAMS system within Chile has entered into force.")
    events = analyze_text(text)
    assert ("COOPERATION_AGREEMENT", ("CHL", "PER")) in {(e.type.value, tuple(e.parties)) for e in events}


def test_conjoined_removal_shares_the_possessor(analyze_text):
    text = "The decision resulted in Turkey's suspension and pending removal from the F-35 partnership."
    tuples = _tuples(analyze_text(text))
    assert ("CANCELLATION", "USA", "TUR", ("f-35",), "PLANNED") in tuples


def test_support_for_a_platform_is_a_request_for_it(analyze_text):
    text = ("The Republic of Korea has requested follow-on support and services for its F-35 aircraft, "
            "engines, and weapons.")
    assert ("INTEREST", "USA", "KOR", ("f-35",), "ASSERTED") in _tuples(analyze_text(text))


def test_habitual_sellers_are_not_a_sale(analyze_text):
    text = "China will sanction U.S. companies that sell arms to Taiwan."
    assert [e for e in analyze_text(text) if e.type.value == "AGREEMENT"] == []


def test_provide_a_state_with_arms(analyze_text):
    text = "Iran is preparing to provide Russia with several hundred drones, officials told CNN."
    assert ("DELIVERY", "IRN", "RUS", (), "PLANNED") in _tuples(analyze_text(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Belarus has shipped more than 500 containers of munitions to Russia, officials said.",
         ("DELIVERY", "BLR", "RUS", (), "ASSERTED")),
        ("The ministry said the country had never exported weapons to Russia.",
         ("DELIVERY", None, "RUS", (), "NEGATED")),
        ("Any arms trade with Eritrea is banned under UN resolutions.",
         ("SUSPENSION", None, "ERI", (), "ASSERTED")),
        ("Minsk is believed to be seeking military technology from Moscow, including fighter aircraft and drones.",
         ("INTEREST", "RUS", "BLR", (), "SPECULATED")),
    ],
)
def test_wire_story_phrasings(analyze_text, text, expected):
    assert expected in _tuples(analyze_text(text))


def test_pronoun_antecedents(analyze_text):
    text = ("Tehran has said it sent a small number of drones to Russia before the war, "
            "and that it has not supplied any since.")
    assert ("DELIVERY", "IRN", "RUS", (), "NEGATED") in _tuples(analyze_text(text))


def test_copula_complement_names_what_was_bought(analyze_text):
    text = ("The main items of Chile's arms purchases from the United States were 12 F-16 fighter aircraft "
            "for $500 million and 20 M109 howitzers for $60 million.")
    by_family = {e.systems[0].family: e for e in analyze_text(text) if e.type.value == "AGREEMENT" and e.systems}
    assert by_family["f-16"].quantity == 12 and by_family["f-16"].value.amount == pytest.approx(5e8)
    assert by_family["m109"].quantity == 20


def test_the_other_side_of_a_bargain_supplies(analyze_text):
    text = "In return for its support to Russia, Belarus is seeking military assistance."
    assert ("INTEREST", "RUS", "BLR", (), "ASSERTED") in _tuples(analyze_text(text))


def test_a_state_naming_a_deal_takes_the_side_left_open(analyze_text):
    text = "Beijing condemned the $6 billion U.S. arms deal to Taiwan."
    assert ("AGREEMENT", "USA", "TWN", (), "ASSERTED") in _tuples(analyze_text(text))


def test_news_datelines_do_not_date_transfers(analyze_text):
    text = "WASHINGTON, Sept. 28, 2011 – The Iraqi government has transferred its first payment for 18 F-16 fighters."
    (event,) = [e for e in analyze_text(text, published="2011-09-28") if e.type.value == "AGREEMENT"]
    assert event.time is None


@pytest.mark.parametrize(
    "text",
    [
        "So on the delivery of drones to Russia, what I will first say is that we are watching closely.",
        "Pakistan succeeded in its effort to produce nuclear weapons in the 1990s.",
    ],
)
def test_topics_and_weapons_of_mass_destruction_are_not_transfers(analyze_text, text):
    assert [e for e in analyze_text(text) if e.type.is_transfer] == []


@pytest.mark.parametrize(
    "text, expected, quantity, amount, currency",
    [
        ("India signed a contract worth INR 390 billion ($5.4 billion) for 36 Rafale jets from France.",
         ("AGREEMENT", "FRA", "IND", ("rafale",), "ASSERTED"), 36, 390e9, "INR"),
        ("Russia delivered two S-300PMU-2 battalions to Iran.",
         ("DELIVERY", "RUS", "IRN", ("s-300",), "ASSERTED"), 2, None, None),
        ("The United Kingdom bought eight C-17s from the United States.",
         ("AGREEMENT", "USA", "GBR", ("c-17",), "ASSERTED"), 8, None, None),
        ("Greece ordered four frigates from France for €416m.",
         ("AGREEMENT", "FRA", "GRC", (), "ASSERTED"), 4, 416e6, "EUR"),
        ("Lockheed Martin Corp., Fort Worth, Texas, has been awarded a $1.2 billion contract modification "
         "for 24 F-16 Block 70 aircraft for the government of Bulgaria under the Foreign Military Sales program.",
         ("AGREEMENT", "USA", "BGR", ("f-16",), "ASSERTED"), 24, 1.2e9, "USD"),
    ],
)
def test_numbers_and_contract_announcements(analyze_text, text, expected, quantity, amount, currency):
    events = [e for e in analyze_text(text) if _tuples([e]) == {expected}]
    assert events, _tuples(analyze_text(text))
    assert events[0].quantity == quantity
    if amount is None:
        assert events[0].value is None
    else:
        assert events[0].value.amount == pytest.approx(amount) and events[0].value.currency == currency


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India, Russia sign USD 5.43 billion S-400 deal despite US sanctions threat",
         ("AGREEMENT", "RUS", "IND", ("s-400",), "ASSERTED")),
        ("Berlin stopped approving arms sales to Riyadh in October.",
         ("SUSPENSION", "DEU", "SAU", (), "ASSERTED")),
        ("Washington imposed sanctions on Turkey's procurement agency over the country's purchase of the Russian S-400.",
         ("AGREEMENT", "RUS", "TUR", ("s-400",), "ASSERTED")),
        ("The Iran arms embargo was extended in 2007.",
         ("SUSPENSION", None, "IRN", (), "ASSERTED")),
    ],
)
def test_headlines_stops_and_embargo_targets(analyze_text, text, expected):
    assert expected in _tuples(analyze_text(text))


def test_a_proper_name_is_not_a_reference(analyze_text):
    text = ("Turkey plans to buy F-35 jets from the United States. The website offers news stories "
            "to subscribers of the AA News Broadcasting System.")
    assert [e for e in analyze_text(text) if e.type.value == "NEGOTIATION"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Indian Defence Minister Rajnath Singh held talks with his Russian counterpart Sergei Shoigu in Moscow on Wednesday.",
         ("MEETING", ("IND", "RUS"))),
        ("The defence ministers of Japan and Australia met in Tokyo on Friday to discuss closer military ties.",
         ("MEETING", ("AUS", "JPN"))),
        ("Chinese President Xi Jinping hosted Russian President Vladimir Putin in Beijing for talks on military ties.",
         ("MEETING", ("CHN", "RUS"))),
        ("Talks between the Turkish and American defence chiefs ended without agreement.",
         ("MEETING", ("TUR", "USA"))),
        ("South Korea and Poland signed a memorandum of understanding on defence industry cooperation in Warsaw.",
         ("COOPERATION_AGREEMENT", ("KOR", "POL"))),
        ("The Iranian and Russian navies held a joint naval exercise in the Gulf of Oman last month.",
         ("EXERCISE", ("IRN", "RUS"))),
    ],
)
def test_cooperation_events(analyze_text, text, expected):
    assert expected in {(e.type.value, tuple(e.parties)) for e in analyze_text(text, published="2023-05-20")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Poland has signed a $10 billion deal to buy 96 AH-64E Apache helicopters from the United States, "
         "the defence ministry said on Tuesday.", ("AGREEMENT", "USA", "POL", ("ah-64",), "ASSERTED")),
        ("Saudi Arabia is in talks with China to buy Wing Loong II drones, according to people familiar with the matter.",
         ("NEGOTIATION", "CHN", "SAU", ("wing-loong-2",), "ASSERTED")),
        ("The Philippines took delivery of two more BrahMos missile batteries from India on Friday.",
         ("DELIVERY", "IND", "PHL", ("brahmos",), "ASSERTED")),
        ("Algeria has reportedly ordered 14 Su-57 fighters from Russia, Kommersant reported, citing sources.",
         ("AGREEMENT", "RUS", "DZA", ("su-57",), "SPECULATED")),
        ("The Pentagon approved the possible sale of 250 M1A2 Abrams tanks to Poland.",
         ("APPROVAL", "USA", "POL", ("m1",), "ASSERTED")),
        ("Washington suspended the delivery of F-35 jets to Turkey after Ankara received the S-400.",
         ("SUSPENSION", "USA", "TUR", ("f-35",), "ASSERTED")),
    ],
)
def test_wire_transfers(analyze_text, text, expected):
    assert expected in _tuples(analyze_text(text, published="2023-05-20"))


def test_unnamed_ministry_speaks_for_the_state_of_its_sentence(analyze_text):
    (event,) = [e for e in analyze_text("Poland has signed a deal to buy 96 Apache helicopters from the United "
                                         "States, the defence ministry said.") if e.type.value == "AGREEMENT"]
    assert [(s.kind, s.country) for s in event.attribution] == [("institution", "POL")]
