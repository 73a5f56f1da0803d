"""The watch: poll feeds, ingest what is new, fire the rules on new events and
on changed deals, deliver the alerts; again every so often until stopped.

Every alert and every delivery is recorded in the store before or as it
goes out, so a restart, a re-poll, a syndicated copy or a re-ingested
article alerts nothing twice, and an output that fails keeps its alerts
for the next cycle.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from ..errors import ArmsledgerError
from ..ingest import IngestConfig
from ..ledger import ingest
from ..store import Store
from ..store import alerts as memory
from .match import DealChange, deal_alerts, event_alert, event_matches
from .outputs import OutputError, write_digest, write_jsonl
from .rules import Output, Rule
from .webhook import Webhook, WebhookConfig

INTERVAL_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)\s*$")
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in "30s", "15m", "1h" or "1d"."""
    match = INTERVAL_RE.match(text)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"{text!r} is not an interval such as 30s, 15m, 1h or 1d")
    return float(match.group(1)) * UNITS[match.group(2)]


class _Stop(BaseException):
    """Raised from ingest's progress callback to end a cycle after the
    document just stored; a BaseException so that ingest's recovery from a
    failing document does not take it for one."""


@dataclass(slots=True, kw_only=True)
class CycleReport:
    """What one cycle did."""

    ingested: int = 0
    failed: list[str] = field(default_factory=list)  # inputs that could not be read, with why
    checked: int = 0  # documents whose events were matched
    copies: int = 0  # of them, syndicated copies (never alerted on)
    deals_changed: int = 0
    alerts: list[dict[str, Any]] = field(default_factory=list)  # fired in this cycle
    delivered: int = 0
    pending: int = 0  # deliveries left for the next cycle
    delivery_errors: list[str] = field(default_factory=list)
    stopped: bool = False
    seconds: float = 0.0


class Watcher:
    """Feeds, rules and a store; `cycle()` runs one poll, `run()` repeats it."""

    def __init__(self, store: Store, rules: list[Rule], feeds: list[str], *,
                 ingest_config: IngestConfig | None = None, webhook_config: WebhookConfig | None = None,
                 stdout: IO[str] | None = None,
                 on_item: Callable[[str, str], None] | None = None) -> None:
        self.store = store
        self.rules = rules
        self.feeds = feeds
        self.ingest_config = ingest_config or IngestConfig()
        self.webhook_config = webhook_config or WebhookConfig(allow_private=self.ingest_config.allow_private)
        self.stdout = stdout
        self.on_item = on_item
        self.stopping = threading.Event()
        self.outputs = list({o.key: o for rule in rules for o in rule.outputs}.values())
        self.webhooks: dict[str, Webhook] = {}

    def stop(self) -> None:
        """End after the current document (safe to call from a signal handler)."""
        self.stopping.set()

    def close(self) -> None:
        for hook in self.webhooks.values():
            hook.close()

    # --- the loop --------------------------------------------------------------
    def baseline(self) -> tuple[int, int]:
        """On a ledger no watch has seen: take what it holds as seen, so only
        what comes later alerts. (documents, deals) taken."""
        if not memory.is_fresh(self.store):
            return 0, 0
        docs = [d["id"] for d in memory.unchecked_documents(self.store)]
        deals = self.store.deals()
        memory.record(self.store, [], checked_docs=docs, deals=deals)
        return len(docs), len(deals)

    def run(self, *, every: float, once: bool = False,
            on_cycle: Callable[[CycleReport], None] | None = None) -> CycleReport:
        """Cycle until stopped (or once); returns the last cycle's report."""
        while True:
            report = self.cycle()
            if on_cycle is not None:
                on_cycle(report)
            if once or report.stopped:
                return report
            if self.stopping.wait(timeout=every):
                report.stopped = True
                return report

    def cycle(self) -> CycleReport:
        started = time.monotonic()
        report = CycleReport()
        self._ingest(report)
        self._fire(report)
        self._deliver(report)
        report.stopped = self.stopping.is_set()
        report.seconds = time.monotonic() - started
        return report

    # --- steps -----------------------------------------------------------------
    def _ingest(self, report: CycleReport) -> None:
        if not self.feeds or self.stopping.is_set():
            return

        def on_item(kind: str, detail: str) -> None:
            if kind == "ingested":
                report.ingested += 1
            elif kind == "failed":
                report.failed.append(detail)
            if self.on_item is not None:
                self.on_item(kind, detail)
            if self.stopping.is_set():
                raise _Stop

        try:
            ingest(self.feeds, self.store, config=self.ingest_config, on_item=on_item)
        except _Stop:
            # The document in hand is stored; deals are refreshed by the next
            # ingest, and the watch compares them then.
            pass

    def _fire(self, report: CycleReport) -> None:
        event_rules = [r for r in self.rules if not r.watches_deals]
        deal_rules = [r for r in self.rules if r.watches_deals]
        for document in memory.unchecked_documents(self.store):
            found = []
            # A syndicated copy tells what its original told: the original alerted.
            is_copy = document["cluster_id"] is not None and document["cluster_id"] != document["id"]
            if is_copy:
                report.copies += 1
            elif event_rules:
                for event in self._events(doc_id=document["id"]):
                    for rule in event_rules:
                        matched = event_matches(rule, event)
                        if matched is not None:
                            found.append(event_alert(rule, event, matched))
            report.alerts += [a.record for a in memory.record(self.store, found, checked_docs=[document["id"]])]
            report.checked += 1
        before = memory.deal_states(self.store)
        for deal in self.store.deals():
            previous = before.get(deal["id"])
            if previous is not None and all(previous.get(k) == deal.get(k) for k in
                                            ("status", "status_modality", "contradictions")):
                continue
            report.deals_changed += 1
            change = self._change(deal, previous) if deal_rules else None
            found = [a for rule in deal_rules for a in deal_alerts(rule, change)] if change else []
            report.alerts += [a.record for a in memory.record(self.store, found, deals=[deal])]

    def _events(self, **where: Any) -> list[dict[str, Any]]:
        return [{**row["record"], "id": row["id"], "source_label": row["source_label"],
                 "published": row["published"], "outlet": row["outlet"], "url": row["url"],
                 "title": row["title"]}
                for row in self.store.iter_event_rows(**where)]

    def _change(self, deal: dict[str, Any], before: dict[str, Any] | None) -> DealChange:
        status_ids = [eid for step in deal.get("timeline") or []
                      if step["type"] == deal["status"] and step["modality"] == deal["status_modality"]
                      for eid in step.get("event_ids") or []]
        status_events = self._events(ids=status_ids) if status_ids else []
        contradiction_events = self._events(ids=deal.get("event_ids") or []) if deal.get("contradictions") else []
        return DealChange(deal=deal, before=before, status_events=status_events,
                          contradiction_events=contradiction_events)

    def _deliver(self, report: CycleReport) -> None:
        for output in self.outputs:
            pending = memory.pending_deliveries(self.store, output.key)
            if not pending:
                continue
            if output.kind == "webhook":
                self._post(output, pending, report)
                continue
            try:
                if output.kind == "jsonl":
                    write_jsonl(output.target, pending, stdout=self.stdout)
                else:
                    write_digest(output.target, pending)
            except (OutputError, ArmsledgerError) as exc:
                report.delivery_errors.append(str(exc))
                report.pending += len(pending)
                continue
            memory.mark_delivered(self.store, output.key, [a["id"] for a in pending])
            report.delivered += len(pending)

    def _post(self, output: Output, pending: list[dict[str, Any]], report: CycleReport) -> None:
        hook = self.webhooks.get(output.key)
        if hook is None:
            hook = self.webhooks[output.key] = Webhook(output.target, output.secret or "", self.webhook_config)
        for n, alert in enumerate(pending):
            ok, attempts, error = hook.deliver(alert, retry=not self.stopping.is_set())
            if ok:
                memory.mark_delivered(self.store, output.key, [alert["id"]])
                report.delivered += 1
                continue
            memory.mark_failed(self.store, output.key, alert["id"], error or "failed", attempts)
            # Alerts go out in order: the rest wait with this one for the next cycle.
            report.pending += len(pending) - n
            report.delivery_errors.append(f"webhook {output.target}: {error} (after {attempts} "
                                          f"{'try' if attempts == 1 else 'tries'}); "
                                          f"{len(pending) - n} alerts kept for the next cycle")
            return
