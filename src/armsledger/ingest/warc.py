"""WARC and ARC archives (warcio), gzipped or not: the HTML pages in them.

Read: `response` records with a 200 HTML payload (the Common Crawl and
CC-NEWS layout: warcinfo, then request/response/metadata records, each
gzipped on its own), `resource` records holding HTML, and `conversion`
records holding plain text (WET files). Everything else is passed over. The
archive is streamed, so it may be far larger than one document; a truncated
or corrupt archive yields what was read before the damage, then one error.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import EmptyInputError, InputError
from ..model import Document
from . import text
from .config import IngestConfig
from .items import Item, Notice
from .limits import HeaderLimits, MalformedHeader
from .media_types import HTML_TYPES, parse_content_type

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".wet", ".wet.gz")


def is_archive_name(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def looks_like_archive(head: bytes) -> bool:
    """Whether the first bytes start a WARC or ARC archive, gzipped or not."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


def iter_records(stream: IO[bytes], *, source: str, config: IngestConfig | None = None,
                 **metadata: str | None) -> Iterator[Item]:
    """The documents in an archive, with an error item for each record that
    could not be read and for damage that ends the archive early."""
    config = config or IngestConfig()
    head = stream.read(512)
    if not head.strip():
        yield EmptyInputError(source, "is empty")
        return
    if not looks_like_archive(head):
        yield InputError(source, "is not a WARC or ARC archive")
        return
    stream.seek(0)
    if head.startswith(b"\x1f\x8b"):
        # Decompressed here rather than by warcio, which takes a cut-off
        # gzip member for the end of the archive; gzip raises EOFError.
        stream = _Gunzip(stream)
    number = read = 0
    try:
        from warcio.archiveiterator import ArchiveIterator  # at the first archive: files need none

        archive = ArchiveIterator(stream, arc2warc=True, ensure_http_headers=False)
        # On the instance: warcio's parsers call readline on this reader.
        limits = archive.reader.readline = HeaderLimits(archive.reader.readline)
        records = iter(archive)
        while True:
            # warcio writes its warnings about damaged records to stderr
            # itself; the library never prints, and damage is reported below.
            with contextlib.redirect_stderr(io.StringIO()):
                record = next(records, None)
                if record is None:
                    # warcio ends quietly where a record's header is cut off.
                    if number == 0 or (archive.next_line or b"").strip():
                        raise Truncated("the archive ends inside a record header")
                    return
                number += 1
                item = _record(record, number=number, source=source, config=config, metadata=metadata)
                _drain(record)
                limits.record_started()
            if item is not None:
                read += isinstance(item, Document)
                yield item
    except MalformedHeader as exc:
        yield InputError(source, f"record {number + 1} is malformed ({exc}), so the archive is read no further; "
                                 f"the {read} documents before it were read")
    except Exception as exc:  # warcio and gzip fail in many ways on damaged archives
        yield InputError(source, f"is truncated or corrupt after {number} records ({_brief(exc)}); "
                                 f"the {read} documents before it were read")


class Truncated(Exception):
    """The archive ends before its last record does (not EOFError, which
    warcio takes for a clean end)."""


class _Gunzip:
    """A gzip stream (of many members) for warcio, with truncation raised as Truncated."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._file = gzip.GzipFile(fileobj=stream, mode="rb")

    def read(self, size: int = -1) -> bytes:
        try:
            # read1: what was decompressed before a cut-off comes back first
            return self._file.read1(size if size and size > 0 else 1 << 16)
        except EOFError as exc:
            raise Truncated(str(exc)) from exc

    def readline(self, size: int = -1) -> bytes:
        try:
            return self._file.readline(size)
        except EOFError as exc:
            raise Truncated(str(exc)) from exc

    def tell(self) -> int:
        return self._file.tell()

    def close(self) -> None:
        self._file.close()


def _drain(record: object) -> None:
    """Read the rest of a record; Truncated when the archive ends before the
    record's declared length."""
    if record.format.startswith("warc") and not (
            record.rec_headers.get_header("Content-Length") and record.rec_headers.get_header("WARC-Type")):
        raise Truncated("a record header is cut off or lacks WARC-Type and Content-Length")
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    if getattr(raw, "limit", 0) > 0:
        raise Truncated(f"the last record ends {raw.limit} bytes short of its Content-Length")


def _record(record: object, *, number: int, source: str, config: IngestConfig,
            metadata: dict[str, str | None]) -> Item | None:
    kind = record.rec_type
    if kind not in {"response", "resource", "conversion"}:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{source} record {number}" + (f" ({url})" if url else "")
    if kind == "response":
        http_headers = record.http_headers
        if http_headers is None:
            return None
        status = http_headers.get_statuscode()
        content_type = http_headers.get_header("Content-Type")
        if status != "200":
            return Notice(where, f"HTTP {status} response, not a page") if _is_html(content_type) else None
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    media_type, charset = parse_content_type(content_type)
    if kind == "conversion" and media_type not in {"text/plain", None}:
        return None
    if kind != "conversion" and media_type not in HTML_TYPES:
        return None
    data = record.content_stream().read(config.max_bytes + 1)
    meta = {"url": url, **{k: v for k, v in metadata.items() if v}}
    try:
        if kind == "conversion":
            return text.document_from_bytes(data, source=where, charset=charset, config=config, **meta)
        from . import html  # imported at the first page: see ingest/__init__.py

        return html.document_from_bytes(data, source=where, charset=charset, config=config, **meta)
    except InputError as exc:
        return exc


def iter_documents(path: Path, *, config: IngestConfig | None = None, **metadata: str | None) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
    with handle:
        yield from iter_records(handle, source=str(path), config=config, **metadata)


def _is_html(content_type: str | None) -> bool:
    return parse_content_type(content_type)[0] in HTML_TYPES


def _brief(exc: BaseException) -> str:
    text_ = (str(exc).splitlines() or [""])[0][:120]
    return f"{type(exc).__name__}: {text_}" if text_ else type(exc).__name__
