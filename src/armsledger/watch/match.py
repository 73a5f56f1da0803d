"""Which rules an event or a deal's change sets off, and the alert each makes.

An alert is a JSON object that carries everything a reader needs without
the ledger at hand: the rule, the event or the deal and its change, the
evidence sentence, the source (outlet, date, title, URL) and links into the
web UI.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

from ..fuse import deal_id
from ..store.alerts import NewAlert, now
from . import embargoes
from .rules import Rule


@dataclass(slots=True, kw_only=True)
class DealChange:
    """A deal as stored now, as the watch saw it last (None: new), and its
    evidence: the events of its current status and of any new contradiction."""

    deal: dict[str, Any]
    before: dict[str, Any] | None
    status_events: list[dict[str, Any]]
    contradiction_events: list[dict[str, Any]]

    @property
    def status_changed(self) -> bool:
        if self.before is None:
            return False  # a new deal is news for the event rules, not a change of stage
        return (self.before["status"], self.before["status_modality"]) != (
            self.deal["status"], self.deal["status_modality"])

    @property
    def new_contradictions(self) -> list[Any]:
        seen = {contradiction_key(c) for c in (self.before or {}).get("contradictions") or []}
        return [c for c in self.deal.get("contradictions") or [] if contradiction_key(c) not in seen]


def contradiction_key(contradiction: Any) -> str:
    # A summary string today; a structured record would be compared whole.
    return contradiction if isinstance(contradiction, str) else json.dumps(contradiction, sort_keys=True)


@functools.cache
def _family_categories() -> dict[str, str]:
    from ..catalog import read_systems

    return {s.family: s.category for s in read_systems() if s.category}


def _party_matches(wanted: frozenset[str] | None, code: str | None, when: str | None) -> tuple[bool, list]:
    """Whether a party is one of the rule's codes or on one of its lists (in
    force at `when`); with the list entries that put it there."""
    if wanted is None:
        return True, []
    if code is None:
        return False, []
    if code in wanted:
        return True, []
    entries = [e for name in sorted(wanted) if name in embargoes.list_names()
               for e in embargoes.entries_of(name) if e.country == code and e.in_force(when)]
    unique = list({(e.list, e.instrument): e for e in entries}.values())
    return bool(unique), [e.as_dict() for e in unique]


def _common(rule: Rule, supplier: str | None, recipient: str | None, families: list[str], categories: list[str],
            when: str | None) -> dict[str, Any] | None:
    """What a rule's supplier, recipient, system and category filters matched, or None."""
    ok, supplier_lists = _party_matches(rule.suppliers, supplier, when)
    if not ok:
        return None
    ok, recipient_lists = _party_matches(rule.recipients, recipient, when)
    if not ok:
        return None
    if rule.systems is not None and not rule.systems & set(families):
        return None
    if rule.categories is not None and not rule.categories & set(categories):
        return None
    matched: dict[str, Any] = {}
    if supplier_lists:
        matched["supplier_lists"] = supplier_lists
    if recipient_lists:
        matched["recipient_lists"] = recipient_lists
    return matched


def event_matches(rule: Rule, event: dict[str, Any]) -> dict[str, Any] | None:
    """What matched when a rule (watching events) takes a stored event, else None."""
    if rule.watches_deals:
        return None
    if rule.types is not None and event["type"] not in rule.types:
        return None
    if rule.modalities is not None and event["modality"] not in rule.modalities:
        return None
    if rule.min_confidence is not None:
        confidence = event.get("confidence")
        # An event without a confidence score cannot show it clears the bar.
        if confidence is None or confidence < rule.min_confidence:
            return None
    systems = event.get("systems") or []
    when = (event.get("time") or {}).get("start") or event.get("published")
    return _common(rule, event.get("supplier"), event.get("recipient"),
                   [s["family"] for s in systems if s.get("family")],
                   [s["category"] for s in systems if s.get("category")], when)


def _brief(event: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """An event's evidence and source parts of an alert."""
    evidence = event.get("evidence") or {}
    evidence = {"sentence": evidence.get("sentence"), "trigger": evidence.get("trigger"),
                "doc_id": event.get("doc_id"), "start": evidence.get("start"), "end": evidence.get("end")}
    source = {"outlet": event.get("outlet"), "published": event.get("published"), "title": event.get("title"),
              "url": event.get("url"), "attribution": event.get("attribution") or []}
    return evidence, source


def _event_deals(event: dict[str, Any]) -> list[str]:
    families = sorted({s["family"] for s in event.get("systems") or [] if s.get("family")})
    return [deal_id(event.get("supplier"), event.get("recipient"), f) for f in families]


def _party(code: str | None) -> str:
    return code or "?"


def event_alert(rule: Rule, event: dict[str, Any], matched: dict[str, Any]) -> NewAlert:
    """The alert a rule makes of a stored event (a row of the events table
    with its record, document outlet, date, title and URL)."""
    families = ", ".join(sorted({s["family"] for s in event.get("systems") or [] if s.get("family")})) or "arms"
    summary = (f"{event['type']} ({event['modality'].lower()}): {_party(event.get('supplier'))} → "
               f"{_party(event.get('recipient'))}, {families}")
    evidence, source = _brief(event)
    deals = _event_deals(event)
    record = {
        "id": None, "rule": rule.name, "kind": "event", "fired_at": now(), "summary": summary,
        "event": {k: v for k, v in event.items() if k not in ("title", "url", "outlet", "published")},
        "deal": {"id": deals[0]} if deals else None,
        "evidence": evidence, "source": source, "matched": matched,
        "links": {"document": f"/documents/{event['doc_id']}#ev-{event['id']}",
                  "deals": [f"/deals/{d}" for d in deals]},
    }
    alert = NewAlert(rule=rule.name, subject=f"event:{event['id']}", kind="event", record=record,
                     outputs=[o.key for o in rule.outputs], event_id=event["id"],
                     deal_id=deals[0] if deals else None, doc_id=event["doc_id"])
    record["id"] = alert.id
    return alert


def _deal_when(deal: dict[str, Any]) -> str | None:
    times = [s.get("time") for s in deal.get("timeline") or [] if s.get("time")]
    return max(times) if times else None


def deal_alerts(rule: Rule, change: DealChange) -> list[NewAlert]:
    """The alerts a rule (watching deals) makes of a deal's change: one for a
    change of status, one per new contradiction."""
    if not rule.watches_deals:
        return []
    deal = change.deal
    family = deal.get("family")
    categories = [c for c in [_family_categories().get(family or "")] if c]
    matched = _common(rule, deal.get("supplier"), deal.get("recipient"), [family] if family else [], categories,
                      _deal_when(deal))
    if matched is None:
        return []
    found = []
    head = f"{_party(deal.get('supplier'))} → {_party(deal.get('recipient'))} {family}"
    if rule.status_change and change.status_changed:
        before = change.before or {}
        if (rule.status_from is None or before["status"] in rule.status_from) and (
                rule.status_to is None or deal["status"] in rule.status_to):
            frm = {"status": before["status"], "status_modality": before["status_modality"]}
            to = {"status": deal["status"], "status_modality": deal["status_modality"]}
            summary = (f"{head}: {frm['status']} ({frm['status_modality'].lower()}) → "
                       f"{to['status']} ({to['status_modality'].lower()})")
            subject = (f"status:{deal['id']}:{frm['status']}/{frm['status_modality']}:"
                       f"{to['status']}/{to['status_modality']}")
            found.append(_deal_alert(rule, change, "status_change", subject, summary,
                                     {"from": frm, "to": to}, change.status_events, matched))
    if rule.new_contradiction:
        for contradiction in change.new_contradictions:
            text = contradiction if isinstance(contradiction, str) else contradiction.get("summary", "")
            subject = f"contradiction:{deal['id']}:{contradiction_key(contradiction)}"
            found.append(_deal_alert(rule, change, "contradiction", subject, f"{head}: contradicted: {text}",
                                     {"contradiction": contradiction}, _of_type(change, contradiction), matched))
    return found


def _of_type(change: DealChange, contradiction: Any) -> list[dict[str, Any]]:
    text = contradiction if isinstance(contradiction, str) else contradiction.get("summary", "")
    kind = text.split(":", 1)[0].split(" ", 1)[0]
    return [e for e in change.contradiction_events if e["type"] == kind] or change.contradiction_events


def _deal_alert(rule: Rule, change: DealChange, kind: str, subject: str, summary: str, detail: dict[str, Any],
                events: list[dict[str, Any]], matched: dict[str, Any]) -> NewAlert:
    deal = change.deal
    # The newest report first: it is what moved the deal.
    events = sorted(events, key=lambda e: e.get("published") or "", reverse=True)
    evidence, source = _brief(events[0]) if events else ({}, {})
    record = {
        "id": None, "rule": rule.name, "kind": kind, "fired_at": now(), "summary": summary,
        "deal": {k: deal.get(k) for k in ("id", "supplier", "recipient", "family", "status", "status_modality",
                                           "sources", "documents", "contradictions")},
        "change": detail,
        "event": {k: v for k, v in events[0].items() if k not in ("title", "url", "outlet", "published")}
        if events else None,
        "evidence": evidence, "source": source, "matched": matched,
        "links": {"deal": f"/deals/{deal['id']}",
                  "document": f"/documents/{events[0]['doc_id']}#ev-{events[0]['id']}" if events else None},
    }
    alert = NewAlert(rule=rule.name, subject=subject, kind=kind, record=record,
                     outputs=[o.key for o in rule.outputs], deal_id=deal["id"],
                     event_id=events[0]["id"] if events else None,
                     doc_id=events[0]["doc_id"] if events else None)
    record["id"] = alert.id
    return alert
