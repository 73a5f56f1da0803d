"""Read queries for the web and API: filtered, sorted, paginated lists with
counts, a deal with a bounded slice of its evidence, country flows,
documents with their events.

Every function takes a `Store` and returns plain JSON-ready values. Filters
are small dataclasses; each value reaches SQL as a bound parameter, sort keys
come from fixed tables, and every list is bounded by a page size.
"""

from .browse import (
    DOCUMENT_SORTS,
    DocumentFilter,
    countries,
    country_detail,
    document_detail,
    document_outlets,
    flows,
    list_documents,
    overview,
    search,
)
from .common import EXPORT_LIMIT, MAX_PAGE_SIZE, Page
from .deal_page import DealBounds, deal_detail
from .deals import (
    DEAL_SORTS,
    UNKNOWN_STATUS,
    DealFilter,
    deal_facets,
    deal_options,
    iter_deals,
    list_deals,
)
from .events import EVENT_SORTS, EventFilter, iter_events, list_events

__all__ = [
    "DEAL_SORTS", "DOCUMENT_SORTS", "EVENT_SORTS", "EXPORT_LIMIT", "MAX_PAGE_SIZE", "UNKNOWN_STATUS", "DealBounds",
    "DealFilter",
    "DocumentFilter", "EventFilter", "Page", "countries", "country_detail", "deal_detail", "deal_facets",
    "deal_options", "document_detail", "document_outlets", "flows", "iter_deals", "iter_events",
    "list_deals", "list_documents", "list_events", "overview", "search",
]
