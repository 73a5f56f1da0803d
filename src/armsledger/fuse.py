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

from collections import defaultdict, namedtuple
from collections.abc import Iterable
from dataclasses import dataclass

from .deal_keys import deal_id, deal_keys, event_families, member_order
from .model import Claim, Contradiction, Deal, Event, EventType, Modality, TimelineStep, Value
from .register import register_columns

__all__ = ["FusedEvent", "Member", "deal_id", "deal_keys", "deal_members", "deal_order", "event_families",
           "fuse_deals", "fuse_members"]

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
# By name, for reading states: a dict look-up is several times an Enum call's speed.
EVENT_TYPES = {str(t): t for t in EventType}
MODALITIES = {str(m): m for m in Modality}


@dataclass(slots=True, kw_only=True)
class FusedEvent:
    """An event with what fusion needs to know about where it came from."""

    id: str
    event: Event
    source: str  # the independent source: an outlet, else the document
    published: str | None
    seq: int = 0  # the event's place in its document (the store's order of members)


System = namedtuple("System", "id family category")


class Member:
    """What fusing a deal needs of one of its events, and nothing more: the
    per-deal state that lets a refresh fuse a deal again without reading its
    stored events (`as_state`/`from_state` give it as a JSON list)."""

    __slots__ = ("id", "doc_id", "published", "seq", "type", "modality", "start", "source", "quantity",
                 "value", "systems", "confidence")

    def __init__(self, id, doc_id, published, seq, type, modality, start, source, quantity, value, systems,
                 confidence):
        self.id, self.doc_id, self.published, self.seq = id, doc_id, published, seq
        self.type, self.modality, self.start, self.source = type, modality, start, source
        self.quantity, self.value, self.systems, self.confidence = quantity, value, systems, confidence

    @classmethod
    def of(cls, item: FusedEvent, family: str | None) -> Member:
        event = item.event
        return cls(item.id, event.doc_id, item.published, item.seq, event.type, event.modality,
                   event.time.start if event.time else None, item.source, event.quantity, event.value,
                   [System(s.id, s.family, s.category) for s in event.systems if s.family == family],
                   event_confidence(event))

    @classmethod
    def from_state(cls, row: list) -> Member:
        (id_, doc_id, published, seq, type_, modality, start, source, quantity, value, systems,
         confidence) = row
        return cls(id_, doc_id, published, seq, EVENT_TYPES[type_], MODALITIES[modality], start, source, quantity,
                   Value(**value) if value else None, [System(*s) for s in systems], confidence)

    def as_state(self) -> list:
        value = self.value
        return [self.id, self.doc_id, self.published, self.seq, str(self.type), str(self.modality), self.start,
                self.source, self.quantity,
                {"amount": value.amount, "currency": value.currency, "text": value.text} if value else None,
                [list(s) for s in self.systems], self.confidence]

    @property
    def order(self) -> tuple:
        """Where the store reads it in a deal: by publication date (undated
        first), document and place in the document."""
        return member_order(self.published, self.doc_id, self.seq)

    @property
    def dated(self) -> tuple[str | None, str | None]:
        """(date, dated_by): the event's own time, else its report's publication date."""
        if self.start:
            return self.start, "event"
        if self.published:
            return self.published, "reported"
        return None, None


def event_confidence(event: Event) -> float:
    """An event's confidence, 1.0 for one decided by no model (an older ledger's)."""
    return 1.0 if event.confidence is None else event.confidence


def deal_members(items: Iterable[FusedEvent]) -> dict[tuple, list[Member]]:
    """Transfer events grouped by deal key, in the order given."""
    groups: dict[tuple, list[Member]] = defaultdict(list)
    for item in items:
        for key in deal_keys(item.event):
            groups[key].append(Member.of(item, key[2]))
    return groups


def fuse_deals(items: Iterable[FusedEvent]) -> list[Deal]:
    """Group transfer events into deals, each with its timeline, status,
    independent-source count, contradictions and register columns."""
    deals = [fuse_members(key, members) for key, members in deal_members(items).items()]
    deals.sort(key=deal_order)
    return deals


def deal_order(deal: Deal) -> tuple:
    """How deals are listed: by supplier, recipient and family."""
    return deal.supplier or "", deal.recipient or "", deal.family or ""


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


def fuse_members(key: tuple, members: list[Member]) -> Deal:
    """One deal from its members, in the store's order: the whole of fusion."""
    return assemble_deal(key, timeline=fuse_timeline(members), contradictions=fuse_contradictions(members),
                         sources=len({m.source for m in members}), documents=len({m.doc_id for m in members}),
                         event_ids=[m.id for m in members], confidence=max(m.confidence for m in members),
                         register_events={m.id: m for m in members})


def assemble_deal(key: tuple, *, timeline: list[TimelineStep], contradictions: list[Contradiction], sources: int,
                  documents: int, event_ids: list[str], confidence: float, register_events: dict) -> Deal:
    """A deal from its fused parts: status and dates from its timeline, and
    its register columns. `register_events` stand in for its events: the
    register reads only their systems of this family, quantity, value and modality."""
    supplier, recipient, family = key
    # A denied step or an undatable one is never the status.
    live = [s for s in timeline if s.modality != Modality.NEGATED and s.effective]
    status = None
    if live:
        latest = max(date_key(s.effective) for s in live)
        current = [s for s in live if date_key(s.effective) == latest]
        status = max(current, key=lambda s: (CERTAINTY[s.modality], STAGE_RANK[s.type]))
    dated = [s.effective for s in timeline if s.effective]
    deal = Deal(
        id=deal_id(supplier, recipient, family),
        supplier=supplier,
        recipient=recipient,
        family=family,
        status=status.type if status else None,
        status_modality=status.modality if status else None,
        status_date=status.effective if status else None,
        sources=sources,
        documents=documents,
        timeline=timeline,
        contradictions=contradictions,
        event_ids=event_ids,
        first_time=min(dated, key=date_key) if dated else None,
        last_time=max(dated, key=date_key) if dated else None,
        confidence=confidence,
    )
    deal.register = register_columns(deal, register_events)
    return deal


def timeline_order(step: TimelineStep) -> tuple:
    return date_key(step.effective), STAGE_RANK[step.type], CERTAINTY[step.modality]


def fuse_timeline(members: list[Member]) -> list[TimelineStep]:
    steps: dict[tuple, TimelineStep] = {}
    docs_of_step: dict[tuple, set[str]] = defaultdict(set)
    # Dated events first, so that an undated restatement of a dated step in
    # the same document ("The decision was made ...") joins that step.
    ordered = sorted(members, key=lambda m: not m.start)
    for member in ordered:
        when, dated_by = member.dated
        step_key = (member.type, member.modality, when)
        if dated_by != "event":
            same = [k for k in steps if k[:2] == (member.type, member.modality) and member.doc_id in docs_of_step[k]]
            if same:
                step_key = same[-1]
        docs_of_step[step_key].add(member.doc_id)
        step = steps.get(step_key)
        if step is None:
            step = steps[step_key] = TimelineStep(
                type=member.type, modality=member.modality, time=when if dated_by == "event" else None,
                event_ids=[], sources=[], effective=when, dated_by=dated_by,
            )
        elif step.dated_by == "reported" and dated_by == "reported" and date_key(when) < date_key(step.effective):
            step.effective = when  # a step reported twice takes effect at its first report
        step.event_ids.append(member.id)
        if member.source not in step.sources:
            step.sources.append(member.source)
    return sorted(steps.values(), key=timeline_order)


def fuse_contradictions(members: list[Member]) -> list[Contradiction]:
    # Only claims about the same step in the same year conflict: a 2010
    # refusal to deliver and a 2016 delivery are a history, not a dispute.
    by_step: dict[tuple[EventType, str], list[Member]] = defaultdict(list)
    for member in members:
        when, _ = member.dated
        by_step[(member.type, (when or "")[:4])].append(member)
    found = []
    for (event_type, _year), group in by_step.items():
        sources_of: dict[Modality, set[str]] = defaultdict(set)
        for member in group:
            sources_of[member.modality].add(member.source)
        modalities = set(sources_of)
        conflicting = (Modality.NEGATED in modalities and len(modalities) > 1) or (
            Modality.SPECULATED in modalities and Modality.ASSERTED in modalities
            and sources_of[Modality.SPECULATED] != sources_of[Modality.ASSERTED]
        )
        if conflicting and len(set().union(*sources_of.values())) > 1:
            claims = _claims(group, lambda m: m.modality)
            claims.sort(key=lambda c: -CERTAINTY[c.modality])
            found.append(Contradiction(type=event_type, about="modality", claims=claims))
        counted = [m for m in group if m.quantity and m.modality != Modality.NEGATED]
        numbers = {m.quantity for m in counted}
        if len(numbers) > 1 and len({m.source for m in counted}) > 1:
            claims = _claims(counted, lambda m: m.quantity)
            claims.sort(key=lambda c: c.number or 0)
            found.append(Contradiction(type=event_type, about="quantity", claims=claims))
    return found


def _claims(group: list[Member], said) -> list[Claim]:
    """One claim per (source, what it says): the first event saying it."""
    claims: dict[tuple, Claim] = {}
    for member in group:
        key = (member.source, said(member))
        if key not in claims:
            claims[key] = Claim(source=member.source, modality=member.modality, number=member.quantity,
                                time=member.dated[0], event_id=member.id)
    return list(claims.values())
