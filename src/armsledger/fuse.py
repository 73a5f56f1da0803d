"""Deals from events: one per (supplier, recipient, system family).

A deal's timeline orders its steps by time (an undated step takes its
document's publication date); its status is the latest step that is not
denied, and among steps at the same time the most certain, then the furthest
along. A contradiction is one step reported with conflicting modality, or
conflicting numbers, by different sources.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Contradiction, Deal, Event, EventType, Modality, TimelineStep

# How far along the lifecycle a step is, for ordering steps at the same time.
# Licensed production accompanies an agreement rather than following it.
STAGE_RANK = {
    EventType.INTEREST: 1,
    EventType.NEGOTIATION: 2,
    EventType.APPROVAL: 3,
    EventType.PRODUCTION: 3.5,
    EventType.AGREEMENT: 4,
    EventType.DELIVERY: 5,
    EventType.SUSPENSION: 6,
    EventType.RESUMPTION: 7,
    EventType.CANCELLATION: 8,
}
CERTAINTY = {Modality.ASSERTED: 3, Modality.PLANNED: 2, Modality.SPECULATED: 1, Modality.NEGATED: 0}


@dataclass(slots=True, kw_only=True)
class FusedEvent:
    """An event with what fusion needs to know about where it came from."""

    id: str
    event: Event
    source: str  # the independent source: an outlet, else the document
    published: str | None


def deal_id(supplier: str | None, recipient: str | None, family: str | None) -> str:
    key = f"{supplier or '-'}|{recipient or '-'}|{family or '-'}"
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def event_families(event: Event) -> list[str | None]:
    """The families an event is about; a family-less event counts once, as None."""
    families = sorted({s.family for s in event.systems if s.family})
    return list(families) or [None]


def fuse_deals(items: Iterable[FusedEvent]) -> list[Deal]:
    """Group transfer events into deals, each with its timeline, status,
    independent-source count and contradictions."""
    groups: dict[tuple, list[FusedEvent]] = defaultdict(list)
    for item in items:
        event = item.event
        if not event.type.is_transfer:
            continue
        for family in event_families(event):
            if family is None:
                continue
            groups[(event.supplier, event.recipient, family)].append(item)
    deals = [_deal(key, members) for key, members in groups.items()]
    deals.sort(key=lambda d: (d.supplier or "", d.recipient or "", d.family or ""))
    return deals


def _when(item: FusedEvent) -> str:
    if item.event.time and item.event.time.start:
        return item.event.time.start
    return item.published or "9999"


def _sort_key(when: str) -> tuple:
    # "2015" sorts before "2015-04" before "2015-04-13"; compare padded.
    return (when + "-00-00")[:10], len(when)


def _deal(key: tuple, members: list[FusedEvent]) -> Deal:
    supplier, recipient, family = key
    steps: dict[tuple, TimelineStep] = {}
    step_when: dict[tuple, str] = {}
    docs_of_step: dict[tuple, set[str]] = defaultdict(set)
    # Dated events first, so that an undated restatement of a dated step in
    # the same document ("The decision was made ...") joins that step.
    ordered = sorted(members, key=lambda i: not (i.event.time and i.event.time.start))
    for item in ordered:
        event = item.event
        dated = bool(event.time and event.time.start)
        step_key = (event.type, event.modality, event.time.start if dated else item.published)
        if not dated:
            same = [k for k in steps if k[:2] == (event.type, event.modality) and event.doc_id in docs_of_step[k]]
            if same:
                step_key = same[-1]
        docs_of_step[step_key].add(event.doc_id)
        step = steps.get(step_key)
        if step is None:
            step = steps[step_key] = TimelineStep(
                type=event.type, modality=event.modality,
                time=event.time.start if dated else None, event_ids=[], sources=[],
            )
        if step.time is None and dated:
            step.time = event.time.start
        step.event_ids.append(item.id)
        if item.source not in step.sources:
            step.sources.append(item.source)
        when = _when(item)
        step_when[step_key] = min(step_when.get(step_key, "9999"), when, key=_sort_key)
    order = sorted(
        steps,
        key=lambda k: (_sort_key(step_when[k]), STAGE_RANK[steps[k].type], CERTAINTY[steps[k].modality]),
    )
    timeline = [steps[k] for k in order]
    live = [k for k in order if steps[k].modality != Modality.NEGATED] or order
    latest = max(_sort_key(step_when[k]) for k in live)
    current = [steps[k] for k in live if _sort_key(step_when[k]) == latest]
    status = max(current, key=lambda s: (CERTAINTY[s.modality], STAGE_RANK[s.type]))
    return Deal(
        id=deal_id(supplier, recipient, family),
        supplier=supplier,
        recipient=recipient,
        family=family,
        status=status.type,
        status_modality=status.modality,
        sources=len({item.source for item in members}),
        documents=len({item.event.doc_id for item in members}),
        timeline=timeline,
        contradictions=_contradictions(members),
        event_ids=[item.id for item in members],
    )


def _contradictions(members: list[FusedEvent]) -> list[Contradiction]:
    # Only claims about the same step at the same time conflict: a 2010
    # refusal to deliver and a 2016 delivery are a history, not a dispute.
    by_type: dict[tuple[EventType, str], list[FusedEvent]] = defaultdict(list)
    for item in members:
        by_type[(item.event.type, _when(item)[:4])].append(item)
    found = []
    for (event_type, _year), items in by_type.items():
        claims: dict[str, list[str]] = defaultdict(list)
        for item in items:
            # Only undated or same-dated claims about one step conflict; a
            # planned delivery and a later one that happened do not.
            label = str(item.event.modality)
            if item.source not in claims[label]:
                claims[label].append(item.source)
        modalities = set(claims)
        conflicting = (Modality.NEGATED in modalities and len(modalities) > 1) or (
            Modality.SPECULATED in modalities and Modality.ASSERTED in modalities
            and set(claims["SPECULATED"]) != set(claims["ASSERTED"])
        )
        if conflicting and len({s for v in claims.values() for s in v}) > 1:
            parts = " vs ".join(f"{m} ({', '.join(sorted(claims[m]))})" for m in sorted(claims, key=lambda m: -CERTAINTY[Modality(m)]))
            found.append(Contradiction(type=event_type, claims=dict(claims), summary=f"{event_type}: {parts}"))
        quantities: dict[str, list[str]] = defaultdict(list)
        for item in items:
            if item.event.quantity and item.event.modality != Modality.NEGATED:
                quantities[str(item.event.quantity)].append(item.source)
        if len(quantities) > 1 and len({s for v in quantities.values() for s in v}) > 1:
            parts = " vs ".join(f"{q} ({', '.join(sorted(set(s)))})" for q, s in sorted(quantities.items()))
            found.append(Contradiction(type=event_type, claims=dict(quantities), summary=f"{event_type} quantity: {parts}"))
    return found
