"""What every view shares: the HTML/JSON twin registration and URL helpers.

Apart from `app` so that the routers (`browse`, `pages`) and the application
that mounts them do not import each other.
"""

from __future__ import annotations

import threading
import time
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from .models import ErrorOut


def wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def html_path(request: Request) -> str:
    path = request.url.path
    return "/" if path == "/index.json" else path.removesuffix(".json")


def json_path(request: Request) -> str:
    path = html_path(request)
    return "/index.json" if path == "/" else path + ".json"


def url_with(request: Request, path: str | None = None, **changes: Any) -> str:
    """The current URL with some query parameters changed (None drops one, a
    list gives several); repeated parameters (several values of one filter) are kept."""
    params = list(request.query_params.multi_items())
    for key, value in changes.items():
        key = key.rstrip("_")
        params = [(k, v) for k, v in params if k != key]
        values = value if isinstance(value, list | tuple) else [value]
        params += [(key, str(v)) for v in values if v is not None and v != ""]
    query = urllib.parse.urlencode(params)
    return (path or request.url.path) + (f"?{query}" if query else "")


def link(path: str, **params: Any) -> str:
    pairs = [(k.rstrip("_"), v) for k, value in params.items()
             for v in (value if isinstance(value, list | tuple) else [value]) if v not in (None, "")]
    query = urllib.parse.urlencode(pairs)
    return path + (f"?{query}" if query else "")


def safe_url(url: str | None) -> str | None:
    """An article's URL if it is http(s); anything else (javascript:, data:)
    is not made a link."""
    if not url:
        return None
    parsed = urllib.parse.urlsplit(url.strip())
    return url.strip() if parsed.scheme in {"http", "https"} and parsed.netloc else None


def page_links(request: Request, page: int, pages: int) -> dict[str, str | None]:
    return {
        "html": url_with(request, html_path(request)),
        "next": url_with(request, json_path(request), page=page + 1) if page < pages else None,
        "prev": url_with(request, json_path(request), page=page - 1) if page > 1 else None,
    }


def twin(router: APIRouter, path: str, *, name: str, model: Any, summary: str,
         json_path: str | None = None) -> Callable:
    """Register a view at `path` (HTML) and `path.json` (JSON, in the schema)."""

    def register(view: Callable) -> Callable:
        router.add_api_route(json_path or path + ".json", view, methods=["GET"], name=f"{name}_json", summary=summary,
                             response_model=model,
                             responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}})
        router.add_api_route(path, view, methods=["GET", "HEAD"], name=name, include_in_schema=False,
                             response_class=HTMLResponse, response_model=None)
        return view

    return register


COUNTS_TTL = 10.0  # seconds the deals list's facets and filter choices may lag an ingest by another process
COUNTS_KEPT = 256  # keys kept: the filter choices and that many filter combinations' facets, less one


class KeptCounts:
    """Counts over the whole ledger that every page of a listing asks for
    again (the filter form's choices, a filter combination's facets: tens
    of milliseconds over 50,000 deals), each kept COUNTS_TTL seconds, the
    COUNTS_KEPT most recent keys. Requests run in threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.kept: OrderedDict[str, tuple[float, Any]] = OrderedDict()

    def get(self, key: str, count: Callable[[], Any]) -> Any:
        with self.lock:
            found = self.kept.get(key)
        if found is not None and time.monotonic() - found[0] <= COUNTS_TTL:
            return found[1]
        found = (time.monotonic(), count())
        with self.lock:
            self.kept[key] = found
            self.kept.move_to_end(key)
            while len(self.kept) > COUNTS_KEPT:
                self.kept.popitem(last=False)
        return found[1]

    def forget(self) -> None:
        """After this process stored a text: its lists count it at once."""
        with self.lock:
            self.kept.clear()
