"""Keep the store's deals in step with its events: fuse the deals that new
documents touch, and have the store replace them in one transaction.

Apart from `ledger` (which ingests) so that reading commands can bring an
older ledger's deals up to date without loading the language pipeline.

The queue is read a page of documents at a time, and each page's deals are
read by deal id (`Store.fusion_rows`), fused and replaced, a few deals at a
time: what a refresh reads and holds is the touched deals' events, whatever
the size of the ledger or of the queue.
"""

from __future__ import annotations

from .fuse import FusedEvent, fuse_deals
from .store import Store

# Queued documents read at once: a page's deals are fused once, however many
# of its documents touch them (a first ingest touches the big deals in every page).
QUEUE_PAGE = 20_000
DEALS_AT_ONCE = 50  # deals fused and replaced in one transaction


def refresh_deals(store: Store, *, full: bool = False) -> int:
    """Fuse the deals that documents stored since the last fusion touch
    (every deal when `full`), and have the store replace them; returns how
    many deals the ledger holds."""
    if full:
        queued = store.pending_fusion()
        fuse_and_replace(store, store.all_deal_ids(), fused=[])
        store.finish_refusion(queued)
        return store.deal_count()
    after = ""
    while page := store.pending_fusion_page(after=after, limit=QUEUE_PAGE):
        fuse_and_replace(store, sorted(store.deals_of_documents(page)), fused=page)
        after = page[-1]
    return store.deal_count()


def fuse_and_replace(store: Store, deal_ids: list[str], *, fused: list[str]) -> None:
    """Fuse these deals from their stored events and replace them, a few at
    a time; the `fused` documents are dequeued with the last of them."""
    chunks = [deal_ids[i:i + DEALS_AT_ONCE] for i in range(0, len(deal_ids), DEALS_AT_ONCE)] or [[]]
    for n, chunk in enumerate(chunks):
        rows = store.fusion_rows(chunk)
        items = [FusedEvent(id=r["id"], event=r["event"], source=r["source"], published=r["published"])
                 for r in rows]
        wanted = set(chunk)
        deals = [deal for deal in fuse_deals(items) if deal.id in wanted]
        labels = {r["id"]: r["source"] for r in rows if r["source"] != r["stored_label"]}
        store.replace_deals(deals, replacing=chunk, fused=fused if n == len(chunks) - 1 else [],
                            labels=labels, read={r["id"] for r in rows})
