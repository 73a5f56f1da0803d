"""Peak memory of one ingest batch, 2,000 against 20,000 documents.

    .venv/bin/python bench/bench_memory.py [--sizes 2000 20000] [--relevant 20] [--baseline-src DIR]

Each batch is one JSON Lines manifest: ordinary news (`bench/ordinary_news.py`)
with `--relevant` arms texts (examples/ and ../shared/corpus) spread through
it, the same arms texts at every size, 200 documents to a publication day.
Ordinary texts stop at the relevance pass (they are stored, fingerprinted
and placed among near-duplicates, never parsed), which makes 20,000 feasible
here; what grows with the batch is what this measures. Each batch runs in a
child process (`armsledger.ingest`, one worker, into a new SQLite ledger),
which reports its peak RSS and its RSS once the pipeline is loaded; the
parent prints both and the ratio of the largest batch's peak to the
smallest's (1.0 is flat), and the time per document over the first and the
last tenth of each batch (flat when nothing the ledger holds slows each
document as it grows). `--baseline-src DIR` runs the same batches, in the
same run and interleaved, with the package found in DIR/armsledger (an
older checkout's src/), for comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def write_manifest(path: Path, size: int, relevant: int) -> int:
    """A manifest of `size` documents, `relevant` of them arms texts; returns how many were written."""
    from bench_mix import relevant_documents
    from ordinary_news import ordinary_texts

    arms = relevant_documents()[:relevant]
    ordinary = ordinary_texts(size - len(arms), seed=23)
    every = max(1, size // max(1, len(arms)))
    start = dt.date(2024, 1, 1)
    with path.open("w", encoding="utf-8") as out:
        placed = 0
        for n in range(size):
            day = (start + dt.timedelta(days=n // 200)).isoformat()
            if n % every == every // 2 and placed < len(arms):
                line = {"text": arms[placed].text, "published": arms[placed].published or day,
                        "outlet": arms[placed].outlet}
                placed += 1
            else:
                line = {"text": ordinary.pop(), "published": day, "outlet": "example-news"}
            out.write(json.dumps(line) + "\n")
    return size


def child(manifest: str, db: str) -> None:
    """Ingest one manifest; print peak RSS, RSS with the pipeline loaded, and what was done."""
    from armsledger import ingest, open_store
    from armsledger.extract.events import EventExtractor
    from armsledger.nlp import shared_nlp
    from armsledger.nlp.relevance import shared_filter

    shared_nlp()
    shared_filter()
    extractor = EventExtractor()
    loaded = _rss_mb()
    store = open_store(db)
    handled: list[float] = []  # when each input was done with
    started = time.perf_counter()
    report = ingest([manifest], store, extractor=extractor, workers=1,
                    on_item=lambda kind, detail: handled.append(time.perf_counter()))
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tenth = max(1, len(handled) // 10)
    # Milliseconds per document over each tenth of the batch, in order.
    tenths = [(handled[min(len(handled) - 1, (n + 1) * tenth)] - handled[n * tenth]) / tenth * 1000
              for n in range(10) if n * tenth < len(handled) - 1]
    first_ms, last_ms = (tenths[0], tenths[-1]) if tenths else (0.0, 0.0)
    print(json.dumps({"peak_mb": peak, "loaded_mb": loaded, "seconds": seconds, "documents": report.documents,
                      "ingested": report.ingested, "skipped": len(report.skipped), "events": report.events,
                      "deals": report.deals, "first_tenth_ms": first_ms, "last_tenth_ms": last_ms, "tenths_ms": tenths,
                      "copies": report.copies}))


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_child(manifest: Path, db: Path, src: str | None) -> dict:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, __file__, "--child", str(manifest), str(db)], env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--relevant", type=int, default=20)
    parser.add_argument("--baseline-src", help="an older checkout's src/ folder, measured alongside")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    codes = [("this checkout", None)] + ([("baseline", args.baseline_src)] if args.baseline_src else [])
    results: dict[tuple[str, int], dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifests = {}
        for size in args.sizes:
            manifests[size] = folder / f"batch-{size}.jsonl"
            write_manifest(manifests[size], size, args.relevant)
        for size in args.sizes:
            for name, src in codes:  # interleaved: each size on each code before the next size
                db = folder / f"{name.replace(' ', '-')}-{size}.db"
                results[(name, size)] = run_child(manifests[size], db, src)
                r = results[(name, size)]
                print(f"  {name}, {size} documents: peak {r['peak_mb']:.0f} MB ({r['seconds']:.0f} s), "
                      f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", file=sys.stderr, flush=True)
    print(f"one ingest batch per child process; {args.relevant} arms texts in each; {os.cpu_count()} CPUs shared; "
          f"load average at the end {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| code | documents | ingested | copies | skipped | events | seconds | ms/document, first tenth | "
          "ms/document, last tenth | pipeline loaded MB | peak MB | peak − loaded MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, _ in codes:
        for size in args.sizes:
            r = results[(name, size)]
            print(f"| {name} | {r['documents']:,} | {r['ingested']} | {r.get('copies', 0):,} | {r['skipped']:,} | "
                  f"{r['events']} | {r['seconds']:.0f} | {r.get('first_tenth_ms', 0):.1f} | "
                  f"{r.get('last_tenth_ms', 0):.1f} | {r['loaded_mb']:.0f} | {r['peak_mb']:.0f} | "
                  f"{r['peak_mb'] - r['loaded_mb']:.0f} |")
    for name, _ in codes:
        for size in args.sizes:
            tenths = results[(name, size)].get("tenths_ms", [])
            print(f"\n{name}, {size:,} documents, ms per document by tenth of the batch: "
                  f"{', '.join(f'{t:.1f}' for t in tenths)}")
    small, large = min(args.sizes), max(args.sizes)
    for name, _ in codes if large > small else []:
        a, b = results[(name, small)], results[(name, large)]
        grown = (b["peak_mb"] - a["peak_mb"]) * 1024 / (large - small)
        print(f"\n{name}: peak at {large:,} ÷ peak at {small:,} = {b['peak_mb'] / a['peak_mb']:.2f}; "
              f"{grown:.1f} KB more per document")


if __name__ == "__main__":
    main()
