"""The schema's versioned steps, in order; each runs in its own transaction."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from .alerts import create_alert_tables
from .deal_states import create_deal_states
from .fusion import add_confidence, bound_state, rebuild_deal_tables
from .list_rows import bound_deal_rows, bound_list_steps
from .read_paths import add_read_paths
from .register import create_register_table
from .schema import create_core_tables
from .search import create_search_index
from .sources import create_source_tables

MIGRATIONS: list[tuple[int, Callable[[sa.Connection], None]]] = [
    (1, create_core_tables),
    (2, create_search_index),
    (3, create_source_tables),
    (4, rebuild_deal_tables),
    (5, create_register_table),
    (6, create_alert_tables),
    (7, add_confidence),
    (8, bound_state),
    (9, add_read_paths),
    (10, bound_deal_rows),
    (11, create_deal_states),
    (12, bound_list_steps),
]

# Tables a migration rewrites on PostgreSQL. A rewritten table has no page
# marked all-visible, so the planner turns from index-only scans (a deep page
# of the deals list, read off its sort index) to reading and sorting the
# table, until a VACUUM, which autovacuum does not do after a rewrite (it
# leaves no dead rows) and which cannot run inside the migration's transaction.
REWRITES: dict[int, tuple[str, ...]] = {9: ("deals", "documents"), 10: ("deals",), 12: ("deals",)}


def vacuum_rewritten(engine: sa.Engine, versions: list[int]) -> None:
    """VACUUM ANALYZE what the migrations just applied rewrote (PostgreSQL)."""
    tables = sorted({table for version in versions for table in REWRITES.get(version, ())})
    if engine.dialect.name != "postgresql" or not tables:
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in tables:
            conn.exec_driver_sql(f"VACUUM (ANALYZE) {table}")
