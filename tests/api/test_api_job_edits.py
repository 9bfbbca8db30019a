"""Editing and cloning a job keeps its anonymization: PUT ?require_mappings=true refuses a version that drops
column mappings or subset filters, and POST /jobs/{job}/clone copies the latest version with its sealed key."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from tests.api.conftest import Api

from lookalike.installation.secrets import unseal
from lookalike.store.db import engine
from lookalike.store.models import Job, JobVersion


def _job() -> dict[str, Any]:
    return {
        "name": "shop",
        "source": {"connection": "src"},
        "destinations": [{"connection": "dst", "init_schema": True, "truncate_cascade": True}],
        "tables": {
            "person": {
                "columns": {"email": "transform_email", "name": {"transformer": "transform_first_name"}},
                "where": "id < 10",
            },
            "audit_log": {"skip": True},
        },
        "virtual_foreign_keys": [
            {"table": "orders", "columns": ["person_ref"], "references": {"table": "person", "columns": ["id"]}}
        ],
        "key": "the-job-key",
        "sync_options": {"chunk_rows": 5000},
    }


def _connections(api: Api, tmp_path: Path) -> Any:
    client = api.client("acme")
    source = tmp_path / "shop.db"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT, name TEXT)")
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, person_ref INTEGER)")
        conn.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, note TEXT)")
    client.post("/connections", json={"name": "src", "url": f"sqlite:///{source}"})
    client.post("/connections", json={"name": "dst", "url": f"sqlite:///{tmp_path / 'qa.db'}"})
    return client


def _keys(api: Api) -> dict[str, list[str | None]]:
    """Per job name, its versions' keys (unsealed), oldest first."""
    with Session(engine(api.store_url)) as session:
        found: dict[str, list[str | None]] = {}
        for job in session.scalars(select(Job)):
            versions = session.scalars(
                select(JobVersion).where(JobVersion.job_id == job.id).order_by(JobVersion.number)
            )
            found[job.name] = [unseal(v.sealed_key) if v.sealed_key else None for v in versions]
        return found


def test_require_mappings_refuses_a_version_that_drops_mappings_or_filters(sqlite_api: Api, tmp_path: Path) -> None:
    client = _connections(sqlite_api, tmp_path)
    assert client.post("/jobs", json=_job()).status_code == 201
    stripped = {key: value for key, value in _job().items() if key not in ("tables", "key")}

    refused = client.put("/jobs/shop?require_mappings=true", json=stripped)
    assert refused.status_code == 422, refused.text
    error = refused.json()["error"]
    assert error["where"] == "tables.person.columns.email"
    for path in ("tables.person.columns.email", "tables.person.columns.name", "tables.person.where"):
        assert path in error["message"]
    assert "tables.audit_log.skip" in error["message"] and "require_mappings=false" in error["fix"]
    assert client.get("/jobs/shop").json()["version"] == 1

    passthrough = {**stripped, "tables": {**_job()["tables"]}}
    passthrough["tables"]["person"] = {**_job()["tables"]["person"], "columns": {"email": "passthrough"}}
    refused = client.put("/jobs/shop?require_mappings=true", json=passthrough)
    assert refused.status_code == 422 and "tables.person.columns.email" in refused.json()["error"]["message"]

    kept = {**stripped, "tables": _job()["tables"], "workers": 2}
    saved = client.put("/jobs/shop?require_mappings=true", json=kept)
    assert saved.status_code == 200 and saved.json()["version"] == 2, saved.text
    # Without the flag the API behaves as before: the version is saved as sent (on purpose).
    dropped = client.put("/jobs/shop?require_mappings=false", json=stripped).json()
    assert dropped["version"] == 3 and "tables" not in dropped["document"]
    assert _keys(sqlite_api)["shop"] == ["the-job-key"] * 3  # no PUT mentioned `key`: it is kept


def test_clone_copies_the_latest_version_with_its_key(sqlite_api: Api, tmp_path: Path) -> None:
    client = _connections(sqlite_api, tmp_path)
    original = client.post("/jobs", json=_job()).json()
    made = client.post("/jobs/shop/clone", json={"name": "shop-copy"})
    assert made.status_code == 201, made.text
    copy = made.json()
    assert copy["id"] != original["id"] and copy["version"] == 1 and copy["has_key"] is True
    assert copy["document"] == {**original["document"], "name": "shop-copy"}
    assert _keys(sqlite_api)["shop-copy"] == ["the-job-key"]

    edited = {**copy["document"], "name": "edited-copy", "workers": 3}
    second = client.post("/jobs/shop/clone?require_mappings=true", json={"name": "edited-copy", "document": edited})
    assert second.status_code == 201, second.text
    assert second.json()["document"] == {**original["document"], "name": "edited-copy", "workers": 3}
    assert _keys(sqlite_api)["edited-copy"] == ["the-job-key"]
    keyless = client.post("/jobs/shop/clone", json={"name": "keyless", "document": {**edited, "key": None}})
    assert keyless.json()["has_key"] is False and _keys(sqlite_api)["keyless"] == [None]

    stripped = {key: value for key, value in edited.items() if key != "tables"}
    refused = client.post("/jobs/shop/clone?require_mappings=true", json={"name": "bare", "document": stripped})
    assert refused.status_code == 422 and refused.json()["error"]["where"] == "tables.person.columns.email"
    assert client.post("/jobs/shop/clone", json={"name": "shop"}).status_code == 409
    assert client.post("/jobs/nope/clone", json={"name": "x"}).status_code == 404
    assert sorted(job["name"] for job in client.get("/jobs").json()) == ["edited-copy", "keyless", "shop", "shop-copy"]
