"""A news feed that a test adds items to, and a webhook receiver that fails
on demand; both served on 127.0.0.1 in a thread.

`python -m tests.watch.feedsite` serves the example corpus (examples/) as
one RSS feed, for trying `armsledger watch` by hand (the README does).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..ingest.site import _conditional, _send, paragraphs_html

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TITLE = "Example Defense Wire"


@dataclass
class FeedItem:
    path: str
    title: str
    published: str  # YYYY-MM-DD
    body_html: str


class _Server:
    """A ThreadingHTTPServer on 127.0.0.1 in a daemon thread."""

    handler: type[BaseHTTPRequestHandler]

    def __init__(self) -> None:
        handler = type("Handler", (self.handler,), {"owner": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _FeedHandler(BaseHTTPRequestHandler):
    owner: FeedServer

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?", 1)[0]
        site = self.owner
        site.requests.append(path)
        if path == "/feed.xml":
            _conditional(self, site.rss().encode("utf-8"), "application/rss+xml; charset=utf-8")
        elif path in site.pages:
            _send(self, 200, site.pages[path], "text/html; charset=utf-8")
        else:
            _send(self, 404, b"<h1>Not Found</h1>", "text/html")

    def log_message(self, *args: object) -> None:
        pass


class FeedServer(_Server):
    """One RSS feed (`/feed.xml`, with ETag) whose items carry their full text,
    and each item's page."""

    handler = _FeedHandler

    def __init__(self) -> None:
        super().__init__()
        self.items: list[FeedItem] = []
        self.pages: dict[str, bytes] = {}
        self.requests: list[str] = []

    @property
    def feed_url(self) -> str:
        return self.base + "/feed.xml"

    def add_text(self, path: str, text: str, published: str) -> str:
        """An article (headline, blank line, paragraphs) as a feed item and page; returns its URL."""
        title = text.split("\n", 1)[0].strip()
        body = paragraphs_html(text)
        self.items.append(FeedItem(path=path, title=title, published=published, body_html=body))
        self.pages[path] = _page(title, body, self.base + path, published)
        return self.base + path

    def add_example(self, name: str, published: str, *, path: str | None = None) -> str:
        path = path or f"/news/{Path(name).stem}.html"
        if name.endswith(".html"):  # served as a page; the item carries only a teaser
            raw = (EXAMPLES / name).read_bytes()
            title = html.unescape(raw.decode("utf-8").split("<title>", 1)[1].split("</title>", 1)[0]).strip()
            self.items.append(FeedItem(path=path, title=title, published=published, body_html=""))
            self.pages[path] = raw
            return self.base + path
        text = (EXAMPLES / name).read_text(encoding="utf-8")
        return self.add_text(path, text, published)

    def rss(self) -> str:
        items = []
        for item in reversed(self.items):  # newest first, as feeds are
            date = email.utils.format_datetime(
                dt.datetime.fromisoformat(item.published + "T09:00:00+00:00"))
            content = f"<content:encoded><![CDATA[{item.body_html}]]></content:encoded>" if item.body_html else ""
            items.append(
                f"    <item>\n      <title>{html.escape(item.title)}</title>\n"
                f"      <link>{self.base}{item.path}</link>\n"
                f"      <guid isPermaLink=\"true\">{self.base}{item.path}</guid>\n"
                f"      <pubDate>{date}</pubDate>\n"
                f"      <description>{html.escape(item.title)}</description>\n      {content}\n    </item>\n")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
                f"  <channel>\n    <title>{TITLE}</title>\n    <link>{self.base}/</link>\n"
                "    <description>Defense news</description>\n    <language>en</language>\n"
                + "".join(items) + "  </channel>\n</rss>\n")


def _page(title: str, body: str, url: str, published: str) -> bytes:
    # The test site's article layout (tests/ingest/data/page.html), for any text.
    template = (Path(__file__).resolve().parents[1] / "ingest" / "data" / "page.html").read_text(encoding="utf-8")
    return template.format(title=html.escape(title), site=TITLE, url=url, published=published, lang="en",
                           body=body).encode("utf-8")


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict:
        return json.loads(self.body)


class _HookHandler(BaseHTTPRequestHandler):
    owner: WebhookReceiver

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        hook = self.owner
        with hook.lock:
            hook.attempts += 1
            fail = hook.failures_left > 0
            if fail:
                hook.failures_left -= 1
            else:
                hook.received.append(Received(dict(self.headers.items()), body))
        if fail:
            _send(self, 503, b"try later", "text/plain")
        else:
            _send(self, 200, b"ok", "text/plain")

    def log_message(self, *args: object) -> None:
        pass


class WebhookReceiver(_Server):
    """Takes POSTs; answers 503 to the first `failures_left` of them."""

    handler = _HookHandler

    def __init__(self, *, fail_first: int = 0) -> None:
        super().__init__()
        self.failures_left = fail_first
        self.attempts = 0
        self.received: list[Received] = []
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return self.base + "/hooks/armsledger"


def serve_examples() -> None:
    """Serve examples/manifest.jsonl as one feed until interrupted."""
    with FeedServer() as site:
        for line in (EXAMPLES / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            site.add_example(entry["path"], entry["published"])
        print(site.feed_url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    serve_examples()
