"""Deals from events: one per (supplier, recipient, system family).

Each step of a deal's timeline has an effective date: its events' own time,
else the publication date of its first report ("reported"), else none. The
deal's status is its latest dated step, an asserted step beating a planned
or speculated one at the same date; a denied step or one that cannot be
dated is never the status. A contradiction is one step reported with
conflicting modality, or conflicting numbers, by different sources. A
deal's confidence is its most confident event's (1.0 for an event decided
by no model).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .deal_keys import deal_id, deal_keys, event_families
from .model import Claim, Contradiction, Deal, Event, EventType, Modality, TimelineStep
from .register import register_columns

__all__ = ["FusedEvent", "deal_id", "deal_keys", "event_families", "fuse_deals"]

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


def event_confidence(event: Event) -> float:
    """An event's confidence, 1.0 for one decided by no model (an older ledger's)."""
    return 1.0 if event.confidence is None else event.confidence


def fuse_deals(items: Iterable[FusedEvent]) -> list[Deal]:
    """Group transfer events into deals, each with its timeline, status,
    independent-source count, contradictions and register columns."""
    groups: dict[tuple, list[FusedEvent]] = defaultdict(list)
    for item in items:
        for key in deal_keys(item.event):
            groups[key].append(item)
    deals = [_deal(key, members) for key, members in groups.items()]
    deals.sort(key=lambda d: (d.supplier or "", d.recipient or "", d.family or ""))
    return deals


def effective_date(item: FusedEvent) -> tuple[str | None, str | None]:
    """(date, dated_by): the event's own time, else its report's publication date."""
    if item.event.time and item.event.time.start:
        return item.event.time.start, "event"
    if item.published:
        return item.published, "reported"
    return None, None


def date_key(when: str | None) -> tuple:
    """Sorts ISO prefixes: "2015" before "2015-04" before "2015-04-13";
    no date after every date."""
    if when is None:
        return ("9999-99-99", 99)
    return (when + "-00-00")[:10], len(when)


def _deal(key: tuple, members: list[FusedEvent]) -> Deal:
    supplier, recipient, family = key
    timeline = _timeline(members)
    # A denied step or an undatable one is never the status.
    live = [s for s in timeline if s.modality != Modality.NEGATED and s.effective]
    status = None
    if live:
        latest = max(date_key(s.effective) for s in live)
        current = [s for s in live if date_key(s.effective) == latest]
        status = max(current, key=lambda s: (CERTAINTY[s.modality], STAGE_RANK[s.type]))
    dated = [s.effective for s in timeline if s.effective]
    contradictions = _contradictions(members)
    deal = Deal(
        id=deal_id(supplier, recipient, family),
        supplier=supplier,
        recipient=recipient,
        family=family,
        status=status.type if status else None,
        status_modality=status.modality if status else None,
        status_date=status.effective if status else None,
        sources=len({item.source for item in members}),
        documents=len({item.event.doc_id for item in members}),
        timeline=timeline,
        contradictions=contradictions,
        event_ids=[item.id for item in members],
        first_time=min(dated, key=date_key) if dated else None,
        last_time=max(dated, key=date_key) if dated else None,
        confidence=max(event_confidence(item.event) for item in members),
    )
    deal.register = register_columns(deal, {item.id: item.event for item in members})
    return deal


def _timeline(members: list[FusedEvent]) -> list[TimelineStep]:
    steps: dict[tuple, TimelineStep] = {}
    docs_of_step: dict[tuple, set[str]] = defaultdict(set)
    # Dated events first, so that an undated restatement of a dated step in
    # the same document ("The decision was made ...") joins that step.
    ordered = sorted(members, key=lambda i: not (i.event.time and i.event.time.start))
    for item in ordered:
        event = item.event
        when, dated_by = effective_date(item)
        step_key = (event.type, event.modality, when)
        if dated_by != "event":
            same = [k for k in steps if k[:2] == (event.type, event.modality) and event.doc_id in docs_of_step[k]]
            if same:
                step_key = same[-1]
        docs_of_step[step_key].add(event.doc_id)
        step = steps.get(step_key)
        if step is None:
            step = steps[step_key] = TimelineStep(
                type=event.type, modality=event.modality, time=when if dated_by == "event" else None,
                event_ids=[], sources=[], effective=when, dated_by=dated_by,
            )
        elif step.dated_by == "reported" and dated_by == "reported" and date_key(when) < date_key(step.effective):
            step.effective = when  # a step reported twice takes effect at its first report
        step.event_ids.append(item.id)
        if item.source not in step.sources:
            step.sources.append(item.source)
    return sorted(steps.values(),
                  key=lambda s: (date_key(s.effective), STAGE_RANK[s.type], CERTAINTY[s.modality]))


def _contradictions(members: list[FusedEvent]) -> list[Contradiction]:
    # Only claims about the same step in the same year conflict: a 2010
    # refusal to deliver and a 2016 delivery are a history, not a dispute.
    by_step: dict[tuple[EventType, str], list[FusedEvent]] = defaultdict(list)
    for item in members:
        when, _ = effective_date(item)
        by_step[(item.event.type, (when or "")[:4])].append(item)
    found = []
    for (event_type, _year), items in by_step.items():
        sources_of: dict[Modality, set[str]] = defaultdict(set)
        for item in items:
            sources_of[item.event.modality].add(item.source)
        modalities = set(sources_of)
        conflicting = (Modality.NEGATED in modalities and len(modalities) > 1) or (
            Modality.SPECULATED in modalities and Modality.ASSERTED in modalities
            and sources_of[Modality.SPECULATED] != sources_of[Modality.ASSERTED]
        )
        if conflicting and len(set().union(*sources_of.values())) > 1:
            claims = _claims(items, lambda item: item.event.modality)
            claims.sort(key=lambda c: -CERTAINTY[c.modality])
            found.append(Contradiction(type=event_type, about="modality", claims=claims))
        counted = [item for item in items if item.event.quantity and item.event.modality != Modality.NEGATED]
        numbers = {item.event.quantity for item in counted}
        if len(numbers) > 1 and len({item.source for item in counted}) > 1:
            claims = _claims(counted, lambda item: item.event.quantity)
            claims.sort(key=lambda c: c.number or 0)
            found.append(Contradiction(type=event_type, about="quantity", claims=claims))
    return found


def _claims(items: list[FusedEvent], said) -> list[Claim]:
    """One claim per (source, what it says): the first event saying it."""
    claims: dict[tuple, Claim] = {}
    for item in items:
        key = (item.source, said(item))
        if key not in claims:
            when, _ = effective_date(item)
            claims[key] = Claim(source=item.source, modality=item.event.modality, number=item.event.quantity,
                                time=when, event_id=item.id)
    return list(claims.values())
