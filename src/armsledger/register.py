"""A deal as a row of SIPRI's trade register, computed when it is fused:
designation, description, year of order, numbers ordered and delivered,
years of delivery, value, status and comments.

Numbers and years come from asserted steps. When only planned or speculated
reports give a number, it is kept with its modality so that no reader takes
an intention for a fact.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .catalog import load_catalog
from .model import Deal, Event, EventType, Modality, RegisterColumns, TimelineStep, Value

if TYPE_CHECKING:
    from collections.abc import Iterable

_HEDGED = (Modality.PLANNED, Modality.SPECULATED)


def designation(family: str | None, system_ids: Iterable[str | None]) -> str:
    """The family's catalog name, with the variant names seen: "S-300 (S-300PMU-2)"."""
    catalog = load_catalog()
    entry = catalog.families.get(family or "")
    name = entry.name if entry else (family or "?")
    variants = sorted({catalog.systems_by_id[i].name for i in system_ids
                       if i and i != family and i in catalog.systems_by_id} - {name})
    return f"{name} ({', '.join(variants)})" if variants else name


def status_label(status: EventType | str | None, modality: Modality | str | None) -> str:
    """ "delivery", "delivery planned", "agreement speculated"; "unknown" when undatable."""
    if not status:
        return "unknown"
    label = str(status).lower().replace("_", " ")
    return label if modality in (None, Modality.ASSERTED, "ASSERTED") else f"{label} {str(modality).lower()}"


def register_columns(deal: Deal, events: dict[str, Event]) -> RegisterColumns:
    """The register columns of a fused deal, from its steps and their events."""
    family = deal.family
    system_ids = [s.id for e in events.values() for s in e.systems if s.family == family]
    category = next((s.category for e in events.values() for s in e.systems
                     if s.family == family and s.category), None)
    agreements = [s for s in deal.timeline if s.type == EventType.AGREEMENT]
    deliveries = [s for s in deal.timeline if s.type == EventType.DELIVERY]
    ordered = [s for s in agreements if s.modality == Modality.ASSERTED and s.effective]
    order_step = min(ordered, key=lambda s: ((s.effective or "") + "-00-00")[:10]) if ordered else None
    number_ordered, ordered_modality = _number(agreements, events)
    number_delivered, delivered_modality = _delivered(deliveries, events)
    delivery_years = sorted({int(s.effective[:4]) for s in deliveries
                             if s.modality == Modality.ASSERTED and s.effective})
    columns = RegisterColumns(
        designation=designation(family, system_ids),
        description=category,
        order_year=int(order_step.effective[:4]) if order_step and order_step.effective else None,
        order_year_reported=bool(order_step and order_step.dated_by == "reported"),
        number_ordered=number_ordered,
        number_ordered_modality=ordered_modality,
        number_delivered=number_delivered,
        number_delivered_modality=delivered_modality,
        delivery_years=delivery_years,
        value=_value(deal.timeline, events),
        status=status_label(deal.status, deal.status_modality),
    )
    columns.comments = _comments(deal, columns)
    return columns


def _quantities(steps: list[TimelineStep], events: dict[str, Event]) -> Counter:
    return Counter(events[i].quantity for s in steps for i in s.event_ids
                   if i in events and events[i].quantity)


def _most_reported(counts: Counter) -> int | None:
    # The number most sources give; among equals, the larger.
    return max(counts, key=lambda n: (counts[n], n)) if counts else None


def _number(steps: list[TimelineStep], events: dict[str, Event]) -> tuple[int | None, Modality | None]:
    asserted = _quantities([s for s in steps if s.modality == Modality.ASSERTED], events)
    if asserted:
        return _most_reported(asserted), Modality.ASSERTED
    for modality in _HEDGED:
        hedged = _quantities([s for s in steps if s.modality == modality], events)
        if hedged:
            return _most_reported(hedged), modality
    return None, None


def _delivered(steps: list[TimelineStep], events: dict[str, Event]) -> tuple[int | None, Modality | None]:
    # Deliveries at different dates are batches and add up; reports of one
    # batch are one number.
    batches = [_most_reported(_quantities([s], events)) for s in steps if s.modality == Modality.ASSERTED]
    batches = [n for n in batches if n]
    if batches:
        return sum(batches), Modality.ASSERTED
    return _number([s for s in steps if s.modality in _HEDGED], events)


def _value(timeline: list[TimelineStep], events: dict[str, Event]) -> Value | None:
    # An asserted agreement's value first, then any asserted step's, then any.
    ranked = sorted(timeline, key=lambda s: (s.modality != Modality.ASSERTED, s.type != EventType.AGREEMENT))
    for step in ranked:
        for event_id in step.event_ids:
            event = events.get(event_id)
            if event is not None and event.value is not None and event.modality != Modality.NEGATED:
                return event.value
    return None


def _comments(deal: Deal, columns: RegisterColumns) -> str:
    notes = []
    if columns.order_year_reported:
        notes.append("year of order is a report date")
    for name, modality in (("number ordered", columns.number_ordered_modality),
                           ("number delivered", columns.number_delivered_modality)):
        if modality in _HEDGED:
            notes.append(f"{name} is {str(modality).lower()}")
    if deal.status_modality in _HEDGED:
        notes.append(f"status is {str(deal.status_modality).lower()}")
    undatable = sum(1 for s in deal.timeline if not s.effective)
    if undatable:
        notes.append(f"{undatable} undatable step{'s' if undatable > 1 else ''}")
    notes.extend(f"sources disagree: {c.summary}" for c in deal.contradictions)
    return "; ".join(notes)


def money(amount: float | None, currency: str | None) -> str:
    """ "1.2 bn USD", "750 m EUR", "90,000 USD"."""
    if amount is None:
        return ""
    for size, unit in ((1e9, "bn"), (1e6, "m")):
        if amount >= size:
            return f"{amount / size:,.3g} {unit} {currency or ''}".strip()
    return f"{amount:,.0f} {currency or ''}".strip()
