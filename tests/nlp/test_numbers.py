"""How many units of a system a phrase counts."""

import pytest

from armsledger.ledger import make_doc
from armsledger.nlp.numbers import quantity_of
from armsledger.nlp.systems import SYSTEMS_KEY


@pytest.mark.parametrize("text, family_text, expected", [
    ("Pakistan ordered 36 Rafale jets in 2015.", "Rafale jets", 36),
    ("Twenty-two M1A1 (situational awareness configuration) Abrams tanks were handed over.", "M1A1", 22),
    # A notice writes the number out and then in figures.
    ("The State Department approved a possible sale to Nigeria of twelve (12) A-29 Super Tucano aircraft.",
     "A-29 Super Tucano", 12),
    ("Poland has requested to buy one hundred sixteen (116) M1A1 Abrams Main Battle Tanks.", "M1A1 Abrams", 116),
    # What is delivered is the part, not the order it belongs to.
    ("Officials marked the delivery of the first three of 18 new F-16 aircraft.", "F-16", 3),
    ("Ukraine received two former Island-class patrol boats.", "Island-class patrol boats", 2),
    # A year is no count, nor is money.
    ("The 2019 F-16 purchase went ahead.", "F-16", None),
    ("Egypt signed a $3 billion F-16 deal.", "F-16", None),
])
def test_quantity_of(nlp, text, family_text, expected):
    doc = nlp(make_doc(nlp, text, published="2020-01-01"))
    (span,) = [s for s in doc.spans[SYSTEMS_KEY] if s.text == family_text]
    assert quantity_of(span) == expected
