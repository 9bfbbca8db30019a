"""The attack chains of the security review, against a server with the default settings: each now fails.

With one API key of any account, a stored connection could name the server's own store or system database (read
every tenant, forge a key, plant a pickle the engine runs), create a file anywhere, or probe files and ports.
"""

from __future__ import annotations

import base64
import os
import pickle
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from lookalike.api.confinement import policy_from_environment
from lookalike.api.paths import API_PREFIX
from lookalike.connectors.confine import ConnectionPolicy, endpoints_of
from lookalike.core.errors import ConfigError
from lookalike.engine.dbos import runtime
from lookalike.installation.settings import home, system_database_url
from lookalike.server import create_app
from lookalike.store.accounts import create_account, issue_key
from lookalike.store.db import engine, upgrade


def _server(store_url: str, environ: dict[str, str] | None = None) -> tuple[TestClient, TestClient, ConnectionPolicy]:
    """A server as `lookalike serve` builds it (policy from an environment without the tests' allowances), and
    clients of two accounts."""
    upgrade(store_url)
    runtime.launch()
    policy, tenancy = policy_from_environment(store_url, system_database_url(), environ or {})
    app = create_app(store_url, policy=policy, tenancy=tenancy)
    clients = []
    with Session(engine(store_url)) as session:
        for name in ("tenant-a", "tenant-b"):
            token = issue_key(session, create_account(session, name), "attack").token
            clients.append(
                TestClient(app, base_url=f"http://testserver{API_PREFIX}", headers={"Authorization": f"Bearer {token}"})
            )
        session.commit()
    return clients[0], clients[1], policy


def _refused(client: TestClient, url: str) -> str:
    answer = client.post("/connections", json={"name": "x", "url": url})
    assert answer.status_code == 422, (url, answer.text)
    text: str = answer.json()["error"]["message"]
    assert "not allowed" in text or "data directory" in text, text
    return text


@pytest.fixture
def store_file(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


def test_the_servers_own_files_cannot_be_a_connection(store_file: str, tmp_path: Path) -> None:
    a, _b, policy = _server(store_file)
    system = system_database_url()
    own = [
        store_file,  # read every tenant's accounts, key digests, sealed URLs and jobs; write a forged key back
        system,  # plant a pickled workflow_output
        f"sqlite:///{home() / 'secret.key'}",
        f"sqlite:///{home() / 'client.json'}",
        f"sqlite:///{tmp_path / 'store.sqlite-wal'}",
    ]
    for url in own:
        _refused(a, url)
    # Through a symlink planted in the account's own directory, and by a relative path climbing out of it.
    folder = policy.account_dir(_account_id(a))
    (folder / "innocent.db").symlink_to(Path(system.removeprefix("sqlite:///")))
    _refused(a, "sqlite:///innocent.db")
    _refused(a, "sqlite:///../../store.sqlite")
    assert a.get("/connections").json() == []


def _account_id(client: TestClient) -> str:
    """The caller's account id (its connections' stored paths live under it)."""
    made = client.post("/connections", json={"name": "probe", "url": "sqlite:///probe.db"})
    assert made.status_code == 201, made.text
    path = made.json()["url"].removeprefix("sqlite:///")
    client.delete(f"/connections/{made.json()['id']}")
    return Path(path).parent.name


def test_files_live_in_the_accounts_own_directory_and_nowhere_else(store_file: str, tmp_path: Path) -> None:
    a, b, policy = _server(store_file)
    anywhere = tmp_path / "planted.db"
    _refused(a, f"sqlite:///{anywhere}")  # a destination would have created it
    assert not anywhere.exists()
    made = a.post("/connections", json={"name": "qa", "url": "sqlite:///qa.db"})
    assert made.status_code == 201
    stored = Path(made.json()["url"].removeprefix("sqlite:///"))
    assert stored.parent.parent == Path(os.path.realpath(policy.data_dir)) and stored.name == "qa.db"
    _refused(b, f"sqlite:///{stored}")  # another account's file
    # No oracle: a file that exists and one that does not are refused with the same words.
    assert _refused(a, "sqlite:////etc/passwd") == _refused(a, "sqlite:////etc/no-such-file")


def test_network_connections_cannot_reach_the_server_itself(store_file: str, pg_server: object) -> None:
    a, _b, _policy = _server(store_file)  # two accounts: a multi-account server
    for url in (
        "postgresql://postgres@127.0.0.1:5432/postgres",  # trust auth on the host's loopback
        "postgresql://postgres@localhost/postgres",
        "postgresql://postgres@[::1]:5432/postgres",
        "postgresql://postgres@127.1.2.3:22/x",  # a port oracle
        "postgresql://x@169.254.169.254/x",  # cloud metadata
        "postgresql://x@[::ffff:127.0.0.1]/x",
        "postgresql://x@db.example/x?host=/var/run/postgresql",  # a Unix socket through the query
        "postgresql://x@db.example/x?hostaddr=127.0.0.1",
        "postgresql:///postgres",  # no host: libpq's socket
        "postgresql://x@db.example/x?service=admin",
        "postgresql://x@db.example/x?sslkey=/etc/shadow",
        "postgresql://x@db.example/x?passfile=/root/.pgpass",
    ):
        _refused(a, url)


def test_a_single_user_server_reaches_loopback_but_never_its_own_databases(
    new_pg_db: Callable[[str], str],
) -> None:
    store = new_pg_db("store")
    upgrade(store)
    runtime.launch()
    policy, tenancy = policy_from_environment(store, system_database_url(), {})
    app = create_app(store, policy=policy, tenancy=tenancy)
    with Session(engine(store)) as session:
        token = issue_key(session, create_account(session, "only"), "k").token
        session.commit()
    client = TestClient(app, base_url=f"http://testserver{API_PREFIX}", headers={"Authorization": f"Bearer {token}"})
    other = new_pg_db("mine")
    assert client.post("/connections", json={"name": "mine", "url": other}).status_code == 201
    _refused(client, store)  # the store itself, even for its only user


def test_policy_rules_without_a_server(tmp_path: Path) -> None:
    policy = ConnectionPolicy(data_dir=tmp_path / "data", allow_networks=(), resolve=False)
    with pytest.raises(ConfigError, match="not allowed"):
        policy.check("postgresql://u@127.0.0.1/x", "acc")
    assert policy.check("postgresql://u:p@10.1.2.3:5433/x", "acc")
    allowed = ConnectionPolicy(
        data_dir=tmp_path / "data",
        allow_networks=policy_from_environment(
            "sqlite:///s.db", "sqlite:///y.db", {"LOOKALIKE_ALLOW_HOSTS": "127.0.0.1"}
        )[0].allow_networks,
    )
    assert allowed.check("postgresql://u@127.0.0.1/x", "acc")
    assert [(e.host, e.port) for e in endpoints_of("postgresql://u@h1:1,h2:2/db")] == [("h1", 1), ("h2", 2)]
    with pytest.raises(ConfigError):
        policy_from_environment("sqlite:///s.db", "sqlite:///y.db", {"LOOKALIKE_ALLOW_HOSTS": "nonsense/99"})


class _Planted:
    """What an attacker pickles: unpickling it runs `touch`."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def test_a_pickle_planted_in_the_system_database_is_never_run(tmp_path: Path) -> None:
    """The second fence: even a row written into the system database directly is not unpickled."""
    from lookalike.engine.dbos.engine import DbosEngine

    runtime.launch()
    system = system_database_url()
    run_id = f"planted-{os.getpid()}"
    handle = runtime.start(run_id, {"not": "a request"})  # fails at once; its row is what the attacker rewrites
    with pytest.raises(Exception):  # noqa: B017 - any failure: the request is nonsense
        handle.get_result()
    marker = tmp_path / "pwned"
    payload = base64.b64encode(pickle.dumps(_Planted(marker))).decode()
    with sqlite3.connect(system.removeprefix("sqlite:///")) as db:
        db.execute(
            "UPDATE workflow_status SET output = ?, error = NULL, status = 'SUCCESS', serialization = 'py_pickle' "
            "WHERE workflow_uuid = ?",
            (payload, run_id),
        )
    found = DbosEngine().get_run(run_id)  # reads every recorded field of the run
    assert not marker.exists()
    assert found is not None and found.output is None  # the planted output is refused, not read
