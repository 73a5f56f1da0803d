"""The one endpoint that writes: `POST /api/ingest`, mounted only when the
server runs with `--allow-ingest`, and answering only requests that bear the
server's token (`Authorization: Bearer TOKEN`)."""

from __future__ import annotations

import hmac
import threading

from fastapi import APIRouter, Header, HTTPException, Request

from ..errors import ArmsledgerError
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


@router.post("/api/ingest", response_model=IngestOut, summary="Add one document to the ledger",
             responses={401: {"model": ErrorOut}, 413: {"model": ErrorOut}, 422: {"model": ErrorOut}})
def ingest_view(request: Request, body: IngestIn, authorization: str | None = Header(None)) -> IngestOut:
    """Extract the events of one text and store them; re-sending the same
    text is a no-op. Needs the server's token."""
    _check_token(request, authorization)
    if len(body.text) > MAX_TEXT:
        raise HTTPException(413, f"text is longer than {MAX_TEXT} characters")
    from ..ingest.document import make_document
    from ..ledger import analyze, refresh_deals

    store = request.app.state.store
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
        store.add_document(document, analysis.events, status=status, note=analysis.skipped)
        deals = refresh_deals(store)
    return IngestOut(id=document.id, added=True, events=len(analysis.events), deals=deals, status=status,
                     note=analysis.skipped)
