"""Train the decision layer on gold files, and measure it honestly.

The rules and the proposals they lead to learn nothing, so each gold
document is parsed and proposed once; the model is what is retrained:
`train_model` on every document for the shipped model, `cross_validate`
on K document-level folds, each fold's model trained without it (and its
threshold chosen by an inner split of the training part only).
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .evaluate import EvalResult, gold_documents, items_of, read_gold, score_document
from .extract.decide import (
    DecisionModel,
    Group,
    choose,
    group_proposals,
    lightgbm_module,
    vectorize,
)
from .extract.events import EventExtractor
from .ledger import analyze

SEED = 20261203
THRESHOLDS = [round(0.2 + 0.05 * n, 2) for n in range(13)]  # 0.20 … 0.80
PARAMS = {"objective": "binary", "learning_rate": 0.03, "num_leaves": 31, "min_data_in_leaf": 20,
          "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0,
          "deterministic": True, "force_row_wise": True, "num_threads": 1, "verbose": -1}
ROUNDS = 400
MIN_WORD_ROWS = 20


@dataclass(slots=True)
class Case:
    """One gold document: its proposal groups and what the gold says."""

    path: str
    gold_file: str
    gold: list[dict[str, Any]]
    groups: list[Group]
    required: set[tuple] = field(default_factory=set)
    optional: set[tuple] = field(default_factory=set)

    def labels(self) -> list[int | None]:
        """1 for a tuple the gold requires, 0 for one it lacks, None for an optional one."""
        return [1 if g.key in self.required else None if g.key in self.optional else 0 for g in self.groups]


class _Recorder(EventExtractor):
    """The rules' extractor, keeping each document's proposal groups."""

    def __init__(self) -> None:
        super().__init__(decider=False)
        self.groups: dict[str, list[Group]] = {}

    def extract(self, doc, document):
        findings = self.rule_findings(doc, document)
        proposals = self.proposer.propose(doc, document, findings)
        self.groups[document.id] = group_proposals(doc, document, proposals)
        return findings


def load_cases(paths: Iterable[str | Path], *, progress: Callable[[int, int], None] | None = None) -> list[Case]:
    """Parse and propose every document of the gold files (the slow part, done once)."""
    recorder = _Recorder()
    cases: list[Case] = []
    pairs = []
    for path in paths:
        path = Path(path)
        pairs.extend((path.name, entry, document) for entry, document in gold_documents(path, read_gold(path)))
    by_document = {id(document): (name, entry) for name, entry, document in pairs}
    for n, analysis in enumerate(analyze((d for _, _, d in pairs), extractor=recorder), start=1):
        name, entry = by_document[id(analysis.document)]
        case = Case(path=entry["path"], gold_file=name, gold=entry["events"],
                    groups=recorder.groups.pop(analysis.document.id, []))
        for record in entry["events"]:
            for item in items_of(record):
                (case.optional if item.optional else case.required).add(item.key)
        case.optional -= case.required
        cases.append(case)
        if progress is not None:
            progress(n, len(pairs))
    return cases


def file_checksums(paths: Iterable[str | Path]) -> dict[str, str]:
    return {Path(p).name: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths}


def _rows(cases: list[Case]) -> tuple[list[dict[str, Any]], list[int]]:
    rows, labels = [], []
    for case in cases:
        for group, label in zip(case.groups, case.labels(), strict=True):
            if label is not None:
                rows.append(group.features)
                labels.append(label)
    return rows, labels


def _fit(cases: list[Case], threshold: float, meta: dict[str, Any]) -> DecisionModel:
    lightgbm = lightgbm_module()
    rows, labels = _rows(cases)
    seen = Counter(name for row in rows for name in vectorize(row))
    # A sentence word met in a handful of tuples is noise the trees would fit.
    vocabulary = sorted(name for name, count in seen.items()
                        if count >= MIN_WORD_ROWS or not name.startswith("w_"))
    model = DecisionModel(None, vocabulary, threshold, meta)
    data = lightgbm.Dataset(model.matrix(rows), label=labels, free_raw_data=True)
    model.booster = lightgbm.train(dict(PARAMS, seed=SEED), data, num_boost_round=ROUNDS)
    return model


def _folds(cases: list[Case], k: int, seed: int) -> list[list[int]]:
    order = list(range(len(cases)))
    random.Random(seed).shuffle(order)
    return [sorted(order[n::k]) for n in range(k)]


def _best_threshold(cases: list[Case], written: list[Case], *, seed: int, k: int = 3) -> float:
    """The threshold with the best F1 on an inner split of the gold cases (the
    written ones train every inner model but are never scored: the threshold
    is for real text)."""
    scores = {t: EvalResult() for t in THRESHOLDS}
    for fold in _folds(cases, k, seed + 1):
        held = set(fold)
        model = _fit([c for n, c in enumerate(cases) if n not in held] + written, 0.5, {})
        for n in fold:
            case = cases[n]
            probabilities = model.probabilities([g.features for g in case.groups])
            for threshold, result in scores.items():
                predicted = [e.to_record() for e, _, _ in choose(case.groups, probabilities, threshold)]
                score_document(case.gold, predicted, result, where=case.path)
    return max(THRESHOLDS, key=lambda t: (round(scores[t].strict.f1, 4), -abs(t - 0.5)))


def train_model(cases: list[Case], *, written: list[Case] | None = None, meta: dict[str, Any] | None = None,
                seed: int = SEED) -> DecisionModel:
    """The model trained on every case (gold, then `written`: texts the project
    wrote for training), its threshold chosen by an inner split of the gold ones."""
    written = list(written or [])
    threshold = _best_threshold(cases, written, seed=seed)
    return _fit(cases + written, threshold, dict(meta or {}, seed=seed, threshold_from="inner 3-fold split",
                                                 documents=len(cases) + len(written)))


@dataclass(slots=True)
class CrossValidation:
    """Held-out results: the scores, candidate recall and each tuple's probability."""

    per_file: dict[str, EvalResult] = field(default_factory=dict)
    candidates_found: int = 0
    candidates_needed: int = 0
    # (probability, correct) for every held-out proposal group the gold decides.
    calibration: list[tuple[float, bool]] = field(default_factory=list)
    thresholds: list[float] = field(default_factory=list)

    @property
    def result(self) -> EvalResult:
        """The scores over every file."""
        total = EvalResult()
        for per_file in self.per_file.values():
            total.add(per_file)
        return total

    @property
    def candidate_recall(self) -> float:
        return self.candidates_found / self.candidates_needed if self.candidates_needed else 1.0

    def reliability(self, edges: tuple[float, ...] = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)):
        """(low, high, count, share correct) per confidence bucket."""
        table = []
        for low, high in zip(edges, edges[1:], strict=False):
            inside = [ok for p, ok in self.calibration if low <= p < high]
            table.append((low, min(high, 1.0), len(inside), sum(inside) / len(inside) if inside else None))
        return table


def cross_validate(cases: list[Case], k: int = 5, *, seed: int = SEED, always: list[Case] | None = None,
                   on_fold: Callable[[int, int], None] | None = None) -> CrossValidation:
    """Document-level K-fold cross-validation of the decision layer; the
    `always` cases (texts written for training) are in every training part
    and never scored."""
    cv = CrossValidation()
    for n, fold in enumerate(_folds(cases, k, seed), start=1):
        held = set(fold)
        training = [c for i, c in enumerate(cases) if i not in held]
        model = train_model(training, written=always, seed=seed)
        cv.thresholds.append(model.threshold)
        for i in fold:
            case = cases[i]
            probabilities = model.probabilities([g.features for g in case.groups])
            predicted = [e.to_record() for e, _, _ in choose(case.groups, probabilities, model.threshold)]
            per_file = cv.per_file.setdefault(case.gold_file, EvalResult())
            score_document(case.gold, predicted, per_file, where=case.path)
            per_file.documents += 1
            keys = {g.key for g in case.groups}
            cv.candidates_needed += len(case.required)
            cv.candidates_found += len(case.required & keys)
            for _group, probability, label in zip(case.groups, probabilities, case.labels(), strict=True):
                if label is not None:
                    cv.calibration.append((probability, bool(label)))
        if on_fold is not None:
            on_fold(n, k)
    return cv
