"""A small news site for tests, served on 127.0.0.1: pages, feeds, an archive,
and endpoints that misbehave (slow, huge, redirecting forever, failing)."""

from __future__ import annotations

import hashlib
import html
import io
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SITE_NAME = "Example Defense Wire"

# Example articles published as pages of the site: path -> (example file, date).
PAGES = {
    "/news/russia-completes-s300-deliveries.html": ("xinhua-2016-10-13-russia-completes-s300-deliveries.txt", "2016-10-13"),
    "/news/india-russia-s400-contract.html": ("pti-2018-10-05-india-russia-s400-contract.txt", "2018-10-05"),
    "/news/egypt-orders-30-more-rafale.html": ("afp-2021-05-04-egypt-orders-30-rafale.txt", "2021-05-04"),
    "/news/putin-lifts-s300-ban.html": ("tass-2015-04-13-putin-lifts-s300-ban.txt", "2015-04-13"),
    "/news/medvedev-bans-s300-iran.html": ("ria-2010-09-22-medvedev-bans-s300-iran.txt", "2010-09-22"),
    "/news/germany-extends-saudi-arms-freeze.html": ("dw-2019-03-29-germany-extends-saudi-arms-freeze.txt", "2019-03-29"),
}


def example_text(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def paragraphs_html(text: str) -> str:
    """An example article's body (after the headline) as HTML paragraphs."""
    body = text.split("\n\n", 1)[1]
    return "\n".join(f"        <p>{html.escape(p.strip())}</p>" for p in body.split("\n\n") if p.strip())


def page_html(name: str, *, url: str, published: str, lang: str = "en", site: str = SITE_NAME) -> bytes:
    text = example_text(name)
    title = text.split("\n", 1)[0].strip()
    template = (DATA / "page.html").read_text(encoding="utf-8")
    return template.format(title=html.escape(title), site=site, url=url, published=published, lang=lang,
                           body=paragraphs_html(text)).encode("utf-8")


def warc_bytes(pages: list[tuple[str, bytes]], *, gzip: bool = True, date: str = "2016-10-13T08:20:00Z",
               extras: bool = True) -> bytes:
    """An archive in the CC-NEWS layout: a warcinfo record, then for each page
    a request, a response and a metadata record, each gzipped on its own;
    with `extras`, also an image response and a redirect that must be passed over."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record(
        "CC-NEWS-20161013081500-00001.warc.gz",
        {"software": "StormCrawler 1.x https://stormcrawler.net/", "format": "WARC File Format 1.1",
         "isPartOf": "CC-NEWS", "operator": "Example Crawl", "robots": "checked via crawler-commons"}))

    def response(url: str, status: str, content_type: str, body: bytes, extra: list | None = None) -> None:
        request_headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org"), ("User-Agent", "crawler")],
                                           is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request_headers,
                                                      warc_headers_dict={"WARC-Date": date}))
        headers = StatusAndHeaders(status, [("Content-Type", content_type), *(extra or [])], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers, warc_headers_dict={"WARC-Date": date}))
        writer.write_record(writer.create_warc_record(
            url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 212\n"),
            warc_content_type="application/warc-fields", warc_headers_dict={"WARC-Date": date}))

    for url, body in pages:
        response(url, "200 OK", "text/html; charset=utf-8", body)
    if extras:
        response("https://example.org/img/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        response("https://example.org/old-url", "301 Moved Permanently", "text/html",
                 b"<html><body>Moved</body></html>", [("Location", "https://example.org/new-url")])
    return out.getvalue()


@dataclass
class Site:
    """Routes of the test site, and a log of the requests it received."""

    base: str = ""
    routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] = field(default_factory=dict)
    log: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    rss_extra: str = ""

    def requests_to(self, path: str) -> int:
        return sum(1 for p, _ in self.log if p == path)

    def url(self, path: str) -> str:
        return self.base + path


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str | None,
          headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _conditional(handler: BaseHTTPRequestHandler, body: bytes, content_type: str) -> None:
    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
    modified = "Mon, 11 Mar 2024 10:00:00 GMT"
    if handler.headers.get("If-None-Match") == etag:
        handler.send_response(304)
        handler.send_header("ETag", etag)
        handler.end_headers()
        return
    _send(handler, 200, body, content_type, {"ETag": etag, "Last-Modified": modified})


def build_site(site: Site) -> None:
    base = site.base
    r = site.routes

    for path, (name, published) in PAGES.items():
        body = page_html(name, url=base + path, published=published)
        r[path] = lambda h, body=body: _send(h, 200, body, "text/html; charset=utf-8")

    def entry_html(name: str) -> str:
        return html.escape(paragraphs_html(example_text(name)))

    def rss(h: BaseHTTPRequestHandler) -> None:
        afp = paragraphs_html(example_text("afp-2021-05-04-egypt-orders-30-rafale.txt"))
        text = (DATA / "rss.xml").read_text(encoding="utf-8").replace("{base}", base).replace("{afp_html}", afp)
        text = text.replace("  </channel>", site.rss_extra + "  </channel>")
        _conditional(h, text.encode("utf-8"), "application/rss+xml; charset=utf-8")

    def atom(h: BaseHTTPRequestHandler) -> None:
        text = (DATA / "atom.xml").read_text(encoding="utf-8").replace("{base}", base)
        text = text.replace("{yonhap_html}", entry_html("yonhap-2023-10-14-nk-munitions-russia.txt"))
        text = text.replace("{reuters_html}", entry_html("reuters-2023-03-11-iran-su35-deal.txt"))
        _conditional(h, text.encode("utf-8"), "application/atom+xml")

    r["/feeds/rss.xml"] = rss
    r["/feeds/atom.xml"] = atom

    archive_pages = [
        ("https://example.org/anadolu/en/turkey/first-s400-parts-arrive-murted",
         (EXAMPLES / "anadolu-2019-07-12-first-s400-parts-arrive-murted.html").read_bytes()),
        ("https://example.com/defense-news/air/2022/02/10/indonesia-orders-42-rafale-jets",
         (EXAMPLES / "defense-news-2022-02-10-indonesia-orders-rafale.html").read_bytes()),
        ("https://example.org/news/us-sanctions-turkey-s400",
         page_html("ap-2020-12-14-us-sanctions-turkey-s400.txt", url="https://example.org/news/us-sanctions-turkey-s400",
                   published="2020-12-14")),
    ]
    warc = warc_bytes(archive_pages)
    r["/archive/CC-NEWS-20161013081500-00001.warc.gz"] = lambda h: _send(h, 200, warc, "application/octet-stream")

    text_body = example_text("dsca-2019-08-20-tecro-f16-block70.txt").encode("utf-8")
    r["/releases/tecro-f16.txt"] = lambda h: _send(h, 200, text_body, "text/plain; charset=utf-8")
    manifest = "\n".join(json.dumps({"url": base + p, "outlet": "wire"}) for p in
                         ["/news/putin-lifts-s300-ban.html", "/news/medvedev-bans-s300-iran.html"])
    manifest += "\n" + json.dumps({"path": "/etc/passwd"}) + "\n"
    r["/manifests/today.jsonl"] = lambda h: _send(h, 200, manifest.encode(), "application/x-ndjson")

    # Pages that fight back.
    r["/status/404"] = lambda h: _send(h, 404, b"<h1>Not Found</h1>", "text/html")
    r["/status/500"] = lambda h: _send(h, 500, b"<h1>Internal Server Error</h1>", "text/html")
    r["/loop"] = lambda h: _send(h, 302, b"", "text/html", {"Location": "/loop"})
    r["/moved"] = lambda h: _send(h, 301, b"", "text/html", {"Location": "/news/germany-extends-saudi-arms-freeze.html"})

    def forever(h: BaseHTTPRequestHandler) -> None:
        n = int(h.path.rsplit("/", 1)[1]) if h.path.count("/") > 1 else 0
        _send(h, 302, b"", "text/html", {"Location": f"/forever/{n + 1}"})

    r["/forever"] = forever
    for n in range(1, 40):
        r[f"/forever/{n}"] = forever

    def slow(h: BaseHTTPRequestHandler) -> None:
        time.sleep(3)
        _send(h, 200, b"<html><body><p>late</p></body></html>", "text/html")

    def huge(h: BaseHTTPRequestHandler) -> None:  # no Content-Length: the cap must hold while streaming
        h.send_response(200)
        h.send_header("Content-Type", "text/plain")
        h.end_headers()
        chunk = b"Tanks and missiles. " * 5000
        try:
            for _ in range(400):  # ~40 MB unless the client stops reading
                h.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    r["/slow"] = slow
    r["/huge.txt"] = huge
    r["/declared-huge.txt"] = lambda h: _send(h, 200, b"x" * 3_000_000, "text/plain")
    r["/image.png"] = lambda h: _send(h, 200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
    r["/feeds/broken.xml"] = lambda h: _send(h, 200, b"this is not XML at all, <<<", "application/rss+xml")


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?", 1)[0]
        self.site.log.append((path, dict(self.headers.items())))
        route = self.site.routes.get(path)
        if route is None:
            _send(self, 404, b"<h1>Not Found</h1>", "text/html")
            return
        route(self)

    def log_message(self, *args: object) -> None:
        pass


class SiteServer:
    """Serve a Site on 127.0.0.1 in a thread."""

    def __init__(self) -> None:
        self.site = Site()
        handler = type("Handler", (_Handler,), {"site": self.site})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        # A client that hangs up on /slow or /huge.txt is expected, not news.
        self.httpd.handle_error = lambda request, client_address: None
        self.site.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        build_site(self.site)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self.site

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
