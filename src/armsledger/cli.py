"""The command line: parses arguments, calls the Python API, prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import cli_register, quality_cli
from .cli_common import (  # shared with cli_register.py
    DB_OPTION,
    _fail,
    _open,
    _published_option,
    err,
    out,
)
from .errors import ArmsledgerError

app = typer.Typer(
    help="armsledger: a ledger of arms transfers and defense cooperation, built from the news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command()
def ingest(
    sources: list[str] = typer.Argument(
        ..., help="Files, folders (recursively), globs, - for standard input, and http(s) URLs: HTML or "
                  "text pages, RSS/Atom feeds, WARC/ARC archives (gzipped or not), JSON Lines manifests."),
    db: str | None = DB_OPTION,
    published: str | None = typer.Option(None, help="Publication date for every input (YYYY[-MM[-DD]]); "
                                                       "overrides the pages' own."),
    outlet: str | None = typer.Option(None, help="Outlet id for every input."),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Let URLs reach loopback, private, link-local and cloud metadata "
                                       "addresses (refused by default, after DNS and after every redirect)."),
    timeout: float = typer.Option(20.0, help="Seconds allowed for fetching one URL, all told: connecting, "
                                             "headers and body."),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Largest document read, in MB (an archive's "
                                                        "records each, an archive itself: --max-archive-mb)."),
    max_archive_mb: float = typer.Option(
        2048.0, "--max-archive-mb", help="Largest WARC/ARC archive fetched from a URL or read from standard "
                                         "input, in MB (spooled to a temporary file; archive files are read "
                                         "in place)."),
    root: Path | None = typer.Option(None, "--root", help="Folder that paths in manifests must stay inside "
                                                          "[default: each manifest's own folder]."),
    follow_links: bool = typer.Option(True, "--follow-links/--no-follow-links",
                                      help="Fetch a feed item's page when the feed has only a summary."),
    refetch: bool = typer.Option(False, "--refetch", help="Fetch URLs the ledger already has again."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No line per skipped input; errors and the summary only."),
    min_confidence: float | None = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                                                help="Store only events the model gives at least this confidence."),
    workers: int | None = typer.Option(None, "--workers", min=1, envvar="ARMSLEDGER_WORKERS",
                                       help="Processes that parse and extract, each loading the model once; "
                                            "one writer stores [default: the cores available]."),
) -> None:
    """Read sources, extract their events and store them; re-ingesting is a no-op.

    Syndicated copies of one story are clustered and count as one source. A
    bad input gets one line naming it and the batch goes on; the exit code is
    1 only when an input failed.
    """

    from rich.markup import escape
    from rich.progress import SpinnerColumn

    from .extract import EventExtractor
    from .ingest import IngestConfig
    from .ledger import ingest as run_ingest
    from .parallel import available_cores

    if timeout <= 0 or max_mb <= 0 or max_archive_mb <= 0:
        _fail("--timeout, --max-mb and --max-archive-mb must be positive", 2)
    published = _published_option(published)
    config = IngestConfig(allow_private=allow_private, timeout=timeout, max_bytes=int(max_mb * 1024 * 1024),
                          max_archive_bytes=int(max_archive_mb * 1024 * 1024), follow_feed_links=follow_links,
                          refetch=refetch, manifest_root=root)
    store = _open(db)
    with Progress(SpinnerColumn(), TextColumn("[bold]ingest[/bold]"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("documents"), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingest", total=None, rate="")
        done = 0

        def on_item(kind: str, detail: str) -> None:
            nonlocal done
            done += 1
            elapsed = (progress.tasks[0].elapsed or 0) if progress.tasks else 0
            rate = f"{done / elapsed:.1f} documents/s" if elapsed else ""
            progress.update(task, completed=done, rate=rate)
            if kind == "failed":
                progress.console.print(f"[red]error:[/red] {escape(detail)}", highlight=False)
            elif kind == "skipped" and not quiet:
                progress.console.print(f"[yellow]skipped:[/yellow] {escape(detail)}", highlight=False)
            elif kind == "note":
                progress.console.print(f"[yellow]note:[/yellow] {escape(detail)}", highlight=False)

        try:
            report = run_ingest(sources, store, published=published, outlet=outlet, config=config,
                                on_item=on_item, extractor=EventExtractor(min_confidence=min_confidence),
                                workers=workers or available_cores())
        except ArmsledgerError as exc:
            _fail(str(exc))
    copies = f" ({report.copies} syndicated {'copy' if report.copies == 1 else 'copies'})" if report.copies else ""
    err.print(
        f"ingested {report.ingested}{copies}, duplicates {report.duplicates}, skipped {len(report.skipped)}, "
        f"failed {len(report.failed)}; {report.events} events, {report.deals} deals in {store.url}",
        highlight=False, markup=False,
    )
    for label, entries in (("skipped", report.skipped), ("failed", report.failed)):
        for reason, count in entries.by_reason().most_common():
            err.print(f"  {label}: {count} × {reason}", highlight=False, markup=False)
    noun = "document" if report.documents == 1 else "documents"
    err.print(f"{report.documents} {noun} in {report.seconds:.1f} s ({report.rate:.1f} documents/s)",
              highlight=False, markup=False)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def extract(
    files: list[Path] = typer.Argument(None, help="Text or HTML files to read."),
    manifest: Path | None = typer.Option(None, help="A JSON Lines manifest (or gold file) of documents."),
    published: str | None = typer.Option(None, help="Publication date (YYYY[-MM[-DD]]) for relative times."),
    format: str = typer.Option("jsonl", "--format", help="jsonl or table."),
    root: Path | None = typer.Option(None, "--root", help="Folder that the manifest's paths must stay inside "
                                                          "[default: the manifest's own folder]."),
    min_confidence: float | None = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                                                help="Only events the model gives at least this confidence."),
) -> None:
    """Print the events in texts, without storing anything."""
    from .extract import EventExtractor
    from .ingest import IngestConfig, iter_documents
    from .ledger import analyze
    from .model import Document

    if format not in {"jsonl", "table"}:
        _fail("--format must be jsonl or table", 2)
    sources = [str(f) for f in files or []] + ([str(manifest)] if manifest else [])
    if not sources:
        _fail("give files or --manifest", 2)
    failed = 0

    def documents():
        nonlocal failed
        for item in iter_documents(sources, published=published, config=IngestConfig(manifest_root=root)):
            if isinstance(item, Document):
                yield item
            else:
                failed += 1
                err.print(f"[red]error:[/red] {item}", highlight=False)

    table = Table("type", "modality", "supplier", "recipient", "systems", "time", "attribution", "rule",
                  "confidence")
    for analysis in analyze(documents(), extractor=EventExtractor(min_confidence=min_confidence)):
        if analysis.skipped:
            err.print(f"[yellow]skipped:[/yellow] {analysis.document.source}: {analysis.skipped}", highlight=False)
        if analysis.note:
            err.print(f"[yellow]note:[/yellow] {analysis.document.source}: {analysis.note}", highlight=False)
        for event in analysis.events:
            if format == "jsonl":
                sys.stdout.write(json.dumps(event.to_record(), ensure_ascii=False) + "\n")
            else:
                table.add_row(
                    str(event.type), str(event.modality), event.supplier or "", event.recipient or "",
                    ", ".join(s.family or s.text for s in event.systems),
                    event.time.start if event.time and event.time.start else "",
                    " → ".join(s.id or s.country or s.text for s in event.attribution), event.rule,
                    "" if event.confidence is None else f"{event.confidence:.2f}",
                )
    if format == "table":
        out.print(table)
    if failed:
        raise typer.Exit(1)


@app.command()
def deals(
    db: str | None = DB_OPTION,
    supplier: list[str] = typer.Option(None, help="Supplier: code, name or alias (RUS, Russia); repeat or "
                                                   "separate with commas for several."),
    recipient: list[str] = typer.Option(None, help="Recipient: code, name or alias (IRN, Iran)."),
    system: list[str] = typer.Option(None, help="System: family or any name the catalog knows (s-300, S300, "
                                                 "Black Hawk)."),
    status: list[str] = typer.Option(None, help="Current status (DELIVERY, AGREEMENT..., UNKNOWN)."),
    format: str = typer.Option("table", "--format", help="table, json or csv."),
    min_confidence: float | None = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                                                help="Only deals with an event of at least this confidence "
                                                     "(events decided by no model count as 1)."),
) -> None:
    """List deals in the columns of SIPRI's trade register: designation,
    year of order, numbers ordered and delivered, years of delivery, value,
    status (the latest dated step), and comments (caveats, contradictions)."""
    import csv

    from .exports import DEAL_COLUMNS, deal_row
    from .store.queries import iter_deals

    if format not in {"table", "json", "csv"}:
        _fail("--format must be table, json or csv", 2)
    filters = cli_register.deal_filter(supplier, recipient, system, status)
    filters.min_confidence = min_confidence
    records = list(iter_deals(_open(db), filters, sort="supplier"))
    if format == "json":
        sys.stdout.write(json.dumps(records, indent=2, ensure_ascii=False) + "\n")
        return
    if format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(DEAL_COLUMNS)
        writer.writerows(deal_row(r) for r in records)
        return
    table = Table("supplier", "recipient", "designation", "description", "ordered", "no. ordered",
                  "no. delivered", "delivered", "value", "status", "src", "comments",
                  title=f"{len(records)} deals", title_justify="left")
    for r in records:
        table.add_row(r["supplier"] or "?", r["recipient"] or "?", *cli_register.register_cells(r), str(r["sources"]),
                      (r.get("register") or {}).get("comments") or "")
    out.print(table)


@app.command()
def deal(
    deal_id: str = typer.Argument(..., help="A deal id from `armsledger deals`."),
    db: str | None = DB_OPTION,
    format: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """One deal: its timeline with the evidence sentences, sources and contradictions."""
    store = _open(db)
    record = store.deal(deal_id)
    if record is None:
        _fail(f"no deal with id {deal_id!r}; `armsledger deals` lists them", 1)
    if format == "json":
        sys.stdout.write(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        return
    status = (f"{record['status']} ({record['status_modality'].lower()}) since {record['status_date']}"
              if record["status"] else "unknown (no step can be dated)")
    out.print(f"[bold]{record['supplier'] or '?'} → {record['recipient'] or '?'}: {record['family']}[/bold]  "
              f"status {status}, {record['sources']} sources, {record['documents']} documents")
    register = record.get("register") or {}
    cells = cli_register.register_cells(record)
    labels = ("", "", "ordered", "number ordered", "number delivered", "delivered in", "value")
    parts = [f"{label} {cell}".strip() for label, cell in zip(labels, cells[:7], strict=True) if cell]
    out.print("  " + " · ".join(parts), highlight=False, markup=False)
    if register.get("comments"):
        out.print(f"  comments: {register['comments']}", highlight=False, markup=False)
    events = {e["id"]: e for e in record["events"]}
    for step in record["timeline"]:
        when = step.get("effective") or "undated"
        when += " (reported)" if step.get("dated_by") == "reported" else ""
        out.print(f"\n[bold]{when}  {step['type']} {step['modality'].lower()}[/bold]"
                  f"  sources: {', '.join(step['sources'])}")
        for eid in step["event_ids"]:
            event = events.get(eid)
            if event is None:
                continue
            chain = " → ".join(s.get("id") or s.get("text") for s in event.get("attribution") or [])
            sure = "" if event.get("confidence") is None else f", confidence {event['confidence']:.2f}"
            out.print(f"  “{event['evidence']['sentence']}”", highlight=False, markup=False)
            out.print(f"    {event.get('published') or ''} {event.get('outlet') or ''}"
                      f"{'  via ' + chain if chain else ''}  [{event['rule']}{sure}]", highlight=False, markup=False)
    if record["contradictions"]:
        out.print("\n[bold red]contradictions[/bold red]")
        for contradiction in record["contradictions"]:
            out.print(f"  {contradiction['summary']}", highlight=False, markup=False)


@app.command()
def explain(
    file: Path = typer.Argument(..., help="A text or HTML file."),
    published: str | None = typer.Option(None, help="Publication date (YYYY[-MM[-DD]])."),
    outlet: str | None = typer.Option(None, help="Outlet id (data/outlets.csv): whose voice the text is, and its home state."),
) -> None:
    """Each sentence with the events found, the rule behind each, and the
    triggers that matched but made no event, with why."""
    from .ingest import iter_documents
    from .ledger import analyze
    from .model import Document

    documents = []
    for item in iter_documents([str(file)], published=published, outlet=outlet):
        if isinstance(item, Document):
            documents.append(item)
        else:
            _fail(str(item))
    for analysis in analyze(documents):
        if analysis.skipped:
            err.print(f"skipped: {analysis.skipped}")
            continue
        if analysis.note:
            err.print(f"note: {analysis.note}", highlight=False)
        current = None
        for finding in analysis.findings:
            if finding.sentence.start != current:
                current = finding.sentence.start
                out.print(f"\n[bold]{finding.sentence.text}[/bold]", highlight=False)
            if finding.event is not None:
                e = finding.event
                systems = ", ".join(s.family or f"({s.category})" for s in e.systems)
                who = f"{e.supplier or '?'} → {e.recipient or '?'}" if e.type.is_transfer else "/".join(e.parties)
                decided = "" if e.confidence is None else (
                    f", {finding.origin} candidate, confidence {e.confidence:.2f}, readings by {', '.join(finding.rules)}")
                out.print(f"  [green]event[/green] {e.type} {e.modality.lower()} {who} {systems} "
                          f"[dim]trigger '{finding.trigger.text}', rule {e.rule}{decided}[/dim]", highlight=False)
                if e.roles:
                    out.print("    [dim]roles: " + "; ".join(f"{role} {value} by {rule}" for role, value, rule in e.roles)
                              + "[/dim]", highlight=False)
            else:
                out.print(f"  [dim]no event from '{finding.trigger.text}': {finding.reason}[/dim]", highlight=False)


@app.command()
def serve(
    db: str | None = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to bind; anything but loopback exposes the ledger."),
    port: int = typer.Option(8000, help="Port to listen on."),
    allow_ingest: bool = typer.Option(False, "--allow-ingest", help="Enable POST /api/ingest for requests bearing the token."),
    token: str | None = typer.Option(None, envvar="ARMSLEDGER_TOKEN", help="The ingest token [default: a random one, printed]."),
    annotate: bool = typer.Option(True, help="Run the nlp pipeline to highlight systems, actors and times on document pages."),
    workers: int = typer.Option(1, min=1, help="Server processes (one per core serves most)."),
    min_confidence: float | None = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0,
        help="The server's floor: deal lists, event lists and deal pages leave out deals and events below this "
             "confidence, unless a request gives its own min_confidence."),
) -> None:
    """Serve the web UI and JSON API (read-only unless --allow-ingest)."""
    import secrets

    from .web import serve as run_server

    store = _open(db)
    ingest_token = None
    if allow_ingest:
        ingest_token = token or secrets.token_urlsafe(24)
        err.print(f"ingest enabled: POST /api/ingest with 'Authorization: Bearer {ingest_token}'", highlight=False, markup=False)
    if host not in {"127.0.0.1", "localhost", "::1"}:
        err.print(f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach it can read the ledger", highlight=False)
    err.print(f"serving {store.url} at http://{host}:{port}/ (Ctrl-C to stop)", highlight=False)
    run_server(store, host=host, port=port, ingest_token=ingest_token, annotate=annotate, workers=workers,
               log_level="warning", min_confidence=min_confidence)


# The register commands live in cli_register.py, measuring and training in
# quality_cli.py, to keep this module short.
app.command()(cli_register.export)
app.command("load-register")(cli_register.load_register)
app.command()(cli_register.compare)
app.command("eval")(quality_cli.eval_command)
app.command()(quality_cli.train)

# `watch` lives in its own module (it reuses the helpers above when it runs).
from .cli_watch import watch  # noqa: E402

app.command()(watch)

from . import cli_batch  # noqa: E402  (batch on Ray, and load)

cli_batch.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
