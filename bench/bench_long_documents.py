"""Ingest time and peak memory against document size, 10 KB to 2 MB.

    .venv/bin/python bench/bench_long_documents.py [--sizes 10,50,100,200,500,1000,2000]

Each document is the example articles repeated to the size wanted (in KB of
text), ingested alone into a fresh SQLite ledger by `armsledger.ingest`:
read, deduplicated, analysed window by window, stored, deals fused. The
pipeline is loaded once; each size then runs in a process forked from it, so
that its peak memory (ru_maxrss) is its own. Cost should be linear in the
characters analysed (every character up to the cap, MAX_ANALYSED_CHARS,
then none), so the seconds per 100 K characters analysed should stay flat,
and memory should stop growing at the cap.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from armsledger.ledger import ingest
from armsledger.nlp import shared_nlp
from armsledger.nlp.windows import MAX_ANALYSED_CHARS, plan_windows
from armsledger.store import Store

REPO = Path(__file__).resolve().parent.parent


def document_text(chars: int) -> str:
    articles = "\n\n".join(p.read_text() for p in sorted((REPO / "examples").glob("*.txt")))
    return (articles * (chars // len(articles) + 1))[:chars]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(chars: int, folder: Path) -> dict[str, float]:
    """Ingest one document of `chars` characters; runs in the forked child."""
    path = folder / f"doc-{chars}.txt"
    path.write_text(document_text(chars), encoding="utf-8")
    store = Store(folder / f"ledger-{chars}.db")
    started = time.perf_counter()
    report = ingest([str(path)], store)
    seconds = time.perf_counter() - started
    store.close()
    assert report.ingested == 1, report
    return {"seconds": seconds, "peak_mb": _peak_mb(), "events": report.events,
            "analysed": plan_windows(path.read_text(encoding="utf-8").strip()).analysed}


def in_child(chars: int, folder: Path) -> dict[str, float]:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: measure, send the result, leave without cleanup
        os.close(read)
        with os.fdopen(write, "w") as out:
            out.write(json.dumps(measure(chars, folder)))
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as answer:
        result = json.loads(answer.read())
    os.waitpid(pid, 0)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,50,100,200,500,1000,2000", help="Document sizes in KB of text.")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    shared_nlp()  # loaded before forking, so every child shares it
    base = _peak_mb()
    print(f"pipeline loaded: {base:.0f} MB; analysis cap {MAX_ANALYSED_CHARS:,} characters; "
          f"{os.cpu_count()} CPUs shared\n")
    print("| document | analysed | events | seconds | s per 100 K analysed | peak MB | peak − pipeline MB |")
    print("|---------:|---------:|-------:|--------:|---------------------:|--------:|-------------------:|")
    with tempfile.TemporaryDirectory() as tmp:
        for kb in sizes:
            r = in_child(kb * 1000, Path(tmp))
            rate = r["seconds"] / (r["analysed"] / 100_000)
            print(f"| {kb:>5} KB | {r['analysed']:>8,} | {r['events']:>6} | {r['seconds']:>7.1f} | {rate:>20.1f} | "
                  f"{r['peak_mb']:>7.0f} | {max(r['peak_mb'] - base, 0):>18.0f} |", flush=True)


if __name__ == "__main__":
    main()
