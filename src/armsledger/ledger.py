"""The Python API: analyze documents, ingest sources into a store.

    from armsledger import ingest, open_store
    store = open_store("ledger.db")
    report = ingest(["examples/manifest.jsonl"], store)
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from spacy.language import Language

from .dedupe import DedupeConfig, Fingerprint, Match, day_number, fingerprint
from .errors import ArmsledgerError, InputError, StoreError
from .extract.events import EventExtractor, Finding
from .ingest import IngestConfig, iter_items
from .ingest.items import FeedPoll, Item, Notice
from .model import Document, Event
from .nlp import make_doc, shared_nlp
from .nlp.relevance import shared_filter
from .nlp.windows import MAX_ANALYSED_CHARS, WINDOW_CHARS, plan_windows
from .parallel import analyse_in_workers
from .refresh import refresh_deals
from .store import Store


def is_relevant(text: str) -> bool:
    """Whether a text may report arms transfers or defense cooperation: the
    relevance pass of `nlp.relevance`, run before any parsing."""
    return shared_filter().is_relevant(text)


@dataclass(slots=True)
class Analysis:
    document: Document
    findings: list[Finding]
    skipped: str | None = None
    # Why less than the whole text was analysed, when it was.
    note: str | None = None
    # Its near-duplicate fingerprint, when the analysis computed it (a worker
    # process does, so that the writer need not).
    fingerprint: Fingerprint | None = None

    @property
    def events(self) -> list[Event]:
        return [f.event for f in self.findings if f.event is not None]


def analyze(documents: Iterable[Document], *, nlp: Language | None = None,
            extractor: EventExtractor | None = None, batch_size: int = 8,
            max_chars: int | None = None, prefilter: bool = True) -> Iterator[Analysis]:
    """Each document with the events found in it, in input order. A text
    longer than one window is analysed window by window, up to `max_chars`
    (MAX_ANALYSED_CHARS by default). With `prefilter` (the default), texts
    and windows with no arms vocabulary are never parsed."""
    max_chars = MAX_ANALYSED_CHARS if max_chars is None else max_chars

    # Skipped documents are never tokenized: most of a general feed is
    # skipped. The model is loaded at the first text to parse, so that a batch
    # with none (or whose texts were all parsed in worker processes) loads none.
    pending: list[tuple[object, Document, str | None]] = []
    for document in documents:
        reason = skip_reason(document, prefilter=prefilter)
        if reason is None and (nlp is None or extractor is None):
            nlp, extractor = nlp or shared_nlp(), extractor or EventExtractor()
        if reason is None and len(document.text) > WINDOW_CHARS:
            yield from _flush(nlp, extractor, pending, batch_size)
            pending = []
            yield _analyze_long(nlp, extractor, document, batch_size=batch_size, max_chars=max_chars,
                                prefilter=prefilter)
            continue
        doc = None if reason else make_doc(nlp, document.text, published=document.published,
                                           outlet=document.outlet)
        pending.append((doc, document, reason))
        if len(pending) >= batch_size:
            yield from _flush(nlp, extractor, pending, batch_size)
            pending = []
    yield from _flush(nlp, extractor, pending, batch_size)


def skip_reason(document: Document, *, prefilter: bool = True) -> str | None:
    if document.language not in (None, "en"):
        return f"language '{document.language}' is not English; stored without extraction"
    if prefilter and not is_relevant(document.text):
        return "not about arms or defense; stored without parsing"
    return None


def _flush(nlp: Language | None, extractor: EventExtractor | None, pending: list,
           batch_size: int) -> Iterator[Analysis]:
    """The analyses of `pending`; `nlp` and `extractor` are None only when none is to be parsed."""
    to_parse = [(doc, document) for doc, document, _ in pending if doc is not None]
    parsed = {
        id(document): doc
        for doc, document in (nlp.pipe(to_parse, as_tuples=True, batch_size=batch_size) if to_parse else ())
    }
    for doc, document, reason in pending:
        if doc is None:
            yield Analysis(document, [], skipped=reason)
        else:
            yield Analysis(document, extractor.extract(parsed[id(document)], document))


def _analyze_long(nlp: Language, extractor: EventExtractor, document: Document, *, batch_size: int,
                  max_chars: int, prefilter: bool = True) -> Analysis:
    """A long text, one paragraph window at a time, its offsets shifted back
    into the whole text. What the extractor settles across sentences (the
    deal a text is about) is settled within each window; windows with no arms
    vocabulary are not parsed."""
    plan = plan_windows(document.text, limit=max_chars)
    windows = shared_filter().windows(document.text, plan.windows) if prefilter else plan.windows
    pieces = ((make_doc(nlp, document.text[w.start:w.end], published=document.published, outlet=document.outlet),
               w.start)
              for w in windows)
    findings: list[Finding] = []
    shifted: set[int] = set()
    for doc, offset in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
        for finding in extractor.extract(doc, document):
            findings.append(finding)
            for event in [finding.event, *(s.event for s in finding.siblings)]:
                for evidence in [event.evidence, *event.mentions] if event is not None else []:
                    if id(evidence) not in shifted:  # an Evidence may be shared by events
                        shifted.add(id(evidence))
                        evidence.start += offset
                        evidence.end += offset
    return Analysis(document, findings, note=plan.note())


class Outcomes:
    """(source, reason) pairs of a batch: every one counted by reason, only
    the first `KEPT` kept, so that a batch of millions of skipped texts (a
    general news feed) does not hold a line for each."""

    KEPT = 1000

    def __init__(self) -> None:
        self.kept: list[tuple[str, str]] = []
        self.total = 0
        self.reasons: Counter[str] = Counter()

    def append(self, entry: tuple[str, str]) -> None:
        self.total += 1
        self.reasons[entry[1]] += 1
        if len(self.kept) < self.KEPT:
            self.kept.append(entry)

    def by_reason(self) -> Counter[str]:
        """How many had each reason, over the whole batch."""
        return self.reasons

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.kept)

    def __getitem__(self, index: int) -> tuple[str, str]:
        return self.kept[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Outcomes | list):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Outcomes({self.total} entries, by reason {dict(self.reasons)})"


@dataclass(slots=True)
class IngestReport:
    """What a batch did: `ingested` documents were stored and extracted,
    `copies` of them are syndicated copies of an earlier document,
    `duplicates` were already in the ledger (same text, or a source already
    read); `skipped` were stored without extraction or deliberately not
    read, `failed` could not be read; each with its reason (`Outcomes`:
    counted whole, the first thousand listed)."""

    ingested: int = 0
    copies: int = 0
    duplicates: int = 0
    skipped: Outcomes = field(default_factory=Outcomes)
    failed: Outcomes = field(default_factory=Outcomes)
    # Ingested, but not wholly analysed (too long), with why.
    notes: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    deals: int = 0
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        """Inputs handled, whatever became of them."""
        return self.ingested + self.duplicates + len(self.skipped) + len(self.failed)

    @property
    def rate(self) -> float:
        """Documents per second."""
        return self.documents / self.seconds if self.seconds > 0 else 0.0


def ingest(sources: list[str], store: Store, *, published: str | None = None, outlet: str | None = None,
           config: IngestConfig | None = None, dedupe: DedupeConfig | None = None,
           stdin: IO[bytes] | None = None, on_item: Callable[[str, str], None] | None = None,
           extractor: EventExtractor | None = None, workers: int = 1) -> IngestReport:
    """Read sources, extract events and store each document with its events
    and its place among syndicated copies in one transaction; then refresh
    the deals. Bad inputs are reported, not raised, and never stop the
    batch; a re-run after a crash skips what was stored and does the rest.
    With `workers` > 1, parsing and extraction run in that many processes
    (`parallel.analyse_in_workers`); this process still stores every document,
    in order."""
    started = time.monotonic()
    report = IngestReport()
    run = _Run(store, report, dedupe or DedupeConfig(), on_item, extractor)
    items = iter_items(sources, published=published, outlet=outlet, config=config, state=store, stdin=stdin)
    fresh = run.fresh_documents(items)
    if workers > 1:  # what the workers leave undone (if they fail) is done below, in this process
        analyse_in_workers(run, fresh, extractor, workers)
    while True:
        try:
            for analysis in analyze(run.track(fresh), extractor=extractor):
                run.keep(analysis)
            break
        except ArmsledgerError:
            raise
        except Exception as exc:  # one text that breaks extraction must not end the batch
            run.recover(exc)
    run.save_polls(final=True)
    # Even when nothing new was stored: a crash may have come between the
    # last document and this.
    report.deals = refresh_deals(store)
    report.seconds = time.monotonic() - started
    return report


class _Run:
    """The bookkeeping of one ingest batch."""

    def __init__(self, store: Store, report: IngestReport, config: DedupeConfig,
                 on_item: Callable[[str, str], None] | None, extractor: EventExtractor | None = None) -> None:
        self.store = store
        self.extractor = extractor
        self.report = report
        self.config = config
        self.on_item = on_item
        # Near-duplicates: a document is placed when it is stored, in input
        # order, so every earlier document of the batch is in the store by
        # then: one query of the stored index per document, nothing held here
        # but the ids read and not yet stored (`reading`), so that memory does
        # not grow with the batch.
        self.stored_index = store.near_duplicate_index(config)
        self.reading: set[str] = set()
        self.inflight: dict[str, Document] = {}
        self.pending_copies: dict[str, list[Document]] = {}
        self.polls: list[tuple[int, FeedPoll]] = []
        self.handed = 0
        self.stored = 0

    def notify(self, kind: str, detail: str) -> None:
        if self.on_item is not None:
            self.on_item(kind, detail)

    def fresh_documents(self, items: Iterator[Item]) -> Iterator[Document]:
        report, store = self.report, self.store
        for item in items:
            if isinstance(item, InputError):
                report.failed.append((item.source, item.reason))
                self.notify("failed", str(item))
            elif isinstance(item, Notice):
                if item.kind == "known":
                    report.duplicates += 1
                    self.notify("duplicate", item.source)
                else:
                    report.skipped.append((item.source, item.reason))
                    self.notify("skipped", str(item))
            elif isinstance(item, FeedPoll):
                self.polls.append((self.handed, item))
                self.save_polls()
            elif item.id in self.reading or store.has_document(item.id):
                report.duplicates += 1
                if item.id in self.reading:
                    self.pending_copies.setdefault(item.id, []).append(item)
                else:
                    store.add_copy(item.id, item)
                self.notify("duplicate", item.source or item.id)
            else:
                self.reading.add(item.id)
                self.handed += 1
                yield item

    def place(self, document: Document, print_: Fingerprint | None) -> tuple[Fingerprint, Match | None]:
        """The document's fingerprint and the stored document it copies (every
        document read before it is stored by now)."""
        if print_ is None:
            print_ = fingerprint(document.text, self.config)
        return print_, self.stored_index.match(print_, day=day_number(document.published))

    def track(self, documents: Iterator[Document]) -> Iterator[Document]:
        # A for loop, not `yield from`: when analyze fails, closing this
        # generator must leave `documents` open for the rest of the batch.
        for document in documents:
            self.inflight[document.id] = document
            yield document

    def keep(self, analysis: Analysis) -> None:
        document = analysis.document
        # Discarded: a verbatim copy read after this is stored is then added as
        # a copy at once, not held for a document that will not come again.
        self.reading.discard(document.id)
        print_, match = self.place(document, analysis.fingerprint)
        status = "skipped" if analysis.skipped else "extracted"
        self.inflight.pop(document.id, None)
        try:
            added = self.store.add_document(document, analysis.events, status=status,
                                            note=analysis.skipped or analysis.note, fingerprint=print_, match=match)
        except StoreError as exc:  # one document the database refuses must not end the batch
            self._forget(document)
            self.pending_copies.pop(document.id, None)
            source = document.source or document.id
            self.report.failed.append((source, str(exc).removeprefix(f"{source}: ")))
            self.notify("failed", str(exc))
            return
        self.stored += 1
        if added:
            self.stored_index.remember(document.id, print_, str(match.cluster) if match else document.id)
        for copy in self.pending_copies.pop(document.id, []):
            self.store.add_copy(document.id, copy)
        if not added:  # a concurrent ingest stored it first
            self.report.duplicates += 1
            self.notify("duplicate", document.source or document.id)
            self.save_polls()
            return
        report = self.report
        if match is not None:
            report.copies += 1
        if analysis.skipped:
            report.skipped.append((document.source or document.id, analysis.skipped))
            self.notify("skipped", f"{document.source}: {analysis.skipped}")
        else:
            report.ingested += 1
            report.events += len(analysis.events)
            if analysis.note:
                report.notes.append((document.source or document.id, analysis.note))
                self.notify("note", f"{document.source or document.id}: {analysis.note}")
            copy = f" (a copy of {str(match.key)[:12]})" if match is not None else ""
            self.notify("ingested", f"{document.source or document.id}{copy}")
        self.save_polls()

    def recover(self, exc: Exception) -> None:
        """Extraction failed somewhere in the documents in flight: take them
        one at a time, so only the one that breaks it is reported."""
        for document in list(self.inflight.values()):
            try:
                (analysis,) = list(analyze([document], extractor=self.extractor))
            except Exception as one:
                self.fail(document, f"extraction failed ({type(one).__name__}: {one})"[:300])
                continue
            self.keep(analysis)

    def fail(self, document: Document, reason: str) -> None:
        """Report a document whose extraction failed; it is not stored."""
        self.inflight.pop(document.id, None)
        self._forget(document)
        self.report.failed.append((document.source or document.id, reason))
        self.notify("failed", f"{document.source or document.id}: {reason.split(':')[0]})")

    def _forget(self, document: Document) -> None:
        """Take a document that was not stored out of those being read."""
        self.reading.discard(document.id)

    def save_polls(self, *, final: bool = False) -> None:
        """Remember a feed's validators once every item read before them is stored."""
        while self.polls and (final or self.polls[0][0] <= self.stored):
            _, poll = self.polls.pop(0)
            if poll.complete:
                self.store.save_feed_poll(poll.url, poll.etag, poll.last_modified)
