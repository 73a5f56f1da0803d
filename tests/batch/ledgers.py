"""A ledger's whole contents, for comparing two ledgers made different ways."""

from __future__ import annotations

import sqlalchemy as sa

from armsledger.store import Store


def contents(store: Store) -> dict[str, list]:
    """Documents (all but when they were stored), events (ids, records, source
    labels), deals (records with their reports), near-duplicate clusters and
    exact copies seen at other sources."""
    with store.engine.connect() as conn:
        clusters = sorted(tuple(row) for row in conn.execute(sa.text(
            "SELECT doc_id, cluster_id, matched_id, similarity, shingles FROM document_fingerprints")))
        copies = sorted(tuple(row) for row in conn.execute(sa.text(
            "SELECT doc_id, source, url, outlet, title, published FROM document_copies")))
    return {
        # Sorted here: the store orders by publication date, and SQLite and
        # PostgreSQL sort undated documents to opposite ends.
        "documents": sorted(({k: v for k, v in d.items() if k != "ingested_at"} for d in store.documents()),
                            key=lambda d: d["id"]),
        "events": sorted(store.iter_event_rows(), key=lambda e: (e["doc_id"], e["seq"])),
        "deals": store.deals(),
        "clusters": clusters,
        "copies": copies,
    }
