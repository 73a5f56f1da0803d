"""Hostile inputs: each ends within its bound with one line naming it, and
the rest of the batch is read.

Servers are started here, in process, on 127.0.0.1; the bounds are generous
(speed is measured in bench/, not here), they only catch what never ends.
"""

from __future__ import annotations

import gzip
import time

import pytest

from armsledger.errors import InputError
from armsledger.ingest import IngestConfig, iter_items
from armsledger.model import Document

from .hostile_server import HostileServer, endless_body, fixed, slow_body, slow_headers
from .site import PAGES, page_html, warc_bytes

PAGE_NAME = PAGES["/news/india-russia-s400-contract.html"][0]
GOOD_TEXT = "Russia will deliver S-300 systems to Iran next year, TASS reported.\n"


def _read(sources, config=None, **kwargs):
    """Every item, and how long reading them took."""
    started = time.monotonic()
    items = list(iter_items([str(s) for s in sources], config=config or IngestConfig(), **kwargs))
    return items, time.monotonic() - started


def _one_error(items, source):
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1, items
    (error,) = errors
    assert str(source) in str(error) and "\n" not in str(error)
    return str(error)


@pytest.fixture(scope="module")
def hostile():
    routes = {
        "/slow-headers": slow_headers,
        "/slow-body": slow_body,
        "/endless.txt": endless_body(b"text/plain"),
        "/endless.warc.gz": endless_body(b"application/octet-stream"),
        "/good.txt": fixed("200 OK", "text/plain", GOOD_TEXT.encode()),
    }
    with HostileServer(routes) as server:
        yield server


@pytest.fixture
def good_file(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT)
    return path


def _documents(items):
    return [i for i in items if isinstance(i, Document)]


# --- 1. --timeout is a deadline for the whole fetch --------------------------

@pytest.mark.parametrize("path", ["/slow-headers", "/slow-body"])
def test_timeout_bounds_a_slow_drip_fetch(hostile, good_file, path):
    config = IngestConfig(allow_private=True, timeout=1.5)
    items, seconds = _read([hostile.url(path), good_file], config)
    message = _one_error(items, hostile.url(path))
    assert "timed out after 1.5 s" in message
    assert seconds < 15
    assert len(_documents(items)) == 1


def test_size_cap_holds_on_an_endless_body(hostile, good_file):
    config = IngestConfig(allow_private=True, timeout=30, max_bytes=1024 * 1024)
    items, seconds = _read([hostile.url("/endless.txt"), good_file], config)
    assert "limit for one document" in _one_error(items, hostile.url("/endless.txt"))
    assert seconds < 30
    assert len(_documents(items)) == 1


# --- 4. WARC headers are bounded -----------------------------------------------

def _gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=1)


def _archive_then(tail: bytes) -> bytes:
    """A good CC-NEWS-layout archive of one page, then a damaged record."""
    page = page_html(PAGE_NAME, url="https://example.org/s400", published="2018-10-05")
    return warc_bytes([("https://example.org/s400", page)], extras=False) + _gz(tail)


@pytest.mark.parametrize("tail, what", [
    (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/" + b"a" * 8_000_000,
     "a header line is longer than 64 KB"),
    (b"WARC/1.0\r\nWARC-Type: response\r\n" + b"X-Filler: yes\r\n" * 200_000, "a record header is longer than 1 MB"),
    (b"\r\n" * 2_000_000, "a record header is longer than 1 MB"),
])
def test_an_endless_warc_header_is_reported_and_the_batch_goes_on(tmp_path, good_file, tail, what):
    archive = tmp_path / "CC-NEWS-endless.warc.gz"
    archive.write_bytes(_archive_then(tail))
    items, seconds = _read([archive, good_file])
    message = _one_error(items, archive)
    assert f"record 5 is malformed ({what})" in message and "the 1 documents before it were read" in message
    assert len(_documents(items)) == 2  # the archive's page, then the next file
    assert seconds < 30
