"""Ingest: every source kind becomes `Document`s.

`iter_documents(source)` yields documents, or `InputError`s for inputs that
could not be read, so that one bad input never stops a batch.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..model import Document
from . import html, jsonl, text

Item = Document | InputError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def read_path(path: Path, **metadata: str | None) -> Iterator[Item]:
    """The documents in one file, chosen by its suffix (sniffed when unknown)."""
    if not path.exists():
        raise InputError(str(path), "does not exist")
    if path.is_dir():
        raise InputError(str(path), "is a folder; give the files in it")
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from jsonl.iter_documents(path, published=metadata.get("published"))
    elif suffix in HTML_SUFFIXES or _looks_like_html(path):
        yield from html.iter_documents(path, **metadata)
    else:
        yield from text.iter_documents(path, **metadata)


def _looks_like_html(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(1024).lstrip().lower()
    except OSError:
        return False
    return head.startswith((b"<!doctype html", b"<html"))


def iter_documents(sources: list[str | Path], *, published: str | None = None,
                   outlet: str | None = None) -> Iterator[Item]:
    """Documents from files, folders (recursively) and manifests; errors as items."""
    for source in sources:
        path = Path(source)
        paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for item in paths:
            meta = {k: v for k, v in {"published": published, "outlet": outlet}.items() if v}
            try:
                yield from read_path(item, **meta)
            except InputError as exc:
                yield exc


__all__ = ["iter_documents", "read_path", "Item"]
