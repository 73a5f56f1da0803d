"""Candidates for the decision layer: every reading the text allows.

The rules' events are proposals; so are the other stage readings of the
same clause ("the purchase was finalized": an AGREEMENT, or an INTEREST),
the same step for every other system the document names beside it (a
notice's list of equipment), and every clause with a stage word, a pair
of states and arms or a system in reach. Generating generously is the
point: the decision layer (`decide.py`) can only choose among what is
proposed here, and it learns which readings hold.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..model import Document, Event, EventType, Evidence, Modality, Source, SystemRef, Value
from ..nlp.numbers import parse_money, quantity_of
from ..nlp.pipeline import sentence_number, sentences
from ..nlp.systems import GENERICS_KEY
from .findings import Finding
from .mentions import (
    Mention,
    context_features,
    families_named,
    names_arms,
    party_mentions,
    role_features,
    system_mentions,
)
from .scope import clause_scope
from .timing import event_time, planned_time

# The states a document is mostly about stand in for the parties a sentence
# leaves implicit ("the cutter was transferred to Bangladesh" in a US text).
FOCUS_STATES = 2
MAX_TIED_FOCUS = 3
MADE_BEFORE_DELIVERY = frozenset({EventType.APPROVAL, EventType.AGREEMENT})
# Beyond this, a sentence's pairs of states are a list, not a transfer.
MAX_STATES_PER_SENTENCE = 10


@dataclass(slots=True)
class Proposal:
    """One reading of one clause: a scoring tuple and the event it would be."""

    key: tuple
    event: Event
    origin: str  # rule | stage | spread | cue
    features: dict[str, Any] = field(default_factory=dict)
    finding: Finding | None = None
    sentence: Span | None = None
    trigger: Token | None = None
    # Reads the event's time and sources when it is chosen: too slow to read
    # for every combination proposed, and no feature needs them.
    complete: Callable[[Event], None] | None = None


@functools.cache
def stage_cues() -> dict[str, tuple[EventType, ...]]:
    """Stage words and the steps each can name (`data/stage_cues.csv`)."""
    table: dict[str, tuple[EventType, ...]] = {}
    with resources.files("armsledger").joinpath("data/stage_cues.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            table[row["lemma"]] = tuple(EventType(t) for t in row["types"].split())
    return table


def key_of(event: Event, family: str | None = None) -> tuple:
    """The scoring tuple (design.md): per family for a transfer, the parties for cooperation."""
    if event.type.is_transfer:
        return (str(event.type), event.supplier, event.recipient, family)
    return (str(event.type), tuple(sorted(event.parties)))


def cue_types(token: Token) -> tuple[EventType, ...]:
    cues = stage_cues()
    return cues.get(token.lemma_.lower()) or cues.get(token.lower_) or ()


class Proposer:
    """Builds the proposals of one document from its parse and the rules' findings."""

    def __init__(self, extractor) -> None:
        self.extractor = extractor

    def propose(self, doc: Doc, document: Document, findings: list[Finding]) -> list[Proposal]:
        sents = sentences(doc)
        parties = party_mentions(doc)
        systems = system_mentions(doc)
        generics = {sentence_number(span[0]) for span in doc.spans[GENERICS_KEY]}
        proposals: list[Proposal] = []
        rule_sentences: dict[int, list[Finding]] = {}
        for finding in findings:
            if finding.event is None:
                continue
            sent_no = sentence_number(finding.sentence[0])
            rule_sentences.setdefault(sent_no, []).append(finding)
            proposals.extend(self._split(finding.event, "rule", finding, sent_no))
        doc_families = families_named(systems)
        family_sentences: dict[str, list[int]] = {}
        for n, mentions in systems.items():
            for m in mentions:
                family_sentences.setdefault(m.family, []).append(n)
        # A word a trigger absorbed ("lifted the ban on supplies") already
        # lent its meaning to that trigger's event: it names no step of its own.
        self._absorbed = {f.trigger.i for f in findings if f.event is None and f.trigger is not None
                          and (f.reason or "").startswith("absorbed by")}
        counts: dict[str, int] = {}
        for mentions in parties.values():
            for m in mentions:
                counts[m.country] = counts.get(m.country, 0) + 1
        focus = sorted(counts, key=lambda c: -counts[c])[:FOCUS_STATES]
        if focus:
            # States named equally often are equally the document's focus
            # ("Foreign Military Sales to Slovakia, Bulgaria, Taiwan and Qatar").
            tied = [c for c in counts if counts[c] == counts[focus[-1]] and c not in focus]
            focus += tied[:MAX_TIED_FOCUS]
        for sent_no, sent in enumerate(sents):
            cues = [(t, types) for t in sent if (types := cue_types(t))]
            if not cues:
                continue
            for finding in rule_sentences.get(sent_no, []):
                proposals.extend(self._restaged(finding, cues, sent_no))
                proposals.extend(self._spread(finding, doc_families, family_sentences, sent_no))
            nearby = [m for n in (sent_no - 1, sent_no, sent_no + 1) for m in systems.get(n, [])]
            proposals.extend(self._cued(doc, document, sent, sent_no, cues, parties.get(sent_no, []),
                                        systems.get(sent_no, []), nearby, focus, sent_no in generics))
        context: dict[int, dict[str, Any]] = {}
        named_steps: dict[int, set[str]] = {}
        for proposal in proposals:
            cue = proposal.trigger
            if cue is not None:
                if cue.i not in context:
                    sent = proposal.sentence
                    if sent is not None and sent.start not in named_steps:
                        named_steps[sent.start] = {str(t) for token in sent for t in cue_types(token)}
                    context[cue.i] = context_features(cue, named_steps.get(sent.start, set()) if sent else set())
                proposal.features.update(context[cue.i])
            proposal.features["sentence_share"] = proposal.features["sentence"] / max(len(sents), 1)
        return proposals

    # --- the rules' events and their variants ------------------------------------
    def _split(self, event: Event, origin: str, finding: Finding | None, sent_no: int) -> list[Proposal]:
        lemma = event.rule.split(".")[1] if event.rule.count(".") >= 2 else event.rule
        base = {"origin": origin, "rule": event.rule.split(".")[0] + "." + event.rule.rsplit(".", 1)[-1],
                "cue": lemma, "sentence": sent_no, "mentions": len(event.mentions),
                "attribution": len(event.attribution), "has_time": event.time is not None,
                "has_quantity": event.quantity is not None, "has_value": event.value is not None}
        if not event.type.is_transfer:
            return [Proposal(key_of(event), event, origin, dict(base), finding,
                             finding.sentence if finding else None, finding.trigger if finding else None)]
        families = sorted({s.family for s in event.systems if s.family})
        result = []
        for family in families or [None]:
            one = replace(event, systems=[s for s in event.systems if s.family == family] or event.systems,
                          attribution=list(event.attribution), mentions=list(event.mentions))
            features = dict(base, families_in_event=len(families))
            result.append(Proposal(key_of(one, family), one, origin, features, finding,
                                   finding.sentence if finding else None, finding.trigger if finding else None))
        return result

    @staticmethod
    def _placed(proposals: list[Proposal], finding: Finding) -> list[Proposal]:
        for proposal in proposals:
            proposal.sentence, proposal.trigger = finding.sentence, finding.trigger
        return proposals

    def _restaged(self, finding: Finding, cues: list[tuple[Token, tuple[EventType, ...]]],
                  sent_no: int) -> list[Proposal]:
        """The same roles under each other step the clause's words can name."""
        event = finding.event
        if not event.type.is_transfer:
            return []
        result = []
        seen = {event.type}
        for token, types in cues:
            if token.i in self._absorbed:
                continue
            for event_type in types:
                if event_type in seen or not event_type.is_transfer:
                    continue
                seen.add(event_type)
                other = replace(event, type=event_type, attribution=list(event.attribution), mentions=[],
                                rule=f"{event_type.lower()}.{token.lemma_.lower()}.restaged")
                if event.type == EventType.DELIVERY and event.modality == Modality.PLANNED \
                        and event_type in MADE_BEFORE_DELIVERY:
                    # "Thailand will receive 70 Strykers": the deal that delivery carries out is made.
                    other.modality = Modality.ASSERTED
                for proposal in self._split(other, "stage", None, sent_no):
                    proposal.features["cue"] = token.lemma_.lower()
                    proposal.features["rule_type"] = str(event.type)
                    proposal.sentence, proposal.trigger = finding.sentence, token
                    result.append(proposal)
        return result

    def _spread(self, finding: Finding, doc_families: dict[str, SystemRef],
                family_sentences: dict[str, list[int]], sent_no: int) -> list[Proposal]:
        """The step for every other system the document names (notices list
        the equipment of one sale over many sentences)."""
        event = finding.event
        if not event.type.is_transfer or not (event.supplier and event.recipient):
            return []
        own = {s.family for s in event.systems}
        result = []
        for family, ref in doc_families.items():
            if family in own:
                continue
            distance = min(abs(n - sent_no) for n in family_sentences[family])
            other = replace(event, systems=[ref], attribution=list(event.attribution), mentions=[],
                            quantity=None, value=None, rule=event.rule.rsplit(".", 1)[0] + ".spread")
            for proposal in self._placed(self._split(other, "spread", None, sent_no), finding):
                proposal.features["family_distance"] = distance
                result.append(proposal)
        return result

    # --- clauses the rules made nothing of --------------------------------------
    def _cued(self, doc: Doc, document: Document, sent: Span, sent_no: int,
              cues: list[tuple[Token, tuple[EventType, ...]]], parties: list[Mention],
              systems: list[Mention], nearby: list[Mention], focus: list[str],
              has_generic: bool) -> list[Proposal]:
        states: dict[str, Mention] = {}
        for mention in parties:
            states.setdefault(mention.country, mention)
        if len(states) > MAX_STATES_PER_SENTENCE:
            return []
        families = {m.family: m for m in systems if m.family}
        near = {m.family: m for m in nearby if m.family and m.family not in families}
        implicit = [c for c in focus if c not in states]
        result = []
        for token, types in cues:
            transfer = [t for t in types if t.is_transfer]
            cooperation = [t for t in types if not t.is_transfer]
            if transfer and (families or has_generic or names_arms(sent)):
                result.extend(self._cued_transfers(doc, document, sent, sent_no, token, transfer,
                                                   states, families, near, implicit, has_generic))
            if cooperation and len(states) + len(implicit) >= 2 and states:
                result.extend(self._cued_cooperation(doc, document, sent, sent_no, token, cooperation,
                                                     states, implicit))
        return result

    def _cued_transfers(self, doc, document, sent, sent_no, token, types, states, families, near,
                        implicit, has_generic):
        suppliers = dict(states)
        for mention in families.values():
            if mention.origin and mention.origin not in suppliers:
                suppliers[mention.origin] = mention  # the maker's state, named through its system
        recipients = dict(states)
        for country in implicit:
            suppliers.setdefault(country, None)
            recipients.setdefault(country, None)
        if not states and not families:
            return []
        reading = self._reading(doc, sent, token)
        # Each mention's roles are read once, not once per combination.
        supplier_roles = {c: role_features("supplier", m, token) for c, m in suppliers.items()}
        recipient_roles = {c: role_features("recipient", m, token) for c, m in recipients.items()}
        options = [(None, None, False, {}, None)]
        for neighbouring, table in ((False, families), (True, near)):
            for family, mention in table.items():
                ref = SystemRef(text=mention.span.text, id=mention.span._.system["id"], family=family,
                                category=mention.category)
                options.append((family, mention, neighbouring, role_features("family", mention, token),
                                (ref, quantity_of(mention.span))))
        common = {"origin": "cue", "cue": token.lemma_.lower(), "cue_pos": token.pos_, "cue_dep": token.dep_,
                  "absorbed": token.i in self._absorbed,
                  "sentence": sent_no, "has_generic": has_generic, "states_in_sentence": len(states),
                  "systems_in_sentence": len(families), "has_value": reading["money"] is not None}
        pairs = [(s, sm, r, rm) for s, sm in suppliers.items() for r, rm in recipients.items()
                 if s != r and (sm is not None or rm is not None)]
        result = []
        for supplier, s_mention, recipient, _ in pairs:
            pair = dict(common, **supplier_roles[supplier], **recipient_roles[recipient],
                        supplier_via_system=s_mention is not None and s_mention.family is not None)
            for family, f_mention, neighbouring, family_roles, system in options:
                features = dict(pair, **family_roles, family_nearby=neighbouring,
                                has_quantity=bool(system and system[1]))
                if f_mention is not None:
                    features["family_origin_supplier"] = f_mention.origin == supplier
                    features["family_origin_recipient"] = f_mention.origin == recipient
                for event_type in types:
                    event = self._event(document, sent, token, event_type, reading, supplier, recipient,
                                        system)
                    result.append(Proposal(key_of(event, family), event, "cue", dict(features),
                                           sentence=sent, trigger=token, complete=reading["complete"]))
        return result

    def _cued_cooperation(self, doc, document, sent, sent_no, token, types, states, implicit):
        reading = self._reading(doc, sent, token)
        result = []
        countries = sorted(states)
        groups = [[a, b] for n, a in enumerate(countries) for b in countries[n + 1:]]
        groups += [[a, c] for a in countries for c in implicit]
        if len(countries) >= 3:
            groups.append(countries)
        for members in groups:
            for event_type in types:
                event = self._event(document, sent, token, event_type, reading, None, None, None, parties=members)
                features = {"origin": "cue", "cue": token.lemma_.lower(), "cue_pos": token.pos_,
                            "cue_dep": token.dep_, "sentence": sent_no, "states_in_sentence": len(states),
                            "absorbed": token.i in self._absorbed,
                            "implicit_party": any(m not in states for m in members),
                            "party_count": len(members)}
                named = sorted((states[m] for m in members if m in states), key=lambda m: m.span.start)
                features.update(role_features("supplier", named[0], token))
                if len(named) > 1:
                    features.update(role_features("recipient", named[1], token))
                result.append(Proposal(key_of(event), event, "cue", features, sentence=sent, trigger=token,
                                       complete=reading["complete"]))
        return result

    def _reading(self, doc: Doc, sent: Span, token: Token) -> dict[str, Any]:
        """What the rules' readers say of a cue word: its modality now; its
        time and sources when one of its readings is chosen."""
        extractor = self.extractor
        modality = extractor.modality.read(token, []).modality

        read: dict[tuple, tuple] = {}

        def complete(event: Event) -> None:
            key = (event.type == EventType.APPROVAL, event.modality)
            if key not in read:
                time = event_time(doc, clause_scope(token, [], extractor.lookups), token, [], extractor.attributor, announced=key[0])
                if event.modality == Modality.PLANNED:
                    time = planned_time(doc, time, {token.i})
                read[key] = (time, [Source(**s) for s in extractor.attributor.chain(token)])
            event.time, sources = read[key]
            event.attribution = list(sources)

        money = next((m for m in parse_money(sent.text)), None)
        return {"modality": modality, "money": money, "complete": complete,
                "evidence": Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char,
                                     trigger=token.text)}

    def _event(self, document: Document, sent: Span, token: Token, event_type: EventType,
               reading: dict[str, Any], supplier: str | None, recipient: str | None,
               system: tuple[SystemRef, int | None] | None, parties: list[str] | None = None) -> Event:
        money = reading["money"]
        return Event(
            doc_id=document.id, type=event_type, modality=reading["modality"], supplier=supplier,
            recipient=recipient, parties=sorted(parties or {p for p in (supplier, recipient) if p}),
            systems=[system[0]] if system else [], quantity=system[1] if system else None,
            value=Value(amount=money["amount"], currency=money["currency"], text=money["text"]) if money else None,
            evidence=reading["evidence"],
            rule=f"{event_type.lower()}.{token.lemma_.lower()}.cue", source=document.source,
        )
