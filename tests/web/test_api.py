"""The JSON API and the HTML pages, through an in-process httpx client over
the example ledger. Assertions follow the record shapes, not particular
extraction results: filter values are taken from the data itself."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
import sqlalchemy as sa

from armsledger.store.queries import MAX_PAGE_SIZE


@pytest.fixture(scope="module")
def all_deals(client):
    body = client.get(f"/deals.json?per_page={MAX_PAGE_SIZE}").json()
    assert body["total"] == len(body["items"]) > 0
    return body["items"]


@pytest.fixture(scope="module")
def documents(client):
    return client.get("/documents.json?per_page=100").json()["items"]


# --- every page has an HTML face and a JSON twin --------------------------------

def _pages(deal_id, doc_id, country):
    return ["/", "/deals", "/deals?sort=-sources&page=1", f"/deals/{deal_id}", "/events", "/countries",
            f"/countries/{country}", "/documents", f"/documents/{doc_id}", "/search?q=missile"]


def test_pages_render_html_and_json(client, all_deals, documents):
    deal = all_deals[0]
    for path in _pages(deal["id"], documents[0]["id"], deal["supplier"] or deal["recipient"]):
        html = client.get(path)
        assert html.status_code == 200, path
        assert html.headers["content-type"].startswith("text/html")
        assert "<!doctype html>" in html.text[:50]
        base, _, query = path.partition("?")
        twin = (base.rstrip("/") or "/index") + ".json" + (f"?{query}" if query else "")
        if base == "/":
            twin = "/index.json"
        data = client.get(twin)
        assert data.status_code == 200, twin
        assert data.headers["content-type"] == "application/json"
        assert f'href="{twin.replace("&", "&amp;")}"' in html.text, f"{path} links its JSON twin"


def test_deals_json_shape(all_deals):
    for deal in all_deals:
        assert {"id", "supplier", "recipient", "family", "category", "status", "status_modality", "sources",
                "documents", "events", "first_time", "last_time", "contradictions", "timeline", "steps"} <= set(deal)
        assert deal["sources"] >= 1 and deal["events"] >= 1
        assert len(deal["timeline"]) <= deal["steps"]
        for step in deal["timeline"]:
            assert {"type", "modality", "time", "sources", "events"} <= set(step)


def test_deals_list_has_counts_facets_and_links(client):
    body = client.get("/deals.json?per_page=2").json()
    assert body["per_page"] == 2 and len(body["items"]) <= 2
    assert body["pages"] == -(-body["total"] // 2)
    assert set(body["facets"]) == {"status", "modality", "supplier", "recipient", "category"}
    assert sum(f["count"] for f in body["facets"]["status"]) == body["total"]
    if body["pages"] > 1:
        assert body["links"]["next"] == "/deals.json?per_page=2&page=2"
        nxt = client.get(body["links"]["next"]).json()
        assert nxt["page"] == 2 and {d["id"] for d in nxt["items"]}.isdisjoint(d["id"] for d in body["items"])
    assert body["links"]["prev"] is None


@pytest.mark.parametrize("param, field", [("supplier", "supplier"), ("recipient", "recipient"),
                                          ("system", "family"), ("category", "category"),
                                          ("status", "status"), ("modality", "status_modality")])
def test_deals_filters(client, all_deals, param, field):
    value = next(d[field] for d in all_deals if d[field])
    given = value.lower() if param in {"supplier", "recipient", "status", "modality"} else value.upper() if param == "system" else value
    body = client.get("/deals.json", params={param: given, "per_page": MAX_PAGE_SIZE}).json()
    assert body["total"] == sum(1 for d in all_deals if d[field] == value) > 0
    assert all(d[field] == value for d in body["items"])
    assert body["filters"] == {param: [value]}  # every filter takes several values


def test_deals_country_filter_takes_either_side(client, all_deals):
    code = all_deals[0]["supplier"] or all_deals[0]["recipient"]
    body = client.get("/deals.json", params={"country": code, "per_page": MAX_PAGE_SIZE}).json()
    assert body["total"] == sum(1 for d in all_deals if code in (d["supplier"], d["recipient"]))


def test_deals_year_range_keeps_deals_active_in_it(client, all_deals):
    dated = [d for d in all_deals if d["first_time"]]
    assert dated
    year = int(dated[0]["first_time"][:4])
    body = client.get("/deals.json", params={"since": year, "until": year, "per_page": MAX_PAGE_SIZE}).json()
    expected = {d["id"] for d in dated if int(d["first_time"][:4]) <= year <= int(d["last_time"][:4])}
    assert {d["id"] for d in body["items"]} == expected


@pytest.mark.parametrize("sort, key", [("-sources", "sources"), ("documents", "documents"), ("supplier", "supplier")])
def test_deals_sort(client, sort, key):
    items = client.get("/deals.json", params={"sort": sort, "per_page": MAX_PAGE_SIZE}).json()["items"]
    values = [d[key] for d in items if d[key] is not None]
    assert values == sorted(values, reverse=sort.startswith("-"))


def test_empty_form_fields_mean_no_filter(client, all_deals):
    body = client.get("/deals.json?supplier=&recipient=&system=&category=&status=&modality=&since=&until=&sort=&page=").json()
    assert body["total"] == len(all_deals) and body["filters"] == {}


@pytest.mark.parametrize("query, parameter, words", [
    ("supplier=R1", "supplier", "unknown country 'R1'"),
    ("status=SHIPPED", "status", "unknown status 'SHIPPED'"),
    ("modality=maybe", "modality", "ASSERTED"),
    ("category=spaceship", "category", "did you mean surface ship"),
    ("since=abc", "since", "integer"),
    ("since=1066", "since", "year between"),
    ("since=2020&until=2010", "until", "before since"),
    ("sort=price", "sort", "one of"),
    (f"per_page={MAX_PAGE_SIZE + 1}", "per_page", "less than or equal"),
    ("page=0", "page", "greater than or equal"),
])
def test_bad_parameters_are_422_with_a_clear_message(client, query, parameter, words):
    response = client.get(f"/deals.json?{query}")
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid parameters"
    (item,) = [d for d in body["detail"] if d["parameter"] == parameter]
    assert words in item["message"]
    html = client.get(f"/deals?{query}", headers={"accept": "text/html"})
    assert html.status_code == 422 and "text/html" in html.headers["content-type"]
    assert parameter in html.text


@pytest.mark.parametrize("path", ["/deals/000000000000", "/deals/nope.json", "/documents/ffff.json",
                                  "/countries/XYZ.json", "/countries/12.json", "/no/such/page"])
def test_unknown_ids_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    if path.endswith(".json"):
        assert response.json()["error"]
    html = client.get(path.removesuffix(".json"), headers={"accept": "text/html"})
    assert html.status_code == 404 and "<h1>404" in html.text


# --- a deal -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def richest(all_deals):
    return max(all_deals, key=lambda d: (d["events"], d["sources"]))


def test_deal_json_has_steps_evidence_sources(client, richest):
    deal = client.get(f"/deals/{richest['id']}.json").json()
    assert deal["id"] == richest["id"] and deal["event_count"] == richest["events"]
    assert len(deal["timeline"]) == richest["steps"]
    shown = [e for step in deal["timeline"] for e in step["events"]]
    assert shown and all(step["events"] or step["event_count"] == 0 for step in deal["timeline"][:20])
    for event in shown:
        ev = event["evidence"]
        assert ev["sentence"] and ev["trigger"] and 0 <= ev["start"] < ev["end"]
        assert {"doc_id", "source_label", "published", "outlet", "rule"} <= set(event)
    assert sum(s["events"] for s in deal["source_list"]) == deal["event_count"]
    assert len(deal["source_list"]) == deal["sources"]
    for source in deal["source_list"]:
        assert source["document_list"] and len(source["document_list"]) <= 3
    assert deal["links"]["svg"] == f"/deals/{deal['id']}.svg"


def test_deal_evidence_is_bounded(client, richest):
    deal = client.get(f"/deals/{richest['id']}.json?per_step=1").json()
    assert all(len(step["events"]) <= 1 for step in deal["timeline"])
    assert client.get(f"/deals/{richest['id']}.json?per_step=51").status_code == 422


def _report(text: str, outlet: str, modality: str):
    from armsledger.ingest.document import make_document
    from armsledger.model import Event, EventType, Evidence, Modality, SystemRef, TimeRef

    document = make_document(text, source=f"<{outlet}>", outlet=outlet, published="2021-03-04")
    event = Event(doc_id=document.id, type=EventType.DELIVERY, modality=Modality(modality), supplier="RUS",
                  recipient="IRN", parties=["IRN", "RUS"],
                  systems=[SystemRef(text="S-400", id="s-400", family="s-400",
                                     category="surface-to-air missile system")],
                  time=TimeRef(text="in March", start="2021-03", granularity="month"),
                  evidence=Evidence(sentence=text, start=0, end=len(text), trigger="delivered"), rule="test")
    return document, [event]


def test_deal_contradictions_have_claims_side_by_side(make_client, tmp_path):
    from armsledger.refresh import refresh_deals
    from armsledger.store import Store

    store = Store(tmp_path / "disputed.db")
    store.add_document(*_report("Russia delivered S-400 systems to Iran in March, TASS said.", "tass", "ASSERTED"))
    store.add_document(*_report("Russia has not delivered S-400 systems to Iran, Reuters said.", "reuters", "NEGATED"))
    refresh_deals(store)
    client = make_client(store)
    (listed,) = client.get("/deals.json").json()["items"]
    assert listed["contradictions"], "an asserted and a denied delivery by two outlets contradict each other"
    deal = client.get(f"/deals/{listed['id']}.json").json()
    assert [c["summary"] for c in deal["contradictions"]] == [c["summary"] for c in listed["contradictions"]]
    for item in deal["contradictions"]:
        assert len(item["claims"]) >= 2
        assert {claim["source"] for claim in item["claims"]} == {"tass", "reuters"}
        for claim in item["claims"]:
            assert claim["event"]["id"] == claim["event_id"] and claim["event"]["source_label"] == claim["source"]
            if item["about"] == "modality":
                assert claim["event"]["modality"] == claim["modality"]


def test_deal_page_shows_timeline_evidence_and_sources(client, richest):
    html = client.get(f"/deals/{richest['id']}").text
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html and 'class="timeline"' in html
    assert html.count('class="tl-step"') >= richest["steps"]
    assert 'id="step-0"' in html
    assert 'class="hl hl-trigger"' in html
    assert 'class="evidence-card"' in html
    assert f'<b id="source-count">{richest["sources"]}</b>' in html


def test_deal_svg_is_well_formed(client, all_deals):
    for deal in all_deals[:10]:
        response = client.get(f"/deals/{deal['id']}.svg")
        assert response.status_code == 200 and response.headers["content-type"].startswith("image/svg+xml")
        root = ET.fromstring(response.text)
        assert root.tag.endswith("svg")


# --- events, countries, documents, search -------------------------------------------

def test_events_list_filters_and_records(client, all_deals):
    deal = all_deals[0]
    body = client.get("/events.json", params={"deal": deal["id"], "per_page": MAX_PAGE_SIZE}).json()
    assert body["total"] == deal["events"]
    for event in body["items"]:
        assert {"id", "doc_id", "type", "modality", "supplier", "recipient", "parties", "systems",
                "evidence", "rule", "source_label"} <= set(event)
        assert deal["family"] in {s["family"] for s in event["systems"]}
    by_type = client.get("/events.json", params={"type": "delivery", "per_page": 5}).json()
    assert all(e["type"] == "DELIVERY" for e in by_type["items"])


def test_events_filtered_by_system_and_document(client, documents):
    doc = next(d for d in documents if d["events"])
    body = client.get("/events.json", params={"doc": doc["id"], "per_page": MAX_PAGE_SIZE}).json()
    assert body["total"] == doc["events"]
    family = next((s["family"] for e in body["items"] for s in e["systems"] if s["family"]), None)
    if family:
        by_family = client.get("/events.json", params={"system": family, "per_page": MAX_PAGE_SIZE}).json()
        assert by_family["total"] >= 1
        assert all(family in {s["family"] for s in e["systems"]} for e in by_family["items"])


def test_countries_and_flows(client, all_deals):
    body = client.get("/countries.json").json()
    codes = {c["code"] for c in body["items"]}
    assert {d["supplier"] for d in all_deals if d["supplier"]} <= codes
    assert sum(f["deals"] for f in body["flows"]) == sum(1 for d in all_deals if d["supplier"] and d["recipient"])
    code = next(d["supplier"] for d in all_deals if d["supplier"] and d["recipient"])
    country = client.get(f"/countries/{code}.json").json()
    assert country["code"] == code and country["deals_supplied"] >= 1
    assert all(f["supplier"] == code for f in country["supplies"])
    html = client.get(f"/countries/{code}").text
    assert 'class="flows"' in html
    assert client.get(f"/countries/{code.lower()}", follow_redirects=False).status_code == 308


@pytest.fixture(scope="module")
def deal_document(client, richest, documents):
    """A document that contributed to a deal, so it names a weapon system."""
    event = client.get(f"/events.json?deal={richest['id']}&per_page=1").json()["items"][0]
    return next(d for d in documents if d["id"] == event["doc_id"])


def test_document_json_has_text_events_annotations(client, deal_document):
    doc = deal_document
    body = client.get(f"/documents/{doc['id']}.json").json()
    assert body["text"] and len(body["events"]) == doc["events"]
    kinds = {a["kind"] for a in body["annotations"]}
    assert "system" in kinds and kinds & {"state", "institution", "person", "outlet"}
    for mark in body["annotations"]:
        assert 0 <= mark["start"] < mark["end"] <= len(body["text"])
    assert body["deals"]


def test_document_page_highlights_like_displacy(client, deal_document):
    doc = deal_document
    html = client.get(f"/documents/{doc['id']}").text
    for kind in ("trigger", "system"):
        assert f'class="hl hl-{kind}"' in html
    assert 'class="evidence"' in html and 'id="ev-' in html


def test_search_finds_and_marks(client):
    body = client.get("/search.json?q=S-300").json()
    assert body["total"] >= 1 and body["engine"] == "fts5"
    hit = body["items"][0]
    assert "<mark>" in hit["snippet_html"] and "<mark>" not in hit["snippet"]
    stemmed = client.get("/search.json?q=deliveries").json()
    assert stemmed["total"] >= client.get('/search.json?q="deliveries"').json()["total"] >= 0


@pytest.mark.parametrize("query", ['"unclosed', "AND OR NOT", "(((", "*", "-", 'col:x', "NEAR(a b)", "🚀"])
def test_search_never_fails_on_odd_queries(client, query):
    response = client.get("/search.json", params={"q": query})
    assert response.status_code == 200


def test_search_query_is_bounded(client):
    assert client.get("/search.json", params={"q": "x" * 301}).status_code == 422


# --- exports ----------------------------------------------------------------------

def test_deals_csv_export_is_the_filtered_list(client, all_deals):
    code = all_deals[0]["supplier"] or all_deals[0]["recipient"]
    response = client.get("/deals.csv", params={"country": code})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == sum(1 for d in all_deals if code in (d["supplier"], d["recipient"]))
    assert {"id", "supplier", "recipient", "family", "status", "sources", "timeline"} <= set(rows[0])


def test_events_exports(client, all_deals):
    deal = all_deals[0]
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv", params={"deal": deal["id"]}).text)))
    assert len(rows) == deal["events"] and all(r["sentence"] for r in rows)
    lines = client.get("/events.ndjson", params={"deal": deal["id"]}).text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in rows]
    deals = [json.loads(line) for line in client.get("/deals.ndjson").text.splitlines()]
    assert len(deals) == len(all_deals)


def test_csv_cells_cannot_become_formulas():
    from armsledger.web.pages import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _cell("@SUM") == "'@SUM" and _cell("plain") == "plain" and _cell(3) == 3


# --- schema and safety ------------------------------------------------------------

def test_openapi_documents_the_json_twins(client):
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/deals.json", "/deals/{deal_id}.json", "/events.json", "/countries.json",
            "/countries/{code}.json", "/documents.json", "/documents/{doc_id}.json", "/search.json",
            "/index.json", "/deals.csv", "/events.csv", "/deals.ndjson", "/events.ndjson"} <= paths
    assert "/deals" not in paths and "/api/ingest" not in paths
    params = {p["name"] for p in schema["paths"]["/deals.json"]["get"]["parameters"]}
    assert {"supplier", "recipient", "system", "category", "status", "modality", "since", "until", "sort",
            "page", "per_page"} <= params
    assert "DealsOut" in schema["components"]["schemas"]
    assert "/deals.json" in client.get("/api").text


@pytest.mark.parametrize("path", ["/", "/deals.json", "/static/style.css", "/nothing", "/deals.csv"])
def test_security_headers_everywhere(client, path):
    headers = client.get(path).headers
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "script-src" not in headers["content-security-policy"]  # so no script may run at all
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_read_only_by_default(client, app):
    assert client.post("/api/ingest", json={"text": "x"}).status_code in (404, 405)
    assert all("POST" not in getattr(r, "methods", set()) for r in app.routes)
    with pytest.raises(sa.exc.OperationalError, match="readonly|read-only|query_only"):
        with app.state.store.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM deals"))


def test_ingest_needs_the_token(make_client, tmp_path, example_db):
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(example_db, db)
    client = make_client(db, ingest_token="s3cret")
    text = "Russia delivered S-400 systems to Belarus in 2022, TASS reported."
    assert client.post("/api/ingest", json={"text": text}).status_code == 401
    assert client.post("/api/ingest", json={"text": text}, headers={"authorization": "Bearer nope"}).status_code == 401
    before = {f["value"] for f in client.get("/deals.json").json()["facets"]["recipient"]}
    assert "BLR" not in before  # and the facets are now kept for a few seconds
    ok = client.post("/api/ingest", json={"text": text, "published": "2022-05-01", "outlet": "tass"},
                     headers={"authorization": "Bearer s3cret"})
    assert ok.status_code == 200, ok.text
    body = ok.json()
    assert body["added"] and body["events"] >= 1
    # The facets kept before the ingest are dropped by it, in this process.
    assert "BLR" in {f["value"] for f in client.get("/deals.json").json()["facets"]["recipient"]}
    again = client.post("/api/ingest", json={"text": text}, headers={"authorization": "Bearer s3cret"}).json()
    assert again["added"] is False and again["status"] == "duplicate"
    assert client.get(f"/documents/{body['id']}.json").json()["events"]
    found = client.get("/search.json?q=Belarus").json()
    assert body["id"] in {h["id"] for h in found["items"]}


def test_unknown_parameters_do_not_reach_sql(client):
    # Sorting and filtering only by whitelisted keys; a would-be injection is a 422 or no match.
    assert client.get("/deals.json", params={"sort": "id; DROP TABLE deals"}).status_code == 422
    body = client.get("/events.json", params={"source": "x' OR '1'='1"}).json()
    assert body["total"] == 0


def test_worker_processes_build_their_app_from_the_environment(monkeypatch, example_db):
    from armsledger.web import CONFIG_ENV, app_from_env

    monkeypatch.setenv(CONFIG_ENV, json.dumps({"db": str(example_db), "ingest_token": None, "annotate": False}))
    app = app_from_env()
    assert app.state.ingest_token is None and not app.state.annotator.enabled
    assert app.state.store.counts()["deals"] > 0
