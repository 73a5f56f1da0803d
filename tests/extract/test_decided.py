"""The whole extraction, the rules' proposals decided by the shipped model,
on sentences written for the error classes of issue 8. Each row asserts
the exact set of events (an extra false event fails it)."""

import pytest


def _tuples(events):
    result = set()
    for e in events:
        if e.type.is_transfer:
            for family in sorted({s.family for s in e.systems}, key=str) or [None]:
                result.add((str(e.type), str(e.modality), e.supplier, e.recipient, family))
        else:
            result.add((str(e.type), str(e.modality), tuple(e.parties)))
    return result


CASES = [
    # Words that are not steps: a person arriving is not a delivery.
    ("The president arrived in Moscow for a visit expected to include the signing of several agreements.",
     set()),
    ("The weather in Moscow was cold on Tuesday.", set()),
    # Parties named indirectly: a possessive buyer, a company's state.
    ("Kenya's purchase of six helicopters from Bell, a U.S. company, was finalized on Tuesday.",
     {("AGREEMENT", "ASSERTED", "USA", "KEN", None)}),
    ("The State Department has made a determination approving a possible Foreign Military Sale to the "
     "Government of Peru of four C-130J transport aircraft.",
     {("APPROVAL", "ASSERTED", "USA", "PER", "c-130")}),
    ("Germany halted arms exports to Saudi Arabia on Monday.",
     {("SUSPENSION", "ASSERTED", "DEU", "SAU", None)}),
    ("Russia denied that it had delivered S-400 systems to Iran.",
     {("DELIVERY", "NEGATED", "RUS", "IRN", "s-400")}),
    ("Poland signed a contract with the United States for 32 F-35 fighter jets on Tuesday.",
     {("AGREEMENT", "ASSERTED", "USA", "POL", "f-35")}),
    ("Turkey received the first S-400 batteries from Russia in July.",
     {("DELIVERY", "ASSERTED", "RUS", "TUR", "s-400")}),
    # Giving words, coordinated parties, a raised subject, "took possession".
    ("Germany gave Ukraine 18 Leopard 2 tanks last year.",
     {("DELIVERY", "ASSERTED", "DEU", "UKR", "leopard-2")}),
    ("The Netherlands and Denmark donated F-16 fighter aircraft to Ukraine.",
     {("DELIVERY", "ASSERTED", "NLD", "UKR", "f-16"), ("DELIVERY", "ASSERTED", "DNK", "UKR", "f-16")}),
    ("Russia delivered S-400 systems to India and China.",
     {("DELIVERY", "ASSERTED", "RUS", "IND", "s-400"), ("DELIVERY", "ASSERTED", "RUS", "CHN", "s-400")}),
    ("China is reported to have sold armed drones to Egypt and Iraq.",
     {("AGREEMENT", "SPECULATED", "CHN", "EGY", None), ("AGREEMENT", "SPECULATED", "CHN", "IRQ", None)}),
    ("Morocco took possession of its first Apache helicopters from the United States.",
     {("DELIVERY", "ASSERTED", "USA", "MAR", "ah-64")}),
    ("The government dispatched troops to the border.", set()),
    # One step told as planned and, in another sentence, as done: two events (and the order one more).
    ("Thailand ordered 70 Stryker vehicles from the United States in 2018 and will receive them by 2020. "
     "The U.S. Army delivered the first four Stryker vehicles to the Royal Thai Army on Monday.",
     {("DELIVERY", "PLANNED", "USA", "THA", "stryker"), ("DELIVERY", "ASSERTED", "USA", "THA", "stryker"),
      ("AGREEMENT", "ASSERTED", "USA", "THA", "stryker")}),
    ("Russia delivered S-400 systems to India on Monday. The delivery of the S-400 systems to India was "
     "completed, Russia said.",
     {("DELIVERY", "ASSERTED", "RUS", "IND", "s-400")}),
    # Cooperation.
    ("The ministers of Chile and Spain met in Madrid on Monday to discuss defense cooperation.",
     {("MEETING", "ASSERTED", ("CHL", "ESP"))}),
    ("Australia and Japan held a joint naval exercise in the Coral Sea.",
     {("EXERCISE", "ASSERTED", ("AUS", "JPN"))}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decided_events(decide_text, text, expected):
    assert _tuples(decide_text(text)) == expected


def test_decided_events_carry_confidence_and_role_rules(decide_text):
    (event,) = decide_text("Turkey received the first S-400 batteries from Russia in July.")
    assert 0.5 < event.confidence <= 1.0
    assert event.to_record()["confidence"] == event.confidence
    assert {role for role, _, _ in event.roles} == {"supplier", "recipient"}
    assert all(rule and rule != "?" for _, _, rule in event.roles)


def test_min_confidence_drops_events_below_it(nlp):
    from armsledger.extract import EventExtractor
    from armsledger.ingest.document import make_document
    from armsledger.ledger import analyze

    text = "Turkey received the first S-400 batteries from Russia in July."
    document = make_document(text, source="<test>", published="2020-06-15")
    (everything,) = analyze([document], nlp=nlp, extractor=EventExtractor(min_confidence=0.0))
    confidences = [e.confidence for e in everything.events]
    assert confidences, "the model finds the delivery"
    above = max(confidences) + 0.01
    (strict,) = analyze([document], nlp=nlp, extractor=EventExtractor(min_confidence=above))
    assert strict.events == []


def test_loading_the_model_imports_neither_scikit_learn_nor_pandas():
    """LightGBM imports both when installed (≈ 1 s of every command's start);
    the decision layer needs neither, and either still imports afterwards."""
    import subprocess
    import sys

    probe = ("import sys\n"
             "from armsledger.extract.decide import DecisionModel\n"
             "assert DecisionModel.shipped() is not None\n"
             "print(sorted(m for m in ('sklearn', 'pandas') if m in sys.modules))\n"
             "import numpy, importlib.util\n"
             "if importlib.util.find_spec('pandas'):\n"
             "    import pandas\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
