"""A batch killed with SIGKILL leaves every stored document whole, and a
re-run completes it without storing anything twice."""

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time

from typer.testing import CliRunner

from armsledger.cli import app

from .site import EXAMPLES

BATCH = 60


def _batch(folder):
    """Distinct articles: example paragraphs shuffled, each with its own number."""
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for n in range(BATCH):
        headline, body = texts[n % len(texts)].split("\n\n", 1)
        paragraphs = body.split("\n\n")
        rng.shuffle(paragraphs)
        (folder / f"article-{n:03}.txt").write_text(
            f"{headline} (report {n})\n\n" + "\n\n".join(paragraphs) + f"\n\nThis is report number {n}.\n",
            encoding="utf-8")


def _count(db, table="documents"):
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute(f"select count(*) from {table}").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_sigkill_mid_batch_then_rerun(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    _batch(folder)
    db = tmp_path / "ledger.db"
    process = subprocess.Popen([sys.executable, "-m", "armsledger.cli", "ingest", str(folder), "--db", str(db)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    while _count(db) < 5 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, process.stderr.read().decode()

    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert con.execute("pragma foreign_key_check").fetchall() == []
    stored = con.execute("select count(*) from documents").fetchone()[0]
    assert 5 <= stored < BATCH, "the kill must land mid-batch"
    # Whole documents only: each with its fingerprint (written in the same
    # transaction), and no events without their document.
    assert con.execute("select count(*) from documents d left join document_fingerprints f on f.doc_id = d.id"
                       " where f.doc_id is null").fetchone()[0] == 0
    assert con.execute("select count(*) from events e left join documents d on d.id = e.doc_id"
                       " where d.id is null").fetchone()[0] == 0
    extracted = con.execute("select count(distinct doc_id) from events").fetchone()[0]
    assert extracted >= 1
    con.close()

    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    # (Shuffled paragraphs of one article are syndicated copies of it, hence the clusters.)
    assert re.search(rf"^ingested {BATCH - stored}( \(\d+ syndicated copies\))?, duplicates {stored}, "
                     r"skipped 0, failed 0;", result.stderr, re.M), result.stderr
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from documents").fetchone()[0] == BATCH
    assert con.execute("select count(distinct source) from documents").fetchone()[0] == BATCH
    assert con.execute("select count(*) from document_fingerprints").fetchone()[0] == BATCH
    events = con.execute("select count(*) from events").fetchone()[0]
    con.close()

    # A third run redoes nothing.
    again = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert f"ingested 0, duplicates {BATCH}," in again.stderr
    assert _count(db, "events") == events
