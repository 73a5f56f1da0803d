"""Which deals an event belongs to: one per (supplier, recipient, system family).

Apart from `fuse` so that the store can file each event under its deals as
it stores it (and read a deal's events by an index) without fusing.
"""

from __future__ import annotations

import hashlib

from .model import Event

DealKey = tuple[str | None, str | None, str]


def deal_id(supplier: str | None, recipient: str | None, family: str | None) -> str:
    key = f"{supplier or '-'}|{recipient or '-'}|{family or '-'}"
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def event_families(event: Event) -> list[str | None]:
    """The families an event is about; a family-less event counts once, as None."""
    families = sorted({s.family for s in event.systems if s.family})
    return list(families) or [None]


def deal_keys(event: Event) -> list[DealKey]:
    """The (supplier, recipient, family) of every deal an event belongs to."""
    if not event.type.is_transfer:
        return []
    return [(event.supplier, event.recipient, family) for family in event_families(event) if family]


def member_order(published: str | None, doc_id: str, seq: int) -> tuple:
    """The order a deal's events are read and kept in: by publication date
    (undated first), document and place in the document, by code point
    whatever the database's collation."""
    return published is not None, published or "", doc_id, seq
