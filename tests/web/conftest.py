"""The web app in a real browser: `lookalike serve`'s app on a local port (a thread of this process, which is
also the engine's worker), and Debian's Chromium driven by Playwright (no browser download)."""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from lookalike.engine.dbos import runtime
from lookalike.server import create_app
from lookalike.store.accounts import bootstrap
from lookalike.store.db import engine, upgrade

CHROMIUM = os.environ.get("LOOKALIKE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("LOOKALIKE_ARTIFACTS") or Path(__file__).resolve().parents[2] / "artifacts") / "web"


_CSP = "Content Security Policy"


@dataclass
class Server:
    url: str
    api_key: str
    requests: list[str] = field(default_factory=list)


def first_start(folder: Path) -> tuple[str, str]:
    """A migrated SQLite store in `folder` with its first account, as `lookalike serve` leaves it: (URL, key)."""
    store = f"sqlite:///{folder / 'store.sqlite'}"
    upgrade(store)
    with Session(engine(store)) as session:
        issued = bootstrap(session)
        session.commit()
    assert issued is not None
    return store, issued.token


def login_token(client: Any) -> str:
    """The login form's CSRF token (GET /login also sets its cookie on `client`)."""
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
    assert found is not None
    return found.group(1)


def sign_in(client: Any, api_key: str) -> Any:
    """POST /login as the login page does (its token and cookie); the answer, redirects not followed."""
    return client.post("/login", data={"api_key": api_key, "csrf": login_token(client)}, follow_redirects=False)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    import uvicorn

    store, token = first_start(tmp_path)
    runtime.launch()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield Server(f"http://127.0.0.1:{port}", token)
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser_page(server: Server, request: pytest.FixtureRequest) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium; .ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        page.on("request", lambda sent: server.requests.append(sent.url))
        # The pages run under the strict Content-Security-Policy: anything it refuses (an inline script, style
        # or handler, eval) is reported on the console, and fails the test.
        refused: list[str] = []
        page.on("console", lambda message: refused.append(message.text) if _CSP in message.text else None)
        page.on("pageerror", lambda error: refused.append(f"page error: {error}"))
        page.set_default_timeout(20_000)
        yield page
        context.close()
        browser.close()
        assert not refused, refused


def shot(page: Any, name: str) -> None:
    """A full-page screenshot into the test artifacts."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
