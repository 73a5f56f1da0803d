"""The test news site on 127.0.0.1, and an ingest config allowed to reach it."""

from __future__ import annotations

import pytest

from armsledger.ingest import IngestConfig

from .site import SiteServer


@pytest.fixture(scope="module")
def site():
    with SiteServer() as served:
        yield served


@pytest.fixture
def local():
    """The loopback test site is a private address: these tests allow it."""
    return IngestConfig(allow_private=True, timeout=5.0)
