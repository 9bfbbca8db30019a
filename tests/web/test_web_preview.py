"""The mapping page's "preview rows" and the API under it: a table's rows before and after the mapping as the page
holds it (unsaved), and the privacy check of a document; nothing is written."""

from __future__ import annotations

import html
import json
import re
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient
from tests.web.conftest import first_start, sign_in

from lookalike.server import create_app


def _shop(tmp_path: Path) -> Path:
    source = tmp_path / "shop.db"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT NOT NULL, phone TEXT)")
        conn.executemany(
            "INSERT INTO person VALUES (?, ?, ?)",
            [(i, f"ann{i}@corp.example", f"+1 555 010 {i:04d}") for i in range(9)],
        )
    return source


def test_preview_rows_on_the_mapping_page_and_in_the_api(tmp_path: Path) -> None:
    store, token = first_start(tmp_path)
    client = TestClient(create_app(store))
    sign_in(client, token)
    csrf_found = re.search(r'name="csrf" value="([^"]+)"', client.get("/keys").text)
    assert csrf_found is not None
    csrf = csrf_found.group(1)
    source, qa = _shop(tmp_path), tmp_path / "qa.db"
    for name, path in (("src", source), ("dst", qa)):
        client.post("/connections/new", data={"csrf": csrf, "name": name, "kind": "sqlite", "path": str(path)})
    document = {
        "name": "shop",
        "source": {"connection": "src"},
        "destinations": [{"connection": "dst", "init_schema": True}],
        "tables": {"person": {"columns": {"email": "transform_email"}}},
    }
    api = TestClient(create_app(store), base_url="http://testserver/api", headers={"Authorization": f"Bearer {token}"})
    shown = api.post("/jobs/preview", json={"document": document, "table": "person", "rows": 3})
    assert shown.status_code == 200, shown.text
    [person] = shown.json()
    assert person["columns"] == ["email"] and len(person["before"]) == 3
    assert all(b[0].startswith("ann") and a[0] != b[0] for b, a in zip(person["before"], person["after"], strict=True))
    checked = api.post("/jobs/check", json=document).json()
    assert not checked["ok"] and {(f["problem"], f["column"]) for f in checked["findings"]} >= {
        ("unmapped_sensitive", "phone")
    }
    page = client.post(
        "/jobs/wizard/preview",
        data={"csrf": csrf, "draft": json.dumps(document), "preview_table": "person"},
        headers={"X-CSRF-Token": csrf},
    )
    assert page.status_code == 200, page.text
    text = html.unescape(page.text)
    assert "ann0@corp.example" in text and "email (copy)" in text
    assert not qa.exists() or not sqlite3.connect(qa).execute("SELECT name FROM sqlite_master").fetchall()
