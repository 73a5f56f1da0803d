"""Fusing a deal from its stored state and its new events, without its old events.

What a deal record holds, and how each part grows:

- counts and sets are monoids: independent sources (a count per source),
  documents, confidence (max), the family's system ids, the first category;
- `event_ids` keep the store's order (publication date, document, place):
  each new id goes where its order key falls among the stored keys;
- timeline steps depend only on the events of their (type, modality): a
  new event re-fuses its own group's steps, the other steps are kept as the
  record has them;
- contradictions compare claims about one (type, year): a new event
  re-reads the claims of its type only, and keeps their order by the
  first event of each (type, year);
- status and first/last dates follow from the timeline's steps, and the
  register columns from the steps and the events with a number or a value.

The state (`deal_state`) is JSON: each timeline group's members as a JSON
text of their own, so that a new event parses only its type's groups. It
gives the deal a full fusion of every member gives (the test's bar:
tests/store/test_deal_states.py); `fuse.fuse_members` stays the reference.
"""

from __future__ import annotations

import bisect
import json
from collections import Counter

from .fuse import (
    EVENT_TYPES,
    MODALITIES,
    FusedEvent,
    Member,
    System,
    assemble_deal,
    fuse_contradictions,
    fuse_timeline,
    timeline_order,
)
from .model import Claim, Contradiction, Deal, Modality, TimelineStep, Value

__all__ = ["STATE_VERSION", "deal_state", "grow_deal", "usable"]

# A state of another layout is no state: its deal is fused in full and gets one of this.
STATE_VERSION = 1


def usable(state: object) -> bool:
    return isinstance(state, dict) and state.get("v") == STATE_VERSION


def order_key(member: Member) -> str:
    """`Member.order` as one string that sorts the same: a space sorts
    before every character of a date, a document id or a number."""
    flag = "0" if member.published is None else "1"
    return f"{flag}{member.published or ''} {member.doc_id} {member.seq:06d}"


def _group(member: Member) -> str:
    return f"{member.type} {member.modality}"


def _claim_key(member: Member) -> str:
    return f"{member.type} {(member.dated[0] or '')[:4]}"


def _dumps(members: list[Member]) -> str:
    return json.dumps([m.as_state() for m in members], separators=(",", ":"))


def _category(member: Member) -> str | None:
    return next((s.category for s in member.systems if s.category), None)


def deal_state(members: list[Member]) -> dict:
    """The state of a deal fused in full from its members (in the store's order)."""
    groups: dict[str, list[Member]] = {}
    firsts: dict[str, str] = {}
    category = None
    for member in members:
        groups.setdefault(_group(member), []).append(member)
        firsts.setdefault(_claim_key(member), order_key(member))
        if category is None and _category(member):
            category = [order_key(member), _category(member)]
    return {
        "v": STATE_VERSION,
        "keys": [order_key(m) for m in members],
        "groups": {name: _dumps(group) for name, group in groups.items()},
        "counted": {m.id: _counted(m) for m in members if m.quantity or m.value is not None},
        "firsts": firsts,
        "sources": dict(Counter(m.source for m in members)),
        "documents": len({m.doc_id for m in members}),
        "confidence": max(m.confidence for m in members),
        "system_ids": sorted({s.id for m in members for s in m.systems if s.id}),
        "category": category,
    }


class _Standin:
    """The register's view of a deal's systems: the first category, then every system id."""

    __slots__ = ("systems", "quantity", "value", "modality")

    def __init__(self, family: str | None, category: list | None, system_ids: list[str]) -> None:
        first = [System(None, family, category[1])] if category else []
        self.systems = first + [System(i, family, None) for i in system_ids]
        self.quantity, self.value, self.modality = None, None, Modality.ASSERTED


def _counted(member: Member) -> list:
    value = member.value
    return [member.quantity, {"amount": value.amount, "currency": value.currency, "text": value.text} if value else None,
            str(member.modality)]


class _Number:
    """The register's view of an event with a number or a value."""

    __slots__ = ("quantity", "value", "modality", "systems")

    def __init__(self, quantity: int | None, value: dict | None, modality: str) -> None:
        self.quantity, self.value, self.modality = quantity, Value(**value) if value else None, MODALITIES[modality]
        self.systems = ()


def grow_deal(key: tuple, record: dict, state: dict, items: list[FusedEvent]) -> tuple[Deal, dict, list[str]]:
    """The deal its stored `record` and `state` make with these events of
    queued documents: (deal, new state, ids of the events new to it). An
    event it already holds (its document queued again as its copy cluster
    changed) takes its source as it now is."""
    family = key[2]
    texts: dict[str, str] = dict(state["groups"])
    parsed: dict[str, list[Member]] = {}

    def group(name: str) -> list[Member]:
        if name not in parsed:
            parsed[name] = [Member.from_state(m) for m in json.loads(texts[name])] if name in texts else []
        return parsed[name]

    event_ids, keys = list(record["event_ids"]), list(state["keys"])
    held = set(event_ids)
    sources, firsts = Counter(state["sources"]), dict(state["firsts"])
    changed_groups: set[str] = set()
    changed_claims: set[str] = set()
    added: list[Member] = []
    for item in items:
        member = Member.of(item, family)
        name = _group(member)
        if member.id in held:
            old = next(m for m in group(name) if m.id == member.id)
            if old.source != member.source:
                sources[old.source] -= 1
                sources[member.source] += 1
                old.source = member.source
                changed_groups.add(name)
                changed_claims.add(_claim_key(member))
            continue
        held.add(member.id)
        added.append(member)
        group(name).append(member)
        changed_groups.add(name)
        changed_claims.add(_claim_key(member))
        sources[member.source] += 1
        at = bisect.bisect(keys, order_key(member))
        keys.insert(at, order_key(member))
        event_ids.insert(at, member.id)
        claim = _claim_key(member)
        firsts[claim] = min(firsts.get(claim, order_key(member)), order_key(member))
    for name in changed_groups:
        parsed[name].sort(key=lambda m: m.order)
        texts[name] = _dumps(parsed[name])
    sources = Counter({s: n for s, n in sources.items() if n > 0})

    steps = [_step(s) for s in record["timeline"] if f"{s['type']} {s['modality']}" not in changed_groups]
    for name in sorted(changed_groups):
        steps += fuse_timeline(parsed[name])
    steps.sort(key=timeline_order)  # stable: steps of one group keep their order

    kept = [_contradiction(c) for c in record["contradictions"] if _record_claim_key(c) not in changed_claims]
    fresh = []
    for claim in sorted(changed_claims):
        kind = claim.split(" ")[0]
        names = [n for n in texts if n.split(" ")[0] == kind]
        members = sorted((m for n in names for m in group(n) if _claim_key(m) == claim), key=lambda m: m.order)
        fresh += fuse_contradictions(members)
    contradictions = sorted(kept + fresh, key=lambda c: firsts[_contradiction_key(c)])

    counted = dict(state["counted"])
    counted.update({m.id: _counted(m) for m in added if m.quantity or m.value is not None})
    category = state["category"]
    for member in added:
        if _category(member) and (category is None or order_key(member) < category[0]):
            category = [order_key(member), _category(member)]
    system_ids = sorted(set(state["system_ids"]) | {s.id for m in added for s in m.systems if s.id})
    register_events = {"": _Standin(family, category, system_ids)} | {i: _Number(*c) for i, c in counted.items()}
    confidence = max([state["confidence"]] + [m.confidence for m in added])
    documents = state["documents"] + len({m.doc_id for m in added})
    deal = assemble_deal(key, timeline=steps, contradictions=contradictions, sources=len(sources),
                         documents=documents, event_ids=event_ids, confidence=confidence,
                         register_events=register_events)
    grown = {"v": STATE_VERSION, "keys": keys, "groups": texts, "counted": counted, "firsts": firsts, "sources": dict(sources),
             "documents": documents, "confidence": confidence, "system_ids": system_ids, "category": category}
    return deal, grown, [m.id for m in added]


def _step(step: dict) -> TimelineStep:
    return TimelineStep(type=EVENT_TYPES[step["type"]], modality=MODALITIES[step["modality"]], time=step["time"],
                        event_ids=step["event_ids"], sources=step["sources"], effective=step["effective"],
                        dated_by=step["dated_by"])


def _contradiction(found: dict) -> Contradiction:
    return Contradiction(type=EVENT_TYPES[found["type"]], about=found["about"], claims=[
        Claim(source=c["source"], modality=MODALITIES[c["modality"]], number=c["number"], time=c["time"],
              event_id=c["event_id"]) for c in found["claims"]])


def _record_claim_key(found: dict) -> str:
    return f"{found['type']} {(found['claims'][0]['time'] or '')[:4]}"


def _contradiction_key(found: Contradiction) -> str:
    return f"{found.type} {(found.claims[0].time or '')[:4]}"
