"""`export --format sipri` and `compare`, on SQLite and PostgreSQL: the
ledger's own export matches it row for row; rows taken from SIPRI's register
file, rebuilt as a ledger, all match, and seeded disagreements are reported."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from armsledger.catalog import load_catalog
from armsledger.cli import app
from armsledger.compare import compare
from armsledger.ingest.document import make_document
from armsledger.model import Event, EventType, Evidence, Modality, Source, SystemRef, TimeRef
from armsledger.refresh import refresh_deals
from armsledger.sipri import REGISTER_COLUMNS, RegisterRow, iter_register
from armsledger.store import queries

from ..conftest import EXAMPLES, shared_dir

runner = CliRunner()


def _invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _event(document, sentence, type_, *, supplier, recipient, family, time, quantity):
    start = document.text.index(sentence)
    category = load_catalog().families[family].category
    return Event(doc_id=document.id, type=EventType(type_), modality=Modality.ASSERTED, supplier=supplier,
                 recipient=recipient, parties=sorted({supplier, recipient}),
                 systems=[SystemRef(text=family, id=family, family=family, category=category)], quantity=quantity,
                 time=TimeRef(text=time, start=time), attribution=[Source(text="SIPRI", kind="outlet", id="sipri")],
                 evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence), trigger="x"),
                 rule="test")


def _ledger_from_rows(store, rows: list[RegisterRow]) -> None:
    """One document per row: its order, and its deliveries year by year."""
    for row in rows:
        steps = [(f"Order of {row.designation} in {row.year_of_order}.", "AGREEMENT", str(row.year_of_order),
                  row.number_ordered)]
        for n, year in enumerate(row.years_of_delivery):
            steps.append((f"Delivery of {row.designation} in {year}.", "DELIVERY", str(year),
                          row.number_delivered if n == 0 else None))
        document = make_document(f"Row {row.line}\n\n" + " ".join(s[0] for s in steps), source=f"row-{row.line}",
                                 published=f"{row.year_of_order}", outlet="sipri")
        store.add_document(document, [
            _event(document, sentence, type_, supplier=row.supplier, recipient=row.recipient, family=row.family,
                   time=time, quantity=quantity) for sentence, type_, time, quantity in steps])
    refresh_deals(store)


@pytest.fixture(scope="module")
def register_rows() -> list[RegisterRow]:
    """Rows of SIPRI's register for 2010-2020 with known countries and system,
    one per (supplier, recipient, family), with numbers and delivery years."""
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared is not here")
    rows = [r for r in iter_register(shared / "data" / "sipri-trade-register-1950-2023.csv")
            if None not in (r.supplier, r.recipient, r.family) and r.year_of_order and 2010 <= r.year_of_order <= 2020
            and r.number_ordered and r.number_delivered and r.years_of_delivery]
    keys = Counter((r.supplier, r.recipient, r.family) for r in rows)
    unique = [r for r in rows if keys[(r.supplier, r.recipient, r.family)] == 1]
    assert len(unique) > 40
    return unique[:40]


def test_export_then_compare_with_itself_matches_every_row(store, tmp_path):
    _invoke("ingest", EXAMPLES / "manifest.jsonl", "--db", store.url)
    exported = _invoke("export", "--format", "sipri", "--db", store.url, "--base-url", "https://ledger.example")
    lines = list(csv.DictReader(exported.splitlines()))
    assert list(lines[0]) == [*REGISTER_COLUMNS, "evidence_url"]
    deals = queries.list_deals(store, queries.DealFilter(), per_page=200).items
    assert len(lines) == len(deals) > 10
    assert all(line["evidence_url"].startswith("https://ledger.example/deals/") for line in lines)
    path = tmp_path / "export.csv"
    path.write_text(exported, encoding="utf-8")
    result = json.loads(_invoke("compare", path, "--db", store.url, "--format", "json"))
    assert result["summary"]["in_both"] == result["summary"]["agreeing"] == len(deals)
    assert result["summary"]["ledger_only"] == result["summary"]["register_only"] == 0
    assert {item["deal_id"] for item in result["items"]} == {d["id"] for d in deals}


def test_rows_from_the_register_all_match(store, register_rows):
    _ledger_from_rows(store, register_rows)
    deals = list(queries.iter_deals(store, queries.DealFilter()))
    result = compare(deals, register_rows)
    assert len(result.both) == len(register_rows) == len(deals)
    assert [pair.differences for pair in result.both if pair.differences] == []
    assert result.ledger_only == [] and result.register_only == []


def test_seeded_disagreements_are_reported(store, register_rows, tmp_path):
    _ledger_from_rows(store, register_rows)
    more, later, dropped, *rest = register_rows
    seeded = [
        RegisterRow(**{**_fields(more), "number_ordered": more.number_ordered + 5}),
        RegisterRow(**{**_fields(later), "year_of_order": later.year_of_order + 1}),
        *rest,
        # A row between a pair the ledger knows, of a system it has not seen: the register's only.
        RegisterRow(**{**_fields(rest[0]), "line": 99_999, "family": "zz-unseen"}),
    ]
    result = compare(list(queries.iter_deals(store, queries.DealFilter())), seeded)
    differences = {pair.row.line: pair.differences for pair in result.both}
    assert differences[more.line] == [f"number ordered {more.number_ordered} vs {more.number_ordered + 5}"]
    assert differences[later.line] == [f"year of order {later.year_of_order} vs {later.year_of_order + 1}"]
    assert [(d["supplier"], d["recipient"], d["family"]) for d in result.ledger_only] == [
        (dropped.supplier, dropped.recipient, dropped.family)]
    assert [row.line for row in result.register_only] == [99_999]
    assert sum(1 for pair in result.both if pair.agrees) == len(rest)
    # The same through the command line, from a file in the register's layout.
    path = tmp_path / "register.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=REGISTER_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in [more, *rest]:
            writer.writerow({**row.row, "number_ordered": row.number_ordered + 5 if row is more else row.number_ordered})
    outcome = Counter(item["outcome"] for item in
                      json.loads(_invoke("compare", path, "--db", store.url, "--format", "json"))["items"])
    assert outcome == {"agree": len(rest), "conflict": 1, "ledger only": 2}


def _fields(row: RegisterRow) -> dict:
    return {name: getattr(row, name) for name in ("line", "supplier", "recipient", "family", "year_of_order",
                                                  "number_ordered", "number_delivered", "years_of_delivery", "row")}


def test_a_loaded_register_shows_on_the_deal_page(store, register_rows):
    _ledger_from_rows(store, register_rows[:3])
    store.replace_register([{"supplier": r.supplier, "recipient": r.recipient, "family": r.family,
                             "year_of_order": r.year_of_order, "row": r.row} for r in register_rows])
    deal = queries.list_deals(store, queries.DealFilter(family=register_rows[0].family,
                                                        supplier=register_rows[0].supplier,
                                                        recipient=register_rows[0].recipient)).items[0]
    detail = queries.deal_detail(store, deal["id"])
    assert [row["weapon_designation"] for row in detail["register_rows"]] == [register_rows[0].designation]
