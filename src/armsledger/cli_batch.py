"""`armsledger batch` and `armsledger load`: the command line of armsledger.batch
(registered in cli.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .cli_common import DB_OPTION, _fail, _open, err
from .errors import ArmsledgerError


def batch(
    shards: list[str] = typer.Argument(
        None, help="Shards: WARC/WET archives (gzipped or not) or JSON Lines files, as paths, folders, globs "
                   "or http(s) URLs."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the Parquet output (new, empty, or a "
                                                      "batch of the same shards to finish)."),
    shards_file: Path | None = typer.Option(None, "--shards", help="A text file of shards, one a line "
                                                                   "(such as Common Crawl's warc.paths)."),
    base_url: str | None = typer.Option(None, "--base-url", help="Prefix for relative lines of --shards, "
                                                                 "e.g. https://data.commoncrawl.org/."),
    cpus: int | None = typer.Option(None, "--cpus", min=1, help="CPUs of the Ray instance started on this "
                                                                "machine (one actor each) [default: all]."),
    address: str | None = typer.Option(None, "--address", help="An existing Ray cluster to run on, e.g. "
                                                               "ray://head-node:10001."),
    min_confidence: float | None = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                                                help="Keep only events the model gives at least this confidence."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Let shard URLs reach loopback and "
                                                                      "private addresses (refused by default)."),
    timeout: float = typer.Option(600.0, help="Seconds allowed for fetching one shard URL, all told."),
    max_archive_mb: float = typer.Option(4096.0, "--max-archive-mb", help="Largest shard fetched from a URL, in MB."),
) -> None:
    """Analyse shards on Ray (one actor per CPU, each holding the model) into Parquet for `armsledger load`.

    Each shard's documents, events and exact copies are written to OUT; a
    re-run into the same folder does only the shards not yet complete. A
    shard that cannot be read gets one line naming it and the rest goes on.
    Exit codes: 0 done, 1 a shard or a document in one failed, 2 bad
    arguments or no Ray.
    """
    from .batch import read_shard_list, run_batch
    from .ingest import IngestConfig

    if timeout <= 0 or max_archive_mb <= 0:
        _fail("--timeout and --max-archive-mb must be positive", 2)
    try:
        import ray  # noqa: F401
    except ImportError:
        _fail("the Ray runner needs the ray extra: pip install 'armsledger[ray]'", 2)
    try:
        shard_list = read_shard_list(list(shards or []), listing=shards_file, base_url=base_url)
    except ArmsledgerError as exc:
        _fail(str(exc), 2)
    if not shard_list:
        _fail("give shards, or a file of them with --shards", 2)
    config = IngestConfig(allow_private=allow_private, timeout=timeout,
                          max_archive_bytes=int(max_archive_mb * 1024 * 1024))
    with Progress(TextColumn("[bold]batch[/bold]"), BarColumn(), MofNCompleteColumn(), TextColumn("shards"),
                  TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), console=err, transient=True,
                  disable=not err.is_terminal) as progress:
        task = progress.add_task("batch", total=len(shard_list), counts="starting Ray")
        documents = events = 0

        def on_shard(shard) -> None:
            nonlocal documents, events
            documents += shard.documents
            events += shard.events
            progress.update(task, advance=1, counts=f"{documents} documents, {events} events")
            for source, reason in shard.failed:
                progress.console.print(f"[red]error:[/red] {escape(source)}: {escape(reason)}", highlight=False)

        try:
            report = run_batch(shard_list, out, cpus=cpus, address=address, config=config,
                               min_confidence=min_confidence, on_shard=on_shard)
        except ArmsledgerError as exc:
            _fail(str(exc), 2)
        except ConnectionError as exc:
            _fail(f"cannot reach the Ray cluster at {address}: {exc}", 2)
        except Exception as exc:  # Ray gave up (an actor died over and over): what is complete stays
            first = (str(exc).splitlines() or [""])[0][:200]
            _fail(f"the Ray run stopped ({type(exc).__name__}: {first}); shards already complete in {out} "
                  f"are kept, and the same command again does the rest", 1)
    before = sum(shard.done_before for shard in report.shards)
    read = [shard for shard in report.shards if not shard.done_before]
    if not read:
        err.print(f"nothing to do: the {before} shards are complete in {out}; store them with: "
                  f"armsledger load {out} --db URL", highlight=False, markup=False)
        return
    again = f" ({before} complete before, not read again)" if before else ""
    rate = report.documents / report.seconds if report.seconds else 0.0
    err.print(f"{len(report.shards)} shards{again}: {sum(s.documents for s in read)} documents "
              f"({sum(s.extracted for s in read)} extracted, {sum(s.copies for s in read)} exact copies), "
              f"{sum(s.events for s in read)} events, {len(report.failed)} failed; {report.seconds:.1f} s, "
              f"{rate:.1f} documents/s on {report.cpus} CPUs", highlight=False, markup=False)
    for label, entries in (("skipped", [e for s in read for e in s.skipped]), ("failed", report.failed)):
        for reason, count in Counter(reason for _, reason in entries).most_common(10):
            err.print(f"  {label}: {count} × {reason}", highlight=False, markup=False)
    err.print(f"written to {out}; store it with: armsledger load {out} --db URL", highlight=False, markup=False)
    if report.failed:
        raise typer.Exit(1)


def load(
    folder: Path = typer.Argument(..., help="The output folder of `armsledger batch`."),
    db: str | None = DB_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Errors and the summary only."),
) -> None:
    """Store a batch's Parquet output in a ledger, in input order, and fuse the deals.

    Syndicated copies are clustered here, across all shards, as `ingest`
    would; one transaction per document; loading a folder twice changes
    nothing. Exit codes: 0 done, 1 a document failed or a shard was not
    complete, 2 not a batch folder or no database.
    """
    try:
        from .batch import load_batch
        from .batch.load import batch_size
    except ImportError:
        _fail("load reads Parquet with pyarrow: pip install 'armsledger[ray]'", 2)

    try:
        total = batch_size(folder)
    except ArmsledgerError as exc:
        _fail(str(exc), 2)
    store = _open(db)
    with Progress(TextColumn("[bold]load[/bold]"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                  TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("load", total=total)

        def on_item(kind: str, detail: str) -> None:
            progress.advance(task)
            if kind == "failed":
                progress.console.print(f"[red]error:[/red] {escape(detail)}", highlight=False)
            elif kind == "skipped" and not quiet:
                progress.console.print(f"[yellow]skipped:[/yellow] {escape(detail)}", highlight=False)

        try:
            report = load_batch(folder, store, on_item=on_item)
        except ArmsledgerError as exc:
            _fail(str(exc))
    for shard in report.incomplete:
        err.print(f"[yellow]not loaded:[/yellow] {escape(shard)}: not complete in {escape(str(folder))} "
                  f"(run the batch again to finish it)", highlight=False)
    copies = f" ({report.copies} syndicated {'copy' if report.copies == 1 else 'copies'})" if report.copies else ""
    err.print(f"loaded {report.shards} shards: ingested {report.ingested}{copies}, duplicates {report.duplicates}, "
              f"skipped {report.skipped}, failed {len(report.failed)}; {report.events} events, {report.deals} deals "
              f"in {store.url} ({report.seconds:.1f} s)", highlight=False, markup=False)
    if report.failed or report.incomplete:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(batch)
    app.command()(load)
