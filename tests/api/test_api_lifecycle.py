"""The whole life of a job through the API, on a SQLite store and on a PostgreSQL store: connections → job →
validate → trigger → the run succeeds → history → delete. The connection password never lands in the store, in
a response or in a log line."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from psycopg import sql
from sqlalchemy import inspect, text
from tests.api.conftest import Api
from tests.support import DATASETS, load_sql, pg_rows

from lookalike.store.db import engine
from lookalike.testing.postgres import PostgresServer

PASSWORD = "Pw-7f3a9c1e-unique-secret"


def with_password(server: PostgresServer, url: str) -> str:
    """The URL of the same database, as a role that has a password (the server trusts it; the URL holds it)."""
    with psycopg.connect(server.url(), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'app_user'").fetchone()
        if exists is None:
            conn.execute(sql.SQL("CREATE ROLE app_user LOGIN SUPERUSER PASSWORD {}").format(sql.Literal(PASSWORD)))
    return url.replace(f"//{server.user}@", f"//app_user:{PASSWORD}@", 1)


def wait_for(client: TestClient, run_id: str, seconds: float = 180) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        run = client.get(f"/runs/{run_id}").json()
        if run["status"] in ("succeeded", "failed", "cancelled"):
            return run
        time.sleep(0.3)
    raise AssertionError(f"run {run_id} did not finish in {seconds} s: {run}")


def store_text(api: Api) -> str:
    """Every value of every table of the store, as text (what an attacker with the store would read)."""
    bound = engine(api.store_url)
    with bound.connect() as conn:
        parts = []
        for table in inspect(bound).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                parts.append(" ".join(str(value) for value in row))
    return "\n".join(parts)


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
def test_job_lifecycle_through_the_api(
    store: str,
    request: pytest.FixtureRequest,
    pg_server: PostgresServer,
    new_pg_db: Callable[[str], str],
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    api: Api = request.getfixturevalue(f"{store}_api")
    source = new_pg_db("chinook")
    load_sql(source, DATASETS / "chinook" / "chinook-postgres.sql")
    destination = new_pg_db("qa")
    client = api.client("acme")

    made = [
        client.post("/connections", json={"name": name, "url": with_password(pg_server, url)})
        for name, url in (("prod", source), ("qa", destination))
    ]
    assert [r.status_code for r in made] == [201, 201], made[0].text
    assert all(PASSWORD not in r.text and "***" in r.json()["url"] for r in made)
    tested = client.post(f"/connections/{made[0].json()['id']}/test").json()
    assert tested["reachable"] and tested["tables"] == 11 and tested["unreadable"] == []
    schema = client.get(f"/connections/{made[0].json()['id']}/schema").json()
    customer = next(t for t in schema["tables"] if t["name"] == "customer")
    assert {"email", "first_name"} <= {c["name"] for c in customer["columns"]}
    assert any(fk["references"].endswith("employee") for fk in customer["foreign_keys"])
    counted = client.post(
        f"/connections/{made[0].json()['id']}/check-filter", json={"table": "customer", "where": "country = 'USA'"}
    )
    assert counted.json() == {"table": "public.customer", "rows": 13}

    job = {
        "name": "nightly-qa",
        "source": {"connection": "prod"},
        "destinations": [{"connection": "qa", "init_schema": True}],
        "key": "job-key-abc",
        "tables": {"public.customer": {"columns": {"email": "transform_email", "first_name": "generate_first_name"}}},
    }
    created = client.post("/jobs", json=job)
    assert created.status_code == 201, created.text
    assert created.json()["has_key"] and "key" not in created.json()["document"]
    job_id = created.json()["id"]
    assert client.post(f"/jobs/{job_id}/validate").json()["ok"] is True

    triggered = client.post(f"/jobs/{job_id}/runs")
    assert triggered.status_code == 201, triggered.text
    run_id = triggered.json()["id"]
    run = wait_for(client, run_id)
    assert run["status"] == "succeeded", run
    assert {t["table"] for t in run["tables"]} >= {"public.customer", "public.invoice", "public.track"}
    assert all(t["state"] == "finished" for t in run["tables"])
    # A run's rows are the rows it copied: an FK update step sets columns of rows its insert already counted.
    inserted = sum(t["rows"] for t in run["tables"] if t["step"].startswith("insert:"))
    assert run["rows"] == inserted > 15_000

    emails = dict(pg_rows(source, "SELECT customer_id, email FROM customer"))
    copied = dict(pg_rows(destination, "SELECT customer_id, email FROM customer"))
    assert copied.keys() == emails.keys()
    assert not set(copied.values()) & set(emails.values())

    history = client.get("/runs").json()
    assert [r["id"] for r in history] == [run_id] and history[0]["job"] == "nightly-qa"
    assert [r["id"] for r in client.get("/jobs/nightly-qa/runs").json()] == [run_id]
    events = client.get(f"/runs/{run_id}/events").json()
    steps = [e["step"] for e in events]
    assert steps[:2] == ["prepare", "snapshot"] and steps[-1] == "finish", steps
    assert "dispatch insert:public.customer" in steps and all(e["error"] is None for e in events)
    metrics = client.get("/metrics").text
    assert 'lookalike_runs{status="succeeded"} 1.0' in metrics

    assert PASSWORD not in store_text(api)
    if store == "sqlite":
        for file in Path(api.store_url.removeprefix("sqlite:///")).parent.glob("store.sqlite*"):
            assert PASSWORD.encode() not in file.read_bytes()
    logged = caplog.text + "".join(capfd.readouterr())
    assert PASSWORD not in logged

    assert client.delete(f"/runs/{run_id}").status_code == 204
    assert client.get(f"/runs/{run_id}").status_code == 404
    assert client.delete(f"/connections/{made[0].json()['id']}").status_code == 409  # the job uses it
    assert client.delete(f"/jobs/{job_id}").status_code == 204
    assert client.get("/jobs").json() == []
    assert client.delete(f"/connections/{made[0].json()['id']}").status_code == 204
