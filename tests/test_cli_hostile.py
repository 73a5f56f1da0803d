"""The CLI against hostile and mistaken input: a mistyped --db says it made
a new ledger; a batch of hostile inputs gives one line each and the rest is
stored, with exit code 1."""

from __future__ import annotations

import json
import os

from typer.testing import CliRunner

from armsledger.cli import app

runner = CliRunner()
GOOD = "Russia will deliver S-300 systems to Iran next year, TASS reported.\n"


def test_a_new_ledger_is_announced_once(tmp_path):
    db = tmp_path / "ledgr.db"
    first = runner.invoke(app, ["deals", "--db", str(db)])
    assert first.exit_code == 0
    assert f"note: there was no ledger at {db}; created a new, empty one" in first.stderr
    again = runner.invoke(app, ["deals", "--db", str(db)])
    assert "created" not in again.stderr


def test_a_batch_of_hostile_inputs_gives_one_line_each_and_stores_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "huge.txt").write_bytes(b"tanks " * 400_000)
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("\n".join(json.dumps(line) for line in [
        {"path": "../../etc/passwd"},
        {"text": "Egypt ordered Su-35 jets.\u0000", "title": "\u0000" * 10, "outlet": "x" * 999},
        {"text": "Egypt bought Rafale jets.", "published": "9999-99-99"},
    ]) + "\n")
    db = tmp_path / "ledger.db"
    sources = [str(tmp_path / name) for name in ("pipe.txt", "huge.txt", "manifest.jsonl", "good.txt")]
    result = runner.invoke(app, ["ingest", *sources, "--db", str(db), "--max-mb", "1"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4, result.stderr
    assert "pipe.txt: is a named pipe (FIFO)" in errors[0]
    assert "huge.txt: is 2.3 MB, over the 1 MB limit" in errors[1]
    assert "manifest.jsonl:1: path '../../etc/passwd' leads outside" in errors[2]
    assert "manifest.jsonl:3: published date '9999-99-99' is not a date" in errors[3]
    assert "ingested 2, duplicates 0, skipped 0, failed 4" in result.stderr


def test_a_huge_document_is_analysed_up_to_the_cap_with_a_note(tmp_path, monkeypatch):
    monkeypatch.setattr("armsledger.ledger.MAX_ANALYSED_CHARS", 20_000)
    paragraph = "Russia will deliver S-300 systems to Iran next year, TASS reported. " * 10
    huge = tmp_path / "huge.txt"
    huge.write_text("\n\n".join([paragraph] * 2000))  # 1.4 M characters: over spaCy's limit
    result = runner.invoke(app, ["ingest", str(huge), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 1
    notes = [line for line in result.stderr.splitlines() if line.startswith("note: ") and "characters" in line]
    (note,) = notes
    assert note.startswith(f"note: {huge}: 1,361,998 characters long: only the first 1")
    assert note.endswith("were analysed (the limit is 20,000); the whole text is stored")
    assert "ingested 1," in result.stderr and "failed 1" in result.stderr
