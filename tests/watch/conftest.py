"""Fixtures for the watch tests: a feed on 127.0.0.1, stores on SQLite and on
the PostgreSQL server the test run starts, and a watcher allowed to reach
loopback (as `--allow-private` allows it)."""

from __future__ import annotations

import os
import secrets

import pytest
import sqlalchemy as sa

from armsledger.ingest import IngestConfig
from armsledger.store import Store, database_url
from armsledger.watch import Watcher, WebhookConfig

from .feedsite import FeedServer

EMBARGO_RULES = """\
rules:
  - name: arms-to-embargoed-states
    recipient: [arms-embargo]
    type: [APPROVAL, AGREEMENT, DELIVERY, PRODUCTION]
    outputs:
      - jsonl: {jsonl}
"""


@pytest.fixture
def site():
    with FeedServer() as served:
        yield served


@pytest.fixture(scope="session")
def pg_server_url():
    url = os.environ.get("ARMSLEDGER_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("no PostgreSQL server for this run")
    return url


@pytest.fixture
def pg_url(pg_server_url):
    """A scratch database of its own for one test."""
    admin = sa.create_engine(database_url(pg_server_url), isolation_level="AUTOCOMMIT")
    name = f"armsledger_watch_{secrets.token_hex(4)}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    yield sa.engine.make_url(database_url(pg_server_url)).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The ledger's URL, on each backend in turn."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    return request.getfixturevalue("pg_url")


def make_watcher(store: Store, rules, feeds: list[str], **kwargs) -> Watcher:
    return Watcher(store, rules, feeds, ingest_config=IngestConfig(allow_private=True, timeout=10.0),
                   webhook_config=WebhookConfig(allow_private=True, timeout=5.0, backoff=0.01), **kwargs)


@pytest.fixture
def open_stores():
    """Open stores through this, so each is closed (PostgreSQL drops a
    database only when no connection is left)."""
    stores: list[Store] = []

    def open_(url: str) -> Store:
        stores.append(Store(url))
        return stores[-1]

    yield open_
    for store in stores:
        store.close()
