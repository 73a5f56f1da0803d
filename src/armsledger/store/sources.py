"""Where documents came from: feed poll state, exact copies, near-duplicate clusters.

- `feeds`: each polled feed's ETag and Last-Modified, for conditional GETs.
- `document_fingerprints`: a document's MinHash and its cluster of
  syndicated copies (the cluster id is its first member's document id).
- `document_copies`: other places the very same text was seen (same
  content hash, another URL or file), kept so a re-run or re-poll does not
  fetch them again and so a deal can list them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from ..dedupe import Fingerprint, Match
from ..model import Document, Event
from .schema import as_json, documents, events, metadata

feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("url", sa.String(2048), primary_key=True),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.String(64)),
    sa.Column("polled_at", sa.String(32), nullable=False),
)

document_fingerprints = sa.Table(
    "document_fingerprints",
    metadata,
    sa.Column("doc_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("cluster_id", sa.String(64), nullable=False, index=True),
    sa.Column("matched_id", sa.String(64)),  # the earlier document it was found to copy
    sa.Column("similarity", sa.Float),
    sa.Column("shingles", sa.Integer, nullable=False),
    sa.Column("minhash", sa.LargeBinary, nullable=False),
)

document_copies = sa.Table(
    "document_copies",
    metadata,
    sa.Column("doc_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("source", sa.String(2048), nullable=False, index=True),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.String(200)),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(32)),
    sa.Column("seen_at", sa.String(32), nullable=False),
    sa.UniqueConstraint("doc_id", "source", name="uq_document_copies_doc_source"),
)


def create_source_tables(conn: sa.Connection) -> None:
    """Migration 3: the tables above, and indexes to look documents up by source and URL."""
    for table in (feeds, document_fingerprints, document_copies):
        table.create(conn, checkfirst=True)
    # Raw DDL rather than sa.Index on `documents`, which would change what
    # migration 1 creates on a new database.
    conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_documents_source ON documents (source)"))
    conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_documents_url ON documents (url)"))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --- feeds and known sources --------------------------------------------------
def knows_source(conn: sa.Connection, source: str) -> bool:
    """Whether a document, or a copy of one, came from this file or URL."""
    for table in (documents, document_copies):
        query = sa.select(sa.literal(1)).select_from(table).where(
            sa.or_(table.c.source == source, table.c.url == source)).limit(1)
        if conn.execute(query).first() is not None:
            return True
    return False


def feed_validators(conn: sa.Connection, url: str) -> tuple[str | None, str | None]:
    row = conn.execute(sa.select(feeds.c.etag, feeds.c.last_modified).where(feeds.c.url == url)).first()
    return (row.etag, row.last_modified) if row else (None, None)


def save_feed_poll(conn: sa.Connection, url: str, etag: str | None, last_modified: str | None) -> None:
    conn.execute(feeds.delete().where(feeds.c.url == url))
    conn.execute(feeds.insert().values(url=url, etag=etag, last_modified=last_modified, polled_at=_now()))


def add_copy(conn: sa.Connection, doc_id: str, document: Document) -> bool:
    """Record that a stored text was seen again at another source; False when
    that source was already known."""
    source = document.source or document.url
    if not source:
        return False
    exists = conn.execute(sa.select(documents.c.id).where(
        documents.c.id == doc_id, sa.or_(documents.c.source == source, documents.c.url == source))).first()
    if exists:
        return False
    known = conn.execute(sa.select(document_copies.c.doc_id).where(
        document_copies.c.doc_id == doc_id, document_copies.c.source == source)).first()
    if known:
        return False
    conn.execute(document_copies.insert().values(
        doc_id=doc_id, source=source, url=document.url, outlet=document.outlet, title=document.title,
        published=document.published, seen_at=_now()))
    return True


# --- fingerprints and clusters ----------------------------------------------
def add_fingerprint(conn: sa.Connection, doc_id: str, print_: Fingerprint, match: Match | None) -> None:
    conn.execute(document_fingerprints.insert().values(
        doc_id=doc_id, cluster_id=str(match.cluster) if match else doc_id,
        matched_id=str(match.key) if match else None, similarity=match.similarity if match else None,
        shingles=print_.shingles, minhash=print_.to_bytes()))


def report_order(member: dict[str, Any]) -> tuple:
    # The original is the earliest published; undated documents after dated
    # ones; on the same date the cluster's first document (whose id the
    # cluster bears), then the first ingested.
    return (member["published"] is None, member["published"] or "", member.get("cluster_id") != member["id"],
            member["ingested_at"], member["id"])


def _brief(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in ("doc_id", "source", "url", "outlet", "title", "published")}


class Clusters:
    """The copy clusters of some documents (those of more than one document),
    each with its original first, and the exact copies of their members: read
    for these documents only, so that what a deal lists costs what it holds."""

    def __init__(self, conn: sa.Connection, doc_ids: Iterable[str]) -> None:
        fp = document_fingerprints
        wanted = sorted(set(doc_ids))
        cluster_ids: set[str] = set()
        for start in range(0, len(wanted), 500):
            cluster_ids.update(r[0] for r in conn.execute(
                sa.select(fp.c.cluster_id).where(fp.c.doc_id.in_(wanted[start:start + 500]))))
        members: dict[str, list[dict[str, Any]]] = defaultdict(list)
        ordered = sorted(cluster_ids)
        for start in range(0, len(ordered), 500):
            query = (sa.select(documents.c.id, documents.c.source, documents.c.url, documents.c.outlet,
                               documents.c.title, documents.c.published, documents.c.ingested_at, fp.c.cluster_id)
                     .join(fp, fp.c.doc_id == documents.c.id)
                     .where(fp.c.cluster_id.in_(ordered[start:start + 500])))
            for row in conn.execute(query).mappings():
                members[row["cluster_id"]].append(dict(row))
        self.members = {cid: sorted(rows, key=report_order) for cid, rows in members.items() if len(rows) > 1}
        self.cluster_of = {row["id"]: cid for cid, rows in self.members.items() for row in rows}
        self.copies: dict[str, list[dict[str, Any]]] = defaultdict(list)
        holders = sorted(set(wanted) | set(self.cluster_of))
        found = []
        for start in range(0, len(holders), 500):
            found += conn.execute(sa.select(document_copies)
                                  .where(document_copies.c.doc_id.in_(holders[start:start + 500]))).mappings().all()
        for row in sorted(found, key=lambda r: r["seen_at"]):
            self.copies[row["doc_id"]].append({**dict(row), "doc_id": row["doc_id"]})

    def original(self, doc_id: str) -> dict[str, Any] | None:
        """The original of a document's cluster, None for a document on its own."""
        cluster = self.cluster_of.get(doc_id)
        return self.members[cluster][0] if cluster else None

    def reports(self, doc_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Documents grouped into independent reports: each original with the
        copies of it (near-duplicates and exact copies seen elsewhere)."""
        seen: set[str] = set()
        reports = []
        for row in sorted(doc_rows, key=report_order):
            cluster = self.cluster_of.get(row["id"])
            group = self.members[cluster] if cluster else [row]
            head = group[0]
            if head["id"] in seen:
                continue
            seen.add(head["id"])
            copies = [{**_brief({**m, "doc_id": m["id"]}), "kind": "near-duplicate"} for m in group[1:]]
            for member in group:
                copies.extend({**_brief(c), "kind": "exact copy"} for c in self.copies.get(member["id"], []))
            reports.append({**_brief({**head, "doc_id": head["id"]}), "copies": copies})
        return reports


def document_briefs(conn: sa.Connection, doc_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    briefs: dict[str, dict[str, Any]] = {}
    ids = sorted(set(doc_ids))
    for start in range(0, len(ids), 500):
        query = sa.select(documents.c.id, documents.c.source, documents.c.url, documents.c.outlet, documents.c.title,
                          documents.c.published, documents.c.ingested_at).where(documents.c.id.in_(ids[start:start + 500]))
        briefs.update({row["id"]: dict(row) for row in conn.execute(query).mappings()})
    return briefs


def cluster_stats(conn: sa.Connection) -> dict[str, int]:
    """Documents, clusters of copies, and documents that are copies of another."""
    docs = conn.execute(sa.select(sa.func.count()).select_from(document_fingerprints)).scalar() or 0
    clusters = conn.execute(sa.select(sa.func.count(sa.distinct(document_fingerprints.c.cluster_id)))).scalar() or 0
    exact = conn.execute(sa.select(sa.func.count()).select_from(document_copies)).scalar() or 0
    return {"documents": docs, "clusters": clusters, "near_copies": docs - clusters, "exact_copies": exact}


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


def with_sources(conn: sa.Connection, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event rows with their event and independent source (a syndicated
    copy speaking with its original's voice, as `source_label` says)."""
    clusters = Clusters(conn, {row["doc_id"] for row in found})
    rows = []
    for row in found:
        event = Event.from_record(as_json(row["record"]))
        label = source_label(event, {"id": row["doc_id"], "outlet": row["outlet"]}, clusters.original(row["doc_id"]))
        rows.append({**row, "event": event, "source": label, "stored_label": row["source_label"]})
    return rows


def relabel(conn: sa.Connection, labels: dict[str, str] | None) -> None:
    """Store the source labels a change of cluster originals gave these events."""
    if labels:
        conn.execute(sa.update(events).where(events.c.id == sa.bindparam("b_id"))
                     .values(source_label=sa.bindparam("b_label")),
                     [{"b_id": k, "b_label": v} for k, v in labels.items()])
