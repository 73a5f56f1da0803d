"""`armsledger watch`: the command line of armsledger.watch (registered in cli.py)."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import typer
from rich.markup import escape

from .errors import ArmsledgerError

# Not imported from cli.py at load time: cli.py imports this module, and
# `python -m armsledger.cli` would then load cli.py twice over a cycle.
DB_OPTION = typer.Option(None, "--db", help="SQLite file or database URL [default: $ARMSLEDGER_DB or armsledger.db]")


def read_feeds(path: Path) -> list[str]:
    """Feed URLs (or files), one a line; blank lines and # comments skipped."""
    from .cli import _fail

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{path}: cannot be read ({exc.__class__.__name__})", 2)
    feeds = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not feeds:
        _fail(f"{path}: lists no feeds (one URL a line)", 2)
    return feeds


def watch(
    feeds_file: Path = typer.Argument(..., help="A text file of feed URLs (or files), one a line; # comments."),
    rules: Path = typer.Option(..., "--rules", help="The rules file (YAML): what to alert on, and where."),
    db: str | None = DB_OPTION,
    every: str = typer.Option("15m", help="Time between polls: 30s, 15m, 1h, 1d."),
    once: bool = typer.Option(False, "--once", help="Poll once, deliver, and exit (for cron)."),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Let feeds and webhooks reach loopback and private addresses "
                                       "(refused by default, as for ingest)."),
    timeout: float = typer.Option(20.0, help="Seconds allowed for fetching one URL or posting one alert."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No line per alert on stderr: errors and a line per cycle."),
) -> None:
    """Poll feeds, ingest what is new, and alert on new events and deal changes that match the rules.

    Alerts are recorded in the ledger, so a restart, a re-poll or a syndicated
    copy never repeats one, and an output that fails gets them on the next
    cycle. SIGINT or SIGTERM ends the watch after the current document. Exit
    codes: 0 done, 1 (with --once) a feed failed or an alert is still
    undelivered, 2 a bad rules file, feeds file or option.
    """
    from .cli import _fail, _open, err
    from .ingest import IngestConfig
    from .watch import RulesError, Watcher, WebhookConfig, load_rules, parse_interval

    try:
        rule_list = load_rules(rules)
    except RulesError as exc:
        _fail(str(exc), 2)
    try:
        interval = parse_interval(every)
    except ValueError as exc:
        _fail(f"--every: {exc}", 2)
    if timeout <= 0:
        _fail("--timeout must be positive", 2)
    feeds = read_feeds(feeds_file)
    store = _open(db)

    def on_item(kind: str, detail: str) -> None:
        # A watch runs for weeks: only failures get a line of their own.
        if kind == "failed":
            err.print(f"[red]error:[/red] {escape(detail)}", highlight=False)

    watcher = Watcher(store, rule_list, feeds,
                      ingest_config=IngestConfig(allow_private=allow_private, timeout=timeout),
                      webhook_config=WebhookConfig(allow_private=allow_private, timeout=timeout),
                      stdout=sys.stdout, on_item=on_item)
    signals = 0

    def on_signal(number: int, _frame: object) -> None:
        nonlocal signals
        signals += 1
        if signals > 1:
            raise KeyboardInterrupt  # a second signal: stop now
        err.print(f"{signal.Signals(number).name}: stopping after the current document", highlight=False)
        watcher.stop()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    cycles = 0

    def on_cycle(report) -> None:
        nonlocal cycles
        cycles += 1
        for alert in report.alerts:
            if not quiet:
                err.print(f"alert: {escape(alert['rule'])}: {escape(alert['summary'])}", highlight=False)
        for problem in report.delivery_errors:
            err.print(f"[red]error:[/red] {escape(problem)}", highlight=False)
        copies = f" ({report.copies} syndicated {'copy' if report.copies == 1 else 'copies'})" if report.copies else ""
        err.print(f"cycle {cycles}: ingested {report.ingested}, failed {len(report.failed)}; "
                  f"{report.checked} documents checked{copies}, {report.deals_changed} deals new or changed; "
                  f"{len(report.alerts)} alerts; {report.delivered} deliveries made, {report.pending} pending "
                  f"({report.seconds:.1f} s)", highlight=False, markup=False)

    try:
        documents, deals = watcher.baseline()
        if documents or deals:
            err.print(f"first watch on {store.url}: its {documents} documents and {deals} deals are taken "
                      "as seen; only what comes later alerts", highlight=False, markup=False)
        if not once:
            err.print(f"watching {len(feeds)} feeds with {len(rule_list)} rules every {every} "
                      "(Ctrl-C to stop)", highlight=False, markup=False)
        report = watcher.run(every=interval, once=once, on_cycle=on_cycle)
    except ArmsledgerError as exc:
        _fail(str(exc))
    finally:
        watcher.close()
        for number, handler in previous.items():
            signal.signal(number, handler)
    if report.stopped:
        err.print("stopped", highlight=False)
    if once and (report.failed or report.pending):
        raise typer.Exit(1)
