"""Modality of a statement from its cues."""

import pytest

from armsledger.model import Modality
from armsledger.nlp.modality import ModalityReader


@pytest.mark.parametrize(
    "sentence, trigger, modality",
    [
        ("Russia delivered the missiles to Syria.", "delivered", Modality.ASSERTED),
        ("Russia will deliver the missiles to Syria.", "deliver", Modality.PLANNED),
        ("The minister was to sign the contract on Friday.", "sign", Modality.PLANNED),
        ("Turkey plans to buy more drones.", "buy", Modality.PLANNED),
        ("Egypt might buy more Rafale jets.", "buy", Modality.SPECULATED),
        ("Egypt will probably buy more Rafale jets.", "buy", Modality.SPECULATED),
        ("Iran reportedly received the drones.", "received", Modality.SPECULATED),
        ("Some media speculated that Iran would buy the jets.", "buy", Modality.SPECULATED),
        ("No negotiations are being conducted.", "negotiations", Modality.NEGATED),
        ("Moscow did not deliver the systems.", "deliver", Modality.NEGATED),
        ("Pyongyang denied that it had shipped shells to Russia.", "shipped", Modality.NEGATED),
        ("Despite Iran showing interest, no talks were held.", "interest", Modality.ASSERTED),
    ],
)
def test_modality(nlp, sentence, trigger, modality):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == trigger)
    assert ModalityReader().read(token).modality == modality


def test_the_month_of_may_is_no_modal(nlp):
    from armsledger.nlp.modality import ModalityReader

    doc = nlp("The agency notified Congress May 22 of a possible sale of C-130 aircraft to Bangladesh.")
    notified = next(t for t in doc if t.text == "notified")
    assert ModalityReader().read(notified).modality.value == "ASSERTED"
    doc = nlp("Bangladesh may buy C-130 aircraft.")
    buy = next(t for t in doc if t.text == "buy")
    assert ModalityReader().read(buy).modality.value == "SPECULATED"
