"""What `armsledger watch` has seen and said, so that it says nothing twice.

- `alerts`: one row per (rule, event) or (rule, deal change); its id is a
  hash of the two, so a restart, a re-poll or a re-ingested article finds it
  already there.
- `alert_deliveries`: one row per alert and output, pending until the
  output took it; a webhook that is down keeps its alerts pending for the
  next cycle.
- `watch_documents`: documents whose events the watch has checked.
- `watch_deals`: each deal's status and contradictions as the watch last
  saw them, to tell what changed (deals are rebuilt on every ingest, so
  this table holds no foreign key to them).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from .schema import as_json, documents, metadata
from .sources import document_fingerprints

if TYPE_CHECKING:
    from . import Store

alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False, index=True),  # firing order, kept by every output
    sa.Column("rule", sa.String(200), nullable=False, index=True),
    sa.Column("kind", sa.String(32), nullable=False),  # event | status_change | contradiction
    sa.Column("event_id", sa.String(64), index=True),
    sa.Column("deal_id", sa.String(32), index=True),
    sa.Column("doc_id", sa.String(64)),
    sa.Column("fired_at", sa.String(32), nullable=False, index=True),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
)

alert_deliveries = sa.Table(
    "alert_deliveries",
    metadata,
    sa.Column("alert_id", sa.String(40), sa.ForeignKey("alerts.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("output", sa.String(2048), primary_key=True),
    sa.Column("delivered_at", sa.String(32)),  # NULL while pending
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("last_error", sa.Text),
)

watch_documents = sa.Table(
    "watch_documents",
    metadata,
    sa.Column("doc_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("checked_at", sa.String(32), nullable=False),
)

watch_deals = sa.Table(
    "watch_deals",
    metadata,
    sa.Column("deal_id", sa.String(32), primary_key=True),
    sa.Column("status", sa.String(32), nullable=False),
    sa.Column("status_modality", sa.String(16), nullable=False),
    sa.Column("contradictions", sa.JSON, nullable=False),
    sa.Column("seen_at", sa.String(32), nullable=False),
)


def create_alert_tables(conn: sa.Connection) -> None:
    """Migration: the tables above (checkfirst, so it may run under any version number)."""
    for table in (alerts, alert_deliveries, watch_documents, watch_deals):
        table.create(conn, checkfirst=True)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def alert_id(rule: str, subject: str) -> str:
    return hashlib.sha1(f"{rule}|{subject}".encode()).hexdigest()[:20]


@dataclass(slots=True, kw_only=True)
class NewAlert:
    """An alert to record: `subject` says what it is about (an event, or a
    deal's change) and with the rule makes its id."""

    rule: str
    subject: str
    kind: str
    record: dict[str, Any]
    outputs: list[str]
    event_id: str | None = None
    deal_id: str | None = None
    doc_id: str | None = None

    @property
    def id(self) -> str:
        return alert_id(self.rule, self.subject)


# --- the watch's memory ---------------------------------------------------------

def is_fresh(store: Store) -> bool:
    """Whether no watch has run on this ledger yet."""
    with store.engine.connect() as conn:
        for table in (watch_documents, watch_deals, alerts):
            if conn.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first():
                return False
    return True


def unchecked_documents(store: Store) -> list[dict[str, Any]]:
    """Stored documents the watch has not checked, oldest first, each with the
    id of its cluster of syndicated copies."""
    query = (sa.select(documents.c.id, documents.c.url, documents.c.outlet, documents.c.title,
                       documents.c.published, document_fingerprints.c.cluster_id)
             .outerjoin(watch_documents, watch_documents.c.doc_id == documents.c.id)
             .outerjoin(document_fingerprints, document_fingerprints.c.doc_id == documents.c.id)
             .where(watch_documents.c.doc_id.is_(None))
             .order_by(documents.c.ingested_at, documents.c.id))
    with store.engine.connect() as conn:
        return [dict(row) for row in conn.execute(query).mappings()]


def deal_states(store: Store) -> dict[str, dict[str, Any]]:
    with store.engine.connect() as conn:
        return {row.deal_id: {"status": row.status, "status_modality": row.status_modality,
                              "contradictions": as_json(row.contradictions)}
                for row in conn.execute(sa.select(watch_deals))}


def record(store: Store, new_alerts: Iterable[NewAlert], *, checked_docs: Iterable[str] = (),
           deals: Iterable[dict[str, Any]] = ()) -> list[NewAlert]:
    """In one transaction: record the alerts not recorded before (with a
    pending delivery per output), mark documents checked and remember deal
    states. Returns the alerts that are new."""
    stamp = now()
    fresh: list[NewAlert] = []
    with store.engine.begin() as conn:
        pending = {a.id: a for a in new_alerts}
        if pending:
            known = set(conn.execute(sa.select(alerts.c.id).where(alerts.c.id.in_(list(pending)))).scalars())
            fresh = [a for key, a in pending.items() if key not in known]
        if fresh:
            last = conn.execute(sa.select(sa.func.max(alerts.c.seq))).scalar() or 0
            conn.execute(alerts.insert(), [
                {"id": a.id, "seq": last + n, "rule": a.rule, "kind": a.kind, "event_id": a.event_id, "deal_id": a.deal_id,
                 "doc_id": a.doc_id, "fired_at": a.record["fired_at"], "summary": a.record["summary"],
                 "record": a.record} for n, a in enumerate(fresh, 1)])
            rows = [{"alert_id": a.id, "output": o, "attempts": 0} for a in fresh for o in dict.fromkeys(a.outputs)]
            if rows:
                conn.execute(alert_deliveries.insert(), rows)
        doc_ids = list(dict.fromkeys(checked_docs))
        for start in range(0, len(doc_ids), 500):
            chunk = doc_ids[start:start + 500]
            done = set(conn.execute(sa.select(watch_documents.c.doc_id)
                                    .where(watch_documents.c.doc_id.in_(chunk))).scalars())
            rows = [{"doc_id": d, "checked_at": stamp} for d in chunk if d not in done]
            if rows:
                conn.execute(watch_documents.insert(), rows)
        for deal in deals:
            conn.execute(watch_deals.delete().where(watch_deals.c.deal_id == deal["id"]))
            conn.execute(watch_deals.insert().values(
                deal_id=deal["id"], status=deal["status"], status_modality=deal["status_modality"],
                contradictions=deal.get("contradictions") or [], seen_at=stamp))
    return fresh


# --- deliveries -------------------------------------------------------------------

def pending_deliveries(store: Store, output: str) -> list[dict[str, Any]]:
    """Alerts not yet taken by an output, in the order they fired."""
    query = (sa.select(alerts.c.record, alert_deliveries.c.attempts)
             .join(alert_deliveries, alert_deliveries.c.alert_id == alerts.c.id)
             .where(alert_deliveries.c.output == output, alert_deliveries.c.delivered_at.is_(None))
             .order_by(alerts.c.seq))
    with store.engine.connect() as conn:
        return [as_json(row.record) for row in conn.execute(query)]


def mark_delivered(store: Store, output: str, alert_ids: list[str]) -> None:
    if not alert_ids:
        return
    with store.engine.begin() as conn:
        conn.execute(alert_deliveries.update()
                     .where(alert_deliveries.c.output == output, alert_deliveries.c.alert_id.in_(alert_ids))
                     .values(delivered_at=now(), attempts=alert_deliveries.c.attempts + 1, last_error=None))


def mark_failed(store: Store, output: str, alert_id_: str, error: str, attempts: int) -> None:
    with store.engine.begin() as conn:
        conn.execute(alert_deliveries.update()
                     .where(alert_deliveries.c.output == output, alert_deliveries.c.alert_id == alert_id_)
                     .values(attempts=alert_deliveries.c.attempts + attempts, last_error=error[:500]))


# --- reading, for the web page ------------------------------------------------------

def list_alerts(store: Store, *, rule: str | None = None, kind: str | None = None, deal: str | None = None,
                page: int = 1, per_page: int = 50) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page of alert records, newest first, each with how many of
    its deliveries are done and pending)."""
    where = []
    if rule:
        where.append(alerts.c.rule == rule)
    if kind:
        where.append(alerts.c.kind == kind)
    if deal:
        where.append(alerts.c.deal_id == deal)
    with store.engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(alerts).where(*where)).scalar() or 0
        rows = conn.execute(sa.select(alerts.c.id, alerts.c.record).where(*where)
                            .order_by(alerts.c.seq.desc())
                            .limit(per_page).offset((page - 1) * per_page)).all()
        ids = [row.id for row in rows]
        counts: dict[str, dict[str, int]] = {i: {"delivered": 0, "pending": 0} for i in ids}
        if ids:
            query = sa.select(alert_deliveries.c.alert_id, alert_deliveries.c.delivered_at).where(
                alert_deliveries.c.alert_id.in_(ids))
            for row in conn.execute(query):
                counts[row.alert_id]["delivered" if row.delivered_at else "pending"] += 1
    return total, [{**as_json(row.record), "deliveries": counts[row.id]} for row in rows]


def alert_rules(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(alerts.c.rule).distinct().order_by(alerts.c.rule)).scalars())


def iter_alerts(store: Store) -> Iterator[dict[str, Any]]:
    with store.engine.connect() as conn:
        for row in conn.execute(sa.select(alerts.c.record).order_by(alerts.c.seq)):
            yield as_json(row.record)
