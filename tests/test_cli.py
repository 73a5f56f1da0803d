"""The CLI end to end on a temporary SQLite file, through typer's CliRunner."""

import json

import pytest
from typer.testing import CliRunner

from armsledger.cli import app

from .conftest import EXAMPLES

runner = CliRunner()


@pytest.fixture(scope="module")
def example_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "ledger.db"
    result = runner.invoke(app, ["ingest", str(EXAMPLES / "manifest.jsonl"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db, result


def test_ingest_reports_a_summary(example_db):
    _, result = example_db
    assert "ingested" in result.output and "failed 0" in result.output


def test_reingest_is_a_noop(example_db):
    db, _ = example_db
    before = json.loads(runner.invoke(app, ["deals", "--db", str(db), "--format", "json"]).stdout)
    result = runner.invoke(app, ["ingest", str(EXAMPLES / "manifest.jsonl"), "--db", str(db)])
    assert result.exit_code == 0
    assert "ingested 0" in result.output
    after = json.loads(runner.invoke(app, ["deals", "--db", str(db), "--format", "json"]).stdout)
    assert before == after


def test_deals_json_has_the_documented_fields(example_db):
    db, _ = example_db
    deals = json.loads(runner.invoke(app, ["deals", "--db", str(db), "--format", "json"]).stdout)
    assert deals
    for deal in deals:
        assert {"id", "supplier", "recipient", "family", "status", "status_modality", "sources",
                "documents", "contradictions", "timeline"} <= set(deal)
        assert isinstance(deal["sources"], int) and deal["sources"] >= 1


def test_deals_filters(example_db):
    db, _ = example_db
    deals = json.loads(runner.invoke(app, ["deals", "--db", str(db), "--format", "json", "--supplier", "rus"]).stdout)
    assert deals and all(d["supplier"] == "RUS" for d in deals)
    deals = json.loads(runner.invoke(app, ["deals", "--db", str(db), "--format", "json", "--system", "S-400"]).stdout)
    assert deals and all(d["family"] == "s-400" for d in deals)


def test_deal_shows_evidence(example_db):
    db, _ = example_db
    deals = json.loads(runner.invoke(app, ["deals", "--db", str(db), "--format", "json"]).stdout)
    result = runner.invoke(app, ["deal", deals[0]["id"], "--db", str(db)])
    assert result.exit_code == 0
    assert "“" in result.stdout
    record = json.loads(runner.invoke(app, ["deal", deals[0]["id"], "--db", str(db), "--format", "json"]).stdout)
    assert all(e["evidence"]["sentence"] for e in record["events"])


def test_unknown_deal_is_an_error(example_db):
    db, _ = example_db
    result = runner.invoke(app, ["deal", "nope", "--db", str(db)])
    assert result.exit_code == 1
    assert "no deal" in result.stderr


def test_extract_prints_event_records(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Russia will deliver S-300 systems to Iran next year, TASS reported.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(text), "--published", "2015-04-13"])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["type"], record["modality"], record["supplier"], record["recipient"]) == ("DELIVERY", "PLANNED", "RUS", "IRN")
    assert record["time"] == {"text": "next year", "start": "2016", "end": None, "granularity": "year"}
    assert record["attribution"][0]["id"] == "tass"
    assert record["source"] == str(text)


def test_ingest_bad_inputs_go_on_and_fail_the_exit_code(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Russia delivered S-300 systems to Iran in 2016.", encoding="utf-8")
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), str(tmp_path / "good.txt"),
                                 str(tmp_path / "missing.txt"), "--db", str(db)])
    assert result.exit_code == 1
    assert "empty.txt: is empty" in result.stderr
    assert "missing.txt: does not exist" in result.stderr
    assert "ingested 1" in result.stderr
    deals = json.loads(runner.invoke(app, ["deals", "--db", str(db), "--format", "json"]).stdout)
    assert [d["family"] for d in deals] == ["s-300"]


def test_explain_gives_rules_and_reasons(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Iran and the six powers reached a nuclear deal. Russia will deliver S-300 systems to Iran.",
                    encoding="utf-8")
    result = runner.invoke(app, ["explain", str(text)])
    assert result.exit_code == 0
    assert "event DELIVERY planned RUS → IRN s-300" in result.stdout
    assert "no event from 'deal'" in result.stdout


def test_explain_reads_the_text_as_its_outlet_published_it(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("The Coast Guard transferred two patrol boats to Costa Rica.", encoding="utf-8")
    # Whose Coast Guard it is, only the publisher tells.
    unknown = runner.invoke(app, ["explain", str(text)])
    assert unknown.exit_code == 0 and "USA → CRI" not in unknown.stdout
    result = runner.invoke(app, ["explain", str(text), "--outlet", "news.uscg.mil"])
    assert result.exit_code == 0
    assert "event DELIVERY asserted USA → CRI" in result.stdout


def test_db_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("ARMSLEDGER_DB", str(tmp_path / "env.db"))
    result = runner.invoke(app, ["deals", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert (tmp_path / "env.db").exists()


def test_deals_min_confidence_keeps_deals_with_an_event_at_or_above_it(tmp_path):
    from armsledger.store import Store

    from .store.test_confidence import DEAL_CONFIDENCE, build_ledger

    db = tmp_path / "confidence.db"
    store = Store(db)
    build_ledger(store)
    store.close()
    for floor in ("0", "0.5", "0.79", "0.8", "0.95"):
        result = runner.invoke(app, ["deals", "--db", str(db), "--min-confidence", floor, "--format", "json"])
        assert result.exit_code == 0, result.output
        shown = {d["family"]: d["confidence"] for d in json.loads(result.stdout)}
        assert shown == {f: c for f, c in DEAL_CONFIDENCE.items() if c >= float(floor)}, floor
    result = runner.invoke(app, ["deals", "--db", str(db), "--min-confidence", "0.8", "--format", "csv"])
    assert result.exit_code == 0 and "confidence" in result.stdout.splitlines()[0]
    assert len(result.stdout.splitlines()) == 3
    assert runner.invoke(app, ["deals", "--db", str(db), "--min-confidence", "1.5"]).exit_code == 2
