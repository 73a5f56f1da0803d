"""Fixtures for the web tests: a ledger of the example corpus (ingested once
per session), the app over it, an in-process httpx client, a real uvicorn
server on a free port, and headless Chromium driven by Playwright."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from ..conftest import EXAMPLES

CHROMIUM = os.environ.get("ARMSLEDGER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
_screenshot_dir: list[Path] = []


@pytest.fixture(scope="session")
def example_db(tmp_path_factory, nlp) -> Path:
    """A SQLite ledger of examples/manifest.jsonl (the nlp fixture loads the
    pipeline once for the whole session)."""
    from armsledger.ledger import ingest
    from armsledger.store import Store

    path = tmp_path_factory.mktemp("web") / "examples.db"
    store = Store(path)
    report = ingest([str(EXAMPLES / "manifest.jsonl")], store)
    store.close()
    assert report.ingested >= 10 and not report.failed, report
    return path


class Client:
    """A synchronous face on httpx.AsyncClient over the ASGI app, in process.

    Its event loop runs in a thread of its own, so it works beside
    Playwright's sync API, which keeps a loop running in the main thread."""

    def __init__(self, app) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")

    def _run(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=120)

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        return self._run(self.client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        self._run(self.client.aclose())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()


@pytest.fixture(scope="session")
def app(example_db):
    from armsledger.web import create_app

    return create_app(example_db)


@pytest.fixture(scope="session")
def client(app):
    client = Client(app)
    yield client
    client.close()


@pytest.fixture
def make_client(tmp_path):
    """A client over a fresh app: make_client(db, **create_app options)."""
    from armsledger.web import create_app

    made = []

    def make(db, **options) -> Client:
        made.append(Client(create_app(db, **options)))
        return made[-1]

    yield make
    for client in made:
        client.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """uvicorn serving an app on 127.0.0.1 in a thread of the test process."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"uvicorn did not start on {self.url}")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def server(app):
    with Server(app) as running:
        yield running


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where browser tests save screenshots: $ARMSLEDGER_SCREENSHOTS, else a
    temporary folder; printed at the end of the run."""
    chosen = os.environ.get("ARMSLEDGER_SCREENSHOTS")
    path = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    _screenshot_dir.append(path)
    return path


def pytest_terminal_summary(terminalreporter) -> None:
    for path in _screenshot_dir:
        shots = sorted(p.name for p in path.glob("*.png"))
        if shots:
            terminalreporter.write_line(f"browser screenshots ({len(shots)}) saved in {path}: {', '.join(shots)}")


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium through Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is missing at {CHROMIUM}: .ci/run installs Debian's chromium package")
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A page that records console errors (CSP violations among them) and
    any dialog (an alert() would mean a script ran)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.console_errors = []
    page.dialogs = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield page
    context.close()
