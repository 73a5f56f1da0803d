"""The ledger at large: countries and their flows, documents, search, overview."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..search import SearchResult, search_documents
from .common import (
    MAX_PAGE_SIZE,
    UNKNOWN_STATUS,
    Page,
    deal_events_t,
    deals_t,
    documents_t,
    events_t,
    sort_clauses,
    year_of,
)
from .events import event_records

if TYPE_CHECKING:
    from .. import Store


def flows(store: Store, *, country: str | None = None, limit: int = 5000) -> list[dict[str, Any]]:
    """Supplier → recipient pairs with their deals: count, families and
    statuses, most deals first; only pairs touching `country` if given."""
    t = deals_t
    query = sa.select(t.c.supplier, t.c.recipient, t.c.family, t.c.status, t.c.id).where(
        t.c.supplier.is_not(None), t.c.recipient.is_not(None))
    if country:
        query = query.where(sa.or_(t.c.supplier == country, t.c.recipient == country))
    query = query.order_by(t.c.supplier, t.c.recipient, t.c.family).limit(limit)
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            pair = pairs.setdefault((row.supplier, row.recipient), {
                "supplier": row.supplier, "recipient": row.recipient, "deals": 0,
                "families": [], "statuses": defaultdict(int)})
            pair["deals"] += 1
            pair["families"].append(row.family)
            pair["statuses"][row.status or UNKNOWN_STATUS] += 1
    result = [{**p, "statuses": dict(p["statuses"])} for p in pairs.values()]
    result.sort(key=lambda p: (-p["deals"], p["supplier"], p["recipient"]))
    return result


def countries(store: Store) -> list[dict[str, Any]]:
    """Every country in a deal: deals as supplier, as recipient, and events."""
    t, e = deals_t, events_t
    table: dict[str, dict[str, Any]] = {}

    def entry(code: str) -> dict[str, Any]:
        return table.setdefault(code, {"code": code, "supplies": 0, "receives": 0, "partners": set()})

    with store.engine.connect() as conn:
        for side, other, key in ((t.c.supplier, t.c.recipient, "supplies"), (t.c.recipient, t.c.supplier, "receives")):
            query = sa.select(side, other, sa.func.count()).where(side.is_not(None)).group_by(side, other)
            for code, partner, n in conn.execute(query):
                item = entry(code)
                item[key] += n
                if partner:
                    item["partners"].add(partner)
        event_counts = {}
        for side in (e.c.supplier, e.c.recipient):
            for code, n in conn.execute(sa.select(side, sa.func.count()).where(side.is_not(None)).group_by(side)):
                event_counts[code] = event_counts.get(code, 0) + n
    result = []
    for code, item in table.items():
        result.append({**item, "partners": len(item["partners"]), "events": event_counts.get(code, 0)})
    result.sort(key=lambda c: (-(c["supplies"] + c["receives"]), c["code"]))
    return result


def country_detail(store: Store, code: str) -> dict[str, Any] | None:
    """What a country supplies and receives, by partner; None when it is in no deal or event."""
    country_flows = flows(store, country=code)
    e = events_t
    with store.engine.connect() as conn:
        events = conn.execute(sa.select(sa.func.count()).select_from(e).where(
            sa.or_(e.c.supplier == code, e.c.recipient == code))).scalar() or 0
    if not country_flows and not events:
        return None
    supplies = [f for f in country_flows if f["supplier"] == code]
    receives = [f for f in country_flows if f["recipient"] == code]
    return {"code": code, "events": events,
            "supplies": supplies, "receives": receives,
            "deals_supplied": sum(f["deals"] for f in supplies),
            "deals_received": sum(f["deals"] for f in receives)}


# --- documents and search ----------------------------------------------------

DOCUMENT_SORTS: dict[str, list[sa.ColumnElement]] = {
    "published": [documents_t.c.published],
    "outlet": [documents_t.c.outlet, documents_t.c.published],
    "title": [documents_t.c.title],
}


@dataclass(slots=True, kw_only=True)
class DocumentFilter:
    outlet: str | None = None
    status: str | None = None
    since: int | None = None
    until: int | None = None

    def where(self) -> list[sa.ColumnElement]:
        d = documents_t
        clauses: list[sa.ColumnElement] = []
        if self.outlet:
            clauses.append(d.c.outlet == self.outlet)
        if self.status:
            clauses.append(d.c.status == self.status)
        if self.since is not None:
            clauses.append(year_of(d.c.published) >= f"{self.since:04d}")
        if self.until is not None:
            clauses.append(year_of(d.c.published) <= f"{self.until:04d}")
        return clauses

    def params(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


def list_documents(store: Store, filters: DocumentFilter, *, sort: str = "-published", page: int = 1,
                   per_page: int = 50) -> Page:
    """A page of documents (without their text), each with its event count."""
    per_page = min(per_page, MAX_PAGE_SIZE)
    d, e = documents_t, events_t
    n_events = sa.select(sa.func.count()).where(e.c.doc_id == d.c.id).scalar_subquery().label("events")
    query = (sa.select(d.c.id, d.c.title, d.c.outlet, d.c.published, d.c.url, d.c.source, d.c.language,
                       d.c.status, d.c.note, n_events)
             .where(*filters.where()).order_by(*sort_clauses(DOCUMENT_SORTS, sort, d.c.id))
             .limit(per_page).offset((page - 1) * per_page))
    with store.engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(d).where(*filters.where())).scalar() or 0
        items = [dict(row) for row in conn.execute(query).mappings()]
    return Page(items=items, total=total, page=page, per_page=per_page)


def document_outlets(store: Store) -> list[str]:
    d = documents_t
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(sa.select(d.c.outlet).where(d.c.outlet.is_not(None))
                                           .distinct().order_by(d.c.outlet))]


def document_detail(store: Store, doc_id: str, *, max_events: int = 1000) -> dict[str, Any] | None:
    """A document with its text, its events and the deals they belong to."""
    d, de, t = documents_t, deal_events_t, deals_t
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(d).where(d.c.id == doc_id)).mappings().first()
        if row is None:
            return None
        events = event_records(conn, events_t.c.doc_id == doc_id, limit=max_events)
        deal_rows = conn.execute(
            sa.select(t.c.id, t.c.supplier, t.c.recipient, t.c.family, t.c.status, t.c.status_modality,
                      sa.func.count().label("events"))
            .select_from(de.join(t, de.c.deal_id == t.c.id).join(events_t, de.c.event_id == events_t.c.id))
            .where(events_t.c.doc_id == doc_id)
            .group_by(t.c.id, t.c.supplier, t.c.recipient, t.c.family, t.c.status, t.c.status_modality)
            .order_by(t.c.supplier, t.c.recipient, t.c.family)
        ).mappings()
        deals = [dict(r) for r in deal_rows]
    events.sort(key=lambda ev: (ev["evidence"]["start"], ev["id"]))
    return {**dict(row), "events": events, "deals": deals}


def search(store: Store, text: str, *, page: int = 1, per_page: int = 20,
           groups: list[list[str]] | None = None) -> SearchResult:
    """Documents matching `text` (or its `groups` of alternative spellings)."""
    per_page = min(per_page, MAX_PAGE_SIZE)
    return search_documents(store.engine, text, limit=per_page, offset=(page - 1) * per_page, groups=groups)


def overview(store: Store) -> dict[str, Any]:
    """Counts and extents of the whole ledger."""
    d, e, t = documents_t, events_t, deals_t
    with store.engine.connect() as conn:
        counts = {
            "documents": conn.execute(sa.select(sa.func.count()).select_from(d)).scalar() or 0,
            "events": conn.execute(sa.select(sa.func.count()).select_from(e)).scalar() or 0,
            "deals": conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0,
            "sources": conn.execute(sa.select(sa.func.count(sa.distinct(e.c.source_label)))).scalar() or 0,
        }
        first, last = conn.execute(sa.select(sa.func.min(d.c.published), sa.func.max(d.c.published))).one()
        statuses = {row[0] or UNKNOWN_STATUS: row[1] for row in conn.execute(
            sa.select(t.c.status, sa.func.count()).group_by(t.c.status).order_by(sa.func.count().desc()))}
    return {"counts": counts, "published": {"first": first, "last": last}, "statuses": statuses}
