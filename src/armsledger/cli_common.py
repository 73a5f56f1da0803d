"""What every command shares: the consoles, the --db option, failing with a
message, opening the store (bringing its deals up to date)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from .errors import ArmsledgerError

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DB_OPTION = typer.Option(None, "--db", help="SQLite file or database URL [default: $ARMSLEDGER_DB or armsledger.db]")


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


def _published_option(published: str | None) -> str | None:
    """--published as a date, or exit 2 saying why."""
    from .ingest.metadata import parse_published

    try:
        return parse_published(published, source="--published")
    except ArmsledgerError as exc:
        _fail(str(exc), 2)


def _open(db: str | None):
    from .refresh import refresh_deals
    from .store import database_url, open_store

    # A mistyped --db would otherwise answer from a new, empty ledger in silence.
    url = database_url(db)
    file = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else None
    created = file is not None and file != ":memory:" and not Path(file).exists()
    try:
        store = open_store(db)
        if store.pending_fusion():  # a ledger from an older version, or an interrupted ingest
            refresh_deals(store)
    except ArmsledgerError as exc:
        _fail(str(exc), 2)
    if created:
        err.print(f"note: there was no ledger at {file}; created a new, empty one", highlight=False, markup=False)
    return store
