"""Deals as flat rows, for the CSV exports of the CLI and the web: the
register columns first, then the ledger's own (status, sources, timeline,
contradictions)."""

from __future__ import annotations

from typing import Any

from .catalog import load_catalog

DEAL_COLUMNS = ["id", "supplier", "supplier_name", "recipient", "recipient_name", "family", "category",
                "designation", "description", "order_year", "order_year_reported", "number_ordered",
                "number_ordered_modality", "number_delivered", "number_delivered_modality", "delivery_years",
                "value_amount", "value_currency", "register_status", "comments",
                "status", "status_modality", "status_date", "sources", "documents", "events", "confidence", "first_time",
                "last_time", "timeline", "contradictions"]


def country_name(code: str | None) -> str:
    """"Russia" for RUS; the code itself when the catalog does not know it."""
    if not code:
        return ""
    entry = load_catalog().actors_by_id.get(code)
    return entry.name if entry else code


def step_line(step: dict[str, Any]) -> str:
    """ "2016-10-13 DELIVERY asserted", "2015-04 (reported) AGREEMENT planned", "undated DELIVERY negated"."""
    when = step.get("effective") or "undated"
    if step.get("dated_by") == "reported":
        when += " (reported)"
    return f"{when} {step['type']} {step['modality'].lower()}"


def deal_row(deal: dict[str, Any]) -> list[Any]:
    """A deal of the deals list (`queries.list_deals`) in the order of DEAL_COLUMNS."""
    register = deal.get("register") or {}
    value = register.get("value") or {}
    return [deal["id"], deal["supplier"], country_name(deal["supplier"]), deal["recipient"],
            country_name(deal["recipient"]), deal["family"], deal["category"],
            register.get("designation"), register.get("description"), register.get("order_year"),
            register.get("order_year_reported"), register.get("number_ordered"),
            register.get("number_ordered_modality"), register.get("number_delivered"),
            register.get("number_delivered_modality"), "; ".join(str(y) for y in register.get("delivery_years") or []),
            value.get("amount"), value.get("currency"), register.get("status"), register.get("comments"),
            deal["status"], deal["status_modality"], deal.get("status_date"), deal["sources"], deal["documents"],
            deal["events"], deal.get("confidence"), deal["first_time"], deal["last_time"], " > ".join(step_line(s) for s in deal["timeline"]),
            "; ".join(c["summary"] for c in deal["contradictions"])]
