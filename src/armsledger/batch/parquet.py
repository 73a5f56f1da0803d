"""The layout of a batch's output folder, written by `runner`, read by `load`.

    OUT/batch.json                   the shards in input order, the dedupe settings
    OUT/documents/shard-000000.parquet  every document read, with its text and metadata
    OUT/events/shard-000000.parquet     every event, its full record as JSON
    OUT/copies/shard-000000.parquet     exact repeats of a document within the shard
    OUT/shards/shard-000000.json        the shard's report, written last: the shard is complete

Documents and copies share one numbering (`seq`, reading order within the
shard), so `load` replays a shard exactly as `ingest` would have read it.
Each file is written under a temporary name and renamed into place; the
report comes last, so a shard without one is incomplete and is never loaded.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..dedupe import Fingerprint
from ..model import Document, Event

FORMAT = 1
MANIFEST = "batch.json"
# Rows buffered before a row group is written: bounded memory on large shards.
ROW_GROUP = 256

_TEXT = pa.string()
DOCUMENTS = pa.schema([
    ("seq", pa.int64()), ("id", _TEXT), ("text", pa.large_string()), ("source", _TEXT), ("url", _TEXT),
    ("outlet", _TEXT), ("title", _TEXT), ("published", _TEXT), ("language", _TEXT),
    ("status", _TEXT), ("note", _TEXT), ("shingles", pa.int64()), ("minhash", pa.binary()),
])
EVENTS = pa.schema([
    ("doc_seq", pa.int64()), ("doc_id", _TEXT), ("seq", pa.int64()), ("type", _TEXT), ("modality", _TEXT),
    ("supplier", _TEXT), ("recipient", _TEXT), ("confidence", pa.float64()), ("record", pa.large_string()),
])
COPIES = pa.schema([
    ("seq", pa.int64()), ("doc_id", _TEXT), ("source", _TEXT), ("url", _TEXT), ("outlet", _TEXT),
    ("title", _TEXT), ("published", _TEXT),
])
TABLES = {"documents": DOCUMENTS, "events": EVENTS, "copies": COPIES}


def shard_name(index: int) -> str:
    return f"shard-{index:06d}"


def report_path(out: Path, index: int) -> Path:
    return out / "shards" / f"{shard_name(index)}.json"


def table_path(out: Path, table: str, index: int) -> Path:
    return out / table / f"{shard_name(index)}.parquet"


def read_manifest(out: Path) -> dict[str, Any] | None:
    try:
        return json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def write_json(path: Path, value: Any) -> None:
    """Write under a temporary name, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, path)


def read_report(out: Path, index: int) -> dict[str, Any] | None:
    """The shard's report, None while the shard is incomplete."""
    try:
        return json.loads(report_path(out, index).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


class ShardWriter:
    """The three Parquet files of one shard, written a row group at a time."""

    def __init__(self, out: Path, index: int) -> None:
        self.final = {name: table_path(out, name, index) for name in TABLES}
        self.partial = {name: path.with_name(f".{path.name}.partial") for name, path in self.final.items()}
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self.writers: dict[str, pq.ParquetWriter] = {}
        for path in self.final.values():
            path.parent.mkdir(parents=True, exist_ok=True)

    def add_document(self, seq: int, document: Document, events: list[Event], *, status: str,
                     note: str | None, fingerprint: Fingerprint) -> None:
        self.rows["documents"].append({
            "seq": seq, "id": document.id, "text": document.text, "source": document.source, "url": document.url,
            "outlet": document.outlet, "title": document.title, "published": document.published,
            "language": document.language, "status": status, "note": note,
            "shingles": fingerprint.shingles, "minhash": fingerprint.to_bytes(),
        })
        self.rows["events"].extend({
            "doc_seq": seq, "doc_id": document.id, "seq": n, "type": str(event.type),
            "modality": str(event.modality), "supplier": event.supplier, "recipient": event.recipient,
            "confidence": event.confidence, "record": json.dumps(event.to_record(), ensure_ascii=False),
        } for n, event in enumerate(events))
        if len(self.rows["documents"]) >= ROW_GROUP:
            self.flush()

    def add_copy(self, seq: int, doc_id: str, document: Document) -> None:
        self.rows["copies"].append({"seq": seq, "doc_id": doc_id, "source": document.source, "url": document.url,
                                    "outlet": document.outlet, "title": document.title,
                                    "published": document.published})

    def flush(self) -> None:
        for name, rows in self.rows.items():
            if not rows:
                continue
            if name not in self.writers:
                self.writers[name] = pq.ParquetWriter(self.partial[name], TABLES[name], compression="zstd")
            self.writers[name].write_table(pa.Table.from_pylist(rows, schema=TABLES[name]))
            rows.clear()

    def commit(self) -> None:
        """Close the files and move them into place (a table with no rows is still written)."""
        self.flush()
        for name, path in self.partial.items():
            writer = self.writers.pop(name, None)
            if writer is None:
                pq.write_table(TABLES[name].empty_table(), path, compression="zstd")
            else:
                writer.close()
            os.replace(path, self.final[name])

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.close()
        for path in self.partial.values():
            path.unlink(missing_ok=True)


@dataclass(slots=True)
class StoredItem:
    """One row to replay: a document with its events, or an exact copy of one."""

    seq: int
    document: Document
    copy_of: str | None = None
    events: list[Event] = field(default_factory=list)
    status: str = "extracted"
    note: str | None = None
    fingerprint: Fingerprint | None = None


def iter_shard_rows(out: Path, index: int) -> Iterator[StoredItem]:
    """A complete shard's documents and copies in reading order, documents
    with their events. Documents are read a row group at a time; a shard's
    events and copies are few beside its texts and are read whole."""
    events: dict[int, list[Event]] = {}
    for row in pq.read_table(table_path(out, "events", index)).sort_by([("doc_seq", "ascending"),
                                                                         ("seq", "ascending")]).to_pylist():
        events.setdefault(row["doc_seq"], []).append(Event.from_record(json.loads(row["record"])))
    copies = pq.read_table(table_path(out, "copies", index)).sort_by("seq").to_pylist()
    documents = pq.ParquetFile(table_path(out, "documents", index))
    waiting = iter(copies)
    copy = next(waiting, None)
    for batch in documents.iter_batches(batch_size=ROW_GROUP):
        for row in batch.to_pylist():
            while copy is not None and copy["seq"] < row["seq"]:
                yield _copy(copy)
                copy = next(waiting, None)
            yield StoredItem(
                row["seq"],
                Document(id=row["id"], text=row["text"], source=row["source"], url=row["url"], outlet=row["outlet"],
                         title=row["title"], published=row["published"], language=row["language"]),
                events=events.get(row["seq"], []), status=row["status"], note=row["note"],
                fingerprint=Fingerprint.from_bytes(row["minhash"], row["shingles"]),
            )
    while copy is not None:
        yield _copy(copy)
        copy = next(waiting, None)


def _copy(row: dict[str, Any]) -> StoredItem:
    document = Document(id=row["doc_id"], text="", source=row["source"], url=row["url"], outlet=row["outlet"],
                        title=row["title"], published=row["published"])
    return StoredItem(row["seq"], document, copy_of=row["doc_id"])
