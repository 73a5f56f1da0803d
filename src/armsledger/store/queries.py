"""Read queries for the web and API: filtered, sorted, paginated lists with
counts, a deal with a bounded slice of its evidence, country flows,
documents with their events.

Every function takes a `Store` and returns plain JSON-ready values. Filters
are small dataclasses; each value reaches SQL as a bound parameter, sort keys
come from fixed tables, and every list is bounded by a page size.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from . import schema
from .search import SearchResult, search_documents

if TYPE_CHECKING:
    from . import Store

MAX_PAGE_SIZE = 200
EXPORT_LIMIT = 100_000

deals_t = schema.deals
events_t = schema.events
documents_t = schema.documents
systems_t = schema.event_systems
deal_events_t = schema.deal_events


@dataclass(slots=True, kw_only=True)
class Page:
    """One page of a list, with the total the filters match."""

    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "page": self.page, "per_page": self.per_page,
                "pages": self.pages, "items": self.items}


def _year(column: sa.ColumnElement) -> sa.ColumnElement:
    # Times are ISO prefixes ("2015", "2015-04", "2015-04-13"); the year is
    # their first four characters, on SQLite and PostgreSQL alike.
    return sa.func.substr(column, 1, 4)


# --- deals -------------------------------------------------------------------

@dataclass(slots=True, kw_only=True)
class DealFilter:
    supplier: str | None = None
    recipient: str | None = None
    country: str | None = None  # either side
    family: str | None = None
    category: str | None = None
    status: str | None = None
    modality: str | None = None
    since: int | None = None  # years, inclusive: deals active at any time in [since, until]
    until: int | None = None

    def where(self) -> list[sa.ColumnElement]:
        t = deals_t
        clauses: list[sa.ColumnElement] = []
        if self.supplier:
            clauses.append(t.c.supplier == self.supplier)
        if self.recipient:
            clauses.append(t.c.recipient == self.recipient)
        if self.country:
            clauses.append(sa.or_(t.c.supplier == self.country, t.c.recipient == self.country))
        if self.family:
            clauses.append(t.c.family == self.family)
        if self.category:
            clauses.append(t.c.category == self.category)
        if self.status:
            clauses.append(t.c.status == self.status)
        if self.modality:
            clauses.append(t.c.status_modality == self.modality)
        if self.since is not None:
            clauses.append(_year(t.c.last_time) >= f"{self.since:04d}")
        if self.until is not None:
            clauses.append(_year(t.c.first_time) <= f"{self.until:04d}")
        return clauses

    def params(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


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
}


def sort_clauses(sorts: dict[str, list[sa.ColumnElement]], sort: str, tiebreak: sa.ColumnElement) -> list:
    """ORDER BY for a sort key from `sorts`, "-key" for descending; NULLs last."""
    descending = sort.startswith("-")
    columns = sorts[sort.removeprefix("-")]
    order = [(c.desc() if descending else c.asc()).nulls_last() for c in columns]
    return [*order, tiebreak]


LIST_STEPS = 12  # timeline steps shown per deal in a list; the deal's page has them all


@functools.lru_cache(maxsize=4096)
def _summary(raw: str) -> tuple[int, tuple[str, ...], int, tuple[tuple[Any, ...], ...]]:
    """What a list shows of a deal record, from its JSON text. Memoized on
    the text itself, so a list page parses each record once per process."""
    record = json.loads(raw)
    timeline = record.get("timeline") or []
    return (
        sum(len(s.get("event_ids") or []) for s in timeline),
        tuple(record.get("contradictions") or []),
        len(timeline),
        tuple((s["type"], s["modality"], s.get("time"), tuple(s.get("sources") or []), len(s.get("event_ids") or []))
              for s in timeline[:LIST_STEPS]),
    )


def _deal_item(row: Any) -> dict[str, Any]:
    events, contradictions, steps, timeline = _summary(row.raw)
    return {
        "id": row.id, "supplier": row.supplier, "recipient": row.recipient, "family": row.family,
        "category": row.category, "status": row.status, "status_modality": row.status_modality,
        "sources": row.sources, "documents": row.documents, "first_time": row.first_time,
        "last_time": row.last_time, "events": events, "contradictions": list(contradictions),
        "steps": steps,
        "timeline": [{"type": t, "modality": m, "time": when, "sources": list(sources), "events": n}
                     for t, m, when, sources, n in timeline],
    }


def _deal_columns() -> list:
    t = deals_t
    # The record as text, not decoded by the JSON type: _summary memoizes on it.
    return [t.c.id, t.c.supplier, t.c.recipient, t.c.family, t.c.category, t.c.status, t.c.status_modality,
            t.c.sources, t.c.documents, t.c.first_time, t.c.last_time, sa.cast(t.c.record, sa.Text).label("raw")]


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
        total = conn.execute(count).scalar() or 0
        order = [row[0] for row in conn.execute(ids)]
        rows = {row.id: row for row in conn.execute(sa.select(*_deal_columns()).where(t.c.id.in_(order)))} if order else {}
    return Page(items=[_deal_item(rows[i]) for i in order], total=total, page=page, per_page=per_page)


def iter_deals(store: Store, filters: DealFilter, *, sort: str = "supplier",
               limit: int = EXPORT_LIMIT) -> Iterator[dict[str, Any]]:
    """Every deal matching `filters` (at most `limit`), for exports."""
    query = (sa.select(*_deal_columns()).where(*filters.where())
             .order_by(*sort_clauses(DEAL_SORTS, sort, deals_t.c.id)).limit(limit))
    with store.engine.connect() as conn:
        for row in conn.execution_options(yield_per=500).execute(query):
            yield _deal_item(row)


FACETS = {"status": deals_t.c.status, "modality": deals_t.c.status_modality,
          "supplier": deals_t.c.supplier, "recipient": deals_t.c.recipient,
          "category": deals_t.c.category}


def deal_facets(store: Store, filters: DealFilter, *, top: int = 12) -> dict[str, list[dict[str, Any]]]:
    """For each facet, its most frequent values among the matching deals
    (one pass over their narrow columns rather than a GROUP BY per facet)."""
    counters: dict[str, Counter] = {name: Counter() for name in FACETS}
    query = sa.select(*(column.label(name) for name, column in FACETS.items())).where(*filters.where())
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            for name, value in zip(FACETS, row, strict=True):
                if value is not None:
                    counters[name][value] += 1
    return {name: [{"value": value, "count": n}
                   for value, n in sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:top]]
            for name, counter in counters.items()}


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
                max_contradictions: int = 5) -> dict[str, Any] | None:
    """A deal with a bounded slice of its evidence: every timeline step gets
    one event, then up to `per_step`, while `max_events` lasts; its sources;
    its contradictions (the first `max_contradictions` with the conflicting
    claims side by side, the rest as summaries)."""
    t = deals_t
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(t.c.record, t.c.category, t.c.first_time, t.c.last_time)
                           .where(t.c.id == deal_id)).first()
        if row is None:
            return None
        record = _json(row.record)
        steps = record.get("timeline") or []
        chosen = _spread([step.get("event_ids") or [] for step in steps], per_step=per_step, budget=max_events)
        wanted = [eid for ids in chosen for eid in ids]
        events = {e["id"]: e for e in _event_records(conn, events_t.c.id.in_(wanted))} if wanted else {}
        sources = _deal_sources(conn, deal_id)
        summaries = record.get("contradictions") or []
        contradictions = _contradictions(conn, deal_id, summaries[:max_contradictions])
        contradictions += [{"summary": s, "type": None, "about": None, "claims": []}
                           for s in summaries[max_contradictions:]]
    timeline = []
    for step, ids in zip(steps, chosen, strict=True):
        timeline.append({
            "type": step["type"], "modality": step["modality"], "time": step.get("time"),
            "sources": step.get("sources") or [], "event_count": len(step.get("event_ids") or []),
            "events": [events[eid] for eid in ids if eid in events],
        })
    return {
        "id": record["id"], "supplier": record.get("supplier"), "recipient": record.get("recipient"),
        "family": record.get("family"), "category": row.category, "status": record.get("status"),
        "status_modality": record.get("status_modality"), "sources": record.get("sources"),
        "documents": record.get("documents"), "first_time": row.first_time, "last_time": row.last_time,
        "event_count": len(record.get("event_ids") or []), "timeline": timeline,
        "source_list": sources, "contradictions": contradictions,
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


_SUMMARY = re.compile(r"^([A-Z_]+)( quantity)?: (.*)$")
_CLAIM = re.compile(r"(\S+) \(([^)]*)\)")
_CERTAINTY_ORDER = {"ASSERTED": 0, "PLANNED": 1, "SPECULATED": 2, "NEGATED": 3}


def _parse_summary(summary: str) -> tuple[str | None, str | None, dict[str, set[str]]]:
    """("DELIVERY", "modality", {"ASSERTED": {"ria", "xinhua"}, "NEGATED": {"ria"}})
    from "DELIVERY: ASSERTED (ria, xinhua) vs NEGATED (ria)", as fuse.py writes it."""
    match = _SUMMARY.match(summary)
    if not match:
        return None, None, {}
    claims = {m.group(1): {s.strip() for s in m.group(2).split(",") if s.strip()}
              for m in _CLAIM.finditer(match.group(3))}
    return match.group(1), "quantity" if match.group(2) else "modality", claims


def _contradictions(conn: sa.Connection, deal_id: str, summaries: list[str], *,
                    per_claim: int = 2) -> list[dict[str, Any]]:
    """Each contradiction with its conflicting claims, their sources and a few
    of their sentences, to be read side by side: the events of the deal of
    that type whose modality (or number) and source the summary names. Claims
    are chosen from the light columns; only the sentences shown are read."""
    e, d, de = events_t, documents_t, deal_events_t
    parsed = [(summary, *_parse_summary(summary)) for summary in summaries]
    rows_by_type: dict[str, list[Any]] = {}
    for event_type in {t for _, t, _, _ in parsed if t}:
        quantity = e.c.record["quantity"].as_integer()
        # Joined from deal_events, so the planner starts from the deal's few
        # events rather than from every event of the type.
        query = (sa.select(e.c.id, e.c.modality, e.c.source_label, quantity.label("quantity"))
                 .select_from(de.join(e, de.c.event_id == e.c.id).join(d, e.c.doc_id == d.c.id))
                 .where(de.c.deal_id == deal_id, e.c.type == event_type)
                 .order_by(d.c.published, e.c.doc_id, e.c.seq))
        rows_by_type[event_type] = list(conn.execute(query))
    chosen: list[dict[str, list[str]]] = []
    for _, event_type, about, claims in parsed:
        picked: dict[str, list[str]] = {claim: [] for claim in claims}
        for row in rows_by_type.get(event_type or "", []):
            value = str(row.quantity) if about == "quantity" else row.modality
            if value in picked and row.source_label in claims[value] and len(picked[value]) < per_claim:
                picked[value].append(row.id)
        chosen.append(picked)
    wanted = {eid for picked in chosen for ids in picked.values() for eid in ids}
    events = {ev["id"]: ev for ev in _event_records(conn, e.c.id.in_(wanted))} if wanted else {}
    result = []
    for (summary, event_type, about, claims), picked in zip(parsed, chosen, strict=True):
        order = sorted(claims, key=lambda c: (_CERTAINTY_ORDER.get(c, 9), c.zfill(12)))
        result.append({"summary": summary, "type": event_type, "about": about,
                       "claims": [{"claim": c, "sources": sorted(claims[c]),
                                   "events": [events[i] for i in picked[c] if i in events]} for c in order]})
    return result


# --- events ------------------------------------------------------------------

@dataclass(slots=True, kw_only=True)
class EventFilter:
    type: str | None = None
    modality: str | None = None
    supplier: str | None = None
    recipient: str | None = None
    country: str | None = None  # either side
    family: str | None = None
    category: str | None = None
    since: int | None = None  # year of the event's time, else of its publication
    until: int | None = None
    doc: str | None = None
    deal: str | None = None
    source: str | None = None

    def where(self) -> list[sa.ColumnElement]:
        e = events_t
        clauses: list[sa.ColumnElement] = []
        for name in ("type", "modality", "supplier", "recipient"):
            value = getattr(self, name)
            if value:
                clauses.append(e.c[name] == value)
        if self.country:
            clauses.append(sa.or_(e.c.supplier == self.country, e.c.recipient == self.country))
        if self.family:
            clauses.append(e.c.id.in_(sa.select(systems_t.c.event_id).where(systems_t.c.family == self.family)))
        if self.category:
            clauses.append(e.c.id.in_(sa.select(systems_t.c.event_id).where(systems_t.c.category == self.category)))
        when = _year(sa.func.coalesce(e.c.time_start, documents_t.c.published))
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
        return clauses

    def params(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}

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


def _event_select(source: sa.FromClause | None = None) -> sa.Select:
    e, d = events_t, documents_t
    return sa.select(e.c.id, e.c.source_label, e.c.record, d.c.published, d.c.outlet, d.c.url,
                     d.c.title).select_from(source if source is not None else e.join(d, e.c.doc_id == d.c.id))


def _event_item(row: Any) -> dict[str, Any]:
    return {**_json(row.record), "id": row.id, "source_label": row.source_label,
            "published": row.published, "outlet": row.outlet, "url": row.url, "title": row.title}


def _event_records(conn: sa.Connection, where: sa.ColumnElement, *, limit: int | None = None) -> list[dict]:
    query = _event_select().where(where).order_by(documents_t.c.published, events_t.c.doc_id, events_t.c.seq)
    if limit is not None:
        query = query.limit(limit)
    return [_event_item(row) for row in conn.execute(query)]


def list_events(store: Store, filters: EventFilter, *, sort: str = "-published", page: int = 1,
                per_page: int = 50) -> Page:
    """A page of events, each in the record of design.md plus where it came from."""
    per_page = min(per_page, MAX_PAGE_SIZE)
    where = filters.where()
    query = (_event_select(filters.from_clause()).where(*where)
             .order_by(*sort_clauses(EVENT_SORTS, sort, events_t.c.id))
             .limit(per_page).offset((page - 1) * per_page))
    # Counting needs the documents only to filter by their dates.
    count = sa.select(sa.func.count()).select_from(filters.from_clause(documents=False)).where(*where)
    with store.engine.connect() as conn:
        total = conn.execute(count).scalar() or 0
        items = [_event_item(row) for row in conn.execute(query)]
    return Page(items=items, total=total, page=page, per_page=per_page)


def iter_events(store: Store, filters: EventFilter, *, sort: str = "published",
                limit: int = EXPORT_LIMIT) -> Iterator[dict[str, Any]]:
    query = (_event_select(filters.from_clause()).where(*filters.where())
             .order_by(*sort_clauses(EVENT_SORTS, sort, events_t.c.id)).limit(limit))
    with store.engine.connect() as conn:
        for row in conn.execution_options(yield_per=500).execute(query):
            yield _event_item(row)


# --- countries ---------------------------------------------------------------

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
            pair["statuses"][row.status] += 1
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
            clauses.append(_year(d.c.published) >= f"{self.since:04d}")
        if self.until is not None:
            clauses.append(_year(d.c.published) <= f"{self.until:04d}")
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
        events = _event_records(conn, events_t.c.doc_id == doc_id, limit=max_events)
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


def search(store: Store, text: str, *, page: int = 1, per_page: int = 20) -> SearchResult:
    per_page = min(per_page, MAX_PAGE_SIZE)
    return search_documents(store.engine, text, limit=per_page, offset=(page - 1) * per_page)


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
        statuses = {row[0]: row[1] for row in conn.execute(
            sa.select(t.c.status, sa.func.count()).group_by(t.c.status).order_by(sa.func.count().desc()))}
    return {"counts": counts, "published": {"first": first, "last": last}, "statuses": statuses}


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


__all__ = [
    "DEAL_SORTS", "DOCUMENT_SORTS", "EVENT_SORTS", "EXPORT_LIMIT", "MAX_PAGE_SIZE", "DealFilter",
    "DocumentFilter", "EventFilter", "Page", "countries", "country_detail", "deal_detail", "deal_facets",
    "deal_options", "document_detail", "document_outlets", "flows", "iter_deals", "iter_events",
    "list_deals", "list_documents", "list_events", "overview", "search",
]
