"""Fetching URLs: safety checks after DNS and after every redirect, timeouts,
redirect caps, size caps, content types, and a clear User-Agent.

Real requests go only to the test site on 127.0.0.1; the checks on other
addresses use a fake resolver and httpx's MockTransport, so nothing leaves
this machine.
"""

import ipaddress

import httpx
import pytest

from armsledger.errors import InputError
from armsledger.ingest import IngestConfig, iter_items
from armsledger.ingest.http import Fetcher, RefusedURLError, address_kind, check_url
from armsledger.model import Document


def _items(sources, config):
    return list(iter_items(sources, config=config))


def _error(sources, config):
    (item,) = _items(sources, config)
    assert isinstance(item, InputError), item
    assert "\n" not in str(item)
    return str(item)


@pytest.mark.parametrize(
    "address, kind",
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local (cloud metadata)"),
        ("fe80::1", "link-local (cloud metadata)"),
        ("fd00:ec2::254", "cloud metadata"),
        ("100.100.100.200", "cloud metadata"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("100.64.0.1", "non-public"),
        ("64:ff9b::7f00:1", "loopback"),  # NAT64 of 127.0.0.1
        ("64:ff9b::a00:5", "private"),  # NAT64 of 10.0.0.5
        ("64:ff9b::a9fe:a9fe", "link-local (cloud metadata)"),
        ("64:ff9b:1::a00:5", "private"),  # a local-use NAT64 prefix
        ("64:ff9b::808:808", None),  # NAT64 of 8.8.8.8
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_address_kind_names_every_private_range(address, kind):
    assert address_kind(ipaddress.ip_address(address)) == kind


def test_loopback_url_is_refused_without_allow_private(site):
    message = _error([site.url("/news/india-russia-s400-contract.html")], IngestConfig())
    assert site.url("/news/india-russia-s400-contract.html") in message
    assert "loopback" in message and "--allow-private" in message
    assert site.requests_to("/news/india-russia-s400-contract.html") == 0


def test_loopback_url_is_fetched_with_allow_private(site, local):
    (document,) = _items([site.url("/news/india-russia-s400-contract.html")], local)
    assert isinstance(document, Document)
    assert "S-400" in document.text


def test_host_names_are_checked_after_resolution(site):
    # "localhost" is no IP literal: the refusal comes from what it resolves to.
    url = site.url("/news/india-russia-s400-contract.html").replace("127.0.0.1", "localhost")
    message = _error([url], IngestConfig())
    assert "localhost" in message and "loopback" in message


@pytest.mark.parametrize("answer", [["10.0.0.7"], ["8.8.8.8", "127.0.0.1"], ["169.254.169.254"]])
def test_a_name_resolving_to_any_private_address_is_refused(answer):
    config = IngestConfig(resolver=lambda host, port: answer)
    with pytest.raises(RefusedURLError, match="refused"):
        check_url("https://news.example/story", config)


def test_metadata_addresses_are_refused_even_with_allow_private():
    config = IngestConfig(allow_private=True, resolver=lambda host, port: ["169.254.169.254"])
    with pytest.raises(RefusedURLError, match="never fetched"):
        check_url("http://metadata.example/latest/meta-data/", config)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/"])
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(RefusedURLError, match="only http and https"):
        check_url(url, IngestConfig())


def _mock(routes, seen):
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.headers["host"], request.url.path, request.url.host,
                     request.extensions.get("sni_hostname")))
        status, headers, body = routes[(request.headers["host"], request.url.path)]
        return httpx.Response(status, headers=headers, content=body)

    return httpx.MockTransport(handler)


PAGE = (b"<html><head><title>Russia ships S-400 parts</title></head><body><article><p>"
        + b"The first parts of the S-400 air defense system arrived at an air base near Ankara, "
          b"the Turkish Defense Ministry said in a statement on Friday. " * 4 + b"</p></article></body></html>")


def test_every_redirect_is_checked_before_it_is_followed():
    seen = []
    routes = {
        ("news.example", "/story"): (302, {"Location": "https://cdn.example/s400"}, b""),
        ("cdn.example", "/s400"): (301, {"Location": "http://internal.example/admin"}, b""),
        ("internal.example", "/admin"): (200, {"Content-Type": "text/html"}, PAGE),
    }
    addresses = {"news.example": ["93.184.216.34"], "cdn.example": ["151.101.1.1"], "internal.example": ["10.0.0.5"]}
    config = IngestConfig(resolver=lambda host, port: addresses[host], transport=_mock(routes, seen))
    message = _error(["https://news.example/story"], config)
    assert message.startswith("https://news.example/story: redirected to http://internal.example/admin")
    assert "10.0.0.5" in message and "private" in message
    assert [s[:2] for s in seen] == [("news.example", "/story"), ("cdn.example", "/s400")]


def test_requests_go_to_the_checked_address_with_the_original_host():
    seen = []
    routes = {("news.example", "/story"): (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)}
    config = IngestConfig(resolver=lambda host, port: ["93.184.216.34"], transport=_mock(routes, seen))
    (document,) = _items(["https://news.example/story"], config)
    assert isinstance(document, Document) and document.url == "https://news.example/story"
    # Connected to the address that was checked, so a second DNS answer cannot differ;
    # TLS still verifies the host name.
    assert seen == [("news.example", "/story", "93.184.216.34", "news.example")]


def test_user_agent_is_clear(site, local):
    _items([site.url("/news/putin-lifts-s300-ban.html")], local)
    agent = [h.get("User-Agent") for p, h in site.log if p == "/news/putin-lifts-s300-ban.html"][-1]
    assert agent.startswith("armsledger/") and "arms transfers" in agent


@pytest.mark.parametrize(
    "path, message",
    [
        ("/status/404", "answered HTTP 404 Not Found"),
        ("/status/500", "answered HTTP 500 Internal Server Error"),
        ("/loop", "redirects in a loop"),
        ("/forever", "redirected more than 5 times"),
        ("/image.png", "content type image/png"),
        ("/feeds/broken.xml", "is not an RSS or Atom feed"),
    ],
)
def test_bad_answers_give_one_clear_error(site, local, path, message):
    text = _error([site.url(path)], local)
    assert text.startswith(site.url(path) + ": ") and message in text


def test_a_redirect_is_followed(site, local):
    (document,) = _items([site.url("/moved")], local)
    assert document.source == site.url("/moved")
    assert document.url == site.url("/news/germany-extends-saudi-arms-freeze.html")


def test_a_url_that_times_out(site):
    config = IngestConfig(allow_private=True, timeout=0.5)
    assert "timed out after 0.5 s" in _error([site.url("/slow")], config)


def test_a_refused_connection():
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    message = _error([f"http://127.0.0.1:{port}/x"], IngestConfig(allow_private=True, timeout=2))
    assert "connection failed" in message


@pytest.mark.parametrize("path", ["/huge.txt", "/declared-huge.txt"])
def test_size_cap_holds_with_and_without_content_length(site, path):
    config = IngestConfig(allow_private=True, max_bytes=1024 * 1024)
    message = _error([site.url(path)], config)
    assert "MB limit for one document" in message and "--max-mb" in message


def test_conditional_get_sends_validators(site, local):
    with Fetcher(local) as fetcher:
        first = fetcher.fetch(site.url("/feeds/rss.xml"))
        assert first.status == 200 and first.etag
        again = fetcher.fetch(site.url("/feeds/rss.xml"), etag=first.etag, last_modified=first.last_modified)
        assert again.not_modified
    assert site.log[-1][1].get("If-None-Match") == first.etag
