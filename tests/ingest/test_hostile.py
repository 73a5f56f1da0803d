"""Hostile inputs: each ends within its bound with one line naming it, and
the rest of the batch is read.

Servers are started here, in process, on 127.0.0.1; the bounds are generous
(speed is measured in bench/, not here), they only catch what never ends.
"""

from __future__ import annotations

import gzip
import json
import os
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


# --- 5. manifest paths stay in the manifest's folder ----------------------------

@pytest.fixture
def manifest_folder(tmp_path):
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT)
    (tmp_path / "secret.txt").write_text("Russia will deliver secret S-300 systems, the password said.")
    (folder / "link.txt").symlink_to(tmp_path / "secret.txt")
    return folder


@pytest.mark.parametrize("path, why", [
    ("../../../../../etc/passwd", "leads outside"),
    ("../secret.txt", "leads outside"),
    ("link.txt", "leads outside"),  # a symbolic link counts where it leads
    ("/etc/passwd", "is absolute"),
    ("sub/../../secret.txt", "leads outside"),
])
def test_manifest_paths_may_not_escape_its_folder(manifest_folder, path, why):
    manifest = manifest_folder / "manifest.jsonl"
    manifest.write_text(json.dumps({"path": path}) + "\n" + json.dumps({"path": "good.txt"}) + "\n")
    items, _ = _read([manifest])
    message = _one_error(items, f"{manifest}:1")
    assert why in message and repr(path) in message
    (document,) = _documents(items)
    assert document.text == GOOD_TEXT.strip()


def test_root_widens_where_manifest_paths_may_lead(manifest_folder):
    manifest = manifest_folder / "manifest.jsonl"
    manifest.write_text(json.dumps({"path": "../secret.txt"}) + "\n")
    items, _ = _read([manifest], IngestConfig(manifest_root=manifest_folder.parent))
    (document,) = _documents(items)
    assert "secret S-300" in document.text


# --- FIFOs and symbolic-link loops ------------------------------------------------

def test_a_fifo_is_refused_without_opening_it(tmp_path, good_file):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    items, seconds = _read([fifo, good_file])
    assert "is a named pipe (FIFO), not a file" in _one_error(items, fifo)
    assert len(_documents(items)) == 1 and seconds < 30


def test_a_manifest_naming_a_fifo_goes_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(GOOD_TEXT)
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps({"path": "pipe.txt"}) + "\n" + json.dumps({"path": "good.txt"}) + "\n")
    items, _ = _read([manifest])
    assert "FIFO" in _one_error(items, tmp_path / "pipe.txt")
    assert len(_documents(items)) == 1


@pytest.fixture
def looped(tmp_path):
    """news/ with a story, and links back to its parents that loop forever."""
    news = tmp_path / "news" / "2024"
    news.mkdir(parents=True)
    (news / "story.txt").write_text(GOOD_TEXT)
    (news / "up").symlink_to(tmp_path / "news")
    (news / "top").symlink_to(tmp_path)
    (tmp_path / "news" / "self").symlink_to(".")
    return tmp_path


@pytest.mark.parametrize("pattern", ["news/**/*.txt", "**/story.txt", "news"])
def test_globs_and_folders_do_not_follow_links_into_loops(looped, pattern):
    items, seconds = _read([looped / pattern])
    (document,) = _documents(items)
    assert document.text == GOOD_TEXT.strip()
    notices = [str(i) for i in items if not isinstance(i, Document)]
    assert notices and all("a symbolic link to a folder, not followed" in n for n in notices)
    assert seconds < 30


def test_max_archive_mb_bounds_an_archive_url(hostile, good_file):
    config = IngestConfig(allow_private=True, timeout=60, max_archive_bytes=2 * 1024 * 1024)
    items, seconds = _read([hostile.url("/endless.warc.gz"), good_file], config)
    message = _one_error(items, hostile.url("/endless.warc.gz"))
    assert "larger than the 2 MB limit for an archive; raise the limit (--max-archive-mb)" in message
    assert len(_documents(items)) == 1 and seconds < 60
