"""A transfer event from a trigger in its clause: the side the trigger
takes, the roles (`roles.py`), the systems, and whether the clause states a
transfer at all; then modality, time, number and price."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..catalog import words
from ..model import Document, Event, EventType, Modality, Source, SystemRef
from ..nlp.numbers import quantity_of
from .evidence import evidence_of, rule_name
from .findings import Candidate, Finding, Focus
from .lookups import Lookups
from .restatements import dedupe_systems
from .role_context import RoleContext
from .roles import cast_roles
from .syntax import (
    RECEIVING_VERBS,
    is_topic,
    predicated_of_a_reference,
    refers_back,
    removed_from_programme,
    speaks_in_general,
)
from .systems_in_scope import itemize, system_ref, systems_in, value_in
from .timing import event_time, planned_time, reported_time

SUSPENDED_TRADE_WORDS = words("suspended_trade_words")
UNDECIDED_FRAMES = words("undecided_frames")


def transfer_finding(doc: Doc, document: Document, sent: Span, top: Candidate, below: list[Candidate],
                     scope: set[int], event_type: EventType, focus: Focus, lookups: Lookups) -> Finding:
    trigger = top.token
    side = top.entry.side or next((c.entry.side for c in below if c.entry.side), None)
    intention = top.entry.type == "INTEREST" and event_type != EventType.INTEREST
    if intention:
        side = "supplier"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in RECEIVING_VERBS:
        side = "recipient"  # "Turkey accepted delivery of the S-400"
    removal = event_type in {EventType.SUSPENSION, EventType.CANCELLATION} and removed_from_programme(trigger, below)
    if removal:
        side = "recipient"  # "suspend Turkey from the program", "Turkey's removal from ..."
    attribution = lookups.attributor.chain(trigger)
    systems = systems_in(doc, scope)
    ctx = RoleContext(doc=doc, top=top, below=below, scope=scope, event_type=event_type, focus=focus,
                      lookups=lookups, systems=systems, side=side, removal=removal,
                      anaphoric=refers_back(trigger, scope) or predicated_of_a_reference(trigger),
                      source_countries={s.get("country") for s in attribution if s["kind"] != "outlet"})
    cast_roles(ctx)
    roles, refs = ctx.roles, ctx.refs
    if any(r.family for r in refs):
        refs = [r for r in refs if r.family or r.category != "other"]
    if not refs and event_type in {EventType.SUSPENSION, EventType.RESUMPTION} and (
            {doc[i].lemma_.lower() for i in scope} & SUSPENDED_TRADE_WORDS):
        refs = [SystemRef(text="exports", id=None, family=None, category="other")]
    reason = _no_transfer(ctx, refs)
    if reason is not None:
        return Finding(sent, trigger, None, reason)
    modality = lookups.modality.read(trigger, [c.token for c in below])
    if intention and modality.modality == Modality.ASSERTED:
        # "plans to send": decided; "is considering sending": not yet.
        undecided = trigger.lemma_.lower() in UNDECIDED_FRAMES
        modality.modality = Modality.SPECULATED if undecided else Modality.PLANNED
    time = event_time(doc, scope, trigger, below, lookups.attributor, announced=event_type == EventType.APPROVAL)
    if modality.modality == Modality.PLANNED:
        time = planned_time(doc, time, {trigger.i, *(c.token.i for c in below)})
    if time is None and modality.modality == Modality.ASSERTED and trigger.tag_ in {"VBD", "VBN"}:
        # "On Friday, the Pentagon said it notified Congress": a past act
        # reported that day is dated by the report.
        time = reported_time(doc, trigger, lookups.attributor)
    event = Event(
        doc_id=document.id,
        type=event_type,
        modality=modality.modality,
        supplier=roles["supplier"],
        recipient=roles["recipient"],
        parties=sorted({r for r in roles.values() if r}),
        roles=roles.decisions(),
        systems=dedupe_systems(refs),
        quantity=next((q for q in (quantity_of(s) for s in systems.named + systems.generics) if q), None),
        value=value_in(doc, sent, scope),
        time=time,
        attribution=[Source(**s) for s in attribution],
        participants=ctx.participants,
        evidence=evidence_of(sent, top, below),
        rule=rule_name(event_type, top, below),
        source=document.source,
    )
    finding = Finding(sent, trigger, event)
    agent_role = ctx.side if ctx.side in {"supplier", "recipient"} else next(
        (role for role in ("supplier", "recipient") if ctx.agent_country and roles[role] == ctx.agent_country), None)
    shared = [(agent_role, c) for c in ctx.co_parties if agent_role] + [("recipient", c) for c in ctx.co_recipients]
    if shared:
        for role, country in shared:
            if country not in roles.values():
                finding.siblings.append(Finding(sent, trigger, _with_party(event, role, country)))
        return finding
    _split_by_item(finding, sent, systems.named)
    return finding


def _with_party(event: Event, role: str, country: str) -> Event:
    """The same event with another country in one role: a co-party holds
    the role by the same rule ("Qatar and India ordered", "to Egypt and Iraq")."""
    other = replace(event, attribution=list(event.attribution), mentions=[],
                    roles=[(r, country if r == role else value, rule) for r, value, rule in event.roles])
    setattr(other, role, country)
    other.parties = sorted({c for c in (other.supplier, other.recipient) if c})
    return other


def _no_transfer(ctx: RoleContext, refs: list[SystemRef]) -> str | None:
    """Why the clause, with these roles and systems, states no transfer; None when it does."""
    trigger, roles, focus = ctx.trigger, ctx.roles, ctx.focus
    if not refs:
        return "no weapon system or arms named or referred to"
    if speaks_in_general(trigger, ctx.below, ctx.systems.named):
        return "speaks of transfers in general, not of one"
    if is_topic(trigger, ctx.lookups.catalog.triggers_by_lemma):
        return "names a topic ('on the delivery of ...'), states nothing about it"
    if roles["supplier"] is None and roles["recipient"] is None:
        return "no supplier or recipient"
    if not ctx.stated and not ctx.had_counterpart and not ctx.inherited and not (focus.supplier and ctx.anaphoric):
        return "no party named: only the systems' origin is known"
    systems_by_id = ctx.lookups.catalog.systems_by_id
    origins = {systems_by_id[r.id].origin for r in refs if r.id in systems_by_id}
    if roles["supplier"] is None and roles["recipient"] and origins == {roles["recipient"]}:
        return "a domestic programme, not a transfer"
    return None


def _split_by_item(finding: Finding, sent: Span, systems: list[Span]) -> None:
    """Each system with its own number and price is its own event:
    "36 F-16s for $1.4 billion; 115 M109s for $300 million"."""
    itemized = itemize(sent, systems)
    if len(itemized) <= 1 or len({(q, v.amount if v else None) for _, q, v in itemized}) <= 1:
        return
    event = finding.event
    events = [replace(event, systems=[system_ref(item.span)], quantity=item.quantity, value=item.value,
                      attribution=list(event.attribution), mentions=[]) for item in itemized]
    covered = {e.systems[0].family for e in events}
    rest = [r for r in event.systems if r.family not in covered and r.family]
    if rest:
        events[0].systems = events[0].systems + rest
    finding.event = events[0]
    finding.siblings = [Finding(sent, finding.trigger, e) for e in events[1:]]
