"""The load test script itself, at a tiny size (the README has the full-size figures)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

from ..conftest import REPO


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_synthetic_database_has_what_it_says(tmp_path):
    synthetic = _module("synthetic")
    counts = synthetic.build_synthetic_db(tmp_path / "s.db", events=120)
    assert counts["events"] == 120 and counts["documents"] == 24 and counts["deals"] > 5


def test_load_script_runs_and_reports(tmp_path):
    # As a command, the way it is run for the README (and away from the
    # event loop Playwright keeps in this process).
    done = subprocess.run([sys.executable, str(REPO / "bench" / "load_web.py"), "--db", str(tmp_path / "load.db"),
                           "--build", "300", "--clients", "4", "--requests", "12", "--json"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["counts"]["events"] == 300 and report["clients"] == 4
    names = [r["name"] for r in report["results"]]
    assert {"deals list (HTML)", "deal page (HTML)", "search (HTML)"} <= set(names)
    for result in report["results"]:
        assert result["requests"] == 12 and result["errors"] == 0
        assert 0 < result["p50_ms"] <= result["p99_ms"] <= result["max_ms"]
