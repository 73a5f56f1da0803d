"""Migrations 10 and 12 (store/list_rows.py): list rows of bounded size, on a new
ledger, on a ledger of schema 9, on one of schema 11 whose list rows gave every
step, and on one of schema 7 (tests/data/ledger-v7.db);
PostgreSQL's stored rows are what `list_record` makes of the whole records."""

from __future__ import annotations

import json
import shutil

import pytest
import sqlalchemy as sa

from armsledger.store import Store, list_rows, queries
from armsledger.store.list_rows import LIST_SOURCES, LIST_STEPS, LIST_TEXT, list_record, page_record

from ..databases import KINDS, build_before, fresh_database
from .test_migration_bounded_state import LEDGER_V7
from .test_read_paths import OUTLETS, build_ledger


def _stored_rows(store: Store) -> dict[str, tuple[dict, dict, dict]]:
    """Each deal's whole record and its stored list and page rows (PostgreSQL)."""
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, record::text, list_record::text, page_record::text FROM deals").all()
    return {deal_id: tuple(json.loads(text) for text in texts) for deal_id, *texts in rows}


def _check_bounded(store: Store) -> None:
    items = queries.list_deals(store, queries.DealFilter()).items
    assert items
    for item in items:
        assert len(item["timeline"]) == min(LIST_STEPS, item["steps"])
        assert item["timeline_truncated"] == (item["steps"] > LIST_STEPS)
        for step in item["timeline"]:
            assert len(step["sources"]) == min(LIST_SOURCES, step["source_count"])
            assert step["sources_truncated"] == (step["source_count"] > LIST_SOURCES)
    if store.engine.dialect.name == "postgresql":
        for record, listed, paged in _stored_rows(store).values():
            assert listed == list_record(record) and paged == page_record(record)


@pytest.mark.parametrize("kind", KINDS)
def test_migration_10_applies_to_a_new_ledger(kind, tmp_path):
    with fresh_database(kind, tmp_path) as db:
        store = Store(db)
        assert store.version >= 10
        build_ledger(store)
        _check_bounded(store)
        crowded = max(step["source_count"] for item in queries.list_deals(store, queries.DealFilter()).items
                      for step in item["timeline"])
        assert crowded == len(OUTLETS) // 2 > LIST_SOURCES
        store.close()


@pytest.mark.parametrize("kind", KINDS)
def test_migration_10_applies_to_a_ledger_of_schema_9(kind, tmp_path, monkeypatch):
    with fresh_database(kind, tmp_path) as db:
        assert build_before(db, 10, build_ledger, monkeypatch) == 9
        store = Store(db)
        assert store.version >= 10
        _check_bounded(store)  # rows stored before the migration are bounded too
        if kind == "postgresql":
            with store.engine.connect() as conn:
                functions = {r[0] for r in conn.exec_driver_sql(
                    "SELECT proname FROM pg_proc WHERE starts_with(proname, 'armsledger_deal_list')")}
            assert functions == {"armsledger_deal_list_row"}
        store.close()


@pytest.mark.parametrize("kind", KINDS)
def test_migration_12_bounds_the_steps_of_stored_list_rows(kind, tmp_path, monkeypatch):
    unbounded = list_rows._row_function("armsledger_deal_list_row", steps=None, sources=LIST_SOURCES, events=None,
                                        contradictions=list_rows.LIST_CONTRADICTIONS, claims=list_rows.LIST_CLAIMS,
                                        cut_texts=True)
    def build_unbounded(older: Store) -> None:
        build_ledger(older)
        if kind == "postgresql":
            stored = [listed for _, listed, _ in _stored_rows(older).values()]
            assert max(len(listed["timeline"]) for listed in stored) > LIST_STEPS

    with fresh_database(kind, tmp_path) as db:
        with monkeypatch.context() as patch:  # the list rows of schema 11 gave every step
            patch.setattr(list_rows, "LIST_ROW_FUNCTION", unbounded)
            assert build_before(db, 12, build_unbounded, monkeypatch) == 11
        store = Store(db)
        assert store.version >= 12
        assert max(item["steps"] for item in queries.list_deals(store, queries.DealFilter()).items) > LIST_STEPS
        _check_bounded(store)
        store.close()


def test_migration_10_applies_to_a_ledger_of_schema_7(tmp_path):
    path = tmp_path / "ledger.db"
    shutil.copy(LEDGER_V7, path)
    store = Store(path)
    assert store.version >= 10
    _check_bounded(store)
    whole = {d["id"]: d for d in queries.iter_deals(store, queries.DealFilter())}
    for item in queries.list_deals(store, queries.DealFilter(), per_page=500).items:
        assert [s["source_count"] for s in item["timeline"]] == \
            [len(s["sources"]) for s in whole[item["id"]]["timeline"][:LIST_STEPS]]
    store.close()


EDGE_RECORDS = [
    {"id": "a"},
    {"id": "b", "timeline": [], "contradictions": [], "event_ids": []},
    {"id": "c", "timeline": [{"type": "DELIVERY", "modality": "ASSERTED", "sources": None, "event_ids": None}]},
    {"id": "d", "timeline": [{"type": "AGREEMENT", "modality": "PLANNED", "sources": ["x", "y", "z", "w", "v"],
                              "event_ids": ["1", "2"]}],
     "contradictions": [{"type": "DELIVERY", "about": "modality", "summary": "s", "claims": []},
                        {"type": "DELIVERY", "about": "quantity", "summary": "t",
                         "claims": [{"source": f"o{n}", "event_id": str(n)} for n in range(15)]}],
     "reports": [{"doc_id": "q"}], "register": {"comments": "c"}},
    {"id": "e", "timeline": [{"type": "DELIVERY", "modality": "ASSERTED", "sources": ["x"],
                              "event_ids": [str(n) for n in range(70)]}],
     "contradictions": [{"type": "DELIVERY", "about": "modality", "summary": "é" * (LIST_TEXT + 1), "claims": []}],
     "register": {"comments": "ü" * (LIST_TEXT + 5), "designation": "x"}, "event_ids": ["1"]},
    {"id": "f", "register": {"designation": "no comments"}, "contradictions": [{"summary": None, "claims": None}]},
]


@pytest.fixture(scope="module")
def postgres_store(tmp_path_factory):
    with fresh_database("postgresql", tmp_path_factory.mktemp("rows")) as db:
        store = Store(db)
        yield store
        store.close()


@pytest.mark.parametrize("record", EDGE_RECORDS, ids=[r["id"] for r in EDGE_RECORDS])
def test_sql_rows_are_list_record_and_page_record(record, postgres_store):
    with postgres_store.engine.connect() as conn:
        listed, paged = conn.execute(sa.text("SELECT armsledger_deal_list_row(CAST(:record AS json))::text, "
                                             "armsledger_deal_page_row(CAST(:record AS json))::text"),
                                     {"record": json.dumps(record)}).one()
    assert json.loads(listed) == list_record(record)
    assert json.loads(paged) == page_record(record)
