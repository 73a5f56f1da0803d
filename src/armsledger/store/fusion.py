"""Deals as the store keeps them: written whole, replaced in one transaction.

The store does not fuse. It keeps a queue of documents whose events have not
yet been fused into deals (`pending_fusion`): a document joins it in the
transaction that stores it, and leaves it in the transaction that stores
its deals, so a crash in between leaves the work queued, not lost.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from ..model import Deal
from .schema import deal_events, deals, documents, events, metadata

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
