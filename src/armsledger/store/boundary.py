"""What crosses into the database: metadata the columns can hold, and
database errors told in one line."""

from __future__ import annotations

import dataclasses

from ..ingest.metadata import clean_field
from ..model import Document


def stored_document(document: Document) -> Document:
    """The document with metadata the columns can hold: no NULs or control
    characters, lengths capped (ingest does this already; a Document made
    through the Python API may not have been)."""
    changes = {name: clean_field(getattr(document, name), name)
               for name in ("source", "url", "outlet", "title", "language")}
    published = clean_field(document.published, "title")
    changes["published"] = published[:32] if published else None
    changes["text"] = document.text.replace("\x00", "")
    if all(getattr(document, name) == value for name, value in changes.items()):
        return document
    return dataclasses.replace(document, **changes)


def brief_error(exc: BaseException) -> str:
    """A database error in one line: the driver's class and first line."""
    orig = getattr(exc, "orig", None) or exc
    return f"{type(orig).__name__}: {(str(orig).splitlines() or [''])[0][:160]}"
