"""The one endpoint that writes: `POST /api/ingest`, mounted only when the
server runs with `--allow-ingest`, and answering only requests that bear the
server's token (`Authorization: Bearer TOKEN`)."""

from __future__ import annotations

import hmac
import threading

from fastapi import APIRouter, Header, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from ..errors import ArmsledgerError, StoreError
from .models import ErrorOut, IngestIn, IngestOut

router = APIRouter()
MAX_TEXT = 2_000_000
# One ingestion at a time: the pipeline is shared and deals are re-fused.
_lock = threading.Lock()


def _check_token(request: Request, authorization: str | None) -> None:
    expected = request.app.state.ingest_token
    scheme, _, given = (authorization or "").partition(" ")
    if not expected or scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), expected):
        raise HTTPException(401, "a valid token is needed: Authorization: Bearer TOKEN",
                            headers={"WWW-Authenticate": "Bearer"})


# The longest JSON body a MAX_TEXT text can make (escapes, multi-byte UTF-8).
MAX_BODY = 16 * 1024 * 1024


@router.post("/api/ingest", response_model=IngestOut, summary="Add one document to the ledger",
             responses={401: {"model": ErrorOut}, 413: {"model": ErrorOut}, 422: {"model": ErrorOut}},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": IngestIn.model_json_schema()}}}})
async def ingest_view(request: Request, authorization: str | None = Header(None)) -> IngestOut:
    """Extract the events of one text and store them; re-sending the same
    text is a no-op. Needs the server's token."""
    # The token is checked, and the body read with a cap, before anything is
    # parsed: a stranger's body costs the server nothing.
    _check_token(request, authorization)
    body = await _parse(request)
    if len(body.text) > MAX_TEXT:
        raise HTTPException(413, f"text is longer than {MAX_TEXT} characters")
    result = await run_in_threadpool(_ingest, request.app.state.store, body)
    if result.added:
        request.app.state.kept_counts.forget()
    return result


async def _parse(request: Request) -> IngestIn:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise HTTPException(413, f"the request body is larger than {MAX_BODY // (1024 * 1024)} MB")
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            raise HTTPException(413, f"the request body is larger than {MAX_BODY // (1024 * 1024)} MB")
    try:
        return IngestIn.model_validate_json(bytes(raw))
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False, include_context=False)) from exc


def _ingest(store, body: IngestIn) -> IngestOut:
    from ..ingest.document import make_document
    from ..ledger import analyze, refresh_deals

    try:
        document = make_document(body.text, source=body.url or "<api>", url=body.url, outlet=body.outlet,
                                 title=body.title, published=body.published)
    except ArmsledgerError as exc:
        raise HTTPException(422, str(exc)) from exc
    with _lock:
        if store.has_document(document.id):
            return IngestOut(id=document.id, added=False, events=0, deals=store.counts()["deals"],
                             status="duplicate")
        (analysis,) = analyze([document])
        status = "skipped" if analysis.skipped else "extracted"
        note = analysis.skipped or analysis.note
        try:
            added = store.add_document(document, analysis.events, status=status, note=note)
        except StoreError as exc:
            raise HTTPException(422, str(exc)) from exc
        deals = refresh_deals(store)
    return IngestOut(id=document.id, added=added, events=len(analysis.events) if added else 0, deals=deals,
                     status=status if added else "duplicate", note=note)
