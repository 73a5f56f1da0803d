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

from .errors import ArmsledgerError
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


def _analyse(documents: list[Document]) -> list[Analysed]:
    from .ledger import analyze

    nlp, extractor = _worker["nlp"], _worker["extractor"]
    try:
        return [Analysed(a.document, a.events, a.skipped, a.note) for a in analyze(documents, nlp=nlp,
                                                                                   extractor=extractor)]
    except Exception:  # one text that breaks extraction must not end the batch: find which
        results = []
        for document in documents:
            try:
                (a,) = list(analyze([document], nlp=nlp, extractor=extractor))
                results.append(Analysed(document, a.events, a.skipped, a.note))
            except Exception as exc:
                results.append(Analysed(document, error=f"extraction failed ({type(exc).__name__}: {exc})"[:300]))
        return results


# Native thread pools (OpenMP, BLAS) in each worker would fight the other
# workers for the same cores.
_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


class Pool:
    """Worker processes holding the pipeline; `analyse` keeps input order."""

    def __init__(self, workers: int, extractor: EventExtractor | None = None, *, batch_size: int = 8) -> None:
        self.workers = workers
        self.batch_size = batch_size
        for name in _ONE_THREAD:  # inherited by the workers, started as documents come
            os.environ.setdefault(name, "1")
        context = multiprocessing.get_context("spawn")  # no fork of a process holding threads or a database
        self.executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                            initargs=(extractor_settings(extractor),))

    def analyse(self, documents: Iterable[Document]) -> Iterator[Analysed]:
        """Each document's analysis, in input order. Texts to parse go to the
        workers `batch_size` at a time (spaCy parses a batch faster than its
        texts one by one); a text the relevance pass refuses waits behind the
        batch it came after."""
        from .ledger import skip_reason

        # Groups in input order: a batch sent to the workers (its future and
        # the analyses of refused texts that came after its last text).
        queue: deque[tuple[Future | None, list[Analysed]]] = deque()
        batch: list[Document] = []
        after: list[Analysed] = []
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for document in documents:
            reason = skip_reason(document)
            if reason is not None:
                (after if batch else _last(queue)).append(Analysed(document, skipped=reason))
            else:
                if after:
                    queue.append((self.executor.submit(_analyse, batch), after))
                    batch, after = [], []
                batch.append(document)
                if len(batch) >= self.batch_size:
                    queue.append((self.executor.submit(_analyse, batch), after))
                    batch, after = [], []
            while len(queue) > limit or (queue and (queue[0][0] is None or queue[0][0].done())):
                yield from _results(queue.popleft())
        if batch:
            queue.append((self.executor.submit(_analyse, batch), after))
        while queue:
            yield from _results(queue.popleft())

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _last(queue: deque) -> list[Analysed]:
    """Where a refused text goes when no batch is open: after the last group
    sent, or in a group of its own."""
    if not queue:
        queue.append((None, []))
    return queue[-1][1]


def analyse_in_workers(run, documents: Iterator[Document], extractor: EventExtractor | None, workers: int) -> None:
    """Analyse `documents` in `workers` processes and hand each analysis, in
    input order, to the ingest run (`ledger._Run`) that stores it. If the
    pool fails, the documents in flight are recovered by the run and the rest
    of `documents` is left for the caller to analyse in its own process."""
    with Pool(workers, extractor) as pool:
        try:
            for analysed in pool.analyse(run.track(documents)):
                if analysed.error:
                    run.fail(analysed.document, analysed.error)
                else:
                    run.keep(analysed)
        except ArmsledgerError:
            raise
        except Exception as exc:  # a worker died (BrokenProcessPool), or worse: the rest is done in-process
            run.recover(exc)


def _results(group: tuple[Future | None, list[Analysed]]) -> Iterator[Analysed]:
    future, after = group
    if future is not None:
        yield from future.result()
    yield from after
