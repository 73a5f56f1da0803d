"""Deals as the store keeps them, on SQLite and PostgreSQL: statuses from
effective dates, year filters on them, the first steps in the lists and every one in exports, register
columns and contradiction records through the store, fusion of only the
deals new documents touch."""

from __future__ import annotations

from armsledger.exports import DEAL_COLUMNS, deal_row
from armsledger.ingest.document import make_document
from armsledger.model import Event, EventType, Evidence, Modality, Source, SystemRef, TimeRef
from armsledger.refresh import refresh_deals
from armsledger.store import queries
from armsledger.store.list_rows import LIST_STEPS


def _add(store, sentences, *, published, outlet, supplier="USA", recipient="TUR", family="f-35"):
    """One document of `sentences`, each (text, type, modality, time, quantity) an event."""
    text = " ".join(s[0] for s in sentences)
    document = make_document(f"Report from {outlet}\n\n{text}", source=f"{outlet}-{published}.txt",
                             published=published, outlet=outlet)
    events = []
    for sentence, type_, modality, time, quantity in sentences:
        start = document.text.index(sentence)
        events.append(Event(
            doc_id=document.id, type=EventType(type_), modality=Modality(modality), supplier=supplier,
            recipient=recipient, parties=sorted({supplier, recipient}),
            systems=[SystemRef(text=family.upper(), id=family, family=family, category="fighter aircraft")],
            quantity=quantity, time=TimeRef(text=time, start=time) if time else None,
            attribution=[Source(text=outlet, kind="outlet", id=outlet)],
            evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence), trigger="x"), rule="test"))
    store.add_document(document, events)
    return document


def _deal(store, family):
    (item,) = queries.list_deals(store, queries.DealFilter(family=family)).items
    return item


def test_undated_reports_are_found_by_their_years(store):
    # The F-35 case: reported throughout 2019-2020, no event time.
    _add(store, [("Turkey was removed from the F-35 program.", "CANCELLATION", "ASSERTED", None, None)],
         published="2019-07-17", outlet="reuters")
    _add(store, [("Ankara still hopes to buy F-35 jets.", "INTEREST", "ASSERTED", None, None)],
         published="2020-03-02", outlet="anadolu")
    refresh_deals(store)
    deal = _deal(store, "f-35")
    assert (deal["first_time"], deal["last_time"]) == ("2019-07-17", "2020-03-02")
    assert (deal["status"], deal["status_date"]) == ("INTEREST", "2020-03-02")
    assert [s["dated_by"] for s in deal["timeline"]] == ["reported", "reported"]
    for since, until, found in ((2019, 2020, 1), (2020, 2020, 1), (2019, 2019, 1), (2021, 2022, 0), (2015, 2018, 0)):
        page = queries.list_deals(store, queries.DealFilter(since=since, until=until))
        assert page.total == found, (since, until)


def test_exports_carry_every_step_and_lists_the_first_ones(store):
    sentences = [(f"Step {year}: Turkey ordered more F-35 jets.", "AGREEMENT", "ASSERTED", str(year), 2)
                 for year in range(2005, 2018)]
    sentences.append(("Undated: delivery is planned.", "DELIVERY", "PLANNED", None, None))
    _add(store, sentences, published=None, outlet="reuters")
    refresh_deals(store)
    listed = _deal(store, "f-35")
    assert listed["steps"] == 14 and len(listed["timeline"]) == LIST_STEPS and listed["timeline_truncated"]
    assert [s["effective"] for s in listed["timeline"]] == [str(y) for y in range(2005, 2005 + LIST_STEPS)]
    assert (listed["status"], listed["status_date"]) == ("AGREEMENT", "2017")  # never the undatable plan
    (deal,) = queries.iter_deals(store, queries.DealFilter(family="f-35"))
    assert deal["steps"] == len(deal["timeline"]) == 14 and not deal["timeline_truncated"]
    assert deal["timeline"][-1]["effective"] is None
    row = dict(zip(DEAL_COLUMNS, deal_row(deal), strict=True))
    assert row["timeline"].count(" > ") == 13 and "2017 AGREEMENT asserted" in row["timeline"]
    assert row["status"] == "AGREEMENT" and row["register_status"] == "agreement"
    assert (row["order_year"], row["number_ordered"]) == (2005, 2)
    assert "1 undatable step" in row["comments"]


def test_unknown_status_is_kept_and_filtered(store):
    _add(store, [("Turkey ordered F-35 jets.", "AGREEMENT", "ASSERTED", None, None)], published=None, outlet="x")
    refresh_deals(store)
    deal = _deal(store, "f-35")
    assert deal["status"] is None and deal["register"]["status"] == "unknown"
    assert queries.list_deals(store, queries.DealFilter(status=queries.UNKNOWN_STATUS)).total == 1
    assert queries.list_deals(store, queries.DealFilter(status=["AGREEMENT", "DELIVERY"])).total == 0


def test_contradiction_records_go_through_the_store(store):
    _add(store, [("Turkey received 4 F-35 jets.", "DELIVERY", "ASSERTED", "2019-06", 4)],
         published="2019-06-20", outlet="anadolu")
    _add(store, [("No F-35 jets were delivered to Turkey.", "DELIVERY", "NEGATED", "2019-06", None)],
         published="2019-06-21", outlet="reuters")
    refresh_deals(store)
    deal = queries.deal_detail(store, _deal(store, "f-35")["id"])
    (contradiction,) = deal["contradictions"]
    assert contradiction["about"] == "modality"
    claims = {c["source"]: c for c in contradiction["claims"]}
    assert claims["anadolu"]["number"] == 4 and claims["reuters"]["modality"] == "NEGATED"
    for claim in claims.values():
        assert claim["event"]["id"] == claim["event_id"] and claim["event"]["source_label"] == claim["source"]
    assert deal["register"]["number_delivered"] == 4


def test_only_touched_deals_are_fused_again(store):
    _add(store, [("Turkey ordered F-35 jets.", "AGREEMENT", "ASSERTED", "2007", 100)],
         published="2007-03-01", outlet="reuters")
    _add(store, [("Russia delivered S-400 systems to Turkey.", "DELIVERY", "ASSERTED", "2019", None)],
         published="2019-07-12", outlet="tass", supplier="RUS", family="s-400")
    assert refresh_deals(store) == 2 and store.pending_fusion() == []
    untouched = store.deal(_deal(store, "s-400")["id"])
    _add(store, [("Turkey was removed from the F-35 program.", "CANCELLATION", "ASSERTED", "2019-07", None)],
         published="2019-07-17", outlet="ap")
    assert len(store.pending_fusion()) == 1
    assert refresh_deals(store) == 2 and store.pending_fusion() == []
    assert _deal(store, "f-35")["status"] == "CANCELLATION"
    assert store.deal(_deal(store, "s-400")["id"]) == untouched
    assert refresh_deals(store) == 2  # nothing pending: nothing to do


def test_an_older_ledger_is_fused_again_when_opened(store):
    import json

    import sqlalchemy as sa
    from typer.testing import CliRunner

    from armsledger.cli import app
    from armsledger.store import Store

    _add(store, [("Turkey ordered F-35 jets.", "AGREEMENT", "ASSERTED", "2007", 100)],
         published="2007-03-01", outlet="reuters")
    refresh_deals(store)
    # The ledger as version 3 left it: deals without register columns, no fusion queue.
    with store.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM schema_version WHERE version >= 4"))
        for table in ("register_rows", "pending_fusion"):
            conn.execute(sa.text(f"DROP TABLE {table}"))
    store.close()
    reopened = Store(store.url)
    assert len(reopened.pending_fusion()) == 1 and reopened.counts()["deals"] == 0
    reopened.close()
    result = CliRunner().invoke(app, ["deals", "--db", store.url, "--format", "json"])
    assert result.exit_code == 0, result.output
    (deal,) = json.loads(result.stdout)
    assert deal["register"]["order_year"] == 2007 and deal["register"]["number_ordered"] == 100
