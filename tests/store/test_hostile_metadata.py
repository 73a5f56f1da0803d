"""Metadata from strangers (NULs, control characters, overlong fields, dates
that are not dates) is cleaned or refused at the boundary, the same on
SQLite and PostgreSQL: one line per refused input, the rest of the batch
stored."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from armsledger.cli import app
from armsledger.model import Document
from armsledger.store import Store, database_url

from ..databases import KINDS, fresh_database

runner = CliRunner()

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Tanks&#0; for Ukraine</title><link>https://news.example/tanks</link>
<description>Germany will deliver Leopard 2 tanks to Ukraine, the defense ministry said on Monday.</description>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">Germany will deliver Leopard 2 tanks
to Ukraine, the defense ministry said on Monday. The delivery is planned for the spring.</content:encoded>
<pubDate>Mon, 23 Jan 2023 10:00:00 GMT</pubDate></item>
</channel></rss>
"""


@pytest.fixture(params=KINDS)
def db(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        yield url


def _manifest(folder):
    lines = [
        {"text": "France will sell 30 Rafale jets to Egypt, AFP reported.", "title": "Rafale\u0000 deal\u0007",
         "published": "2021-05-04"},
        {"text": "India signed a contract for S-400 systems with Russia.", "outlet": "o" * 300,
         "published": "2018-10-05T08:00:00Z"},
        {"text": "Turkey received the first S-400 parts from Russia.", "published": "last Tuesday, probably"},
        {"text": "Saudi Arabia will buy Patriot missiles from the United States.", "published": "2019-02-30"},
        {"text": "Egypt ordered Su-35 fighter jets from Russia.", "published": "2019"},
    ]
    path = folder / "manifest.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    feed = folder / "wire.rss"
    feed.write_text(RSS)
    return path, feed


def test_hostile_metadata_is_cleaned_or_refused_and_the_batch_goes_on(db, tmp_path):
    manifest, feed = _manifest(tmp_path)
    result = runner.invoke(app, ["ingest", str(manifest), str(feed), "--db", db, "--no-follow-links"])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2, result.stderr
    assert f"{manifest}:3: published date 'last Tuesday, probably' is not a date" in errors[0]
    assert f"{manifest}:4: published date '2019-02-30' is not a date" in errors[1]
    assert "Traceback" not in result.output
    assert "ingested 4," in result.stderr

    engine = sa.create_engine(database_url(db))
    with engine.connect() as conn:
        rows = {r.text[:12]: r for r in conn.execute(sa.text("SELECT * FROM documents"))}
    engine.dispose()
    assert rows["France will "].title == "Rafale deal"
    assert len(rows["India signed"].outlet) == 200
    assert rows["India signed"].published == "2018-10-05"
    assert rows["Egypt ordere"].published == "2019"
    (tanks,) = [r for r in rows.values() if r.url == "https://news.example/tanks"]
    assert "\x00" not in tanks.title and tanks.title.startswith("Tanks") and tanks.title.endswith("for Ukraine")


def test_overlong_published_option_is_refused_before_anything_is_read(db, tmp_path):
    (tmp_path / "a.txt").write_text("Russia will deliver S-300 systems to Iran.")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db, "--published", "2016-" * 10])
    assert result.exit_code == 2
    assert "--published: published date" in result.stderr and "is not a date" in result.stderr


def test_store_cleans_metadata_of_documents_made_through_the_api(db):
    store = Store(db)
    document = Document(id="f" * 32, text="Iran\u0000 received S-300 systems.", title="S-300\u0000",
                        outlet="x" * 500, published="2016-10-13" * 5, source="api\u0000")
    assert store.add_document(document, [])
    stored = store.document("f" * 32)
    assert stored["title"] == "S-300" and "\x00" not in stored["text"] and len(stored["outlet"]) == 200
    assert len(stored["published"]) <= 32
    assert store.add_document(document, []) is False
    store.close()


def test_a_document_a_concurrent_ingest_stored_first_counts_as_a_duplicate(db, tmp_path, monkeypatch):
    from armsledger.ledger import ingest

    path = tmp_path / "a.txt"
    path.write_text("Russia will deliver S-300 systems to Iran next year, TASS reported.")
    store = Store(db)
    assert ingest([str(path)], store).ingested == 1
    # The other process's check ran before this one stored the document.
    monkeypatch.setattr(Store, "has_document", lambda self, doc_id: False)
    monkeypatch.setattr(Store, "knows_source", lambda self, source: False)
    report = ingest([str(path)], store)
    assert (report.ingested, report.duplicates, report.failed) == (0, 1, [])
    store.close()


def test_a_document_the_database_refuses_is_reported_and_the_batch_goes_on(db, tmp_path, monkeypatch):
    from armsledger.errors import StoreError
    from armsledger.ledger import ingest

    (tmp_path / "a.txt").write_text("Russia will deliver S-300 systems to Iran next year, TASS reported.")
    (tmp_path / "b.txt").write_text("France will sell 30 Rafale jets to Egypt, AFP reported.")
    original = Store.add_document

    def refuse_a(self, document, *args, **kwargs):
        if document.source.endswith("a.txt"):
            raise StoreError(f"{document.source}: could not be stored (DataError: value too long)")
        return original(self, document, *args, **kwargs)

    monkeypatch.setattr(Store, "add_document", refuse_a)
    store = Store(db)
    report = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], store)
    assert report.ingested == 1
    assert report.failed == [(str(tmp_path / "a.txt"), "could not be stored (DataError: value too long)")]
    assert store.counts()["documents"] == 1
    store.close()
