"""`armsledger load`: idempotent, one transaction per document, PostgreSQL
as SQLite, damaged and unfinished batch folders reported."""

from __future__ import annotations

import shutil

from typer.testing import CliRunner

from armsledger import open_store
from armsledger.batch import load_batch
from armsledger.batch.parquet import report_path, table_path
from armsledger.cli import app

from ..databases import fresh_database
from .ledgers import contents

runner = CliRunner()


def test_loading_a_folder_twice_changes_nothing(example_batch, tmp_path):
    out, _ = example_batch
    db = tmp_path / "ledger.db"
    result = runner.invoke(app, ["load", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    store = open_store(db)
    before = contents(store)
    again = load_batch(out, store)
    assert (again.ingested, again.events, again.failed) == (0, 0, [])
    assert again.duplicates == len(before["documents"]) + 2  # the two repeats too
    assert contents(store) == before


def test_load_into_postgresql_gives_the_ledger_of_ingest(example_batch, ingested, tmp_path):
    out, _ = example_batch
    with fresh_database("postgresql", tmp_path) as url:
        store = open_store(url)
        try:
            report = load_batch(out, store)
            assert not report.failed
            got, expected = contents(store), contents(ingested)
            assert got["events"] and got["deals"]
            for part in expected:
                assert got[part] == expected[part], part
        finally:
            store.close()


def test_an_unfinished_shard_is_left_out_and_said(example_batch, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(example_batch[0], out)
    report_path(out, 1).unlink()  # as if the batch had stopped in the middle of shard 1
    db = tmp_path / "ledger.db"
    result = runner.invoke(app, ["load", str(out), "--db", str(db)])
    assert result.exit_code == 1
    assert "not loaded:" in result.output and "shard-b.warc.gz" in result.output
    sources = [d["source"] for d in open_store(db).documents()]
    assert sources and not any("shard-b.warc.gz" in s for s in sources)


def test_a_damaged_parquet_file_fails_its_shard_only(example_batch, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(example_batch[0], out)
    table_path(out, "documents", 1).write_bytes(b"PAR1 not really")
    db = tmp_path / "ledger.db"
    result = runner.invoke(app, ["load", str(out), "--db", str(db)])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "shard-b.warc.gz" in errors[0] and "Parquet" in errors[0]
    assert len(open_store(db).documents()) == 8  # shard a's (shard c holds a copy of one of them)


def test_load_refuses_a_folder_that_is_not_a_batch(tmp_path):
    result = runner.invoke(app, ["load", str(tmp_path), "--db", str(tmp_path / "ledger.db")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "armsledger batch" in result.output
    assert not (tmp_path / "ledger.db").exists()
