"""Deals as the store keeps them: written whole, replaced in one transaction.

The store does not fuse; it reads a deal's events by deal id (`event_deals`)
and writes deals without their reports' copy lists, which are read from the
copy tables when a deal is shown (`with_reports`). It keeps a queue of
documents whose events have not yet been fused into deals (`pending_fusion`):
a document joins it in the transaction that stores it, and leaves it in the
transaction that stores its deals, so a crash in between leaves the work
queued, not lost.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from ..deal_keys import member_order
from ..model import Deal
from .deal_members import create_event_deals, event_deals
from .near_duplicates import create_band_index
from .schema import as_json, deal_events, deals, documents, events, keyset_pages, metadata
from .sources import Clusters, document_briefs

pending_fusion = sa.Table(
    "pending_fusion",
    metadata,
    sa.Column("doc_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)


def rebuild_deal_tables(conn: sa.Connection) -> None:
    """Migration 4: deals with register columns and a status that may be
    unknown. Deals are derived data: the tables are rebuilt empty and every
    document is queued to be fused again."""
    deal_events.drop(conn, checkfirst=True)
    deals.drop(conn, checkfirst=True)
    deals.create(conn)
    deal_events.create(conn)
    pending_fusion.create(conn, checkfirst=True)
    conn.execute(pending_fusion.delete())
    conn.execute(pending_fusion.insert().from_select(["doc_id"], sa.select(documents.c.id)))


def add_confidence(conn: sa.Connection) -> None:
    """Migration 7: events and deals get a confidence column. An event's is
    copied from its record; deals are rebuilt and every document queued, so
    that the next refresh fuses them with theirs."""
    if "confidence" not in {c["name"] for c in sa.inspect(conn).get_columns("events")}:
        conn.execute(sa.text("ALTER TABLE events ADD COLUMN confidence FLOAT"))
    conn.execute(sa.update(events).values(confidence=events.c.record["confidence"].as_float()))
    rebuild_deal_tables(conn)


def queue(conn: sa.Connection, doc_ids: Iterable[str]) -> None:
    """Queue documents for fusion (those already queued stay once)."""
    wanted = set(doc_ids)
    if not wanted:
        return
    present = {row[0] for row in conn.execute(
        sa.select(pending_fusion.c.doc_id).where(pending_fusion.c.doc_id.in_(sorted(wanted))))}
    rows = [{"doc_id": d} for d in sorted(wanted - present)]
    if rows:
        conn.execute(pending_fusion.insert(), rows)


def pending(conn: sa.Connection) -> list[str]:
    return [row[0] for row in conn.execute(sa.select(pending_fusion.c.doc_id).order_by(pending_fusion.c.doc_id))]


def deal_row(deal: Deal, record: dict[str, Any]) -> dict[str, Any]:
    register = deal.register
    return {
        "id": deal.id, "supplier": deal.supplier, "recipient": deal.recipient, "family": deal.family,
        "category": register.description if register else None,
        "status": str(deal.status) if deal.status else None,
        "status_modality": str(deal.status_modality) if deal.status_modality else None,
        "sources": deal.sources, "documents": deal.documents,
        "first_time": deal.first_time, "last_time": deal.last_time,
        "order_year": register.order_year if register else None,
        "number_ordered": register.number_ordered if register else None,
        "number_delivered": register.number_delivered if register else None,
        "designation": register.designation[:300] if register else None,
        "confidence": deal.confidence,
        "record": record,
    }


def write_deals(conn: sa.Connection, rows: list[dict[str, Any]], links: list[dict[str, str]], *,
                replacing: list[str] | None, fused: list[str] | None) -> None:
    """Replace deals: those with ids in `replacing` (every deal when None)
    by `rows`, and dequeue the `fused` documents (all when None)."""
    if replacing is None:
        conn.execute(deal_events.delete())
        conn.execute(deals.delete())
    else:
        for start in range(0, len(replacing), 500):
            chunk = replacing[start:start + 500]
            conn.execute(deal_events.delete().where(deal_events.c.deal_id.in_(chunk)))
            conn.execute(deals.delete().where(deals.c.id.in_(chunk)))
    if rows:
        conn.execute(deals.insert(), rows)
    if links:
        conn.execute(deal_events.insert(), links)
    if fused is None:
        conn.execute(pending_fusion.delete())
    else:
        for start in range(0, len(fused), 500):
            conn.execute(pending_fusion.delete().where(pending_fusion.c.doc_id.in_(fused[start:start + 500])))


# --- reading what fusion needs, writing what it made ----------------------------
def pending_page(conn: sa.Connection, *, after: str = "", limit: int = 2000) -> list[str]:
    """Up to `limit` queued documents with ids after `after`, in id order."""
    query = (sa.select(pending_fusion.c.doc_id).where(pending_fusion.c.doc_id > after)
             .order_by(pending_fusion.c.doc_id).limit(limit))
    return [row[0] for row in conn.execute(query)]


def event_rows_of_deals(conn: sa.Connection, deal_ids: list[str]) -> list[dict[str, Any]]:
    """The events of these deals (by the index on their deal ids), with their
    documents' publication date and outlet, in the order full fusion reads them."""
    member = sa.select(event_deals.c.event_id).where(event_deals.c.deal_id.in_(deal_ids))
    query = (sa.select(events.c.id, events.c.doc_id, events.c.seq, events.c.record, events.c.source_label,
                       documents.c.published, documents.c.outlet)
             .join(documents, documents.c.id == events.c.doc_id).where(events.c.id.in_(member)))
    # Sorted here, not by the database: undated documents first on SQLite
    # and PostgreSQL alike, and by code point whatever the collation, as a
    # deal's stored state keeps its members.
    rows = [dict(row) for row in conn.execute(query).mappings()]
    rows.sort(key=lambda r: member_order(r["published"], r["doc_id"], r["seq"]))
    return rows


def unread_documents(conn: sa.Connection, deal_ids: list[str], read: set[str]) -> set[str]:
    """Documents with events in these deals that fusion did not read (stored
    by another writer meanwhile): they stay queued."""
    query = (sa.select(events.c.id, events.c.doc_id).join(event_deals, event_deals.c.event_id == events.c.id)
             .where(event_deals.c.deal_id.in_(deal_ids)))
    return {row.doc_id for row in conn.execute(query) if row.id not in read}


def write_deal_rows(conn: sa.Connection, rows: list[dict[str, Any]], links: list[dict[str, str]], *,
                    replacing: list[str], fused: list[str], read: set[str]) -> None:
    """Replace the deals `replacing` by `rows`, dequeue the `fused`
    documents, and queue again those whose events were stored after
    fusion read the deals' events."""
    unread = set()
    for start in range(0, len(replacing), 500):
        unread |= unread_documents(conn, replacing[start:start + 500], read)
    write_deals(conn, rows, links, replacing=replacing, fused=fused)
    queue(conn, unread)


def drop_deals_without_events(conn: sa.Connection) -> list[str]:
    """After a full refusion: deals no stored event belongs to any longer (their ids)."""
    stale = sa.select(deals.c.id).where(deals.c.id.not_in(sa.select(event_deals.c.deal_id)))
    ids = [row[0] for row in conn.execute(stale)]
    for start in range(0, len(ids), 500):
        conn.execute(deal_events.delete().where(deal_events.c.deal_id.in_(ids[start:start + 500])))
        conn.execute(deals.delete().where(deals.c.id.in_(ids[start:start + 500])))
    return ids


def dequeue(conn: sa.Connection, doc_ids: list[str]) -> None:
    for start in range(0, len(doc_ids), 500):
        conn.execute(pending_fusion.delete().where(pending_fusion.c.doc_id.in_(doc_ids[start:start + 500])))


def _documents_of_events(conn: sa.Connection, event_ids: Iterable[str]) -> dict[str, str]:
    doc_of: dict[str, str] = {}
    ordered = sorted(set(event_ids))
    for start in range(0, len(ordered), 500):
        doc_of.update(conn.execute(sa.select(events.c.id, events.c.doc_id)
                                   .where(events.c.id.in_(ordered[start:start + 500]))).all())
    return doc_of


def with_reports(conn: sa.Connection, record: dict[str, Any]) -> dict[str, Any]:
    """A deal's record with its `reports` (each original with its copies),
    read from the copy tables: the deal stores only its event ids."""
    return with_reports_many(conn, [record])[0]


def with_reports_many(conn: sa.Connection, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`with_reports` for a list of deals, the copy tables read once for all of them."""
    doc_of = _documents_of_events(conn, (eid for record in records for eid in record.get("event_ids") or []))
    doc_lists = [list(dict.fromkeys(doc_of[eid] for eid in record.get("event_ids") or [] if eid in doc_of))
                 for record in records]
    everyone = {doc_id for docs in doc_lists for doc_id in docs}
    clusters = Clusters(conn, everyone)
    briefs = document_briefs(conn, everyone)
    for record, docs in zip(records, doc_lists, strict=True):
        record["reports"] = clusters.reports([briefs[d] for d in docs if d in briefs])
    return records


def strip_embedded_reports(conn: sa.Connection) -> None:
    """Part of migration 8: deals no longer carry their reports' copy lists
    (they are read from the copy tables when a deal is shown)."""
    for page in keyset_pages(conn, sa.select(deals.c.id, deals.c.record), deals.c.id, 500):
        for row in page:
            record = as_json(row.record)
            if "reports" in record:
                record.pop("reports")
                conn.execute(deals.update().where(deals.c.id == row.id).values(record=record))


def bound_state(conn: sa.Connection) -> None:
    """Migration 8: each event filed under its deals (`event_deals`), the
    near-duplicate index as rows (`near_duplicate_bands`), and deals without
    embedded copy lists. Nothing is lost: the three are derived from what
    the ledger holds, and the deals' fused content is unchanged."""
    create_event_deals(conn)
    create_band_index(conn)
    strip_embedded_reports(conn)
