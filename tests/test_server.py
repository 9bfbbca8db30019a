"""The server's app: the API with the web pages mounted, the web's middleware inside the API's outer middleware,
and without `web` the API alone (which never imports the web)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from lookalike.server import create_app
from lookalike.store.db import upgrade


def _store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    upgrade(url)
    return url


def test_the_web_is_mounted_inside_the_apis_outer_middleware(tmp_path: Path) -> None:
    app = create_app(_store(tmp_path))
    # Outermost first: the security headers, then the catch-all, then the body limit wrap the web's form check.
    assert [m.cls.__name__ for m in app.user_middleware] == [
        "SecurityHeaders",
        "CatchUnexpected",
        "BodyLimit",
        "SameOriginForms",
    ]
    client = TestClient(app)
    assert client.get("/login").status_code == 200
    assert client.get("/health").status_code == 200
    assert client.get("/api/runs").status_code == 401  # the API's own, behind its key


def test_without_web_the_api_stands_alone(tmp_path: Path) -> None:
    app = create_app(_store(tmp_path), web=False)
    assert [m.cls.__name__ for m in app.user_middleware] == [
        "SecurityHeaders",
        "CatchUnexpected",
        "BodyLimit",
    ]
    client = TestClient(app)
    assert client.get("/login").status_code == 404
    assert client.get("/api/runs").status_code == 401


def test_the_api_imports_no_web() -> None:
    probe = "import sys, lookalike.api.app; print(sorted(m for m in sys.modules if m.startswith('lookalike.web')))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
