"""Score extraction against gold files (design.md, "Quality is measured").

The unit is a tuple: (type, supplier, recipient, family) for a transfer event,
one per family it names, or (type, parties) for a cooperation event. Strict
matching compares whole tuples; loose matching compares only the type and
the set of parties (direction and family ignored). Field accuracies are read
on the strictly matched pairs. Within a document, repeated statements of one
tuple with one modality count once, as in the gold files.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldFileError, InputError
from .ingest import read_path
from .ledger import analyze
from .model import TRANSFER_TYPES, Document, EventType


@dataclass(slots=True)
class Item:
    key: tuple
    loose_key: tuple
    type: str
    modality: str | None
    record: dict[str, Any]
    optional: bool = False


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    def score(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    def as_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total,
                "accuracy": None if self.value is None else round(self.value, 4)}


@dataclass(slots=True)
class EvalResult:
    strict: Counts = field(default_factory=Counts)
    loose: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    fields: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_events: list[dict[str, Any]] = field(default_factory=list)
    field_errors: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0

    def add(self, other: EvalResult) -> None:
        """Fold another result (another file, another fold) into this one."""
        self.documents += other.documents
        self.strict.add(other.strict)
        self.loose.add(other.loose)
        for name, counts in other.per_type.items():
            self.per_type[name].add(counts)
        for name, accuracy in other.fields.items():
            self.fields[name].add(accuracy)
        self.misses += other.misses
        self.false_events += other.false_events
        self.field_errors += other.field_errors

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "strict": self.strict.as_dict(),
            "loose": self.loose.as_dict(),
            "per_type": {t: c.as_dict() for t, c in sorted(self.per_type.items())},
            "fields": {name: acc.as_dict() for name, acc in sorted(self.fields.items())},
            "misses": self.misses,
            "false_events": self.false_events,
            "field_errors": self.field_errors,
        }


def _families(record: dict[str, Any]) -> list[str | None]:
    families = sorted({s.get("family") for s in record.get("systems") or [] if s.get("family")})
    return list(families) or [None]


def items_of(record: dict[str, Any]) -> list[Item]:
    """The scoring tuples of one event record."""
    event_type = record["type"]
    parties = tuple(sorted(record.get("parties") or
                           {p for p in (record.get("supplier"), record.get("recipient")) if p}))
    loose_key = (event_type, parties)
    optional = bool(record.get("optional"))
    if EventType(event_type) in TRANSFER_TYPES:
        return [
            Item(key=(event_type, record.get("supplier"), record.get("recipient"), family),
                 loose_key=loose_key, type=event_type, modality=record.get("modality"),
                 record=record, optional=optional)
            for family in _families(record)
        ]
    return [Item(key=(event_type, parties), loose_key=loose_key, type=event_type,
                 modality=record.get("modality"), record=record, optional=optional)]


def _dedupe(items: list[Item]) -> list[Item]:
    seen: set[tuple] = set()
    result = []
    for item in items:
        marker = (item.key, item.modality)
        if marker not in seen:
            seen.add(marker)
            result.append(item)
    return result


def _match(gold: list[Item], predicted: list[Item], key: Callable[[Item], tuple]):
    """Pairs of (gold, predicted) with equal keys, same-modality pairs first;
    then the gold and predicted items left over."""
    pairs: list[tuple[Item, Item]] = []
    free_pred = list(predicted)
    free_gold = sorted(gold, key=lambda g: g.optional)  # required gold first
    for same_modality in (True, False):
        remaining_gold = []
        for g in free_gold:
            match = next((p for p in free_pred if key(p) == key(g)
                          and (not same_modality or p.modality == g.modality)), None)
            if match is None:
                remaining_gold.append(g)
            else:
                pairs.append((g, match))
                free_pred.remove(match)
        free_gold = remaining_gold
    return pairs, free_gold, free_pred


def _attribution_set(record: dict[str, Any]) -> frozenset[str]:
    found = set()
    for source in record.get("attribution") or []:
        if source.get("kind") == "outlet":
            if source.get("id"):
                found.add(f"outlet:{source['id']}")
        elif source.get("country"):
            found.add(f"country:{source['country']}")
    return frozenset(found)


def _time_of(record: dict[str, Any]) -> tuple[str | None, str | None]:
    time = record.get("time") or {}
    return time.get("start"), time.get("granularity") if time.get("start") else None


def _value_of(record: dict[str, Any]) -> tuple[float, str] | None:
    value = record.get("value")
    if not value:
        return None
    return round(float(value["amount"]), 2), value.get("currency", "USD")


def score_document(gold_events: list[dict[str, Any]], predicted: list[dict[str, Any]],
                   result: EvalResult, *, where: str) -> None:
    gold = [i for record in gold_events for i in items_of(record)]
    pred = _dedupe([i for record in predicted for i in items_of(record)])
    pairs, missed, extra = _match(gold, pred, key=lambda i: i.key)
    for g, p in pairs:
        if g.optional:
            continue
        result.strict.tp += 1
        result.per_type[g.type].tp += 1
        _score_fields(g, p, result, where)
    for g in missed:
        if not g.optional:
            result.strict.fn += 1
            result.per_type[g.type].fn += 1
            result.misses.append({"document": where, "tuple": list(g.key), "modality": g.modality,
                                  "sentence": (g.record.get("evidence") or {}).get("sentence")})
    for p in extra:
        result.strict.fp += 1
        result.per_type[p.type].fp += 1
        result.false_events.append({"document": where, "tuple": list(p.key), "modality": p.modality,
                                    "sentence": p.record["evidence"]["sentence"], "rule": p.record.get("rule")})
    loose_pairs, loose_missed, loose_extra = _match(gold, pred, key=lambda i: i.loose_key)
    result.loose.tp += sum(1 for g, _ in loose_pairs if not g.optional)
    result.loose.fn += sum(1 for g in loose_missed if not g.optional)
    result.loose.fp += len(loose_extra)


def _score_fields(g: Item, p: Item, result: EvalResult, where: str) -> None:
    def check(name: str, ok: bool, gold_value: Any, pred_value: Any) -> None:
        result.fields[name].score(ok)
        if not ok:
            result.field_errors.append({"document": where, "field": name, "tuple": list(g.key),
                                        "gold": gold_value, "predicted": pred_value})

    check("modality", g.modality == p.modality, g.modality, p.modality)
    gold_time, pred_time = _time_of(g.record), _time_of(p.record)
    if gold_time[0] or pred_time[0]:
        check("time", gold_time == pred_time, gold_time, pred_time)
    gold_attr, pred_attr = _attribution_set(g.record), _attribution_set(p.record)
    check("attribution", gold_attr == pred_attr, sorted(gold_attr), sorted(pred_attr))
    if g.record.get("quantity") is not None:
        check("quantity", g.record.get("quantity") == p.record.get("quantity"),
              g.record.get("quantity"), p.record.get("quantity"))
    if g.record.get("value"):
        check("value", _value_of(g.record) == _value_of(p.record), _value_of(g.record), _value_of(p.record))


def read_gold(path: Path) -> list[dict[str, Any]]:
    entries = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldFileError(f"{path}: cannot be read ({exc.strerror})") from exc
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{path}:{line_no}: not valid JSON ({exc.msg})") from exc
        if "path" not in entry or "events" not in entry:
            raise GoldFileError(f"{path}:{line_no}: a gold line needs 'path' and 'events'")
        entries.append(entry)
    return entries


def gold_documents(path: Path, entries: list[dict[str, Any]]) -> Iterable[tuple[dict[str, Any], Document]]:
    for entry in entries:
        target = (path.parent / entry["path"]).resolve()
        meta = {"published": entry.get("published"), "outlet": entry.get("outlet"),
                "url": entry.get("url"), "title": entry.get("title")}
        try:
            documents = [d for d in read_path(target, **{k: v for k, v in meta.items() if v is not None})
                         if isinstance(d, Document)]
        except InputError as exc:
            raise GoldFileError(f"{path}: {exc}") from exc
        for document in documents:
            document.published = entry.get("published")
            yield entry, document


def evaluate(path: str | Path) -> EvalResult:
    """Run extraction on every document of a gold file and score it."""
    path = Path(path)
    entries = read_gold(path)
    result = EvalResult()
    pairs = list(gold_documents(path, entries))
    by_doc = {id(document): entry for entry, document in pairs}
    for analysis in analyze(document for _, document in pairs):
        entry = by_doc[id(analysis.document)]
        predicted = [event.to_record() for event in analysis.events]
        score_document(entry["events"], predicted, result, where=entry["path"])
        result.documents += 1
    return result


def type_counts(entries: Iterable[dict[str, Any]]) -> Counter:
    return Counter(e["type"] for entry in entries for e in entry["events"])
