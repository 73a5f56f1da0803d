"""The web's store layer (full-text index, read queries) and its renderers
(highlighting, SVG), on small stores built here without the nlp pipeline."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET

import pytest
import sqlalchemy as sa
from markupsafe import Markup

from armsledger.ingest.document import make_document
from armsledger.model import Event, EventType, Evidence, Modality, Source, SystemRef, TimeRef
from armsledger.refresh import refresh_deals
from armsledger.store import Store, queries
from armsledger.store.migrations import MIGRATIONS
from armsledger.store.search import fts5_query, rebuild_search_index, search_documents
from armsledger.web.highlight import Mark, document_html, event_marks, render, resolve
from armsledger.web.svg import country_flow_svg, fractional_year, network_svg, timeline_svg


def _event(document, sentence, *, type=EventType.DELIVERY, modality=Modality.ASSERTED, supplier="RUS",
           recipient="IRN", family="s-300", trigger="delivered", time=None, outlet="tass", quantity=None):
    start = document.text.index(sentence)
    return Event(doc_id=document.id, type=type, modality=modality, supplier=supplier, recipient=recipient,
                 parties=sorted({supplier, recipient}),
                 systems=[SystemRef(text=family.upper(), id=family, family=family,
                                    category="surface-to-air missile system")],
                 quantity=quantity, time=TimeRef(text=f"in {time}", start=time) if time else None,
                 attribution=[Source(text=outlet.upper(), kind="outlet", id=outlet)],
                 evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence), trigger=trigger),
                 rule="test.rule")


def _add(store, text, *, published="2016-10-13", outlet="tass", events=()):
    document = make_document(text, source=f"{outlet}.txt", published=published, outlet=outlet,
                             url=f"https://example.org/{outlet}")
    store.add_document(document, [_event(document, sentence, outlet=outlet, **kw) for sentence, kw in events])
    return document


@pytest.fixture
def store(db_path):
    store = Store(db_path)
    _add(store, "Russia delivered S-300 systems to Iran in 2016, TASS reported. Deliveries were complete.",
         events=[("Russia delivered S-300 systems to Iran in 2016, TASS reported.", {"time": "2016", "quantity": 4})])
    _add(store, "Russia did not deliver S-300 systems to Iran, RIA said.", outlet="ria", published="2010-09-22",
         events=[("Russia did not deliver S-300 systems to Iran, RIA said.",
                  {"modality": Modality.NEGATED, "trigger": "deliver", "time": "2016"})])
    _add(store, "Russia delivered S-300 systems to Iran, Xinhua said, twelve of them.", outlet="xinhua",
         events=[("Russia delivered S-300 systems to Iran, Xinhua said, twelve of them.",
                  {"quantity": 12, "time": "2016"})])
    _add(store, "France signed a contract for Rafale jets with Egypt in 2015.", outlet="afp", published="2015-02-16",
         events=[("France signed a contract for Rafale jets with Egypt in 2015.",
                  {"type": EventType.AGREEMENT, "supplier": "FRA", "recipient": "EGY", "family": "rafale",
                   "trigger": "signed", "time": "2015"})])
    _add(store, "A weather report about rain in Lisbon.", outlet="afp", published="2020-01-01")
    refresh_deals(store)
    yield store
    store.close()


# --- full-text search ---------------------------------------------------------

def test_migration_2_is_the_search_index(db_path):
    store = Store(db_path)
    assert store.version >= 2 and (2, MIGRATIONS[1][1]) == MIGRATIONS[1]
    names = {r[0] for r in sqlite3.connect(db_path).execute("select name from sqlite_master")}
    assert {"documents_fts", "documents_fts_ai", "documents_fts_ad", "documents_fts_au",
            "ix_documents_published"} <= names


def test_search_index_follows_inserts_updates_deletes(store):
    assert search_documents(store.engine, "Lisbon").total == 1
    assert search_documents(store.engine, "delivering").total == 3  # stemmed: deliver, delivered
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE documents SET text = 'Snow in Oslo.', title = 'Oslo' WHERE text LIKE '%Lisbon%'"))
    assert search_documents(store.engine, "Lisbon").total == 0
    assert search_documents(store.engine, "Oslo").total == 1
    with store.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM documents WHERE text LIKE '%Oslo%'"))
    assert search_documents(store.engine, "Oslo").total == 0
    with store.engine.begin() as conn:
        rebuild_search_index(conn)
    assert search_documents(store.engine, "Rafale").total == 1


def test_search_index_is_built_for_documents_stored_before_it(db_path):
    store = Store(db_path)
    _add(store, "Russia delivered S-300 systems to Iran.", events=[])
    store.close()
    raw = sqlite3.connect(db_path)
    raw.executescript("DROP TABLE documents_fts; DROP TRIGGER documents_fts_ai; DROP TRIGGER documents_fts_ad;"
                      "DROP TRIGGER documents_fts_au; DELETE FROM schema_version WHERE version >= 2;")
    raw.close()
    again = Store(db_path)
    assert again.version >= 2
    assert search_documents(again.engine, "S-300").total == 1


def test_search_ranks_titles_and_marks_snippets(store):
    result = search_documents(store.engine, "Rafale Egypt")
    assert result.total == 1
    hit = result.hits[0]
    assert "<mark>Rafale</mark>" in hit.snippet_html()
    assert isinstance(hit.snippet_html(), Markup)


@pytest.mark.parametrize("typed, query", [
    ("S-300 Iran", '"S-300" AND "Iran"'),
    ('"air defense" deliver*', '"air defense" AND "deliver"*'),
    ("Rafale OR Typhoon Egypt", '("Rafale" OR "Typhoon") AND "Egypt"'),
    ('say "hi', '"say" AND "hi"'),
    ("AND OR NOT", '("AND" OR "NOT")'),
    ("*** --- ()", ""),
    ('a"b', '"a""b"'),
])
def test_fts5_query_quotes_everything(typed, query):
    assert fts5_query(typed) == query


@pytest.mark.parametrize("typed", ['"', "NEAR(", "title:x", "^x", "x AND", "OR OR", "-x", "{x}", "'", "\\"])
def test_odd_queries_do_not_raise(store, typed):
    assert search_documents(store.engine, typed).total >= 0


# --- read queries ---------------------------------------------------------------

def test_list_deals_filters_sorts_pages(store):
    page = queries.list_deals(store, queries.DealFilter(), sort="-sources", per_page=1)
    assert page.total == 2 and page.pages == 2 and len(page.items) == 1
    assert page.items[0]["family"] == "s-300" and page.items[0]["sources"] == 3
    only = queries.list_deals(store, queries.DealFilter(supplier="FRA"))
    assert [d["family"] for d in only.items] == ["rafale"]
    assert queries.list_deals(store, queries.DealFilter(since=2016)).total == 1
    assert queries.list_deals(store, queries.DealFilter(until=2014)).total == 0
    assert queries.list_deals(store, queries.DealFilter(category="surface-to-air missile system")).total == 2
    assert queries.list_deals(store, queries.DealFilter(), per_page=10_000).per_page == queries.MAX_PAGE_SIZE


def test_deal_detail_bounds_and_contradictions(store):
    deal_id = queries.list_deals(store, queries.DealFilter(family="s-300")).items[0]["id"]
    deal = queries.deal_detail(store, deal_id, per_step=1, max_events=1)
    assert sum(len(s["events"]) for s in deal["timeline"]) == 1
    deal = queries.deal_detail(store, deal_id)
    assert deal["event_count"] == 3 and {s["source"] for s in deal["source_list"]} == {"tass", "ria", "xinhua"}
    kinds = {c["about"]: c for c in deal["contradictions"]}
    modality = {c["modality"]: c for c in kinds["modality"]["claims"]}
    assert set(modality) == {"ASSERTED", "NEGATED"}
    assert modality["NEGATED"]["source"] == "ria" and modality["NEGATED"]["event"]["source_label"] == "ria"
    assert [c["number"] for c in kinds["quantity"]["claims"]] == [4, 12]
    assert all(c["event"] and c["event"]["quantity"] == c["number"] for c in kinds["quantity"]["claims"])
    assert queries.deal_detail(store, "nope") is None


def test_spread_gives_every_step_a_turn():
    assert queries.deal_page._spread([["a1", "a2", "a3"], ["b1"], ["c1", "c2"]], per_step=2, budget=4) == [
        ["a1", "a2"], ["b1"], ["c1"]]


def test_events_documents_countries(store):
    events = queries.list_events(store, queries.EventFilter(family="s-300", modality="NEGATED"))
    assert events.total == 1 and events.items[0]["source_label"] == "ria"
    deal_id = queries.list_deals(store, queries.DealFilter(family="rafale")).items[0]["id"]
    assert queries.list_events(store, queries.EventFilter(deal=deal_id)).total == 1
    assert queries.list_events(store, queries.EventFilter(since=2016, until=2016)).total == 3
    docs = queries.list_documents(store, queries.DocumentFilter(outlet="afp"))
    assert docs.total == 2 and {d["events"] for d in docs.items} == {0, 1}
    assert "text" not in docs.items[0]
    assert queries.country_detail(store, "EGY")["deals_received"] == 1
    assert queries.country_detail(store, "ZZZ") is None
    assert {c["code"] for c in queries.countries(store)} == {"RUS", "IRN", "FRA", "EGY"}
    assert list(queries.iter_deals(store, queries.DealFilter(), limit=1))[0]["id"]


# --- rendering ----------------------------------------------------------------

def test_render_escapes_and_resolves_overlaps():
    text = "<b>Russia</b> & Iran"
    marks = [Mark(3, 9, kind="party", label="RUS"), Mark(0, 12, kind="time", label="<x>"),
             Mark(16, 20, kind="party", label='"IRN"')]
    html = str(render(text, marks))
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert html.count("<mark") == 2 and "&#34;IRN&#34;" in html
    assert [m.kind for m in resolve(marks)] == ["party", "party"]


def test_event_marks_find_trigger_system_time_source_parties():
    event = {"type": "DELIVERY", "modality": "PLANNED", "supplier": "RUS", "recipient": "IRN",
             "parties": ["IRN", "RUS"], "rule": "r",
             "systems": [{"text": "S-300 systems", "family": "s-300", "category": "surface-to-air missile system"}],
             "time": {"text": "next year", "start": "2016", "granularity": "year"},
             "attribution": [{"text": "TASS", "kind": "outlet", "id": "tass"}],
             "evidence": {"sentence": "Russia will deliver S-300 systems to Iran next year, TASS reported.",
                          "start": 0, "end": 66, "trigger": "deliver"}}
    kinds = {m.kind: event["evidence"]["sentence"][m.start:m.end] for m in event_marks(event)}
    assert kinds["trigger"] == "deliver" and kinds["system"] == "S-300 systems"
    assert kinds["time"] == "next year" and kinds["source"] == "TASS"
    assert kinds.get("party") in {"Russia", "Iran"}  # from the catalog of actors


def test_document_html_anchors_each_event():
    text = "First sentence. Russia delivered S-300 to Iran. Last."
    sentence = "Russia delivered S-300 to Iran."
    start = text.index(sentence)
    events = [{"id": "e1", "type": "DELIVERY", "modality": "ASSERTED", "supplier": "RUS", "recipient": "IRN",
               "evidence": {"start": start, "end": start + len(sentence), "trigger": "delivered"}},
              {"id": "e2", "type": "AGREEMENT", "modality": "PLANNED", "supplier": "RUS", "recipient": "IRN",
               "evidence": {"start": start, "end": start + len(sentence), "trigger": "nothing"}}]
    html = str(document_html(text, events, [Mark(start + 17, start + 22, kind="system", label="s-300")]))
    assert 'id="ev-e1"' in html and 'id="ev-e2"' in html and html.count('class="evidence"') == 1
    assert "hl-trigger" in html and "hl-system" in html
    assert html.startswith("First sentence. ") and html.endswith(" Last.")


def test_fractional_year():
    assert fractional_year("2015") == 2015.5
    assert 2015.2 < fractional_year("2015-04") < 2015.4
    assert 2015.27 < fractional_year("2015-04-13") < 2015.29
    assert fractional_year(None) is None and fractional_year("soon") is None


@pytest.mark.parametrize("steps", [
    [],
    [{"type": "DELIVERY", "modality": "ASSERTED", "time": "2016", "sources": ["tass"]}],
    [{"type": "AGREEMENT", "modality": "PLANNED", "time": None, "reported": "2010-09-22", "sources": ["a", "b"]},
     {"type": "SUSPENSION", "modality": "NEGATED", "time": None, "sources": []},
     {"type": "DELIVERY", "modality": "SPECULATED", "time": "2010-09", "sources": ["<script>"]}],
    [{"type": "DELIVERY", "modality": "ASSERTED", "time": f"{2000 + i % 20}", "sources": ["x"]} for i in range(120)],
])
def test_timeline_svg_is_well_formed(steps):
    svg = str(timeline_svg(steps, title="<A & B>"))
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert svg.count('class="tl-step"') >= len(steps)
    assert "<script>" not in svg


def test_flow_svgs_are_well_formed():
    flows = [{"supplier": "RUS", "recipient": "IRN", "deals": 3, "families": ["s-300"], "statuses": {"DELIVERY": 1}},
             {"supplier": "FRA", "recipient": "RUS", "deals": 1, "families": ["<x>"], "statuses": {}}]
    for svg in (network_svg(flows, deals_url=lambda **p: "/deals?x=1&y=2", country_url=lambda c: f"/countries/{c}"),
                country_flow_svg("RUS", [flows[0]], [flows[1]], deals_url=lambda **p: "/deals",
                                 country_url=lambda c: f"/countries/{c}"),
                country_flow_svg("RUS", [], [], deals_url=lambda **p: "/deals", country_url=lambda c: c)):
        ET.fromstring(str(svg))


def test_deal_page_shows_claims_side_by_side(store):
    from armsledger.web import create_app

    from .conftest import Client

    deal_id = queries.list_deals(store, queries.DealFilter(family="s-300")).items[0]["id"]
    client = Client(create_app(store, annotate=False))
    try:
        html = client.get(f"/deals/{deal_id}").text
    finally:
        client.close()
    section = html[html.index('id="contradictions"'):html.index('class="deal-body"')]
    # one claim per source for the modality (tass, xinhua, ria), one per number for the quantity
    assert section.count('class="claim"') == 5
    assert "did not" in section and "twelve" in section
