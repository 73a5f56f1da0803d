"""When an event took place: the time expressions the nlp stage resolved,
chosen by their place in the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..model import Granularity, TimeRef
from ..nlp.attribution import Attributor
from ..nlp.pipeline import sentence_of
from ..nlp.times import TIMES_KEY
from .findings import Candidate
from .syntax import in_dateline, path_length, time_governor


def event_time(doc: Doc, scope: set[int], trigger: Token, below: list[Candidate], attributor: Attributor, *,
               announced: bool = True) -> TimeRef | None:
    """When the event took place: a time among its arguments, the nearest
    first; for an announcement (an approval, a visit), the dateline."""
    anchors = {trigger.i, *(c.token.i for c in below)}
    best: tuple[int, Span] | None = None
    dateline: Span | None = None
    for span in doc.spans[TIMES_KEY]:
        if not span._.time.get("start"):
            continue
        if in_dateline(span):
            # The dateline dates the announcement the sentence makes.
            if sentence_of(span.root).start == sentence_of(trigger).start:
                dateline = span
            continue
        if span.start not in scope:
            continue
        distance = path_length(span.root, anchors)
        if distance is None:
            continue
        if best is None or distance < best[0]:
            best = (distance, span)
    if best is None:
        # A time on a verb above the trigger in the same clause: "delivered
        # the certification notifying Congress of this sale today".
        ancestors = []
        token = trigger
        while token.head.i != token.i and token.dep_ not in {"ccomp", "advcl", "relcl", "parataxis"}:
            token = token.head
            if attributor.is_reporting(token):
                break
            ancestors.append(token.i)
        for span in doc.spans[TIMES_KEY]:
            if span._.time.get("start") and not in_dateline(span) and time_governor(span).i in ancestors:
                best = (0, span)
                break
    if best is None and dateline is not None and announced:
        best = (0, dateline)
    if best is None:
        return None
    return _time_ref(best[1])


def reported_time(doc: Doc, trigger: Token) -> TimeRef | None:
    """The time on a verb above the trigger: "On Friday, the Pentagon said it notified Congress"."""
    ancestors = {a.i for a in trigger.ancestors}
    for span in doc.spans[TIMES_KEY]:
        info = span._.time
        head = time_governor(span)
        if info.get("start") and not in_dateline(span) and head.i in ancestors \
                and head.pos_ in {"VERB", "AUX"}:
            return _time_ref(span)
    return None


def _time_ref(span: Span) -> TimeRef:
    info = span._.time
    return TimeRef(text=info["text"], start=info["start"], end=info.get("end"),
                   granularity=Granularity(info["granularity"]))
