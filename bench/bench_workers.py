"""`ingest --workers 2` against `--workers 1`, as ratios measured in one run.

    .venv/bin/python bench/bench_workers.py [--rounds 4] [--analysis-rounds 2]

The texts are every arms text of examples/ and ../shared/corpus, written to a
folder. Measured, rounds interleaved (1 2, 2 1, 1 2, ... so that neither
always goes first into a machine that is warming up or loading up):

- whole commands, `armsledger ingest FOLDER --workers N` into a fresh
  SQLite file (interpreter start, model loading, reading, storing and the
  deals included): wall time, CPU time (the command and its workers), and
  the machine's load average before each run; the speed-up is taken round
  by round (the `--workers 1` wall time over the `--workers 2` one of the
  same round) and its median and minimum reported;
- the analysis alone, in this process with the model loaded beforehand:
  `ledger.analyze` (what `--workers 1` does) against `parallel.Pool(2)`
  (fork included) over the same documents.

Every ledger is checked to hold the same documents, events and deals. The
machine is shared: a second worker can only help as much as a second core is
free, so read the speed-ups with the load averages printed beside them.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from armsledger import open_store
from armsledger.ingest import iter_documents
from armsledger.ledger import analyze
from armsledger.model import Document
from armsledger.nlp import shared_nlp
from armsledger.parallel import Pool, available_cores

REPO = Path(__file__).resolve().parent.parent


def arms_documents() -> list[Document]:
    paths = [str(REPO / "examples" / "manifest.jsonl")]
    corpus = REPO.parent / "shared" / "corpus"
    if corpus.is_dir():
        paths.append(str(corpus))
    return [d for d in iter_documents(paths) if isinstance(d, Document)]


def run_command(folder: Path, db: Path, workers: int) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (the command and its workers) and the 1-minute
    load average just before."""
    command = [str(Path(sys.executable).with_name("armsledger")), "ingest", str(folder), "-q",
               "--db", str(db), "--workers", str(workers)]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, load


def ledger_counts(db: Path) -> tuple[int, int, int]:
    counts = open_store(db).counts()
    return counts["documents"], counts["events"], counts["deals"]


def time_analysis(documents: list[Document], workers: int) -> float:
    start = time.perf_counter()
    if workers == 1:
        found = sum(len(a.events) for a in analyze(documents))
    else:
        with Pool(workers) as pool:
            found = sum(len(a.events) for a in pool.analyse(documents))
    if found == 0:
        raise SystemExit("no events found: the bench measured nothing")
    return time.perf_counter() - start


def median_and_min(ratios: list[float]) -> str:
    return (f"per round {', '.join(f'{r:.2f}×' for r in ratios)}; "
            f"median {statistics.median(ratios):.2f}×, min {min(ratios):.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4, help="rounds of whole commands (each runs 1 and 2)")
    parser.add_argument("--analysis-rounds", type=int, default=2, help="rounds of the analysis alone")
    args = parser.parse_args()

    documents = arms_documents()
    words = sum(len(d.text.split()) for d in documents)
    print(f"{len(documents)} arms texts, {words:,} words; {available_cores()} cores available to this process; "
          f"load average at start {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    work = Path(tempfile.mkdtemp(prefix="armsledger-bench-workers-"))
    try:
        folder = work / "texts"
        folder.mkdir()
        for n, document in enumerate(documents):
            (folder / f"{n:05d}.txt").write_text(document.text, encoding="utf-8")

        whole: dict[int, list[tuple[float, float, float]]] = {1: [], 2: []}
        ledgers = set()
        for n in range(args.rounds):
            for workers in (1, 2) if n % 2 == 0 else (2, 1):
                db = work / f"ledger-{n}-{workers}.db"
                whole[workers].append(run_command(folder, db, workers))
                ledgers.add(ledger_counts(db))
                wall, cpu, load = whole[workers][-1]
                print(f"round {n + 1}: --workers {workers}: wall {wall:5.1f} s, CPU {cpu:5.1f} s, "
                      f"load average before {load:.2f}", flush=True)
        if len(ledgers) != 1:
            raise SystemExit(f"the ledgers differ (documents, events, deals): {sorted(ledgers)}")

        shared_nlp()  # loaded before timing the analysis alone, for both sides
        analysis: dict[int, list[float]] = {1: [], 2: []}
        analysis_loads = []
        for n in range(args.analysis_rounds):
            for workers in (1, 2) if n % 2 == 0 else (2, 1):
                analysis_loads.append(os.getloadavg()[0])
                analysis[workers].append(time_analysis(documents, workers))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    wall_ratios = [one[0] / two[0] for one, two in zip(whole[1], whole[2], strict=True)]
    cpu_ratios = [two[1] / one[1] for one, two in zip(whole[1], whole[2], strict=True)]
    loads = [run[2] for runs in whole.values() for run in runs]
    (documents_stored, events, deals), = ledgers
    print(f"\nledger, every run: {documents_stored} documents, {events} events, {deals} deals")
    print(f"whole command, --workers 1: wall median {statistics.median(r[0] for r in whole[1]):.1f} s, "
          f"CPU median {statistics.median(r[1] for r in whole[1]):.1f} s")
    print(f"whole command, --workers 2: wall median {statistics.median(r[0] for r in whole[2]):.1f} s, "
          f"CPU median {statistics.median(r[1] for r in whole[2]):.1f} s")
    print(f"whole command speed-up (wall, 1 ÷ 2): {median_and_min(wall_ratios)}")
    print(f"whole command CPU cost of the second worker (2 ÷ 1): {median_and_min(cpu_ratios)}")
    print(f"load average before the whole-command runs: {min(loads):.2f} to {max(loads):.2f}")
    analysis_ratios = [one / two for one, two in zip(analysis[1], analysis[2], strict=True)]
    print(f"analysis alone (model loaded), in-process {statistics.median(analysis[1]):.1f} s, "
          f"2 workers {statistics.median(analysis[2]):.1f} s: {median_and_min(analysis_ratios)}; "
          f"load average {min(analysis_loads):.2f} to {max(analysis_loads):.2f}")
    print(f"load average at the end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
