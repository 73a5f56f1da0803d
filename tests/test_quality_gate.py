"""The quality gate: extraction on every gold file must stay at or above the
floors pinned in quality_floors.json (as trafilatura's eval gate)."""

import hashlib
import json
from pathlib import Path

import pytest

from armsledger.evaluate import evaluate

from .conftest import shared_dir

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))
GOLD_FILES = sorted(name for name in FLOORS if not name.startswith("_"))


def test_every_gold_file_has_floors(shared):
    present = {p.name for p in (shared / "gold").glob("*.jsonl")}
    assert present == set(GOLD_FILES), "pin floors for every gold file in ../shared/gold"


@pytest.mark.parametrize("name", GOLD_FILES)
def test_quality_at_or_above_floors(shared, name):
    path = shared / "gold" / name
    floors = FLOORS[name]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert digest == floors["sha256"], (
        f"{name} changed: re-measure with `armsledger eval` and re-pin its floors and checksum")
    result = evaluate(path)
    figures = {
        "strict_f1": result.strict.f1,
        "modality": result.fields["modality"].value,
        "attribution": result.fields["attribution"].value,
        "time": result.fields["time"].value,
    }
    below = {k: round(v, 4) for k, v in figures.items() if v is not None and v < floors[k]}
    assert below == {}, f"{name}: below the floors {floors}: {below}"


def test_shared_dir_is_where_the_gold_files_are():
    path = shared_dir()
    assert path is None or (path / "gold" / "seed.jsonl").exists()
