"""Attribution chains, outermost first."""

import pytest

from armsledger.nlp.attribution import Attributor


def _chain(nlp, sentence, trigger_word):
    doc = nlp(sentence)
    trigger = next(t for t in doc if t.text == trigger_word)
    return [(s["kind"], s.get("id") or s.get("country")) for s in Attributor().chain(trigger)]


@pytest.mark.parametrize(
    "sentence, trigger, chain",
    [
        ("RIA quoted Russia's Foreign Ministry as saying that Moscow will deliver the systems soon.",
         "deliver", [("outlet", "ria"), ("institution", "RUS")]),
        ("According to IRNA, Iran received the first batch of missiles.", "received", [("outlet", "irna")]),
        ("Iran received the first batch of missiles, according to IRNA.", "received", [("outlet", "irna")]),
        ("Tehran will buy more drones, TASS wrote.", "buy", [("outlet", "tass")]),
        ("Xinhua reported that Pakistan had ordered more fighter jets.", "ordered", [("outlet", "xinhua")]),
        ("Pakistan ordered more fighter jets.", "ordered", []),
    ],
)
def test_chains(nlp, sentence, trigger, chain):
    assert _chain(nlp, sentence, trigger) == chain
