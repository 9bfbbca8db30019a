"""An attack scan of a real `lookalike serve` with its default settings and two accounts.

Every route of the server's own OpenAPI description × {no key, a bad key, the other account's key}, the file and
URL attacks of the security review (own store, system database, secret key, planted files, loopback, metadata,
sockets, libpq file options), hostile bodies (deep JSON, unknown fields), and the web's login CSRF and foreign
origins. Prints `RESULT attacks=N succeeded=M`; any success fails the test. (Roles inside an account are not built
yet: the "viewer" column of the scan comes with members and roles.)
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from sqlalchemy.orm import Session

from lookalike.store.accounts import create_account, issue_key
from lookalike.store.db import engine

LOOKALIKE = [sys.executable, "-m", "lookalike.cli.main"]
_OWNED = ("connection_id", "job_ref", "run_id", "transformer_id", "key_id")


@dataclass
class Scan:
    attacks: int = 0
    succeeded: list[str] = field(default_factory=list)

    def expect(self, what: str, held: bool) -> None:
        self.attacks += 1
        if not held:
            self.succeeded.append(what)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    home = tmp_path / "home"
    env = {**os.environ, "LOOKALIKE_HOME": str(home)}
    for name in ("LOOKALIKE_URL", "LOOKALIKE_API_KEY", "LOOKALIKE_SQLITE_ROOTS", "LOOKALIKE_ALLOW_HOSTS"):
        env.pop(name, None)  # the server's defaults, not the test suite's allowances
    port = _free_port()
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        process = subprocess.Popen([*LOOKALIKE, "serve", "--port", str(port)], env=env, stdout=log, stderr=log)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/health").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.2)
        try:
            yield url, home
        finally:
            process.terminate()
            process.wait(timeout=30)


def _account_b(home: Path) -> str:
    with Session(engine(f"sqlite:///{home / 'store.sqlite'}")) as session:
        token = issue_key(session, create_account(session, "tenant-b"), "scan").token
        session.commit()
    return token


def _resources(a: httpx.Client, home: Path) -> dict[str, str]:
    """Account A with one of everything, its databases in its own data directory."""
    made = a.post("/api/connections", json={"name": "src", "url": "sqlite:///src.db"})
    assert made.status_code == 201, made.text
    source = Path(made.json()["url"].removeprefix("sqlite:///"))
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT NOT NULL)")
        conn.executemany("INSERT INTO person VALUES (?, ?)", [(i, f"p{i}@example.com") for i in range(20)])
    assert a.post("/api/connections", json={"name": "dst", "url": "sqlite:///dst.db"}).status_code == 201
    job = {
        "name": "job-a",
        "source": {"connection": "src"},
        "destinations": [{"connection": "dst", "init_schema": True}],
        "tables": {"person": {"columns": {"email": "transform_email"}}},
    }
    ids = {"connection_id": made.json()["id"]}
    ids["job_ref"] = a.post("/api/jobs", json=job).json()["id"]
    run = a.post(f"/api/jobs/{ids['job_ref']}/runs")
    assert run.status_code == 201, run.text
    ids["run_id"] = run.json()["id"]
    deadline = time.monotonic() + 90
    while a.get(f"/api/runs/{ids['run_id']}").json()["status"] not in ("succeeded", "failed"):
        assert time.monotonic() < deadline
        time.sleep(0.3)
    created = a.post("/api/transformers/user", json={"name": "mine", "definition": {"transformer": "generate_email"}})
    ids["transformer_id"] = created.json()["id"]
    ids["key_id"] = a.post("/api/api-keys", json={"name": "spare"}).json()["id"]
    return ids


def _walk_routes(scan: Scan, url: str, a_ids: dict[str, str], b_token: str) -> None:
    spec = httpx.get(f"{url}/api/openapi.json").json()
    operations = [(method.upper(), path) for path, ops in spec["paths"].items() for method in ops]
    assert len(operations) > 30
    anonymous = httpx.Client(base_url=url, timeout=30)
    forged = httpx.Client(base_url=url, timeout=30, headers={"Authorization": "Bearer lk_00000000_forged"})
    other = httpx.Client(base_url=url, timeout=30, headers={"Authorization": f"Bearer {b_token}"})
    for method, path in operations:
        concrete = path
        for name in _OWNED:
            concrete = concrete.replace(f"{{{name}}}", a_ids[name])
        public = path == "/health"
        for who, client in (("no key", anonymous), ("forged key", forged)):
            answer = client.request(method, concrete, json={})
            scan.expect(f"{who} {method} {path} → {answer.status_code}", public or answer.status_code == 401)
        answer = other.request(method, concrete, json={})
        if any(f"{{{name}}}" in path for name in _OWNED):
            held = answer.status_code in (403, 404, 422)  # (a 404 names the id B itself sent)
        else:
            held = answer.status_code < 500 and not any(v in answer.text for v in a_ids.values())
        scan.expect(f"other account {method} {path} → {answer.status_code}", held)


def _file_and_url_attacks(scan: Scan, a: httpx.Client, home: Path, tmp_path: Path) -> None:
    planted = tmp_path / "planted.db"
    for target in (
        f"sqlite:///{home / 'store.sqlite'}",
        f"sqlite:///{home / 'system.sqlite'}",
        f"sqlite:///{home / 'secret.key'}",
        f"sqlite:///{home / 'client.json'}",
        f"sqlite:///{planted}",
        "sqlite:///../../store.sqlite",
        "sqlite:////etc/passwd",
        "postgresql://postgres@127.0.0.1:5432/postgres",
        "postgresql://postgres@localhost/postgres",
        "postgresql://x@[::1]:22/x",
        "postgresql://x@169.254.169.254/x",
        "postgresql:///postgres",
        "postgresql://x@db.example/x?host=/var/run/postgresql",
        "postgresql://x@db.example/x?sslkey=/etc/shadow",
        "postgresql://x@db.example/x?service=admin",
    ):
        answer = a.post("/api/connections", json={"name": "attack", "url": target})
        scan.expect(f"connection to {target} → {answer.status_code}", answer.status_code == 422)
        if answer.status_code == 201:
            a.delete(f"/api/connections/{answer.json()['id']}")
    scan.expect("a file was planted outside the data directory", not planted.exists())
    same = [
        a.post("/api/connections", json={"name": "probe", "url": f"sqlite:///{path}"}).json()["error"]["message"]
        for path in ("/etc/passwd", "/etc/no-such-file")
    ]
    scan.expect("file-existence oracle", same[0] == same[1])


def _hostile_bodies(scan: Scan, a: httpx.Client) -> None:
    deep: object = "x"
    for _ in range(900):
        deep = {"a": deep}
    answer = a.post("/api/anonymize", content=json.dumps({"document": deep, "config": {}}))
    scan.expect(f"900-deep JSON → {answer.status_code}", answer.status_code < 500)
    answer = a.post("/api/anonymize", json={"document": {"e": "a@b.example"}, "confg": {}})
    scan.expect(f"unknown field in /anonymize → {answer.status_code}", answer.status_code == 422)


def _web(scan: Scan, url: str, a_token: str) -> None:
    browser = httpx.Client(base_url=url, timeout=30)
    answer = browser.post("/login", data={"api_key": a_token})
    scan.expect(f"login without its CSRF token → {answer.status_code}", answer.status_code == 403)
    answer = browser.post("/login", data={"api_key": a_token}, headers={"Origin": "https://evil.example"})
    scan.expect(f"login from a foreign origin → {answer.status_code}", answer.status_code == 403)
    page = browser.get("/login")
    policy = page.headers.get("content-security-policy", "")
    scan.expect("strict CSP on pages", "script-src 'self'" in policy and "frame-ancestors 'none'" in policy)


def test_attack_scan_of_a_default_server(served: tuple[str, Path], tmp_path: Path) -> None:
    url, home = served
    a_token = json.loads((home / "client.json").read_text())["api_key"]
    a = httpx.Client(base_url=url, timeout=60, headers={"Authorization": f"Bearer {a_token}"})
    b_token = _account_b(home)  # from here on the server has two accounts: multi-account rules hold
    a_ids = _resources(a, home)
    scan = Scan()
    started = time.monotonic()
    _walk_routes(scan, url, a_ids, b_token)
    _file_and_url_attacks(scan, a, home, tmp_path)
    _hostile_bodies(scan, a)
    _web(scan, url, a_token)
    print(f"RESULT attacks={scan.attacks} succeeded={len(scan.succeeded)} seconds={time.monotonic() - started:.1f}")
    assert not scan.succeeded, scan.succeeded
