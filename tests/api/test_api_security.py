"""Secure by default: every route but health (and the API's own description) needs a key, and a key of account B
reaches nothing of account A — walked over the app's whole route table, so a new route cannot slip past."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from tests.api.conftest import Api

from lookalike.api.paths import PUBLIC_PATHS


def _source(tmp_path: Path) -> str:
    path = tmp_path / "source.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT NOT NULL)")
        conn.executemany("INSERT INTO person VALUES (?, ?)", [(i, f"p{i}@example.com") for i in range(50)])
    return f"sqlite:///{path}"


def _job(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "source": {"connection": "src"},
        "destinations": [{"connection": "dst", "init_schema": True}],
        "tables": {"person": {"columns": {"email": "transform_email"}}},
    }


# A valid body for each route that takes one and names a resource: B's request must fail on ownership, not on
# the body's shape.
BODIES: dict[tuple[str, str], Any] = {
    ("PATCH", "/api/connections/{connection_id}"): {"name": "renamed"},
    ("POST", "/api/connections/{connection_id}/check-filter"): {"table": "person", "where": "id < 10"},
    ("PUT", "/api/jobs/{job_ref}"): _job("job-a"),
    ("POST", "/api/jobs/{job_ref}/clone"): {"name": "b-copy"},
    ("PUT", "/api/jobs/{job_ref}/schedule"): {"cron": "0 3 * * *"},
    ("PUT", "/api/transformers/user/{transformer_id}"): {
        "name": "mine",
        "definition": {"transformer": "generate_email"},
    },
}


def _routes(api: Api) -> list[tuple[str, str]]:
    """Every (method, path) the app serves: its operations (FastAPI builds the OpenAPI paths from the route
    table, included routers too) and the plain routes outside the schema (docs)."""
    found = [(method.upper(), path) for path, ops in api.app.openapi()["paths"].items() for method in ops]
    for route in api.app.routes:
        path, methods = getattr(route, "path", None), getattr(route, "methods", None)
        if path is not None and methods and not isinstance(route, APIRoute):
            found += [(method, path) for method in sorted(methods - {"HEAD"})]
    return sorted(set(found))


@pytest.fixture
def account_a(sqlite_api: Api, tmp_path: Path) -> dict[str, str]:
    """Account A with one of everything: connections, a job, a finished run, a user transformer, a key."""
    a = sqlite_api.client("account-a")
    ids = {}
    ids["connection_id"] = a.post("/connections", json={"name": "src", "url": _source(tmp_path)}).json()["id"]
    a.post("/connections", json={"name": "dst", "url": f"sqlite:///{tmp_path / 'dst.db'}"})
    ids["job_ref"] = a.post("/jobs", json=_job("job-a")).json()["id"]
    run = a.post(f"/jobs/{ids['job_ref']}/runs")
    assert run.status_code == 201, run.text
    ids["run_id"] = run.json()["id"]
    deadline = time.monotonic() + 60
    while a.get(f"/runs/{ids['run_id']}").json()["status"] not in ("succeeded", "failed"):
        assert time.monotonic() < deadline
        time.sleep(0.2)
    created = a.post("/transformers/user", json={"name": "mine", "definition": {"transformer": "generate_email"}})
    ids["transformer_id"] = created.json()["id"]
    ids["key_id"] = a.post("/api-keys", json={"name": "spare"}).json()["id"]
    return ids


def test_every_route_but_health_needs_a_key(sqlite_api: Api) -> None:
    anonymous = sqlite_api.anonymous()
    routes = _routes(sqlite_api)
    assert len(routes) > 30
    for method, path in routes:
        response = anonymous.request(method, path.replace("{", "").replace("}", ""), json={})
        if path in PUBLIC_PATHS:
            assert response.status_code == 200, (method, path)
        else:
            assert response.status_code == 401, (method, path, response.status_code)
            assert response.json()["error"]["code"] == "unauthorized"
    bad = sqlite_api.anonymous()
    for token in ("lk_deadbeef_not-a-real-secret", "Basic abc", "lk_", ""):
        assert bad.get("/api/jobs", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_a_key_of_account_b_reaches_nothing_of_account_a(sqlite_api: Api, account_a: dict[str, str]) -> None:
    a, b = sqlite_api.client("account-a"), sqlite_api.client("account-b", base="")
    for method, path in _routes(sqlite_api):
        if path in PUBLIC_PATHS:
            continue
        params = [name for name in account_a if f"{{{name}}}" in path]
        if params:
            url = path
            for name in params:
                url = url.replace(f"{{{name}}}", account_a[name])
            response = b.request(method, url, json=BODIES.get((method, path)))
            assert response.status_code in (403, 404), (method, path, response.status_code, response.text)
        elif method == "GET":
            response = b.get(path)
            assert response.status_code == 200, (path, response.text)
            assert not any(value in response.text for value in account_a.values()), path
    # Nothing of A changed under B's attempts.
    assert a.get(f"/connections/{account_a['connection_id']}").json()["name"] == "src"
    assert a.get(f"/jobs/{account_a['job_ref']}").json()["version"] == 1
    assert a.get(f"/runs/{account_a['run_id']}").json()["status"] == "succeeded"
    assert a.get(f"/transformers/user/{account_a['transformer_id']}").status_code == 200
    assert [k["revoked_at"] for k in a.get("/api-keys").json() if k["id"] == account_a["key_id"]] == [None]


def test_a_revoked_key_stops_working_and_keys_are_shown_once(sqlite_api: Api) -> None:
    a = sqlite_api.client("account-a")
    created = a.post("/api-keys", json={"name": "ci"}).json()
    assert created["key"].startswith(f"lk_{created['prefix']}_")
    listed = a.get("/api-keys").text
    assert created["key"] not in listed and created["key"].split("_", 2)[2] not in listed
    spare = sqlite_api.anonymous()
    spare.headers["Authorization"] = f"Bearer {created['key']}"
    assert spare.get("/api/jobs").status_code == 200
    assert a.post(f"/api-keys/{created['id']}/revoke").json()["revoked_at"] is not None
    assert spare.get("/api/jobs").status_code == 401


def test_bodies_over_the_limit_are_refused_before_they_are_read(sqlite_api: Api) -> None:
    a = sqlite_api.client("account-a")
    big = {"documents": ["x" * 1000] * 2000}
    response = a.post("/anonymize/batch", json=big)
    assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"

    def chunks() -> Any:
        for _ in range(2000):
            yield b"x" * 1000

    streamed = a.post("/anonymize", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_a_filter_cannot_write_or_run_a_second_statement(sqlite_api: Api, tmp_path: Path) -> None:
    a = sqlite_api.client("account-a")
    connection = a.post("/connections", json={"name": "src", "url": _source(tmp_path)}).json()["id"]
    for where in ("1=1; DROP TABLE person", "id IN (SELECT 1) OR (DELETE FROM person) IS NULL"):
        response = a.post(f"/connections/{connection}/check-filter", json={"table": "person", "where": where})
        assert response.status_code == 422, response.text
        assert response.json()["error"]["where"] == "tables.person.where"
    counted = a.post(f"/connections/{connection}/check-filter", json={"table": "person"}).json()
    assert counted["rows"] == 50
