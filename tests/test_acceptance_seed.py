"""The seed article end to end: the quality it must reach and the deals it must give."""

import json

import pytest
from typer.testing import CliRunner

from armsledger.cli import app
from armsledger.evaluate import evaluate, read_gold

runner = CliRunner()


@pytest.fixture(scope="module")
def seed(shared):
    return shared / "gold" / "seed.jsonl"


def test_seed_extraction_quality(seed):
    result = evaluate(seed)
    assert result.strict.f1 >= 0.90
    assert result.fields["attribution"].value >= 0.85


def test_seed_deals(seed, tmp_path):
    db = tmp_path / "seed.db"
    # The gold file names ../corpus/…: outside its folder, so --root.
    result = runner.invoke(app, ["ingest", str(seed), "--db", str(db), "--root", str(seed.parent.parent)])
    assert result.exit_code == 0, result.output
    deals = json.loads(runner.invoke(app, ["deals", "--db", str(db), "--format", "json"]).stdout)
    got = {(d["supplier"], d["recipient"], d["family"]): d for d in deals}
    (entry,) = read_gold(seed)
    for expected in entry["deals"]:
        key = (expected["supplier"], expected["recipient"], expected["family"])
        assert key in got, key
        assert (got[key]["status"], got[key]["status_modality"]) == (expected["status"], expected["status_modality"])
        for contradiction in expected.get("contradictions", []):
            assert contradiction in [c["summary"] for c in got[key]["contradictions"]]
    s300 = got[("RUS", "IRN", "s-300")]
    steps = [f"{s['time']} {s['type']}" if s["time"] else f"{s['type']} {s['modality'].lower()}" for s in s300["timeline"]]
    assert steps == ["2007 AGREEMENT", "2010 SUSPENSION", "2015-04 RESUMPTION", "DELIVERY planned"]
