"""The API's other resources: anonymize, transformers (built-in, user-defined, JavaScript check), schedules,
validation errors per column, and JSON errors with a code and a message."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.api.conftest import Api
from tests.support import run_script

DOCUMENT = {
    "user": {"email": "jane.doe@example.com", "name": "Jane", "age": 41},
    "orders": [{"sku": "A-1", "card": "4111111111111111"}, {"sku": "B-2", "card": "5500005555555559"}],
    "active": True,
}


def _anonymize(api: Api, key: str | None, document: Any = DOCUMENT) -> Any:
    config: dict[str, Any] = {
        "mappings": {
            "$.user.email": "transform_email",
            "$.user.name": "transform_first_name",
            "$.orders[*].card": "generate_card_number",
        },
        "defaults": {"number": {"transformer": "transform_int64", "params": {"randomization_range_min": 1}}},
    }
    if key:
        config["key"] = key
    response = api.client("acme").post("/anonymize", json={"document": document, "config": config})
    assert response.status_code == 200, response.text
    return response.json()["document"]


def test_anonymize_transforms_a_nested_document_by_path_and_deterministically_with_a_key(sqlite_api: Api) -> None:
    first = _anonymize(sqlite_api, "k1")
    assert first["user"]["email"] != DOCUMENT["user"]["email"] and "@" in first["user"]["email"]
    assert first["user"]["name"] != "Jane"
    assert [o["sku"] for o in first["orders"]] == ["A-1", "B-2"]  # unmapped strings: no string default
    assert all(o["card"] not in ("4111111111111111", "5500005555555559") for o in first["orders"])
    assert isinstance(first["user"]["age"], int) and first["user"]["age"] != 41
    assert first["active"] is True
    assert _anonymize(sqlite_api, "k1") == first  # same key: same output
    assert _anonymize(sqlite_api, "k2")["user"]["email"] != first["user"]["email"]


def test_anonymize_batch_keeps_order_and_refuses_too_many(sqlite_api: Api) -> None:
    client = sqlite_api.client("acme")
    documents = [{"email": f"user{i}@example.com"} for i in range(50)]
    config = {"mappings": {"$.email": "transform_email"}, "key": "k"}
    out = client.post("/anonymize/batch", json={"documents": documents, "config": config}).json()["documents"]
    single = client.post("/anonymize", json={"document": documents[7], "config": config}).json()["document"]
    assert len(out) == 50 and out[7] == single and len({d["email"] for d in out}) == 50
    too_many = client.post("/anonymize/batch", json={"documents": [{}] * 1001, "config": config})
    assert too_many.status_code == 422 and too_many.json()["error"]["where"] == "documents"
    env = client.post("/anonymize", json={"document": {}, "config": {"key_env": "LOOKALIKE_SECRET_KEY"}})
    assert env.status_code == 422 and env.json()["error"]["where"] == "config.key_env"


def test_transformers_catalogue_user_defined_and_javascript(sqlite_api: Api) -> None:
    client = sqlite_api.client("acme")
    catalogue = {entry["name"]: entry for entry in client.get("/transformers").json()}
    assert len(catalogue) >= 45
    assert "preserve_length" in catalogue["transform_email"]["params_schema"]["properties"]

    made = client.post(
        "/transformers/user",
        json={
            "name": "corp_email",
            "definition": {"transformer": "generate_email", "params": {"email_type": "uuidv4"}},
        },
    )
    assert made.status_code == 201, made.text
    shadow = client.post("/transformers/user", json={"name": "hash", "definition": {"transformer": "hash"}})
    assert shadow.status_code == 422 and "built-in" in shadow.json()["error"]["message"]
    bad = client.post(
        "/transformers/user", json={"name": "x", "definition": {"transformer": "hash", "params": {"nope": 1}}}
    )
    assert bad.status_code == 422 and bad.json()["error"]["where"].startswith("transformers.x")
    used = client.post("/anonymize", json={"document": {"e": "a@b.c"}, "config": {"mappings": {"$.e": "corp_email"}}})
    assert used.status_code == 200 and "@" in used.json()["document"]["e"]

    ok = client.post("/transformers/javascript/validate", json={"code": "return value * 2;", "sample": [1, 2]})
    assert ok.json() == {"ok": True, "output": [2, 4], "error": None}
    broken = client.post("/transformers/javascript/validate", json={"code": "return (;", "sample": [1]}).json()
    assert broken["ok"] is False and "SyntaxError" in broken["error"]["message"]


def _shop(tmp_path: Path) -> str:
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT NOT NULL, age INTEGER)")
        conn.execute("INSERT INTO person VALUES (1, 'a@example.com', 30)")
    return f"sqlite:///{path}"


def test_jobs_validate_per_column_and_schedule(sqlite_api: Api, tmp_path: Path) -> None:
    client = sqlite_api.client("acme")
    client.post("/connections", json={"name": "src", "url": _shop(tmp_path)})
    client.post("/connections", json={"name": "dst", "url": f"sqlite:///{tmp_path / 'qa.db'}"})
    job = {
        "name": "shop",
        "source": {"connection": "src"},
        "destinations": [{"connection": "dst", "init_schema": True}],
        "tables": {"person": {"columns": {"age": "transform_email"}}},
    }
    by_url = {**job, "source": {"url": "postgresql://u:p@h/db"}}
    refused = client.post("/jobs", json=by_url)
    assert refused.status_code == 422 and refused.json()["error"]["where"] == "source.url"
    missing = client.post("/jobs", json={**job, "source": {"connection": "nope"}})
    assert missing.status_code == 422 and "nope" in missing.json()["error"]["message"]

    created = client.post("/jobs", json=job)
    assert created.status_code == 201, created.text
    check = client.post("/jobs/shop/validate").json()
    assert check["ok"] is False and check["error"]["where"] == "tables.person.columns.age"
    refused_run = client.post("/jobs/shop/runs")
    assert refused_run.status_code == 422 and client.get("/runs").json() == []

    job["tables"] = {"person": {"columns": {"email": "transform_email"}}}
    updated = client.put("/jobs/shop", json=job).json()
    assert updated["version"] == 2 and client.post("/jobs/shop/validate").json()["ok"] is True
    scheduled = client.put("/jobs/shop/schedule", json={"cron": "0 3 * * *"}).json()
    assert scheduled["version"] == 3 and scheduled["schedule"]["paused"] is False
    assert len(scheduled["schedule"]["next_runs"]) == 5
    assert all(moment.endswith(("T03:00:00Z", "T03:00:00+00:00")) for moment in scheduled["schedule"]["next_runs"])
    assert client.post("/jobs/shop/pause").json()["schedule"]["paused"] is True
    assert client.post("/jobs/shop/unpause").json()["schedule"]["paused"] is False
    bad_cron = client.put("/jobs/shop/schedule", json={"cron": "every day"})
    assert bad_cron.status_code == 422 and bad_cron.json()["error"]["where"].endswith("schedule")
    cleared = client.put("/jobs/shop/schedule", json={"cron": None}).json()
    assert cleared["schedule"] is None
    assert client.post("/jobs/shop/pause").status_code == 422
    assert client.get("/jobs/nope").json()["error"] == {
        "code": "not_found",
        "message": "no job 'nope'",
        "where": "job",
        "fix": "GET /jobs lists this account's jobs",
    }


def _people(url: str) -> int:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])


def test_a_destination_that_is_the_source_is_refused_on_save_validate_and_trigger(
    sqlite_api: Api, tmp_path: Path
) -> None:
    client = sqlite_api.client("acme")
    shop = _shop(tmp_path)
    (tmp_path / "alias.db").symlink_to(shop.removeprefix("sqlite:///"))
    (tmp_path / "q").mkdir()
    for name, url in (("src", shop), ("alias", f"sqlite:///{tmp_path / 'alias.db'}"), ("dst", _shop(tmp_path / "q"))):
        assert client.post("/connections", json={"name": name, "url": url}).status_code == 201
    job: dict[str, Any] = {
        "name": "self",
        "source": {"connection": "src"},
        "destinations": [{"connection": "alias", "truncate_before_insert": True}],
    }
    named_twice = client.post("/jobs", json={**job, "destinations": [{"connection": "src"}]})
    assert named_twice.status_code == 422, named_twice.text
    assert named_twice.json()["error"]["where"] == "destinations.0.connection"
    listed_twice = client.post("/jobs", json={**job, "destinations": [{"connection": "dst"}, {"connection": "dst"}]})
    assert listed_twice.status_code == 422 and listed_twice.json()["error"]["where"] == "destinations.1.connection"

    by_identity = client.post("/jobs", json=job)  # another connection, the same file
    assert by_identity.status_code == 422, by_identity.text
    error = by_identity.json()["error"]
    assert "is the source database itself" in error["message"] and error["where"].startswith("destinations.0 (")
    checked = client.post("/jobs/validate", json=job).json()
    assert checked["ok"] is False and "is the source database itself" in checked["error"]["message"]

    good = {**job, "destinations": [{"connection": "dst", "truncate_before_insert": True}]}
    assert client.post("/jobs", json=good).status_code == 201
    [note] = client.post("/jobs/self/validate").json()["notes"]
    assert note.startswith("destinations.0 (sqlite:///") and "truncate_before_insert empties 1 tables" in note
    assert client.put("/jobs/self", json=job).status_code == 422
    # The destination connection re-pointed at the source's file: the saved job no longer validates or runs.
    dst = next(c for c in client.get("/connections").json() if c["name"] == "dst")
    assert client.patch(f"/connections/{dst['id']}", json={"url": shop}).status_code == 200
    assert client.post("/jobs/self/validate").json()["ok"] is False
    refused = client.post("/jobs/self/runs")
    assert refused.status_code == 422 and "is the source database itself" in refused.json()["error"]["message"]
    assert client.get("/runs").json() == [] and _people(shop) == 1


def test_a_run_that_copies_0_rows_of_a_source_with_rows_succeeds_with_a_warning(
    sqlite_api: Api, new_pg_db: Callable[[str], str]
) -> None:
    client = sqlite_api.client("acme")
    source = run_script(new_pg_db("src"), "CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2);")
    client.post("/connections", json={"name": "src", "url": source})
    client.post("/connections", json={"name": "dst", "url": new_pg_db("dst")})
    job = {
        "name": "nothing-kept",
        "source": {"connection": "src"},
        "destinations": [{"connection": "dst", "init_schema": True}],
        "tables": {"public.t": {"where": "id > 100"}},
    }
    assert client.post("/jobs", json=job).status_code == 201
    run_id = client.post("/jobs/nothing-kept/runs").json()["id"]
    deadline = time.monotonic() + 120
    while (run := client.get(f"/runs/{run_id}").json())["status"] not in ("succeeded", "failed"):
        assert time.monotonic() < deadline, run
        time.sleep(0.1)
    assert run["status"] == "succeeded" and run["rows"] == 0
    [warning] = run["warnings"]
    assert "copied 0 rows" in warning and run["output"]["warnings"] == [warning]
    assert client.get("/runs").json()[0]["warnings"] == [warning]
