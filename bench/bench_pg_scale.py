"""PostgreSQL with a million events: p50/p99 of the deals list, a deal page and search.

    python bench/bench_pg_scale.py                     # start a server, build 1,000,000 events, measure
    python bench/bench_pg_scale.py --events 100000     # a smaller ledger
    python bench/bench_pg_scale.py --keep              # leave the server and ledger up, print the URL
    python bench/bench_pg_scale.py --db postgresql://127.0.0.1:PORT/scale   # measure a kept ledger again

Starts a throwaway PostgreSQL server (as the test run does,
`tests/postgres_server.py`), builds a synthetic ledger with
`bench/scale_ledger.py` (COPY through the store's tables, deals fused with
the store's code), then times requests one at a time through the real web
app in this process (FastAPI over httpx's ASGI transport, no network) and
the store's read queries directly. Cases run in interleaved rounds, and each
is reported with its p50 over its baseline's from the same rounds: a static
file through the same app for the pages, `SELECT 1` for the store queries.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import sqlalchemy as sa

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from scale_ledger import build_scale_ledger  # noqa: E402

from armsledger.store import (  # noqa: E402
    Store,
    database_url,
    queries,  # noqa: E402
)

SEARCH_TERMS = ["S-300", "Iran", "Rafale", "delivered", "talks", "India", "\"air defense\"", "deliver*",
                "Patriot OR HIMARS", "Egypt Rafale", "suspended", "Reuters", "F-16 Taiwan", "contract",
                "licensed production", "Poland", "Leopard", "Su-35", "Turkey S-400", "Courier 17"]
COUNTRIES = ["USA", "RUS", "FRA", "CHN", "DEU", "ITA", "GBR", "IND", "SAU", "QAT", "UKR", "EGY", "PAK", "TUR"]
SORTS = ["-last", "-sources", "supplier", "recipient", "system", "-documents", "first", "-confidence"]
STATUSES = ["DELIVERY", "AGREEMENT", "NEGOTIATION", "SUSPENSION"]


@dataclass
class Case:
    name: str
    run: Callable[[random.Random], object]  # one request or query; returns an HTTP status or None
    baseline: str
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)

    def quantile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def deal_filters(rng: random.Random) -> dict[str, str]:
    """The common filters: supplier, recipient, status, year, in random mixes."""
    params: dict[str, str] = {"sort": rng.choice(SORTS)}
    if rng.random() < 0.4:
        params["supplier"] = rng.choice(COUNTRIES)
    if rng.random() < 0.3:
        params["recipient"] = rng.choice(COUNTRIES)
    if rng.random() < 0.3:
        params["status"] = rng.choice(STATUSES)
    if rng.random() < 0.3:
        params["since"] = str(rng.randint(1995, 2024))
    return params


def store_filter(params: dict[str, str]) -> tuple[queries.DealFilter, str]:
    filters = queries.DealFilter(supplier=params.get("supplier"), recipient=params.get("recipient"),
                                 status=params.get("status"),
                                 since=int(params["since"]) if "since" in params else None)
    return filters, params["sort"]


class AppClient:
    """The web app in this process, requests one at a time through httpx."""

    def __init__(self, store: Store) -> None:
        from armsledger.web import create_app, settle

        app = create_app(store, annotate=False)
        settle(app)  # as `armsledger serve` does when it starts
        self.loop = asyncio.new_event_loop()
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench")

    def get(self, path: str, params: dict | None = None) -> int:
        response = self.loop.run_until_complete(self.client.get(path, params=params))
        return response.status_code

    def close(self) -> None:
        self.loop.run_until_complete(self.client.aclose())
        self.loop.close()


def make_cases(store: Store, app: AppClient, deal_ids: list[str], largest: list[str], pages: int) -> list[Case]:
    def deep(rng: random.Random) -> dict[str, str]:
        return {"sort": rng.choice(SORTS), "page": str(rng.randint(max(1, pages // 10), pages))}

    def sample(rng: random.Random) -> str:
        return rng.choice(largest) if rng.random() < 0.2 else rng.choice(deal_ids)

    def listing(params: dict[str, str]) -> None:
        filters, sort = store_filter(params)
        queries.list_deals(store, filters, sort=sort, page=int(params.get("page", 1)))

    web, raw = "static file", "SELECT 1"
    return [
        Case("static file (baseline)", lambda rng: app.get("/static/style.css"), web),
        Case("deals list, filtered (HTML)", lambda rng: app.get("/deals", deal_filters(rng)), web),
        Case("deals list, filtered (JSON)", lambda rng: app.get("/deals.json", deal_filters(rng)), web),
        Case("deals list, deep page (HTML)", lambda rng: app.get("/deals", deep(rng)), web),
        Case("deals list, deep page (JSON)", lambda rng: app.get("/deals.json", deep(rng)), web),
        Case("deal page (HTML)", lambda rng: app.get(f"/deals/{sample(rng)}"), web),
        Case("deal page (JSON)", lambda rng: app.get(f"/deals/{sample(rng)}.json"), web),
        Case("deal page, 20 largest (JSON)", lambda rng: app.get(f"/deals/{rng.choice(largest)}.json"), web),
        Case("search (HTML)", lambda rng: app.get("/search", {"q": rng.choice(SEARCH_TERMS)}), web),
        Case("search (JSON)", lambda rng: app.get("/search.json", {"q": rng.choice(SEARCH_TERMS)}), web),
        Case("SELECT 1 (baseline)", lambda rng: _select_one(store), raw),
        Case("store: list_deals, filtered", lambda rng: listing(deal_filters(rng)), raw),
        Case("store: list_deals, deep page", lambda rng: listing(deep(rng)), raw),
        Case("store: deal_facets, filtered",
             lambda rng: _done(queries.deal_facets(store, store_filter(deal_filters(rng))[0])), raw),
        Case("store: deal_detail", lambda rng: _done(queries.deal_detail(store, sample(rng))), raw),
        Case("store: search", lambda rng: _done(queries.search(store, rng.choice(SEARCH_TERMS))), raw),
    ]


def _done(_result: object) -> None:
    """A store query's result thrown away: the cases' runs return an HTTP status or None."""


def _select_one(store: Store) -> None:
    with store.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1").scalar()


def measure(cases: list[Case], *, rounds: int, per_round: int, seed: int = 1,
            progress: Callable[[str], None] | None = None) -> None:
    """Interleaved rounds: every case runs `per_round` times in each round."""
    for case in cases:  # warm-up: connections, templates, caches of the planner
        for n in range(3):
            case.run(random.Random(seed + 1000 + n))
    for r in range(rounds):
        for n, case in enumerate(cases):
            rng = random.Random(seed * 1_000_003 + r * 101 + n)
            for _ in range(per_round):
                started = time.perf_counter()
                status = case.run(rng)
                elapsed = time.perf_counter() - started
                if status is None or status == 200:
                    case.latencies.append(elapsed)
                else:
                    case.errors[f"HTTP {status}"] = case.errors.get(f"HTTP {status}", 0) + 1
        if progress:
            progress(f"round {r + 1} of {rounds} done")


def report(cases: list[Case], facts: dict) -> str:
    base = {c.baseline: c.quantile(0.5) for c in cases if c.name.endswith("(baseline)")}
    lines = [f"{facts['events']} events, {facts['documents']} documents, {facts['deals']} deals on PostgreSQL "
             f"{facts['server']}; database {facts['db_size_mb']:,} MB; built in {facts['build_s']} s; "
             f"{os.cpu_count()} CPUs shared with other work",
             "",
             f"| {'case':<32} | {'n':>5} | {'p50 ms':>7} | {'p99 ms':>7} | {'max ms':>7} | {'errors':>6} | "
             f"{'p50 × baseline':>14} |",
             f"|{'-' * 34}|{'-' * 7}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 8}|{'-' * 16}|"]
    for case in cases:
        ms = [case.quantile(q) * 1000 for q in (0.5, 0.99)] + [max(case.latencies, default=float("nan")) * 1000]
        ratio = case.quantile(0.5) / base[case.baseline] if base.get(case.baseline) else float("nan")
        lines.append(f"| {case.name:<32} | {len(case.latencies):>5} | {ms[0]:>7.1f} | {ms[1]:>7.1f} | {ms[2]:>7.1f} | "
                     f"{sum(case.errors.values()):>6} | {ratio:>14.1f} |")
    errors = [f"{c.name}: {kind} ×{n}" for c in cases for kind, n in c.errors.items()]
    if errors:
        lines += ["", "errors: " + ", ".join(errors)]
    return "\n".join(lines)


def ledger_facts(store: Store) -> dict:
    counts = store.counts()
    with store.engine.connect() as conn:
        size = conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
        server = conn.exec_driver_sql("SHOW server_version").scalar()
    return {**counts, "db_size_mb": round(size / 2**20), "server": server.split()[0]}


def sample_deals(store: Store, *, seed: int = 1) -> tuple[list[str], list[str]]:
    """200 deals at random, and the 20 with the most events."""
    deals_t = queries.common.deals_t
    with store.engine.connect() as conn:
        largest = [r[0] for r in conn.execute(sa.select(deals_t.c.id).order_by(deals_t.c.documents.desc(),
                                                                                deals_t.c.id).limit(20))]
        every = [r[0] for r in conn.execute(sa.select(deals_t.c.id).order_by(deals_t.c.id))]
    return random.Random(seed).sample(every, k=min(200, len(every))), largest


def new_database(server_url: str, name: str) -> str:
    admin = sa.create_engine(database_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    admin.dispose()
    return sa.engine.make_url(server_url).set(database=name).render_as_string(hide_password=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="events in the ledger to build")
    parser.add_argument("--db", help="measure this PostgreSQL ledger (built before with --keep) instead")
    parser.add_argument("--keep", action="store_true", help="leave the server running, print the ledger's URL")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--per-round", type=int, default=40, help="requests per case per round")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    server, build_s = None, None
    db = args.db
    if db is None:
        from tests.postgres_server import start

        server = start()
        db = new_database(server.url, "scale")
        say(f"PostgreSQL at {server.url}; building {args.events:,} events into {db}…")
        started = time.perf_counter()
        build_scale_ledger(db, events=args.events, progress=_build_progress(say))
        build_s = round(time.perf_counter() - started)
    try:
        store = Store(db)
        facts = {**ledger_facts(store), "build_s": build_s if build_s is not None else "-"}
        deal_ids, largest = sample_deals(store)
        pages = max(1, facts["deals"] // 50)
        app = AppClient(store)
        cases = make_cases(store, app, deal_ids, largest, pages)
        measure(cases, rounds=args.rounds, per_round=args.per_round, progress=say)
        app.close()
        store.close()
    finally:
        if server is not None and not args.keep:
            server.stop()
        elif server is not None:
            # The server runs as the `postgres` system user when this runs as root.
            as_user = f"runuser -u {server.user} -- " if server.user else ""
            say(f"kept: {db} (stop it with: {as_user}{server.bin_dir}/pg_ctl -D {server.data_dir} stop)")
    if args.json:
        print(json.dumps({"facts": facts, "cases": [
            {"name": c.name, "n": len(c.latencies), "p50_ms": round(c.quantile(0.5) * 1000, 1),
             "p99_ms": round(c.quantile(0.99) * 1000, 1), "mean_ms": round(statistics.fmean(c.latencies) * 1000, 1),
             "errors": c.errors} for c in cases]}, indent=2))
    else:
        print(report(cases, facts))
    return 1 if any(c.errors for c in cases) else 0


def _build_progress(say: Callable[[str], None]) -> Callable[[int, int], None]:
    started, shown = time.perf_counter(), [0]

    def progress(done: int, total: int) -> None:
        if done * 10 // total > shown[0]:
            shown[0] = done * 10 // total
            say(f"  {done:,} of {total:,} events ({time.perf_counter() - started:.0f} s)")

    return progress


if __name__ == "__main__":
    sys.exit(main())
