"""The web UI and JSON API: `armsledger serve`.

    from armsledger.web import create_app
    app = create_app("ledger.db")          # any ASGI server can run it

Server-rendered HTML with a JSON twin for every page, SVG diagrams drawn on
the server, no JavaScript; read-only unless an ingest token is given.
"""

from __future__ import annotations

import json
import os
import threading

from fastapi import FastAPI

from ..store import Store
from .app import create_app

__all__ = ["app_from_env", "create_app", "serve"]

CONFIG_ENV = "ARMSLEDGER_WEB_CONFIG"


def serve(db: str | os.PathLike[str] | Store | None = None, *, host: str = "127.0.0.1", port: int = 8000,
          ingest_token: str | None = None, annotate: bool = True, workers: int = 1,
          log_level: str = "info", min_confidence: float | None = None) -> None:
    """Run the app with uvicorn until interrupted; `workers` > 1 runs that
    many processes (each with its own connections and pipeline)."""
    import uvicorn

    options = {"host": host, "port": port, "log_level": log_level, "server_header": False,
               "proxy_headers": False}
    if workers > 1:
        url = db.url if isinstance(db, Store) else str(db) if db else None
        # Worker processes build their app from this (it never leaves the machine).
        os.environ[CONFIG_ENV] = json.dumps({"db": url, "ingest_token": ingest_token, "annotate": annotate,
                                             "min_confidence": min_confidence})
        uvicorn.run("armsledger.web:app_from_env", factory=True, workers=workers, **options)
        return
    app = create_app(db, ingest_token=ingest_token, annotate=annotate, min_confidence=min_confidence)
    # Load the nlp pipeline while the server starts, not on the first document page.
    threading.Thread(target=app.state.annotator.warm, daemon=True).start()
    uvicorn.run(app, **options)


def app_from_env() -> FastAPI:
    """The app of one worker process, configured by `serve`."""
    config = json.loads(os.environ.get(CONFIG_ENV) or "{}")
    app = create_app(config.get("db"), ingest_token=config.get("ingest_token"),
                     annotate=config.get("annotate", True), min_confidence=config.get("min_confidence"))
    threading.Thread(target=app.state.annotator.warm, daemon=True).start()
    return app
