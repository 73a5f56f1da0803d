"""What a batch reads: a list of shards, and the documents in one shard.

A shard is one WARC/WET archive or JSON Lines file, a local path or an
http(s) URL. Lists of shards come from the command line (folders and globs
expanded to their files) or from a text file of one shard a line, such as
Common Crawl's `warc.paths`, whose relative lines take a base URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..ingest import IngestConfig, expand, is_url, iter_items
from ..ingest.items import FeedPoll, Notice
from ..model import Document


def read_shard_list(sources: list[str], *, listing: Path | None = None, base_url: str | None = None) -> list[str]:
    """Shards in order: each source itself (a URL or file), a folder's files
    or a glob's matches, then the lines of `listing`. A source that names no
    file stays in the list, so the batch reports it as a shard that could not
    be read; a listing that cannot be read raises InputError."""
    shards: list[str] = []
    for source in sources:
        if is_url(source):
            shards.append(source)
            continue
        try:
            files = expand(source)
        except InputError:
            files = []
        shards.extend(str(path.resolve()) for path in files) if files else shards.append(source)
    if listing is not None:
        shards.extend(_listed(listing, base_url))
    return list(dict.fromkeys(shards))  # a shard named twice is read once


def _listed(listing: Path, base_url: str | None) -> list[str]:
    try:
        lines = listing.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(listing), f"cannot be read ({exc.__class__.__name__})") from exc
    shards = []
    for line in (line.strip() for line in lines):
        if not line or line.startswith("#"):
            continue
        if is_url(line) or Path(line).is_absolute():
            shards.append(line)
        elif base_url:
            shards.append(base_url.rstrip("/") + "/" + line.lstrip("/"))
        else:  # relative to the listing, as a manifest's paths are
            shards.append(str((listing.parent / line).resolve()))
    return shards


@dataclass(slots=True)
class ShardItem:
    """One thing read from a shard, numbered in reading order: a document,
    or an exact copy of one read earlier in the same shard (`copy_of`)."""

    seq: int
    document: Document
    copy_of: str | None = None


def iter_shard(shard: str, *, config: IngestConfig | None = None, failed: list[tuple[str, str]],
               skipped: list[tuple[str, str]]) -> Iterator[ShardItem]:
    """The documents of one shard in order, exact repeats marked as copies;
    what could not be read goes to `failed`, what was deliberately not read
    to `skipped`, each as (source, reason)."""
    seen: set[str] = set()
    seq = 0
    for item in iter_items([shard], config=config):
        if isinstance(item, InputError):
            failed.append((item.source, item.reason))
        elif isinstance(item, Notice):
            skipped.append((item.source, item.reason))
        elif isinstance(item, FeedPoll):
            continue  # a batch keeps no feed state
        else:
            yield ShardItem(seq, item, copy_of=item.id if item.id in seen else None)
            seen.add(item.id)
            seq += 1
