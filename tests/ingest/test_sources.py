"""Every source kind end to end into SQLite: files, folders, globs, stdin,
manifests, URLs, RSS and Atom feeds (with conditional GET), WARC archives."""

import json
import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

from armsledger.cli import app
from armsledger.ledger import ingest
from armsledger.store import Store

from .site import EXAMPLES, PAGES, page_html, warc_bytes

runner = CliRunner()


def _rows(db_path, where="1=1"):
    con = sqlite3.connect(db_path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(f"select * from documents where {where} order by source")]
    finally:
        con.close()


def test_files_folders_and_globs(tmp_path, db_path):
    folder = tmp_path / "in" / "deeper"
    folder.mkdir(parents=True)
    shutil.copy(EXAMPLES / "tass-2015-04-13-putin-lifts-s300-ban.txt", folder)
    shutil.copy(EXAMPLES / "anadolu-2019-07-12-first-s400-parts-arrive-murted.html", tmp_path / "in")
    (tmp_path / "in" / ".hidden.txt").write_text("Hidden files are not read.", encoding="utf-8")
    shutil.copy(EXAMPLES / "ap-2020-12-14-us-sanctions-turkey-s400.txt", tmp_path / "ap.txt")
    shutil.copy(EXAMPLES / "dw-2019-03-29-germany-extends-saudi-arms-freeze.txt", tmp_path / "dw.txt")
    store = Store(db_path)
    report = ingest([str(tmp_path / "in"), str(tmp_path / "*.txt"), str(tmp_path / "nothing-*.txt")], store)
    assert report.ingested == 4
    assert report.failed == [(str(tmp_path / "nothing-*.txt"), "matches no file")]
    rows = _rows(db_path)
    assert {r["source"].rsplit("/", 1)[1] for r in rows} == {
        "tass-2015-04-13-putin-lifts-s300-ban.txt", "anadolu-2019-07-12-first-s400-parts-arrive-murted.html",
        "ap.txt", "dw.txt"}
    page = next(r for r in rows if r["source"].endswith(".html"))
    assert page["outlet"] == "anadolu"  # the catalog's id for the site name "Anadolu Agency"
    assert page["published"] == "2019-07-12" and page["language"] == "en"


def test_stdin_and_a_manifest(tmp_path, db_path):
    manifest = tmp_path / "m.jsonl"
    shutil.copy(EXAMPLES / "pti-2018-10-05-india-russia-s400-contract.txt", tmp_path / "pti.txt")
    manifest.write_text(json.dumps({"path": "pti.txt", "outlet": "pti", "published": "2018-10-05"}) + "\n",
                        encoding="utf-8")
    text = (EXAMPLES / "xinhua-2016-10-13-russia-completes-s300-deliveries.txt").read_bytes()
    result = runner.invoke(app, ["ingest", "-", str(manifest), "--db", str(db_path), "--published", "2016-10-13"],
                           input=text)
    assert result.exit_code == 0, result.output
    rows = {r["source"]: r for r in _rows(db_path)}
    assert set(rows) == {"<stdin>", str(tmp_path / "pti.txt")}
    stdin = rows["<stdin>"]
    assert stdin["published"] == "2016-10-13" and stdin["title"].startswith("Russia completes delivery")
    manifest_doc = rows[str(tmp_path / "pti.txt")]
    assert manifest_doc["outlet"] == "pti" and manifest_doc["published"] == "2016-10-13"  # --published overrides


def test_urls_pages_text_and_remote_manifests(site, local, db_path):
    store = Store(db_path)
    report = ingest([site.url("/news/medvedev-bans-s300-iran.html"), site.url("/releases/tecro-f16.txt"),
                     site.url("/manifests/today.jsonl")], store, config=local)
    # The remote manifest names a local file: refused; its two URLs are read.
    assert report.failed == [("/etc/passwd", "a manifest fetched from a URL may not name local files")]
    rows = {r["source"]: r for r in _rows(db_path)}
    page = rows[site.url("/news/medvedev-bans-s300-iran.html")]
    assert page["url"] == site.url("/news/medvedev-bans-s300-iran.html")
    assert page["outlet"] == "Example Defense Wire" and page["published"] == "2010-09-22"
    assert page["title"] == "Medvedev bans S-300 missile sales to Iran, citing UN sanctions"
    assert "cookies" not in page["text"] and "All rights reserved" not in page["text"]
    assert rows[site.url("/releases/tecro-f16.txt")]["title"].startswith("Taipei Economic")
    assert rows[site.url("/news/putin-lifts-s300-ban.html")]["outlet"] == "wire"
    # A re-run does not fetch the pages again.
    before = len(site.log)
    again = ingest([site.url("/news/medvedev-bans-s300-iran.html")], store, config=local)
    assert again.duplicates == 1 and len(site.log) == before


def test_rss_and_atom_feeds_with_conditional_get(site, local, db_path):
    store = Store(db_path)
    feeds = [site.url("/feeds/rss.xml"), site.url("/feeds/atom.xml")]
    report = ingest(feeds, store, config=local)
    assert not report.failed
    rows = {r["url"]: r for r in _rows(db_path)}
    # RSS items with a teaser have their page fetched; the one with content:encoded does not.
    assert site.requests_to("/news/russia-completes-s300-deliveries.html") == 1
    assert site.requests_to("/news/egypt-orders-30-more-rafale.html") == 0
    delivered = rows[site.url("/news/russia-completes-s300-deliveries.html")]
    assert delivered["published"] == "2016-10-13"
    assert "S-300" in delivered["text"] and "Related stories" not in delivered["text"]
    rafale = rows[site.url("/news/egypt-orders-30-more-rafale.html")]
    assert "Rafale" in rafale["text"] and rafale["published"] == "2021-05-04"
    # Atom entries carry their content; the French one is stored, not extracted.
    french = rows[site.url("/review/fr/rafale-egypte")]
    assert french["language"] == "fr" and french["status"] == "skipped" and "not English" in french["note"]
    assert any("not English" in reason for _, reason in report.skipped)
    assert rows[site.url("/review/iran-su35-deal")]["published"] == "2023-03-11"
    assert len(rows) == 6

    # A re-poll: both feeds answer 304, nothing else is fetched.
    before = len(site.log)
    again = ingest(feeds, store, config=local)
    assert [reason for _, reason in again.skipped] == ["not modified since the last poll (HTTP 304)"] * 2
    assert [p for p, _ in site.log[before:]] == ["/feeds/rss.xml", "/feeds/atom.xml"]
    assert site.log[-1][1].get("If-None-Match")

    # A new item: the feed is read again, and only the new item's page fetched.
    site.rss_extra = f"""<item><title>Putin lifts ban on S-300 air defense supplies to Iran</title>
      <link>{site.url('/news/putin-lifts-s300-ban.html')}</link><pubDate>Mon, 13 Apr 2015 10:00:00 GMT</pubDate>
      <description>Putin lifted the ban.</description></item>\n"""
    try:
        before = len(site.log)
        third = ingest(feeds[:1], store, config=local)
    finally:
        site.rss_extra = ""
    assert third.ingested == 1 and third.duplicates == 3
    assert [p for p, _ in site.log[before:]] == ["/feeds/rss.xml", "/news/putin-lifts-s300-ban.html"]


def test_a_failed_item_is_retried_at_the_next_poll(site, local, db_path):
    store = Store(db_path)
    site.rss_extra = f"""<item><title>Broken</title><link>{site.url('/status/500')}</link>
      <description>Teaser.</description></item>\n"""
    try:
        first = ingest([site.url("/feeds/rss.xml")], store, config=local)
        assert [s for s, _ in first.failed] == [site.url("/status/500")]
        before = len(site.log)
        second = ingest([site.url("/feeds/rss.xml")], store, config=local)
    finally:
        site.rss_extra = ""
    # Validators were not saved: the feed is fetched in full; only the failed item again.
    assert [p for p, _ in site.log[before:]] == ["/feeds/rss.xml", "/status/500"]
    assert second.duplicates == 3


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_files_in_the_cc_news_layout(tmp_path, db_path, gzip):
    pages = [(f"https://example.org{path}", page_html(name, url=f"https://example.org{path}", published=date))
             for path, (name, date) in list(PAGES.items())[:3]]
    archive = tmp_path / ("CC-NEWS-20161013081500-00001.warc" + (".gz" if gzip else ""))
    archive.write_bytes(warc_bytes(pages, gzip=gzip))
    store = Store(db_path)
    report = ingest([str(archive)], store)
    assert report.ingested == 3 and not report.failed
    rows = _rows(db_path)
    assert sorted(r["url"] for r in rows) == sorted(url for url, _ in pages)
    assert all(r["source"].startswith(f"{archive} record ") for r in rows)
    assert {r["published"] for r in rows} == {"2016-10-13", "2018-10-05", "2021-05-04"}


def test_warc_over_http_and_the_cli_summary(site, db_path):
    result = runner.invoke(app, ["ingest", site.url("/archive/CC-NEWS-20161013081500-00001.warc.gz"),
                                 site.url("/status/404"), "--db", str(db_path), "--allow-private"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert f"error: {site.url('/status/404')}: answered HTTP 404 Not Found" in lines
    summary = next(line for line in lines if line.startswith("ingested "))
    assert summary.startswith("ingested 3, duplicates 0, skipped 1, failed 1;")
    assert "  failed: 1 × answered HTTP 404 Not Found" in lines
    assert any(line.endswith("documents/s)") for line in lines)
    outlets = {r["url"]: r["outlet"] for r in _rows(db_path)}
    assert outlets["https://example.org/anadolu/en/turkey/first-s400-parts-arrive-murted"] == "anadolu"


def test_cli_refuses_loopback_without_allow_private(site, db_path):
    result = runner.invoke(app, ["ingest", site.url("/news/putin-lifts-s300-ban.html"), "--db", str(db_path)])
    assert result.exit_code == 1
    assert "loopback" in result.stderr and "--allow-private" in result.stderr


def test_feed_items_without_fetching_their_pages(site, db_path):
    from armsledger.ingest import IngestConfig, iter_documents

    before = len(site.log)
    config = IngestConfig(allow_private=True, follow_feed_links=False)
    documents = list(iter_documents([site.url("/feeds/rss.xml")], config=config))
    assert [p for p, _ in site.log[before:]] == ["/feeds/rss.xml"]
    assert [d.title for d in documents][:2] == [
        "Russia completes delivery of S-300 air defense systems to Iran",
        "India, Russia sign USD 5.43 billion S-400 deal despite US sanctions threat"]
    assert documents[1].text.endswith("India and Russia signed a deal for five S-400 air defence systems on Friday.")


@pytest.mark.parametrize(
    "head, name, media_type, kind",
    [
        (b"<?xml version='1.0'?><rss version='2.0'>", "", None, "feed"),
        (b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", "", "application/xml", "feed"),
        (b"<!DOCTYPE html><html>", "", None, "html"),
        (b"<html>", "page", "text/plain", "html"),
        (b"WARC/1.0\r\n", "x.bin", None, "warc"),
        (b"", "CC-NEWS-2024.warc.gz", None, "warc"),
        (b'{"text": "a"}\n{"text": "b"}', "", None, "jsonl"),
        (b'{"text": "a"}', "notes.txt", None, "text"),
        (b"Russia delivered tanks.", "", "text/plain", "text"),
        (b"<p>fragment</p>", "story.html", None, "html"),
    ],
)
def test_sniffing_the_kind_of_an_input(head, name, media_type, kind):
    from armsledger.ingest import sniff

    assert sniff(head, name=name, media_type=media_type) == kind


@pytest.mark.parametrize("compress", [False, True])
def test_arc_files(tmp_path, compress):
    import gzip

    from armsledger.ingest import iter_documents

    page = (EXAMPLES / "anadolu-2019-07-12-first-s400-parts-arrive-murted.html").read_bytes()
    response = b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    description = b"1 0 Example Crawl\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = (b"filedesc://crawl.arc 0.0.0.0 20190712000000 text/plain %d\n" % len(description) + description
           + b"\nhttps://example.org/s400 93.184.216.34 20190712120000 text/html %d\n" % len(response)
           + response + b"\n")
    path = tmp_path / ("crawl.arc.gz" if compress else "crawl.arc")
    path.write_bytes(gzip.compress(arc) if compress else arc)
    (document,) = list(iter_documents([path]))
    assert document.url == "https://example.org/s400" and document.outlet == "anadolu"
    assert "S-400" in document.text
