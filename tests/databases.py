"""A fresh ledger database for a test, on SQLite or on the PostgreSQL server
the test run starts (tests/conftest.py): `pytest.fixture(params=KINDS)` and
`with fresh_database(request.param, tmp_path) as db: ...`."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

import armsledger.store as store_module
from armsledger.store import Store, database_url
from armsledger.store.migrations import MIGRATIONS

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


def build_before(db: str, version: int, build: Callable[[Store], None], monkeypatch: pytest.MonkeyPatch) -> int:
    """Build a ledger in `db` with only the migrations before `version`, as
    an older armsledger would have; returns the schema version it stopped at."""
    with monkeypatch.context() as patch:
        patch.setattr(store_module, "MIGRATIONS", [m for m in MIGRATIONS if m[0] < version])
        older = Store(db)
        schema = older.version
        build(older)
        older.close()
    return schema
