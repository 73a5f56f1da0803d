"""Citation lines: how to cite a deal, or one step of it, with the article
that reports it (title, outlet, date, URL, when the ledger read it) and a
permalink to the evidence here."""

from __future__ import annotations

from typing import Any

from . import names
from .views import safe_url


def cite_event(event: dict[str, Any], *, base_url: str) -> str:
    """ "“Title”, Outlet, 2016-10-13. https://… (accessed 2026-12-03). Evidence: https://host/documents/ID#ev-ID" """
    outlet = names.outlet_info(event.get("outlet") or event.get("source_label"))
    parts = [f"“{event['title']}”" if event.get("title") else "Untitled document"]
    if outlet is not None:
        parts.append(outlet.name)
    parts.append(event.get("published") or "n.d.")
    line = ", ".join(parts) + "."
    url = safe_url(event.get("url"))
    if url:
        line += f" {url}"
    if event.get("accessed"):
        line += f" (accessed {event['accessed']})"
    return line.rstrip(".") + f". Evidence: {base_url}/documents/{event['doc_id']}#ev-{event['id']}"


def cite_deal(deal: dict[str, Any], *, base_url: str, accessed: str | None) -> str:
    """One line for a deal as the ledger records it, with its permalink."""
    title = (f"{names.country_name(deal['supplier'])} → {names.country_name(deal['recipient'])}: "
             f"{(deal.get('register') or {}).get('designation') or names.family_name(deal['family'])}")
    status = (deal.get("register") or {}).get("status") or "status unknown"
    span = deal.get("first_time") or "undated"
    if deal.get("last_time") and deal.get("last_time") != deal.get("first_time"):
        span += f"–{deal['last_time']}"
    sources = deal.get("sources")
    line = (f"armsledger, “{title}” ({status}; {span}; {sources} independent source"
            f"{'' if sources == 1 else 's'}). {base_url}/deals/{deal['id']}")
    return line + (f" (accessed {accessed})" if accessed else "")
