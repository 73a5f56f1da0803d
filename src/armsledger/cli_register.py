"""The commands that treat the ledger as a register: `export --format
sipri`, `load-register` and `compare`, with the helpers `deals` shares."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from .cli_common import DB_OPTION, _fail, _open, err, out
from .errors import ArmsledgerError


def deal_filter(supplier: list[str] | None, recipient: list[str] | None, system: list[str] | None,
                 status: list[str] | None):
    """Filter values as typed (names, aliases, several per option) resolved to codes."""
    from .lookup import UnknownValue, resolve_country, resolve_family, split_values
    from .store.queries import UNKNOWN_STATUS, DealFilter

    try:
        statuses = [s.upper() for s in split_values(status)]
        return DealFilter(supplier=[resolve_country(v) for v in split_values(supplier)] or None,
                          recipient=[resolve_country(v) for v in split_values(recipient)] or None,
                          family=[resolve_family(v) for v in split_values(system)] or None,
                          status=[s if s != "UNKNOWN" else UNKNOWN_STATUS for s in statuses] or None)
    except UnknownValue as exc:
        _fail(str(exc), 2)


def register_cells(deal: dict) -> list[str]:
    from .register import money

    r = deal.get("register") or {}

    def number(n, modality):
        if n is None:
            return ""
        return f"{n}" if modality in (None, "ASSERTED") else f"{n} ({modality.lower()})"

    value = r.get("value")
    return [r.get("designation") or deal["family"] or "", r.get("description") or "",
            f"{r['order_year']}{'?' if r.get('order_year_reported') else ''}" if r.get("order_year") else "",
            number(r.get("number_ordered"), r.get("number_ordered_modality")),
            number(r.get("number_delivered"), r.get("number_delivered_modality")),
            "; ".join(str(y) for y in r.get("delivery_years") or []),
            money(value["amount"], value["currency"]) if value else "", r.get("status") or "unknown"]


def export(
    db: str | None = DB_OPTION,
    format: str = typer.Option("sipri", "--format", help="sipri: the trade register's CSV layout."),
    base_url: str = typer.Option("http://127.0.0.1:8000", help="Where `armsledger serve` runs, for the "
                                                                "evidence links."),
    supplier: list[str] = typer.Option(None, help="Only these suppliers (codes or names)."),
    recipient: list[str] = typer.Option(None, help="Only these recipients (codes or names)."),
    system: list[str] = typer.Option(None, help="Only these systems (families or names)."),
) -> None:
    """Write the deals as CSV in the column layout of SIPRI's trade register,
    plus a link to each deal's evidence."""
    from .sipri import write_sipri_csv
    from .store.queries import iter_deals

    if format != "sipri":
        _fail("--format must be sipri", 2)
    filters = deal_filter(supplier, recipient, system, None)
    store = _open(db)
    write_sipri_csv(iter_deals(store, filters, sort="supplier"), sys.stdout, base_url=base_url)


def load_register(
    register: Path = typer.Argument(..., help="A trade register CSV in SIPRI's layout."),
    db: str | None = DB_OPTION,
) -> None:
    """Load SIPRI's trade register into the ledger, so that each deal's page
    shows the register rows for the same supplier, recipient and system."""
    from .sipri import iter_register

    store = _open(db)
    try:
        rows = [{"supplier": r.supplier, "recipient": r.recipient, "family": r.family,
                 "year_of_order": r.year_of_order, "row": r.row} for r in iter_register(register)]
    except ArmsledgerError as exc:
        _fail(str(exc), 2)
    store.replace_register(rows)
    known = sum(1 for r in rows if r["family"] and r["supplier"] and r["recipient"])
    err.print(f"loaded {len(rows)} register rows ({known} with known countries and system family) into {store.url}",
              highlight=False, markup=False)


def compare(
    register: Path = typer.Argument(..., help="A trade register CSV in SIPRI's layout."),
    db: str | None = DB_OPTION,
    format: str = typer.Option("table", "--format", help="table, json or csv."),
    show: int = typer.Option(15, help="Rows listed per outcome in the table."),
) -> None:
    """Compare the ledger with SIPRI's trade register: deals in both (agreeing
    or not), in the ledger only (reported, not yet registered), and rows in
    the register only (within the ledger's country pairs and years)."""
    import csv

    from .compare import COMPARE_COLUMNS, comparison_records
    from .compare import compare as run_compare
    from .sipri import iter_register
    from .store.queries import DealFilter, iter_deals

    if format not in {"table", "json", "csv"}:
        _fail("--format must be table, json or csv", 2)
    store = _open(db)
    try:
        rows = list(iter_register(register))
    except ArmsledgerError as exc:
        _fail(str(exc), 2)
    result = run_compare(list(iter_deals(store, DealFilter(), sort="supplier")), rows)
    records = comparison_records(result)
    if format == "json":
        sys.stdout.write(json.dumps({"summary": result.summary(), "items": records}, indent=2,
                                    ensure_ascii=False) + "\n")
        return
    if format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COMPARE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return
    summary = result.summary()
    out.print(f"{summary['deals']} deals in the ledger, {summary['register_rows']} rows in {register.name} "
              f"({summary['register_rows_unresolved']} with a country or designation the catalogs do not know)",
              highlight=False, markup=False)
    out.print(f"in both: {summary['in_both']} ({summary['agreeing']} agreeing, {summary['conflicting']} conflicting); "
              f"ledger only: {summary['ledger_only']}; register only: {summary['register_only']}",
              highlight=False, markup=False)
    for outcome in ("agree", "conflict", "ledger only", "register only"):
        chosen = [r for r in records if r["outcome"] == outcome]
        if not chosen:
            continue
        table = Table("supplier", "recipient", "ledger", "register", "differences",
                      title=f"{outcome} ({len(chosen)})", title_justify="left")
        for r in chosen[:show]:
            ledger = _side(r["ledger_designation"], r["ledger_year_of_order"], r["ledger_number_ordered"],
                           r["ledger_number_delivered"]) if r["deal_id"] else ""
            theirs = _side(r["register_designation"], r["register_year_of_order"], r["register_number_ordered"],
                           r["register_number_delivered"]) if r["register_line"] else ""
            table.add_row(r["supplier"] or "?", r["recipient"] or "?", ledger, theirs, r["differences"] or "")
        if len(chosen) > show:
            table.caption = f"{len(chosen) - show} more (--show N, or --format csv for all)"
        out.print(table)


def _side(designation: str, year: int | None, ordered: int | None, delivered: int | None) -> str:
    """ "S-400 Triumf, 2018, 10 ordered, 6 delivered": what one side says, leaving out what it does not."""
    parts = [designation, str(year) if year else "year unknown"]
    parts += [f"{ordered} ordered"] if ordered is not None else []
    parts += [f"{delivered} delivered"] if delivered is not None else []
    return ", ".join(parts)
