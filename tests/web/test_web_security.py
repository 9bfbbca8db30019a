"""The pages' defences without a browser: login CSRF (token and origin), the same-origin check on every form,
security headers on pages and API answers, sessions that end on the server, and names that render inert."""

from __future__ import annotations

import datetime
import re
import sqlite3
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlalchemy.orm import Session
from tests.web.conftest import first_start, login_token, sign_in

import lookalike.web
from lookalike.api.app import DOCS_CSP, STRICT_CSP
from lookalike.server import create_app
from lookalike.store.db import engine
from lookalike.store.models import BrowserSession
from lookalike.web.session import COOKIE

EVIL = "https://evil.example"
# What a strict CSP refuses in markup: event-handler and style attributes, <style>, javascript: links.
INLINE = r"\son[a-z]+\s*=|\sstyle\s*=|<style|(href|src|action)=\W*javascript:"


@pytest.fixture
def started(tmp_path: Path) -> tuple[TestClient, str, str]:
    store, token = first_start(tmp_path)
    return TestClient(create_app(store)), token, store


def _csrf(client: TestClient) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/keys").text)
    assert found is not None
    return found.group(1)


def test_login_needs_the_forms_token(started: tuple[TestClient, str, str]) -> None:
    client, token, _ = started
    page = client.get("/login")
    cookie = page.headers["set-cookie"]
    assert cookie.startswith("lookalike_login=") and "HttpOnly" in cookie and "SameSite=strict" in cookie
    refused = client.post("/login", data={"api_key": token}, follow_redirects=False)
    assert refused.status_code == 403 and "did not come from this site" in refused.text
    forged = client.post("/login", data={"api_key": token, "csrf": "forged"}, follow_redirects=False)
    assert forged.status_code == 403 and COOKIE not in forged.headers.get("set-cookie", "")
    fresh = TestClient(client.app)  # another browser: the form's token without its cookie
    assert fresh.post("/login", data={"api_key": token, "csrf": login_token(client)}).status_code == 403
    assert sign_in(client, token).headers["location"] == "/jobs"


@pytest.mark.parametrize(
    "headers",
    [{"Origin": EVIL}, {"Origin": "null"}, {"Referer": f"{EVIL}/login"}, {"Origin": "https://testserver"}],
)
def test_login_from_another_origin_is_refused(started: tuple[TestClient, str, str], headers: dict[str, str]) -> None:
    client, token, _ = started
    form = {"api_key": token, "csrf": login_token(client)}
    refused = client.post("/login", data=form, headers=headers, follow_redirects=False)
    assert refused.status_code == 403 and "sent from another site" in refused.text
    assert COOKIE not in refused.headers.get("set-cookie", "")
    same = client.post("/login", data=form, headers={"Origin": "http://testserver"}, follow_redirects=False)
    assert same.status_code == 303


def test_every_form_checks_the_origin_besides_its_token(started: tuple[TestClient, str, str]) -> None:
    client, token, _ = started
    sign_in(client, token)
    csrf = _csrf(client)
    for path in ("/keys", "/logout", "/connections/new", "/jobs/x/delete", "/runs/x/cancel", "/transformers"):
        refused = client.post(path, data={"csrf": csrf, "name": "x"}, headers={"Origin": EVIL})
        assert refused.status_code == 403, path
    made = client.post("/keys", data={"csrf": csrf, "name": "x"}, headers={"Origin": "http://testserver"})
    assert made.status_code == 200 and 'id="new-key"' in made.text
    by_referer = client.post("/keys", data={"csrf": csrf, "name": "y"}, headers={"Referer": "http://testserver/keys"})
    assert by_referer.status_code == 200
    # The API is not a form: a foreign origin gets its usual answer (here: no bearer key, 401).
    assert client.post("/api/api-keys", json={"name": "z"}, headers={"Origin": EVIL}).status_code == 401


def _assert_strict(headers: httpx.Headers) -> None:
    assert headers["content-security-policy"] == STRICT_CSP
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


def test_security_headers_on_pages_static_files_and_api_answers(started: tuple[TestClient, str, str]) -> None:
    client, token, _ = started
    for path in ("/login", "/jobs", "/static/app.css", "/static/page.js", "/health", "/api/jobs", "/api/openapi.json"):
        answer = client.get(path, follow_redirects=False)
        _assert_strict(answer.headers)
        assert "strict-transport-security" not in answer.headers, path
    for rule in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'"):
        assert rule in STRICT_CSP
    assert "unsafe" not in STRICT_CSP
    sign_in(client, token)
    _assert_strict(client.get("/keys").headers)
    too_big = client.post("/api/api-keys", content=b"x" * (2 << 20), headers={"Authorization": f"Bearer {token}"})
    assert too_big.status_code == 413
    _assert_strict(too_big.headers)
    docs = client.get("/api/docs")
    assert docs.headers["content-security-policy"] == DOCS_CSP and "frame-ancestors 'none'" in DOCS_CSP
    secure = TestClient(client.app, base_url="https://testserver")
    assert secure.get("/login").headers["strict-transport-security"] == "max-age=31536000"
    assert "Secure" in secure.get("/login").headers["set-cookie"]


def test_pages_load_no_inline_script_style_or_handler(started: tuple[TestClient, str, str]) -> None:
    client, token, _ = started
    sign_in(client, token)
    for path in ("/login", "/jobs", "/connections", "/connections/new", "/transformers", "/keys", "/runs"):
        page = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)", page), path
        assert not re.search(INLINE, page, re.IGNORECASE), path
        assert '"includeIndicatorStyles": false, "allowEval": false' in page, path


def test_a_signed_out_cookie_replayed_is_refused(started: tuple[TestClient, str, str]) -> None:
    client, token, _ = started
    signed = sign_in(client, token)
    value = client.cookies[COOKIE]
    assert token not in signed.headers["set-cookie"] and len(value) >= 40
    csrf = _csrf(client)
    client.post("/logout", data={"csrf": csrf})
    replay = TestClient(client.app, cookies={COOKIE: value})
    assert replay.get("/jobs", follow_redirects=False).headers["location"] == "/login"
    assert replay.get("/jobs", headers={"HX-Request": "true"}).headers["hx-redirect"] == "/login"
    assert replay.post("/keys", data={"csrf": csrf, "name": "x"}, follow_redirects=False).status_code == 303
    assert replay.get("/api/jobs").status_code == 401  # the cookie is no API credential either


def test_an_expired_session_is_refused(started: tuple[TestClient, str, str]) -> None:
    client, token, store = started
    sign_in(client, token)
    assert client.get("/jobs", follow_redirects=False).status_code == 200
    with Session(engine(store)) as db:
        past = datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=1)
        db.execute(update(BrowserSession).values(expires_at=past))
        db.commit()
    assert client.get("/jobs", follow_redirects=False).headers["location"] == "/login"


def test_revoking_the_api_key_ends_its_sessions(started: tuple[TestClient, str, str]) -> None:
    client, token, _ = started
    sign_in(client, token)
    other = TestClient(client.app)
    sign_in(other, token)
    [key] = client.get("/api/api-keys", headers={"Authorization": f"Bearer {token}"}).json()
    client.post(f"/keys/{key['id']}/revoke", data={"csrf": _csrf(client)})
    for browser in (client, other):
        assert browser.get("/keys", follow_redirects=False).headers["location"] == "/login"


def test_hostile_names_render_inert(started: tuple[TestClient, str, str], tmp_path: Path) -> None:
    client, token, _ = started
    sign_in(client, token)
    csrf = _csrf(client)
    key_name = '"><img src=x onerror=alert(1)>'
    client.post("/keys", data={"csrf": csrf, "name": key_name})
    keys = client.get("/keys").text
    assert "<img" not in keys and "onerror=alert" in keys  # the name is there, as text
    assert 'data-confirm="Revoke &#34;&gt;&lt;img src=x onerror=alert(1)&gt;?"' in keys

    source = tmp_path / "shop.db"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT)")
    for name, path in (("src", source), ("dst", tmp_path / "qa.db")):
        client.post("/connections/new", data={"csrf": csrf, "name": name, "kind": "sqlite", "path": str(path)})
    job_name = "x');alert(1);('"
    bearer = {"Authorization": f"Bearer {token}"}
    made = client.post(
        "/api/jobs",
        headers=bearer,
        json={"name": job_name, "source": {"connection": "src"}, "destinations": [{"connection": "dst"}]},
    )
    assert made.status_code == 201, made.text
    page = client.get(f"/jobs/{made.json()['id']}").text
    assert "onsubmit" not in page and "x&#39;);alert(1);(&#39;" in page
    assert 'data-confirm="Delete job x&#39;);alert(1);(&#39;?"' in page


def test_no_template_has_inline_script_style_or_handler() -> None:
    """Partials too (htmx swaps them in, under the same policy), and the static scripts set no style attribute."""
    web = Path(lookalike.web.__file__).parent
    for template in sorted((web / "templates").rglob("*.html")):
        text = re.sub(r"{#.*?#}", "", template.read_text(), flags=re.DOTALL)  # Jinja comments are not sent
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), template.name
        assert not re.search(INLINE, text, re.IGNORECASE), template.name
    for script in sorted((web / "static").glob("*.js")):
        assert not re.search(r"setAttribute\(\s*[\"']style|\beval\(|new Function", script.read_text()), script.name
