"""Analysis on all the cores of one machine: `ingest --workers N`.

Worker processes each load the spaCy pipeline and the extractor once (the
pool's initializer), then parse and extract one document per task. The main
process reads the sources, runs the relevance pass (texts it refuses never
leave the main process), hands the rest to the workers and takes their
results back **in input order**, so that the one writer — the main process,
one transaction per document — stores exactly what `--workers 1` stores, in
the same order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from .extract.events import EventExtractor
from .model import Document, Event

# Documents in flight per worker: enough to keep every worker busy while the
# main process stores, few enough that memory stays bounded.
IN_FLIGHT_PER_WORKER = 4


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(slots=True)
class Analysed:
    """A worker's analysis of one document: what the writer stores (the
    spaCy objects behind the events stay in the worker)."""

    document: Document
    events: list[Event] = field(default_factory=list)
    skipped: str | None = None
    note: str | None = None
    # Why extraction failed, when it did: the document is then reported, not stored.
    error: str | None = None


def extractor_settings(extractor: EventExtractor | None) -> dict:
    """What a worker needs to build the same extractor (the catalog comes from
    the same package, or $ARMSLEDGER_CATALOG_DIR, which workers inherit)."""
    if extractor is None:
        return {}
    return {"min_confidence": extractor.min_confidence, "rules_only": extractor.decider is None}


_worker: dict = {}


def _start_worker(settings: dict) -> None:
    from .nlp import shared_nlp

    _worker["nlp"] = shared_nlp()
    decider = False if settings.get("rules_only") else None
    _worker["extractor"] = EventExtractor(decider=decider, min_confidence=settings.get("min_confidence"))


def _analyse(document: Document) -> Analysed:
    from .ledger import analyze

    try:
        (analysis,) = list(analyze([document], nlp=_worker["nlp"], extractor=_worker["extractor"]))
    except Exception as exc:  # one text that breaks extraction must not end the batch
        return Analysed(document, error=f"extraction failed ({type(exc).__name__}: {exc})"[:300])
    return Analysed(document, analysis.events, analysis.skipped, analysis.note)


class Pool:
    """Worker processes holding the pipeline; `analyse` keeps input order."""

    def __init__(self, workers: int, extractor: EventExtractor | None = None) -> None:
        self.workers = workers
        context = multiprocessing.get_context("spawn")  # no fork of a process holding threads or a database
        self.executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                            initargs=(extractor_settings(extractor),))

    def analyse(self, documents: Iterable[Document]) -> Iterator[Analysed]:
        from .ledger import skip_reason

        queue: deque[Analysed | Future] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for document in documents:
            reason = skip_reason(document)
            queue.append(Analysed(document, skipped=reason) if reason else self.executor.submit(_analyse, document))
            while len(queue) > limit or (queue and not isinstance(queue[0], Future)):
                yield _result(queue.popleft())
        while queue:
            yield _result(queue.popleft())

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _result(entry: Analysed | Future) -> Analysed:
    return entry.result() if isinstance(entry, Future) else entry
