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
import io
import zlib
from pathlib import Path
from typing import IO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import EmptyInputError, InputError
from ..model import Document
from . import html, text
from .config import IngestConfig
from .http import HTML_TYPES
from .items import Item, Notice

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
    number = read = 0
    try:
        records = iter(ArchiveIterator(stream, arc2warc=True, ensure_http_headers=False))
        while True:
            # warcio writes its warnings about damaged records to stderr
            # itself; the library never prints, and damage is reported below.
            with contextlib.redirect_stderr(io.StringIO()):
                record = next(records, None)
                if record is None:
                    return
                number += 1
                item = _record(record, number=number, source=source, config=config, metadata=metadata)
            if item is not None:
                read += isinstance(item, Document)
                yield item
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError, IndexError, TypeError,
            KeyError, AttributeError, UnicodeError) as exc:
        yield InputError(source, f"is truncated or corrupt after {number} records ({_brief(exc)}); "
                                 f"the {read} documents before it were read")


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
    media_type, charset = _media_type(content_type)
    if kind == "conversion" and media_type not in {"text/plain", None}:
        return None
    if kind != "conversion" and media_type not in HTML_TYPES:
        return None
    data = record.content_stream().read(config.max_bytes + 1)
    meta = {"url": url, **{k: v for k, v in metadata.items() if v}}
    try:
        if kind == "conversion":
            return text.document_from_bytes(data, source=where, charset=charset, config=config, **meta)
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
    return _media_type(content_type)[0] in HTML_TYPES


def _media_type(content_type: str | None) -> tuple[str | None, str | None]:
    if not content_type:
        return None, None
    media_type, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media_type.strip().lower() or None, charset


def _brief(exc: BaseException) -> str:
    text_ = (str(exc).splitlines() or [""])[0][:120]
    return f"{type(exc).__name__}: {text_}" if text_ else type(exc).__name__
