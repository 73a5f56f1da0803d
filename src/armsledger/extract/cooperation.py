"""Cooperation events (visits, meetings, agreements, exercises): the
parties and the people who took part."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..catalog import words
from ..model import Document, Event, EventType, Modality, Participant, Source
from ..nlp.actors import ACTORS_KEY
from .evidence import evidence_of, rule_name
from .findings import Candidate, Finding
from .lookups import Lookups
from .parties import actor_at, agent_of, previous_person
from .timing import event_time, planned_time

PERSON_PRONOUNS, PERSON_POSSESSIVES = words("person_pronouns"), words("person_possessives")
HOSTING_VERBS = words("hosting_verbs")


class _Sides:
    """The parties (countries, in order met) and the people among them."""

    def __init__(self) -> None:
        self.parties: list[str] = []
        self.participants: list[Participant] = []

    def add(self, span: Span) -> None:
        info = span._.actor
        country = info.get("country")
        if info["kind"] == "outlet":
            return
        if country and country not in self.parties:
            self.parties.append(country)
        if info["kind"] == "person":
            name = info.get("name") or span.text
            if all(p.text != name for p in self.participants):
                self.participants.append(Participant(text=name, role=info.get("role"), country=country))


def cooperation_finding(doc: Doc, document: Document, sent: Span, top: Candidate, below: list[Candidate],
                        scope: set[int], event_type: EventType, lookups: Lookups) -> Finding:
    trigger = top.token
    sides = _Sides()
    attribution = lookups.attributor.chain(trigger)
    source_texts = {s["text"] for s in attribution}
    agent = agent_of(trigger, lookups)
    for member in ([agent, *agent.conjuncts] if agent is not None else []):
        # "the U.S. and Poland issued a Declaration", "the Iranian and
        # Russian navies held an exercise": each of them.
        span = actor_at(doc, member.i)
        inside = [span] if span is not None else [
            s for s in doc.spans[ACTORS_KEY] if member.left_edge.i <= s.start < member.right_edge.i + 1]
        if not inside and member.lower_ in PERSON_PRONOUNS | PERSON_POSSESSIVES:
            person = previous_person(doc, member)
            inside = [person] if person is not None else []
        for found in inside:
            sides.add(found)
    for child in trigger.children:
        if child.dep_ == "poss":
            span = actor_at(doc, child.i)
            if span is None and child.lower_ in PERSON_POSSESSIVES:
                span = previous_person(doc, child)
            if span is not None:
                sides.add(span)
    for span in doc.spans[ACTORS_KEY]:
        if span.start in scope and span.text not in source_texts:
            sides.add(span)
    for i in sorted(scope):
        if doc[i].lower_ in PERSON_PRONOUNS and doc[i].pos_ == "PRON":
            person = previous_person(doc, doc[i])
            if person is not None:
                sides.add(person)
    if len(sides.parties) < 2:
        # "The United States and Poland are pleased to announce that the
        # Agreement has entered into force": the states above announce it.
        for ancestor in trigger.ancestors:
            subject = next((c for c in ancestor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None or subject.i == trigger.i:
                continue
            for member in [subject, *subject.conjuncts]:
                span = actor_at(doc, member.i)
                if span is not None and span.text not in source_texts:
                    sides.add(span)
    if len(sides.parties) < 2:
        return Finding(sent, trigger, None, "fewer than two parties")
    modality = lookups.modality.read(trigger, [c.token for c in below])
    time = event_time(doc, scope, trigger, below, lookups.attributor)
    event = Event(
        doc_id=document.id,
        type=event_type,
        modality=modality.modality,
        supplier=None,
        recipient=None,
        parties=sorted(sides.parties),
        participants=sides.participants,
        time=(planned_time(doc, time, {trigger.i}) if modality.modality == Modality.PLANNED else time),
        attribution=[Source(**s) for s in attribution],
        evidence=evidence_of(sent, top, below),
        rule=rule_name(event_type, top, below),
        source=document.source,
    )
    finding = Finding(sent, trigger, event)
    if event_type == EventType.VISIT and trigger.lemma_.lower() in HOSTING_VERBS:
        # A host welcoming a visitor meets them.
        meeting = replace(event, type=EventType.MEETING, participants=list(sides.participants),
                          attribution=list(event.attribution), mentions=[],
                          rule=rule_name(EventType.MEETING, top, below))
        finding.siblings.append(Finding(sent, trigger, meeting))
    return finding
