"""Long lists come bounded, with their counts, and nothing becomes
unreachable: a deals list row names each step's first few sources and says
how many there are; a deal's page gives the first sources, reports,
contradictions and claims with their counts, and `?sources=all`
(`contradictions`, `claims`) gives every one, as the exports do. On SQLite
and on PostgreSQL (whose list rows the database keeps, migration 10)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from armsledger.ingest.document import make_document
from armsledger.model import Event, EventType, Evidence, Modality, Source, SystemRef, TimeRef
from armsledger.refresh import refresh_deals
from armsledger.store import Store
from armsledger.store.list_rows import LIST_SOURCES, LIST_STEPS
from armsledger.store.queries import DealBounds
from armsledger.store.read_paths import LIST_CLAIMS, LIST_CONTRADICTIONS
from armsledger.web import create_app

from ..databases import KINDS, fresh_database
from .conftest import Client

PAGE = DealBounds()
# The first year is reported by more outlets than a deal page names (half
# assert the delivery, half deny it: one contradiction with twice as many
# claims); each later year by a few, one contradiction a year, more than a page shows.
CROWDED = 2 * PAGE.sources + 4
YEARS = {2001: CROWDED, **{year: 4 for year in range(2002, 2002 + PAGE.contradictions)}}
assert PAGE.claims < CROWDED and LIST_CLAIMS < CROWDED and LIST_CONTRADICTIONS < len(YEARS)


def _add(store: Store, year: int, outlet: str, modality: Modality) -> None:
    sentence = f"Leopard tanks for Poland in {year}, said {outlet}."
    document = make_document(f"Report {year} {outlet}\n\n{sentence}", source=f"{year}-{outlet}.txt",
                             published=f"{year}-06-01", outlet=outlet)
    start = document.text.index(sentence)
    store.add_document(document, [Event(
        doc_id=document.id, type=EventType.DELIVERY, modality=modality, supplier="DEU", recipient="POL",
        parties=["DEU", "POL"], systems=[SystemRef(text="Leopard", id="leopard-2", family="leopard-2", category="tank")],
        time=TimeRef(text=str(year), start=str(year)), attribution=[Source(text=outlet, kind="outlet", id=outlet)],
        evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence), trigger="x"),
        rule="test", confidence=0.8)])


@pytest.fixture(scope="module", params=KINDS)
def crowded(request, tmp_path_factory):
    """A client of a ledger holding one crowded, disputed deal, and its id."""
    with fresh_database(request.param, tmp_path_factory.mktemp("bounded")) as db:
        store = Store(db)
        for year, outlets in YEARS.items():
            for n in range(outlets):
                _add(store, year, f"outlet{n:02d}", Modality.ASSERTED if n % 2 else Modality.NEGATED)
        refresh_deals(store)
        client = Client(create_app(store))
        (deal,) = client.get("/deals.json").json()["items"]
        yield client, deal["id"]
        client.close()
        store.close()


def _whole(client: Client, deal_id: str) -> dict:
    """The deal as the JSON Lines export gives it: every list whole."""
    lines = client.get("/deals.ndjson").text.splitlines()
    (deal,) = [d for d in map(json.loads, lines) if d["id"] == deal_id]
    return deal


def test_list_row_names_a_few_sources_and_counts_them(crowded):
    client, deal_id = crowded
    (row,) = client.get("/deals.json").json()["items"]
    whole = _whole(client, deal_id)
    assert row["steps"] == len(whole["timeline"]) > LIST_STEPS == len(row["timeline"]) and row["timeline_truncated"]
    assert [s["source_count"] for s in row["timeline"]] == [len(s["sources"]) for s in whole["timeline"][:LIST_STEPS]]
    for step, full in zip(row["timeline"], whole["timeline"][:LIST_STEPS], strict=True):
        assert step["sources"] == full["sources"][:LIST_SOURCES]
        assert step["sources_truncated"] == (len(full["sources"]) > LIST_SOURCES)
        assert not full["sources_truncated"]
    assert max(s["source_count"] for s in row["timeline"]) == CROWDED // 2
    assert row["contradiction_count"] == len(whole["contradictions"]) == len(YEARS)
    assert len(row["contradictions"]) == LIST_CONTRADICTIONS
    crowded_claims = row["contradictions"][0]
    assert crowded_claims["claim_count"] == CROWDED and crowded_claims["claims_truncated"]
    # Texts naming every source are cut in a list row, whole in the export.
    assert crowded_claims["summary_truncated"] and row["comments_truncated"]
    assert whole["contradictions"][0]["summary"].startswith(crowded_claims["summary"].rstrip("…"))
    assert whole["register"]["comments"].startswith(row["register"]["comments"].rstrip("…"))
    assert crowded_claims["claims"] == whole["contradictions"][0]["claims"][:LIST_CLAIMS]


def test_deal_page_bounds_its_lists_and_counts_them(crowded):
    client, deal_id = crowded
    deal = client.get(f"/deals/{deal_id}.json").json()
    assert deal["bounds"] == {"sources": PAGE.sources, "contradictions": PAGE.contradictions, "claims": PAGE.claims}
    first = deal["timeline"][0]
    assert len(first["sources"]) == PAGE.sources < first["source_count"] == CROWDED // 2
    assert first["sources_truncated"]
    assert len(deal["source_list"]) == PAGE.sources < deal["sources"] == CROWDED
    assert deal["source_list_truncated"]
    assert len(deal["contradictions"]) == PAGE.contradictions < deal["contradiction_count"] == len(YEARS)
    assert deal["contradictions_truncated"]
    assert len(deal["contradictions"][0]["claims"]) == PAGE.claims < deal["contradictions"][0]["claim_count"]
    assert all(claim["event"] for claim in deal["contradictions"][0]["claims"])
    assert len(deal["reports"]) == PAGE.sources < deal["documents"] and deal["reports_truncated"]
    assert [r["published"] for r in deal["reports"]] == sorted(r["published"] for r in deal["reports"])


def test_everything_is_reachable_from_the_deal_page(crowded):
    client, deal_id = crowded
    bounded = client.get(f"/deals/{deal_id}.json").json()
    deal = client.get(bounded["links"]["everything"]).json()
    whole = _whole(client, deal_id)
    assert deal["bounds"] == {"sources": None, "contradictions": None, "claims": None}
    assert [s["sources"] for s in deal["timeline"]] == [s["sources"] for s in whole["timeline"]]
    assert len(bounded["timeline"]) == len(whole["timeline"])  # a deal's page gives every step
    assert not any(s["sources_truncated"] for s in deal["timeline"])
    assert {s["source"] for s in deal["source_list"]} == {f"outlet{n:02d}" for n in range(CROWDED)}
    assert sum(s["events"] for s in deal["source_list"]) == deal["event_count"] == sum(YEARS.values())
    assert [c["summary"] for c in deal["contradictions"]] == [c["summary"] for c in whole["contradictions"]]
    assert [c["claims"] for c in whole["contradictions"]] == [
        [{k: v for k, v in claim.items() if k != "event"} for claim in c["claims"]] for c in deal["contradictions"]]
    assert len(deal["reports"]) == deal["documents"] == sum(YEARS.values()) and not deal["reports_truncated"]
    # The bounded page is the start of the whole one.
    assert bounded["source_list"] == deal["source_list"][:PAGE.sources]
    assert bounded["reports"] == deal["reports"][:PAGE.sources]


def test_deal_page_takes_a_number_of_items(crowded):
    client, deal_id = crowded
    deal = client.get(f"/deals/{deal_id}.json", params={"sources": 2, "contradictions": 1, "claims": 3}).json()
    assert [len(s["sources"]) for s in deal["timeline"]] == [min(2, s["source_count"]) for s in deal["timeline"]]
    assert len(deal["source_list"]) == 2 and len(deal["reports"]) == 2
    assert len(deal["contradictions"]) == 1 and len(deal["contradictions"][0]["claims"]) == 3


@pytest.mark.parametrize("value", ["0", "-3", "many", "1e3", "100001"])
def test_deal_page_rejects_a_bad_bound(crowded, value):
    client, deal_id = crowded
    response = client.get(f"/deals/{deal_id}.json", params={"sources": value})
    assert response.status_code == 422
    assert "'all' or a number" in response.text


def test_html_page_links_to_what_it_leaves_out(crowded):
    client, deal_id = crowded
    page = client.get(f"/deals/{deal_id}").text
    assert _source_rows(page) == PAGE.sources
    assert f"and {CROWDED // 2 - PAGE.sources} more</a>" in page  # the crowded step's sources
    assert f"{CROWDED - PAGE.sources} more sources" in page
    assert f"{len(YEARS) - PAGE.contradictions} more contradiction" in page
    assert f"{CROWDED - PAGE.claims} more claims" in page
    assert "sources=all" in page and "contradictions=all" in page and "claims=all" in page
    full = client.get(f"/deals/{deal_id}", params={"sources": "all", "contradictions": "all", "claims": "all"}).text
    assert _source_rows(full) == CROWDED
    assert full.count('class="contradiction"') == len(YEARS) and full.count('class="claim"') == sum(YEARS.values())
    assert "more sources" not in full and "more contradiction" not in full and "more claims" not in full


def _source_rows(page: str) -> int:
    """Rows of the page's source table."""
    table = page[page.index('<aside class="sources"'):page.index("</aside>")]
    return table.count("<tr>") - 1  # the header's


def test_csv_export_keeps_every_contradiction(crowded):
    client, deal_id = crowded
    (row,) = list(csv.DictReader(io.StringIO(client.get("/deals.csv").text)))
    whole = _whole(client, deal_id)
    assert row["contradictions"] == "; ".join(c["summary"] for c in whole["contradictions"])
    assert len(whole["contradictions"]) == len(YEARS)
