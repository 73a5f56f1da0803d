"""The proposals the decision layer chooses among (`extract/proposals.py`):
generous, so that what a careful reader would record is among them."""

from armsledger.ingest.document import make_document
from armsledger.ledger import analyze
from armsledger.training import _Recorder


def _proposed(nlp, text):
    recorder = _Recorder()
    document = make_document(text, source="<test>", published="2020-06-15")
    list(analyze([document], nlp=nlp, extractor=recorder))
    return {group.key for group in recorder.groups[document.id]}


def test_states_named_equally_often_are_all_the_documents_focus(nlp):
    text = ("Lockheed Martin Corp. has been awarded a $120 million contract for F-16 spare parts. "
            "These actions involve Foreign Military Sales to Slovakia, Bulgaria, Taiwan and Qatar.")
    proposed = _proposed(nlp, text)
    # The contract sentence names no buyer: each of the four is proposed as one.
    for buyer in ("SVK", "BGR", "TWN", "QAT"):
        assert ("AGREEMENT", "USA", buyer, "f-16") in proposed, buyer
    assert ("AGREEMENT", "USA", "FRA", "f-16") not in proposed
