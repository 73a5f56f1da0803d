"""The web's queries and search on PostgreSQL (tsvector + GIN instead of
FTS5), in a scratch database on the server the test run starts
(tests/conftest.py), or on $ARMSLEDGER_TEST_POSTGRES_URL."""

from __future__ import annotations

import os
import secrets
import sys

import pytest
import sqlalchemy as sa

from ..conftest import REPO

URL = os.environ.get("ARMSLEDGER_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set ARMSLEDGER_TEST_POSTGRES_URL to test on PostgreSQL")


@pytest.fixture(scope="module")
def pg_url():
    pytest.importorskip("psycopg")
    from armsledger.store import database_url

    admin = sa.create_engine(database_url(URL), isolation_level="AUTOCOMMIT")
    name = f"armsledger_web_{secrets.token_hex(4)}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    url = sa.engine.make_url(database_url(URL)).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


@pytest.fixture(scope="module")
def pg_client(pg_url):
    sys.path.insert(0, str(REPO / "bench"))
    from synthetic import synthetic_documents

    from armsledger.refresh import refresh_deals
    from armsledger.store import Store
    from armsledger.web import create_app

    from .conftest import Client

    store = Store(pg_url)
    for document, events in synthetic_documents(events=300):
        store.add_document(document, events)
    refresh_deals(store)
    client = Client(create_app(store))
    yield client
    client.close()
    store.close()


def test_pages_and_filters_on_postgres(pg_client):
    deals = pg_client.get("/deals.json?supplier=RUS&sort=-sources&since=2005").json()
    assert deals["total"] > 0 and all(d["supplier"] == "RUS" for d in deals["items"])
    deal = pg_client.get(f"/deals/{deals['items'][0]['id']}.json").json()
    assert deal["timeline"] and deal["source_list"]
    for path in ("/", "/deals", f"/deals/{deal['id']}", "/events?system=s-300", "/countries", "/countries/RUS",
                 "/documents", "/search?q=Iran", "/deals.csv"):
        assert pg_client.get(path).status_code == 200, path


def test_search_on_postgres(pg_client):
    body = pg_client.get("/search.json", params={"q": '"air defense" OR Iran'}).json()
    assert body["engine"] == "postgresql" and body["total"] > 0
    assert "<mark>" in body["items"][0]["snippet_html"]
    assert pg_client.get("/search.json", params={"q": '"unclosed AND ('}).status_code == 200


def test_read_only_on_postgres(pg_client):
    assert pg_client.post("/api/ingest", json={"text": "x"}).status_code in (404, 405)
