"""The ledger's storage: one Store over SQLite (a file path) or PostgreSQL (a URL)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from .. import dedupe
from ..dedupe import DedupeConfig, Fingerprint, Match
from ..errors import StoreError
from ..model import Deal, Document, Event
from . import deal_members, deal_states, fusion, near_duplicates, register, schema, sources
from .boundary import brief_error, stored_document
from .migrations import MIGRATIONS, vacuum_rewritten
from .schema import as_json, metadata
from .sources import source_label

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
            # Fusion states are kept from migration 11 on (a test may stop short of it).
            self.keeps_fusion_states = self.migrate() >= 11
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot open the database {self.url}: {exc.__class__.__name__}: {exc.args[0] if exc.args else ''}") from exc

    # --- schema ---------------------------------------------------------
    def migrate(self) -> int:
        with self.engine.begin() as conn:
            schema.schema_version.create(conn, checkfirst=True)
            current = conn.execute(sa.select(sa.func.max(schema.schema_version.c.version))).scalar() or 0
        applied = []
        for version, step in MIGRATIONS:
            if version <= current:
                continue
            with self.engine.begin() as conn:
                step(conn)
                conn.execute(schema.schema_version.insert().values(version=version, applied_at=_now()))
            current = version
            applied.append(version)
        vacuum_rewritten(self.engine, applied)
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
            near_duplicates.add_bands(conn, document.id, fingerprint, document.published)
            original = None
            queued = [document.id]
            if match is not None:
                row = conn.execute(sa.select(schema.documents.c.id, schema.documents.c.outlet)
                                   .where(schema.documents.c.id == str(match.cluster))).first()
                original = {"id": row.id, "outlet": row.outlet} if row else None
                # A new copy may change which member speaks for its cluster:
                # the members with events have deals to fuse again (the others,
                # news never parsed, have none, and a cluster of them grows
                # with the ledger).
                fp = sources.document_fingerprints
                reported = sa.exists().where(schema.events.c.doc_id == fp.c.doc_id)
                queued += [r[0] for r in conn.execute(
                    sa.select(fp.c.doc_id).where(fp.c.cluster_id == str(match.cluster), reported))]
            fusion.queue(conn, queued)
            event_rows, system_rows, member_rows = [], [], []
            for seq, event in enumerate(events):
                eid = event_id(event, seq)
                event_rows.append({
                    "id": eid, "doc_id": document.id, "seq": seq, "type": str(event.type),
                    "modality": str(event.modality), "supplier": event.supplier,
                    "recipient": event.recipient,
                    "time_start": event.time.start if event.time else None,
                    "source_label": source_label(event, document, original),
                    "confidence": event.confidence, "record": event.to_record(),
                })
                member_rows += deal_members.member_rows(eid, event)
                for system in event.systems:
                    system_rows.append({"event_id": eid, "family": system.family,
                                        "system_id": system.id, "category": system.category})
            if event_rows:
                conn.execute(schema.events.insert(), event_rows)
            if system_rows:
                conn.execute(schema.event_systems.insert(), system_rows)
            if member_rows:
                conn.execute(deal_members.event_deals.insert(), member_rows)
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
                        doc_ids: Iterable[str] | None = None,
                        conn: sa.Connection | None = None) -> Iterator[dict[str, Any]]:
        query = sa.select(schema.events, schema.documents.c.published, schema.documents.c.outlet,
                          schema.documents.c.url, schema.documents.c.title).join(schema.documents)
        if doc_id is not None:
            query = query.where(schema.events.c.doc_id == doc_id)
        if doc_ids is not None:
            query = query.where(schema.events.c.doc_id.in_(list(doc_ids)))
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
    def deal_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(schema.deals)).scalar() or 0

    def pending_fusion(self) -> list[str]:
        """Documents stored since their events were last fused into deals."""
        with self.engine.connect() as conn:
            return fusion.pending(conn)

    def pending_fusion_page(self, *, after: str = "", limit: int = 2000) -> list[str]:
        """Up to `limit` queued documents with ids after `after`, in id order."""
        with self.engine.connect() as conn:
            return fusion.pending_page(conn, after=after, limit=limit)

    def deals_of_documents(self, doc_ids: list[str]) -> set[str]:
        """Ids of the deals these documents' events belong to."""
        with self.engine.connect() as conn:
            return deal_members.deals_of_documents(conn, doc_ids)

    def all_deal_ids(self) -> list[str]:
        """Ids of every deal some stored event belongs to."""
        with self.engine.connect() as conn:
            return list(deal_members.all_deal_ids(conn))

    def fusion_rows(self, deal_ids: list[str]) -> list[dict[str, Any]]:
        """The events of these deals with what fusion needs: record,
        publication date and independent source, a syndicated copy speaking
        with its original's voice. Read by deal id: the cost is the deals'
        size, not the ledger's."""
        with self.engine.connect() as conn:
            return sources.with_sources(conn, fusion.event_rows_of_deals(conn, deal_ids) if deal_ids else [])

    def fusion_states(self, deal_ids: list[str]) -> dict[str, tuple[str, dict, dict]]:
        """{deal id: (token, state, record)}: the fusion state of these deals (those that have one)."""
        if not self.keeps_fusion_states:
            return {}
        with self.engine.connect() as conn:
            return deal_states.read_states(conn, deal_ids)

    def queued_fusion_rows(self, deal_ids: list[str], doc_ids: list[str]) -> list[dict[str, Any]]:
        """`fusion_rows` of these documents' events in these deals, each with its deal id."""
        with self.engine.connect() as conn:
            return sources.with_sources(conn, deal_states.queued_event_rows(conn, deal_ids, doc_ids))

    def replace_deals(self, deals: list[Deal], *, replacing: list[str], fused: list[str],
                      labels: dict[str, str] | None = None, read: set[str] | None = None,
                      states: dict[str, dict] | None = None) -> None:
        """In one transaction: store `deals` in place of those with ids in
        `replacing` (with their fusion `states`), update events' source labels,
        dequeue the `fused` documents, and queue again those whose events in
        these deals were stored after fusion `read` them (ids of the events it read)."""
        rows = [fusion.deal_row(deal, deal.to_record()) for deal in deals]
        links = [{"deal_id": deal.id, "event_id": eid} for deal in deals for eid in dict.fromkeys(deal.event_ids)]
        with self.engine.begin() as conn:
            sources.relabel(conn, labels)
            fusion.write_deal_rows(conn, rows, links, replacing=replacing, fused=fused, read=read or set())
            if self.keeps_fusion_states:
                deal_states.drop_states(conn, set(replacing) - set(states or {}))
                deal_states.replace_states(conn, states or {})

    def update_deals(self, deals: list[Deal], *, states: dict[str, tuple[str, dict]],
                     new_events: dict[str, list[str]], fused: list[str], labels: dict[str, str]) -> None:
        """In one transaction: deals fused from their state (`states`: the
        token read, the new members) and the events new to them, events'
        source labels, and the `fused` documents dequeued. Raises
        StateConflict, changing nothing, if another writer changed a state meanwhile."""
        rows = [fusion.deal_row(deal, deal.to_record()) for deal in deals]
        links = [{"deal_id": d, "event_id": eid} for d, ids in new_events.items() for eid in ids]
        with self.engine.begin() as conn:
            sources.relabel(conn, labels)
            deal_states.write_increments(conn, rows, states, links)
            fusion.dequeue(conn, fused)

    def finish_refusion(self, fused: list[str]) -> None:
        """After every deal was fused again: drop deals no event belongs to
        and dequeue the `fused` documents."""
        with self.engine.begin() as conn:
            dropped = fusion.drop_deals_without_events(conn)
            if self.keeps_fusion_states:
                deal_states.drop_states(conn, dropped)
            fusion.dequeue(conn, fused)

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
            added = sources.add_copy(conn, doc_id, document)
            if added:
                fusion.queue(conn, [doc_id])  # its deals list their reports' copies
            return added

    def near_duplicate_index(self, config: DedupeConfig | None = None) -> near_duplicates.StoredDuplicateIndex:
        """The stored documents' LSH index, queried per new document within
        the time window, to place new ones in their clusters."""
        return near_duplicates.StoredDuplicateIndex(self.engine, config)

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
            return fusion.with_reports_many(conn, [as_json(row[0]) for row in conn.execute(query)])

    def deal(self, deal_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(schema.deals.c.record).where(schema.deals.c.id == deal_id)).first()
            if row is None:
                return None
            record = fusion.with_reports(conn, as_json(row[0]))
        record["events"] = [
            {**as_json(r["record"]), "id": r["id"], "source_label": r["source_label"],
             "published": r["published"], "outlet": r["outlet"], "url": r["url"], "title": r["title"]}
            for r in self.iter_event_rows(ids=record.get("event_ids", []))
        ]
        return record

    # --- a loaded copy of SIPRI's register ------------------------------------
    def replace_register(self, rows: list[dict[str, Any]]) -> int:
        """Store register rows (supplier, recipient, family, year_of_order, row) in place of any loaded before."""
        with self.engine.begin() as conn:
            register.replace_rows(conn, rows)
        return len(rows)

    def register_rows(self, supplier: str | None, recipient: str | None, family: str | None) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return register.matching_rows(conn, supplier, recipient, family)

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def open_store(db: str | os.PathLike[str] | None = None) -> Store:
    return Store(db)


__all__ = ["Store", "open_store", "database_url", "source_label", "metadata"]
