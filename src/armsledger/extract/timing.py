"""When an event took place: the time expressions the nlp stage resolved,
chosen by their place in the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..catalog import words
from ..model import Granularity, TimeRef
from ..nlp.attribution import Attributor
from ..nlp.pipeline import sentence_of
from ..nlp.times import TIMES_KEY
from .findings import Candidate
from .syntax import forward, in_dateline, path_length, time_governor

# How far below the trigger's clause a time may hang and still date it.
CLAUSE_TIME_REACH = 5
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "conj", "xcomp"}
BOUND_PREPS = words("bound_preps")


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
        if span.start not in scope or _dates_another_act(span, attributor):
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
        while token.head.i != token.i and (token.dep_ not in {"ccomp", "advcl", "relcl", "parataxis"}
                                           or _marks_occasion(token)):
            token = token.head
            if attributor.is_reporting(token):
                break
            ancestors.append(token.i)
        # Or a time hanging off that clause's own words: "a ceremony held
        # today ... commemorated the delivery", "conducted a transfer
        # ceremony ... in Caldera, Oct. 13".
        for span in doc.spans[TIMES_KEY]:
            if not span._.time.get("start") or in_dateline(span) or _dates_another_act(span, attributor):
                continue
            distance = _path_within_clause(span.root, {trigger.i, *ancestors}, trigger)
            if distance is not None and distance <= CLAUSE_TIME_REACH and (best is None or distance < best[0]):
                best = (distance, span)
    if best is None and dateline is not None and announced:
        best = (0, dateline)
    if best is None:
        return None
    return _time_ref(best[1])


def planned_time(doc: Doc, time: TimeRef | None, anchors: set[int]) -> TimeRef | None:
    """A planned step's time lies ahead of the report: "will deliver in
    October" is the coming October. A time behind the report ("told
    reporters Tuesday Moscow will send") dates the telling, not the step."""
    if time is None:
        return None
    time = forward(doc, time, anchors)
    published = doc._.published or ""
    common = min(len(time.start), len(published))
    if not common or time.start[:common] > published[:common]:
        return time
    if time.start[:common] == published[:common] and time.granularity != Granularity.DAY:
        return time  # "later in 2021", told in 2021
    return None


def _dates_another_act(span: Span, attributor: Attributor) -> bool:
    """A time that dates the telling or what the event preceded, never the event."""
    return _dates_telling(span, attributor) or _only_bounds(span)


def _only_bounds(span: Span) -> bool:
    """ "jets acquired before the 1979 revolution": a time after "before"
    says what the event preceded, not when it was."""
    token = span.root
    for _ in range(3):
        if token.pos_ == "ADP" or token.head.i == token.i:
            break
        token = token.head
    return token.lower_ in BOUND_PREPS or (span.start > 0 and span.doc[span.start - 1].lower_ in BOUND_PREPS)


def _dates_telling(span: Span, attributor: Attributor) -> bool:
    """ "said Tuesday Iraq has made a payment", "told reporters Tuesday
    Moscow will send": the parser often hangs the day on the reported
    clause; it dates the telling."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return attributor.is_reporting(before) or (before.dep_ in {"dobj", "dative"} and attributor.is_reporting(before.head))


def _path_within_clause(token: Token, anchors: set[int], trigger: Token) -> int | None:
    """Steps up from a time to the anchors, none through another clause's
    verb ("cancel ... because Russia told DOD in late 2010") but the one
    describing the trigger ("the agreement they announced yesterday")."""
    steps = 0
    while token.i not in anchors:
        if token.head.i == token.i:
            return None
        if token.dep_ in CLAUSE_DEPS and token.pos_ in {"VERB", "AUX"} \
                and not (token.dep_ == "relcl" and token.head.i == trigger.i):
            return None
        token = token.head
        steps += 1
    return steps


def _marks_occasion(token: Token) -> bool:
    """A participle saying what an occasion was for dates with it: "attended
    a ceremony Nov. 20, marking the delivery"."""
    return token.dep_ == "advcl" and token.tag_ == "VBG"


def reported_time(doc: Doc, trigger: Token, attributor: Attributor) -> TimeRef | None:
    """The time on the verb that reports the trigger's clause, above it ("On
    Friday, the Pentagon said it notified Congress") or beside it ("Iran has
    finalised a contract ..., its mission said on Friday")."""
    ancestors = {a.i for a in trigger.ancestors}
    ancestors |= {c.i for c in trigger.children if c.dep_ in {"advcl", "parataxis"} and attributor.is_reporting(c)}
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
