"""A fresh ledger database for a test, on SQLite or on the PostgreSQL server
the test run starts (tests/conftest.py): `pytest.fixture(params=KINDS)` and
`with fresh_database(request.param, tmp_path) as db: ...`."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from armsledger.store import database_url

KINDS = ["sqlite", "postgresql"]


@contextlib.contextmanager
def fresh_database(kind: str, tmp_path: Path) -> Iterator[str]:
    """A path or URL to an empty database of this kind (dropped afterwards)."""
    if kind == "sqlite":
        yield str(tmp_path / "ledger.db")
        return
    url = os.environ.get("ARMSLEDGER_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("no PostgreSQL server for this run")
    admin = sa.create_engine(database_url(url), isolation_level="AUTOCOMMIT")
    name = f"armsledger_test_{secrets.token_hex(4)}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield sa.engine.make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()
