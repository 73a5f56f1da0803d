"""The web server against hostile requests and documents: a 500 keeps the
security headers, an unauthenticated body is never read, an oversized one is
cut off, a very long document costs a bounded annotation, and one failed
annotation says nothing about other documents."""

from __future__ import annotations

import asyncio
import concurrent.futures

import httpx
import pytest

from armsledger.ingest.document import make_document
from armsledger.store import Store
from armsledger.web import create_app

from ..conftest import EXAMPLES

TOKEN = "s3cret"


def _send(app, method, url, **kwargs) -> httpx.Response:
    async def run():
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.request(method, url, **kwargs)

    # In a thread of its own: Playwright's sync API keeps a loop running in this one.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, run()).result(timeout=300)


@pytest.fixture
def ingest_app(tmp_path):
    return create_app(tmp_path / "ledger.db", ingest_token=TOKEN, annotate=False)


def test_a_500_page_carries_the_security_headers(tmp_path):
    app = create_app(tmp_path / "ledger.db", annotate=False)

    def boom():
        raise RuntimeError("a bug")

    app.add_api_route("/boom", boom)
    app.add_api_route("/boom.json", boom)
    for path in ("/boom", "/boom.json"):
        response = _send(app, "GET", path)
        assert response.status_code == 500
        assert "default-src 'none'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"


class CountingBody:
    """A large request body that counts how much of it the server read."""

    def __init__(self, chunks: int, size: int = 1024 * 1024) -> None:
        self.chunks, self.size, self.read = chunks, size, 0

    async def __aiter__(self):
        yield b'{"text": "'
        for _ in range(self.chunks):
            self.read += 1
            yield b"a" * self.size
        yield b'"}'


def test_an_unauthenticated_body_is_not_read(ingest_app):
    body = CountingBody(200)
    response = _send(ingest_app, "POST", "/api/ingest", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 401
    assert body.read <= 1


def test_an_oversized_body_is_cut_off(ingest_app):
    body = CountingBody(200)
    response = _send(ingest_app, "POST", "/api/ingest", content=body,
                     headers={"content-type": "application/json", "authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
    assert "larger than 16 MB" in response.json()["error"]
    assert body.read <= 18


def test_a_malformed_body_is_a_422(ingest_app):
    response = _send(ingest_app, "POST", "/api/ingest", content=b'{"title": 1}',
                     headers={"content-type": "application/json", "authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422 and response.json()["detail"][0]["parameter"] == "text"


def test_an_authenticated_text_over_spacys_limit_is_ingested_up_to_the_cap(ingest_app, monkeypatch):
    monkeypatch.setattr("armsledger.ledger.MAX_ANALYSED_CHARS", 20_000)
    article = (EXAMPLES / "tass-2015-04-13-putin-lifts-s300-ban.txt").read_text()
    text = ("\n\n".join([article] * (1_500_000 // len(article) + 1)))[:1_500_000]
    response = _send(ingest_app, "POST", "/api/ingest", json={"text": text},
                     headers={"authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["added"] and result["events"] > 0
    assert result["note"].startswith("1,500,000 characters long: only the first")


@pytest.fixture
def documents_db(tmp_path):
    """A ledger with a very long document and two short ones, stored without analysis."""
    store = Store(tmp_path / "ledger.db")
    article = (EXAMPLES / "tass-2015-04-13-putin-lifts-s300-ban.txt").read_text()
    long_text = "\n\n".join([article] * (300_000 // len(article) + 1))
    ids = {}
    for name, text in (("long", long_text), ("boom", "BOOM. " + article), ("short", article)):
        document = make_document(text, source=name, published="2015-04-13")
        store.add_document(document, [])
        ids[name] = document.id
    store.close()
    return tmp_path / "ledger.db", ids


def test_a_very_long_document_page_annotates_a_bounded_part(documents_db, monkeypatch, nlp):
    db, ids = documents_db
    monkeypatch.setattr("armsledger.web.highlight.HIGHLIGHT_CHARS", 20_000)
    app = create_app(db)
    page = _send(app, "GET", f"/documents/{ids['long']}.json").json()
    assert page["annotation_note"].startswith("highlights cover the first")
    assert page["annotations"] and max(m["end"] for m in page["annotations"]) <= 20_000
    assert len(page["text"]) > 300_000


def test_one_failed_annotation_leaves_no_note_on_other_documents(documents_db, monkeypatch, nlp):
    from armsledger.web import highlight

    db, ids = documents_db
    real = highlight.annotate

    def fragile(nlp, text, published, **kwargs):
        if text.startswith("BOOM"):
            raise ValueError("a pipeline bug")
        return real(nlp, text, published, **kwargs)

    monkeypatch.setattr(highlight, "annotate", fragile)
    app = create_app(db)
    failed = _send(app, "GET", f"/documents/{ids['boom']}.json").json()
    assert failed["annotation_note"] == "annotation failed: ValueError: a pipeline bug"
    fine = _send(app, "GET", f"/documents/{ids['short']}.json").json()
    assert fine["annotation_note"] is None and fine["annotations"]
