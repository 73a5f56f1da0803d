"""The watch end to end, with a feed served on 127.0.0.1, real spaCy and real
stores (SQLite, and the PostgreSQL server the test run starts): each
matching event alerts once; a re-poll, a restart, a re-ingested article or
a syndicated copy alerts nothing; a deal moving from AGREEMENT to DELIVERY
fires the status rule once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from armsledger.ledger import ingest
from armsledger.watch import parse_rules

from ..conftest import EXAMPLES
from ..ingest.dedupe_corpus import _parts
from .conftest import EMBARGO_RULES, make_watcher

# Embargoed at the time of these examples' events (EU: Iran since 2007, Russia since 2014).
EMBARGOED = {"IRN", "RUS"}
TYPES = {"APPROVAL", "AGREEMENT", "DELIVERY", "PRODUCTION"}

S400_DELIVERED = """\
Russia delivers first S-400 squadron to India

NEW DELHI (PTI) - Russia has delivered the first squadron of the S-400 air defence system to India, officials said on Tuesday.
"""


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _expected(store, doc_ids: set[str]) -> set[str]:
    """The events of these documents an analyst would flag by hand: a transfer
    step to Iran or Russia (both under an EU arms embargo at these dates)."""
    return {row["id"] for row in store.iter_event_rows()
            if row["doc_id"] in doc_ids and row["recipient"] in EMBARGOED and row["type"] in TYPES}


def _doc_ids(store) -> set[str]:
    return {d["id"] for d in store.documents()}


def test_watch_alerts_each_matching_event_once_then_only_new_ones(site, db_url, tmp_path, open_stores, nlp):
    jsonl = tmp_path / "alerts.jsonl"
    rules = parse_rules(EMBARGO_RULES.format(jsonl=jsonl))
    site.add_example("xinhua-2016-10-13-russia-completes-s300-deliveries.txt", "2016-10-13")
    site.add_example("pti-2018-10-05-india-russia-s400-contract.txt", "2018-10-05")
    site.add_example("yonhap-2023-10-14-nk-munitions-russia.txt", "2023-10-14")
    store = open_stores(db_url)
    watcher = make_watcher(store, rules, [site.feed_url])
    assert watcher.baseline() == (0, 0)

    first = watcher.cycle()
    assert first.ingested == 3 and not first.failed
    expected = _expected(store, _doc_ids(store))
    fired = [a["event"]["id"] for a in first.alerts]
    assert expected and sorted(fired) == sorted(expected)  # each matching event, once
    pairs = {(a["event"]["supplier"], a["event"]["recipient"], a["event"]["type"]) for a in first.alerts}
    assert ("RUS", "IRN", "DELIVERY") in pairs and ("PRK", "RUS", "DELIVERY") in pairs
    assert not any(a["event"]["recipient"] == "IND" for a in first.alerts)
    for alert in first.alerts:
        assert alert["rule"] == "arms-to-embargoed-states"
        assert alert["evidence"]["sentence"] and alert["source"]["url"].startswith(site.base)
        assert alert["matched"]["recipient_lists"][0]["authority"] in {"UN", "EU"}
    assert [a["id"] for a in _lines(jsonl)] == [a["id"] for a in first.alerts]

    known = _doc_ids(store)
    site.add_example("reuters-2023-03-11-iran-su35-deal.txt", "2023-03-11")
    site.add_example("dw-2019-03-29-germany-extends-saudi-arms-freeze.txt", "2019-03-29")
    second = watcher.cycle()
    assert second.ingested == 2
    new_docs = _doc_ids(store) - known
    expected_new = _expected(store, new_docs)
    assert expected_new and sorted(a["event"]["id"] for a in second.alerts) == sorted(expected_new)
    assert {a["event"]["doc_id"] for a in second.alerts} <= new_docs
    assert len(_lines(jsonl)) == len(first.alerts) + len(second.alerts)

    again = watcher.cycle()  # the feed answers 304: nothing new
    assert again.ingested == 0 and again.alerts == [] and again.checked == 0

    restarted = make_watcher(open_stores(db_url), rules, [site.feed_url])
    assert restarted.baseline() == (0, 0)
    after_restart = restarted.cycle()
    assert after_restart.alerts == [] and after_restart.delivered == 0

    # The same article again, from a file: the ledger has its text, nothing fires.
    ingest([str(EXAMPLES / "xinhua-2016-10-13-russia-completes-s300-deliveries.txt")], restarted.store,
           published="2016-10-13")
    assert restarted.cycle().alerts == []
    ids = [a["id"] for a in _lines(jsonl)]
    assert len(ids) == len(set(ids)) == len(first.alerts) + len(second.alerts)


def test_watch_fires_a_status_rule_once_when_a_deal_moves_to_delivery(site, db_url, tmp_path, open_stores, nlp):
    jsonl = tmp_path / "status.jsonl"
    rules = parse_rules(f"""\
rules:
  - name: s-400-india-delivered
    supplier: RUS
    recipient: IND
    status_change: {{from: AGREEMENT, to: DELIVERY}}
    outputs:
      - jsonl: {jsonl}
""")
    site.add_example("pti-2018-10-05-india-russia-s400-contract.txt", "2018-10-05")
    store = open_stores(db_url)
    watcher = make_watcher(store, rules, [site.feed_url])
    watcher.baseline()
    first = watcher.cycle()
    (deal,) = store.deals(supplier="RUS", recipient="IND", system="s-400")
    assert deal["status"] == "AGREEMENT"
    assert first.alerts == []  # a new deal is not a change of stage

    site.add_text("/news/s400-delivered.html", S400_DELIVERED, "2021-12-06")
    second = watcher.cycle()
    (deal,) = store.deals(supplier="RUS", recipient="IND", system="s-400")
    assert deal["status"] == "DELIVERY"
    (alert,) = second.alerts
    assert alert["kind"] == "status_change" and alert["rule"] == "s-400-india-delivered"
    assert alert["change"]["from"]["status"] == "AGREEMENT" and alert["change"]["to"]["status"] == "DELIVERY"
    assert alert["deal"]["id"] == deal["id"] and alert["links"]["deal"] == f"/deals/{deal['id']}"
    assert "delivered" in alert["evidence"]["sentence"] and alert["source"]["url"].endswith("s400-delivered.html")

    assert watcher.cycle().alerts == []
    restarted = make_watcher(open_stores(db_url), rules, [site.feed_url])
    assert restarted.cycle().alerts == []
    assert [a["id"] for a in _lines(jsonl)] == [alert["id"]]


def test_watch_a_syndicated_copy_fires_nothing(site, tmp_path, open_stores, nlp):
    rules = parse_rules(EMBARGO_RULES.format(jsonl=tmp_path / "alerts.jsonl"))
    name = "xinhua-2016-10-13-russia-completes-s300-deliveries.txt"
    site.add_example(name, "2016-10-13")
    store = open_stores(str(tmp_path / "ledger.db"))
    watcher = make_watcher(store, rules, [site.feed_url])
    watcher.baseline()
    first = watcher.cycle()
    assert first.alerts

    # Another site's copy: its own headline and byline, the last paragraph cut.
    headline, paragraphs = _parts((EXAMPLES / name).read_text(encoding="utf-8"))
    copy = "\n\n".join(["World briefing: Iran's S-300s are complete", "By Example Wire staff", *paragraphs[:-1]])
    site.add_text("/world/briefing-s300-iran.html", copy, "2016-10-14")
    second = watcher.cycle()
    assert second.ingested == 1 and second.copies == 1
    assert second.alerts == []


@pytest.mark.parametrize("stop_during", ["ingest", "sleep"])
def test_watch_stop_ends_after_the_current_document(site, tmp_path, open_stores, nlp, stop_during):
    rules = parse_rules(EMBARGO_RULES.format(jsonl=tmp_path / "alerts.jsonl"))
    for name, date in [("xinhua-2016-10-13-russia-completes-s300-deliveries.txt", "2016-10-13"),
                       ("yonhap-2023-10-14-nk-munitions-russia.txt", "2023-10-14"),
                       ("reuters-2023-03-11-iran-su35-deal.txt", "2023-03-11")]:
        site.add_example(name, date)
    store = open_stores(str(tmp_path / "ledger.db"))
    stored = []

    def on_item(kind: str, detail: str) -> None:
        stored.append(detail)
        if stop_during == "ingest":
            watcher.stop()

    watcher = make_watcher(store, rules, [site.feed_url], on_item=on_item)
    watcher.baseline()
    report = watcher.run(every=3600, on_cycle=lambda r: watcher.stop())  # returns instead of sleeping an hour
    assert report.stopped
    if stop_during == "ingest":
        # One document stored, and its alerts fired before the watch ended.
        assert report.ingested == 1 and len(store.documents()) == 1 and report.checked == 1
        assert report.alerts and {a["event"]["doc_id"] for a in report.alerts} == {store.documents()[0]["id"]}
        # The next watch takes up the rest and repeats nothing.
        rest = make_watcher(open_stores(str(tmp_path / "ledger.db")), rules, [site.feed_url]).cycle()
        assert rest.ingested == 2 and not {a["id"] for a in rest.alerts} & {a["id"] for a in report.alerts}
    else:
        assert report.ingested == 3


def test_watch_a_denial_fires_the_contradiction_rule_once(site, tmp_path, open_stores, nlp):
    rules = parse_rules(f"""\
rules:
  - name: denied
    supplier: RUS
    new_contradiction: true
    outputs: [{{jsonl: {tmp_path / "denied.jsonl"}}}]
""")
    site.add_text("/news/s400-algeria.html", "Russia delivers S-400 systems to Algeria\n\n"
                  "Russia has delivered S-400 air defense systems to Algeria, TASS reported on Monday.\n",
                  "2024-05-06")
    store = open_stores(str(tmp_path / "ledger.db"))
    watcher = make_watcher(store, rules, [site.feed_url])
    assert watcher.cycle().alerts == []
    site.add_text("/news/s400-algeria-denied.html", "Russia has not delivered S-400 systems to Algeria, report says"
                  "\n\nRussia has not delivered any S-400 air defense systems to Algeria, Reuters reported on "
                  "Tuesday.\n", "2024-05-07")
    (alert,) = watcher.cycle().alerts
    assert alert["kind"] == "contradiction" and alert["deal"]["recipient"] == "DZA"
    contradiction = alert["change"]["contradiction"]
    assert contradiction["type"] == "DELIVERY" and contradiction["summary"].startswith("DELIVERY: ASSERTED")
    assert alert["event"]["type"] == "DELIVERY" and alert["evidence"]["sentence"]
    assert watcher.cycle().alerts == []


def test_watch_supplier_list_rule_and_digest(site, tmp_path, open_stores, nlp):
    digest = tmp_path / "digest.txt"
    rules = parse_rules(f"""\
rules:
  - name: exports-from-un-embargoed-states
    supplier: [un-arms-embargo]
    type: DELIVERY
    outputs: [{{digest: {digest}}}]
""")
    site.add_example("yonhap-2023-10-14-nk-munitions-russia.txt", "2023-10-14")
    site.add_example("pti-2018-10-05-india-russia-s400-contract.txt", "2018-10-05")
    watcher = make_watcher(open_stores(str(tmp_path / "ledger.db")), rules, [site.feed_url])
    report = watcher.cycle()
    assert report.alerts and {a["event"]["supplier"] for a in report.alerts} == {"PRK"}
    entry = report.alerts[0]["matched"]["supplier_lists"][0]
    assert entry["instrument"] == "UNSCR 1718 (2006)" and entry["authority"] == "UN"

    text = digest.read_text(encoding="utf-8")
    noun = "alert" if len(report.alerts) == 1 else "alerts"
    assert text.startswith(f"Subject: armsledger: {len(report.alerts)} new {noun} "
                           "(exports-from-un-embargoed-states)\nDate: ")
    assert "DELIVERY (asserted): PRK → RUS" in text and "containers of munitions" in text
    assert "supplier under UN arms embargo: UNSCR 1718 (2006) (since 2006-10-14)" in text
    assert site.base + "/news/yonhap-2023-10-14-nk-munitions-russia.html" in text
    watcher.cycle()
    assert digest.read_text(encoding="utf-8") == text  # nothing new, nothing appended


def test_watch_min_confidence_keeps_only_events_scored_at_or_above_it(site, tmp_path, open_stores, nlp):
    rules = parse_rules(f"""\
rules:
  - name: any-confidence
    recipient: [arms-embargo]
    outputs: [{{jsonl: {tmp_path / "all.jsonl"}}}]
  - name: confident
    recipient: [arms-embargo]
    min_confidence: 0.5
    outputs: [{{jsonl: {tmp_path / "confident.jsonl"}}}]
""")
    site.add_example("yonhap-2023-10-14-nk-munitions-russia.txt", "2023-10-14")
    site.add_example("reuters-2023-03-11-iran-su35-deal.txt", "2023-03-11")
    report = make_watcher(open_stores(str(tmp_path / "ledger.db")), rules, [site.feed_url]).cycle()
    every = {a["event"]["id"]: a["event"]["confidence"] for a in report.alerts if a["rule"] == "any-confidence"}
    confident = {a["event"]["id"] for a in report.alerts if a["rule"] == "confident"}
    assert every and all(isinstance(c, float) for c in every.values())
    assert confident == {eid for eid, c in every.items() if c >= 0.5}
