"""Where alerts go: JSON Lines (standard output or a file) and a text digest
ready to be mailed. Webhooks are in webhook.py."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

from ..errors import ArmsledgerError


class OutputError(ArmsledgerError):
    """An output could not take its alerts (names the output and why)."""


def write_jsonl(target: str, alerts: list[dict[str, Any]], *, stdout: IO[str] | None) -> None:
    """One alert per line, appended to a file or written to standard output."""
    lines = "".join(json.dumps(alert, ensure_ascii=False) + "\n" for alert in alerts)
    if target == "-":
        if stdout is None:
            raise OutputError("jsonl:-: no standard output to write to")
        stdout.write(lines)
        stdout.flush()
        return
    _append(target, lines, "jsonl")


def write_digest(target: str, alerts: list[dict[str, Any]]) -> None:
    """Append a digest of a cycle's alerts: a Subject line, then the alerts
    grouped by rule, each with its evidence sentence, source and link; one
    digest per cycle, separated by a line of dashes, ready to be mailed."""
    if alerts:
        _append(target, digest_text(alerts), "digest")


def digest_text(alerts: list[dict[str, Any]]) -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    by_rule: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for alert in alerts:
        by_rule[alert["rule"]].append(alert)
    noun = "alert" if len(alerts) == 1 else "alerts"
    rules = ", ".join(by_rule)
    lines = [f"Subject: armsledger: {len(alerts)} new {noun} ({rules})", f"Date: {stamp}", ""]
    for rule, members in by_rule.items():
        lines += [f"{rule} ({len(members)})", "=" * (len(rule) + len(str(len(members))) + 3), ""]
        for n, alert in enumerate(members, 1):
            lines.append(f"{n}. {alert['summary']}")
            sentence = (alert.get("evidence") or {}).get("sentence")
            if sentence:
                lines.append(f"   \"{' '.join(sentence.split())}\"")
            source = alert.get("source") or {}
            said = ", ".join(str(p) for p in (source.get("outlet"), source.get("published")) if p)
            if said or source.get("title"):
                lines.append(f"   {said}{': ' if said and source.get('title') else ''}{source.get('title') or ''}")
            if source.get("url"):
                lines.append(f"   {source['url']}")
            matched = alert.get("matched") or {}
            for side in ("supplier", "recipient"):
                for entry in matched.get(f"{side}_lists", []):
                    lines.append(f"   {side} under {entry['authority']} arms embargo: {entry['instrument']} "
                                 f"(since {entry['since']})")
            links = alert.get("links") or {}
            deal = links.get("deal") or next(iter(links.get("deals") or []), None)
            if deal:
                lines.append(f"   deal: {deal}")
            lines.append("")
    return "\n".join(lines) + "-" * 72 + "\n"


def _append(target: str, text: str, kind: str) -> None:
    try:
        path = Path(target).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise OutputError(f"{kind}:{target}: cannot be written ({exc.strerror or exc})") from exc
