"""Load test of `armsledger serve`: latency at N concurrent clients.

    python bench/load_web.py --db /tmp/big.db --build 100000   # build it first if missing
    python bench/load_web.py --db /tmp/big.db --clients 50 --requests 2000

Starts the server (`armsledger serve`, one process, as a user would) on a free
port, then for each scenario runs `--requests` requests from `--clients`
concurrent asyncio clients (httpx, one connection each) and prints p50, p90,
p99 and max latency, throughput and errors. Scenarios: the deals list (HTML,
with random filters, sorts and pages), a deal page (HTML, random deals), a
full-text search (HTML, random queries), and their JSON twins; plus a static
file as the baseline, whose p50 the others are divided by (the cost of the
app over that of the server and the client).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
SEARCH_TERMS = ["S-300", "Iran", "Rafale", "delivered", "talks", "India", "\"air defense\"", "deliver*",
                "Patriot OR HIMARS", "Egypt Rafale", "suspended", "Reuters", "F-16 Taiwan", "contract",
                "licensed production", "Poland", "Leopard", "Su-35", "Turkey S-400", "drone"]
COUNTRIES = ["RUS", "USA", "FRA", "CHN", "DEU", "IND", "SAU", "EGY", "IRN", "TUR", "UKR", "POL"]
SORTS = ["-last", "-sources", "supplier", "recipient", "system", "-documents", "first"]
STATUSES = ["DELIVERY", "AGREEMENT", "NEGOTIATION", "SUSPENSION"]


@dataclass
class Result:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    wall: float = 0.0

    def quantile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def as_dict(self) -> dict:
        return {"name": self.name, "requests": len(self.latencies) + self.errors, "errors": self.errors,
                "p50_ms": round(self.quantile(0.50) * 1000, 1), "p90_ms": round(self.quantile(0.90) * 1000, 1),
                "p99_ms": round(self.quantile(0.99) * 1000, 1),
                "max_ms": round(max(self.latencies, default=float("nan")) * 1000, 1),
                "mean_ms": round(statistics.fmean(self.latencies) * 1000, 1) if self.latencies else None,
                "rps": round(len(self.latencies) / self.wall, 1) if self.wall else None,
                "error_kinds": self.error_kinds}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int, *, workers: int = 1) -> subprocess.Popen:
    """`armsledger serve` in its own process(es); the document highlighter's
    nlp pipeline is off, as no scenario opens a document page."""
    command = [sys.executable, "-m", "armsledger.cli", "serve", "--db", db, "--port", str(port), "--no-annotate",
               "--workers", str(workers)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_ready(base: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read() if server.stderr else ''}")
        try:
            if httpx.get(base + "/index.json", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server did not answer at {base} within {timeout:.0f} s")


async def run_scenario(client: httpx.AsyncClient, name: str, make_path: Callable[[random.Random], str], *,
                       requests: int, clients: int, seed: int) -> Result:
    """`requests` requests from `clients` concurrent workers; each request's
    latency is the time to its full body."""
    result = Result(name)
    queue: asyncio.Queue[str] = asyncio.Queue()
    rng = random.Random(seed)
    for _ in range(requests):
        queue.put_nowait(make_path(rng))

    async def worker() -> None:
        while True:
            try:
                path = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            started = time.perf_counter()
            try:
                response = await client.get(path)
                kind = None if response.status_code == 200 else f"HTTP {response.status_code}"
            except httpx.HTTPError as exc:
                kind = exc.__class__.__name__
            if kind is None:
                result.latencies.append(time.perf_counter() - started)
            else:
                result.errors += 1
                result.error_kinds[kind] = result.error_kinds.get(kind, 0) + 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    result.wall = time.perf_counter() - started
    return result


def scenarios(deal_ids: list[str]) -> dict[str, Callable[[random.Random], str]]:
    def deals_list(rng: random.Random, suffix: str = "") -> str:
        params = {"sort": rng.choice(SORTS), "page": str(rng.randint(1, 5))}
        if rng.random() < 0.5:
            params["supplier"] = rng.choice(COUNTRIES)
        if rng.random() < 0.3:
            params["status"] = rng.choice(STATUSES)
        if rng.random() < 0.3:
            params["since"] = str(rng.randint(2000, 2020))
        return f"/deals{suffix}?" + "&".join(f"{k}={v}" for k, v in params.items())

    def search(rng: random.Random, suffix: str = "") -> str:
        return f"/search{suffix}?" + httpx.QueryParams({"q": rng.choice(SEARCH_TERMS)}).__str__()

    return {
        "static file (baseline)": lambda rng: "/static/style.css",
        "deals list (HTML)": deals_list,
        "deals list (JSON)": lambda rng: deals_list(rng, ".json"),
        "deal page (HTML)": lambda rng: f"/deals/{rng.choice(deal_ids)}",
        "deal page (JSON)": lambda rng: f"/deals/{rng.choice(deal_ids)}.json",
        "search (HTML)": search,
        "search (JSON)": lambda rng: search(rng, ".json"),
    }


async def load(base: str, *, clients: int, requests: int, seed: int = 1) -> list[Result]:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        # Deals of every size: the biggest (most documents) and a random sample.
        big = (await client.get("/deals.json", params={"sort": "-documents", "per_page": 20})).json()["items"]
        total = (await client.get("/deals.json", params={"per_page": 1})).json()["total"]
        rng = random.Random(seed)
        sample = []
        for page in rng.sample(range(1, max(2, total // 100 + 1)), k=min(5, max(1, total // 100))):
            sample += (await client.get("/deals.json", params={"per_page": 100, "page": page,
                                                                "sort": "supplier"})).json()["items"]
    deal_ids = [d["id"] for d in big + sample]
    if not deal_ids:
        raise SystemExit("the database has no deals")
    results = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    for name, make_path in scenarios(deal_ids).items():
        # A fresh client (and connections) per scenario: a connection left idle
        # while the last requests of the one before finished may have been
        # closed by the server's keep-alive timeout.
        async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
            await run_scenario(client, name, make_path, requests=min(requests, 2 * clients), clients=clients,
                               seed=seed + 1)  # warm-up
            results.append(await run_scenario(client, name, make_path, requests=requests, clients=clients,
                                              seed=seed))
    return results


def report(results: list[Result], *, counts: dict, clients: int, workers: int) -> str:
    baseline = results[0].quantile(0.5) if results and results[0].latencies else None
    lines = [f"{counts.get('events', '?')} events, {counts.get('documents', '?')} documents, "
             f"{counts.get('deals', '?')} deals; {clients} concurrent clients; {workers} server "
             f"process{'es' if workers > 1 else ''}; {os.cpu_count()} CPUs shared with this client",
             "",
             f"| {'scenario':<24} | {'requests':>8} | {'p50 ms':>7} | {'p90 ms':>7} | {'p99 ms':>7} | "
             f"{'max ms':>7} | {'req/s':>6} | {'errors':>6} | {'p50 × baseline':>14} |",
             f"|{'-' * 26}|{'-' * 10}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 8}|{'-' * 8}|{'-' * 16}|"]
    for result in results:
        d = result.as_dict()
        ratio = f"{result.quantile(0.5) / baseline:.1f}" if baseline else "-"
        lines.append(f"| {d['name']:<24} | {d['requests']:>8} | {d['p50_ms']:>7} | {d['p90_ms']:>7} | "
                     f"{d['p99_ms']:>7} | {d['max_ms']:>7} | {d['rps']:>6} | {d['errors']:>6} | {ratio:>14} |")
    errors = {f"{r.name}: {kind}": n for r in results for kind, n in r.error_kinds.items()}
    if errors:
        lines += ["", "errors: " + ", ".join(f"{k} ×{n}" for k, n in errors.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="SQLite file (or URL) to serve")
    parser.add_argument("--build", type=int, metavar="EVENTS",
                        help="first build a synthetic database of this many events if --db does not exist")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000, help="requests per scenario")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--url", help="test a server already running here instead of starting one")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(HERE))
    from synthetic import build_synthetic_db

    from armsledger.store import Store

    if args.build and not args.url and not Path(args.db).exists():
        print(f"building {args.db} with {args.build} synthetic events…", file=sys.stderr)
        build_synthetic_db(args.db, events=args.build)
    server = None
    base = args.url
    if not base:
        store = Store(args.db)
        counts = store.counts()
        store.close()
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(args.db, port, workers=args.workers)
    else:
        counts = httpx.get(base.rstrip("/") + "/index.json").json()["counts"]
    try:
        wait_ready(base, server) if server else None
        results = asyncio.run(load(base, clients=args.clients, requests=args.requests))
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    if args.json:
        print(json.dumps({"counts": counts, "clients": args.clients, "workers": args.workers, "cpus": os.cpu_count(),
                          "results": [r.as_dict() for r in results]}, indent=2))
    else:
        print(report(results, counts=counts, clients=args.clients, workers=args.workers))
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
