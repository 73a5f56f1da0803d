"""The Ray runner (`armsledger batch`) with 1 vs 2 CPUs, and the per-core
rates that a backfill estimate needs, measured in one run.

    .venv/bin/python bench/bench_ray.py [--rounds 2] [--shards 8] [--ordinary 400]

The arms texts of examples/ and ../shared/corpus, as HTML responses in
`--shards` gzipped WARC shards, go through `run_batch` on a private Ray
instance of 1 CPU, then of 2 (rounds interleaved: 1, 2, 1, 2, ...; Ray's own
start-up is not timed, the actors' model loading is). The wall-time ratio is
taken round by round. In each 1-CPU round, `--ordinary` texts of ordinary
news (`bench/ordinary_news.py`, as HTML in WARC shards too) are run as well:
the per-core rates are documents over the seconds the actors spent in their
shards (reading, HTML extraction, relevance pass, parsing what passes,
fingerprints, Parquet). Then one batch folder is loaded into SQLite
(`load_batch`) for the single writer's rate. The backfill estimate is

    documents × (p / arms rate + (1 − p) / ordinary rate) ÷ cores

with p the relevance pass rate measured here on the ordinary texts (and
reported by bench/bench_mix.py), every arms text counting as passing.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from html import escape
from pathlib import Path

os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from armsledger import open_store  # noqa: E402
from armsledger.batch import load_batch, run_batch  # noqa: E402
from armsledger.batch.runner import start_ray  # noqa: E402
from armsledger.nlp.relevance import shared_filter  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_mix import relevant_documents  # noqa: E402
from ordinary_news import ordinary_texts  # noqa: E402

BACKFILL = 10_000_000


def write_shards(folder: Path, texts: list[str], count: int, *, name: str) -> list[str]:
    """`texts` as HTML pages in `count` gzipped WARC shards, dealt round-robin."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}-{n:03d}.warc.gz" for n in range(count)]
    handles = [path.open("wb") for path in paths]
    writers = [WARCWriter(handle, gzip=True) for handle in handles]
    for n, text in enumerate(texts):
        title, _, body = text.partition("\n")
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n") if p.strip())
        page = (f"<html><head><title>{escape(title)}</title></head><body><article><h1>{escape(title)}</h1>"
                f"{paragraphs}</article></body></html>").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer = writers[n % count]
        writer.write_record(writer.create_warc_record(f"https://news.example.org/{name}/{n}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    for handle in handles:
        handle.close()
    return [str(path) for path in paths]


def timed_batch(shards: list[str], out: Path):
    start = time.perf_counter()
    report = run_batch(shards, out)
    return time.perf_counter() - start, report


def per_core_rate(reports) -> float:
    """Documents per second of one actor's time inside its shards."""
    shards = [shard for report in reports for shard in report.shards]
    return sum(s.documents for s in shards) / sum(s.seconds for s in shards)


def main() -> None:
    import ray

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--shards", type=int, default=8, help="shards the arms texts are dealt into")
    parser.add_argument("--ordinary", type=int, default=400, help="ordinary news texts for their per-core rate")
    args = parser.parse_args()

    relevant = [d.text for d in relevant_documents()]
    ordinary = ordinary_texts(args.ordinary)
    relevance = shared_filter()
    ordinary_pass = sum(map(relevance.is_relevant, ordinary)) / len(ordinary)
    work = Path(tempfile.mkdtemp(prefix="armsledger-bench-ray-"))
    walls: dict[int, list[float]] = {1: [], 2: []}
    arms_reports, ordinary_reports, starts = [], [], []
    try:
        arms_shards = write_shards(work / "arms", relevant, args.shards, name="arms")
        ordinary_shards = write_shards(work / "ordinary", ordinary, max(1, args.shards // 2), name="ordinary")
        for n in range(args.rounds):
            for cpus in (1, 2):
                start = time.perf_counter()
                start_ray(cpus=cpus, address=None)
                starts.append(time.perf_counter() - start)
                try:
                    wall, report = timed_batch(arms_shards, work / f"out-{cpus}-{n}")
                    walls[cpus].append(wall)
                    if cpus == 1:
                        arms_reports.append(report)
                        ordinary_reports.append(run_batch(ordinary_shards, work / f"ordinary-{n}"))
                finally:
                    ray.shutdown()
        store = open_store(work / "load.db")
        load_start = time.perf_counter()
        arms_load = load_batch(work / "out-1-0", store)
        ordinary_load = load_batch(work / "ordinary-0", store)
        load_seconds = time.perf_counter() - load_start
    finally:
        shutil.rmtree(work, ignore_errors=True)

    ratios = [one / two for one, two in zip(walls[1], walls[2], strict=True)]
    arms_rate, ordinary_rate = per_core_rate(arms_reports), per_core_rate(ordinary_reports)
    loaded = arms_load.documents + ordinary_load.documents
    events = sum(s.events for s in arms_reports[0].shards)
    print(f"arms texts: {len(relevant)} in {args.shards} WARC shards ({events} events); ordinary texts: "
          f"{len(ordinary)} in {len(ordinary_shards)} shards")
    print(f"Ray start-up (not timed below): median {statistics.median(starts):.1f} s")
    print(f"batch of the arms texts, 1 CPU: {', '.join(f'{w:.1f} s' for w in walls[1])}; "
          f"2 CPUs: {', '.join(f'{w:.1f} s' for w in walls[2])}")
    print(f"2 CPUs vs 1, speed-up per round: {', '.join(f'{r:.2f}×' for r in ratios)}; "
          f"median {statistics.median(ratios):.2f}×")
    print(f"per core: arms texts {arms_rate:.2f} documents/s, ordinary news {ordinary_rate:.1f} documents/s")
    print(f"relevance pass: {ordinary_pass:.1%} of the ordinary texts pass")
    print(f"load into SQLite (one writer): {loaded} documents in {load_seconds:.1f} s, "
          f"{loaded / load_seconds:.1f} documents/s")
    for p in (ordinary_pass, 0.018):
        per_document = p / arms_rate + (1 - p) / ordinary_rate
        core_hours = BACKFILL * per_document / 3600
        print(f"backfill of {BACKFILL:,} articles at a {p:.1%} pass rate: {core_hours:,.0f} core-hours of batch; "
              f"{core_hours / 2:,.0f} h on 2 cores, {core_hours / 64:,.1f} h on 64; "
              f"load {BACKFILL / (loaded / load_seconds) / 3600:,.0f} h (one writer, SQLite)")


if __name__ == "__main__":
    main()
