"""`armsledger eval --cv K --repeat N` through the CLI: each fold seed's
figures, and their mean and spread."""

import json
from pathlib import Path

from typer.testing import CliRunner

from armsledger.cli import app

runner = CliRunner()


def _small_gold(shared: Path, tmp_path: Path, documents: int = 6) -> Path:
    """The first texts of dev.jsonl, their paths made absolute."""
    gold = shared / "gold"
    lines = (gold / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:documents]
    entries = [json.loads(line) for line in lines]
    for entry in entries:
        entry["path"] = str((gold / entry["path"]).resolve())
    target = tmp_path / "small.jsonl"
    target.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    return target


def test_repeated_cross_validation_reports_each_seed_and_the_spread(shared, tmp_path):
    gold = _small_gold(shared, tmp_path)
    result = runner.invoke(app, ["eval", "--cv", "2", "--repeat", "3", "--format", "json", str(gold)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    runs = data["repeats"]["runs"]
    assert [r["seed"] for r in runs] == sorted({r["seed"] for r in runs}) and len(runs) == 3
    # The headline figures are the first seed's.
    assert runs[0]["f1"] == round(data["strict"]["f1"], 4)
    f1 = data["repeats"]["summary"]["f1"]
    assert f1["min"] <= f1["mean"] <= f1["max"]
    assert abs(f1["mean"] - sum(r["f1"] for r in runs) / 3) < 1e-3


def test_repeat_needs_cross_validation(shared, tmp_path):
    result = runner.invoke(app, ["eval", "--repeat", "2", str(_small_gold(shared, tmp_path))])
    assert result.exit_code == 2
    assert "--repeat needs --cv" in result.output
