"""Hostile text renders as text: a document whose title, text, URL, outlet
and event fields carry markup, scripts and event-handler attributes, checked
in the HTML of every page and in a real browser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from armsledger.ingest.document import make_document
from armsledger.model import Event, EventType, Evidence, Modality, Source, SystemRef, TimeRef
from armsledger.refresh import refresh_deals
from armsledger.store import Store

TITLE = '<script>alert("title")</script><img src=x onerror=alert(1)>'
SENTENCE = ('Russia will deliver <script>alert("x")</script> S-300 <img src=x onerror="alert(2)"> systems '
            'to Iran next year, <a href="javascript:alert(3)">TASS</a> reported.')
TEXT = (f"{SENTENCE}\n\n\" onmouseover=\"alert(4)\" x=\" <svg onload=alert(5)></svg> </textarea>"
        "<style>body{display:none}</style> <iframe src=javascript:alert(9)></iframe> {{ 7*7 }} ${7*7}")
HOSTILE_FAMILY = 's-300"><script>alert(8)</script>'


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("xss") / "hostile.db"
    store = Store(path)
    document = make_document(TEXT, source="hostile.txt", url="javascript:alert(6)",
                             outlet='"><script>alert(7)</script>', title=TITLE, published="2020-01-01")
    start = document.text.index(SENTENCE)
    evidence = Evidence(sentence=SENTENCE, start=start, end=start + len(SENTENCE), trigger="deliver")
    events = [
        Event(doc_id=document.id, type=EventType.DELIVERY, modality=Modality.PLANNED, supplier="RUS",
              recipient="IRN", parties=["IRN", "RUS"],
              systems=[SystemRef(text='<img src=x onerror="alert(2)">', id="s-300", family="s-300",
                                 category="surface-to-air missile system")],
              time=TimeRef(text="next year", start="2021"),
              attribution=[Source(text='<a href="javascript:alert(3)">TASS</a>', kind="outlet",
                                  id="<b>tass</b>")],
              evidence=evidence, rule="<i>rule</i>"),
        Event(doc_id=document.id, type=EventType.AGREEMENT, modality=Modality.SPECULATED, supplier="RUS",
              recipient="IRN", parties=["IRN", "RUS"],
              systems=[SystemRef(text="S-300", id=HOSTILE_FAMILY, family=HOSTILE_FAMILY, category="other")],
              evidence=evidence, rule="agreement.x"),
    ]
    store.add_document(document, events)
    refresh_deals(store)
    deal_ids = [d["id"] for d in store.deals()]
    store.close()
    return path, document.id, deal_ids


@pytest.fixture(scope="module")
def hostile_client(hostile_db):
    from armsledger.web import create_app

    from .conftest import Client

    client = Client(create_app(hostile_db[0]))
    yield client
    client.close()


def _pages(doc_id, deal_ids):
    return ["/", "/deals", "/events", "/documents", f"/documents/{doc_id}", "/search?q=alert",
            "/search?q=deliver", "/countries", "/countries/RUS", *(f"/deals/{d}" for d in deal_ids)]


class Elements(HTMLParser):
    """The tags, attributes and URLs a browser would see in a page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.handlers: list[tuple[str, str]] = []
        self.urls: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in {"href", "src", "action", "formaction"} and value:
                self.urls.append(value)


def test_hostile_markup_is_escaped_on_every_page(hostile_client, hostile_db):
    _, doc_id, deal_ids = hostile_db
    assert len(deal_ids) == 2
    for path in _pages(doc_id, deal_ids):
        response = hostile_client.get(path, headers={"accept": "text/html"})
        assert response.status_code == 200, path
        seen = Elements(response.text)
        assert not seen.tags & {"script", "img", "iframe", "style", "textarea", "object", "embed"}, path
        assert seen.handlers == [], f"event handler attributes on {path}: {seen.handlers}"
        assert not [u for u in seen.urls if not re.match(r"^(/|#|https?://)", u)], path


def test_hostile_text_shows_as_text(hostile_client, hostile_db):
    _, doc_id, deal_ids = hostile_db
    html = hostile_client.get(f"/documents/{doc_id}").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html  # text is never evaluated as a template
    deal = hostile_client.get(f"/deals/{deal_ids[0]}").text
    assert "&lt;img src=x onerror=" in deal


def test_json_keeps_the_text_verbatim(hostile_client, hostile_db):
    _, doc_id, _ = hostile_db
    body = hostile_client.get(f"/documents/{doc_id}.json").json()
    assert body["text"].startswith(SENTENCE) and body["title"] == TITLE
    assert hostile_client.get(f"/documents/{doc_id}.json").headers["content-type"] == "application/json"


def test_csv_export_defuses_formulas(hostile_client):
    from armsledger.web.pages import _cell

    assert _cell("=1+1").startswith("'")
    assert hostile_client.get("/events.csv").status_code == 200


def test_hostile_pages_run_no_script_in_a_browser(browser, page, hostile_db, screenshots):
    from armsledger.web import create_app

    from .conftest import Server

    _, doc_id, deal_ids = hostile_db
    with Server(create_app(hostile_db[0])) as server:
        for path in (f"/documents/{doc_id}", f"/deals/{deal_ids[0]}", "/events", "/search?q=alert"):
            page.goto(server.url + path)
            counts = page.evaluate(
                "() => ['script', 'img', 'iframe', 'style', 'svg[onload]', '[onerror]', '[onmouseover]']"
                ".map(s => document.querySelectorAll(s).length)")
            assert counts == [0] * 7, (path, counts)
            assert page.is_visible("main"), path
        page.goto(f"{server.url}/documents/{doc_id}")
        text = page.inner_text(".doctext")
        assert '<script>alert("x")</script>' in text and "<svg onload=alert(5)>" in text
        page.screenshot(path=str(screenshots / "xss-document.png"), full_page=True)
    assert page.dialogs == [], f"a script ran: {page.dialogs}"
