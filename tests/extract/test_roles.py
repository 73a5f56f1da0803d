"""The transfer role rules (`extract/roles.py`): who supplies, who receives,
and which named rule set each, on sentences written for these tests."""

import pytest
from typer.testing import CliRunner

from armsledger.cli import app
from armsledger.extract.roles import ROLE_RULES

RULE_NAMES = [rule.name for rule in ROLE_RULES]


def _event(events, event_type):
    found = [e for e in events if e.type.value == event_type]
    assert len(found) == 1, [(e.type.value, e.supplier, e.recipient) for e in events]
    return found[0]


@pytest.mark.parametrize(
    "text, event_type, supplier, recipient, roles",
    [
        # The subject takes the trigger's side; "to X" receives.
        ("Russia delivered S-400 missile systems to India last year.", "DELIVERY", "RUS", "IND",
         [("supplier", "RUS", "agent"), ("recipient", "IND", "clause-parties")]),
        # A receiving verb's subject receives; "from X" supplies.
        ("Greece received six Rafale fighters from France.", "DELIVERY", "FRA", "GRC",
         [("supplier", "FRA", "clause-parties"), ("recipient", "GRC", "agent")]),
        # "provide X with": the object receives.
        ("China provided Pakistan with J-10 fighters.", "DELIVERY", "CHN", "PAK",
         [("supplier", "CHN", "agent"), ("recipient", "PAK", "trigger-arguments")]),
        # A demonym on the arms names their maker, who supplies.
        ("Turkey bought Russian air defense systems.", "AGREEMENT", "RUS", "TUR",
         [("supplier", "RUS", "maker-modifier"), ("recipient", "TUR", "agent")]),
        # No supplier named: the system's maker.
        ("India ordered five S-400 regiments.", "AGREEMENT", "RUS", "IND",
         [("supplier", "RUS", "system-origin"), ("recipient", "IND", "agent")]),
        # "signed with France": a party of unknown side, placed after the origin rule.
        ("Egypt signed a contract with France for 30 Rafale jets.", "AGREEMENT", "FRA", "EGY",
         [("supplier", "FRA", "system-origin"), ("recipient", "EGY", "counterpart")]),
        # A possessor of an export noun that is itself a governed trigger.
        ("Russian arms exports to Venezuela were suspended.", "SUSPENSION", "RUS", "VEN",
         [("supplier", "RUS", "trigger-arguments"), ("recipient", "VEN", "clause-parties")]),
        # The other side of a bargain; recorded under the origin rule's name.
        ("In return for its support to Russia, North Korea is seeking fighter jets.", "INTEREST", "RUS", "PRK",
         [("supplier", "RUS", "system-origin"), ("recipient", "PRK", "agent")]),
        # A sentence that names no party takes the pair the text is about.
        ("Russia sold S-300 missiles to Iran in 2007. The delivery was completed in 2016.", "DELIVERY", "RUS", "IRN",
         [("supplier", "RUS", "focus-pair"), ("recipient", "IRN", "focus-pair")]),
        # A lifted ban with no system is the last ban's.
        ("Germany halted arms exports to Saudi Arabia in 2018. The freeze was lifted in 2023.", "RESUMPTION",
         "DEU", "SAU", [("supplier", "DEU", "inherited-suspension"), ("recipient", "SAU", "inherited-suspension")]),
        # Negative: the UN, the subject, embargoes arms; it does not supply them.
        ("The UN banned arms sales to Libya.", "SUSPENSION", None, "LBY",
         [("recipient", "LBY", "clause-parties")]),
    ],
)
def test_role_rules_set_the_roles_and_say_which(analyze_text, text, event_type, supplier, recipient, roles):
    event = _event(analyze_text(text), event_type)
    assert (event.supplier, event.recipient) == (supplier, recipient)
    assert event.roles == roles


def test_role_rules_sanctioning_body_is_a_participant_not_the_supplier(analyze_text):
    event = _event(analyze_text("The UN banned arms sales to Libya."), "SUSPENSION")
    assert [(p.text, p.id) for p in event.participants] == [("UN", "UN")]


def test_role_rules_no_party_named_makes_no_event(analyze_text):
    # The S-400's maker alone is not a transfer: someone must be named.
    assert analyze_text("Officials discussed the S-400 in general terms.") == []


def test_role_rules_are_named_once_and_recorded_by_name(analyze_text):
    assert len(RULE_NAMES) == len(set(RULE_NAMES))
    events = analyze_text("Egypt signed a contract with France for 30 Rafale jets. "
                          "Greece received six Rafale fighters from France.")
    recorded = [rule for event in events for _, _, rule in event.roles]
    assert recorded and set(recorded) <= set(RULE_NAMES)


def test_explain_shows_which_rule_set_each_role(tmp_path):
    text = tmp_path / "rafale.txt"
    text.write_text("Rafale order\n\nEgypt signed a contract with France for 30 Rafale jets.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["explain", str(text), "--published", "2020-06-15"])
    assert result.exit_code == 0, result.output
    assert "event AGREEMENT asserted FRA → EGY rafale" in result.stdout
    assert "roles: supplier FRA by system-origin; recipient EGY by counterpart" in result.stdout


def test_each_of_two_agents_holds_its_role_by_the_agent_rule(analyze_text):
    events = [e for e in analyze_text("Qatar and India ordered Rafale fighters from France.")
              if e.type.value == "AGREEMENT"]
    assert sorted((e.supplier, e.recipient, tuple(e.roles)) for e in events) == [
        ("FRA", "IND", (("supplier", "FRA", events[0].roles[0][2]), ("recipient", "IND", "agent"))),
        ("FRA", "QAT", (("supplier", "FRA", events[0].roles[0][2]), ("recipient", "QAT", "agent"))),
    ]


def _transfers(events):
    return sorted((e.type.value, e.modality.value, e.supplier, e.recipient,
                   tuple(sorted({s.family for s in e.systems if s.family}))) for e in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Coordinated recipients each receive, after "to" as a preposition or a dative.
        ("Russia delivered S-400 systems to India, China and Turkey.",
         [("DELIVERY", "ASSERTED", "RUS", "CHN", ("s-400",)), ("DELIVERY", "ASSERTED", "RUS", "IND", ("s-400",)),
          ("DELIVERY", "ASSERTED", "RUS", "TUR", ("s-400",))]),
        ("China sold armed drones to Nigeria and Pakistan.",
         [("AGREEMENT", "ASSERTED", "CHN", "NGA", ()), ("AGREEMENT", "ASSERTED", "CHN", "PAK", ())]),
        # Giving words: donate, give, lend, lease.
        ("The Netherlands and Denmark donated F-16 fighter aircraft to Ukraine.",
         [("DELIVERY", "ASSERTED", "DNK", "UKR", ("f-16",)), ("DELIVERY", "ASSERTED", "NLD", "UKR", ("f-16",))]),
        ("Japan gave Vietnam six patrol boats.", [("DELIVERY", "ASSERTED", "JPN", "VNM", ())]),
        ("The United States lent two C-130 aircraft to Greece.",
         [("DELIVERY", "ASSERTED", "USA", "GRC", ("c-130",))]),
        # A lease names no side: "from" tells it. A nuclear submarine is a platform, not a WMD.
        ("India leased a nuclear submarine from Russia.", [("DELIVERY", "ASSERTED", "RUS", "IND", ())]),
        # A to-clause of purpose: the main subject's aim, not a step taken.
        ("Argentina is negotiating with China to buy JF-17 fighters.",
         [("AGREEMENT", "PLANNED", "CHN", "ARG", ("jf-17",))]),
        # Intent and commitment are plans.
        ("Norway has announced its intent to donate F-16 fighter aircraft to Ukraine.",
         [("DELIVERY", "PLANNED", "NOR", "UKR", ("f-16",))]),
        ("Denmark and Norway have announced their intent to donate F-16 fighter aircraft to Ukraine.",
         [("DELIVERY", "PLANNED", "DNK", "UKR", ("f-16",)), ("DELIVERY", "PLANNED", "NOR", "UKR", ("f-16",))]),
        ("The United States is committed to providing Patriot missiles to Ukraine.",
         [("DELIVERY", "PLANNED", "USA", "UKR", ("patriot",))]),
        # Raised subjects: "X is reported/believed to have sold" — X sold, by hearsay.
        ("China is reported to have sold armed drones to Egypt and Iraq.",
         [("AGREEMENT", "SPECULATED", "CHN", "EGY", ()), ("AGREEMENT", "SPECULATED", "CHN", "IRQ", ())]),
        ("Iran is believed to have supplied drones to Russia.", [("DELIVERY", "SPECULATED", "IRN", "RUS", ())]),
        ("Morocco took possession of its first Apache helicopters from the United States.",
         [("DELIVERY", "ASSERTED", "USA", "MAR", ("ah-64",))]),
        # Signing with a named partner: the coordinated subjects are one side, each its own event.
        ("Estonia and Latvia signed a joint contract with Germany's Diehl Defence for IRIS-T SLM air defence systems.",
         [("AGREEMENT", "ASSERTED", "DEU", "EST", ("iris-t",)), ("AGREEMENT", "ASSERTED", "DEU", "LVA", ("iris-t",))]),
        ("Russia and Iran signed a contract for S-300 missiles.", [("AGREEMENT", "ASSERTED", "RUS", "IRN", ("s-300",))]),
        # "signed a deal to buy": what was signed, not an aim.
        ("Germany signed a deal on Thursday to buy Israel's Arrow 3 missile defense system.",
         [("AGREEMENT", "ASSERTED", "ISR", "DEU", ("arrow-3",))]),
        # A contract that "is the result of negotiations" asserts them, between the contract's parties.
        ("Poland signed a contract with South Korea on Friday for 180 K2 tanks. "
         "The contract is the result of more than a year of negotiations.",
         [("AGREEMENT", "ASSERTED", "KOR", "POL", ("k2",)), ("NEGOTIATION", "ASSERTED", "KOR", "POL", ("k2",))]),
        # The tagger lemmatizes "hopes" as "hop": the trigger verbs' own forms catch it.
        ("Taiwan hopes to buy F-16 jets.", [("INTEREST", "ASSERTED", "USA", "TWN", ("f-16",))]),
        # A relative clause's antecedent is what its verb (or the verb under it) moves.
        ("The F-16 jets that Taiwan hopes to buy were built in South Carolina.",
         [("INTEREST", "ASSERTED", "USA", "TWN", ("f-16",))]),
        # A listing verb's object is what its trigger-noun subject moves.
        ("Licences for Ukraine included air defence systems of the IRIS-T SLM type and Leopard 1 tanks.",
         [("APPROVAL", "ASSERTED", "DEU", "UKR", ("iris-t", "leopard-1"))]),
        ("The Pentagon said its deliveries to Ukraine included HIMARS launchers.",
         [("DELIVERY", "ASSERTED", "USA", "UKR", ("himars",))]),
        # Negative: giving words without arms, a WMD pact.
        ("The government dispatched troops to the border.", []),
        ("The president gave a speech about the history of the navy.", []),
        ("Russia pledged nuclear weapons to nobody.", []),
    ],
)
def test_giving_words_coordinated_recipients_and_purpose(analyze_text, text, expected):
    events = [e for e in analyze_text(text) if e.type.is_transfer]
    assert _transfers(events) == expected


def test_coordinated_recipient_holds_its_role_by_the_first_ones_rule(analyze_text):
    events = analyze_text("China sold armed drones to Nigeria and Pakistan.")
    assert sorted(tuple(e.roles) for e in events) == [
        (("supplier", "CHN", "agent"), ("recipient", "NGA", "trigger-arguments")),
        (("supplier", "CHN", "agent"), ("recipient", "PAK", "trigger-arguments")),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A state's own plan to supply is the planned supply, not its interest in buying.
        ("The U.S. plans to deliver 10 AH-64 Apache helicopters to Egypt.",
         [("DELIVERY", "PLANNED", "USA", "EGY", ("ah-64",))]),
        # ... and weighing it is not yet a plan.
        ("China is considering sending lethal weapons to Russia.",
         [("DELIVERY", "SPECULATED", "CHN", "RUS", ())]),
        # A buyer's plan stays an interest.
        ("Iran plans to buy 30 Su-35 fighters from Russia.", [("INTEREST", "ASSERTED", "RUS", "IRN", ("su-35",))]),
        # A possessor of the step does it, not the one who comments on it.
        ("The United States expressed its concerns about Russia's acquisition of drones from Iran.",
         [("AGREEMENT", "ASSERTED", "IRN", "RUS", ())]),
        ("The United States welcomes today's signing of Poland's purchase of the Patriot missile defense system.",
         [("AGREEMENT", "ASSERTED", "USA", "POL", ("patriot",))]),
        # A typographic apostrophe makes the same possessive as a straight one.
        ("The Pentagon rejected Poland’s plans to provide MiG-29 fighter jets to Ukraine.",
         [("DELIVERY", "NEGATED", "POL", "UKR", ("mig-29",))]),
        ("The Pentagon rejected Poland's plans to provide MiG-29 fighter jets to Ukraine.",
         [("DELIVERY", "NEGATED", "POL", "UKR", ("mig-29",))]),
        # Look through a total or a variety to what it is of; MRAPs are armoured vehicles.
        ("Thailand will receive a total of 70 refurbished Stryker vehicles from the United States.",
         [("DELIVERY", "PLANNED", "USA", "THA", ("stryker",))]),
        ("The delivery of MRAP vehicles from the United States to Egypt was completed in August.",
         [("DELIVERY", "ASSERTED", "USA", "EGY", ())]),
        # Conjoined verbs: each keeps its own arguments, and one without an object shares its conjunct's.
        ("Russia sold and delivered S-300 systems to Iran.",
         [("AGREEMENT", "ASSERTED", "RUS", "IRN", ("s-300",)), ("DELIVERY", "ASSERTED", "RUS", "IRN", ("s-300",))]),
        # "they" after a coordination stands for every state in it.
        ("Russia and China said they will sell S-400 systems to Iran.",
         [("AGREEMENT", "PLANNED", "CHN", "IRN", ("s-400",)), ("AGREEMENT", "PLANNED", "RUS", "IRN", ("s-400",))]),
        # A group noun spelled out after a colon or dash: each listed state receives.
        ("Russia sold S-400 systems to two countries: China and Turkey.",
         [("AGREEMENT", "ASSERTED", "RUS", "CHN", ("s-400",)), ("AGREEMENT", "ASSERTED", "RUS", "TUR", ("s-400",))]),
        ("The United States approved arms sales to three Gulf states--Bahrain, Kuwait and Oman.",
         [("APPROVAL", "ASSERTED", "USA", "BHR", ()), ("APPROVAL", "ASSERTED", "USA", "KWT", ()),
          ("APPROVAL", "ASSERTED", "USA", "OMN", ())]),
        # A participle on a noun is a clause of its own: its noun is what moves, "by X" its doer,
        # and its tense its own.
        ("The Patriot missile systems ordered by Germany, Spain and Switzerland last year.",
         [("AGREEMENT", "ASSERTED", "USA", "CHE", ("patriot",)), ("AGREEMENT", "ASSERTED", "USA", "DEU", ("patriot",)),
          ("AGREEMENT", "ASSERTED", "USA", "ESP", ("patriot",))]),
        ("The Arrow 3 system, ordered by Germany in 2023, will be delivered in 2025.",
         [("AGREEMENT", "ASSERTED", "ISR", "DEU", ("arrow-3",)), ("DELIVERY", "PLANNED", "ISR", "DEU", ("arrow-3",))]),
        # What a receiver gets "donated by X" comes from X; "built by X" names only the maker.
        ("Serbia received six MiG-29 fighters donated by Belarus.", [("DELIVERY", "ASSERTED", "BLR", "SRB", ("mig-29",))]),
        ("Serbia received six MiG-29 fighters built by Russia.", [("DELIVERY", "ASSERTED", "RUS", "SRB", ("mig-29",))]),
        # Negatives: a total of something that is not arms; a group noun with no list names no one.
        ("Thailand will receive a total of 70 million dollars from the United States.", []),
        ("Russia sold S-400 systems to two countries.", [("AGREEMENT", "ASSERTED", "RUS", None, ("s-400",))]),
    ],
)
def test_plans_possessors_and_totals(analyze_text, text, expected):
    events = [e for e in analyze_text(text) if e.type.is_transfer]
    assert _transfers(events) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Announcing a sale makes it; what one announces as its object is its own step.
        ("The U.S. Embassy in Accra announced the sale of four Bell 412 helicopters to the Ghana Air Force.",
         [("AGREEMENT", "ASSERTED", "USA", "GHA", ("bell-412",))]),
        # A dateline's place is not the subject the parser may take it for.
        ("KAMPALA, Uganda --- The United States Embassy in Kampala announces the sale of four Bell 412 "
         "helicopters to the Uganda Air Force.",
         [("AGREEMENT", "ASSERTED", "USA", "UGA", ("bell-412",))]),
        ("United States Announces Sale of Helicopters to Uganda\nKAMPALA, Uganda --- The United States "
         "Embassy in Kampala announces the sale of four Bell 412 helicopters to the Uganda Air Force.",
         [("AGREEMENT", "ASSERTED", "USA", "UGA", ("bell-412",))]),
        ("WASHINGTON -- The State Department approved the sale of F-16 jets to Taiwan.",
         [("APPROVAL", "ASSERTED", "USA", "TWN", ("f-16",))]),
        ("Greece announced plans to buy 24 Rafale jets.",
         [("INTEREST", "ASSERTED", "FRA", "GRC", ("rafale",))]),
        # ... but an announced delivery is the delivery's own event, told once.
        ("Russia announced the delivery of S-400 systems to India.",
         [("DELIVERY", "ASSERTED", "RUS", "IND", ("s-400",))]),
        ("The ministry announced a new sports program for schools.", []),
        # "defense articles" are arms.
        ("Last year the Department of State authorized the export of $40 million in defense articles to Peru.",
         [("APPROVAL", "ASSERTED", "USA", "PER", ())]),
    ],
)
def test_announcements_and_defense_articles(analyze_text, text, expected):
    events = [e for e in analyze_text(text) if e.type.is_transfer]
    assert _transfers(events) == expected


@pytest.mark.parametrize(
    "text, meetings",
    [
        ("The defense ministers of Greece and Cyprus will meet in Athens next week.", [("CYP", "GRC")]),
        ("Greek Defense Minister Nikos Dendias met Cypriot Defense Minister Vasilis Palmas in Athens.",
         [("CYP", "GRC")]),
        # Meeting a need or a deadline is no meeting, and takes nothing from the delivery.
        ("The United States will meet Ukraine's urgent needs with new deliveries of Stinger missiles.", []),
        ("Greece and Cyprus met the deadline for the joint procurement.", []),
        # Speaking with a foreign official is talking; speaking to reporters, or about a state, is not.
        ("Defense Secretary Lloyd Austin spoke with Indian Defence Minister Rajnath Singh on Tuesday.",
         [("IND", "USA")]),
        ("The Russian ambassador spoke to reporters about the U.S. sanctions.", []),
    ],
)
def test_meeting_someone_not_a_need(analyze_text, text, meetings):
    events = analyze_text(text)
    assert [tuple(e.parties) for e in events if e.type.value == "MEETING"] == meetings


@pytest.mark.parametrize(
    "text, expected",
    [
        # A step of the trade that stalls does nothing itself: the buyer is no supplier of the halt.
        ("The Chilean Air Force's purchase of ten F-16 jets from the United States has stalled, officials said.",
         [("SUSPENSION", "ASSERTED", "USA", "CHL", ("f-16",))]),
        ("SANTIAGO - The Chilean Air Force's purchase of ten F-16 jets from the United States has stalled.",
         [("SUSPENSION", "ASSERTED", "USA", "CHL", ("f-16",))]),
        # ... and a ban that expires keeps the reading it had (a UN ban has no supplier state).
        ("The UN arms embargo on Iran is due to expire in October.",
         [("RESUMPTION", "PLANNED", None, "IRN", ())]),
    ],
)
def test_a_stalled_step_is_not_its_own_doer(analyze_text, text, expected):
    events = [e for e in analyze_text(text) if e.type.is_transfer]
    assert _transfers(events) == expected
