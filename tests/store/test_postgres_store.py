"""The same ledger on PostgreSQL: a URL instead of a path, same results."""

import json

import pytest
from typer.testing import CliRunner

from armsledger.cli import app

from ..conftest import EXAMPLES
from ..databases import fresh_database

runner = CliRunner()


@pytest.fixture(scope="module")
def pg_url(tmp_path_factory):
    with fresh_database("postgresql", tmp_path_factory.mktemp("pg")) as url:
        yield url


def _deals(db):
    result = runner.invoke(app, ["deals", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(d["supplier"], d["recipient"], d["family"], d["status"], d["status_modality"], d["sources"])
            for d in json.loads(result.stdout)]


def test_postgres_ledger_matches_sqlite(pg_url, tmp_path):
    manifest = str(EXAMPLES / "manifest.jsonl")
    for db in (pg_url, tmp_path / "ledger.db"):
        result = runner.invoke(app, ["ingest", manifest, "--db", str(db)])
        assert result.exit_code == 0, result.output
    on_postgres, on_sqlite = _deals(pg_url), _deals(tmp_path / "ledger.db")
    assert on_postgres and on_postgres == on_sqlite


def test_postgres_reingest_is_a_noop(pg_url):
    before = _deals(pg_url)
    result = runner.invoke(app, ["ingest", str(EXAMPLES / "manifest.jsonl"), "--db", pg_url])
    assert result.exit_code == 0 and "ingested 0" in result.output
    assert _deals(pg_url) == before
