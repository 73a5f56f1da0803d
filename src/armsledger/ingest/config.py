"""What ingest may do: size limits, fetching rules, feed behaviour."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from .document import MAX_BYTES


def _version() -> str:
    try:
        return metadata.version("armsledger")
    except metadata.PackageNotFoundError:
        return "0"


USER_AGENT = (
    f"armsledger/{_version()} (reads public news reporting for a ledger of arms transfers; "
    "one request at a time)"
)


@dataclass(slots=True, kw_only=True, frozen=True)
class IngestConfig:
    """Limits and rules for reading sources.

    `allow_private` lets URLs reach loopback and private addresses, which are
    refused by default so that a hostile feed or redirect cannot make
    armsledger probe an internal network; link-local and cloud metadata
    addresses are refused always.
    """

    max_bytes: int = MAX_BYTES
    max_archive_bytes: int = 4 * 1024**3
    allow_private: bool = False
    timeout: float = 20.0
    connect_timeout: float = 10.0
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    follow_feed_links: bool = True
    refetch: bool = False
    # The folder manifest paths must stay inside (default: each manifest's own).
    manifest_root: Path | None = None
    # Seams for tests: a resolver (host, port) -> addresses and an httpx transport.
    resolver: Callable[[str, int], list[str]] | None = field(default=None, compare=False)
    transport: Any = field(default=None, compare=False)
