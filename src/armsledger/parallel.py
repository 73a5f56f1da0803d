"""Analysis on all the cores of one machine: `ingest --workers N`.

Worker processes parse and extract one batch of documents per task. Where
the platform can fork (Linux), this process loads the spaCy pipeline and the
extractor once and then forks the workers: they share its loaded pages copy
on write, so N workers cost neither N model loads nor N interpreter
start-ups. Elsewhere they are spawned and each loads the model itself.

This process reads the sources, runs the relevance pass (texts it refuses
never leave it), hands the rest to the workers and takes their results back
**in input order**, so that the one writer — this process, one transaction
per document — stores exactly what `--workers 1` stores, in the same order.
A worker sends back only what it found (events, a note, an error) and the
document's near-duplicate fingerprint (the writer's work taken off it: 128
integers), not the document, which stays here.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from .dedupe import DedupeConfig, Fingerprint, fingerprint
from .errors import ArmsledgerError
from .extract.events import EventExtractor
from .model import Document, Event

# Batches in flight per worker: enough to keep every worker busy while this
# process stores, few enough that memory stays bounded.
IN_FLIGHT_PER_WORKER = 4


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(slots=True)
class Found:
    """What a worker found in one document (the document itself and the
    spaCy objects behind the events stay where they are)."""

    events: list[Event] = field(default_factory=list)
    note: str | None = None
    # Why extraction failed, when it did: the document is then reported, not stored.
    error: str | None = None
    fingerprint: Fingerprint | None = None


@dataclass(slots=True)
class Analysed:
    """One document and what was found in it: what the writer stores."""

    document: Document
    events: list[Event] = field(default_factory=list)
    skipped: str | None = None
    note: str | None = None
    error: str | None = None
    fingerprint: Fingerprint | None = None


def extractor_settings(extractor: EventExtractor | None) -> dict:
    """What a spawned worker needs to build the same extractor (the catalog
    comes from the same package, or $ARMSLEDGER_CATALOG_DIR, which workers
    inherit)."""
    if extractor is None:
        return {}
    return {"min_confidence": extractor.min_confidence, "rules_only": extractor.decider is None}


# The pipeline and extractor of this process's workers: filled before the
# fork (and inherited), or by `_start_spawned_worker` in a spawned worker.
_worker: dict = {}


def _start_spawned_worker(settings: dict, parent: int) -> None:
    from .nlp import shared_nlp

    _start_worker(parent)
    _worker["nlp"] = shared_nlp()
    decider = False if settings.get("rules_only") else None
    _worker["extractor"] = EventExtractor(decider=decider, min_confidence=settings.get("min_confidence"))


def _start_worker(parent: int) -> None:
    # Ctrl-C reaches the whole process group: the writer decides what happens
    # (it stops the workers), not each worker with its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker blocked on its task queue would outlive a writer killed with
    # SIGKILL (the queue's pipe stays open in the workers): leave when it goes.
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="armsledger-orphan-watch").start()


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _analyse(documents: list[Document], config: DedupeConfig) -> list[Found]:
    from .ledger import analyze

    nlp, extractor = _worker["nlp"], _worker["extractor"]
    try:
        found = [Found(a.events, a.note) for a in analyze(documents, nlp=nlp, extractor=extractor)]
    except Exception:  # one text that breaks extraction must not end the batch: find which
        found = []
        for document in documents:
            try:
                (a,) = list(analyze([document], nlp=nlp, extractor=extractor))
                found.append(Found(a.events, a.note))
            except Exception as exc:
                found.append(Found(error=f"extraction failed ({type(exc).__name__}: {exc})"[:300]))
    for document, one in zip(documents, found, strict=True):
        if one.error is None:
            one.fingerprint = fingerprint(document.text, config)
    return found


# Native thread pools (OpenMP, BLAS) in each worker would fight the other
# workers for the same cores.
_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


class Pool:
    """Worker processes holding the pipeline; `analyse` keeps input order.
    The workers start with the first text to parse: a batch the relevance
    pass refuses entirely loads no model."""

    def __init__(self, workers: int, extractor: EventExtractor | None = None, *, batch_size: int = 8,
                 dedupe: DedupeConfig | None = None) -> None:
        self.workers = workers
        self.extractor = extractor
        self.batch_size = batch_size
        self.dedupe = dedupe or DedupeConfig()
        self.executor: ProcessPoolExecutor | None = None
        self._others: set[int] = set()

    def _start(self) -> ProcessPoolExecutor:
        from .nlp import shared_nlp

        for name in _ONE_THREAD:  # inherited by the workers
            os.environ.setdefault(name, "1")
        self._others = {p.pid for p in multiprocessing.active_children()}
        parent = os.getpid()
        if "fork" in multiprocessing.get_all_start_methods():
            # Fork rather than spawn: the model is loaded once, here, and
            # shared. Forking is safe here because the workers only analyse:
            # they never touch this process's database connection, its
            # progress display (rich's refresh thread) or its locks; with the
            # fork start method the pool forks all its workers at once, from
            # this thread, before starting its own management thread.
            _worker["nlp"] = shared_nlp()
            _worker["extractor"] = self.extractor or EventExtractor()
            context = multiprocessing.get_context("fork")
            initializer, initargs = _start_worker, (parent,)
        else:
            context = multiprocessing.get_context("spawn")
            initializer, initargs = _start_spawned_worker, (extractor_settings(self.extractor), parent)
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=initializer, initargs=initargs)

    def submit(self, documents: list[Document]) -> Future:
        if self.executor is None:
            self.executor = self._start()
        return self.executor.submit(_analyse, documents, self.dedupe)

    def analyse(self, documents: Iterable[Document]) -> Iterator[Analysed]:
        """Each document's analysis, in input order. Texts to parse go to the
        workers `batch_size` at a time (spaCy parses a batch faster than its
        texts one by one); a text the relevance pass refuses waits behind the
        batch it came after."""
        from .ledger import skip_reason

        # Groups in input order: a batch sent to the workers (its future, its
        # documents) and the analyses of refused texts that came after it.
        queue: deque[tuple[Future | None, list[Document], list[Analysed]]] = deque()
        batch: list[Document] = []
        after: list[Analysed] = []
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for document in documents:
            reason = skip_reason(document)
            if reason is not None:
                (after if batch else _last(queue)).append(Analysed(document, skipped=reason))
            else:
                if after:
                    queue.append((self.submit(batch), batch, after))
                    batch, after = [], []
                batch.append(document)
                if len(batch) >= self.batch_size:
                    queue.append((self.submit(batch), batch, []))
                    batch = []
            while len(queue) > limit or (queue and (queue[0][0] is None or queue[0][0].done())):
                yield from _results(queue.popleft())
        if batch:
            queue.append((self.submit(batch), batch, after))
        while queue:
            yield from _results(queue.popleft())

    def close(self, *, interrupted: bool = False) -> None:
        """Let the workers finish and go; when `interrupted`, end them now."""
        if self.executor is None:
            return
        if interrupted:
            for process in multiprocessing.active_children():
                if process.pid not in self._others:
                    process.terminate()
        self.executor.shutdown(wait=not interrupted, cancel_futures=True)
        _worker.clear()

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, kind, *exc) -> None:
        self.close(interrupted=kind is not None)


def _last(queue: deque) -> list[Analysed]:
    """Where a refused text goes when no batch is open: after the last group
    sent, or in a group of its own."""
    if not queue:
        queue.append((None, [], []))
    return queue[-1][2]


def analyse_in_workers(run, documents: Iterator[Document], extractor: EventExtractor | None, workers: int) -> None:
    """Analyse `documents` in `workers` processes and hand each analysis, in
    input order, to the ingest run (`ledger._Run`) that stores it. If the
    pool fails, the documents in flight are recovered by the run and the rest
    of `documents` is left for the caller to analyse in its own process."""
    with Pool(workers, extractor, dedupe=run.config) as pool:
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


def _results(group: tuple[Future | None, list[Document], list[Analysed]]) -> Iterator[Analysed]:
    future, batch, after = group
    if future is not None:
        for document, found in zip(batch, future.result(), strict=True):
            yield Analysed(document, found.events, note=found.note, error=found.error, fingerprint=found.fingerprint)
    yield from after
