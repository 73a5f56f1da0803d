"""`ingest --workers N`: parsing in worker processes, one writer, the same ledger."""

from __future__ import annotations

from typer.testing import CliRunner

from armsledger import ingest, open_store
from armsledger.cli import app

from ..conftest import EXAMPLES


def _ledger(store) -> tuple[list[dict], list[dict]]:
    """Every stored event (ids, records, documents) and every deal, in order."""
    return list(store.iter_event_rows()), store.deals()


def test_two_workers_store_the_same_ledger_as_one(tmp_path):
    manifest = str(EXAMPLES / "manifest.jsonl")
    one, two = open_store(tmp_path / "one.db"), open_store(tmp_path / "two.db")
    report_one = ingest([manifest], one, workers=1)
    report_two = ingest([manifest], two, workers=2)
    assert report_one.events > 0 and report_one.deals > 0
    assert (report_two.ingested, report_two.events, report_two.deals, report_two.failed) == \
        (report_one.ingested, report_one.events, report_one.deals, report_one.failed)
    events_one, deals_one = _ledger(one)
    events_two, deals_two = _ledger(two)
    assert events_two == events_one
    assert deals_two == deals_one


def test_workers_option_and_texts_never_parsed(tmp_path):
    # Texts the relevance pass refuses never reach a worker: stored, skipped.
    (tmp_path / "match.txt").write_text("Kingsmoor Rovers beat Portwell Athletic 2-1 on Saturday.", encoding="utf-8")
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "match.txt"), "--db", str(db), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "skipped 1" in result.output
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "match.txt"), "--db", str(db), "--workers", "0"])
    assert result.exit_code == 2


def test_a_failed_pool_leaves_the_rest_to_this_process(tmp_path, monkeypatch):
    from armsledger import parallel

    def broken(self, documents):
        next(iter(documents))  # one document in flight when the pool dies
        raise RuntimeError("a worker died")
        yield  # a generator, like the real one

    monkeypatch.setattr(parallel.Pool, "analyse", broken)
    names = ["ria-2010-09-22-medvedev-bans-s300-iran.txt", "tass-2015-04-13-putin-lifts-s300-ban.txt"]
    sources = [str(EXAMPLES / name) for name in names]
    expected = ingest(sources, open_store(tmp_path / "one.db"), workers=1)
    report = ingest(sources, open_store(tmp_path / "two.db"), workers=2)
    assert not report.failed
    assert (report.ingested, report.events) == (expected.ingested, expected.events) == (2, expected.events)
    assert expected.events > 0
