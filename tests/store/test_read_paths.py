"""Migration 9 (store/read_paths.py) on SQLite and PostgreSQL: it applies to
a new ledger and to an older one, and the reads it serves give what the
whole records say: list rows (PostgreSQL's stored `list_record`, SQLite's
computed one) with their contradictions bounded and counted, facets counted
in SQL, and search over the stored vectors."""

from __future__ import annotations

from collections import Counter

import pytest
import sqlalchemy as sa

from armsledger.ingest.document import make_document
from armsledger.model import Event, EventType, Evidence, Modality, Source, SystemRef, TimeRef
from armsledger.refresh import refresh_deals
from armsledger.store import Store, queries
from armsledger.store.list_rows import LIST_SOURCES, LIST_STEPS, LIST_TEXT
from armsledger.store.migrations import MIGRATIONS
from armsledger.store.read_paths import LIST_CLAIMS, LIST_CONTRADICTIONS

from ..databases import KINDS, build_before, fresh_database

YEARS = range(2001, 2001 + LIST_CONTRADICTIONS + 2)  # one contradiction a year, more than a list row shows
OUTLETS = [f"outlet{n}" for n in range(LIST_CLAIMS + 2)]  # claims per contradiction, more than a row shows


def _event(document, sentence, *, supplier, recipient, family, type_, modality, year, outlet) -> Event:
    start = document.text.index(sentence)
    return Event(doc_id=document.id, type=EventType(type_), modality=modality, supplier=supplier,
                 recipient=recipient, parties=sorted({supplier, recipient}),
                 systems=[SystemRef(text=family, id=family, family=family, category="tank")],
                 time=TimeRef(text=year, start=year), attribution=[Source(text=outlet, kind="outlet", id=outlet)],
                 evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence), trigger="x"),
                 rule="test", confidence=0.8)


def build_ledger(store: Store) -> None:
    """A disputed deal (every year, half the outlets report a delivery and
    half deny it) and two quiet ones, one document per outlet and year."""
    for year in map(str, YEARS):
        for n, outlet in enumerate(OUTLETS):
            modality = Modality.ASSERTED if n % 2 else Modality.NEGATED
            sentence = f"Leopard tanks for Poland in {year}, said {outlet}."
            document = make_document(f"Report {year} {outlet}\n\n{sentence}", source=f"{year}-{outlet}.txt",
                                     published=f"{year}-06-01", outlet=outlet)
            store.add_document(document, [_event(document, sentence, supplier="DEU", recipient="POL",
                                                 family="leopard-2", type_="DELIVERY", modality=modality,
                                                 year=year, outlet=outlet)])
    for family, recipient in (("patriot", "POL"), ("rafale", "IND")):
        sentence = f"The {family} contract was signed with {recipient}."
        document = make_document(f"Contract\n\n{sentence}", source=f"{family}.txt", published="2019-01-01",
                                 outlet="outlet0")
        store.add_document(document, [_event(document, sentence, supplier="USA", recipient=recipient,
                                             family=family, type_="AGREEMENT", modality=Modality.ASSERTED,
                                             year="2019", outlet="outlet0")])
    refresh_deals(store)


def _cut(text):
    return text[:LIST_TEXT] + "…" if isinstance(text, str) and len(text) > LIST_TEXT else text


def _bounded(item: dict) -> dict:
    """A whole deal item as a list row gives it (migration 10 bounds the
    steps' sources, the comments and summaries too)."""
    comments = (item["register"] or {}).get("comments")
    return {**item,
            "register": item["register"] and {**item["register"], "comments": _cut(comments)},
            "comments_truncated": _cut(comments) != comments,
            "contradictions": [{**c, "claims": c["claims"][:LIST_CLAIMS], "claims_truncated": c["claim_count"] > LIST_CLAIMS,
                                "summary": _cut(c["summary"]), "summary_truncated": _cut(c["summary"]) != c["summary"]}
                               for c in item["contradictions"][:LIST_CONTRADICTIONS]],
            "timeline": [{**s, "sources": s["sources"][:LIST_SOURCES], "sources_truncated": s["source_count"] > LIST_SOURCES}
                         for s in item["timeline"][:LIST_STEPS]],
            "timeline_truncated": item["steps"] > LIST_STEPS}


def _check_reads(store: Store) -> None:
    whole = {d["id"]: d for d in queries.iter_deals(store, queries.DealFilter())}
    listed = queries.list_deals(store, queries.DealFilter(), sort="supplier")
    assert listed.total == len(whole) == 3
    for item in listed.items:
        assert item == _bounded(whole[item["id"]])
    (disputed,) = [d for d in listed.items if d["family"] == "leopard-2"]
    assert disputed["contradiction_count"] == len(YEARS)
    assert len(disputed["contradictions"]) == LIST_CONTRADICTIONS
    assert all(len(c["claims"]) == LIST_CLAIMS for c in disputed["contradictions"])
    assert disputed["events"] == len(YEARS) * len(OUTLETS) == sum(s["events"] for s in whole[disputed["id"]]["timeline"])
    assert disputed["steps"] == len(whole[disputed["id"]]["timeline"]) > LIST_STEPS == len(disputed["timeline"])
    detail = queries.deal_detail(store, disputed["id"], bounds=queries.DealBounds.everything())
    assert len(detail["contradictions"]) == detail["contradiction_count"] == len(YEARS)
    assert [c["summary"] for c in detail["contradictions"][:LIST_CONTRADICTIONS]] == \
        [c["summary"] for c in disputed["contradictions"]]
    result = queries.search(store, "Leopard 2003")
    assert result.total == len(OUTLETS)
    assert {hit.title for hit in result.hits} == {f"Report 2003 {outlet}" for outlet in OUTLETS}


@pytest.mark.parametrize("kind", KINDS)
def test_migration_9_applies_to_a_new_ledger(kind, tmp_path):
    with fresh_database(kind, tmp_path) as db:
        store = Store(db)
        assert store.version >= 9
        inspector = sa.inspect(store.engine)
        assert {"ix_deals_status", "ix_deal_events_deal_event"} <= {i["name"] for i in inspector.get_indexes("deals")} | \
            {i["name"] for i in inspector.get_indexes("deal_events")}
        if kind == "postgresql":
            assert "list_record" in {c["name"] for c in inspector.get_columns("deals")}
            assert "search_vector" in {c["name"] for c in inspector.get_columns("documents")}
        build_ledger(store)  # deals written after the migration get their list records
        _check_reads(store)
        store.close()


@pytest.mark.parametrize("kind", KINDS)
def test_migration_9_applies_to_an_older_ledger(kind, tmp_path, monkeypatch):
    with fresh_database(kind, tmp_path) as db:
        assert build_before(db, 9, build_ledger, monkeypatch) == max(m[0] for m in MIGRATIONS if m[0] < 9)
        store = Store(db)
        assert store.version >= 9
        _check_reads(store)  # rows stored before the migration: list records and vectors filled
        store.close()


@pytest.fixture(params=KINDS)
def ledger(request, tmp_path):
    with fresh_database(request.param, tmp_path) as db:
        store = Store(db)
        build_ledger(store)
        yield store
        store.close()


@pytest.mark.parametrize("filters", [queries.DealFilter(), queries.DealFilter(recipient="POL"),
                                     queries.DealFilter(status="AGREEMENT"), queries.DealFilter(since=2010),
                                     queries.DealFilter(supplier="FRA")])
def test_facets_count_the_deals_the_filters_match(ledger, filters):
    deals = list(queries.iter_deals(ledger, filters))
    facets = queries.deal_facets(ledger, filters)
    for name, key in (("status", "status"), ("modality", "status_modality"), ("supplier", "supplier"),
                      ("recipient", "recipient"), ("category", "category")):
        expected = Counter(d[key] for d in deals if d[key] is not None)
        assert {f["value"]: f["count"] for f in facets[name]} == dict(expected)


def test_deep_pages_follow_the_sort_to_the_end(ledger):
    for sort in ("-last", "first", "-documents", "supplier", "-confidence"):
        whole = [d["id"] for d in queries.iter_deals(ledger, queries.DealFilter(), sort=sort)]
        paged = [d["id"] for page in (1, 2, 3) for d in queries.list_deals(
            ledger, queries.DealFilter(), sort=sort, page=page, per_page=1).items]
        assert paged == whole
