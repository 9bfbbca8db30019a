"""`lookalike serve` in its own process (store migrated on start, first key saved 0600, embedded worker), driven
by the CLI as a client: connections create/list, jobs create -f/list/trigger, remote show — with --json."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

LOOKALIKE = [sys.executable, "-m", "lookalike.cli.main"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[dict[str, str], str]]:
    env = {**os.environ, "LOOKALIKE_HOME": str(tmp_path / "home")}
    env.pop("LOOKALIKE_URL", None)
    env.pop("LOOKALIKE_API_KEY", None)
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen([*LOOKALIKE, "serve", "--port", str(port)], env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{url}/health").status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert process.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
        time.sleep(0.2)
    yield env, url
    process.terminate()
    process.wait(timeout=30)


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*LOOKALIKE, *args], env=env, capture_output=True, text=True, timeout=120)


def test_serve_and_the_cli_client(server: tuple[dict[str, str], str], tmp_path: Path) -> None:
    env, url = server
    login = Path(env["LOOKALIKE_HOME"]) / "client.json"
    assert stat.S_IMODE(login.stat().st_mode) == 0o600 and json.loads(login.read_text())["url"] == url

    source = tmp_path / "shop.db"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT NOT NULL)")
        conn.executemany("INSERT INTO person VALUES (?, ?)", [(i, f"p{i}@example.com") for i in range(200)])
    env = {**env, "SRC_URL": f"sqlite:///{source}", "DST_URL": f"sqlite:///{tmp_path / 'qa.db'}"}
    for name, variable in (("src", "SRC_URL"), ("dst", "DST_URL")):
        made = cli(env, "connections", "create", name, "--url-env", variable)
        assert made.returncode == 0, made.stderr
    listed = json.loads(cli(env, "connections", "list", "--json").stdout)
    assert sorted(c["name"] for c in listed) == ["dst", "src"]

    job = tmp_path / "job.yaml"
    job.write_text(
        "name: shop\nsource: {connection: src}\ndestinations: [{connection: dst, init_schema: true}]\n"
        "tables:\n  person:\n    columns: {email: transform_email}\n"
    )
    created = cli(env, "jobs", "create", "-f", str(job), "--json")
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["version"] == 1
    assert json.loads(cli(env, "jobs", "create", "-f", str(job), "--json").stdout)["version"] == 2
    # A version that drops the email mapping is refused (it would copy the emails in clear), unless allowed.
    bare = tmp_path / "bare.yaml"
    bare.write_text("name: shop\nsource: {connection: src}\ndestinations: [{connection: dst, init_schema: true}]\n")
    dropped = cli(env, "jobs", "create", "-f", str(bare))
    assert dropped.returncode == 2 and "tables.person.columns.email" in dropped.stderr, dropped.stderr
    assert json.loads(cli(env, "jobs", "create", "-f", str(bare), "--allow-dropping", "--json").stdout)["version"] == 3
    assert json.loads(cli(env, "jobs", "create", "-f", str(job), "--json").stdout)["version"] == 4
    assert [j["name"] for j in json.loads(cli(env, "jobs", "list", "--json").stdout)] == ["shop"]

    run_id = cli(env, "jobs", "trigger", "shop").stdout.strip()
    deadline = time.monotonic() + 60
    while (shown := json.loads(cli(env, "remote", "show", run_id, "--json").stdout))["status"] != "succeeded":
        assert shown["status"] in ("pending", "running") and time.monotonic() < deadline, shown
        time.sleep(0.5)
    assert shown["rows"] == 200
    with sqlite3.connect(tmp_path / "qa.db") as conn:
        emails = {row[0] for row in conn.execute("SELECT email FROM person")}
    assert len(emails) == 200 and not emails & {f"p{i}@example.com" for i in range(200)}

    refused = cli(env, "jobs", "pause", "shop")
    assert refused.returncode == 2 and "has no schedule" in refused.stderr
    bad = cli({**env, "LOOKALIKE_API_KEY": "lk_00000000_wrong"}, "jobs", "list")
    assert bad.returncode == 2 and "not valid" in bad.stderr
