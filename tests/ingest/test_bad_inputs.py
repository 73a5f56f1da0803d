"""Inputs that fight back: each gets one line naming it, the batch goes on,
nothing already read is lost, and the exit code says whether anything failed."""

import io
import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

from armsledger.cli import app
from armsledger.errors import InputError
from armsledger.ingest import IngestConfig, iter_documents, warc
from armsledger.model import Document

from .site import EXAMPLES, PAGES, page_html, warc_bytes

runner = CliRunner()


def _pages(n=3):
    return [(f"https://example.org{path}", page_html(name, url=f"https://example.org{path}", published=date))
            for path, (name, date) in list(PAGES.items())[:n]]


def _bad_inputs(folder):
    """name -> (bytes, what the one-line error says)"""
    archive = warc_bytes(_pages())
    plain = warc_bytes(_pages(), gzip=False)
    return {
        "empty.txt": (b"", "is empty"),
        "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        "report.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", "is a PDF file"),
        "undecodable.txt": (b"Russia \x81\x8d\x90 delivered S-300 systems.", "is not UTF-8 text"),
        "markup-only.html": (b"<html><head><title></title></head><body><div><p><b><i></div>"
                             b"<<<>>></body></ht", "no article text found"),
        "nested.html": (b"<html><body>" + b"<div>" * 5000 + b"<p>" + b"Deep text about tanks. " * 40
                        + b"</p>" + b"</div>" * 5000 + b"</body></html>", "nested more than 255"),
        "feed.xml": (b"<rss version='2.0'><channel><item><title>unterminated", "item 1: the feed item has neither"),
        "not-xml.rss": (b"{\"this\": \"is json, not a feed\"}", "is not an RSS or Atom feed"),
        "truncated.warc.gz": (archive[: len(archive) * 2 // 3], "is truncated or corrupt"),
        "truncated.warc": (plain[: len(plain) // 2], "is truncated or corrupt"),
        "garbage.warc.gz": (b"\x1f\x8b\x08\x00" + b"\x00" * 50, "is not a WARC or ARC archive"),
        "compressed.txt.gz": (__import__("gzip").compress(b"just text"), "not a WARC archive; decompress it"),
    }


def test_every_bad_input_gets_one_line_naming_it_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    bad = _bad_inputs(folder)
    for name, (data, _) in bad.items():
        (folder / name).write_bytes(data)
    with (folder / "huge.txt").open("wb") as handle:  # 50 MB, sparse: the size is refused before reading
        handle.truncate(50 * 1024 * 1024)
    shutil.copy(EXAMPLES / "tass-2015-04-13-putin-lifts-s300-ban.txt", folder / "good.txt")
    # Malformed markup around real text is read, as a browser would.
    (folder / "malformed.html").write_bytes(
        b"<html><body><div class=story><p>Russia delivered the first S-300 battalion to Iran on Friday, "
        b"the Iranian Defense Ministry said, <b>ending years of delay<i> in the contract.</div>"
        b"<p>The ministry said the system would be deployed around Tehran </span></td> within weeks."
        b"<p>Officials said more deliveries would follow before the end of the year.</bo")
    mixed = "Caf\u00e9 owners said the tanks had arrived.\n".encode() + "Na\u00efve buyers paid in \u20ac.\n".encode("cp1252")
    (folder / "mixed.txt").write_bytes(mixed)

    items = list(iter_documents([folder]))
    errors = {e.source.rsplit("/", 1)[-1].split(" ")[0]: e for e in items if isinstance(e, InputError)}
    docs = [d for d in items if isinstance(d, Document)]
    for name, (_, message) in bad.items():
        assert name in errors, f"{name} gave no error"
        assert message in str(errors[name]), str(errors[name])
        assert "\n" not in str(errors[name])
    assert "is 50.0 MB, over the 20 MB limit" in str(errors["huge.txt"])
    # The truncated archives still give the documents before the damage.
    assert any(d.source.startswith(str(folder / "truncated.warc.gz")) for d in docs)
    by_name = {d.source.rsplit("/", 1)[-1]: d for d in docs}
    assert "Putin" in by_name["good.txt"].text
    assert "S-300 battalion" in by_name["malformed.html"].text
    assert by_name["mixed.txt"].text == "Caf\u00e9 owners said the tanks had arrived.\nNa\u00efve buyers paid in \u20ac."


def test_cli_exit_code_is_non_zero_only_when_something_failed(tmp_path, db_path):
    good = tmp_path / "good.txt"
    shutil.copy(EXAMPLES / "afp-2021-05-04-egypt-orders-30-rafale.txt", good)
    ok = runner.invoke(app, ["ingest", str(good), "--db", str(db_path)])
    assert ok.exit_code == 0, ok.output
    (tmp_path / "empty.txt").write_bytes(b"")
    other = tmp_path / "other.txt"
    shutil.copy(EXAMPLES / "dsca-2019-08-20-tecro-f16-block70.txt", other)
    bad = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), str(other), "--db", str(db_path)])
    assert bad.exit_code == 1
    assert f"error: {tmp_path / 'empty.txt'}: is empty" in bad.stderr.splitlines()
    assert "ingested 1, duplicates 0, skipped 0, failed 1;" in bad.stderr
    count = sqlite3.connect(db_path).execute("select count(*) from documents").fetchone()[0]
    assert count == 2


def test_max_mb_option_names_the_limit(tmp_path, db_path):
    big = tmp_path / "big.txt"
    big.write_text("Tanks. " * 400_000, encoding="utf-8")  # 2.8 MB
    result = runner.invoke(app, ["ingest", str(big), "--db", str(db_path), "--max-mb", "1"])
    assert result.exit_code == 1
    assert f"error: {big}: is 2.7 MB, over the 1 MB limit for one document" in result.stderr


def test_a_long_manifest_line_is_refused_and_the_rest_read(tmp_path):
    manifest = tmp_path / "dump.jsonl"
    manifest.write_bytes(b'{"text": "' + b"x" * 3000 + b'"}\n{"text": "Russia delivered tanks to the army."}\n')
    items = list(iter_documents([manifest], config=IngestConfig(max_bytes=1000)))
    assert isinstance(items[0], InputError) and f"{manifest}:1" in str(items[0])
    assert isinstance(items[1], Document)


@pytest.mark.parametrize("data", [b"", b"   \n", b"WARC/1.0\r\n", b"not an archive at all"])
def test_warc_reader_errors_on_non_archives(data):
    items = list(warc.iter_records(io.BytesIO(data), source="x.warc"))
    assert len(items) == 1 and isinstance(items[0], InputError)
