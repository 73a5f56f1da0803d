"""Speed and quality of near-duplicate clustering on 10,000 documents.

    .venv/bin/python bench/bench_dedupe.py [--documents 10000] [--seed 5]

Builds a corpus of distinct stories (sentences of the example articles and
of the same-deal stories in tests/, recombined, each with its own figures)
and syndicated copies of them (the edits of tests/ingest/dedupe_corpus.py: another
headline, an added byline, the last paragraph trimmed, all three, a
republished layout), then clusters it the way `armsledger ingest` does: one
MinHash per document, one LSH query, one insert. Prints documents/s, the
pairwise precision and recall of the clusters, and the ratio to the
baseline: comparing each document with every earlier one (no LSH), measured
on the first 2,000 documents.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.ingest.dedupe_corpus import EDITS, SAME_DEAL, example_texts  # noqa: E402

from armsledger.dedupe import DedupeConfig, DuplicateIndex, fingerprint, is_copy  # noqa: E402

PLACES = ["MOSCOW", "TEHRAN", "ANKARA", "NEW DELHI", "CAIRO", "PARIS", "BERLIN", "SEOUL", "WASHINGTON", "JAKARTA"]


def build(n: int, seed: int) -> list[tuple[str, str, str]]:
    """(key, text, story) for n documents, shuffled."""
    rng = random.Random(seed)
    texts = list(example_texts().values()) + [p.read_text(encoding="utf-8") for p in sorted(SAME_DEAL.glob("*.txt"))]
    sentences = [s.strip() for t in texts for s in re.split(r"(?<=[.!?])\s+", t.split("\n", 1)[1]) if len(s) > 40]
    corpus: list[tuple[str, str, str]] = []
    story = 0
    while len(corpus) < n:
        story += 1
        picked = rng.sample(sentences, 12)
        paragraphs = [" ".join(picked[i:i + 2]) for i in range(0, 12, 2)]
        figure = rng.randint(2, 990)
        paragraphs[0] = f"{rng.choice(PLACES)}, {rng.randint(1, 28)} {rng.choice(['May', 'June', 'July'])} - " \
                        f"Officials said {figure} units were involved. " + paragraphs[0]
        text = f"Report {story}: {picked[0][:60]}\n\n" + "\n\n".join(paragraphs)
        key = f"story-{story}"
        corpus.append((key, text, key))
        for copy in range(rng.choice([0, 0, 1, 2, 3, 5, 8])):
            if len(corpus) >= n:
                break
            corpus.append((f"{key}~{copy}", rng.choice(EDITS)(text, rng), key))
    rng.shuffle(corpus)
    return corpus[:n]


def pairs(labels: list[str]) -> int:
    return sum(c * (c - 1) // 2 for c in Counter(labels).values())


def scores(truth: dict[str, str], predicted: dict[str, str]) -> tuple[float, float]:
    both = pairs([f"{truth[k]}|{predicted[k]}" for k in truth])
    return both / max(1, pairs(list(predicted.values()))), both / max(1, pairs(list(truth.values())))


def run_lsh(corpus: list[tuple[str, str, str]], config: DedupeConfig) -> tuple[float, dict[str, str]]:
    index = DuplicateIndex(config)
    clusters: dict[str, str] = {}
    started = time.perf_counter()
    for key, text, _ in corpus:
        found = index.assign(key, fingerprint(text, config))
        clusters[key] = found.cluster if found else key
    return time.perf_counter() - started, clusters


def run_all_pairs(corpus: list[tuple[str, str, str]], config: DedupeConfig) -> float:
    seen = []
    started = time.perf_counter()
    for _, text, _ in corpus:
        print_ = fingerprint(text, config)
        any(is_copy(print_, other, config) for other in seen)
        seen.append(print_)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--baseline-documents", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    config = DedupeConfig()
    corpus = build(args.documents, args.seed)
    stories = len({story for _, _, story in corpus})
    seconds, clusters = run_lsh(corpus, config)
    precision, recall = scores({k: s for k, _, s in corpus}, clusters)
    rate = len(corpus) / seconds
    base_docs = corpus[:args.baseline_documents]
    base_rate = len(base_docs) / run_all_pairs(base_docs, config)
    print(f"corpus: {len(corpus)} documents, {stories} stories, {len(corpus) - stories} syndicated copies")
    print(f"MinHash LSH: {rate:,.0f} documents/s ({seconds:.2f} s); {len(set(clusters.values()))} clusters; "
          f"pairwise precision {precision:.3f}, recall {recall:.3f}")
    print(f"baseline, every earlier document compared ({len(base_docs)} documents): {base_rate:,.0f} documents/s")
    print(f"ratio: LSH at {len(corpus)} documents is {rate / base_rate:.1f}x the baseline at {len(base_docs)}")


if __name__ == "__main__":
    main()
