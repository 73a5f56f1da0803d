"""Each event filed under the deals it belongs to, as it is stored.

`event_deals` holds one row per (event, deal id) (`deal_keys`: supplier,
recipient, family), indexed by deal id, so that fusing a deal reads its own
events and nothing else: the cost of refreshing a deal does not grow with
the ledger, nor with its system family's other deals.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from ..deal_keys import deal_id, deal_keys
from ..model import Event
from .schema import as_json, deal_events, events, keyset_pages, metadata

event_deals = sa.Table(
    "event_deals",
    metadata,
    sa.Column("deal_id", sa.String(32), nullable=False, index=True),
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False,
              index=True),
)


def member_rows(event_id: str, event: Event) -> list[dict[str, str]]:
    return [{"deal_id": did, "event_id": event_id} for did in dict.fromkeys(deal_id(*k) for k in deal_keys(event))]


def create_event_deals(conn: sa.Connection) -> None:
    """Part of migration 8: the table, filled from the stored events' records."""
    event_deals.create(conn, checkfirst=True)
    conn.execute(event_deals.delete())
    for page in keyset_pages(conn, sa.select(events.c.id, events.c.record), events.c.id, 2000):
        rows = [r for row in page for r in member_rows(row.id, Event.from_record(as_json(row.record)))]
        if rows:
            conn.execute(event_deals.insert(), rows)


def deals_of_documents(conn: sa.Connection, doc_ids: list[str]) -> set[str]:
    """Ids of the deals these documents' events belong to, and of the stored
    deals that hold their events (a deal's membership never changes, but an
    older ledger's deals may have been fused by other rules)."""
    found: set[str] = set()
    for start in range(0, len(doc_ids), 500):
        chunk = doc_ids[start:start + 500]
        of_chunk = sa.select(events.c.id).where(events.c.doc_id.in_(chunk))
        found.update(r[0] for r in conn.execute(
            sa.select(event_deals.c.deal_id).distinct().where(event_deals.c.event_id.in_(of_chunk))))
        found.update(r[0] for r in conn.execute(
            sa.select(deal_events.c.deal_id).distinct().where(deal_events.c.event_id.in_(of_chunk))))
    return found


def all_deal_ids(conn: sa.Connection) -> Iterable[str]:
    return [r[0] for r in conn.execute(sa.select(event_deals.c.deal_id).distinct().order_by(event_deals.c.deal_id))]
