"""Deals: filtered, sorted, paginated lists with facets, and one deal with
a bounded slice of its evidence, its sources and its contradictions."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..fusion import with_reports
from ..read_paths import LIST_CLAIMS, LIST_CONTRADICTIONS, has_list_record
from ..register import matching_rows
from ..schema import as_json
from .common import (
    EXPORT_LIMIT,
    MAX_PAGE_SIZE,
    UNKNOWN_STATUS,
    Page,
    at_least,
    deal_events_t,
    deals_t,
    documents_t,
    events_t,
    matches,
    sort_clauses,
    year_of,
)
from .events import event_records

if TYPE_CHECKING:
    from .. import Store


FilterValue = str | list[str] | None


@dataclass(slots=True, kw_only=True)
class DealFilter:
    """Each field one value or a list of values (any of them matches)."""

    supplier: FilterValue = None
    recipient: FilterValue = None
    country: FilterValue = None  # either side
    family: FilterValue = None
    category: FilterValue = None
    status: FilterValue = None
    modality: FilterValue = None
    since: int | None = None  # years, inclusive: deals with a dated step in [since, until]
    until: int | None = None
    parties: list[str] | None = None  # every one of them on one side or the other
    min_confidence: float | None = None  # deals with an event at least this confident

    def where(self) -> list[sa.ColumnElement]:
        t = deals_t
        clauses: list[sa.ColumnElement] = []
        for name, column in (("supplier", t.c.supplier), ("recipient", t.c.recipient), ("family", t.c.family),
                             ("category", t.c.category), ("modality", t.c.status_modality)):
            value = getattr(self, name)
            if value:
                clauses.append(matches(column, value))
        if self.country:
            clauses.append(sa.or_(matches(t.c.supplier, self.country), matches(t.c.recipient, self.country)))
        for party in self.parties or []:
            clauses.append(sa.or_(t.c.supplier == party, t.c.recipient == party))
        if self.status:
            statuses = [self.status] if isinstance(self.status, str) else list(self.status)
            known = [s for s in statuses if s != UNKNOWN_STATUS]
            either = [t.c.status.in_(known)] if known else []
            if UNKNOWN_STATUS in statuses:
                either.append(t.c.status.is_(None))
            clauses.append(sa.or_(*either))
        # first_time and last_time are effective dates: a step's own time, else its report's.
        if self.since is not None:
            clauses.append(year_of(t.c.last_time) >= f"{self.since:04d}")
        if self.until is not None:
            clauses.append(year_of(t.c.first_time) <= f"{self.until:04d}")
        if self.min_confidence is not None:
            clauses.append(at_least(t.c.confidence, self.min_confidence))
        return clauses

    def params(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "", [])}


DEAL_SORTS: dict[str, list[sa.ColumnElement]] = {
    "supplier": [deals_t.c.supplier, deals_t.c.recipient, deals_t.c.family],
    "recipient": [deals_t.c.recipient, deals_t.c.supplier, deals_t.c.family],
    "system": [deals_t.c.family, deals_t.c.supplier, deals_t.c.recipient],
    "category": [deals_t.c.category, deals_t.c.family],
    "status": [deals_t.c.status, deals_t.c.status_modality],
    "sources": [deals_t.c.sources],
    "documents": [deals_t.c.documents],
    "first": [deals_t.c.first_time],
    "last": [deals_t.c.last_time],
    "ordered": [deals_t.c.order_year],
    "number_ordered": [deals_t.c.number_ordered],
    "number_delivered": [deals_t.c.number_delivered],
    "confidence": [deals_t.c.confidence],
}


def list_record(record: dict[str, Any]) -> dict[str, Any]:
    """A deal record as the deals list reads it: no reports or event ids,
    each step with its count of events, the first LIST_CONTRADICTIONS
    contradictions with their first LIST_CLAIMS claims and how many there
    are (the largest deals' run to megabytes, which their own page and the
    exports give whole). PostgreSQL keeps the same in `deals.list_record` (store/read_paths.py)."""
    contradictions = record.get("contradictions") or []
    listed = {k: v for k, v in record.items() if k not in {"reports", "event_ids"}}
    listed["timeline"] = [{**{k: v for k, v in step.items() if k != "event_ids"},
                           "event_count": len(step.get("event_ids") or [])}
                          for step in record.get("timeline") or []]
    listed["contradictions"] = [{**item, "claims": (item.get("claims") or [])[:LIST_CLAIMS]}
                                for item in contradictions[:LIST_CONTRADICTIONS]]
    listed["contradiction_count"] = len(contradictions)
    return listed


@functools.lru_cache(maxsize=4096)
def _parsed(raw: str) -> dict[str, Any]:
    """A deal record from its JSON text, memoized on the text itself, so a
    list page parses each record once per process. Never mutated."""
    return json.loads(raw)


@functools.lru_cache(maxsize=4096)
def _listed(raw: str) -> dict[str, Any]:
    """list_record of a whole record's JSON text, memoized as _parsed is."""
    return list_record(json.loads(raw))


def _step_events(step: dict[str, Any]) -> int:
    return step["event_count"] if "event_count" in step else len(step.get("event_ids") or [])


def _deal_item(row: Any, record: dict[str, Any]) -> dict[str, Any]:
    timeline = record.get("timeline") or []
    contradictions = record.get("contradictions") or []
    return {
        "id": row.id, "supplier": row.supplier, "recipient": row.recipient, "family": row.family,
        "category": row.category, "status": row.status, "status_modality": row.status_modality,
        "status_date": record.get("status_date"), "confidence": row.confidence,
        "sources": row.sources, "documents": row.documents, "first_time": row.first_time,
        "last_time": row.last_time, "events": sum(_step_events(s) for s in timeline),
        "register": record.get("register"),
        "contradictions": contradictions,
        "contradiction_count": record.get("contradiction_count", len(contradictions)),
        "steps": len(timeline),
        # Every step: a list row must not contradict its own timeline.
        "timeline": [{"type": s["type"], "modality": s["modality"], "time": s.get("time"),
                      "effective": s.get("effective"), "dated_by": s.get("dated_by"),
                      "sources": s.get("sources") or [], "events": _step_events(s)}
                     for s in timeline],
    }


def _deal_columns(*, listed: bool = False) -> list:
    t = deals_t
    # The record as text, not decoded by the JSON type: _parsed memoizes on it.
    record = sa.literal_column("deals.list_record") if listed else t.c.record
    return [t.c.id, t.c.supplier, t.c.recipient, t.c.family, t.c.category, t.c.status, t.c.status_modality,
            t.c.sources, t.c.documents, t.c.first_time, t.c.last_time, t.c.confidence,
            sa.cast(record, sa.Text).label("raw")]


def list_deals(store: Store, filters: DealFilter, *, sort: str = "-last", page: int = 1,
               per_page: int = 50) -> Page:
    """A page of deals matching `filters`, with the total."""
    per_page = min(per_page, MAX_PAGE_SIZE)
    t = deals_t
    # Sort and cut on the narrow columns first, then read the page's records:
    # a sorter carrying every record would copy them all.
    ids = (sa.select(t.c.id).where(*filters.where()).order_by(*sort_clauses(DEAL_SORTS, sort, t.c.id))
           .limit(per_page).offset((page - 1) * per_page))
    count = sa.select(sa.func.count()).select_from(t).where(*filters.where())
    with store.engine.connect() as conn:
        stored_list = has_list_record(conn)
        total = conn.execute(count).scalar() or 0
        order = [row[0] for row in conn.execute(ids)]
        rows = {row.id: row for row in conn.execute(
            sa.select(*_deal_columns(listed=stored_list)).where(t.c.id.in_(order)))} if order else {}
    read = _parsed if stored_list else _listed
    return Page(items=[_deal_item(rows[i], read(rows[i].raw)) for i in order], total=total, page=page,
                per_page=per_page)


def iter_deals(store: Store, filters: DealFilter, *, sort: str = "supplier",
               limit: int = EXPORT_LIMIT) -> Iterator[dict[str, Any]]:
    """Every deal matching `filters` (at most `limit`), for exports."""
    query = (sa.select(*_deal_columns()).where(*filters.where())
             .order_by(*sort_clauses(DEAL_SORTS, sort, deals_t.c.id)).limit(limit))
    with store.engine.connect() as conn:
        for row in conn.execution_options(yield_per=500).execute(query):
            yield _deal_item(row, _parsed(row.raw))


FACETS = {"status": deals_t.c.status, "modality": deals_t.c.status_modality,
          "supplier": deals_t.c.supplier, "recipient": deals_t.c.recipient,
          "category": deals_t.c.category}


def deal_facets(store: Store, filters: DealFilter, *, top: int = 12) -> dict[str, list[dict[str, Any]]]:
    """For each facet, its most frequent values among the matching deals:
    counted in SQL, one GROUP BY per facet (each can be read from an index),
    so that a ledger of 50,000 deals does not send them all to Python."""
    where = filters.where()
    counted = [sa.select(sa.literal(name).label("facet"), column.label("value"), sa.func.count().label("n"))
               .where(*where, column.is_not(None)).group_by(column) for name, column in FACETS.items()]
    counts: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
    with store.engine.connect() as conn:
        for facet, value, n in conn.execute(sa.union_all(*counted)):
            counts[facet].append((value, n))
    return {name: [{"value": value, "count": n} for value, n in sorted(pairs, key=lambda p: (-p[1], p[0]))[:top]]
            for name, pairs in counts.items()}


def deal_options(store: Store) -> dict[str, list[str]]:
    """The values each deal filter can take, for the filter form."""
    options = {}
    with store.engine.connect() as conn:
        for name, column in (("supplier", deals_t.c.supplier), ("recipient", deals_t.c.recipient),
                             ("family", deals_t.c.family), ("category", deals_t.c.category)):
            query = sa.select(column).where(column.is_not(None)).distinct().order_by(column)
            options[name] = [row[0] for row in conn.execute(query)]
    return options


def deal_detail(store: Store, deal_id: str, *, per_step: int = 3, max_events: int = 40,
                max_contradictions: int = 5, max_claims: int = 20,
                min_confidence: float | None = None) -> dict[str, Any] | None:
    """A deal with a bounded slice of its evidence: every timeline step gets
    one event, then up to `per_step`, while `max_events` lasts; its sources;
    its contradictions, the first `max_claims` claims of the first
    `max_contradictions` each with its event (a deal reported by thousands
    of outlets has thousands of claims); the loaded register rows that match it. Events
    below `min_confidence` are left out (each step counts them as hidden)."""
    t = deals_t
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(t.c.record, t.c.category, t.c.first_time, t.c.last_time, t.c.confidence)
                           .where(t.c.id == deal_id)).first()
        if row is None:
            return None
        record = as_json(row.record)
        steps = record.get("timeline") or []
        shown = [step.get("event_ids") or [] for step in steps]
        if min_confidence is not None:
            visible = {r[0] for r in conn.execute(
                sa.select(deal_events_t.c.event_id).join(events_t, deal_events_t.c.event_id == events_t.c.id)
                .where(deal_events_t.c.deal_id == deal_id, at_least(events_t.c.confidence, min_confidence)))}
            shown = [[eid for eid in ids if eid in visible] for ids in shown]
        chosen = _spread(shown, per_step=per_step, budget=max_events)
        contradictions = record.get("contradictions") or []
        claimed = [c["event_id"] for item in contradictions[:max_contradictions]
                   for c in item["claims"][:max_claims]]
        if min_confidence is not None:
            claimed = [eid for eid in claimed if eid in visible]
        wanted = [eid for ids in chosen for eid in ids] + claimed
        events = {e["id"]: e for e in event_records(conn, events_t.c.id.in_(wanted))} if wanted else {}
        sources = _deal_sources(conn, deal_id)
        register_rows = matching_rows(conn, record.get("supplier"), record.get("recipient"), record.get("family"))
        reports = with_reports(conn, dict(record))["reports"]
    timeline = []
    for step, ids, kept in zip(steps, chosen, shown, strict=True):
        count = len(step.get("event_ids") or [])
        timeline.append({
            "type": step["type"], "modality": step["modality"], "time": step.get("time"),
            "effective": step.get("effective"), "dated_by": step.get("dated_by"),
            "sources": step.get("sources") or [], "event_count": count, "hidden_events": count - len(kept),
            "events": [events[eid] for eid in ids if eid in events],
        })
    return {
        "id": record["id"], "supplier": record.get("supplier"), "recipient": record.get("recipient"),
        "family": record.get("family"), "category": row.category, "status": record.get("status"),
        "status_modality": record.get("status_modality"), "status_date": record.get("status_date"),
        "confidence": row.confidence, "min_confidence": min_confidence,
        "hidden_events": sum(step["hidden_events"] for step in timeline),
        "sources": record.get("sources"), "documents": record.get("documents"),
        "first_time": row.first_time, "last_time": row.last_time, "register": record.get("register"),
        "event_count": len(record.get("event_ids") or []), "timeline": timeline,
        "source_list": sources,
        "contradictions": [{**item, "claims": [{**claim, "event": events.get(claim["event_id"])}
                                               for claim in item["claims"]]}
                           for item in contradictions],
        "register_rows": register_rows,
        "reports": reports,
    }


def _spread(groups: list[list[str]], *, per_step: int, budget: int) -> list[list[str]]:
    """Up to `per_step` items of each group, `budget` in all: first one
    from each group in order, then the seconds, and so on."""
    chosen: list[list[str]] = [[] for _ in groups]
    for rank in range(per_step):
        for ids, picked in zip(groups, chosen, strict=True):
            if budget <= 0:
                return chosen
            if rank < len(ids):
                picked.append(ids[rank])
                budget -= 1
    return chosen


def _deal_sources(conn: sa.Connection, deal_id: str, *, documents_per_source: int = 3) -> list[dict[str, Any]]:
    e, d, de = events_t, documents_t, deal_events_t
    joined = de.join(e, de.c.event_id == e.c.id).join(d, e.c.doc_id == d.c.id)
    summary = (
        sa.select(e.c.source_label, sa.func.count().label("events"),
                  sa.func.count(sa.distinct(e.c.doc_id)).label("documents"),
                  sa.func.min(d.c.published).label("first_published"),
                  sa.func.max(d.c.published).label("last_published"))
        .select_from(joined).where(de.c.deal_id == deal_id)
        .group_by(e.c.source_label).order_by(sa.func.count().desc(), e.c.source_label)
    )
    sources = {row.source_label: {**row._asdict(), "source": row.source_label, "document_list": []}
               for row in conn.execute(summary)}
    for source in sources.values():
        source.pop("source_label")
    # The latest few documents of each source, ranked in SQL so a deal with
    # thousands of events still reads a bounded number of rows.
    per_doc = (
        sa.select(e.c.source_label, d.c.id, d.c.title, d.c.outlet, d.c.published, d.c.url)
        .select_from(joined).where(de.c.deal_id == deal_id).distinct().subquery()
    )
    rank = sa.func.row_number().over(partition_by=per_doc.c.source_label,
                                     order_by=(per_doc.c.published.desc(), per_doc.c.id)).label("rank")
    ranked = sa.select(per_doc, rank).subquery()
    query = sa.select(ranked).where(ranked.c.rank <= documents_per_source).order_by(
        ranked.c.source_label, ranked.c.rank)
    for row in conn.execute(query).mappings():
        if row["source_label"] in sources:
            sources[row["source_label"]]["document_list"].append(
                {k: row[k] for k in ("id", "title", "outlet", "published", "url")})
    return list(sources.values())

