"""What only the whole document settles, once every sentence is read:
generic mentions tied to the one system of their kind it names, a stated
cost for the deal the sentences before it described, restatements merged."""

from __future__ import annotations

from spacy.tokens import Doc

from ..catalog import words
from ..model import Event, SystemRef, Value
from ..nlp.numbers import parse_money
from ..nlp.systems import SYSTEMS_KEY
from .findings import Finding
from .lookups import Lookups
from .restatements import dedupe_systems, merge_restatements

PRICE_WORDS = words("price_words")


def finish_document(doc: Doc, findings: list[Finding], lookups: Lookups) -> None:
    """Settle, in place, what needs the whole document."""
    events = [f.event for f in findings if f.event is not None]
    tie_generics_to_named_systems(doc, events, lookups)
    propagate_values(doc, findings)
    merge_restatements(findings)


def tie_generics_to_named_systems(doc: Doc, events: list[Event], lookups: Lookups) -> None:
    """"air defense systems" is the S-300 when that is the one system of
    its kind the document names from that supplier (or in that deal)."""
    compatible = lookups.compatible_categories
    named: dict[str, dict[str, SystemRef]] = {}
    for span in doc.spans[SYSTEMS_KEY]:
        info = span._.system
        ref = SystemRef(text=span.text, id=info["id"], family=info["family"], category=info["category"])
        named.setdefault(info["category"], {}).setdefault(info["family"], ref)
        named[info["category"]].setdefault("__origin__" + info["family"], SystemRef(
            text="", id=None, family=info.get("origin"), category=None))
    for event in events:
        if not event.type.is_transfer or any(r.family for r in event.systems):
            continue
        if not (event.supplier and event.recipient):
            continue
        kinds = {c for r in event.systems if r.category and r.category != "other"
                 for c in compatible.get(r.category, {r.category})}
        options: dict[str, SystemRef] = {}
        for kind in kinds:
            for family, ref in named.get(kind, {}).items():
                if family.startswith("__origin__"):
                    continue
                origin = named[kind]["__origin__" + family].family
                same_deal = any(e.supplier == event.supplier and e.recipient == event.recipient
                                and any(r.family == family for r in e.systems) for e in events)
                if origin == event.supplier or same_deal:
                    options[family] = ref
        if len(options) == 1:
            (ref,) = options.values()
            event.systems = [SystemRef(text=r.text, id=ref.id, family=ref.family, category=ref.category)
                             if r.category in kinds and not r.family else r for r in event.systems]
            event.systems = dedupe_systems(event.systems)


def propagate_values(doc: Doc, findings: list[Finding]) -> None:
    """"The estimated total cost is $400 million." prices the deal the
    text has been describing."""
    with_events = {f.sentence.start for f in findings if f.event is not None}
    for sent in doc.sents:
        if sent.start in with_events:
            continue
        lowered = sent.text.lower()
        if not any(word in lowered for word in PRICE_WORDS):
            continue
        money = parse_money(sent.text)
        if not money:
            continue
        before = [f.event for f in findings if f.event is not None and f.event.type.is_transfer
                  and f.event.evidence.start < sent.start_char]
        if not before:
            continue
        last = before[-1]
        value = Value(amount=money[0]["amount"], currency=money[0]["currency"], text=money[0]["text"])
        for event in before:
            if (event.supplier, event.recipient) == (last.supplier, last.recipient) and event.value is None:
                event.value = value
