"""What readers yield besides documents: errors, notices, and feed poll states."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..errors import InputError
from ..model import Document


@dataclass(slots=True, frozen=True)
class Notice:
    """An input deliberately not read: `known` when the ledger already has
    it (counted as a duplicate), `skipped` otherwise."""

    source: str
    reason: str
    kind: str = "skipped"

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True, frozen=True)
class FeedPoll:
    """A feed was fetched; its validators are remembered once every item
    before this one is stored, and only when every item could be read, so
    that a crash or a failed item is retried at the next poll."""

    url: str
    etag: str | None
    last_modified: str | None
    complete: bool


Item = Document | InputError | Notice | FeedPoll


class SourceState(Protocol):
    """What readers may ask the ledger, so that a re-run or re-poll fetches
    only what is new (the store implements it)."""

    def knows_source(self, source: str) -> bool: ...

    def feed_validators(self, url: str) -> tuple[str | None, str | None]: ...
