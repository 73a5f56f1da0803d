"""What a trigger's clause says is transferred: the named systems and
generic arms words in its scope, each system's number and price."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Span

from ..model import SystemRef, Value
from ..nlp.numbers import parse_money, quantity_of
from ..nlp.systems import GENERICS_KEY, NAMED_KEY, SYSTEMS_KEY
from .findings import Focus
from .syntax import DEFINITE_DETERMINERS, programme_system, system_phrase


@dataclass(slots=True)
class SystemsInScope:
    """The systems a clause names (not their components) and the generic
    arms words that do not just name a system's kind."""

    named: list[Span]
    generics: list[Span]


class Item(NamedTuple):
    span: Span
    quantity: int | None
    value: Value | None


def systems_in(doc: Doc, scope: set[int]) -> SystemsInScope:
    systems = [s for s in doc.spans[SYSTEMS_KEY] if s.start in scope]
    if not systems:
        # Named systems the catalog lacks count only where no known one does.
        systems = [s for s in doc.spans[NAMED_KEY] if s.start in scope]
    if not systems:
        programme = programme_system(doc, scope)
        if programme is not None:
            systems = [programme]
    # "175 M1A1 Abrams tanks with ... M240 machine guns": systems inside
    # another system's phrase are its components, not what is transferred.
    phrase_heads = {}
    for span in systems:
        head = span.root.head if span.root.dep_ in {"compound", "nmod", "amod"} else span.root
        phrase_heads[head.i] = span
    main = []
    for span in systems:
        token, component = span.root, False
        while token.head.i != token.i and token.dep_ not in {"conj", "appos"}:
            token = token.head
            owner = phrase_heads.get(token.i)
            if owner is not None and owner is not span and token.i not in range(span.start, span.end):
                component = True
                break
            if token.i not in scope:
                break
        if not component:
            main.append(span)
    systems = main
    # "Su-30 warplanes": the generic word names the system's kind, not another system.
    heads = {s.root.head.i for s in systems if s.root.dep_ in {"compound", "nmod", "amod"}}
    heads |= {s.root.i for s in systems}
    generics = [s for s in doc.spans[GENERICS_KEY] if s.start in scope and s.root.i not in heads]
    return SystemsInScope(named=systems, generics=generics)


def system_ref(span: Span) -> SystemRef:
    info = span._.system
    return SystemRef(text=system_phrase(span), id=info["id"], family=info["family"], category=info["category"])


def resolve_generics(generics: list[Span], specific: list[SystemRef],
                     roles: dict[str, str | None], focus: Focus) -> list[SystemRef]:
    """Generic words tied to the one matching system named before them
    between the same parties; otherwise kept with their category only."""
    refs = []
    for span in generics:
        categories = span._.generic["categories"]
        if specific:
            if "other" not in categories and not any(ref.category in categories for ref in specific):
                refs.append(SystemRef(text=span.text, id=None, family=None, category=categories[0]))
            continue
        # The most recent system of this kind between compatible parties.
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                       for c in span.root.children)
        # "the fighter" refers back to the last one named, whoever bought it.
        matching = [
            system for supplier, recipient, system in reversed(focus.history)
            if system.category in categories
            and (definite or (roles["supplier"] in (None, supplier) and roles["recipient"] in (None, recipient)))
        ]
        if matching and "other" not in categories:
            ref = matching[0]
            refs.append(SystemRef(text=span.text, id=ref.id, family=ref.family, category=ref.category))
        else:
            refs.append(SystemRef(text=span.text, id=None, family=None, category=categories[0]))
    return refs


def value_in(doc: Doc, sent: Span, scope: set[int]) -> Value | None:
    """The first sum of money among the clause's words."""
    for money in parse_money(sent.text):
        span = doc.char_span(sent.start_char + money["start"], sent.start_char + money["end"], alignment_mode="expand")
        if span is not None and span.start in scope:
            return Value(amount=money["amount"], currency=money["currency"], text=money["text"])
    return None


def itemize(sent: Span, systems: list[Span]) -> list[Item]:
    """(system, quantity, price) for each named system, the price being
    the first one after it and before the next system."""
    items = []
    money = parse_money(sent.text)
    first_of_family: dict[str, Span] = {}
    for span in sorted(systems, key=lambda s: s.start):
        first_of_family.setdefault(span._.system["family"], span)
    ordered = list(first_of_family.values())
    for n, span in enumerate(ordered):
        limit = ordered[n + 1].start_char if n + 1 < len(ordered) else sent.end_char
        value = next((Value(amount=m["amount"], currency=m["currency"], text=m["text"]) for m in money
                      if span.end_char <= sent.start_char + m["start"] < limit), None)
        items.append(Item(span, quantity_of(span), value))
    return items
