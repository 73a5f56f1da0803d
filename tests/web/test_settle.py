"""What a server process does once when it starts (`armsledger.web.settle`):
the nlp pipeline loaded, and start-up's objects frozen out of the garbage
collector's full passes; the app serves the same afterwards."""

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
