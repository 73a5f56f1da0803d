"""Line breaks that end sentences, and those that do not."""

import pytest

from armsledger.ledger import make_doc


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(make_doc(nlp, text, published="2017-10-20")).sents]


def test_a_long_headline_stands_alone(nlp):
    text = ("Coast Guard transfers two former cutters to the Costa Rican coast guard\n"
            "The Coast Guard conducted a transfer ceremony in Caldera, Costa Rica, Oct. 13.")
    assert _sentences(nlp, text) == ["Coast Guard transfers two former cutters to the Costa Rican coast guard",
                                     "The Coast Guard conducted a transfer ceremony in Caldera, Costa Rica, Oct. 13."]


@pytest.mark.parametrize("text", [
    # Hard-wrapped prose runs on, even past a capital at the next line's start.
    "In 2006, the United States signed arms transfer agreements with Pakistan worth\nbillions of dollars.",
    "A notice said that the sale of the radars to the Government of Chile would go\nAhead as planned.",
])
def test_a_wrapped_line_runs_on(nlp, text):
    body = "Pakistan tops the list.\n" + text
    assert len(_sentences(nlp, body)) == 2


def test_a_date_inside_a_sentence_does_not_open_one(nlp):
    text = "The agency notified U.S. Congress May 22 of a possible sale to Bangladesh. May 23 was quiet."
    assert _sentences(nlp, text) == ["The agency notified U.S. Congress May 22 of a possible sale to Bangladesh.",
                                     "May 23 was quiet."]


def test_a_date_on_a_line_of_its_own_under_the_headline_stands_alone(nlp):
    text = ("Acquisition Update: Coast Guard Transfers a Former Cutter To the Navy of Ghana\nMay 26, 2017\n"
            "The Coast Guard transferred the cutter to Ghana at a ceremony in Honolulu May 25.")
    assert _sentences(nlp, text) == ["Acquisition Update: Coast Guard Transfers a Former Cutter To the Navy of Ghana",
                                     "May 26, 2017",
                                     "The Coast Guard transferred the cutter to Ghana at a ceremony in Honolulu May 25."]
