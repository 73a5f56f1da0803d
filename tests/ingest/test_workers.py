"""`ingest --workers N`: parsing in worker processes, one writer, the same ledger."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time

from typer.testing import CliRunner

from armsledger import ingest, open_store
from armsledger.cli import app
from armsledger.extract import EventExtractor
from armsledger.ingest import iter_documents
from armsledger.model import Document
from armsledger.nlp.windows import WINDOW_CHARS
from armsledger.parallel import Pool

from ..conftest import EXAMPLES, REPO

ORDINARY = REPO / "tests" / "data" / "ordinary_news.jsonl"


def _ordinary(n: int) -> list[str]:
    with ORDINARY.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line, _ in zip(lines, range(n), strict=False)]


def _mixed_folder(folder):
    """Arms texts among ordinary news, with what takes another path through
    ingest: a text in French, a verbatim duplicate, a syndicated copy, a
    text long enough to be analysed in windows."""
    arms = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    ordinary = _ordinary(12)
    texts = []
    for n, text in enumerate(arms):
        texts += [text, ordinary[n % len(ordinary)] + f" (edition {n})"]
    texts.insert(5, "Le ministre a visité l'usine de Toulouse mardi et a parlé aux ouvriers de la "
                    "nouvelle chaîne de production, qui ouvrira au printemps prochain.")
    texts.insert(9, arms[0])
    texts.insert(14, "Republished from a wire service.\n\n" + arms[2])
    texts.append("\n\n".join(arms))
    assert len(texts[-1]) > WINDOW_CHARS
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"{n:03}.txt").write_text(text, encoding="utf-8")
    return folder


def _stored(db) -> dict[str, list]:
    """Everything stored, in the order it was written (rowid), but when."""
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        def rows(sql):
            return [{k: row[k] for k in row.keys() if k != "ingested_at"} for row in con.execute(sql)]
        return {
            "documents": rows("select * from documents order by rowid"),
            "events": rows("select * from events order by rowid"),
            "fingerprints": rows("select * from document_fingerprints order by rowid"),
        }
    finally:
        con.close()


def test_two_workers_store_the_same_ledger_as_one(tmp_path):
    folder = str(_mixed_folder(tmp_path / "mix"))
    one, two = open_store(tmp_path / "one.db"), open_store(tmp_path / "two.db")
    report_one = ingest([folder], one, workers=1)
    report_two = ingest([folder], two, workers=2)
    assert report_one.events > 0 and report_one.deals > 0 and report_one.copies >= 1
    assert report_one.duplicates == 1 and len(report_one.skipped) >= 10
    for name in ("ingested", "copies", "duplicates", "skipped", "failed", "notes", "events", "deals"):
        assert getattr(report_two, name) == getattr(report_one, name), name
    stored_one, stored_two = _stored(tmp_path / "one.db"), _stored(tmp_path / "two.db")
    assert len(stored_one["documents"]) == report_one.ingested + len(report_one.skipped)
    assert stored_two == stored_one
    assert list(two.iter_event_rows()) == list(one.iter_event_rows())
    assert two.deals() == one.deals()


def test_the_writer_fingerprints_only_the_texts_no_worker_saw(tmp_path, monkeypatch):
    # The near-duplicate fingerprint of a parsed text comes back from its
    # worker: the writer computes only those of texts it did not send (the
    # relevance pass refused them), and the stored ledger is the same.
    from armsledger import ledger

    computed = []
    real = ledger.fingerprint
    monkeypatch.setattr(ledger, "fingerprint", lambda text, config=None: computed.append(text) or real(text, config))
    folder = str(_mixed_folder(tmp_path / "mix"))
    report = ingest([folder], open_store(tmp_path / "two.db"), workers=2)
    assert report.ingested > 0 and len(report.skipped) > 0
    stored = _stored(tmp_path / "two.db")
    refused = [d["text"] for d in stored["documents"] if d["status"] == "skipped"]
    assert sorted(computed) == sorted(refused)
    monkeypatch.setattr(ledger, "fingerprint", real)
    ingest([folder], open_store(tmp_path / "one.db"), workers=1)
    assert _stored(tmp_path / "one.db")["fingerprints"] == stored["fingerprints"]


def _documents(*names) -> list[Document]:
    return [d for d in iter_documents([str(EXAMPLES / name) for name in names]) if isinstance(d, Document)]


def test_the_pool_analyses_in_worker_processes_in_input_order():
    documents = _documents("ria-2010-09-22-medvedev-bans-s300-iran.txt", "tass-2015-04-13-putin-lifts-s300-ban.txt",
                           "reuters-2023-03-11-iran-su35-deal.txt", "afp-2021-05-04-egypt-orders-30-rafale.txt")
    before = {p.pid for p in multiprocessing.active_children()}
    with Pool(2, batch_size=1) as pool:
        results = []
        for analysed in pool.analyse(documents):
            results.append(analysed)
            workers = {p.pid for p in multiprocessing.active_children()} - before
            assert len(workers) == 2 and os.getpid() not in workers
    assert [a.document.id for a in results] == [d.id for d in documents]
    assert all(a.events and a.error is None for a in results)
    assert not {p.pid for p in multiprocessing.active_children()} - before  # gone when the pool closes


def test_texts_never_parsed_start_no_worker():
    documents = [Document(id=f"ordinary-{n}", text=text, language="en") for n, text in enumerate(_ordinary(3))]
    with Pool(2) as pool:
        results = list(pool.analyse(documents))
        assert pool.executor is None
    assert [a.skipped for a in results] == ["not about arms or defense; stored without parsing"] * 3


def test_workers_option_and_texts_never_parsed(tmp_path):
    # Texts the relevance pass refuses never reach a worker: stored, skipped.
    (tmp_path / "match.txt").write_text("Kingsmoor Rovers beat Portwell Athletic 2-1 on Saturday.", encoding="utf-8")
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "match.txt"), "--db", str(db), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "skipped 1" in result.output
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "match.txt"), "--db", str(db), "--workers", "0"])
    assert result.exit_code == 2


class _BrokenOnRafale(EventExtractor):
    """Extraction that breaks on one text (forked workers inherit it), as a
    bug in a rule would."""

    def extract(self, doc, document):
        if "Rafale" in document.text:
            raise ValueError("a rule broke")
        return super().extract(doc, document)


def test_a_text_that_breaks_extraction_in_a_worker_is_reported_and_the_rest_stored(tmp_path):
    names = ["ria-2010-09-22-medvedev-bans-s300-iran.txt", "afp-2021-05-04-egypt-orders-30-rafale.txt",
             "tass-2015-04-13-putin-lifts-s300-ban.txt"]
    sources = [str(EXAMPLES / name) for name in names]
    expected = ingest(sources, open_store(tmp_path / "one.db"), extractor=_BrokenOnRafale(), workers=1)
    report = ingest(sources, open_store(tmp_path / "two.db"), extractor=_BrokenOnRafale(), workers=2)
    assert [(source.rsplit("/", 1)[-1], reason.split(":")[0]) for source, reason in report.failed] == \
        [("afp-2021-05-04-egypt-orders-30-rafale.txt", "extraction failed (ValueError")]
    assert (report.ingested, report.events, report.failed) == (expected.ingested, expected.events, expected.failed)
    assert report.ingested == 2 and report.events > 0
    assert _stored(tmp_path / "two.db") == _stored(tmp_path / "one.db")


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


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry))
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] != "Z":
                    alive.add(pid)
        except OSError:
            pass
    return alive


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_batch(tmp_path, **options):
    """An ingest with two workers, and its workers once they are busy."""
    folder = tmp_path / "batch"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for n in range(40):
        (folder / f"{n:03}.txt").write_text(f"{texts[n % len(texts)]}\n\nThis is report number {n}.\n",
                                            encoding="utf-8")
    db = tmp_path / "ledger.db"
    # Ctrl-C as a terminal's process gets it: a shell's background job
    # (`pytest ... &`) starts with SIGINT ignored, which its children inherit.
    process = subprocess.Popen([sys.executable, "-m", "armsledger.cli", "ingest", str(folder), "--db", str(db),
                                "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               preexec_fn=_default_sigint, **options)
    deadline = time.monotonic() + 120
    while len(workers := _children(process.pid)) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) == 2, "the workers never started"
    return process, workers, db


def _wait_gone(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while _alive(pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return _alive(pids)


def test_workers_leave_when_the_writer_is_killed(tmp_path):
    process, workers, _ = _start_batch(tmp_path)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert _wait_gone(workers, 10) == set()


def test_ctrl_c_ends_writer_and_workers_promptly_and_leaves_the_ledger_whole(tmp_path):
    process, workers, db = _start_batch(tmp_path, start_new_session=True)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole process group
    try:
        process.wait(timeout=10)
    finally:
        process.kill()
    assert process.returncode != 0
    assert "Traceback" not in process.stderr.read().decode()
    assert _wait_gone(workers, 5) == set()
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert con.execute("select count(*) from documents d left join document_fingerprints f on f.doc_id = d.id"
                       " where f.doc_id is null").fetchone()[0] == 0
    con.close()
