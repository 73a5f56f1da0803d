"""Plain text: the first line is taken as the title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..model import Document
from .config import IngestConfig
from .document import decode_bytes, make_document
from .files import read_file


def document_from_bytes(data: bytes, *, source: str, charset: str | None = None,
                        config: IngestConfig | None = None, **metadata: str | None) -> Document:
    config = config or IngestConfig()
    text = decode_bytes(data, source=source, encoding=charset, limit=config.max_bytes)
    return make_document(text, source=source, **metadata)


def iter_documents(path: Path, *, config: IngestConfig | None = None, **metadata: str | None) -> Iterator[Document]:
    config = config or IngestConfig()
    yield document_from_bytes(read_file(path, limit=config.max_bytes), source=str(path), config=config, **metadata)
