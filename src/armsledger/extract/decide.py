"""The learned decision layer: which proposals a careful analyst would record.

Proposals (`proposals.py`) are grouped by their scoring tuple within a
document, since a document states a step once however often it repeats
it; each group is described by features of its best reading and of the
document around it, and a gradient-boosted model trained on the gold files
(`training.py`) gives the probability that the tuple is right. Groups at or
above the threshold become events carrying that probability as their
`confidence`; the rest are kept as findings with the reason, for `explain`.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..catalog import words
from ..model import Document, Event
from .dating import undated_time
from .findings import Finding
from .mentions import party_mentions, system_mentions
from .proposals import Proposal

MODEL_FILE = "data/decision_model.json"
_WORD = re.compile(r"[a-z]+")
ORIGIN_RANK = {"rule": 0, "stage": 1, "cue": 2, "spread": 3}
# Representative features copied as they are (categories) ...
_CATEGORICAL = ("cue", "cue_pos", "cue_dep", "rule", "rule_type", "supplier_dep", "supplier_prep",
                "recipient_dep", "recipient_prep", "family_dep", "family_prep", "supplier_form",
                "recipient_form", "family_form")
# ... and numbers taken at their best over the group's readings.
_SMALLEST = ("absorbed", "supplier_under", "recipient_under", "family_under", "supplier_above", "recipient_above",
             "family_above", "supplier_gap", "recipient_gap", "family_gap", "family_distance",
             "sentence_share")
_LARGEST = ("has_time", "attribution", "has_quantity", "has_value", "mentions", "has_generic",
            "families_in_event", "states_in_sentence", "systems_in_sentence", "supplier_before",
            "recipient_before", "family_origin_supplier", "family_origin_recipient", "supplier_via_system")


@dataclass(slots=True)
class Group:
    """Every reading of one scoring tuple in one document."""

    key: tuple
    proposals: list[Proposal]
    features: dict[str, Any] = field(default_factory=dict)

    @property
    def best(self) -> Proposal:
        return self.proposals[0]


def group_proposals(doc: Doc, document: Document, proposals: list[Proposal]) -> list[Group]:
    by_key: dict[tuple, list[Proposal]] = {}
    for proposal in proposals:
        by_key.setdefault(proposal.key, []).append(proposal)
    context = _DocumentContext(doc, document, proposals)
    groups = []
    for key, members in by_key.items():
        # The headline restates what the body tells with its source, time and modality.
        members.sort(key=lambda p: (ORIGIN_RANK[p.origin], p.features.get("sentence", 0) == 0 and len(members) > 1,
                                    p.features.get("sentence", 0)))
        group = Group(key, members)
        group.features = context.features(group)
        groups.append(group)
    return groups


class _DocumentContext:
    """What the whole document says about a tuple: how often its parties and
    system are named, and what the rules made of the same parties."""

    def __init__(self, doc: Doc, document: Document, proposals: list[Proposal]) -> None:
        parties = [m for mentions in party_mentions(doc).values() for m in mentions]
        systems = [m for mentions in system_mentions(doc).values() for m in mentions]
        self.states = Counter(m.country for m in parties)
        self.families = Counter(m.family for m in systems)
        self.origins = {m.family: m.origin for m in systems}
        opening = document.text[:4000].lower()
        self.notice = any(phrase in opening for phrase in words("notice_phrases"))
        self.sentences = max(1, sum(1 for _ in doc.sents))
        rules = [p for p in proposals if p.origin == "rule"]
        self.rule_count = len({id(p.event) for p in rules})
        self.rule_keys = {p.key for p in rules}
        self.rule_pairs = {(p.key[1], p.key[2]) for p in rules if len(p.key) == 4}
        self.rule_typed_pairs = {(p.key[0], p.key[1], p.key[2]) for p in rules if len(p.key) == 4}
        self.rule_types_by_tuple: dict[tuple, set[str]] = {}
        for p in rules:
            if len(p.key) == 4:
                self.rule_types_by_tuple.setdefault(p.key[1:], set()).add(p.key[0])
        self.state_rank = {c: n for n, (c, _) in enumerate(self.states.most_common())}
        self.family_rank = {f: n for n, (f, _) in enumerate(self.families.most_common())}

    def features(self, group: Group) -> dict[str, Any]:
        best = group.best
        f: dict[str, Any] = {"type": group.key[0], "origin": best.origin, "modality": str(best.event.modality),
                             "notice": self.notice, "doc_sentences": self.sentences,
                             "doc_states": len(self.states), "doc_families": len(self.families),
                             "doc_rule_events": self.rule_count}
        for name in _CATEGORICAL + ("cue_head", "cue_tag"):
            if name in best.features:
                f[name] = str(best.features[name])
        for name, value in best.features.items():
            if name.startswith(("child_", "head_", "sentence_names_")):
                f[name] = value
        for proposal in group.proposals:
            features = proposal.features
            for name in _SMALLEST:
                value = features.get(name)
                if value is not None:
                    value = float(value)
                    if name not in f or value < f[name]:
                        f[name] = value
            for name in _LARGEST:
                value = features.get(name)
                if value is not None:
                    value = float(value)
                    if name not in f or value > f[name]:
                        f[name] = value
        origins = Counter(p.origin for p in group.proposals)
        for origin in ORIGIN_RANK:
            f[f"n_{origin}"] = origins.get(origin, 0)
        f["n_sentences"] = len({p.features.get("sentence") for p in group.proposals})
        modalities = {str(p.event.modality) for p in group.proposals if p.origin == "rule"}
        f["rule_modalities"] = len(modalities)
        total_states = sum(self.states.values()) or 1
        total_families = sum(self.families.values()) or 1
        if len(group.key) == 4:
            _, supplier, recipient, family = group.key
            f["supplier_null"], f["recipient_null"], f["family_null"] = (supplier is None, recipient is None,
                                                                          family is None)
            f["supplier_share"] = self.states.get(supplier, 0) / total_states
            f["recipient_share"] = self.states.get(recipient, 0) / total_states
            f["supplier_rank"] = self.state_rank.get(supplier, 20)
            f["recipient_rank"] = self.state_rank.get(recipient, 20)
            f["supplier_is_usa"] = supplier == "USA"
            if family is not None:
                origin = self.origins.get(family)
                f["family_share"] = self.families.get(family, 0) / total_families
                f["family_rank"] = self.family_rank.get(family, 20)
                f["family_made_by_supplier"] = origin == supplier
                f["family_made_by_recipient"] = origin == recipient
                f["family_origin_unknown"] = origin is None
            f["rule_same_pair"] = (supplier, recipient) in self.rule_pairs
            f["rule_reverse_pair"] = (recipient, supplier) in self.rule_pairs
            f["rule_same_step_pair"] = (group.key[0], supplier, recipient) in self.rule_typed_pairs
            for other in self.rule_types_by_tuple.get(group.key[1:], ()):
                f[f"rule_also_{other}"] = True
        else:
            parties = group.key[1]
            f["parties"] = len(parties)
            f["party_share"] = sum(self.states.get(p, 0) for p in parties) / total_states
            f["party_rank"] = max((self.state_rank.get(p, 20) for p in parties), default=20)
        f["exact_rule"] = group.key in self.rule_keys
        for word in sentence_words(best.event.evidence.sentence):
            f[f"w_{word}"] = True
        return f


@functools.lru_cache(maxsize=4096)
def sentence_words(sentence: str) -> frozenset[str]:
    """The words of a reading's sentence, as features: what the structural
    features miss ("sanctions", "donate", "took delivery"). Training keeps
    only the words seen often enough to mean something (`training.py`)."""
    return frozenset(w for w in _WORD.findall(sentence.lower()) if len(w) > 2 and w not in STOP_WORDS)


class DecisionModel:
    """A gradient-boosted classifier over group features, with its vocabulary."""

    def __init__(self, booster, vocabulary: list[str], threshold: float, meta: dict[str, Any]) -> None:
        self.booster = booster
        self.vocabulary = vocabulary
        self.index = {name: n for n, name in enumerate(vocabulary)}
        self.threshold = threshold
        self.meta = meta

    def matrix(self, rows: list[dict[str, Any]]):
        import numpy as np

        matrix = np.zeros((len(rows), len(self.vocabulary)), dtype=np.float32)
        index = self.index
        at_rows, at_columns, values = [], [], []
        for r, row in enumerate(rows):
            for name, value in row.items():
                # As `vectorize` names them, without building its dict for every row.
                if isinstance(value, str):
                    column, value = index.get(f"{name}={value}"), 1.0
                elif value is None:
                    continue
                else:
                    column = index.get(name)
                if column is not None:
                    at_rows.append(r)
                    at_columns.append(column)
                    values.append(float(value))
        matrix[at_rows, at_columns] = values
        return matrix

    def probabilities(self, rows: list[dict[str, Any]]) -> list[float]:
        if not rows:
            return []
        # One thread: a document's few rows cost less than waking a pool.
        return [float(p) for p in self.booster.predict(self.matrix(rows), num_threads=1)]

    def to_json(self) -> dict[str, Any]:
        return {"vocabulary": self.vocabulary, "threshold": self.threshold, "meta": self.meta,
                "booster": self.booster.model_to_string()}

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DecisionModel:
        booster = lightgbm_module().Booster(model_str=data["booster"])
        return cls(booster, data["vocabulary"], data["threshold"], data.get("meta", {}))

    @staticmethod
    def shipped() -> DecisionModel | None:
        """The model in the package (read once per process), or None when it has not been built."""
        return _shipped_model()


def lightgbm_module():
    """LightGBM without its scikit-learn and pandas bridges. Importing it
    imports both when they are installed (≈ 1.1 s of every command's start,
    paid before the workers can fork); the decision layer only predicts from
    a numpy matrix and trains from one, so it never needs them."""
    if "lightgbm" in sys.modules:
        return sys.modules["lightgbm"]
    hidden = [name for name in ("sklearn", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # an import of it now fails, as if it were not installed
    try:
        import lightgbm
    finally:
        for name in hidden:
            del sys.modules[name]
    return lightgbm


@functools.cache
def _shipped_model() -> DecisionModel | None:
    resource = resources.files("armsledger").joinpath(MODEL_FILE)
    if not resource.is_file():
        return None
    return DecisionModel.from_json(json.loads(resource.read_text(encoding="utf-8")))


def vectorize(row: dict[str, Any]) -> dict[str, float]:
    """Categories as indicator columns (`name=value`), numbers as they are."""
    vector = {}
    for name, value in row.items():
        if isinstance(value, str):
            vector[f"{name}={value}"] = 1.0
        elif value is None:
            continue
        else:
            vector[name] = float(value)
    return vector


def choose(groups: list[Group], probabilities: list[float], threshold: float) -> list[tuple[Event, Group, float]]:
    """The events of the groups at or above the threshold, each carrying its probability."""
    chosen = []
    for group, probability in zip(groups, probabilities, strict=True):
        if probability < threshold:
            continue
        for proposal in _voices(group):
            event = replace(proposal.event, attribution=list(proposal.event.attribution),
                            mentions=list(proposal.event.mentions), confidence=round(probability, 4))
            if proposal.complete is not None:
                proposal.complete(event)
            if event.time is None:
                event.time = undated_time(proposal, group.proposals)
            chosen.append((event, group, probability))
    return chosen


def _voices(group: Group) -> list[Proposal]:
    """The best reading, and the rules' readings where another source says
    something else of the same step ("Sputnik says talks are under way, RIA
    denies them"): a contradiction the ledger must keep; and a step told
    elsewhere as done where the best reading plans it, or the reverse."""
    voices = [group.best]
    told = {(str(group.best.event.modality), _source(group.best.event))}
    for proposal in group.proposals[1:]:
        if proposal.origin != "rule":
            continue
        voice = (str(proposal.event.modality), _source(proposal.event))
        if voice[0] in {m for m, _ in told}:
            continue
        # ... and the same source telling of it twice, as done and as planned, in two
        # sentences ("will receive 70 Strykers" ... "delivered the first four").
        retold = proposal.event.evidence.start != group.best.event.evidence.start and \
            {voice[0], str(group.best.event.modality)} == {"ASSERTED", "PLANNED"}
        if voice[1] != _source(group.best.event) or retold:
            told.add(voice)
            voices.append(proposal)
    return voices


def _source(event: Event) -> str | None:
    return next((s.id or s.country or s.text for s in event.attribution), None)


def decided_findings(findings: list[Finding], groups: list[Group], probabilities: list[float],
                     threshold: float) -> list[Finding]:
    """The findings an extraction returns once the model has decided: one per
    chosen tuple (merged back per reading, so an event keeps all the
    systems it was chosen for), and the rules' events it turned down, with why."""
    chosen = choose(groups, probabilities, threshold)
    kept_by_reading: dict[tuple, Finding] = {}
    result: list[Finding] = []
    for event, group, probability in sorted(chosen, key=lambda c: c[0].evidence.start):
        best = next((p for p in group.proposals if p.event.evidence.start == event.evidence.start
                     and p.event.modality == event.modality), group.best)
        reading = (best.origin, event.evidence.start, str(event.type), event.supplier, event.recipient,
                   str(event.modality), event.rule)
        kept = kept_by_reading.get(reading)
        if kept is not None and event.type.is_transfer:
            known = {s.family for s in kept.event.systems}
            kept.event.systems += [s for s in event.systems if s.family not in known]
            kept.event.confidence = min(kept.event.confidence or 1.0, event.confidence or 1.0)
            continue
        finding = Finding(best.sentence, best.trigger, event, origin=best.origin, confidence=probability,
                          rules=list(_rules_of(group)))
        kept_by_reading[reading] = finding
        result.append(finding)
    chosen_keys = {group.key for _, group, _ in chosen}
    for group, probability in zip(groups, probabilities, strict=True):
        told = set()
        for proposal in group.proposals:
            if proposal.origin != "rule" or proposal.sentence is None or proposal.sentence.start in told:
                continue
            told.add(proposal.sentence.start)
            if group.key not in chosen_keys:
                reason = f"the model gives {group.key} {probability:.2f}, below {threshold:.2f}"
            elif proposal is not group.best and not any(
                    e.evidence.start == proposal.event.evidence.start for e, g, _ in chosen if g is group):
                reason = f"restates {group.key}, told in “{group.best.event.evidence.sentence[:60]}…”"
            else:
                continue
            result.append(Finding(proposal.sentence, proposal.trigger, None, reason, origin="rule",
                                  confidence=probability))
    result.extend(f for f in findings if f.event is None)
    result.sort(key=lambda f: (f.sentence.start if f.sentence is not None else 0))
    return result


def _rules_of(group: Group) -> list[str]:
    return sorted({p.event.rule for p in group.proposals})
