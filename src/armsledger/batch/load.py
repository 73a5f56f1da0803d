"""`armsledger load`: a batch's Parquet folder into a ledger, then fuse.

Shards are replayed in input order, each in its reading order, so that
near-duplicate clustering (which depends on what came first) places every
document where `ingest` over the same shards would: a text already in the
ledger, or met earlier in the batch, is recorded as a copy of it; a new one
is matched against the ledger's fingerprints (computed by the batch's actors)
and stored with its events in one transaction. Loading a folder twice
changes nothing.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..dedupe import DedupeConfig, day_number, fingerprint
from ..errors import ArmsledgerError, StoreError
from ..refresh import refresh_deals
from ..store import Store
from . import parquet


@dataclass(slots=True)
class LoadReport:
    """What a load did, in the terms of `ingest`'s report: `ingested`
    documents were stored (`copies` of them near-duplicates of an earlier
    one), `duplicates` were in the ledger already; `incomplete` shards had
    no report (their batch has not finished them) and were left out."""

    shards: int = 0
    incomplete: list[str] = field(default_factory=list)
    ingested: int = 0
    copies: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    deals: int = 0
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return self.ingested + self.duplicates + self.skipped + len(self.failed)


def batch_size(folder: Path) -> int:
    """Documents and copies in the folder's complete shards (for a progress bar)."""
    manifest = _manifest(folder)
    total = 0
    for index in range(len(manifest["shards"])):
        shard = parquet.read_report(folder, index)
        if shard is not None:
            total += shard["documents"] + shard["copies"]
    return total


def _manifest(folder: Path) -> dict:
    if not folder.is_dir():
        raise ArmsledgerError(f"{folder}: is not a folder (give the output folder of `armsledger batch`)")
    try:
        manifest = parquet.read_manifest(folder)
    except ValueError as exc:
        raise ArmsledgerError(f"{folder}/{parquet.MANIFEST}: is not valid JSON ({exc})") from exc
    if manifest is None:
        raise ArmsledgerError(f"{folder}: holds no {parquet.MANIFEST}; is it the output of `armsledger batch`?")
    if manifest.get("format") != parquet.FORMAT:
        raise ArmsledgerError(f"{folder}: batch format {manifest.get('format')!r}, this version reads "
                              f"{parquet.FORMAT}; run the batch again with this version")
    return manifest


def load_batch(folder: Path, store: Store, *, dedupe: DedupeConfig | None = None,
               on_item: Callable[[str, str], None] | None = None) -> LoadReport:
    """Store the complete shards of a batch folder in input order, one
    transaction per document, then refresh the deals. `on_item(kind,
    detail)` hears of each document: ingested, duplicate, skipped, failed."""
    started = time.monotonic()
    manifest = _manifest(folder)
    config = dedupe or DedupeConfig()
    # Fingerprints made with other settings are not comparable: made again here.
    reuse_prints = manifest.get("dedupe") == dataclasses.asdict(config)
    report = LoadReport()
    loader = _Loader(store, report, config, reuse_prints, on_item or (lambda kind, detail: None))
    for index, shard in enumerate(manifest["shards"]):
        if parquet.read_report(folder, index) is None:
            report.incomplete.append(shard)
            continue
        report.shards += 1
        try:
            rows = parquet.iter_shard_rows(folder, index)
            for item in rows:
                loader.load(item)
        except (OSError, ValueError) as exc:  # a damaged Parquet file: this shard stops, the rest goes on
            reason = f"its Parquet files cannot be read ({type(exc).__name__}: {str(exc)[:160]})"
            report.failed.append((shard, reason))
            loader.notify("failed", f"{shard}: {reason}")
    report.deals = refresh_deals(store)
    report.seconds = time.monotonic() - started
    return report


class _Loader:
    def __init__(self, store: Store, report: LoadReport, config: DedupeConfig, reuse_prints: bool,
                 notify: Callable[[str, str], None]) -> None:
        self.store, self.report, self.config = store, report, config
        self.reuse_prints = reuse_prints
        self.notify = notify
        # Documents are stored one at a time, in input order, so the ledger's
        # own index holds every earlier one when the next is placed.
        self.index = store.near_duplicate_index(config)

    def load(self, item: parquet.StoredItem) -> None:
        document, store, report = item.document, self.store, self.report
        label = document.source or document.id
        if item.copy_of is not None or store.has_document(document.id):
            # Its original may have failed to store: then there is nothing to be a copy of.
            if item.copy_of is None or store.has_document(item.copy_of):
                store.add_copy(document.id, document)
                report.duplicates += 1
                self.notify("duplicate", label)
            return
        print_ = item.fingerprint if self.reuse_prints else fingerprint(document.text, self.config)
        match = self.index.match(print_, day=day_number(document.published))
        try:
            added = store.add_document(document, item.events, status=item.status, note=item.note,
                                       fingerprint=print_, match=match)
        except StoreError as exc:  # one document the database refuses must not end the load
            report.failed.append((label, str(exc).removeprefix(f"{label}: ")))
            self.notify("failed", str(exc))
            return
        if not added:  # a concurrent writer stored it first
            report.duplicates += 1
            self.notify("duplicate", label)
            return
        report.copies += match is not None
        if item.status == "skipped":
            report.skipped += 1
            self.notify("skipped", label)
        else:
            report.ingested += 1
            report.events += len(item.events)
            self.notify("ingested", label)
