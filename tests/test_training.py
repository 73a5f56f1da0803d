"""The decision layer: the shipped model is what `make model` builds from the
gold files, and cross-validated figures hold the floors pinned for them."""

import hashlib
import json
from pathlib import Path

import pytest

from armsledger.extract.decide import MODEL_FILE, DecisionModel
from armsledger.training import cross_validate, file_checksums, load_cases, train_model

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))
CV_FLOORS = FLOORS["_cross_validated"]
REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "src" / "armsledger" / MODEL_FILE


@pytest.fixture(scope="module")
def gold_paths(shared):
    return [shared / "gold" / name for name in CV_FLOORS["files"]]


@pytest.fixture(scope="module")
def written_paths():
    """Texts the project wrote for training: in every model, never scored."""
    return [REPO / path for path in CV_FLOORS.get("train_also", [])]


@pytest.fixture(scope="module")
def cases(gold_paths):
    return load_cases(gold_paths)


@pytest.fixture(scope="module")
def written_cases(written_paths):
    return load_cases(written_paths) if written_paths else []


def test_shipped_model_was_trained_on_the_gold_files_as_they_are(gold_paths, written_paths):
    model = DecisionModel.shipped()
    assert model is not None, "no model in the package: run `make model`"
    assert model.meta["gold"] == file_checksums(gold_paths + written_paths), (
        "the gold files changed since the model was trained: run `make model` and re-pin the floors")


@pytest.mark.slow
def test_make_model_rebuilds_the_shipped_model(cases, written_cases, gold_paths, written_paths, tmp_path):
    from armsledger import __version__

    model = train_model(cases, written=written_cases,
                        meta={"gold": file_checksums(gold_paths + written_paths), "armsledger": __version__})
    rebuilt = tmp_path / "model.json"
    model.save(rebuilt)
    assert hashlib.sha256(rebuilt.read_bytes()).hexdigest() == hashlib.sha256(SHIPPED.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def cross_validated_runs(cases, written_cases):
    """One cross-validation per fold seed (`armsledger eval --cv 5 --repeat N`):
    one split's figures move by a point or two with the seed, their mean much less."""
    from armsledger.training import SEED

    return [cross_validate(cases, CV_FLOORS["folds"], seed=SEED + n, always=written_cases)
            for n in range(CV_FLOORS["repeats"])]


@pytest.fixture(scope="module")
def cross_validated(cross_validated_runs):
    return cross_validated_runs[0]


@pytest.mark.slow
def test_cross_validated_figures_at_or_above_floors(cross_validated_runs):
    import statistics

    def mean(figure):
        return statistics.mean(figure(run) for run in cross_validated_runs)

    figures = {
        "strict_f1": mean(lambda run: run.result.strict.f1),
        "precision": mean(lambda run: run.result.strict.precision),
        "time": mean(lambda run: run.result.fields["time"].value),
        "attribution": mean(lambda run: run.result.fields["attribution"].value),
        "modality": mean(lambda run: run.result.fields["modality"].value),
        "candidate_recall": mean(lambda run: run.candidate_recall),
    }
    below = {k: round(v, 4) for k, v in figures.items() if v < CV_FLOORS[k]}
    assert below == {}, f"cross-validated figures (mean over fold seeds) below the floors {CV_FLOORS}: {below}"


@pytest.mark.slow
def test_confident_events_are_right_as_often_as_they_claim(cross_validated):
    confident = [ok for p, ok in cross_validated.calibration if p >= 0.8]
    assert len(confident) >= 50
    assert sum(confident) / len(confident) >= 0.8


def test_cross_validation_never_scores_a_document_with_a_model_that_saw_it(cases):
    from armsledger.training import _folds

    folds = _folds(cases, 5, seed=1)
    assert sorted(i for fold in folds for i in fold) == list(range(len(cases)))
    assert all(set(a).isdisjoint(b) for n, a in enumerate(folds) for b in folds[n + 1:])
