"""Pages without a browser (httpx): sign-in gate, CSRF refusal, JavaScript transformers validated in the sandbox
and saved, a key shown once and not cached, a mapping error shown on its column."""

from __future__ import annotations

import html
import re
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient
from tests.web.conftest import first_start, sign_in

from lookalike.server import create_app


def _signed_in(tmp_path: Path) -> tuple[TestClient, str]:
    store, token = first_start(tmp_path)
    client = TestClient(create_app(store))
    assert client.get("/jobs", follow_redirects=False).headers["location"] == "/login"
    signed = sign_in(client, token)
    cookie = signed.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and token not in cookie
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/keys").text)
    assert csrf is not None
    return client, csrf.group(1)


def test_forms_need_the_csrf_token(tmp_path: Path) -> None:
    client, csrf = _signed_in(tmp_path)
    assert client.post("/keys", data={"name": "x"}).status_code == 403
    assert client.post("/keys", data={"name": "x", "csrf": "forged"}).status_code == 403
    created = client.post("/keys", data={"name": "x", "csrf": csrf})
    assert created.status_code == 200 and created.headers["cache-control"] == "no-store"
    assert re.search(r'id="new-key">lk_[0-9a-f]{8}_', created.text)
    assert "new-key" not in client.get("/keys").text  # shown once


def test_javascript_transformers_are_validated_and_saved(tmp_path: Path) -> None:
    client, csrf = _signed_in(tmp_path)
    form = {"csrf": csrf, "param::new::value::code": "return value.toUpperCase();", "sample": "ab\ncd"}
    assert '"AB"' in client.post("/transformers/javascript/validate", data=form).text
    broken = client.post("/transformers/javascript/validate", data={**form, "param::new::value::code": "return (;"})
    assert "SyntaxError" in broken.text
    saved = client.post(
        "/transformers",
        data={**form, "name": "shout", "map::new::value": "transform_javascript", "description": "caps"},
    )
    assert saved.status_code == 200 and "shout" in saved.text and "transform_javascript" in saved.text


def test_a_mapping_that_does_not_fit_is_shown_on_its_column_and_not_saved(tmp_path: Path) -> None:
    client, csrf = _signed_in(tmp_path)
    source = tmp_path / "shop.db"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT)")
    for name, path in (("src", source), ("dst", tmp_path / "qa.db")):
        client.post("/connections/new", data={"csrf": csrf, "name": name, "kind": "sqlite", "path": str(path)})
    page = client.post(
        "/jobs/wizard/mapping", data={"csrf": csrf, "name": "shop", "source": "src", "destinations": "dst"}
    ).text
    assert 'data-hint="1"' in page  # email is flagged as sensitive
    found = re.search(r'name="draft" value="([^"]+)"', page)
    assert found is not None
    draft = html.unescape(found.group(1))
    refused = client.post(
        "/jobs/wizard/save", data={"csrf": csrf, "draft": draft, "map::person::id": "transform_email"}
    )
    assert refused.status_code == 422
    row = re.search(r'<tr data-column="id"[^>]*class="has-error"', refused.text)
    assert row is not None and "does not apply to person.id" in refused.text
    assert "shop" not in client.get("/jobs").text


def test_the_wizard_never_offers_the_source_as_a_destination_and_refuses_it_when_sent(tmp_path: Path) -> None:
    client, csrf = _signed_in(tmp_path)
    source = tmp_path / "shop.db"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT)")
    for name, path in (("prod", source), ("qa", tmp_path / "qa.db")):
        client.post("/connections/new", data={"csrf": csrf, "name": name, "kind": "sqlite", "path": str(path)})
    settings = client.get("/jobs/new").text  # the first connection (by name) is the preselected source
    assert '<label class="plain" data-destination="qa" >' in settings
    assert '<label class="plain" data-destination="prod" hidden>' in settings
    sent = {"csrf": csrf, "name": "shop", "source": "prod", "destinations": ["prod", "qa"]}
    refused = client.post("/jobs/wizard/mapping", data=sent)
    assert refused.status_code == 422 and "prod is the source: it cannot also be a destination" in refused.text
    assert 'data-destination="prod" hidden' in refused.text and "step 1 of 2" in refused.text
