"""Events: filtered, sorted, paginated lists in the record of design.md."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..schema import as_json
from .common import (
    EXPORT_LIMIT,
    MAX_PAGE_SIZE,
    Page,
    at_least,
    deal_events_t,
    documents_t,
    events_t,
    matches,
    sort_clauses,
    systems_t,
    year_of,
)

if TYPE_CHECKING:
    from .. import Store


@dataclass(slots=True, kw_only=True)
class EventFilter:
    type: str | list[str] | None = None  # each filter one value or a list of values
    modality: str | list[str] | None = None
    supplier: str | list[str] | None = None
    recipient: str | list[str] | None = None
    country: str | list[str] | None = None  # either side
    family: str | list[str] | None = None
    category: str | list[str] | None = None
    since: int | None = None  # year of the event's time, else of its publication
    until: int | None = None
    doc: str | None = None
    deal: str | None = None
    source: str | None = None
    min_confidence: float | None = None  # events decided by no model count as 1

    def where(self) -> list[sa.ColumnElement]:
        e = events_t
        clauses: list[sa.ColumnElement] = []
        for name in ("type", "modality", "supplier", "recipient"):
            value = getattr(self, name)
            if value:
                clauses.append(matches(e.c[name], value))
        if self.country:
            clauses.append(sa.or_(matches(e.c.supplier, self.country), matches(e.c.recipient, self.country)))
        if self.family:
            clauses.append(e.c.id.in_(sa.select(systems_t.c.event_id).where(matches(systems_t.c.family, self.family))))
        if self.category:
            clauses.append(e.c.id.in_(sa.select(systems_t.c.event_id)
                                      .where(matches(systems_t.c.category, self.category))))
        when = year_of(sa.func.coalesce(e.c.time_start, documents_t.c.published))
        if self.since is not None:
            clauses.append(when >= f"{self.since:04d}")
        if self.until is not None:
            clauses.append(when <= f"{self.until:04d}")
        if self.doc:
            clauses.append(e.c.doc_id == self.doc)
        if self.deal:
            clauses.append(deal_events_t.c.deal_id == self.deal)
        if self.source:
            clauses.append(e.c.source_label == self.source)
        if self.min_confidence is not None:
            clauses.append(at_least(e.c.confidence, self.min_confidence))
        return clauses

    def params(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "", [])}

    def from_clause(self, *, documents: bool = True) -> sa.FromClause:
        """Events joined to their documents, and to the deal when filtering
        by one (a join the planner starts from, unlike an IN subquery)."""
        joined: sa.FromClause = events_t
        if documents or self.since is not None or self.until is not None:
            joined = events_t.join(documents_t, events_t.c.doc_id == documents_t.c.id)
        if self.deal:
            joined = deal_events_t.join(joined, deal_events_t.c.event_id == events_t.c.id)
        return joined


EVENT_SORTS: dict[str, list[sa.ColumnElement]] = {
    "published": [documents_t.c.published, events_t.c.doc_id, events_t.c.seq],
    "time": [sa.func.coalesce(events_t.c.time_start, documents_t.c.published), events_t.c.doc_id, events_t.c.seq],
    "type": [events_t.c.type, events_t.c.modality],
    "source": [events_t.c.source_label],
}


def event_select(source: sa.FromClause | None = None) -> sa.Select:
    e, d = events_t, documents_t
    return sa.select(e.c.id, e.c.source_label, e.c.record, d.c.published, d.c.outlet, d.c.url,
                     d.c.title, d.c.ingested_at).select_from(source if source is not None else e.join(d, e.c.doc_id == d.c.id))


def event_item(row: Any) -> dict[str, Any]:
    return {**as_json(row.record), "id": row.id, "source_label": row.source_label,
            "published": row.published, "outlet": row.outlet, "url": row.url, "title": row.title,
            "accessed": (row.ingested_at or "")[:10] or None}


def event_records(conn: sa.Connection, where: sa.ColumnElement, *, limit: int | None = None) -> list[dict]:
    query = event_select().where(where).order_by(documents_t.c.published, events_t.c.doc_id, events_t.c.seq)
    if limit is not None:
        query = query.limit(limit)
    return [event_item(row) for row in conn.execute(query)]


def list_events(store: Store, filters: EventFilter, *, sort: str = "-published", page: int = 1,
                per_page: int = 50) -> Page:
    """A page of events, each in the record of design.md plus where it came from."""
    per_page = min(per_page, MAX_PAGE_SIZE)
    where = filters.where()
    query = (event_select(filters.from_clause()).where(*where)
             .order_by(*sort_clauses(EVENT_SORTS, sort, events_t.c.id))
             .limit(per_page).offset((page - 1) * per_page))
    # Counting needs the documents only to filter by their dates.
    count = sa.select(sa.func.count()).select_from(filters.from_clause(documents=False)).where(*where)
    with store.engine.connect() as conn:
        total = conn.execute(count).scalar() or 0
        items = [event_item(row) for row in conn.execute(query)]
    return Page(items=items, total=total, page=page, per_page=per_page)


def iter_events(store: Store, filters: EventFilter, *, sort: str = "published",
                limit: int = EXPORT_LIMIT) -> Iterator[dict[str, Any]]:
    query = (event_select(filters.from_clause()).where(*filters.where())
             .order_by(*sort_clauses(EVENT_SORTS, sort, events_t.c.id)).limit(limit))
    with store.engine.connect() as conn:
        for row in conn.execution_options(yield_per=500).execute(query):
            yield event_item(row)
