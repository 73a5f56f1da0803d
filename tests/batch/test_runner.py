"""`armsledger batch` on a private Ray instance: the same ledger as `ingest`,
broken shards reported while the rest goes on, re-runs that do only what is
left."""

from __future__ import annotations

import gzip
import json
import socket

import pyarrow.parquet as pq
from typer.testing import CliRunner

from armsledger import open_store
from armsledger.batch import load_batch, run_batch
from armsledger.batch.parquet import table_path

from ..conftest import EXAMPLES
from .ledgers import contents
from .shards import example_records, write_jsonl_shard, write_warc_shard

runner = CliRunner()


def test_batch_and_load_give_the_ledger_of_ingest(example_batch, ingested, tmp_path):
    out, report = example_batch
    assert [shard.failed for shard in report.shards] == [[], [], []]
    store = open_store(tmp_path / "loaded.db")
    loaded = load_batch(out, store)
    assert not loaded.failed and not loaded.incomplete
    expected, got = contents(ingested), contents(store)
    # Something of each kind, so that equal is not equally empty.
    assert len(got["documents"]) == 13 and got["events"] and got["deals"]
    assert len(got["copies"]) == 1  # the later shard's repeat, from another source
    assert any(matched for _, _, matched, _, _ in got["clusters"])  # the edited wire copy
    for part in expected:
        assert got[part] == expected[part], part


def test_batch_writes_each_shard_in_reading_order(example_batch):
    out, report = example_batch
    documents = pq.read_table(table_path(out, "documents", 0)).to_pylist()
    copies = pq.read_table(table_path(out, "copies", 0)).to_pylist()
    # Seven articles, one of them again (a copy, not analysed twice), and the edited one.
    assert [row["seq"] for row in documents] == [0, 1, 2, 3, 5, 6, 7, 8]
    assert [(row["seq"], row["doc_id"]) for row in copies] == [(4, documents[0]["id"])]
    events = pq.read_table(table_path(out, "events", 0)).to_pylist()
    assert {row["doc_id"] for row in events} <= {row["id"] for row in documents}
    assert all(json.loads(row["record"])["evidence"]["sentence"] for row in events)
    assert report.shards[0].events == len(events) > 0


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_broken_shard_is_reported_and_the_rest_goes_on(ray_instance, tmp_path):
    records = example_records()
    good = write_jsonl_shard(tmp_path / "good.jsonl", records[:1])
    whole = write_warc_shard(tmp_path / "whole.warc.gz", records[1:3])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: len(gzip.compress(b"x")) + 200])  # ends inside the first record
    dead = f"http://127.0.0.1:{_closed_port()}/crawl/dead.warc.gz"
    missing = tmp_path / "missing.warc.gz"
    out = tmp_path / "out"
    result = runner.invoke(_app(), ["batch", str(good), str(missing), str(cut), dead, "--out", str(out),
                                    "--allow-private", "--timeout", "5"])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 3, result.output
    for name in (str(missing), str(cut), dead):
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert "3 failed" in result.output
    result = runner.invoke(_app(), ["load", str(out), "--db", str(tmp_path / "ledger.db")])
    assert result.exit_code == 0, result.output
    documents = open_store(tmp_path / "ledger.db").documents()
    assert [d["url"] for d in documents] == [records[0]["url"]]


def test_a_batch_again_reads_only_what_is_not_complete(example_batch, example_shards, tmp_path):
    out, first = example_batch
    again = run_batch(example_shards, out)
    assert [shard.done_before for shard in again.shards] == [True, True, True]
    assert [s.events for s in again.shards] == [s.events for s in first.shards]
    # Another list of shards is another batch: refused, in one line, exit 2.
    result = runner.invoke(_app(), ["batch", example_shards[0], "--out", str(out)])
    assert result.exit_code == 2
    assert "holds a batch of other shards" in result.output


def test_batch_without_shards_is_a_usage_error(tmp_path):
    result = runner.invoke(_app(), ["batch", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "give shards" in result.output
    listing = tmp_path / "warc.paths"
    listing.write_text(f"# the example manifest, by a relative line\n{EXAMPLES.name}/manifest.jsonl\n",
                       encoding="utf-8")
    from armsledger.batch import read_shard_list

    assert read_shard_list([], listing=listing, base_url="https://data.example.org/") == \
        [f"https://data.example.org/{EXAMPLES.name}/manifest.jsonl"]
    assert read_shard_list([str(EXAMPLES / "*.jsonl")]) == [str(EXAMPLES / "manifest.jsonl")]


def _app():
    from armsledger.cli import app

    return app
