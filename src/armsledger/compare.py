"""The ledger beside SIPRI's trade register: which deals both record (and
whether they agree on numbers and years), which only the ledger has (reported
in the news, not yet in the register: the early warnings), and which only
the register has, within the ledger's country pairs and years.

A deal and a row match when they have the same supplier, recipient and
system family and their years of order are at most a year apart. A deal
that matches no row that way may still match a row ordered within the
years the deal was reported; its year is then a conflict.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .sipri import RegisterRow, deal_year

YEAR_TOLERANCE = 1


@dataclass(slots=True, kw_only=True)
class Pair:
    """A deal and the register row that records it, with where they differ."""

    deal: dict[str, Any]
    row: RegisterRow
    differences: list[str] = field(default_factory=list)

    @property
    def agrees(self) -> bool:
        return not self.differences


@dataclass(slots=True, kw_only=True)
class Comparison:
    both: list[Pair]
    ledger_only: list[dict[str, Any]]
    register_only: list[RegisterRow]
    rows_read: int
    rows_unresolved: int  # rows whose names or designation no catalog entry answers to

    def summary(self) -> dict[str, int]:
        agreeing = sum(1 for pair in self.both if pair.agrees)
        return {"deals": len(self.both) + len(self.ledger_only), "in_both": len(self.both), "agreeing": agreeing,
                "conflicting": len(self.both) - agreeing, "ledger_only": len(self.ledger_only),
                "register_only": len(self.register_only), "register_rows": self.rows_read,
                "register_rows_unresolved": self.rows_unresolved}


def _key(supplier: str | None, recipient: str | None, family: str | None) -> tuple:
    return supplier, recipient, family


def _span(deal: dict[str, Any]) -> tuple[int, int] | None:
    first, last = deal.get("first_time"), deal.get("last_time")
    return (int(first[:4]), int(last[:4])) if first and last else None


def compare(deals: list[dict[str, Any]], rows: list[RegisterRow]) -> Comparison:
    """Match deals of the deals list to register rows, one to one."""
    by_key: dict[tuple, list[RegisterRow]] = defaultdict(list)
    for row in rows:
        by_key[_key(row.supplier, row.recipient, row.family)].append(row)
    used: set[int] = set()
    pairs: dict[str, Pair] = {}
    # First by year of order, then, for deals still unmatched, by the years they were reported.
    for strict in (True, False):
        for deal in deals:
            if deal["id"] in pairs:
                continue
            row = _best_row(deal, by_key.get(_key(deal["supplier"], deal["recipient"], deal["family"]), []),
                            used, strict=strict)
            if row is not None:
                used.add(row.line)
                pairs[deal["id"]] = Pair(deal=deal, row=row, differences=_differences(deal, row))
    both = [pairs[d["id"]] for d in deals if d["id"] in pairs]
    ledger_only = [d for d in deals if d["id"] not in pairs]
    return Comparison(both=both, ledger_only=ledger_only, register_only=_register_only(deals, rows, used),
                      rows_read=len(rows),
                      rows_unresolved=sum(1 for r in rows if None in (r.supplier, r.recipient, r.family)))


def _best_row(deal: dict[str, Any], candidates: list[RegisterRow], used: set[int], *,
              strict: bool) -> RegisterRow | None:
    year, _ = deal_year(deal)
    free = [row for row in candidates if row.line not in used]
    if year is None or not free:
        # A deal with no date matches only an undated row (as in its own export).
        return next((row for row in free if row.year_of_order is None), None) if strict else None
    dated = [row for row in free if row.year_of_order is not None]
    if strict:
        close = [row for row in dated if abs(row.year_of_order - year) <= YEAR_TOLERANCE]
    else:
        span = _span(deal) or (year, year)
        close = [row for row in dated
                 if span[0] - YEAR_TOLERANCE <= row.year_of_order <= span[1] + YEAR_TOLERANCE]
    return min(close, key=lambda row: (abs(row.year_of_order - year), row.line), default=None)


def _differences(deal: dict[str, Any], row: RegisterRow) -> list[str]:
    register = deal.get("register") or {}
    year, _ = deal_year(deal)
    found = []
    if year != row.year_of_order:
        found.append(f"year of order {year} vs {row.year_of_order}")
    for name, ours, theirs in (("number ordered", register.get("number_ordered"), row.number_ordered),
                               ("number delivered", register.get("number_delivered"), row.number_delivered)):
        if ours is not None and theirs is not None and ours != theirs:
            found.append(f"{name} {ours} vs {theirs}")
    ours_years = set(register.get("delivery_years") or [])
    if ours_years and row.years_of_delivery and not ours_years <= set(row.years_of_delivery):
        found.append(f"years of delivery {'; '.join(map(str, sorted(ours_years)))} vs "
                     f"{'; '.join(map(str, row.years_of_delivery))}")
    return found


def _register_only(deals: list[dict[str, Any]], rows: list[RegisterRow], used: set[int]) -> list[RegisterRow]:
    """Unmatched rows between the ledger's country pairs, ordered within the ledger's years."""
    pairs = {(d["supplier"], d["recipient"]) for d in deals}
    years = [y for d in deals for y in (_span(d) or ())]
    if not years:
        return []
    low, high = min(years), max(years)
    return [row for row in rows if row.line not in used and (row.supplier, row.recipient) in pairs
            and row.year_of_order is not None and low <= row.year_of_order <= high]


COMPARE_COLUMNS = ["outcome", "supplier", "recipient", "family", "deal_id", "ledger_designation",
                   "ledger_year_of_order", "ledger_number_ordered", "ledger_number_delivered",
                   "ledger_years_of_delivery", "ledger_status", "register_line", "register_designation",
                   "register_year_of_order", "register_number_ordered", "register_number_delivered",
                   "register_years_of_delivery", "differences"]


def _deal_side(deal: dict[str, Any]) -> dict[str, Any]:
    register = deal.get("register") or {}
    return {"deal_id": deal["id"], "ledger_designation": register.get("designation") or deal["family"],
            "ledger_year_of_order": deal_year(deal)[0], "ledger_number_ordered": register.get("number_ordered"),
            "ledger_number_delivered": register.get("number_delivered"),
            "ledger_years_of_delivery": "; ".join(map(str, register.get("delivery_years") or [])),
            "ledger_status": register.get("status")}


def _row_side(row: RegisterRow) -> dict[str, Any]:
    return {"register_line": row.line, "register_designation": row.designation,
            "register_year_of_order": row.year_of_order, "register_number_ordered": row.number_ordered,
            "register_number_delivered": row.number_delivered,
            "register_years_of_delivery": "; ".join(map(str, row.years_of_delivery))}


def comparison_records(comparison: Comparison) -> list[dict[str, Any]]:
    """Every outcome as a flat record with the COMPARE_COLUMNS: agree,
    conflict, ledger only, register only."""
    records = []
    for pair in comparison.both:
        deal = pair.deal
        records.append({"outcome": "agree" if pair.agrees else "conflict", "supplier": deal["supplier"],
                        "recipient": deal["recipient"], "family": deal["family"], **_deal_side(deal),
                        **_row_side(pair.row), "differences": "; ".join(pair.differences)})
    for deal in comparison.ledger_only:
        records.append({"outcome": "ledger only", "supplier": deal["supplier"], "recipient": deal["recipient"],
                        "family": deal["family"], **_deal_side(deal), "differences": ""})
    for row in comparison.register_only:
        records.append({"outcome": "register only", "supplier": row.supplier, "recipient": row.recipient,
                        "family": row.family, **_row_side(row), "differences": ""})
    return [{column: record.get(column) for column in COMPARE_COLUMNS} for record in records]
