"""What points an event back to its text: the sentence, the word that
names the event, and the name of the rule that made it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import EventType, Evidence
from .findings import Candidate


def naming_word(top: Candidate, below: list[Candidate]) -> Token:
    """The word that names the event: "delivery" in "start the delivery"."""
    if top.entry.type == "=":
        named = next((c.token for c in below if c.entry.type != "="), None)
        if named is not None:
            return named
    return top.token


def evidence_of(sent: Span, top: Candidate, below: list[Candidate]) -> Evidence:
    return Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char,
                    trigger=naming_word(top, below).text)


def rule_name(event_type: EventType, top: Candidate, below: list[Candidate]) -> str:
    """`type.lemma.kind`: "delivery.deliver.verb", "agreement.sign.verb-nominal"."""
    kind = "verb" if top.entry.pos == "VERB" else "nominal"
    if below:
        kind += "-verb" if below[0].entry.pos == "VERB" else "-nominal"
    return f"{event_type.lower()}.{top.token.lemma_.lower()}.{kind}"
