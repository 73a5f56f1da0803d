"""Incremental fusion: a refresh fuses only the deals its new documents touch,
reading their events by deal id, and gives the deals a full refusion gives,
on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
from pathlib import Path

import pytest

from armsledger.deal_keys import deal_id
from armsledger.dedupe import Match, fingerprint
from armsledger.refresh import refresh_deals
from armsledger.store import Store

from ..databases import KINDS, fresh_database

REPO = Path(__file__).resolve().parents[2]


def _synthetic():
    spec = importlib.util.spec_from_file_location("synthetic", REPO / "bench" / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _documents(events: int, seed: int = 3):
    """Synthetic documents, and every seventh one also stored as a syndicated
    copy of an earlier one (published before it, so the copy becomes its
    cluster's original and the earlier document's events, attributed to
    nobody, change voice to the copy's outlet)."""
    documents = list(_synthetic().synthetic_documents(events=events, seed=seed))
    rng = random.Random(seed)
    out = []
    for n, (document, evs) in enumerate(documents):
        for event in evs if n % 2 else []:
            event.attribution = []
        match = None
        if n % 7 == 6:
            earlier = out[rng.randrange(len(out))][0]
            match = Match(key=earlier.id, cluster=earlier.id, similarity=0.8)
            # Earlier than any other (the new original), and no two alike: a
            # tie would be broken by the time of ingest, which differs between ledgers.
            document.published = (dt.date(1990, 1, 1) + dt.timedelta(days=n)).isoformat()
        out.append((document, evs, match))
    return out


def _store_all(store, documents):
    for document, evs, match in documents:
        store.add_document(document, evs, fingerprint=fingerprint(document.text), match=match)


def _deals(store):
    with_events = []
    for deal in store.deals():
        full = store.deal(deal["id"])
        with_events.append((deal, [(e["id"], e["source_label"]) for e in full["events"]]))
    return with_events


@pytest.fixture(params=KINDS)
def db_pair(request, tmp_path):
    with fresh_database(request.param, tmp_path / "a") as one, fresh_database(request.param, tmp_path / "b") as two:
        yield one, two


@pytest.fixture(autouse=True)
def _tmp_dirs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()


def test_batches_fused_one_by_one_give_the_deals_of_one_batch(db_pair):
    documents = _documents(300)
    one_batch, in_batches = Store(db_pair[0]), Store(db_pair[1])
    _store_all(one_batch, documents)
    refresh_deals(one_batch)
    start = 0
    for size in (1, 2, 10, 3, 17, 1):
        _store_all(in_batches, documents[start:start + size])
        refresh_deals(in_batches)
        start += size
    _store_all(in_batches, documents[start:])
    refresh_deals(in_batches)
    expected = _deals(one_batch)
    assert len(expected) > 30 and any(d["reports"] and d["reports"][0]["copies"] for d, _ in expected)
    voices = [e for deal, _ in expected for e in one_batch.deal(deal["id"])["events"] if not e["attribution"]]
    assert any(e["source_label"] != e["outlet"] for e in voices)  # copies' originals speak for them
    assert _deals(in_batches) == expected
    refresh_deals(in_batches, full=True)
    assert _deals(in_batches) == expected
    assert in_batches.pending_fusion() == [] and one_batch.pending_fusion() == []
    one_batch.close()
    in_batches.close()


def test_a_refresh_reads_the_new_events_and_the_states_of_the_deals_they_touch(tmp_path, monkeypatch):
    store = Store(tmp_path / "ledger.db")
    documents = [d for d in _documents(1000) if d[2] is None]

    def touched_by(evs):
        return {deal_id(e.supplier, e.recipient, s.family) for e in evs if e.type.is_transfer
                for s in e.systems if s.family}

    # A document that adds to the ledger's biggest deals (most do).
    deal_of = [touched_by(evs) for _, evs, _ in documents]
    sizes_before = {}
    for ids in deal_of:
        for i in ids:
            sizes_before[i] = sizes_before.get(i, 0) + 1
    last = max(range(len(documents) - 50, len(documents)), key=lambda n: sum(sizes_before[i] for i in deal_of[n]))
    document, evs, match = documents.pop(last)
    _store_all(store, documents)
    refresh_deals(store)
    touched = touched_by(evs)
    sizes = {d["id"]: len(d["event_ids"]) for d in store.deals()}
    read: list[str] = []
    states: list[str] = []
    real_rows, real_queued, real_states = Store.fusion_rows, Store.queued_fusion_rows, Store.fusion_states

    def counting_rows(self, deal_ids):
        rows = real_rows(self, deal_ids)
        read.extend(row["id"] for row in rows)
        return rows

    def counting_queued(self, deal_ids, doc_ids):
        rows = real_queued(self, deal_ids, doc_ids)
        read.extend(row["id"] for row in rows)
        return rows

    def counting_states(self, deal_ids):
        found = real_states(self, deal_ids)
        states.extend(found)
        return found

    monkeypatch.setattr(Store, "fusion_rows", counting_rows)
    monkeypatch.setattr(Store, "queued_fusion_rows", counting_queued)
    monkeypatch.setattr(Store, "fusion_states", counting_states)
    store.add_document(document, evs, fingerprint=fingerprint(document.text), match=match)
    refresh_deals(store)
    monkeypatch.undo()
    held = {i for i in touched if i in sizes}
    # The deals it grows are read as their states; of the events, only its own
    # (a deal new with it is read by deal id: its events are its own too).
    assert held and set(states) == held and sum(sizes[i] for i in held) > 2 * len(read)
    assert sorted(read) == sorted(e["id"] for i in touched for e in store.deal(i)["events"] if e["doc_id"] == document.id)
    grown = _deals(store)
    refresh_deals(store, full=True)
    assert _deals(store) == grown
    store.close()
