"""Ingest: every source kind becomes `Document`s.

A source is a file, a folder (read recursively), a glob, `-` for standard
input, or an http(s) URL. What a file or response holds is decided by its
name, its content type and its first bytes: HTML, plain text, JSON Lines,
an RSS or Atom feed, or a WARC/ARC archive.

`iter_documents(sources)` yields documents, or `InputError`s for inputs that
could not be read, so that one bad input never stops a batch; `iter_items`
also yields the notices and feed poll states the ledger keeps.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..errors import BinaryInputError, InputError
from ..model import Document

# feed and html (feedparser, trafilatura, lxml: a third of a second) are
# imported when a feed or a page is first read: a batch of text files or
# manifests, and the worker processes, never pay for them.
from . import jsonl, text, warc
from .config import USER_AGENT, IngestConfig
from .document import size_error
from .files import read_file
from .items import FeedPoll, Item, Notice, SourceState
from .media_types import FEED_TYPES, HTML_TYPES, JSONL_TYPES, TEXT_TYPES, WARC_TYPES
from .outlets import outlet_for
from .paths import check_regular, iter_paths

if TYPE_CHECKING:
    from .http import Fetcher

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rdf")
TEXT_SUFFIXES = (".txt", ".text", ".md")
STDIN = "-"

# First bytes of formats that are certainly not text, for a clear message.
_MAGIC = (
    (b"%PDF-", "a PDF file"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x7fELF", "an executable"), (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ", "an xz archive"),
)


def sniff(head: bytes, *, name: str = "", media_type: str | None = None) -> str:
    """The kind of an input: html, text, jsonl, feed or warc."""
    lower = name.lower().split("?", 1)[0]
    if media_type in WARC_TYPES or warc.is_archive_name(lower):
        return "warc"
    if media_type in JSONL_TYPES or lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if media_type in HTML_TYPES:
        return "html"
    if media_type in {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}:
        return "feed"
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(FEED_SUFFIXES):
        return "feed"
    if lower.endswith(TEXT_SUFFIXES):
        return "text"
    if warc.looks_like_archive(head):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096].lower()
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")) or b"<html" in start:
        return "html"
    if media_type in FEED_TYPES:
        return "feed"
    if media_type not in TEXT_TYPES and start.startswith(b"{"):
        first = start.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    return "text"


def _check_magic(head: bytes, source: str) -> None:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise BinaryInputError(source, f"is {what}, not text, HTML, a feed or a WARC archive")
    if head.startswith(b"\x1f\x8b"):
        raise BinaryInputError(source, "is gzip-compressed but not a WARC archive; decompress it first")


class Reader:
    """Reads sources into items, sharing one HTTP client and the ledger's state."""

    def __init__(self, *, config: IngestConfig | None = None, state: SourceState | None = None,
                 published: str | None = None, outlet: str | None = None,
                 stdin: IO[bytes] | None = None) -> None:
        self.config = config or IngestConfig()
        self.state = state
        self.overrides = {k: v for k, v in {"published": published, "outlet": outlet}.items() if v}
        self._stdin = stdin
        self._fetcher: Fetcher | None = None

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            from .http import Fetcher  # httpx is imported at the first URL

            self._fetcher = Fetcher(self.config)
        return self._fetcher

    # --- sources ------------------------------------------------------------
    def read(self, sources: list[str | Path]) -> Iterator[Item]:
        for source in sources:
            name = str(source)
            if name == STDIN:
                yield from self._guard(self.read_stdin(), "<stdin>")
            elif is_url(name):
                yield from self._guard(self.read_url(name, dict(self.overrides)), name)
            else:
                try:
                    for path in iter_paths(name):
                        if isinstance(path, Notice):
                            yield path
                        else:
                            yield from self._guard(self.read_path(path, **self.overrides), str(path))
                except InputError as exc:
                    yield exc

    def _guard(self, items: Iterator[Item], source: str) -> Iterator[Item]:
        """Errors raised while reading one input become items, so the batch goes on."""
        try:
            yield from items
        except InputError as exc:
            yield exc
        except RecursionError:
            yield InputError(source, "is nested too deeply to read")
        except Exception as exc:  # a reader's bug on strange input must not end the batch
            detail = (str(exc).splitlines() or [""])[0][:160]
            yield InputError(source, f"could not be read ({type(exc).__name__}: {detail})")

    def read_path(self, path: Path, **metadata: str | None) -> Iterator[Item]:
        """The items in one file, chosen by its name, else by its first bytes."""
        check_regular(path)
        try:
            with path.open("rb") as handle:
                head = handle.read(4096)
        except OSError as exc:
            raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
        kind = sniff(head, name=path.name)
        meta = {k: v for k, v in metadata.items() if v}
        if kind == "warc":
            yield from warc.iter_documents(path, config=self.config, **meta)
            return
        if kind == "jsonl":
            try:
                handle = path.open("rb")
            except OSError as exc:
                raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
            with handle:
                yield from jsonl.iter_lines(handle, source=str(path), base=path.parent, follow=self._follow,
                                            config=self.config, published=meta.get("published"),
                                            outlet=self.overrides.get("outlet"))
            return
        if kind == "text" and not path.name.lower().endswith(TEXT_SUFFIXES):
            _check_magic(head, str(path))
        data = read_file(path, limit=self.config.max_bytes)
        yield from self._read_data(data, kind=kind, source=str(path), meta=meta)

    def read_stdin(self) -> Iterator[Item]:
        stream = self._stdin if self._stdin is not None else sys.stdin.buffer
        spool = tempfile.SpooledTemporaryFile(max_size=self.config.max_bytes + 1)
        with spool:
            size = 0
            while chunk := stream.read(1 << 16):
                size += len(chunk)
                if size > self.config.max_archive_bytes:
                    raise size_error("<stdin>", None, self.config.max_archive_bytes, archive=True)
                spool.write(chunk)
            spool.seek(0)
            head = spool.read(4096)
            spool.seek(0)
            kind = sniff(head)
            source = "<stdin>"
            if kind == "warc":
                yield from warc.iter_records(spool, source=source, config=self.config, **self.overrides)
            elif kind == "jsonl":
                yield from jsonl.iter_lines(spool, source=source, base=Path.cwd(), follow=self._follow,
                                            config=self.config, **self.overrides)
            else:
                if size > self.config.max_bytes:
                    raise size_error(source, size, self.config.max_bytes)
                if kind == "text":
                    _check_magic(head, source)
                yield from self._read_data(spool.read(), kind=kind, source=source, meta=dict(self.overrides))

    def read_url(self, url: str, meta: dict[str, str | None], *, page_only: bool = False) -> Iterator[Item]:
        """A URL's items; `page_only` for a feed item's link, which must be a page."""
        state = self.state
        if state is not None and not self.config.refetch and state.knows_source(url):
            yield Notice(url, "already in the ledger", kind="known")
            return
        etag, modified = state.feed_validators(url) if state is not None and not page_only else (None, None)
        fetched = self.fetcher.fetch(url, etag=etag, last_modified=modified)
        try:
            if fetched.not_modified:
                yield Notice(url, "not modified since the last poll (HTTP 304)")
                return
            if fetched.body is None:
                raise InputError(url, "answered with no body")
            head = fetched.body.read(4096)
            fetched.body.seek(0)
            kind = sniff(head, name=fetched.final_url, media_type=fetched.media_type)
            meta = {"url": fetched.final_url, **{k: v for k, v in meta.items() if v}}
            if page_only and kind not in {"html", "text"}:
                raise InputError(url, f"a feed item's link must be a page, not {kind}")
            if kind == "warc":
                yield from warc.iter_records(fetched.body, source=url, config=self.config,
                                             **{k: v for k, v in meta.items() if k != "url"})
            elif kind == "jsonl":
                yield from jsonl.iter_lines(fetched.body, source=url, base=Path.cwd(), follow=self._follow_remote,
                                            config=self.config, published=meta.get("published"),
                                            outlet=self.overrides.get("outlet"), confine=False)
            elif kind == "feed":
                from . import feed

                yield from feed.iter_entries(
                    fetched.read(), source=url, feed_url=url, fetch_page=self._fetch_page, state=state,
                    config=self.config, validators=(fetched.etag, fetched.last_modified),
                    **{k: v for k, v in meta.items() if k in {"published", "outlet"}},
                )
            else:
                if fetched.size > self.config.max_bytes:
                    raise size_error(url, fetched.size, self.config.max_bytes)
                yield from self._read_data(fetched.read(), kind=kind, source=url, meta=meta,
                                           charset=fetched.charset)
        finally:
            fetched.close()

    # --- helpers ------------------------------------------------------------
    def _read_data(self, data: bytes, *, kind: str, source: str, meta: dict[str, str | None],
                   charset: str | None = None) -> Iterator[Item]:
        if kind == "feed":
            from . import feed

            yield from feed.iter_entries(data, source=source, fetch_page=self._fetch_page, state=self.state,
                                         config=self.config,
                                         **{k: v for k, v in meta.items() if k in {"published", "outlet"}})
        elif kind == "html":
            from . import html

            yield html.document_from_bytes(data, source=source, charset=charset, config=self.config,
                                           **_page_meta(meta))
        else:
            page = _page_meta(meta)
            site = page.pop("site_name", None)
            if not page.get("outlet") and page.get("url"):
                page["outlet"] = outlet_for(page["url"], site)
            yield text.document_from_bytes(data, source=source, charset=charset, config=self.config, **page)

    def _follow(self, kind: str, target: str, meta: dict[str, str | None]) -> Iterator[Item]:
        if kind == "url":
            yield from self.read_url(target, meta)
        else:
            yield from self.read_path(Path(target), **meta)

    def _follow_remote(self, kind: str, target: str, meta: dict[str, str | None]) -> Iterator[Item]:
        if kind != "url":
            raise InputError(target, "a manifest fetched from a URL may not name local files")
        yield from self.read_url(target, meta)

    def _fetch_page(self, url: str, meta: dict[str, str | None]) -> Iterator[Item]:
        yield from self.read_url(url, meta, page_only=True)


def _page_meta(meta: dict[str, str | None]) -> dict[str, str | None]:
    keys = {"url", "outlet", "title", "published", "language"}
    page = {k: v for k, v in meta.items() if k in keys and v}
    if meta.get("site_name") and "outlet" not in page:
        page["site_name"] = meta["site_name"]
    return page


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def expand(source: str) -> list[Path]:
    """The files a source names: itself, a folder's files (recursively, hidden
    ones left out), or a glob's matches; links to folders are not followed."""
    return [path for path in iter_paths(source) if isinstance(path, Path)]


def iter_items(sources: list[str | Path], *, published: str | None = None, outlet: str | None = None,
               config: IngestConfig | None = None, state: SourceState | None = None,
               stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Documents, errors, notices and feed poll states from every source, in order."""
    reader = Reader(config=config, state=state, published=published, outlet=outlet, stdin=stdin)
    try:
        yield from reader.read(sources)
    finally:
        reader.close()


def iter_documents(sources: list[str | Path], *, published: str | None = None, outlet: str | None = None,
                   config: IngestConfig | None = None, state: SourceState | None = None,
                   stdin: IO[bytes] | None = None) -> Iterator[Document | InputError]:
    """Documents from files, folders, globs, stdin, URLs, feeds, archives and
    manifests; errors as items."""
    for item in iter_items(sources, published=published, outlet=outlet, config=config, state=state,
                           stdin=stdin):
        if isinstance(item, Document | InputError):
            yield item


def read_path(path: Path, *, config: IngestConfig | None = None, **metadata: str | None) -> Iterator[Item]:
    """The items in one file, chosen by its name, else by its first bytes."""
    reader = Reader(config=config)
    try:
        yield from reader.read_path(path, **metadata)
    finally:
        reader.close()


def __getattr__(name: str):
    if name == "Fetched":  # kept importable from here; httpx is loaded only when asked for
        from .http import Fetched

        return Fetched
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "USER_AGENT", "FeedPoll", "Fetched", "IngestConfig", "InputError", "Item", "Notice", "Reader",
    "SourceState", "expand", "is_url", "iter_documents", "iter_items", "read_path", "sniff",
]
