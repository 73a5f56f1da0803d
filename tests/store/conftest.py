"""A fresh store on SQLite, and on the PostgreSQL server the test run started."""

from __future__ import annotations

import pytest

from armsledger.store import Store

from ..databases import KINDS, fresh_database


@pytest.fixture(params=KINDS)
def store(request, tmp_path):
    with fresh_database(request.param, tmp_path) as db:
        store = Store(db)
        yield store
        store.close()
