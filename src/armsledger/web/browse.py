"""The ledger at large: overview, countries, documents, full-text search."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import RedirectResponse

from ..lookup import read_query
from ..store import queries
from ..store.queries import DocumentFilter
from . import names, svg
from .highlight import document_html
from .models import CountriesOut, CountryOut, DocumentOut, DocumentsOut, OverviewOut, SearchOut
from .params import DocumentSort, Outlet, PageNo, PerPage, SearchText, Since, Until, check_years
from .views import link, page_links, twin, wants_json

router = APIRouter()


def _deals_url(**params: str) -> str:
    return link("/deals", **params)


def _country_url(code: str) -> str:
    return f"/countries/{code}"


@twin(router, "/", name="home", model=OverviewOut, summary="Counts and extents of the ledger",
      json_path="/index.json")
def home_view(request: Request):
    """What is in the ledger: counts, the busiest flows, the latest deals."""
    store = request.app.state.store
    data = queries.overview(store)
    if wants_json(request):
        return data
    flows = queries.flows(store)
    latest = queries.list_deals(store, queries.DealFilter(), sort="-last", per_page=10)
    contested = queries.list_deals(store, queries.DealFilter(), sort="-sources", per_page=10)
    network = svg.network_svg(flows, deals_url=_deals_url, country_url=_country_url, max_nodes=12)
    return request.app.state.render(request, "home.html", data, latest=latest.items, busiest=contested.items,
                                     network=network)


@twin(router, "/countries", name="countries", model=CountriesOut, summary="Countries and all flows")
def countries_view(request: Request):
    """Every country in a deal, with how many it supplies and receives, and
    the supplier → recipient flows drawn as a network."""
    store = request.app.state.store
    items = [{**c, "name": names.country_name(c["code"])} for c in queries.countries(store)]
    flows = queries.flows(store)
    data = {"items": items, "flows": flows}
    if wants_json(request):
        return data
    network = svg.network_svg(flows, deals_url=_deals_url, country_url=_country_url)
    return request.app.state.render(request, "countries.html", data, network=network)


CountryCode = Annotated[str, Path(description="ISO 3166 alpha-3 (or UN, EU, NATO).", max_length=8)]


@twin(router, "/countries/{code}", name="country", model=CountryOut, summary="What a country supplies and receives")
def country_view(request: Request, code: CountryCode):
    """A country's deals as supplier and as recipient, by partner, drawn as
    a flow diagram."""
    if not re.fullmatch(r"[A-Za-z]{2,8}", code):
        raise HTTPException(404, f"no country {code!r}; country codes are ISO 3166 alpha-3, such as RUS")
    if code != code.upper():
        suffix = ".json" if wants_json(request) else ""
        return RedirectResponse(f"/countries/{code.upper()}{suffix}", status_code=308)
    detail = queries.country_detail(request.app.state.store, code)
    if detail is None:
        raise HTTPException(404, f"no deal or event involves {code!r}")
    data = {**detail, "name": names.country_name(code)}
    if wants_json(request):
        return data
    diagram = svg.country_flow_svg(code, detail["supplies"], detail["receives"], deals_url=_deals_url,
                                   country_url=_country_url)
    return request.app.state.render(request, "country.html", data, diagram=diagram)


@twin(router, "/documents", name="documents", model=DocumentsOut, summary="Documents, paginated")
def documents_view(request: Request, outlet: Outlet = None,
                   status: Annotated[str | None, Query(pattern="^(extracted|skipped)?$",
                                                       description="extracted or skipped")] = None,
                   since: Since = None, until: Until = None, sort: DocumentSort = None,
                   page: PageNo = 1, per_page: PerPage = 50):
    """The stored documents (without their text), newest first, each with
    the number of events read from it."""
    check_years(since, until)
    store = request.app.state.store
    filters = DocumentFilter(outlet=outlet, status=status or None, since=since, until=until)
    sort = sort or "-published"
    result = queries.list_documents(store, filters, sort=sort, page=page, per_page=per_page)
    data = {**result.as_dict(), "filters": filters.params(), "sort": sort,
            "links": page_links(request, result.page, result.pages)}
    if wants_json(request):
        return data
    return request.app.state.render(request, "documents.html", data, outlets=queries.document_outlets(store))


DocId = Annotated[str, Path(description="A document id (the hash of its text).", max_length=64)]


@twin(router, "/documents/{doc_id}", name="document", model=DocumentOut,
      summary="A document with its highlighted annotations and events")
def document_view(request: Request, doc_id: DocId):
    """A document's text with the systems, actors, times and event triggers
    found in it, and the events and deals it contributed to."""
    document = queries.document_detail(request.app.state.store, doc_id)
    if document is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    annotator = request.app.state.annotator
    marks = annotator.annotate(document["id"], document["text"], document["published"], document.get("outlet"))
    document["annotations"] = [m.as_dict() for m in marks]
    document["annotation_note"] = annotator.note(document["id"])
    document.pop("ingested_at", None)
    if wants_json(request):
        return document
    body = document_html(document["text"], document["events"], marks)
    kinds = sorted({m.kind for m in marks} | ({"trigger"} if document["events"] else set()))
    return request.app.state.render(request, "document.html", document, body=body, kinds=kinds)


@twin(router, "/search", name="search", model=SearchOut, summary="Search deals and documents")
def search_view(request: Request, q: SearchText = None, page: PageNo = 1,
                per_page: Annotated[int, Query(ge=1, le=100, description="Hits per page, at most 100.")] = 20):
    """Deals whose system and countries the words name, and documents whose
    title or text match, best first, with snippets. A system or country
    named in any spelling the catalogs know is searched in all of them
    ("S300" finds "S-300"); an empty query shows the search form."""
    store = request.app.state.store
    text = q or ""
    read = read_query(text) if text else None
    result = queries.search(store, text, page=page, per_page=per_page, groups=read.groups if read else None)
    deals: list[dict] = []
    if read and (read.families or read.countries):
        found = queries.list_deals(store, queries.DealFilter(family=read.families or None,
                                                             parties=read.countries or None),
                                   sort="-sources", per_page=10)
        deals = found.items
    pages = max(1, -(-result.total // per_page))
    data = {"query": result.query, "engine": result.engine, "total": result.total, "page": page,
            "per_page": per_page, "pages": pages, "items": [h.as_dict() for h in result.hits],
            "deals": deals, "read_as": read.groups if read else [],
            "links": page_links(request, page, pages)}
    if wants_json(request):
        return data
    return request.app.state.render(request, "search.html", data)


@router.get("/api", include_in_schema=False)
def api_view(request: Request):
    """A readable index of the JSON API, from its OpenAPI schema."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "description": (op.get("description") or "").strip(),
                              "parameters": [{"name": p["name"], "in": p["in"],
                                              "description": p.get("description", "")}
                                             for p in op.get("parameters", [])]})
    data = {"endpoints": endpoints, "description": schema["info"].get("description", "")}
    return request.app.state.render(request, "api.html", data, json_url="/openapi.json")
