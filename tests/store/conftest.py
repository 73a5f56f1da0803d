"""A fresh store on SQLite, and on the PostgreSQL server the test run started."""

from __future__ import annotations

import os
import secrets

import pytest
import sqlalchemy as sa

from armsledger.store import Store, database_url


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        store = Store(tmp_path / "ledger.db")
        yield store
        store.close()
        return
    url = os.environ.get("ARMSLEDGER_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("no PostgreSQL server for this run")
    admin = sa.create_engine(database_url(url), isolation_level="AUTOCOMMIT")
    name = f"armsledger_register_{secrets.token_hex(4)}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    store = Store(sa.engine.make_url(url).set(database=name).render_as_string(hide_password=False))
    yield store
    store.close()
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()
