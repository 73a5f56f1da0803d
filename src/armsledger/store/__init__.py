"""The ledger's storage: one Store over SQLite (a file path) or PostgreSQL (a URL)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from .. import dedupe
from ..dedupe import DedupeConfig, DuplicateIndex, Fingerprint, Match
from ..errors import StoreError
from ..fuse import FusedEvent, fuse_deals
from ..model import Deal, Document, Event
from . import schema, sources
from .boundary import brief_error, stored_document
from .schema import MIGRATIONS, metadata

DEFAULT_DB = "armsledger.db"


def database_url(db: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL from a path or URL; `$ARMSLEDGER_DB` or
    `armsledger.db` when none is given."""
    value = str(db) if db else os.environ.get("ARMSLEDGER_DB") or DEFAULT_DB
    if "://" in value:
        if value.startswith("postgresql://"):
            value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
        elif value.startswith("postgres://"):
            value = "postgresql+psycopg://" + value.removeprefix("postgres://")
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def event_id(event: Event, seq: int) -> str:
    key = f"{event.doc_id}|{seq}|{event.type}|{event.modality}|{event.evidence.start}|{event.evidence.trigger}"
    return hashlib.sha1(key.encode()).hexdigest()[:20]


def source_label(event: Event, document: Document | dict, original: Document | dict | None = None) -> str:
    """The independent source of an event: the outlet it is attributed to,
    else the outlet that published it, else the document itself. A
    syndicated copy speaks with its `original`'s voice (the earliest document
    of its cluster of copies), so that a story's copies count as one source."""
    for source in event.attribution:
        if source.kind == "outlet" and source.id:
            return source.id
    publisher = document if original is None else original
    outlet = publisher.outlet if isinstance(publisher, Document) else publisher.get("outlet")
    doc_id = publisher.id if isinstance(publisher, Document) else publisher["id"]
    return outlet or f"doc:{doc_id[:8]}"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """The ledger in a SQL database."""

    def __init__(self, db: str | os.PathLike[str] | None = None) -> None:
        self.url = database_url(db)
        try:
            # A writer waits for another's transaction (a deals refresh can
            # take a while) rather than failing after sqlite3's 5 s.
            options = {"connect_args": {"timeout": 60}} if self.url.startswith("sqlite") else {}
            self.engine = sa.create_engine(self.url, future=True, **options)
            if self.engine.dialect.name == "sqlite":
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            self.migrate()
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot open the database {self.url}: {exc.__class__.__name__}: {exc.args[0] if exc.args else ''}") from exc

    # --- schema ---------------------------------------------------------
    def migrate(self) -> int:
        with self.engine.begin() as conn:
            schema.schema_version.create(conn, checkfirst=True)
            current = conn.execute(sa.select(sa.func.max(schema.schema_version.c.version))).scalar() or 0
        for version, step in MIGRATIONS:
            if version <= current:
                continue
            with self.engine.begin() as conn:
                step(conn)
                conn.execute(schema.schema_version.insert().values(version=version, applied_at=_now()))
            current = version
        return current

    @property
    def version(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.max(schema.schema_version.c.version))).scalar() or 0

    # --- documents and events -----------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(
                sa.select(schema.documents.c.id).where(schema.documents.c.id == doc_id)
            ).first() is not None

    def add_document(self, document: Document, events: list[Event], *, status: str = "extracted",
                     note: str | None = None, fingerprint: Fingerprint | None = None,
                     match: Match | None = None) -> bool:
        """Store a document with its events and its near-duplicate fingerprint
        (`match`: the earlier document it copies) in one transaction; False
        when it was already there (re-ingesting is a no-op)."""
        fingerprint = fingerprint or dedupe.fingerprint(document.text)
        document = stored_document(document)
        try:
            return self._add_document(document, events, status=status, note=note, fingerprint=fingerprint,
                                      match=match)
        except sa.exc.IntegrityError as exc:
            # Another writer stored the same text between our check and insert.
            if self.has_document(document.id):
                return False
            raise StoreError(f"{document.source or document.id}: could not be stored ({brief_error(exc)})") from exc
        except (sa.exc.DataError, sa.exc.ProgrammingError) as exc:
            raise StoreError(f"{document.source or document.id}: could not be stored ({brief_error(exc)})") from exc

    def _add_document(self, document: Document, events: list[Event], *, status: str, note: str | None,
                      fingerprint: Fingerprint, match: Match | None) -> bool:
        with self.engine.begin() as conn:
            exists = conn.execute(
                sa.select(schema.documents.c.id).where(schema.documents.c.id == document.id)
            ).first()
            if exists:
                return False
            conn.execute(schema.documents.insert().values(
                id=document.id, source=document.source, url=document.url, outlet=document.outlet,
                title=document.title, published=document.published, language=document.language,
                text=document.text, status=status, note=note, ingested_at=_now(),
            ))
            sources.add_fingerprint(conn, document.id, fingerprint, match)
            original = None
            if match is not None:
                row = conn.execute(sa.select(schema.documents.c.id, schema.documents.c.outlet)
                                   .where(schema.documents.c.id == str(match.cluster))).first()
                original = {"id": row.id, "outlet": row.outlet} if row else None
            event_rows, system_rows = [], []
            for seq, event in enumerate(events):
                eid = event_id(event, seq)
                event_rows.append({
                    "id": eid, "doc_id": document.id, "seq": seq, "type": str(event.type),
                    "modality": str(event.modality), "supplier": event.supplier,
                    "recipient": event.recipient,
                    "time_start": event.time.start if event.time else None,
                    "source_label": source_label(event, document, original),
                    "record": event.to_record(),
                })
                for system in event.systems:
                    system_rows.append({"event_id": eid, "family": system.family,
                                        "system_id": system.id, "category": system.category})
            if event_rows:
                conn.execute(schema.events.insert(), event_rows)
            if system_rows:
                conn.execute(schema.event_systems.insert(), system_rows)
        return True

    def document(self, doc_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(schema.documents).where(schema.documents.c.id == doc_id)).mappings().first()
            return dict(row) if row else None

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        query = sa.select(schema.documents).order_by(schema.documents.c.published, schema.documents.c.id)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def iter_event_rows(self, *, doc_id: str | None = None, ids: Iterable[str] | None = None,
                        conn: sa.Connection | None = None) -> Iterator[dict[str, Any]]:
        query = sa.select(schema.events, schema.documents.c.published, schema.documents.c.outlet,
                          schema.documents.c.url, schema.documents.c.title).join(schema.documents)
        if doc_id is not None:
            query = query.where(schema.events.c.doc_id == doc_id)
        if ids is not None:
            query = query.where(schema.events.c.id.in_(list(ids)))
        query = query.order_by(schema.documents.c.published, schema.events.c.doc_id, schema.events.c.seq)
        if conn is not None:
            yield from (dict(row) for row in conn.execute(query).mappings())
            return
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                yield dict(row)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0
                for name, table in (("documents", schema.documents), ("events", schema.events),
                                    ("deals", schema.deals))
            }

    # --- deals --------------------------------------------------------------
    def refresh_deals(self) -> int:
        """Fuse every stored transfer event into deals, replacing the old ones
        in one transaction. Syndicated copies count as one source (their
        original's), and each deal lists its reports: every original with
        its copies."""
        with self.engine.begin() as conn:
            # Lock first, read second: the events fused are the ones present
            # when the deals are replaced, whoever else is writing.
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("LOCK TABLE deals IN SHARE ROW EXCLUSIVE MODE")
            conn.execute(schema.deal_events.delete())  # on SQLite, takes the write lock
            conn.execute(schema.deals.delete())
            clusters = sources.Clusters(conn)
            items, relabel, event_doc = [], [], {}
            for row in self.iter_event_rows(conn=conn):
                event = Event.from_record(row["record"])
                label = source_label(event, {"id": row["doc_id"], "outlet": row["outlet"]},
                                     clusters.original(row["doc_id"]))
                if label != row["source_label"]:
                    relabel.append({"b_id": row["id"], "b_label": label})
                event_doc[row["id"]] = row["doc_id"]
                items.append(FusedEvent(id=row["id"], event=event, source=label, published=row["published"]))
            fused = fuse_deals(items)
            doc_rows = self._document_briefs({event_doc[eid] for deal in fused for eid in deal.event_ids}, conn)
            if relabel:
                conn.execute(sa.update(schema.events).where(schema.events.c.id == sa.bindparam("b_id"))
                             .values(source_label=sa.bindparam("b_label")), relabel)
            rows, links = [], []
            for deal in fused:
                record = deal_record(deal)
                record["reports"] = clusters.reports(
                    [doc_rows[d] for d in dict.fromkeys(event_doc[eid] for eid in deal.event_ids)])
                times = [s.time for s in deal.timeline if s.time]
                categories = _deal_category(items, deal)
                rows.append({
                    "id": deal.id, "supplier": deal.supplier, "recipient": deal.recipient,
                    "family": deal.family, "category": categories, "status": str(deal.status),
                    "status_modality": str(deal.status_modality), "sources": deal.sources,
                    "documents": deal.documents, "first_time": min(times) if times else None,
                    "last_time": max(times) if times else None, "record": record,
                })
                links.extend({"deal_id": deal.id, "event_id": eid} for eid in deal.event_ids)
            if rows:
                conn.execute(schema.deals.insert(), rows)
            if links:
                conn.execute(schema.deal_events.insert(), links)
        return len(fused)

    def _document_briefs(self, doc_ids: set[str], conn: sa.Connection) -> dict[str, dict[str, Any]]:
        table = schema.documents
        briefs: dict[str, dict[str, Any]] = {}
        ids = sorted(doc_ids)
        for start in range(0, len(ids), 500):
            query = sa.select(table.c.id, table.c.source, table.c.url, table.c.outlet, table.c.title,
                              table.c.published, table.c.ingested_at).where(table.c.id.in_(ids[start:start + 500]))
            briefs.update({row["id"]: dict(row) for row in conn.execute(query).mappings()})
        return briefs

    # --- sources: feeds, copies, clusters -------------------------------------
    def knows_source(self, source: str) -> bool:
        """Whether a stored document (or an exact copy of one) came from this file or URL."""
        with self.engine.connect() as conn:
            return sources.knows_source(conn, source)

    def feed_validators(self, url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified a feed answered at its last complete poll."""
        with self.engine.connect() as conn:
            return sources.feed_validators(conn, url)

    def save_feed_poll(self, url: str, etag: str | None, last_modified: str | None) -> None:
        with self.engine.begin() as conn:
            sources.save_feed_poll(conn, url, etag, last_modified)

    def add_copy(self, doc_id: str, document: Document) -> bool:
        """Record that the text of a stored document was seen at another source."""
        with self.engine.begin() as conn:
            return sources.add_copy(conn, doc_id, document)

    def iter_fingerprints(self) -> Iterator[tuple[str, str, Fingerprint]]:
        """(doc_id, cluster_id, fingerprint) of every stored document, oldest first."""
        with self.engine.connect() as conn:
            yield from sources.iter_fingerprints(conn)

    def duplicate_index(self, config: DedupeConfig | None = None) -> DuplicateIndex:
        """An LSH index over every stored document, to place new ones in their clusters."""
        index = DuplicateIndex(config or DedupeConfig())
        for doc_id, cluster_id, fingerprint in self.iter_fingerprints():
            index.add(doc_id, fingerprint, cluster_id)
        return index

    def cluster_stats(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return sources.cluster_stats(conn)

    def deals(self, *, supplier: str | None = None, recipient: str | None = None,
              system: str | None = None, status: str | None = None, limit: int | None = None,
              offset: int = 0) -> list[dict[str, Any]]:
        table = schema.deals
        query = sa.select(table.c.record)
        if supplier:
            query = query.where(table.c.supplier == supplier.upper())
        if recipient:
            query = query.where(table.c.recipient == recipient.upper())
        if system:
            query = query.where(table.c.family == system.lower())
        if status:
            query = query.where(table.c.status == status.upper())
        # COALESCE so that unknown parties sort alike on SQLite and PostgreSQL.
        query = query.order_by(sa.func.coalesce(table.c.supplier, ""), sa.func.coalesce(table.c.recipient, ""),
                               table.c.family)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [_json(row[0]) for row in conn.execute(query)]

    def deal(self, deal_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(schema.deals.c.record).where(schema.deals.c.id == deal_id)).first()
        if row is None:
            return None
        record = _json(row[0])
        record["events"] = [
            {**_json(r["record"]), "id": r["id"], "source_label": r["source_label"],
             "published": r["published"], "outlet": r["outlet"], "url": r["url"], "title": r["title"]}
            for r in self.iter_event_rows(ids=record.get("event_ids", []))
        ]
        return record

    def close(self) -> None:
        self.engine.dispose()


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _deal_category(items: list[FusedEvent], deal: Deal) -> str | None:
    for item in items:
        for system in item.event.systems:
            if system.family == deal.family and system.category:
                return system.category
    return None


def deal_record(deal: Deal) -> dict[str, Any]:
    """A deal as the JSON the CLI and API print."""
    return {
        "id": deal.id,
        "supplier": deal.supplier,
        "recipient": deal.recipient,
        "family": deal.family,
        "status": str(deal.status),
        "status_modality": str(deal.status_modality),
        "sources": deal.sources,
        "documents": deal.documents,
        "contradictions": [c.summary for c in deal.contradictions],
        "timeline": [
            {"type": str(s.type), "modality": str(s.modality), "time": s.time,
             "sources": s.sources, "event_ids": s.event_ids}
            for s in deal.timeline
        ],
        "event_ids": deal.event_ids,
    }


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def open_store(db: str | os.PathLike[str] | None = None) -> Store:
    return Store(db)


__all__ = ["Store", "open_store", "database_url", "deal_record", "source_label", "asdict", "metadata"]
