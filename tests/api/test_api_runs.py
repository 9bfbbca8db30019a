"""Run control through the API: a long run is cancelled mid-table, then resumed from its checkpoints, and the
destination ends with every row exactly once."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import psycopg
from fastapi.testclient import TestClient
from tests.api.conftest import Api
from tests.support import pg_rows, run_script

ROWS = 1_500_000


def _status(client: TestClient, run_id: str) -> dict[str, Any]:
    response = client.get(f"/runs/{run_id}")
    assert response.status_code == 200, response.text
    return dict(response.json())


def _until(client: TestClient, run_id: str, done: Callable[[dict[str, Any]], bool], seconds: float) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    while not done(run := _status(client, run_id)):
        assert time.monotonic() < deadline, run
        time.sleep(0.1)
    return run


def test_cancel_then_resume_a_run_through_the_api(sqlite_api: Api, new_pg_db: Callable[[str], str]) -> None:
    source = run_script(new_pg_db("schema"), "CREATE TABLE event (id bigint PRIMARY KEY, label text NOT NULL);")
    destination = run_script(new_pg_db("qa"), "CREATE TABLE event (id bigint PRIMARY KEY, label text NOT NULL);")
    client = sqlite_api.client("acme")
    client.post("/connections", json={"name": "schema", "url": source})
    client.post("/connections", json={"name": "qa", "url": destination})
    job = {
        "name": "events",
        "source": {"connection": "schema"},
        "destinations": [{"connection": "qa"}],
        "generate": {"rows": ROWS},
        "sync_options": {"chunk_rows": 100_000},
    }
    assert client.post("/jobs", json=job).status_code == 201
    run_id = client.post("/jobs/events/runs").json()["id"]

    _until(client, run_id, lambda r: any(t["rows"] > 0 for t in r["tables"]), 120)
    cancelled = client.post(f"/runs/{run_id}/cancel")
    assert cancelled.status_code == 200, cancelled.text
    run = _until(client, run_id, lambda r: r["status"] == "cancelled", 60)
    time.sleep(1.0)  # a chunk in flight commits or rolls back; then the destination holds whole chunks only
    partial = pg_rows(destination, "SELECT count(*) FROM event")[0][0]
    assert isinstance(partial, int) and 0 < partial < ROWS, partial
    assert client.post(f"/runs/{run_id}/cancel").status_code == 409

    assert client.post(f"/runs/{run_id}/resume").status_code == 200
    run = _until(client, run_id, lambda r: r["status"] in ("succeeded", "failed"), 300)
    assert run["status"] == "succeeded", run
    assert pg_rows(destination, "SELECT count(*), count(DISTINCT id) FROM event") == [(ROWS, ROWS)]
    assert client.post(f"/runs/{run_id}/resume").status_code == 409


def test_a_run_that_failed_in_prepare_resumes_through_the_api_as_a_new_attempt(
    sqlite_api: Api, new_pg_db: Callable[[str], str]
) -> None:
    table = "CREATE TABLE event (id bigint PRIMARY KEY, label text NOT NULL);"
    source = run_script(
        new_pg_db("src"), table + "INSERT INTO event SELECT g, 'e' || g FROM generate_series(1, 500) g;"
    )
    destination = run_script(new_pg_db("qa"), table)
    client = sqlite_api.client("acme")
    client.post("/connections", json={"name": "src", "url": source})
    client.post("/connections", json={"name": "qa", "url": destination})
    job = {
        "name": "locked",
        "source": {"connection": "src"},
        "destinations": [{"connection": "qa", "truncate_before_insert": True}],
        "sync_options": {"table_timeout_seconds": 2, "retry": {"max_attempts": 1}},
    }
    assert client.post("/jobs", json=job).status_code == 201
    with psycopg.connect(destination) as blocker:  # emptying the table waits for this lock: prepare times out
        blocker.execute("LOCK TABLE event IN ACCESS EXCLUSIVE MODE")
        run_id = client.post("/jobs/locked/runs").json()["id"]
        failed = _until(client, run_id, lambda r: r["status"] in ("succeeded", "failed"), 60)
        blocker.rollback()
    assert failed["status"] == "failed" and "table timeout" in (failed["error"] or ""), failed
    resumed = client.post(f"/runs/{run_id}/resume")
    assert resumed.status_code == 200, resumed.text
    assert resumed.json()["id"] == f"{run_id}~2"
    run = _until(client, f"{run_id}~2", lambda r: r["status"] in ("succeeded", "failed"), 120)
    assert run["status"] == "succeeded", run
    assert pg_rows(destination, "SELECT count(*), count(DISTINCT id) FROM event") == [(500, 500)]


def test_the_run_routes_describe_the_engines_own_typed_records(sqlite_api: Api) -> None:
    """`GET /api/runs/{id}` answers with the run contract's models (engine/contract.py), and OpenAPI says so."""
    spec = sqlite_api.app.openapi()
    detail = spec["paths"]["/api/runs/{run_id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert detail["$ref"].endswith("/RunDetail")
    schemas = spec["components"]["schemas"]
    fields = schemas["RunDetail"]["properties"]
    assert fields["tables"]["items"]["$ref"].endswith("/TableProgress")
    assert any(option.get("$ref", "").endswith("/RunOutcome") for option in fields["output"]["anyOf"])
    outcome = schemas["RunOutcome"]["properties"]
    assert {"run_id", "seed", "snapshot", "epochs", "results", "warnings"} <= set(outcome)
    assert set(schemas["TableProgress"]["properties"]) >= {"step", "table", "state", "rows", "retries", "estimate"}
