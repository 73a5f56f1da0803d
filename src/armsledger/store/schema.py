"""The core tables; migrations.py lists the versioned steps that create them.

Migrations (migrations.py) are numbered functions over a connection; the
store applies those above the version it finds, each in its own
transaction, so SQLite and PostgreSQL get the same schema from the same code.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("applied_at", sa.String(32), nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.String(200)),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(32)),
    sa.Column("language", sa.String(16)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("status", sa.String(32), nullable=False),  # extracted | skipped
    sa.Column("note", sa.Text),
    sa.Column("ingested_at", sa.String(32), nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("doc_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("type", sa.String(32), nullable=False, index=True),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("supplier", sa.String(8), index=True),
    sa.Column("recipient", sa.String(8), index=True),
    sa.Column("time_start", sa.String(10)),
    sa.Column("source_label", sa.String(200), nullable=False),
    sa.Column("confidence", sa.Float),  # the record's; NULL when decided by no model (migration 7)
    sa.Column("record", sa.JSON, nullable=False),
)

event_systems = sa.Table(
    "event_systems",
    metadata,
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("family", sa.String(100), index=True),
    sa.Column("system_id", sa.String(100)),
    sa.Column("category", sa.String(100)),
)

deals = sa.Table(
    "deals",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("supplier", sa.String(8), index=True),
    sa.Column("recipient", sa.String(8), index=True),
    sa.Column("family", sa.String(100), index=True),
    sa.Column("category", sa.String(100)),
    sa.Column("status", sa.String(32)),  # NULL when no step can be dated (migration 4)
    sa.Column("status_modality", sa.String(16)),
    sa.Column("sources", sa.Integer, nullable=False),
    sa.Column("documents", sa.Integer, nullable=False),
    sa.Column("first_time", sa.String(10)),  # effective dates (migration 4)
    sa.Column("last_time", sa.String(10)),
    sa.Column("order_year", sa.Integer),  # register columns (migration 4)
    sa.Column("number_ordered", sa.Integer),
    sa.Column("number_delivered", sa.Integer),
    sa.Column("designation", sa.String(300)),
    sa.Column("confidence", sa.Float),  # its most confident event's (migration 7)
    sa.Column("record", sa.JSON, nullable=False),
)

deal_events = sa.Table(
    "deal_events",
    metadata,
    sa.Column("deal_id", sa.String(32), sa.ForeignKey("deals.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
)


def create_core_tables(conn: sa.Connection) -> None:
    """Migration 1."""
    for table in (documents, events, event_systems, deals, deal_events):
        table.create(conn, checkfirst=True)


def as_json(value: Any) -> Any:
    """A JSON column's value as Python (drivers give text or decoded JSON)."""
    return json.loads(value) if isinstance(value, str) else value


def keyset_pages(conn: sa.Connection, query: sa.Select, key: sa.ColumnElement, size: int) -> Iterator[list]:
    """The rows of `query` a page at a time, in `key` order, each page read
    after the last key of the one before (flat cost however far it goes)."""
    last = ""
    while True:
        page = conn.execute(query.where(key > last).order_by(key).limit(size)).all()
        if not page:
            return
        yield page
        last = page[-1]._mapping[key.name]
