"""A refresh racing another writer loses nothing: the documents stored after
it read the events go back in the fusion queue, so the next refresh fuses
them, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest

import armsledger.refresh as refresh_module
from armsledger.ingest.document import make_document
from armsledger.model import Event, EventType, Evidence, Modality, SystemRef
from armsledger.refresh import refresh_deals
from armsledger.store import Store

from ..databases import KINDS, fresh_database


@pytest.fixture(params=KINDS)
def db(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        yield url


def _document_with_event(text, supplier, recipient, family):
    document = make_document(text, source=f"<{family}>", published="2020-01-01")
    event = Event(doc_id=document.id, type=EventType.DELIVERY, modality=Modality.ASSERTED, supplier=supplier,
                  recipient=recipient, parties=sorted([supplier, recipient]),
                  systems=[SystemRef(text=family, id=family, family=family, category="fighter aircraft")],
                  evidence=Evidence(sentence=text, start=0, end=len(text), trigger="delivered"), rule="test")
    return document, [event]


def test_a_refresh_racing_another_writer_leaves_no_stale_deals(db, monkeypatch):
    first, other = Store(db), Store(db)
    first.add_document(*_document_with_event("Russia delivered Su-35 jets to Iran.", "RUS", "IRN", "su-35"))
    real_group = refresh_module.deal_members
    writer_done = threading.Event()

    def write_meanwhile():
        other.add_document(*_document_with_event("France delivered Rafale jets to Egypt.", "FRA", "EGY", "rafale"))
        writer_done.set()
        refresh_deals(other)

    def racing_fuse(items):
        fused = real_group(items)
        if not writer_done.is_set():
            thread = threading.Thread(target=write_meanwhile)
            thread.start()
            writer_done.wait(timeout=2)  # on SQLite the writer waits for our lock instead
            thread.join(timeout=1)  # the other refresh finishes here unless it must wait for ours
            racing_fuse.thread = thread
        return fused

    monkeypatch.setattr(refresh_module, "deal_members", racing_fuse)
    refresh_deals(first)
    racing_fuse.thread.join(timeout=30)
    refresh_deals(first)  # what a later run does: documents still queued are fused
    families = sorted(d["family"] for d in first.deals())
    assert families == ["rafale", "su-35"]
    first.close()
    other.close()
