"""What every command shares: the consoles, the --db option, failing with a
message, opening the store (bringing its deals up to date)."""

from __future__ import annotations

import typer
from rich.console import Console

from .errors import ArmsledgerError

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DB_OPTION = typer.Option(None, "--db", help="SQLite file or database URL [default: $ARMSLEDGER_DB or armsledger.db]")


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


def _open(db: str | None):
    from .refresh import refresh_deals
    from .store import open_store

    try:
        store = open_store(db)
        if store.pending_fusion():  # a ledger from an older version, or an interrupted ingest
            refresh_deals(store)
        return store
    except ArmsledgerError as exc:
        _fail(str(exc), 2)
