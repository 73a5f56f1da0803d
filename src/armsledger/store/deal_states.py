"""Each deal's fusion state: what fusing it again needs of its events.

A deal's state (`fuse_state.deal_state`) is one JSON object: its members'
order keys, its members grouped by timeline group (each a short JSON list:
event id, document, publication date, place, type, modality, own date,
source, quantity, value, systems of the deal's family, confidence), and its
counts; not the events' records, evidence or copy clusters. A refresh
fuses the deal from its state, its record and the new documents' events,
so that it reads one row per deal and the new events, not every event the
deal holds. The state is written with its deal, in the
same transaction, with a new token; a refresh writes a state only if the
token it read is still there, so two refreshes racing on one deal cannot
lose each other's events (the loser fuses the deal again in full).

Deals fused before migration 11 have no state: the first refresh that
touches one fuses it in full from its events and writes its state.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from .deal_members import event_deals
from .schema import as_json, deal_events, deals, documents, events, metadata

deal_states = sa.Table(
    "deal_states",
    metadata,
    sa.Column("deal_id", sa.String(32), primary_key=True),
    sa.Column("token", sa.String(32), nullable=False),
    # JSON as text: written and read whole by json, which is what fusion needs.
    sa.Column("members", sa.Text, nullable=False),
)


class StateConflict(Exception):
    """A deal's state changed between reading it and writing it back."""


def create_deal_states(conn: sa.Connection) -> None:
    """Migration 11: the table, empty; a deal gets its state when next fused."""
    deal_states.create(conn, checkfirst=True)


def read_states(conn: sa.Connection, deal_ids: list[str]) -> dict[str, tuple[str, dict, dict]]:
    """{deal id: (token, state, the deal's record)} of these deals, those that have a state."""
    found = {}
    for start in range(0, len(deal_ids), 500):
        query = (sa.select(deal_states.c.deal_id, deal_states.c.token, deal_states.c.members, deals.c.record)
                 .join(deals, deals.c.id == deal_states.c.deal_id)
                 .where(deal_states.c.deal_id.in_(deal_ids[start:start + 500])))
        for row in conn.execute(query):
            found[row.deal_id] = (row.token, json.loads(row.members), as_json(row.record))
    return found


def queued_event_rows(conn: sa.Connection, deal_ids: list[str], doc_ids: list[str]) -> list[dict[str, Any]]:
    """The events of these documents that belong to these deals, with the
    deal, their documents' publication date and outlet: read by document,
    so the cost is the new documents', not the deals' size."""
    rows: list[dict[str, Any]] = []
    for start in range(0, len(doc_ids), 500):
        query = (sa.select(event_deals.c.deal_id, events.c.id, events.c.doc_id, events.c.seq, events.c.record,
                           events.c.source_label, documents.c.published, documents.c.outlet)
                 .join(events, events.c.id == event_deals.c.event_id)
                 .join(documents, documents.c.id == events.c.doc_id)
                 .where(events.c.doc_id.in_(doc_ids[start:start + 500]), event_deals.c.deal_id.in_(deal_ids)))
        rows += [dict(row) for row in conn.execute(query).mappings()]
    return rows


def _dumps(state: dict) -> str:
    return json.dumps(state, separators=(",", ":"))


def replace_states(conn: sa.Connection, states: dict[str, dict]) -> None:
    """After a deal was fused in full: its state, whatever it was."""
    ids = sorted(states)
    drop_states(conn, ids)
    if ids:
        conn.execute(deal_states.insert(), [{"deal_id": i, "token": uuid.uuid4().hex, "members": _dumps(states[i])}
                                            for i in ids])


def drop_states(conn: sa.Connection, deal_ids: Iterable[str]) -> None:
    ids = sorted(deal_ids)
    for start in range(0, len(ids), 500):
        conn.execute(deal_states.delete().where(deal_states.c.deal_id.in_(ids[start:start + 500])))


def write_increments(conn: sa.Connection, rows: list[dict[str, Any]], states: dict[str, tuple[str, dict]],
                     links: list[dict[str, str]]) -> None:
    """Deals fused from their state and new events: each deal's row, its
    state (`states`: the token read and the new members) and the links of
    its new events. Raises StateConflict, for the caller to roll back, when
    another writer changed a state since it was read."""
    for deal_id, (token, state) in states.items():
        changed = conn.execute(deal_states.update()
                               .where(deal_states.c.deal_id == deal_id, deal_states.c.token == token)
                               .values(token=uuid.uuid4().hex, members=_dumps(state)))
        if changed.rowcount != 1:
            raise StateConflict(deal_id)
    # Updated in place: deleting a deal would cascade to its links.
    if rows:
        columns = [c for c in rows[0] if c != "id"]
        conn.execute(deals.update().where(deals.c.id == sa.bindparam("b_id"))
                     .values({c: sa.bindparam(f"b_{c}") for c in columns}),
                     [{f"b_{k}": v for k, v in row.items()} for row in rows])
    if links:
        conn.execute(deal_events.insert(), links)
