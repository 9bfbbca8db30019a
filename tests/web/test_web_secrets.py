"""The connections pages never show a password, whatever characters it holds, nor echo a malformed URL."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient
from tests.web.conftest import first_start, sign_in

from lookalike.server import create_app

PASSWORD = "a#b?c@d/e:f%g-hh"


def _signed_in(tmp_path: Path) -> tuple[TestClient, str]:
    store, token = first_start(tmp_path)
    client = TestClient(create_app(store))
    sign_in(client, token)
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/keys").text)
    assert csrf is not None
    return client, csrf.group(1)


def _shows_password(text: str) -> bool:
    return any(piece in text for piece in (PASSWORD, "f%g-hh", "f%25g-hh"))


def test_the_connection_pages_never_show_the_password(tmp_path: Path) -> None:
    client, csrf = _signed_in(tmp_path)
    url = f"postgresql://alice:{PASSWORD}@[::1]:9/prod"
    made = client.post("/connections/new", data={"csrf": csrf, "name": "prod", "kind": "postgres", "url": url})
    assert made.status_code in (200, 303), made.text
    listing = client.get("/connections")
    assert "prod" in listing.text and "postgresql://alice:***@[::1]:9/prod" in listing.text
    page = re.search(r'href="(/connections/(?!new")[^"/]+)"', listing.text)
    assert page is not None
    assert not _shows_password(listing.text) and not _shows_password(client.get(page.group(1)).text)
    tested = client.post(f"{page.group(1)}/test", data={"csrf": csrf})  # unreachable: the driver's reason shown
    assert tested.status_code == 200 and "cannot connect" in tested.text and not _shows_password(tested.text)
    typed = client.post(  # the password typed in the form's field, with every delimiter
        "/connections/new",
        data={
            "csrf": csrf,
            "name": "typed",
            "kind": "postgres",
            "host": "127.0.0.1",
            "port": "9",
            "user": "bob",
            "password": PASSWORD,
            "database": "qa",
        },
    )
    assert typed.status_code in (200, 303) and not _shows_password(client.get("/connections").text)


def test_a_malformed_url_is_refused_without_echoing_it(tmp_path: Path) -> None:
    client, csrf = _signed_in(tmp_path)
    url = f"postgresql://alice:{PASSWORD}@[::1:bad/prod"
    refused = client.post("/connections/new", data={"csrf": csrf, "name": "bad", "kind": "postgres", "url": url})
    assert refused.status_code == 422 and "not a valid database URL" in refused.text
    assert not _shows_password(refused.text)
