"""The SQLite store: migrations, idempotent ingestion, one transaction per document."""

import sqlite3

import pytest

from armsledger.ingest.document import make_document
from armsledger.model import Event, EventType, Evidence, Modality, SystemRef
from armsledger.refresh import refresh_deals
from armsledger.store import Store, database_url
from armsledger.store.migrations import MIGRATIONS


def _event(doc_id):
    return Event(doc_id=doc_id, type=EventType.DELIVERY, modality=Modality.ASSERTED, supplier="RUS",
                 recipient="IRN", parties=["IRN", "RUS"],
                 systems=[SystemRef(text="S-300", id="s-300", family="s-300", category="surface-to-air missile system")],
                 evidence=Evidence(sentence="Russia delivered S-300 to Iran.", start=0, end=31, trigger="delivered"),
                 rule="delivery.deliver.verb")


def test_database_url_from_path_and_url(tmp_path, monkeypatch):
    monkeypatch.delenv("ARMSLEDGER_DB", raising=False)
    assert database_url(tmp_path / "x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert database_url(None) == "sqlite:///armsledger.db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("ARMSLEDGER_DB", str(tmp_path / "env.db"))
    assert database_url(None).endswith("env.db")


def test_migrations_are_applied_once(db_path):
    store = Store(db_path)
    assert store.version == MIGRATIONS[-1][0]
    store.close()
    again = Store(db_path)
    assert again.version == MIGRATIONS[-1][0]
    rows = sqlite3.connect(db_path).execute("select count(*) from schema_version").fetchone()[0]
    assert rows == len(MIGRATIONS)


def test_adding_a_document_twice_is_a_noop(db_path):
    store = Store(db_path)
    document = make_document("Russia delivered S-300 to Iran.", source="a.txt", published="2016-10-01")
    assert store.add_document(document, [_event(document.id)]) is True
    assert store.add_document(document, [_event(document.id)]) is False
    assert store.counts()["events"] == 1
    assert refresh_deals(store) == 1
    (deal,) = store.deals()
    assert deal["family"] == "s-300" and deal["status"] == "DELIVERY"
    assert store.deal(deal["id"])["events"][0]["evidence"]["trigger"] == "delivered"


def test_a_failed_write_leaves_nothing_half_written(db_path):
    store = Store(db_path)
    document = make_document("Russia delivered S-300 to Iran.", source="a.txt")
    broken = _event(document.id)
    broken.evidence = None  # fails after the document row is written, inside the transaction
    with pytest.raises(AttributeError):
        store.add_document(document, [_event(document.id), broken])
    assert store.counts() == {"documents": 0, "events": 0, "deals": 0}
