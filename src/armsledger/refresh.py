"""Keep the store's deals in step with its events: fuse the deals that new
documents touch, and have the store replace them in one transaction.

Apart from `ledger` (which ingests) so that reading commands can bring an
older ledger's deals up to date without loading the language pipeline.
"""

from __future__ import annotations

from .fuse import FusedEvent, deal_id, deal_keys, fuse_deals
from .model import Event
from .store import Store


def refresh_deals(store: Store, *, full: bool = False) -> int:
    """Fuse the deals that documents stored since the last fusion touch
    (every deal when `full`), and have the store replace them in one
    transaction; returns how many deals the ledger holds."""
    queued = store.pending_fusion()
    if not queued and not full:
        return store.counts()["deals"]
    # When most of the ledger is new (a first ingest), fusing it all is
    # cheaper than finding which deals the new documents touch.
    pending = None if full or 2 * len(queued) >= store.counts()["documents"] else queued
    keys: set[tuple] | None = None
    if pending is not None:
        keys = set()
        for start in range(0, len(pending), 500):
            for row in store.iter_event_rows(doc_ids=pending[start:start + 500]):
                keys.update(deal_keys(Event.from_record(row["record"])))
        # A deal already stored whose events came from a pending document
        # (a copy joined its cluster) is refused too.
        keys.update(store.deal_keys_of_documents(pending))
    rows = store.fusion_rows(None if keys is None else {family for _, _, family in keys})
    if keys is not None:
        rows = [row for row in rows if keys.intersection(deal_keys(row["event"]))]
    items = [FusedEvent(id=r["id"], event=r["event"], source=r["source"], published=r["published"]) for r in rows]
    deals = fuse_deals(items)
    if keys is not None:
        deals = [deal for deal in deals if (deal.supplier, deal.recipient, deal.family) in keys]
    labels = {r["id"]: r["source"] for r in rows if r["source"] != r["stored_label"]}
    replacing = None if keys is None else sorted(deal_id(*key) for key in keys)
    # Documents queued while this ran stay queued: only those read before are dequeued.
    store.replace_deals(deals, replacing=replacing, fused=queued, labels=labels,
                        read={r["doc_id"] for r in rows} if keys is None else None)
    return store.counts()["deals"]
