"""The FastAPI application: one store, security headers, errors, rendering.

Every page is one view function registered twice (datasette's way): at
`/path`, rendered as HTML, and at `/path.json`, the same data as JSON and
the only one of the two in the OpenAPI schema.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from ..model import SYSTEM_CATEGORIES
from ..register import money
from ..store import Store
from . import alerts, browse, names, pages, svg
from .highlight import Annotator, evidence_html
from .params import EVENT_TYPES, MODALITIES, STATUS_CHOICES, TRANSFER_STATUSES, BadParameter
from .views import KeptCounts, json_path, link, safe_url, url_with

HERE = Path(__file__).parent
# No script at all; styles and images from this server only; no framing.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_SECURITY_NAMES = {name for name, _ in SECURITY_HEADERS}


class SecurityHeaders:
    """Adds the security headers to every response (a plain ASGI middleware,
    cheaper than an http middleware under load)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() not in _SECURITY_NAMES]
                message["headers"] = headers + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


def make_read_only(store: Store) -> None:
    """Make every new connection refuse writes, as a second lock behind the
    absence of any writing endpoint."""
    dialect = store.engine.dialect.name

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        if dialect == "sqlite":
            cursor.execute("PRAGMA query_only = ON")
        elif dialect == "postgresql":
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            dbapi_connection.commit()  # else the pool's first rollback undoes the SET
        cursor.close()

    sa.event.listen(store.engine, "connect", on_connect)
    store.engine.dispose()  # connections opened before (by migrations) are dropped


# --- rendering -------------------------------------------------------------

class Renderer:
    def __init__(self) -> None:
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                               trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(
            country_name=names.country_name, outlet_info=names.outlet_info, family_name=names.family_name,
            option_list=names.option_list,
            safe_url=safe_url, link=link, money=money, evidence_html=evidence_html, stage_colour=svg.stage_colour,
            EVENT_TYPES=EVENT_TYPES, TRANSFER_STATUSES=TRANSFER_STATUSES, STATUS_CHOICES=STATUS_CHOICES, MODALITIES=MODALITIES,
            CATEGORIES=SYSTEM_CATEGORIES,
        )

    def __call__(self, request: Request, template: str, data: dict[str, Any], *, status: int = 200,
                 **extra: Any) -> HTMLResponse:
        query = request.url.query
        context = {
            "request": request, "data": data, "path": request.url.path,
            "json_url": extra.pop("json_url", None) or json_path(request) + (f"?{query}" if query else ""),
            "url_with": lambda path=None, **changes: url_with(request, path, **changes),
            "ingest_enabled": bool(getattr(request.app.state, "ingest_token", None)),
            **extra,
        }
        html = self.env.get_template(template).render(context)
        return HTMLResponse(html, status_code=status)


# --- errors ------------------------------------------------------------------

def _is_api(request: Request) -> bool:
    path = request.url.path
    if path.endswith((".json", ".csv", ".ndjson", ".svg")) or path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(request: Request, status: int, error: str, detail: list[dict[str, str]] | None = None) -> Response:
    detail = detail or []
    if _is_api(request):
        return JSONResponse({"error": error, "detail": detail}, status_code=status)
    render: Renderer = request.app.state.render
    return render(request, "error.html", {"status": status, "error": error, "detail": detail}, status=status)


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    detail = []
    for item in exc.errors():
        loc = [str(p) for p in item.get("loc", []) if p not in ("query", "path", "body")]
        message = str(item.get("msg", "is not valid")).removeprefix("Value error, ")
        given = item.get("input")
        if isinstance(given, str | int | float) and not isinstance(given, bool):
            message += f" (got {str(given)[:80]!r})"
        detail.append({"parameter": ".".join(loc) or "request", "message": message})
    return error_response(request, 422, "invalid parameters", detail)


async def _bad_parameter(request: Request, exc: BadParameter) -> Response:
    return error_response(request, 422, "invalid parameters", [{"parameter": exc.name, "message": exc.message}])


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    if exc.status_code == 404:
        message = exc.detail if exc.detail and exc.detail != "Not Found" else f"nothing at {request.url.path}"
        return error_response(request, 404, str(message))
    response = error_response(request, exc.status_code, str(exc.detail))
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _server_error(request: Request, exc: Exception) -> Response:
    return error_response(request, 500, "internal error: the server could not answer this request")


# --- the application ---------------------------------------------------------

def create_app(db: str | os.PathLike[str] | Store | None = None, *, ingest_token: str | None = None,
               annotate: bool = True, min_confidence: float | None = None) -> FastAPI:
    """The web UI and JSON API over a store (a path, URL or Store).

    Read-only unless `ingest_token` is given, which enables `POST /api/ingest`
    for requests bearing it. `min_confidence` is the server's floor: deal
    lists, event lists and a deal page's events leave out what is below it,
    unless a request gives its own `min_confidence`."""
    from .. import __version__
    from .ingest import router as ingest_router

    store = db if isinstance(db, Store) else Store(db)
    if not ingest_token:
        make_read_only(store)
    app = FastAPI(
        title="armsledger",
        version=__version__,
        description=("A ledger of arms transfers and defense cooperation, built from the news. "
                     "Every HTML page has a JSON twin at the same path plus `.json`; lists take the "
                     "same filters as the pages, are paginated (`page`, `per_page`) and bounded; "
                     "`/deals.csv`, `/events.csv` and their `.ndjson` twins export a whole filtered list."),
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.store = store
    app.state.annotator = Annotator(enabled=annotate)
    app.state.ingest_token = ingest_token or None
    app.state.min_confidence = min_confidence
    app.state.render = Renderer()
    app.state.kept_counts = KeptCounts()
    # Outermost, around Starlette's own error middleware, so that a 500 page
    # carries the headers too.
    build_stack = app.build_middleware_stack
    app.build_middleware_stack = lambda: SecurityHeaders(build_stack())
    app.add_exception_handler(Exception, _server_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(BadParameter, _bad_parameter)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(browse.router)
    app.include_router(pages.router)
    app.include_router(alerts.router)
    if ingest_token:
        app.include_router(ingest_router)
    return app

