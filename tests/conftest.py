"""Shared fixtures: the spaCy pipeline (loaded once), the shared folder, temp stores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
TEST_DATA = Path(__file__).resolve().parent / "data"

# `ingest` uses every core by default, each worker loading the model: tests
# (and the commands they start) use one process unless they ask for more.
os.environ.setdefault("ARMSLEDGER_WORKERS", "1")


_POSTGRES = None


def pytest_configure(config):
    """Start a real PostgreSQL server for the run, unless one is given in
    $ARMSLEDGER_TEST_POSTGRES_URL; tests that need it read that variable."""
    global _POSTGRES
    if os.environ.get("ARMSLEDGER_TEST_POSTGRES_URL"):
        return
    from .postgres_server import start

    try:
        _POSTGRES = start()
    except RuntimeError as exc:
        if os.environ.get("CI"):
            raise pytest.UsageError(f"CI needs PostgreSQL for the store tests: {exc}") from exc
        return
    os.environ["ARMSLEDGER_TEST_POSTGRES_URL"] = _POSTGRES.url


def pytest_unconfigure(config):
    if _POSTGRES is not None:
        _POSTGRES.stop()


def shared_dir() -> Path | None:
    """`../shared` beside the project, or `$ARMSLEDGER_SHARED`."""
    path = Path(os.environ.get("ARMSLEDGER_SHARED") or REPO.parent / "shared")
    return path if (path / "gold").is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("../shared (or $ARMSLEDGER_SHARED) is missing: CI must have the gold files")
        pytest.skip("../shared is not here; set ARMSLEDGER_SHARED to run gold-file tests")
    return path


@pytest.fixture(scope="session")
def nlp():
    from armsledger.nlp import shared_nlp

    return shared_nlp()


def _runner(nlp, extractor):
    from armsledger.ingest.document import make_document
    from armsledger.ledger import analyze

    def run(text: str, published: str | None = "2020-06-15"):
        document = make_document(text, source="<test>", published=published)
        (analysis,) = analyze([document], nlp=nlp, extractor=extractor)
        return analysis.events

    return run


@pytest.fixture(scope="session")
def analyze_text(nlp):
    """The rules alone on a text (the decision layer's candidates); returns the events."""
    from armsledger.extract import EventExtractor

    return _runner(nlp, EventExtractor(decider=False))


@pytest.fixture(scope="session")
def decide_text(nlp):
    """The whole extraction, rules and the shipped model, on a text; returns the events."""
    from armsledger.extract import EventExtractor

    return _runner(nlp, EventExtractor())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.db"
