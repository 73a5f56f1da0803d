"""Fetching URLs: timeouts, capped redirects and size, a content-type check,
a clear User-Agent, and no requests to private addresses.

Every hop is resolved here, each address it resolves to is checked, and the
request is then sent to that checked address (with the original Host header
and TLS server name), so a DNS answer that changes between the check and the
connection cannot redirect armsledger into an internal network.
"""

from __future__ import annotations

import ipaddress
import socket
import tempfile
from dataclasses import dataclass
from typing import IO
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import InputError
from .config import IngestConfig
from .document import size_error
from .limits import Deadline
from .media_types import (
    FEED_TYPES,
    HTML_TYPES,
    JSONL_TYPES,
    TEXT_TYPES,
    WARC_TYPES,
    parse_content_type,
)

REDIRECTS = {301, 302, 303, 307, 308}

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
# Servers often send archives as generic binaries; accepted only for archive URLs.
GENERIC_BINARY = {"application/octet-stream", "application/gzip", "application/x-gzip", "binary/octet-stream"}

# Cloud instance-metadata endpoints that are not already link-local.
METADATA_ADDRESSES = {ipaddress.ip_address("100.100.100.200"), ipaddress.ip_address("fd00:ec2::254")}


# NAT64 prefixes (RFC 6052, RFC 8215): an address in them is the IPv4
# address in its last 32 bits, reached through a translator.
NAT64_WELL_KNOWN = ipaddress.ip_network("64:ff9b::/96")
NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")

# Refused even with allow_private: no feed on a private network lives there,
# and cloud credentials do.
NEVER = {"cloud metadata", "link-local (cloud metadata)", "multicast", "unspecified"}


class RefusedURLError(InputError):
    """A URL armsledger will not fetch: not http(s), or a private address."""


@dataclass(slots=True, kw_only=True)
class Fetched:
    """A response body with what the readers need to know about it."""

    url: str
    final_url: str
    status: int
    media_type: str | None
    charset: str | None
    etag: str | None
    last_modified: str | None
    body: IO[bytes] | None
    size: int = 0

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def read(self) -> bytes:
        if self.body is None:
            return b""
        self.body.seek(0)
        return self.body.read()

    def close(self) -> None:
        if self.body is not None:
            self.body.close()


def address_kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address may not be fetched ("loopback", "private"...), or None."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if address in NAT64_WELL_KNOWN:
            mapped = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if mapped is not None:
            return address_kind(mapped)
        if address in NAT64_LOCAL:
            return "private"  # a site's own translator: whatever it embeds is internal
    if address in METADATA_ADDRESSES:
        return "cloud metadata"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local (cloud metadata)"
    if address.is_multicast:
        return "multicast"
    if address.is_unspecified:
        return "unspecified"
    if address.is_private:
        return "private"
    if not address.is_global:
        return "non-public"
    return None


def _resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def check_url(url: str, config: IngestConfig) -> str:
    """The address to connect to for `url`, after checking every address its
    host resolves to; raises RefusedURLError for what may not be fetched."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise RefusedURLError(url, f"only http and https URLs are fetched, not {parts.scheme or 'none'}")
    host = parts.hostname
    if not host:
        raise RefusedURLError(url, "has no host name")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise InputError(url, "has an invalid port") from exc
    try:
        literal = ipaddress.ip_address(host)
        addresses = [str(literal)]
    except ValueError:
        try:
            addresses = (config.resolver or _resolve)(host, port)
        except (OSError, UnicodeError) as exc:
            raise InputError(url, f"host name {host} could not be resolved") from exc
    if not addresses:
        raise InputError(url, f"host name {host} could not be resolved")
    for text in addresses:
        address = ipaddress.ip_address(text.split("%", 1)[0])
        kind = address_kind(address)
        if kind is None:
            continue
        where = host if host == str(address) else f"{host} ({address})"
        if kind in NEVER:
            raise RefusedURLError(url, f"refused: {where} is a {kind} address, never fetched")
        if not config.allow_private:
            raise RefusedURLError(
                url, f"refused: {where} is a {kind} address; armsledger fetches only public "
                "addresses unless --allow-private is given",
            )
    return addresses[0].split("%", 1)[0]


def _pinned(url: str, address: str) -> tuple[httpx.URL, dict[str, str], dict[str, str]]:
    """The request URL aimed at a checked address, with the Host header and
    TLS server name of the original host."""
    target = httpx.URL(url)
    headers = {"Host": target.netloc.decode("ascii").rsplit("@", 1)[-1]}
    extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
    return target.copy_with(host=address), headers, extensions


def _is_archive_url(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(ARCHIVE_SUFFIXES)


def acceptable(media_type: str | None, url: str) -> bool:
    if media_type is None:
        return True  # sniffed from the body by the caller
    if media_type in HTML_TYPES | FEED_TYPES | TEXT_TYPES | JSONL_TYPES | WARC_TYPES:
        return True
    if media_type.endswith(("+xml", "/xml")):
        return True
    return media_type in GENERIC_BINARY and _is_archive_url(url)


class Fetcher:
    """One HTTP client for a batch: `fetch(url)` returns a checked `Fetched`."""

    def __init__(self, config: IngestConfig | None = None) -> None:
        self.config = config or IngestConfig()
        timeout = httpx.Timeout(self.config.timeout, connect=min(self.config.connect_timeout, self.config.timeout))
        self.client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,  # a proxy would connect to addresses we never checked
            headers={"User-Agent": self.config.user_agent,
                     "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                               "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"},
            # No keep-alive: a pooled TLS connection, keyed by address, could
            # otherwise carry a request for another host name on the same address.
            limits=httpx.Limits(max_keepalive_connections=0),
            transport=self.config.transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET a URL, following at most `max_redirects` redirects, each hop checked;
        a conditional GET when `etag` or `last_modified` is given (304 -> not_modified)."""
        with Deadline(self.config.timeout) as deadline:
            return self._fetch(url, deadline, etag=etag, last_modified=last_modified)

    def _fetch(self, url: str, deadline: Deadline, *, etag: str | None, last_modified: str | None) -> Fetched:
        config = self.config
        seen = [url]
        current = url
        while True:
            try:
                address = check_url(current, config)
            except InputError as exc:
                if current == url:
                    raise
                raise type(exc)(url, f"redirected to {current}, which is {exc.reason}") from exc
            target, headers, extensions = _pinned(current, address)
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            request = self.client.build_request("GET", target, headers=headers,
                                                extensions={**extensions, **deadline.extensions()},
                                                timeout=deadline.timeout(config.connect_timeout))
            try:
                response = self.client.send(request, stream=True)
            except httpx.HTTPError as exc:
                raise _failure(url, exc, deadline, "request") from exc
            try:
                if response.status_code in REDIRECTS and "location" in response.headers:
                    location = urljoin(current, response.headers["location"])
                    if location in seen:
                        raise InputError(url, f"redirects in a loop (back to {location})")
                    if len(seen) > config.max_redirects:
                        raise InputError(url, f"redirected more than {config.max_redirects} times")
                    seen.append(location)
                    current = location
                    continue
                return self._read(url, current, response, deadline)
            finally:
                response.close()

    def _read(self, url: str, final_url: str, response: httpx.Response, deadline: Deadline) -> Fetched:
        config = self.config
        status = response.status_code
        media_type, charset = parse_content_type(response.headers.get("content-type"))
        result = Fetched(url=url, final_url=final_url, status=status, media_type=media_type, charset=charset,
                         etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"),
                         body=None)
        if status == 304:
            return result
        if status >= 400 or status < 200:
            phrase = response.reason_phrase or ""
            raise InputError(url, f"answered HTTP {status} {phrase}".rstrip())
        if not acceptable(media_type, final_url):
            raise InputError(url, f"answered with content type {media_type}, which is not HTML, a feed, "
                                  "text or a WARC archive")
        archive = media_type in WARC_TYPES or _is_archive_url(final_url)
        limit = config.max_archive_bytes if archive else config.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise size_error(url, int(declared), limit, archive=archive)
        body = tempfile.SpooledTemporaryFile(max_size=min(limit, config.max_bytes) + 1)
        size = 0
        try:
            # Chunks as they arrive (no chunk size, which would wait for 64 KB),
            # so that the size cap and the deadline are checked on every read.
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise size_error(url, None, limit, archive=archive)
                if deadline.passed():
                    raise InputError(url, f"timed out after {config.timeout:g} s (still downloading)")
                body.write(chunk)
        except httpx.HTTPError as exc:
            body.close()
            raise _failure(url, exc, deadline, "download") from exc
        except InputError:
            body.close()
            raise
        body.seek(0)
        result.body = body
        result.size = size
        return result


def _failure(url: str, exc: httpx.HTTPError, deadline: Deadline, what: str) -> InputError:
    """The error for a failed request or download; a connection the deadline
    shut down fails in many ways, all of them a timeout."""
    if isinstance(exc, httpx.TimeoutException) or deadline.passed():
        return InputError(url, f"timed out after {deadline.seconds:g} s")
    if isinstance(exc, httpx.ConnectError):
        return InputError(url, f"connection failed ({_reason(exc)})")
    return InputError(url, f"{what} failed ({type(exc).__name__}: {_reason(exc)})")


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    if "refused" in text.lower():
        return "connection refused"
    return text.splitlines()[0][:200]
