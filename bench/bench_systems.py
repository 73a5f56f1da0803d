"""Weapon-system recognition's cost, as a ratio against spaCy's own parse of the same texts.

    .venv/bin/python bench/bench_systems.py [--rounds 5] [--texts 300]

The texts are the example articles and the ordinary news of
tests/data/ordinary_news.jsonl (what an ingest mostly sees). Each round parses
them with the English model alone (the baseline) and then runs the
`armsledger_systems` component over the parsed Docs; rounds are interleaved so
that a busy machine slows both alike. Prints the component's share per round
and the median: compare that ratio between versions, not seconds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from armsledger.ingest import iter_documents
from armsledger.model import Document
from armsledger.nlp import build_nlp

REPO = Path(__file__).resolve().parent.parent


def _texts(limit: int) -> list[str]:
    texts = [d.text for d in iter_documents([str(REPO / "examples" / "manifest.jsonl")]) if isinstance(d, Document)]
    with open(REPO / "tests" / "data" / "ordinary_news.jsonl", encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle]
    return texts[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--texts", type=int, default=300)
    args = parser.parse_args()
    nlp = build_nlp()
    recognizer = nlp.get_pipe("armsledger_systems")
    ours = {"armsledger_systems", "armsledger_actors", "armsledger_times"}
    texts = _texts(args.texts)
    words = sum(len(t.split()) for t in texts)
    ratios = []
    for round_no in range(1, args.rounds + 1):
        start = time.perf_counter()
        with nlp.select_pipes(disable=list(ours)):
            docs = list(nlp.pipe(texts))
        parse = time.perf_counter() - start
        start = time.perf_counter()
        for doc in docs:
            recognizer(doc)
        systems = time.perf_counter() - start
        ratios.append(systems / parse)
        print(f"round {round_no}: parse {parse:.2f} s, systems {systems:.3f} s, systems/parse {systems / parse:.4f}")
    print(f"{len(texts)} texts, {words:,} words; systems/parse median {statistics.median(ratios):.4f}")


if __name__ == "__main__":
    main()
