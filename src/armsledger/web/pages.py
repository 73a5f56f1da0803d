"""Deals and events: the lists, a deal's page, and their exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import Response, StreamingResponse

from ..exports import DEAL_COLUMNS, deal_row
from ..store import queries
from ..store.queries import EXPORT_LIMIT, DealFilter, EventFilter
from . import names, svg
from .citations import cite_deal, cite_event
from .models import DealOut, DealsOut, EventsOut
from .params import (
    Category,
    DealSort,
    EitherSide,
    EventSort,
    Family,
    IdParam,
    ListBound,
    MinConfidence,
    ModalityParam,
    PageNo,
    PerPage,
    Recipient,
    Since,
    SourceParam,
    Status,
    Supplier,
    Type,
    Until,
    check_years,
    list_bound,
)
from .views import link, page_links, twin, wants_json

router = APIRouter()
DealId = Annotated[str, Path(description="A deal id, as in the deals list.", max_length=64)]


def floor(request: Request, requested: float | None) -> float | None:
    """The confidence floor of a request: its own `min_confidence`, else the
    server's (`serve --min-confidence`), else none."""
    return requested if requested is not None else getattr(request.app.state, "min_confidence", None)


def _deal_filter(supplier, recipient, country, family, category, status, modality, since, until,
                 min_confidence=None) -> DealFilter:
    check_years(since, until)
    return DealFilter(supplier=supplier, recipient=recipient, country=country, family=family,
                      category=category, status=status, modality=modality, since=since, until=until,
                      min_confidence=min_confidence)


@twin(router, "/deals", name="deals", model=DealsOut, summary="Deals, filtered, sorted and paginated")
def deals_view(
    request: Request,
    supplier: Supplier = None,
    recipient: Recipient = None,
    country: EitherSide = None,
    family: Family = None,
    category: Category = None,
    status: Status = None,
    modality: ModalityParam = None,
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = None,
    sort: DealSort = None,
    page: PageNo = 1,
    per_page: PerPage = 50,
):
    """Deals, one per (supplier, recipient, system family), with their
    lifecycle, the number of independent sources, contradictions, and
    confidence (their most confident event's)."""
    store = request.app.state.store
    filters = _deal_filter(supplier, recipient, country, family, category, status, modality, since, until,
                           floor(request, min_confidence))
    sort = sort or "-last"
    result = queries.list_deals(store, filters, sort=sort, page=page, per_page=per_page)
    data = {**result.as_dict(), "filters": _public_filters(filters.params(), min_confidence), "sort": sort,
            "min_confidence": filters.min_confidence,
            "facets": _facets(request, filters),
            "links": page_links(request, result.page, result.pages)}
    if wants_json(request):
        return data
    return request.app.state.render(request, "deals.html", data, options=_options(request))


def _options(request: Request) -> dict[str, list[str]]:
    """The filter form's choices (views.KeptCounts)."""
    state = request.app.state
    return state.kept_counts.get("options", lambda: queries.deal_options(state.store))


def _facets(request: Request, filters: queries.DealFilter) -> dict[str, list[dict[str, Any]]]:
    """The facets of these filters (views.KeptCounts)."""
    state = request.app.state
    key = "facets " + json.dumps(filters.params(), sort_keys=True, default=str)
    return state.kept_counts.get(key, lambda: queries.deal_facets(state.store, filters))


def _public_filters(params: dict[str, Any], requested: float | None = None) -> dict[str, Any]:
    # The URL calls a family "system"; say it the same way back.
    if "family" in params:
        params["system"] = params.pop("family")
    if requested is None:  # the server's floor is not a filter the request can remove
        params.pop("min_confidence", None)
    return params


def _annotate_steps(deal: dict[str, Any]) -> None:
    for step in deal["timeline"]:
        if step.get("dated_by") == "reported":
            step["reported"] = step["effective"]
        else:
            dates = [e["published"] for e in step["events"] if e.get("published")]
            step["reported"] = min(dates) if dates else None


@router.get("/deals/{deal_id}.svg", summary="A deal's timeline as SVG", response_class=Response,
            responses={200: {"content": {"image/svg+xml": {}}}})
def deal_svg(request: Request, deal_id: DealId) -> Response:
    """The timeline of the deal page, alone (it links to the page's steps)."""
    deal = queries.deal_detail(request.app.state.store, deal_id, per_step=1)
    if deal is None:
        raise HTTPException(404, f"no deal with id {deal_id!r}")
    _annotate_steps(deal)
    return Response(str(svg.timeline_svg(deal["timeline"], title=_deal_title(deal))), media_type="image/svg+xml")


DEFAULT_BOUNDS = queries.DealBounds()


@twin(router, "/deals/{deal_id}", name="deal", model=DealOut, summary="One deal: timeline, evidence, sources")
def deal_view(request: Request, deal_id: DealId,
              per_step: Annotated[int, Query(ge=1, le=50, description="Events shown per timeline step.")] = 5,
              min_confidence: MinConfidence = None,
              sources: Annotated[ListBound, Query(
                  description=f"Sources given per timeline step, rows of the source list, and reports: a number "
                              f"(default {DEFAULT_BOUNDS.sources}) or 'all'.")] = None,
              contradictions: Annotated[ListBound, Query(
                  description=f"Contradictions given: a number (default {DEFAULT_BOUNDS.contradictions}) "
                              f"or 'all'.")] = None,
              claims: Annotated[ListBound, Query(
                  description=f"Claims given per contradiction: a number (default {DEFAULT_BOUNDS.claims}) "
                              f"or 'all'.")] = None):
    """A deal's timeline, each step with its evidence sentences (each with
    its confidence; those below the floor hidden and counted); its sources;
    its contradictions with the conflicting claims side by side. Long lists
    come bounded, with their counts and `*_truncated` flags: `sources`,
    `contradictions` and `claims` ask for more, or for 'all'."""
    store = request.app.state.store
    bounds = queries.DealBounds(sources=list_bound(sources, DEFAULT_BOUNDS.sources),
                                contradictions=list_bound(contradictions, DEFAULT_BOUNDS.contradictions),
                                claims=list_bound(claims, DEFAULT_BOUNDS.claims))
    deal = queries.deal_detail(store, deal_id, per_step=per_step, bounds=bounds,
                               min_confidence=floor(request, min_confidence))
    if deal is None:
        raise HTTPException(404, f"no deal with id {deal_id!r}")
    _annotate_steps(deal)
    for source in deal["source_list"]:
        info = names.outlet_info(source["source"])
        source["outlet"] = info.as_dict() if info else None
    deal["links"] = {"html": f"/deals/{deal_id}", "svg": f"/deals/{deal_id}.svg",
                     "events": link("/events.json", deal=deal_id),
                     "everything": link(f"/deals/{deal_id}.json", sources="all", contradictions="all", claims="all")}
    base_url = str(request.base_url).rstrip("/")
    deal["citation"] = cite_deal(deal, base_url=base_url, accessed=dt.date.today().isoformat())
    for step in deal["timeline"]:
        for event in step["events"]:
            event["citation"] = cite_event(event, base_url=base_url)
        step["citation"] = step["events"][0]["citation"] if step["events"] else None
    if wants_json(request):
        return deal
    timeline = svg.timeline_svg(deal["timeline"], title=_deal_title(deal))
    return request.app.state.render(request, "deal.html", deal, timeline=timeline, title=_deal_title(deal))


def _deal_title(deal: dict[str, Any]) -> str:
    return (f"{names.country_name(deal['supplier'])} → {names.country_name(deal['recipient'])}: "
            f"{names.family_name(deal['family'])}")


def _event_filter(type, modality, supplier, recipient, country, family, category, since, until, doc, deal,
                  source, min_confidence=None) -> EventFilter:
    check_years(since, until)
    return EventFilter(type=type, modality=modality, supplier=supplier, recipient=recipient, country=country,
                       family=family, category=category, since=since, until=until, doc=doc, deal=deal,
                       source=source, min_confidence=min_confidence)


@twin(router, "/events", name="events", model=EventsOut, summary="Events, filtered and paginated")
def events_view(
    request: Request,
    type: Type = None,
    modality: ModalityParam = None,
    supplier: Supplier = None,
    recipient: Recipient = None,
    country: EitherSide = None,
    family: Family = None,
    category: Category = None,
    since: Since = None,
    until: Until = None,
    doc: Annotated[IdParam, Query(description="Only events from this document.")] = None,
    deal: Annotated[IdParam, Query(description="Only events of this deal.")] = None,
    source: SourceParam = None,
    min_confidence: MinConfidence = None,
    sort: EventSort = None,
    page: PageNo = 1,
    per_page: PerPage = 50,
):
    """Events in the record of design.md (with their confidence), each with
    its document's outlet, date and URL."""
    filters = _event_filter(type, modality, supplier, recipient, country, family, category, since, until,
                            doc, deal, source, floor(request, min_confidence))
    sort = sort or "-published"
    result = queries.list_events(request.app.state.store, filters, sort=sort, page=page, per_page=per_page)
    data = {**result.as_dict(), "filters": _public_filters(filters.params(), min_confidence), "sort": sort,
            "min_confidence": filters.min_confidence,
            "links": page_links(request, result.page, result.pages)}
    if wants_json(request):
        return data
    return request.app.state.render(request, "events.html", data)


# --- exports -----------------------------------------------------------------

def _cell(value: Any) -> Any:
    # A cell a spreadsheet would run as a formula is prefixed, so it stays text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv(header: list[str], rows: Iterable[list[Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for n, row in enumerate(rows, 1):
        writer.writerow([_cell(v) for v in row])
        if n % 200 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _download(body: Iterator[str], filename: str, media_type: str) -> StreamingResponse:
    return StreamingResponse(body, media_type=media_type, headers={
        "content-disposition": f'attachment; filename="{filename}"', "x-export-limit": str(EXPORT_LIMIT)})


@router.get("/deals.csv", summary="Export the filtered deals as CSV", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}}}})
def deals_csv(request: Request, supplier: Supplier = None, recipient: Recipient = None,
              country: EitherSide = None, family: Family = None, category: Category = None,
              status: Status = None, modality: ModalityParam = None, since: Since = None, until: Until = None,
              min_confidence: MinConfidence = None, sort: DealSort = None) -> StreamingResponse:
    filters = _deal_filter(supplier, recipient, country, family, category, status, modality, since, until,
                           floor(request, min_confidence))
    rows = (deal_row(d) for d in queries.iter_deals(request.app.state.store, filters, sort=sort or "supplier"))
    return _download(_csv(DEAL_COLUMNS, rows), "deals.csv", "text/csv; charset=utf-8")


@router.get("/deals.ndjson", summary="Export the filtered deals as JSON Lines",
            response_class=StreamingResponse, responses={200: {"content": {"application/x-ndjson": {}}}})
def deals_ndjson(request: Request, supplier: Supplier = None, recipient: Recipient = None,
                 country: EitherSide = None, family: Family = None, category: Category = None,
                 status: Status = None, modality: ModalityParam = None, since: Since = None,
                 until: Until = None, min_confidence: MinConfidence = None,
                 sort: DealSort = None) -> StreamingResponse:
    filters = _deal_filter(supplier, recipient, country, family, category, status, modality, since, until,
                           floor(request, min_confidence))
    lines = (json.dumps(d, ensure_ascii=False) + "\n"
             for d in queries.iter_deals(request.app.state.store, filters, sort=sort or "supplier"))
    return _download(lines, "deals.ndjson", "application/x-ndjson")


EVENT_COLUMNS = ["id", "doc_id", "type", "modality", "supplier", "recipient", "parties", "families",
                 "systems", "quantity", "value_amount", "value_currency", "time_start", "time_granularity",
                 "attribution", "source_label", "outlet", "published", "title", "url", "trigger", "sentence",
                 "start", "end", "rule", "confidence"]


def _event_row(event: dict[str, Any]) -> list[Any]:
    time = event.get("time") or {}
    value = event.get("value") or {}
    evidence = event["evidence"]
    return [event["id"], event["doc_id"], event["type"], event["modality"], event.get("supplier"),
            event.get("recipient"), ";".join(event.get("parties") or []),
            ";".join(s.get("family") or "" for s in event.get("systems") or []),
            "; ".join(s.get("text") or "" for s in event.get("systems") or []), event.get("quantity"),
            value.get("amount"), value.get("currency"), time.get("start"), time.get("granularity"),
            " > ".join(s.get("id") or s.get("country") or s.get("text") or "" for s in event.get("attribution") or []),
            event["source_label"], event.get("outlet"), event.get("published"), event.get("title"),
            event.get("url"), evidence.get("trigger"), evidence.get("sentence"), evidence.get("start"),
            evidence.get("end"), event.get("rule"), event.get("confidence")]


@router.get("/events.csv", summary="Export the filtered events as CSV", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}}}})
def events_csv(request: Request, type: Type = None, modality: ModalityParam = None, supplier: Supplier = None,
               recipient: Recipient = None, country: EitherSide = None, family: Family = None,
               category: Category = None, since: Since = None, until: Until = None,
               doc: Annotated[IdParam, Query()] = None, deal: Annotated[IdParam, Query()] = None,
               source: SourceParam = None, min_confidence: MinConfidence = None,
               sort: EventSort = None) -> StreamingResponse:
    filters = _event_filter(type, modality, supplier, recipient, country, family, category, since, until,
                            doc, deal, source, floor(request, min_confidence))
    rows = (_event_row(e) for e in queries.iter_events(request.app.state.store, filters, sort=sort or "published"))
    return _download(_csv(EVENT_COLUMNS, rows), "events.csv", "text/csv; charset=utf-8")


@router.get("/events.ndjson", summary="Export the filtered events as JSON Lines",
            response_class=StreamingResponse, responses={200: {"content": {"application/x-ndjson": {}}}})
def events_ndjson(request: Request, type: Type = None, modality: ModalityParam = None,
                  supplier: Supplier = None, recipient: Recipient = None, country: EitherSide = None,
                  family: Family = None, category: Category = None, since: Since = None, until: Until = None,
                  doc: Annotated[IdParam, Query()] = None, deal: Annotated[IdParam, Query()] = None,
                  source: SourceParam = None, min_confidence: MinConfidence = None,
                  sort: EventSort = None) -> StreamingResponse:
    filters = _event_filter(type, modality, supplier, recipient, country, family, category, since, until,
                            doc, deal, source, floor(request, min_confidence))
    lines = (json.dumps(e, ensure_ascii=False) + "\n"
             for e in queries.iter_events(request.app.state.store, filters, sort=sort or "published"))
    return _download(lines, "events.ndjson", "application/x-ndjson")
