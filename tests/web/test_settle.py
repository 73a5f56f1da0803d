"""What a server process does for its speed: once when it starts
(`armsledger.web.settle`), the nlp pipeline loaded and start-up's objects
frozen out of the garbage collector's full passes, the app serving the same
afterwards; and the deals list's facets kept for their filters a few seconds."""

from __future__ import annotations

import gc

from fastapi.testclient import TestClient

from armsledger.web import create_app, settle


def test_settle_loads_the_pipeline_and_freezes_start_up(example_db):
    app = create_app(example_db)
    with TestClient(app) as client:
        before = client.get("/deals.json").json()
        assert not app.state.annotator.loaded
        try:
            settle(app)
            assert app.state.annotator.loaded
            assert gc.get_freeze_count() > 0
            assert client.get("/deals.json").json() == before
        finally:
            gc.unfreeze()  # the rest of the test run collects as usual


def test_facets_are_kept_for_their_filters_a_few_seconds(example_db, monkeypatch):
    from armsledger.store import queries
    from armsledger.web import views

    counted = []
    real = queries.deal_facets

    def counting(store, filters, **options):
        counted.append(filters.params())
        return real(store, filters, **options)

    monkeypatch.setattr(queries, "deal_facets", counting)
    with TestClient(create_app(example_db, annotate=False)) as client:
        first = client.get("/deals.json").json()["facets"]
        assert client.get("/deals.json", params={"page": 2}).json()["facets"] == first
        assert len(counted) == 1  # every page of one listing: counted once
        supplier = first["supplier"][0]["value"]
        narrowed = client.get("/deals.json", params={"supplier": supplier}).json()["facets"]
        assert len(counted) == 2 and narrowed["supplier"] == [first["supplier"][0]]
        monkeypatch.setattr(views, "COUNTS_TTL", 0.0)
        client.get("/deals.json")
        assert len(counted) == 3  # older than the time they may lag: counted again
