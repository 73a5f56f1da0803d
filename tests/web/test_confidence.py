"""Confidence on the web, on SQLite and PostgreSQL, with the in-process app:
the JSON twins show each event's and each deal's confidence, `min_confidence`
filters (a 422 outside 0-1), and `serve --min-confidence` (the app's
`min_confidence`) hides what is below it unless a request asks otherwise."""

from __future__ import annotations

import csv
import io

import pytest

from ..store.conftest import store  # noqa: F401  (the store on SQLite and on PostgreSQL)
from ..store.test_confidence import DEAL_CONFIDENCE, build_ledger


@pytest.fixture
def ledger(store):  # noqa: F811
    return store, build_ledger(store)


def _families(response) -> dict[str, float]:
    assert response.status_code == 200, response.text
    return {d["family"]: d["confidence"] for d in response.json()["items"]}


def test_json_twins_show_confidence(ledger, make_client):
    db, ids = ledger
    client = make_client(db, annotate=False)
    assert _families(client.get("/deals.json")) == pytest.approx(DEAL_CONFIDENCE)
    deal = client.get(f"/deals/{ids['f-35']}.json").json()
    assert deal["confidence"] == pytest.approx(0.9)
    assert [[e["confidence"] for e in s["events"]] for s in deal["timeline"]] == [[0.9], [0.3]]
    events = client.get("/events.json", params={"deal": ids["patriot"]}).json()["items"]
    assert sorted(e["confidence"] for e in events) == [0.2, 0.79]
    assert "confidence 0.79" in client.get("/events").text
    page = client.get(f"/deals/{ids['f-35']}").text
    assert "confidence 0.90" in page and "confidence 0.30" in page
    listed = client.get("/deals", params={"sort": "-confidence"}).text
    assert "Confidence" in listed and listed.index("1.00") < listed.index("0.90") < listed.index("0.50")
    by_confidence = client.get("/deals.json", params={"sort": "confidence"}).json()["items"]
    assert [d["family"] for d in by_confidence] == ["s-300", "patriot", "f-35", "rafale"]
    rows = list(csv.DictReader(io.StringIO(client.get("/deals.csv").text)))
    assert {r["family"]: float(r["confidence"]) for r in rows} == pytest.approx(DEAL_CONFIDENCE)


def test_min_confidence_filters_deals_and_events(ledger, make_client):
    db, _ = ledger
    client = make_client(db, annotate=False)
    assert set(_families(client.get("/deals.json", params={"min_confidence": 0.8}))) == {"f-35", "rafale"}
    assert set(_families(client.get("/deals.json", params={"min_confidence": "0.5"}))) == set(DEAL_CONFIDENCE)
    assert set(_families(client.get("/deals.json", params={"min_confidence": ""}))) == set(DEAL_CONFIDENCE)
    assert client.get("/events.json", params={"min_confidence": 0.8}).json()["total"] == 2
    assert "rafale" in client.get("/deals", params={"min_confidence": 0.95}).text
    for bad in ("1.5", "-0.1", "high", "nan"):
        response = client.get("/deals.json", params={"min_confidence": bad})
        assert response.status_code == 422, bad
        assert response.json()["detail"][0]["parameter"] == "min_confidence"


def test_the_servers_floor_hides_what_is_below_it(ledger, make_client):
    db, ids = ledger
    client = make_client(db, annotate=False, min_confidence=0.8)
    deals = client.get("/deals.json").json()
    assert set(_families(client.get("/deals.json"))) == {"f-35", "rafale"}
    assert deals["min_confidence"] == 0.8 and "min_confidence" not in deals["filters"]
    assert {r["family"] for r in csv.DictReader(io.StringIO(client.get("/deals.csv").text))} == {"f-35", "rafale"}
    events = client.get("/events.json").json()
    assert sorted(e["confidence"] or 1.0 for e in events["items"]) == [0.9, 1.0]
    deal = client.get(f"/deals/{ids['f-35']}.json").json()
    assert [len(s["events"]) for s in deal["timeline"]] == [1, 0]
    assert deal["hidden_events"] == 1 and deal["min_confidence"] == 0.8
    assert "1 event below confidence 0.8 hidden" in client.get(f"/deals/{ids['f-35']}").text
    # A request may ask for a lower (or higher) floor than the server's.
    assert set(_families(client.get("/deals.json", params={"min_confidence": 0}))) == set(DEAL_CONFIDENCE)
    assert client.get("/events.json", params={"min_confidence": 0}).json()["total"] == 6
    assert client.get(f"/deals/{ids['f-35']}.json", params={"min_confidence": 0}).json()["hidden_events"] == 0
    assert set(_families(client.get("/deals.json", params={"min_confidence": 0.95}))) == {"rafale"}
