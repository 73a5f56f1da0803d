"""The schema's versioned steps, in order; each runs in its own transaction."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from .alerts import create_alert_tables
from .fusion import add_confidence, bound_state, rebuild_deal_tables
from .list_rows import bound_deal_rows
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
]
