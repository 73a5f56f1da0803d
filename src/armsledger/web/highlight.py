"""Text with its recognized parts marked, as displaCy draws entities.

Every piece of text is escaped before it is wrapped; markup comes only from
the fixed templates below, so an article that contains `<script>` shows it
as text. Marks come from two places: an event record (its trigger, systems,
time, sources and parties, located in its evidence sentence) and a fresh
annotation of the whole document by the nlp pipeline (`annotate`).
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from ..nlp.windows import plan_windows
from .names import country_name, party_pattern

# A page is drawn while its reader waits: its highlights stop sooner than the
# analysis does (a few seconds of pipeline; event triggers are marked throughout).
HIGHLIGHT_CHARS = 50_000

# When two marks overlap, the lower rank wins; then the longer one.
RANK = {"trigger": 0, "system": 1, "party": 2, "state": 2, "organization": 2, "institution": 3,
        "company": 3, "person": 3, "outlet": 3, "source": 4, "time": 4}


@dataclass(slots=True, frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    label: str
    title: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "label": self.label,
                "title": self.title}


def resolve(marks: Iterable[Mark]) -> list[Mark]:
    """Non-overlapping marks in text order, the strongest kept where they clash."""
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (RANK.get(m.kind, 9), m.start - m.end, m.start)):
        if mark.end <= mark.start:
            continue
        if all(mark.end <= k.start or mark.start >= k.end for k in kept):
            kept.append(mark)
    return sorted(kept, key=lambda m: m.start)


def render(text: str, marks: Iterable[Mark], *, offset: int = 0) -> Markup:
    """`text` escaped, with `marks` (offsets relative to `offset`) wrapped."""
    out: list[str] = []
    position = 0
    for mark in resolve(marks):
        start, end = mark.start - offset, mark.end - offset
        if start < position or end > len(text):
            continue
        # Every piece escaped, joined by hand: Markup.format is ten times slower.
        out.append(escape(text[position:start]))
        out.append(f'<mark class="hl hl-{escape(mark.kind)}" title="{escape(mark.title)}">'
                   f'{escape(text[start:end])}<span class="hl-label" aria-hidden="true">{escape(mark.label)}</span></mark>')
        position = end
    out.append(escape(text[position:]))
    return Markup("".join(out))


def _find(haystack: str, needle: str | None, *, words: bool = True, start: int = 0) -> tuple[int, int] | None:
    if not needle:
        return None
    pattern = re.escape(needle)
    if words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    found = re.compile(pattern, re.IGNORECASE).search(haystack, start)
    return (found.start(), found.end()) if found else None


def event_marks(event: dict[str, Any]) -> list[Mark]:
    """Marks for an event record, relative to its evidence sentence: the
    trigger, systems, time, sources, participants and the parties' names."""
    evidence = event.get("evidence") or {}
    sentence = evidence.get("sentence") or ""
    marks: list[Mark] = []
    where = _find(sentence, evidence.get("trigger"))
    if where:
        what = f"{event.get('type')} {str(event.get('modality', '')).lower()}"
        marks.append(Mark(*where, kind="trigger", label=str(event.get("type", "")),
                          title=f"{what} · rule {event.get('rule', '')}"))
    for system in event.get("systems") or []:
        where = _find(sentence, system.get("text"), words=False)
        if where:
            marks.append(Mark(*where, kind="system", label=system.get("family") or "system",
                              title=system.get("category") or "weapon system"))
    time = event.get("time") or {}
    where = _find(sentence, time.get("text"), words=False)
    if where:
        marks.append(Mark(*where, kind="time", label=time.get("start") or "?",
                          title=f"time, {time.get('granularity') or 'unknown'} granularity"))
    for source in event.get("attribution") or []:
        where = _find(sentence, source.get("text"), words=False)
        if where:
            label = source.get("id") or source.get("country") or source.get("kind", "")
            marks.append(Mark(*where, kind="source", label=label, title=f"source ({source.get('kind')})"))
    for person in event.get("participants") or []:
        where = _find(sentence, person.get("text"), words=False)
        if where:
            marks.append(Mark(*where, kind="person", label=person.get("country") or "person",
                              title=person.get("role") or "participant"))
    roles = {event.get("supplier"): "supplier", event.get("recipient"): "recipient"}
    for code in {c for c in [event.get("supplier"), event.get("recipient"), *(event.get("parties") or [])] if c}:
        pattern = party_pattern(code)
        if pattern is None:
            continue
        role = roles.get(code, "party")
        for found in pattern.finditer(sentence):
            marks.append(Mark(found.start(), found.end(), kind="party", label=code,
                              title=f"{role}: {country_name(code)}"))
    return marks


def evidence_html(event: dict[str, Any]) -> Markup:
    """An event's evidence sentence, escaped, with its parts marked."""
    sentence = (event.get("evidence") or {}).get("sentence") or ""
    return render(sentence, event_marks(event))


def document_html(text: str, events: list[dict[str, Any]], annotations: list[Mark]) -> Markup:
    """A document's text with each evidence sentence wrapped and anchored
    (`#ev-<event id>`), triggers marked, and the annotations marked."""
    ranges: list[list[Any]] = []  # [start, end, [events]] merged where they overlap
    for event in sorted(events, key=lambda e: (e["evidence"]["start"], e["evidence"]["end"])):
        start, end = event["evidence"]["start"], event["evidence"]["end"]
        if not (0 <= start < end <= len(text)):
            continue
        if ranges and start < ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], end)
            ranges[-1][2].append(event)
        else:
            ranges.append([start, end, [event]])
    triggers = []
    for _, _, members in ranges:
        for event in members:
            ev = event["evidence"]
            where = _find(text[:ev["end"]], ev.get("trigger"), start=ev["start"])
            if where:
                triggers.append(Mark(*where, kind="trigger", label=str(event["type"]),
                                     title=f"{event['type']} {str(event['modality']).lower()} · rule {event.get('rule', '')}"))
    marks = [*triggers, *annotations]
    out: list[str] = []
    position = 0

    def inside(a: int, b: int) -> list[Mark]:
        return [m for m in marks if a <= m.start and m.end <= b]

    for start, end, members in ranges:
        out.append(render(text[position:start], inside(position, start), offset=position))
        anchors = "".join(str(Markup('<span class="anchor" id="ev-{}"></span>').format(e["id"])) for e in members)
        summary = "; ".join(
            f"{e['type']} {str(e['modality']).lower()} {e.get('supplier') or '?'}→{e.get('recipient') or '?'}"
            for e in members)
        out.append(anchors)
        out.append(Markup('<span class="evidence" title="{}">').format(summary))
        out.append(render(text[start:end], inside(start, end), offset=start))
        out.append(Markup("</span>"))
        position = end
    out.append(render(text[position:], inside(position, len(text)), offset=position))
    return Markup("".join(out))


class Annotator:
    """Runs the nlp pipeline over a document to find its systems, actors and
    times; one document at a time (a lock, as the pipeline is shared), the
    results of the last few hundred kept. Fails soft: with no pipeline the
    page shows the events' own marks only."""

    def __init__(self, *, enabled: bool = True, cache_size: int = 256) -> None:
        self.enabled = enabled
        self.error: str | None = None if enabled else "annotation is switched off (--no-annotate)"
        self._nlp: Any = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, list[Mark]] = OrderedDict()
        self._notes: dict[str, str | None] = {}
        self._cache_size = cache_size

    def _pipeline(self) -> Any:
        if self._nlp is None and self.error is None:
            try:
                from ..nlp import shared_nlp

                self._nlp = shared_nlp()
            except Exception as exc:  # any failure to load only costs the highlighting
                self.error = f"the nlp pipeline could not be loaded: {exc}"
        return self._nlp

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    def warm(self) -> None:
        """Load the pipeline now rather than on the first document page."""
        if self.enabled:
            with self._lock:
                self._pipeline()

    def annotate(self, doc_id: str, text: str, published: str | None, outlet: str | None = None) -> list[Mark]:
        if not self.enabled:
            return []
        with self._lock:
            if doc_id in self._cache:
                self._cache.move_to_end(doc_id)
                return self._cache[doc_id]
            nlp = self._pipeline()
            if nlp is None:
                return []
            try:
                marks = annotate(nlp, text, published, outlet=outlet)
                note = None
            except Exception as exc:  # a pipeline bug must not take the page down
                marks = []
                note = f"annotation failed: {exc.__class__.__name__}: {exc}"
            plan = plan_windows(text, limit=HIGHLIGHT_CHARS)
            if plan.truncated:
                note = f"highlights cover the first {plan.analysed:,} of {plan.length:,} characters"
            # Kept per document: one document's failure says nothing of the next.
            self._notes[doc_id] = note
            self._cache[doc_id] = marks
            if len(self._cache) > self._cache_size:
                evicted, _ = self._cache.popitem(last=False)
                self._notes.pop(evicted, None)
            return marks

    def note(self, doc_id: str) -> str | None:
        """Why a document's highlights are missing or partial, if they are."""
        return self.error or self._notes.get(doc_id)


def annotate(nlp: Any, text: str, published: str | None, *, outlet: str | None = None) -> list[Mark]:
    """The systems, actors and times the pipeline finds in `text`, window by
    window for a long text (see nlp/windows.py), up to the analysis cap; read,
    as extraction reads it, with its outlet's home state ("the Navy" in a
    navy.mil story is the U.S. Navy)."""
    from ..nlp import make_doc

    marks: list[Mark] = []
    pieces = ((make_doc(nlp, text[w.start:w.end], published=published, outlet=outlet), w.start)
              for w in plan_windows(text, limit=HIGHLIGHT_CHARS).windows)
    for doc, offset in nlp.pipe(pieces, as_tuples=True):
        marks.extend(dataclasses.replace(m, start=m.start + offset, end=m.end + offset) for m in _marks(doc))
    return marks


def _marks(doc: Any) -> list[Mark]:
    marks: list[Mark] = []
    for span in doc.spans.get("armsledger_systems", []):
        info = span._.system or {}
        marks.append(Mark(span.start_char, span.end_char, kind="system",
                          label=info.get("family") or "system", title=info.get("category") or "weapon system"))
    for span in doc.spans.get("armsledger_actors", []):
        info = span._.actor or {}
        kind = info.get("kind") or "organization"
        if kind == "state":
            label, title = info.get("id") or info.get("country") or "state", country_name(info.get("id") or info.get("country"))
        elif kind == "outlet":
            label, title = info.get("id") or "outlet", "news outlet"
        else:
            label = info.get("country") or kind
            title = ", ".join(p for p in (kind, info.get("role"), info.get("id")) if p)
        marks.append(Mark(span.start_char, span.end_char, kind=kind if kind in RANK else "organization",
                          label=label, title=title))
    for span in doc.spans.get("armsledger_times", []):
        info = span._.time or {}
        marks.append(Mark(span.start_char, span.end_char, kind="time", label=info.get("start") or "?",
                          title=f"time, {info.get('granularity') or 'unknown'} granularity"))
    return marks
