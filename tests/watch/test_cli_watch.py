"""`armsledger watch` from the command line: a rules file with a mistake stops
it before it starts; --once for cron; SIGINT and SIGTERM end it cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from typer.testing import CliRunner

from armsledger.cli import app

from .conftest import EMBARGO_RULES

runner = CliRunner()


def _files(tmp_path, feeds: list[str], rules: str):
    (tmp_path / "feeds.txt").write_text("# the desk's feeds\n" + "\n".join(feeds) + "\n", encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(rules, encoding="utf-8")
    return str(tmp_path / "feeds.txt"), str(tmp_path / "rules.yaml")


def test_cli_watch_bad_rules_file_gets_one_line_and_does_not_start(tmp_path):
    feeds, rules = _files(tmp_path, ["http://127.0.0.1:9/feed.xml"],
                          "rules:\n  - name: embargo\n    recipent: [arms-embargo]\n    outputs: [{jsonl: '-'}]\n")
    db = tmp_path / "ledger.db"
    result = runner.invoke(app, ["watch", feeds, "--rules", rules, "--db", str(db), "--once"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [f"error: {rules}:3: rule 'embargo': unknown field 'recipent' (did you mean 'recipient'?)"]
    assert result.stdout == "" and not db.exists()  # nothing opened, nothing polled


@pytest.mark.parametrize(("args", "message"), [
    (["--every", "soon"], "--every: 'soon' is not an interval"),
    (["--timeout", "0"], "--timeout must be positive"),
])
def test_cli_watch_bad_option_exits_2(tmp_path, args, message):
    feeds, rules = _files(tmp_path, ["http://127.0.0.1:9/feed.xml"], EMBARGO_RULES.format(jsonl="'-'"))
    result = runner.invoke(app, ["watch", feeds, "--rules", rules, "--db", str(tmp_path / "l.db"), *args])
    assert result.exit_code == 2 and message in result.stderr


def test_cli_watch_once_prints_alerts_then_nothing_new(site, tmp_path, nlp):
    site.add_example("xinhua-2016-10-13-russia-completes-s300-deliveries.txt", "2016-10-13")
    feeds, rules = _files(tmp_path, [site.feed_url], EMBARGO_RULES.format(jsonl="'-'"))
    args = ["watch", feeds, "--rules", rules, "--db", str(tmp_path / "ledger.db"), "--once", "--allow-private"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.stderr
    alerts = [json.loads(line) for line in first.stdout.splitlines()]
    assert alerts and all(a["event"]["recipient"] == "IRN" for a in alerts)
    assert "cycle 1: ingested 1, failed 0" in first.stderr and "alert: arms-to-embargoed-states: " in first.stderr

    second = runner.invoke(app, args)
    assert second.exit_code == 0 and second.stdout == ""
    assert "cycle 1: ingested 0, failed 0; 0 documents checked" in second.stderr

    # Without --allow-private the loopback feed is refused: an input failed, exit 1.
    refused = runner.invoke(app, args[:-1])
    assert refused.exit_code == 1 and "loopback address" in refused.stderr


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT])
def test_cli_watch_signal_ends_it_cleanly(site, tmp_path, signal_number):
    site.add_example("xinhua-2016-10-13-russia-completes-s300-deliveries.txt", "2016-10-13")
    feeds, rules = _files(tmp_path, [site.feed_url], EMBARGO_RULES.format(jsonl=tmp_path / "alerts.jsonl"))
    command = [sys.executable, "-m", "armsledger.cli", "watch", feeds, "--rules", rules,
               "--db", str(tmp_path / "ledger.db"), "--every", "1h", "--allow-private"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "COLUMNS": "200"})
    lines: list[str] = []
    cycled = threading.Event()

    def read() -> None:
        for line in process.stderr:
            lines.append(line)
            if line.startswith("cycle 1:"):
                cycled.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 120
        while not cycled.wait(timeout=0.5) and process.poll() is None and time.monotonic() < deadline:
            pass
        assert cycled.is_set(), "".join(lines)
        time.sleep(0.2)
        process.send_signal(signal_number)
        assert process.wait(timeout=30) == 0, "".join(lines)
    finally:
        if process.poll() is None:
            process.kill()
    reader.join(timeout=5)
    text = "".join(lines)
    assert f"{signal.Signals(signal_number).name}: stopping after the current document" in text
    assert text.rstrip().endswith("stopped")
    assert len((tmp_path / "alerts.jsonl").read_text().splitlines()) >= 1
