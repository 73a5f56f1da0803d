"""Confidence through the store, on SQLite and PostgreSQL: a deal's is its
most confident event's (an event decided by no model counting as 1), the
`min_confidence` filters keep exactly what is at or above them, a deal's
page hides and counts its events below a floor, and migration 7 fills an
older ledger's columns."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from armsledger.ingest.document import make_document
from armsledger.model import Event, EventType, Evidence, Modality, Source, SystemRef, TimeRef
from armsledger.refresh import refresh_deals
from armsledger.store import Store, queries
from armsledger.store.migrations import MIGRATIONS

# (supplier, recipient, family, [(type, time, confidence), ...]): one document per deal.
LEDGER = [
    ("USA", "TUR", "f-35", [("AGREEMENT", "2017", 0.9), ("DELIVERY", "2019", 0.3)]),
    ("RUS", "IRN", "s-300", [("DELIVERY", "2016", 0.5)]),
    ("FRA", "IND", "rafale", [("AGREEMENT", "2016", None)]),  # decided by no model: counts as 1
    ("USA", "POL", "patriot", [("APPROVAL", "2018", 0.2), ("AGREEMENT", "2018", 0.79)]),
]
DEAL_CONFIDENCE = {"f-35": 0.9, "s-300": 0.5, "rafale": 1.0, "patriot": 0.79}


def build_ledger(store: Store) -> dict[str, str]:
    """The deals of LEDGER, fused; returns the deal id of each family."""
    for n, (supplier, recipient, family, steps) in enumerate(LEDGER):
        sentences = [f"Sentence {i} about the {family} for {recipient}." for i in range(len(steps))]
        document = make_document(f"Report {n}\n\n" + " ".join(sentences), source=f"doc-{n}.txt",
                                 published="2020-01-01", outlet=f"outlet{n}")
        events = []
        for sentence, (type_, time, confidence) in zip(sentences, steps, strict=True):
            start = document.text.index(sentence)
            events.append(Event(
                doc_id=document.id, type=EventType(type_), modality=Modality.ASSERTED, supplier=supplier,
                recipient=recipient, parties=sorted({supplier, recipient}),
                systems=[SystemRef(text=family, id=family, family=family, category="fighter aircraft")],
                time=TimeRef(text=time, start=time), attribution=[Source(text="x", kind="outlet", id=f"outlet{n}")],
                evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence), trigger="x"),
                rule="test", confidence=confidence))
        store.add_document(document, events)
    refresh_deals(store)
    return {d["family"]: d["id"] for d in queries.iter_deals(store, queries.DealFilter())}


def _families(store: Store, floor: float | None) -> set[str]:
    return {d["family"] for d in queries.iter_deals(store, queries.DealFilter(min_confidence=floor))}


def test_a_deal_carries_its_most_confident_events_confidence(store):
    ids = build_ledger(store)
    listed = {d["family"]: d["confidence"] for d in queries.list_deals(store, queries.DealFilter()).items}
    assert listed == pytest.approx(DEAL_CONFIDENCE)
    for family, deal_id in ids.items():
        assert store.deal(deal_id)["confidence"] == pytest.approx(DEAL_CONFIDENCE[family])
        assert queries.deal_detail(store, deal_id)["confidence"] == pytest.approx(DEAL_CONFIDENCE[family])


@pytest.mark.parametrize("floor", [None, 0.0, 0.2, 0.5, 0.51, 0.79, 0.8, 0.9, 0.95, 1.0])
def test_the_filter_keeps_exactly_the_deals_with_an_event_at_or_above_it(store, floor):
    build_ledger(store)
    expected = {f for f, c in DEAL_CONFIDENCE.items() if floor is None or c >= floor}
    assert _families(store, floor) == expected
    assert queries.list_deals(store, queries.DealFilter(min_confidence=floor)).total == len(expected)


def test_the_event_filter_counts_events_without_a_model_as_one(store):
    build_ledger(store)
    page = queries.list_events(store, queries.EventFilter(min_confidence=0.8))
    assert sorted((e["systems"][0]["family"], e["confidence"]) for e in page.items) == [
        ("f-35", 0.9), ("rafale", None)]
    assert queries.list_events(store, queries.EventFilter()).total == 6
    assert queries.list_events(store, queries.EventFilter(min_confidence=0.3)).total == 5


def test_a_deal_page_hides_and_counts_its_events_below_the_floor(store):
    ids = build_ledger(store)
    full = queries.deal_detail(store, ids["f-35"])
    assert [[e["confidence"] for e in s["events"]] for s in full["timeline"]] == [[0.9], [0.3]]
    assert full["hidden_events"] == 0
    floored = queries.deal_detail(store, ids["f-35"], min_confidence=0.8)
    assert [(s["type"], len(s["events"]), s["hidden_events"]) for s in floored["timeline"]] == [
        ("AGREEMENT", 1, 0), ("DELIVERY", 0, 1)]
    assert (floored["hidden_events"], floored["min_confidence"]) == (1, 0.8)


def test_migration_7_fills_an_older_ledgers_confidence(store):
    build_ledger(store)
    # Make it a ledger of schema version 6: no confidence columns.
    with store.engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE events DROP COLUMN confidence"))
        conn.execute(sa.text("ALTER TABLE deals DROP COLUMN confidence"))
        conn.execute(sa.text("DELETE FROM schema_version WHERE version >= 7"))
    store.engine.dispose()
    reopened = Store(store.url)
    try:
        assert reopened.version == MIGRATIONS[-1][0]  # 7 and every later step applied again
        assert len(reopened.pending_fusion()) == len(LEDGER)  # every document queued to be fused again
        with reopened.engine.connect() as conn:
            stored = sorted(conn.execute(sa.text("SELECT confidence FROM events")).scalars(),
                            key=lambda c: -1 if c is None else c)
        assert stored == [None, 0.2, 0.3, 0.5, 0.79, 0.9]
        refresh_deals(reopened)
        assert _families(reopened, 0.8) == {"f-35", "rafale"}
    finally:
        reopened.close()
