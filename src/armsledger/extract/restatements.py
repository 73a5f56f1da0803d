"""One event per step a document states: restatements merge into the first."""

from __future__ import annotations

from ..model import Event, EventType, SystemRef
from .findings import Finding


def statement_key(event: Event) -> tuple:
    families = frozenset(s.family for s in event.systems if s.family)
    # Two cooperation texts between the same states (an agreement and a
    # declaration) are two events; the same one named twice is one.
    name = event.evidence.trigger.lower() if event.type == EventType.COOPERATION_AGREEMENT else None
    return (event.type, event.supplier, event.recipient, families, tuple(event.parties), event.modality, name)


def subsumes(full: Event, partial: Event) -> bool:
    """Whether `partial` says the same as `full` with a party left out
    (the headline "US clears possible F-15 sale" before the lead names Indonesia)."""
    if (full.type, full.modality) != (partial.type, partial.modality) or full is partial:
        return False
    if {s.family for s in full.systems if s.family} != {s.family for s in partial.systems if s.family}:
        return False
    roles = [(getattr(full, r), getattr(partial, r)) for r in ("supplier", "recipient")]
    return all(p is None or p == f for f, p in roles) and any(p is None and f for f, p in roles)


def merge_restatements(findings: list[Finding]) -> None:
    """One event per step a document states: a restatement (the headline and
    the lead, "It was signed in 2005" after "the 2005 contract") adds its
    sentence to the first event's mentions and fills what the first lacks."""
    first: dict[tuple, Event] = {}
    for finding in findings:
        event = finding.event
        if event is None:
            continue
        key = statement_key(event)
        kept = first.get(key)
        if kept is None:
            first[key] = event
            continue
        outer = lambda e: next((a.id for a in e.attribution if a.kind == "outlet"), None)  # noqa: E731
        if event.attribution and kept.attribution and outer(event) != outer(kept):
            continue  # another source saying the same thing is its own event
        kept.time = kept.time or event.time
        kept.value = kept.value or event.value
        kept.quantity = kept.quantity or event.quantity
        kept.attribution = kept.attribution or event.attribution
        kept.participants = kept.participants or event.participants
        known = {s.family for s in kept.systems}
        kept.systems = kept.systems + [s for s in event.systems if s.family not in known]
        kept.mentions.append(event.evidence)
        finding.event = None
        finding.reason = f"restates the event in “{kept.evidence.sentence[:60]}…”"
    events = [f.event for f in findings if f.event is not None and f.event.type.is_transfer]
    for finding in findings:
        partial = finding.event
        if partial is None or not partial.type.is_transfer or (partial.supplier and partial.recipient):
            continue
        full = next((e for e in events if e is not partial and subsumes(e, partial)), None)
        if full is not None:
            full.mentions.append(partial.evidence)
            full.time = full.time or partial.time
            full.value = full.value or partial.value
            full.quantity = full.quantity or partial.quantity
            finding.event = None
            finding.reason = f"restates, with a party left out, the event in “{full.evidence.sentence[:60]}…”"
            events.remove(partial)


def dedupe_systems(refs: list[SystemRef]) -> list[SystemRef]:
    seen: set[tuple[str | None, str]] = set()
    result = []
    for ref in refs:
        key = (ref.family, ref.category if not ref.family else "")
        if key in seen:
            continue
        seen.add(key)
        result.append(ref)
    return result
