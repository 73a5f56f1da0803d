"""Migration 8 on a ledger of the previous schema (tests/data/ledger-v7.db:
the example articles, a syndicated copy and an exact copy, ingested by the
code of schema version 7): nothing is lost, every deal shows the same, and
the new parts work on it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

from armsledger.dedupe import fingerprint
from armsledger.ingest.document import make_document
from armsledger.refresh import refresh_deals
from armsledger.store import Store
from armsledger.web.app import create_app

LEDGER_V7 = Path(__file__).resolve().parents[1] / "data" / "ledger-v7.db"


def _old_deals(path: Path) -> dict[str, dict]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 7
        return {deal_id: json.loads(record) for deal_id, record in conn.execute("SELECT id, record FROM deals")}


def test_migration_8_keeps_every_deal_and_its_reports(tmp_path):
    path = tmp_path / "ledger.db"
    shutil.copy(LEDGER_V7, path)
    before = _old_deals(path)
    assert any(report["copies"] for record in before.values() for report in record["reports"])
    store = Store(path)
    assert store.version >= 8
    with sqlite3.connect(path) as conn:
        stored = [json.loads(r) for (r,) in conn.execute("SELECT record FROM deals")]
        members = conn.execute("SELECT count(DISTINCT deal_id) FROM event_deals").fetchone()[0]
        banded = conn.execute("SELECT count(DISTINCT doc_id) FROM near_duplicate_bands").fetchone()[0]
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert not any("reports" in record for record in stored)  # copy lists are no longer embedded
    assert members == len(before) and banded == documents
    for deal_id, old in before.items():
        assert store.deal(deal_id) | {"events": None} == old | {"events": None}
    (listed,) = [d for d in store.deals() if d["id"] == next(i for i, r in before.items()
                                                             if any(p["copies"] for p in r["reports"]))]
    assert listed == before[listed["id"]]
    client = TestClient(create_app(str(path)))
    for deal_id, old in before.items():
        assert client.get(f"/deals/{deal_id}.json").json()["reports"] == old["reports"]
    refresh_deals(store, full=True)  # fusing again from the new tables gives the same deals
    assert {deal_id: store.deal(deal_id) | {"events": None} for deal_id in before} == {
        deal_id: old | {"events": None} for deal_id, old in before.items()}
    store.close()


def test_a_migrated_ledger_finds_copies_of_what_it_held(tmp_path):
    path = tmp_path / "ledger.db"
    shutil.copy(LEDGER_V7, path)
    store = Store(path)
    with sqlite3.connect(path) as conn:
        doc_id, text, published = conn.execute(
            "SELECT id, text, published FROM documents WHERE outlet = 'xinhua'").fetchone()
    copy = make_document(text + "\n\nRepublished by Example Wire.", source="copy", published=published)
    match = store.near_duplicate_index().match(fingerprint(copy.text), day=None)
    assert match is not None and match.cluster == doc_id
    store.close()
