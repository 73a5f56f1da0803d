"""The Python API: analyze documents, ingest sources into a store.

    from armsledger import ingest, open_store
    store = open_store("ledger.db")
    report = ingest(["examples/manifest.jsonl"], store)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from .errors import InputError
from .extract.events import EventExtractor, Finding
from .ingest import iter_documents
from .model import Document, Event
from .nlp import make_doc, shared_nlp
from .nlp.systems import DESIGNATION_RE
from .store import Store

# A text with none of these words is not about arms or defense: it is stored
# but never parsed, which is most of a general news feed.
_RELEVANT = re.compile(
    r"\b(?:arms|weapons?|weaponry|missiles?|defen[cs]e|military|army|navy|air force|fighter|jets?|"
    r"warplanes?|aircraft|helicopters?|tanks?|drones?|munitions?|artillery|submarines?|frigates?|"
    r"warships?|rockets?|howitzers?|armou?red|air-defen[cs]e|sale|embargo)\b",
    re.IGNORECASE,
)


def is_relevant(text: str) -> bool:
    """Whether a text may report arms transfers or defense cooperation."""
    return bool(_RELEVANT.search(text) or DESIGNATION_RE.search(text))


@dataclass(slots=True)
class Analysis:
    document: Document
    findings: list[Finding]
    skipped: str | None = None

    @property
    def events(self) -> list[Event]:
        return [f.event for f in self.findings if f.event is not None]


def analyze(documents: Iterable[Document], *, nlp: Language | None = None,
            extractor: EventExtractor | None = None, batch_size: int = 8) -> Iterator[Analysis]:
    """Each document with the events found in it, in input order."""
    nlp = nlp or shared_nlp()
    extractor = extractor or EventExtractor()

    def docs() -> Iterator[tuple[object, Document]]:
        for document in documents:
            yield make_doc(nlp, document.text, published=document.published), document

    pending: list[tuple[object, Document]] = []
    for doc, document in docs():
        reason = skip_reason(document)
        if reason:
            pending.append((None, document))
            if len(pending) >= batch_size:
                yield from _flush(nlp, extractor, pending, batch_size)
                pending = []
            continue
        pending.append((doc, document))
        if len(pending) >= batch_size:
            yield from _flush(nlp, extractor, pending, batch_size)
            pending = []
    yield from _flush(nlp, extractor, pending, batch_size)


def skip_reason(document: Document) -> str | None:
    if document.language not in (None, "en"):
        return f"language '{document.language}' is not English; stored without extraction"
    if not is_relevant(document.text):
        return "not about arms or defense; stored without parsing"
    return None


def _flush(nlp: Language, extractor: EventExtractor, pending: list, batch_size: int) -> Iterator[Analysis]:
    to_parse = [(doc, document) for doc, document in pending if doc is not None]
    parsed = {
        id(document): doc
        for doc, document in nlp.pipe(to_parse, as_tuples=True, batch_size=batch_size)
    }
    for doc, document in pending:
        if doc is None:
            yield Analysis(document, [], skipped=skip_reason(document))
        else:
            yield Analysis(document, extractor.extract(parsed[id(document)], document))


@dataclass(slots=True)
class IngestReport:
    ingested: int = 0
    duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    deals: int = 0


def ingest(sources: list[str], store: Store, *, published: str | None = None, outlet: str | None = None,
           on_item: Callable[[str, str], None] | None = None) -> IngestReport:
    """Read sources, extract events and store each document with its events
    in one transaction; then refresh the deals. Bad inputs are reported, not
    raised, and never stop the batch."""
    report = IngestReport()

    def notify(kind: str, detail: str) -> None:
        if on_item is not None:
            on_item(kind, detail)

    def fresh_documents() -> Iterator[Document]:
        seen: set[str] = set()
        for item in iter_documents(sources, published=published, outlet=outlet):
            if isinstance(item, InputError):
                report.failed.append((item.source, item.reason))
                notify("failed", str(item))
                continue
            if item.id in seen or store.has_document(item.id):
                report.duplicates += 1
                notify("duplicate", item.source or item.id)
                continue
            seen.add(item.id)
            yield item

    for analysis in analyze(fresh_documents()):
        document = analysis.document
        status = "skipped" if analysis.skipped else "extracted"
        store.add_document(document, analysis.events, status=status, note=analysis.skipped)
        if analysis.skipped:
            report.skipped.append((document.source or document.id, analysis.skipped))
            notify("skipped", f"{document.source}: {analysis.skipped}")
        else:
            report.ingested += 1
            report.events += len(analysis.events)
            notify("ingested", document.source or document.id)
    report.deals = store.refresh_deals()
    return report
