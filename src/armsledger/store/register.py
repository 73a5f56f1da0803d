"""A loaded copy of SIPRI's trade register (`armsledger load-register`), so
that a deal's page can show the register rows that match it."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from .schema import as_json, metadata

register_rows = sa.Table(
    "register_rows",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("supplier", sa.String(8), index=True),  # ISO code, NULL when the name is not a known state
    sa.Column("recipient", sa.String(8), index=True),
    sa.Column("family", sa.String(100), index=True),  # the catalog family of the designation, if known
    sa.Column("year_of_order", sa.Integer),
    sa.Column("row", sa.JSON, nullable=False),  # the register's own row, as read
)


def create_register_table(conn: sa.Connection) -> None:
    """Migration 5: the table above."""
    register_rows.create(conn, checkfirst=True)


def replace_rows(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    conn.execute(register_rows.delete())
    for start in range(0, len(rows), 1000):
        conn.execute(register_rows.insert(), rows[start:start + 1000])


def matching_rows(conn: sa.Connection, supplier: str | None, recipient: str | None,
                  family: str | None) -> list[dict[str, Any]]:
    t = register_rows
    query = (sa.select(t.c.row).where(t.c.supplier == supplier, t.c.recipient == recipient, t.c.family == family)
             .order_by(t.c.year_of_order, t.c.id).limit(100))
    return [as_json(row[0]) for row in conn.execute(query)]
