"""One deal, as its page shows it: a bounded slice of its evidence, and its
sources, reports and contradictions paged (the first few of each, with their
counts), so that a deal reported by thousands of outlets costs what a page
shows; `DealBounds.everything()` gives them whole."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..fusion import with_reports
from ..list_rows import (
    PAGE_CLAIMS,
    PAGE_CONTRADICTIONS,
    PAGE_EVENTS,
    PAGE_SOURCES,
    has_bounded_rows,
)
from ..register import matching_rows
from ..schema import as_json
from ..sources import Clusters, document_briefs, report_order
from .common import at_least, deal_events_t, deals_t, documents_t, events_t
from .events import event_records

if TYPE_CHECKING:
    from .. import Store


@dataclass(slots=True, kw_only=True, frozen=True)
class DealBounds:
    """How much of a deal's lists its page gives; None gives the whole list."""

    sources: int | None = PAGE_SOURCES  # each step's sources, the source table's rows and the reports
    contradictions: int | None = PAGE_CONTRADICTIONS
    claims: int | None = PAGE_CLAIMS  # per contradiction

    @classmethod
    def everything(cls) -> DealBounds:
        return cls(sources=None, contradictions=None, claims=None)

    def within(self, other: DealBounds) -> bool:
        """Whether every list this bounds is bounded at most as `other` bounds it."""
        return all(mine is not None and theirs is not None and mine <= theirs
                   for mine, theirs in ((self.sources, other.sources), (self.contradictions, other.contradictions),
                                        (self.claims, other.claims)))


def _first(items: list, bound: int | None) -> list:
    return items if bound is None else items[:bound]


def deal_detail(store: Store, deal_id: str, *, per_step: int = 3, max_events: int = 40,
                bounds: DealBounds = DealBounds(), min_confidence: float | None = None) -> dict[str, Any] | None:
    """A deal with a bounded slice of its evidence: every timeline step gets
    one event, then up to `per_step`, while `max_events` lasts; the first
    `bounds` of its sources, reports and contradictions (each with its
    events), each list with its count; the loaded register rows that match
    it. Events below `min_confidence` are left out (each step counts them
    as hidden)."""
    t = deals_t
    with store.engine.connect() as conn:
        # The stored page row (store/list_rows.py) when it holds all this page
        # shows: the largest deals' whole records run to megabytes.
        bounded = (has_bounded_rows(conn) and min_confidence is None and per_step <= PAGE_EVENTS
                   and bounds.within(DealBounds()))
        stored = sa.literal_column("deals.page_record") if bounded else t.c.record
        row = conn.execute(sa.select(stored.label("record"), t.c.category, t.c.first_time, t.c.last_time,
                                     t.c.confidence).where(t.c.id == deal_id)).first()
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
        contradictions = [{**item, "claim_count": item.get("claim_count", len(item["claims"])),
                           "claims": _first(item["claims"], bounds.claims)}
                          for item in _first(record.get("contradictions") or [], bounds.contradictions)]
        claimed = [c["event_id"] for item in contradictions for c in item["claims"]]
        if min_confidence is not None:
            claimed = [eid for eid in claimed if eid in visible]
        wanted = [eid for ids in chosen for eid in ids] + claimed
        events = {e["id"]: e for e in event_records(conn, events_t.c.id.in_(wanted))} if wanted else {}
        if bounds.sources is None:
            sources = _deal_sources(conn, deal_id)
            reports = with_reports(conn, dict(record))["reports"]
        else:
            sources, reports = _first_sources_and_reports(conn, deal_id, bounds.sources)
        register_rows = matching_rows(conn, record.get("supplier"), record.get("recipient"), record.get("family"))
    timeline = []
    for step, ids, kept in zip(steps, chosen, shown, strict=True):
        count = step.get("event_count", len(step.get("event_ids") or []))
        named = step.get("sources") or []
        source_count = step.get("source_count", len(named))
        timeline.append({
            "type": step["type"], "modality": step["modality"], "time": step.get("time"),
            "effective": step.get("effective"), "dated_by": step.get("dated_by"),
            "sources": _first(named, bounds.sources), "source_count": source_count,
            "sources_truncated": len(_first(named, bounds.sources)) < source_count,
            "event_count": count, "hidden_events": count - len(kept) if min_confidence is not None else 0,
            "events": [events[eid] for eid in ids if eid in events],
        })
    contradiction_count = record.get("contradiction_count", len(record.get("contradictions") or []))
    documents = record.get("documents") or 0
    return {
        "id": record["id"], "supplier": record.get("supplier"), "recipient": record.get("recipient"),
        "family": record.get("family"), "category": row.category, "status": record.get("status"),
        "status_modality": record.get("status_modality"), "status_date": record.get("status_date"),
        "confidence": row.confidence, "min_confidence": min_confidence,
        "hidden_events": sum(step["hidden_events"] for step in timeline),
        "sources": record.get("sources"), "documents": documents,
        "first_time": row.first_time, "last_time": row.last_time, "register": record.get("register"),
        "event_count": record.get("event_count", len(record.get("event_ids") or [])), "timeline": timeline,
        "source_list": sources,
        "source_list_truncated": len(sources) < (record.get("sources") or 0),
        "contradictions": [{**item, "claims_truncated": len(item["claims"]) < item["claim_count"],
                            "claims": [{**claim, "event": events.get(claim["event_id"])}
                                       for claim in item["claims"]]}
                           for item in contradictions],
        "contradiction_count": contradiction_count,
        "contradictions_truncated": len(contradictions) < contradiction_count,
        "register_rows": register_rows,
        "reports": reports,
        "reports_truncated": bounds.sources is not None and documents > bounds.sources,
        "bounds": {"sources": bounds.sources, "contradictions": bounds.contradictions, "claims": bounds.claims},
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


def _deal_joined() -> sa.Join:
    e, d, de = events_t, documents_t, deal_events_t
    return de.join(e, de.c.event_id == e.c.id).join(d, e.c.doc_id == d.c.id)


def _deal_sources(conn: sa.Connection, deal_id: str, *, documents_per_source: int = 3) -> list[dict[str, Any]]:
    """Every source of the deal, most events first, each with its latest few documents."""
    e, d, de = events_t, documents_t, deal_events_t
    joined = _deal_joined()
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
    # The latest few documents of each source, ranked in SQL.
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


def _first_sources_and_reports(conn: sa.Connection, deal_id: str, first: int, *,
                               documents_per_source: int = 3) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The `first` sources of the deal with the most events (as
    `_deal_sources` gives them), and the reports of its `first` documents by
    date (as `with_reports` orders them): from one read of the deal's
    (source, document, date) triples, off the covering indexes of migration 9,
    rather than one aggregate each; then only the shown documents' rows."""
    e, d, de = events_t, documents_t, deal_events_t
    triples = conn.execute(sa.select(e.c.source_label, e.c.doc_id, d.c.published)
                           .select_from(_deal_joined()).where(de.c.deal_id == deal_id)).all()
    events: dict[str, int] = defaultdict(int)
    documents: dict[str, dict[str, str | None]] = defaultdict(dict)
    published: dict[str, str | None] = {}
    for source, doc_id, when in triples:
        events[source] += 1
        documents[source][doc_id] = when
        published[doc_id] = when
    top = sorted(events, key=lambda source: (-events[source], source))[:first]
    latest = {source: sorted(documents[source].items(), key=lambda p: (p[1] or "", p[0]), reverse=True)
              for source in top}
    # The documents by date up to the `first`-th, and those of its date: which
    # of them come first depends on when each was ingested (report_order).
    dated = sorted(published, key=lambda doc_id: (published[doc_id] is None, published[doc_id] or "", doc_id))
    opening = dated[:first] + [doc_id for doc_id in dated[first:] if published[doc_id] == published[dated[first - 1]]]
    shown = {doc_id for source in top for doc_id, _ in latest[source][:documents_per_source]}
    briefs = document_briefs(conn, shown | set(opening))
    sources = []
    for source in top:
        dates = [when for when in documents[source].values() if when is not None]
        sources.append({"events": events[source], "documents": len(documents[source]),
                        "first_published": min(dates, default=None), "last_published": max(dates, default=None),
                        "source": source, "document_list": [
                            {k: briefs[doc_id][k] for k in ("id", "title", "outlet", "published", "url")}
                            for doc_id, _ in latest[source][:documents_per_source]]})
    rows = sorted((briefs[doc_id] for doc_id in opening), key=report_order)[:first]
    return sources, Clusters(conn, [row["id"] for row in rows]).reports(rows)
