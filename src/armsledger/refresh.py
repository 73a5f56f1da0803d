"""Keep the store's deals in step with its events: fuse the deals that new
documents touch, and have the store replace them in one transaction.

Apart from `ledger` (which ingests) so that reading commands can bring an
older ledger's deals up to date without loading the language pipeline.

The queue is read a page of documents at a time. A deal with a stored
fusion state is grown from that state, its record and the page's events in
it, read by document (`fuse_state.grow_deal`): what the refresh reads is one
state row per deal and the new events, and what it fuses again is the new
events' timeline groups and their type's claims, not the deal. A deal
without a state (fused before migration 11), and every deal in a `full`
refusion, is fused from its stored events, read by deal id
(`Store.fusion_rows`), and gets its state. Both give the same deal
(tests/store/test_deal_states.py); the full fusion is the reference.
"""

from __future__ import annotations

from collections import defaultdict

from .deal_keys import deal_id
from .fuse import FusedEvent, deal_members, deal_order, fuse_members
from .fuse_state import deal_state, grow_deal, usable
from .store import Store
from .store.deal_states import StateConflict

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
        chunks = _chunks(sorted(store.deals_of_documents(page)))
        for n, chunk in enumerate(chunks):
            fused = page if n == len(chunks) - 1 else []
            states = {d: found for d, found in store.fusion_states(chunk).items() if usable(found[1])}
            if states:
                try:
                    fuse_from_states(store, states, page)
                except StateConflict:
                    pass  # another refresh changed one of these deals: fuse them all in full below
                else:
                    chunk = [d for d in chunk if d not in states]
            fuse_and_replace(store, chunk, fused=fused)
        after = page[-1]
    return store.deal_count()


def fuse_and_replace(store: Store, deal_ids: list[str], *, fused: list[str]) -> None:
    """Fuse these deals from their stored events and replace them, with
    their fusion state, a few at a time; the `fused` documents are dequeued
    with the last of them."""
    chunks = _chunks(deal_ids)
    for n, chunk in enumerate(chunks):
        rows = store.fusion_rows(chunk)
        wanted = set(chunk)
        # The rows hold the events of other deals too (an event is in one
        # deal per family it names): only the wanted deals are fused.
        members = {key: group for key, group in deal_members(_fused_event(r) for r in rows).items()
                   if deal_id(*key) in wanted}
        deals = sorted((fuse_members(key, group) for key, group in members.items()), key=deal_order)
        states = {deal_id(*key): deal_state(group) for key, group in members.items()}
        labels = {r["id"]: r["source"] for r in rows if r["source"] != r["stored_label"]}
        store.replace_deals(deals, replacing=chunk, fused=fused if n == len(chunks) - 1 else [],
                            labels=labels, read={r["id"] for r in rows}, states=states)


def fuse_from_states(store: Store, states: dict[str, tuple[str, dict, dict]], page: list[str]) -> None:
    """Fuse these deals from their stored state and record and the events
    of the queued `page` in them (`fuse_state.grow_deal`), and write them
    back (dequeuing nothing: the caller's last step does)."""
    rows = store.queued_fusion_rows(sorted(states), page)
    by_deal: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_deal[row["deal_id"]].append(row)
    deals, written, new_events = [], {}, {}
    for did, (token, state, record) in states.items():
        if not by_deal[did]:
            continue
        key = (record["supplier"], record["recipient"], record["family"])
        deal, grown, added = grow_deal(key, record, state, [_fused_event(r) for r in by_deal[did]])
        deals.append(deal)
        written[did] = (token, grown)
        new_events[did] = added
    labels = {r["id"]: r["source"] for r in rows if r["source"] != r["stored_label"]}
    store.update_deals(deals, states=written, new_events=new_events, fused=[], labels=labels)


def _chunks(deal_ids: list[str]) -> list[list[str]]:
    """The deals a few at a time (one empty chunk when there are none, which
    still dequeues the page's documents)."""
    return [deal_ids[i:i + DEALS_AT_ONCE] for i in range(0, len(deal_ids), DEALS_AT_ONCE)] or [[]]


def _fused_event(row: dict) -> FusedEvent:
    return FusedEvent(id=row["id"], event=row["event"], source=row["source"], published=row["published"],
                      seq=row["seq"])
