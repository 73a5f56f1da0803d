"""The web UI and JSON API: `armsledger serve`.

    from armsledger.web import create_app
    app = create_app("ledger.db")          # any ASGI server can run it

Server-rendered HTML with a JSON twin for every page, SVG diagrams drawn on
the server, no JavaScript; read-only unless an ingest token is given.
"""

from __future__ import annotations

import gc
import json
import os
import threading

from fastapi import FastAPI

from ..store import Store
from .app import create_app

__all__ = ["app_from_env", "create_app", "serve", "settle"]

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
    threading.Thread(target=settle, args=(app,), daemon=True).start()
    uvicorn.run(app, **options)


def app_from_env() -> FastAPI:
    """The app of one worker process, configured by `serve`."""
    config = json.loads(os.environ.get(CONFIG_ENV) or "{}")
    app = create_app(config.get("db"), ingest_token=config.get("ingest_token"),
                     annotate=config.get("annotate", True), min_confidence=config.get("min_confidence"))
    threading.Thread(target=settle, args=(app,), daemon=True).start()
    return app


def settle(app: FastAPI) -> None:
    """What a server process does once, beside serving: load the nlp
    pipeline (not on the first document page), then freeze what start-up
    made, so that the garbage collector's full passes skip it. They walked
    the modules, catalogs and pipeline every time, ≈ 80 ms a pass that fell
    on one deals-list request in ten at a million events; after the freeze a
    pass walks what requests made, 5–14 ms (bench/bench_pg_scale.py)."""
    app.state.annotator.warm()
    gc.collect()
    gc.freeze()
