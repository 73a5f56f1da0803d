"""Property-based fuzzing of the HTML, feed and WARC readers: over 10,000
generated inputs, from random markup, random feeds and archives, and
mutations (truncation, byte flips, insertions) of real ones. A reader may
return documents and notices or give our own InputError, nothing else.

The readers are called directly (no spaCy, no network), and the examples
are derandomized so that a run is repeatable.
"""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armsledger.errors import InputError
from armsledger.ingest import feed, html, warc
from armsledger.ingest.items import FeedPoll, Notice
from armsledger.model import Document

from .site import DATA, EXAMPLES, PAGES, page_html, warc_bytes

QUOTA = {"html": 4000, "feed": 3500, "warc": 2500}
calls = {"html": 0, "feed": 0, "warc": 0}


def _settings(n):
    return settings(max_examples=n, deadline=None, database=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))


# --- building blocks ----------------------------------------------------------
texts = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["Russia delivered S-300 systems to Iran.", "&amp;", "&#0;", "&#x110000;", "&bogus;",
                     "\u202e\u0000\ufeff", "Ελληνικά κείμενα", "中文新闻", "<![CDATA[x]]>", "]]>", "<!--",
                     "A" * 300]),
)


@st.composite
def mutated(draw, base: bytes):
    """A real input damaged the way files and transfers damage them."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "duplicate"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "truncate":
            del data[pos:]
        elif op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(max_size=40))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 200))]
        elif op == "duplicate":
            data[pos:pos] = data[pos:pos + draw(st.integers(1, 400))]
    return bytes(data)


def _markup(tags):
    leaves = texts.map(lambda t: t.replace("<", "&lt;"))

    def branch(children):
        return st.tuples(st.sampled_from(tags), st.dictionaries(st.sampled_from(["class", "lang", "href", "id", "charset"]),
                                                                 st.text(max_size=12), max_size=2),
                         st.lists(children, max_size=4), st.booleans()).map(_render)

    return st.recursive(leaves, branch, max_leaves=25)


def _render(node):
    tag, attrs, children, close = node
    attributes = "".join(f' {k}="{v}"' for k, v in attrs.items())
    inner = "".join(children)
    return f"<{tag}{attributes}>{inner}" + (f"</{tag.split(':')[0] if ':' not in tag else tag}>" if close else "")


HTML_TAGS = ["html", "head", "body", "title", "meta", "article", "div", "p", "span", "a", "b", "table", "td", "ul",
             "li", "script", "style", "nav", "footer", "h1", "br", "img", "time", "noscript", "svg", "iframe"]
FEED_TAGS = ["rss", "channel", "item", "title", "link", "description", "pubDate", "guid", "content:encoded",
             "feed", "entry", "content", "summary", "id", "updated", "published", "author", "language",
             "rdf:RDF", "dc:date"]

REAL_PAGES = [(EXAMPLES / "anadolu-2019-07-12-first-s400-parts-arrive-murted.html").read_bytes(),
              page_html(PAGES["/news/putin-lifts-s300-ban.html"][0], url="https://example.org/x", published="2015-04-13")]
REAL_FEEDS = [(DATA / "rss.xml").read_bytes().replace(b"{afp_html}", b"<p>Egypt ordered Rafale jets.</p>"),
              (DATA / "atom.xml").read_bytes().replace(b"{yonhap_html}", b"&lt;p&gt;Munitions.&lt;/p&gt;")]
_SMALL = [(f"https://example.org/{i}", b"<html><body><article><p>" + b"Russia delivered tanks to the army. " * 5
           + b"</p></article></body></html>") for i in range(2)]
REAL_ARCHIVES = [warc_bytes(_SMALL, gzip=True), warc_bytes(_SMALL, gzip=False)]

html_inputs = st.one_of(
    _markup(HTML_TAGS).map(lambda s: s.encode("utf-8")),
    _markup(HTML_TAGS).map(lambda s: ("<!doctype html><html><body>" + s).encode("utf-8", "replace")),
    st.sampled_from(REAL_PAGES).flatmap(mutated),
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda s: s.encode("utf-16") if len(s) % 3 == 0 else s.encode("utf-8")),
)

feed_inputs = st.one_of(
    _markup(FEED_TAGS).map(lambda s: ('<?xml version="1.0"?><rss version="2.0"><channel>' + s).encode()),
    _markup(FEED_TAGS).map(lambda s: ('<feed xmlns="http://www.w3.org/2005/Atom">' + s + "</feed>").encode()),
    st.sampled_from(REAL_FEEDS).flatmap(mutated),
    st.binary(max_size=300),
)


@st.composite
def warc_like(draw):
    """Records with plausible and implausible headers and lengths."""
    out = []
    for _ in range(draw(st.integers(1, 3))):
        payload = draw(st.one_of(st.binary(max_size=200), st.sampled_from([
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Tanks were delivered to the army.</p>",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=bogus\r\n\r\n\xff\xfe<p>x",
            b"HTTP/1.1 999\r\n\r\n", b"garbage\r\n\r\n"])))
        length = draw(st.one_of(st.just(len(payload)), st.integers(0, 500), st.sampled_from(["-1", "abc", ""])))
        kind = draw(st.sampled_from(["response", "resource", "conversion", "warcinfo", "request", "bogus"]))
        ctype = draw(st.sampled_from(["application/http; msgtype=response", "text/html", "text/plain", "x/y", ""]))
        head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://example.org/{draw(st.text(max_size=8))}\r\n"
                f"Content-Type: {ctype}\r\nContent-Length: {length}\r\n\r\n")
        out.append(head.encode("utf-8", "replace") + payload + b"\r\n\r\n")
    return b"".join(out)


warc_inputs = st.one_of(
    st.sampled_from(REAL_ARCHIVES).flatmap(mutated),
    warc_like(),
    warc_like().map(lambda b: __import__("gzip").compress(b)),
    st.binary(max_size=200).map(lambda b: b"WARC/1.0\r\n" + b),
    st.binary(max_size=200),
)

ALLOWED = (Document, InputError, Notice, FeedPoll)


@given(html_inputs)
@_settings(QUOTA["html"])
def _fuzz_html(data):
    calls["html"] += 1
    try:
        document = html.document_from_bytes(data, source="fuzz.html")
    except InputError as exc:
        assert "fuzz.html" in str(exc) and "\n" not in str(exc)
        return
    assert isinstance(document, Document) and document.text.strip()


@given(feed_inputs)
@_settings(QUOTA["feed"])
def _fuzz_feed(data):
    calls["feed"] += 1
    try:
        items = list(feed.iter_entries(data, source="fuzz.xml"))
    except InputError as exc:
        assert "fuzz.xml" in str(exc)
        return
    assert all(isinstance(item, ALLOWED) for item in items)


@given(warc_inputs)
@_settings(QUOTA["warc"])
def _fuzz_warc(data):
    calls["warc"] += 1
    items = list(warc.iter_records(io.BytesIO(data), source="fuzz.warc"))
    assert all(isinstance(item, ALLOWED) for item in items)
    for item in items:
        if isinstance(item, InputError):
            assert str(item).startswith("fuzz.warc") and "\n" not in str(item)


def test_html_reader_survives_generated_pages():
    _fuzz_html()
    assert calls["html"] >= QUOTA["html"]


def test_feed_reader_survives_generated_feeds():
    _fuzz_feed()
    assert calls["feed"] >= QUOTA["feed"]


def test_warc_reader_survives_generated_archives():
    _fuzz_warc()
    assert calls["warc"] >= QUOTA["warc"]


def test_over_ten_thousand_inputs_in_all():
    assert sum(QUOTA.values()) >= 10_000
