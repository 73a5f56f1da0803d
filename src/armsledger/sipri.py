"""SIPRI's trade register as a file: the ledger's deals written in its
column layout (`armsledger export --format sipri`), and a register file read
back with its names resolved to the ledger's codes (country names to ISO
codes, designations to catalog families)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .exports import country_name
from .lookup import find_country, find_family

# The header of SIPRI's trade register export, as in
# ../shared/data/sipri-trade-register-1950-2023.csv; `*_uncertain` hold its "?" flags.
REGISTER_COLUMNS = [
    "recipient", "supplier", "year_of_order", "year_of_order_uncertain", "number_ordered",
    "number_ordered_uncertain", "weapon_designation", "weapon_description", "number_delivered",
    "number_delivered_uncertain", "years_of_delivery", "status", "comments", "tiv_per_unit",
    "tiv_total_order", "tiv_delivered",
]
SIPRI_COLUMNS = [*REGISTER_COLUMNS, "evidence_url"]
_REQUIRED = {"recipient", "supplier", "year_of_order", "weapon_designation"}


def deal_year(deal: dict[str, Any]) -> tuple[int | None, bool]:
    """(year of order, uncertain): the first asserted agreement's year, else
    the year of the deal's first dated step, flagged as uncertain."""
    register = deal.get("register") or {}
    if register.get("order_year"):
        return register["order_year"], bool(register.get("order_year_reported"))
    first = deal.get("first_time")
    return (int(first[:4]), True) if first else (None, True)


def sipri_row(deal: dict[str, Any], *, base_url: str) -> dict[str, Any]:
    """A deal of the deals list as a register row, with a link to its evidence."""
    register = deal.get("register") or {}
    year, year_uncertain = deal_year(deal)

    def uncertain(modality: str | None, number: int | None) -> str:
        return "?" if number is not None and modality not in (None, "ASSERTED") else ""

    return {
        "recipient": country_name(deal["recipient"]),
        "supplier": country_name(deal["supplier"]),
        "year_of_order": year if year is not None else "",
        "year_of_order_uncertain": "?" if year is not None and year_uncertain else "",
        "number_ordered": _blank(register.get("number_ordered")),
        "number_ordered_uncertain": uncertain(register.get("number_ordered_modality"), register.get("number_ordered")),
        "weapon_designation": register.get("designation") or deal["family"] or "",
        "weapon_description": register.get("description") or deal.get("category") or "",
        "number_delivered": _blank(register.get("number_delivered")),
        "number_delivered_uncertain": uncertain(register.get("number_delivered_modality"),
                                                register.get("number_delivered")),
        "years_of_delivery": "; ".join(str(y) for y in register.get("delivery_years") or []),
        # SIPRI's own status column says new or second hand; the ledger's says how far the deal got.
        "status": register.get("status") or "unknown",
        "comments": register.get("comments") or "",
        "tiv_per_unit": "", "tiv_total_order": "", "tiv_delivered": "",
        "evidence_url": f"{base_url.rstrip('/')}/deals/{deal['id']}",
    }


def _blank(value: Any) -> Any:
    return "" if value is None else value


def write_sipri_csv(deals: Iterable[dict[str, Any]], out, *, base_url: str) -> int:
    """Write deals as register rows to a text stream; returns how many."""
    writer = csv.DictWriter(out, fieldnames=SIPRI_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for deal in deals:
        writer.writerow(sipri_row(deal, base_url=base_url))
        n += 1
    return n


@dataclass(slots=True, kw_only=True)
class RegisterRow:
    """A register row with its names resolved; None where the catalogs do not know a name."""

    line: int
    supplier: str | None
    recipient: str | None
    family: str | None
    year_of_order: int | None
    number_ordered: int | None
    number_delivered: int | None
    years_of_delivery: list[int] = field(default_factory=list)
    row: dict[str, str] = field(default_factory=dict)

    @property
    def designation(self) -> str:
        return self.row.get("weapon_designation", "")


def designation_family(designation: str) -> str | None:
    """The family of a register designation: as written, else without its
    parenthesised variants ("S-300 (S-300PMU-2)"), else its first word."""
    text = designation.strip()
    for candidate in (text, re.sub(r"\s*\(.*\)\s*$", "", text), text.split(" ")[0]):
        if candidate and (family := find_family(candidate)):
            return family
    return None


def _int(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text) if text.isdigit() else None


def iter_register(path: str | Path) -> Iterator[RegisterRow]:
    """The rows of a register CSV file in SIPRI's layout (UTF-8, snake_case header)."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(str(path), f"cannot read the register: {exc.strerror or exc}") from exc
    with handle:
        reader = csv.DictReader(handle)
        missing = _REQUIRED - set(reader.fieldnames or [])
        if missing:
            raise InputError(str(path), f"not a register in SIPRI's layout: no column {', '.join(sorted(missing))} "
                                        f"(expected a header like {','.join(REGISTER_COLUMNS[:5])},...)")
        names: dict[str, str | None] = {}

        def country(name: str) -> str | None:
            if name not in names:
                names[name] = find_country(name.rstrip("*"))
            return names[name]

        families: dict[str, str | None] = {}
        for line, row in enumerate(reader, start=2):
            designation = row.get("weapon_designation") or ""
            if designation not in families:
                families[designation] = designation_family(designation)
            yield RegisterRow(
                line=line, supplier=country(row.get("supplier") or ""), recipient=country(row.get("recipient") or ""),
                family=families[designation], year_of_order=_int(row.get("year_of_order")),
                number_ordered=_int(row.get("number_ordered")), number_delivered=_int(row.get("number_delivered")),
                years_of_delivery=[int(y) for y in re.findall(r"\d{4}", row.get("years_of_delivery") or "")],
                row={k: v for k, v in row.items() if k is not None},
            )
