"""Fusion cost of one new document, in ledgers of 10,000 and 100,000 events.

    .venv/bin/python bench/bench_fusion.py [--sizes 10000 100000] [--rounds 7] [--keep DIR]

Builds synthetic ledgers (`bench/synthetic.py`: skewed suppliers, pairs and
systems, so a few deals hold thousands of events) in SQLite files, then, round
by round and interleaved (small ledger, large ledger, small, ...), stores one
new document in each and times `refresh_deals` (what `ingest` runs after a
batch). Two kinds of new document, and the previous way for the second:

- `new deal`: a transfer no stored event belongs to (a new deal of one event):
  the cost of the refresh itself, which must not grow with the ledger;
- `typical`: the next documents the generator makes, whose deals are the
  ledger's own and grow with it (the biggest holds 10x the events in 10x the
  ledger): each touched deal is fused from its stored state and the new
  events (`refresh.fuse_from_states`), so this must not grow with the ledger
  either;
- `deal of one size`: a document with one event of a stored deal that holds
  the same number of events in both ledgers (the deal closest to
  `--deal-size`, grown by one event each round in both): the ledger's size
  apart from the size of the deal a document touches;
- `typical, from events`: the same deals fused again from their stored
  events (`refresh.fuse_and_replace`, what every refresh did before deals had
  a state), right after, on the same ledger: the cost that grows with the deals.

A refresh reads and rewrites each touched deal's record and state whole
(its event ids in order, the timeline steps of the new events' group), so
`typical` grows with the touched deals, which the generator makes 10x bigger
in a 10x ledger; `new deal` and `deal of one size` hold the deals' size still.

The baseline is a full refusion of each ledger (`refresh_deals(full=True)`),
what the previous code fell back to when its queue was large and what every
refresh cost before deals were refused one by one. Ratios are large ÷ small,
taken round by round; medians reported.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from armsledger.deal_keys import deal_id, deal_keys
from armsledger.dedupe import fingerprint
from armsledger.ingest.document import make_document
from armsledger.model import Event, EventType, Evidence, Modality, SystemRef
from armsledger.refresh import fuse_and_replace, refresh_deals
from armsledger.store import Store

HERE = Path(__file__).resolve().parent


def _synthetic():
    spec = importlib.util.spec_from_file_location("synthetic", HERE / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def delivery_document(text: str, source: str, supplier: str, recipient: str, system: SystemRef):
    """A new document of one sentence and its one DELIVERY event."""
    document = make_document(text, source=source, published="2024-06-01", outlet="example-news")
    event = Event(doc_id=document.id, type=EventType.DELIVERY, modality=Modality.ASSERTED, supplier=supplier,
                  recipient=recipient, parties=sorted({supplier, recipient}), systems=[system],
                  evidence=Evidence(sentence=text, start=0, end=len(text), trigger="delivered"), rule="bench")
    return document, [event]


def new_deal_document(n: int, run: int):
    text = f"Norway delivered NASAMS batch {n} to Iceland, the ministry said on day {n} (run {run})."
    return delivery_document(text, f"new-deal:{n}", "NOR", "ISL", SystemRef(
        text="NASAMS", id=f"nasams-{n}", family=f"nasams-{n}", category="surface-to-air missile system"))


def timed_refresh(store: Store, document, events) -> float:
    store.add_document(document, events, fingerprint=fingerprint(document.text))
    started = time.perf_counter()
    refresh_deals(store)
    return time.perf_counter() - started


def deal_of_size(store: Store, size: int) -> tuple[tuple[str, str, str], int]:
    """The key (supplier, recipient, family) of the stored deal whose
    event count is closest to `size`, and that count."""
    best = None
    for deal in store.deals():
        n = len(deal.get("event_ids") or [])
        if deal.get("family") and (best is None or abs(n - size) < abs(best[1] - size)):
            best = ((deal["supplier"], deal["recipient"], deal["family"]), n)
    return best


def one_size_document(key: tuple[str, str, str], n: int, run: int):
    """A new document with one event of the deal `key`."""
    supplier, recipient, family = key
    text = (f"{supplier} delivered {family.upper()} systems to {recipient}, "
            f"the ministry said on day {n} (run {run}).")
    return delivery_document(text, f"one-size:{supplier}:{recipient}:{family}:{n}:{run}", supplier, recipient,
                             SystemRef(text=family.upper(), id=family, family=family, category="fighter aircraft"))


def touched_deals(store: Store, events) -> dict[str, int]:
    """{deal id: events it holds} of the deals these events belong to."""
    ids = {deal_id(*key) for event in events for key in deal_keys(event)}
    return {i: len((store.deal(i) or {}).get("event_ids") or []) for i in sorted(ids)}


def timed_refusion(store: Store, deal_ids: list[str]) -> float:
    started = time.perf_counter()
    fuse_and_replace(store, deal_ids, fused=[])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--keep", help="a folder for the ledgers, kept (and reused) between runs")
    parser.add_argument("--deal-size", type=int, default=100,
                        help="events of the deal the `deal of one size` case touches (closest found in each ledger)")
    parser.add_argument("--no-full", action="store_true", help="skip the full refusions (minutes at 100,000)")
    args = parser.parse_args()
    synthetic = _synthetic()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-fusion-"))
    folder.mkdir(parents=True, exist_ok=True)
    stores = {}
    for size in args.sizes:
        path = folder / f"synthetic-{size}.db"
        if not path.exists():
            started = time.perf_counter()
            synthetic.build_synthetic_db(path, events=size)
            print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        stores[size] = Store(path)
    small, large = args.sizes
    counts = {size: stores[size].counts() for size in args.sizes}
    # The generator's next documents: seeded apart from the ledgers' own, and
    # from an earlier run's on kept ledgers (a document stored twice is not new).
    run = int(time.time())
    # The same starting size in both ledgers: the small ledger's deal closest
    # to --deal-size sets it, the large ledger's deal closest to that follows.
    one_size = {small: deal_of_size(stores[small], args.deal_size)}
    one_size[large] = deal_of_size(stores[large], one_size[small][1])
    typical = list(synthetic.synthetic_documents(events=5 * args.rounds, seed=run))
    times: dict[tuple[str, int], list[float]] = {}
    work: dict[int, list[int]] = {small: [], large: []}
    biggest: dict[int, list[int]] = {small: [], large: []}
    for n in range(args.rounds):
        for kind, (document, events) in (("new deal", new_deal_document(n, run)), ("typical", typical[n])):
            for size in args.sizes:
                times.setdefault((kind, size), []).append(timed_refresh(stores[size], document, events))
                if kind == "typical":
                    deals = touched_deals(stores[size], events)
                    work[size].append(sum(deals.values()))
                    biggest[size].append(max(deals.values(), default=0))
                    times.setdefault(("typical, from events", size), []).append(
                        timed_refusion(stores[size], list(deals)))
        for size in args.sizes:
            document, events = one_size_document(one_size[size][0], n, run)
            times.setdefault(("deal of one size", size), []).append(timed_refresh(stores[size], document, events))
    full: dict[int, list[float]] = {small: [], large: []}
    for _ in range(0 if args.no_full else 2):
        for size in args.sizes:
            started = time.perf_counter()
            refresh_deals(stores[size], full=True)
            full[size].append(time.perf_counter() - started)
    print(f"ledgers: {counts[small]['events']:,} events ({counts[small]['deals']:,} deals) and "
          f"{counts[large]['events']:,} events ({counts[large]['deals']:,} deals); {args.rounds} rounds, "
          f"interleaved; {os.cpu_count()} CPUs shared\n")
    print(f"| refresh after one new document | {small:,} events: median ms | {large:,} events: median ms "
          f"| ratio (median of rounds) |")
    print("|---|---:|---:|---:|")
    for kind in ("new deal", "deal of one size", "typical", "typical, from events"):
        a, b = times[(kind, small)], times[(kind, large)]
        ratios = [y / x for x, y in zip(a, b, strict=True)]
        print(f"| {kind} | {statistics.median(a) * 1000:.1f} | {statistics.median(b) * 1000:.1f} | "
              f"{statistics.median(ratios):.2f} |")
    if full[small]:
        ratios = [y / x for x, y in zip(full[small], full[large], strict=True)]
        print(f"| baseline: full refusion | {statistics.median(full[small]) * 1000:,.0f} | "
              f"{statistics.median(full[large]) * 1000:,.0f} | {statistics.median(ratios):.2f} |")
    print(f"\ntypical documents: events in the deals they touch, median {statistics.median(work[small]):,.0f} "
          f"({small:,}) and {statistics.median(work[large]):,.0f} ({large:,}); in the biggest deal each "
          f"touches, median {statistics.median(biggest[small]):,.0f} and {statistics.median(biggest[large]):,.0f}")
    print(f"deal of one size: {one_size[small][1]:,} events ({'/'.join(one_size[small][0])}) and "
          f"{one_size[large][1]:,} ({'/'.join(one_size[large][0])}) at the start, one more each round")
    for size in args.sizes:
        print(f"  per round, {size:,} events: touched {work[size]}, biggest {biggest[size]}")
    for store in stores.values():
        store.close()


if __name__ == "__main__":
    main()
