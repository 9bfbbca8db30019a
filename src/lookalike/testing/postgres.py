"""A throwaway PostgreSQL server in a temp dir: initdb + pg_ctl, free port, loopback only.

Runs the server as an unprivileged user when we are root, because PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def find_pg_binary(name: str) -> str:
    """Return the path of a PostgreSQL server binary (initdb, pg_ctl), or raise with a fix."""
    found = shutil.which(name)
    if found:
        return found
    for directory in _PG_BIN_DIRS:
        candidate = directory / name
        if candidate.exists():
            return str(candidate)
    raise RuntimeError(f"{name} not found: install the PostgreSQL server (apt-get install postgresql)")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _unprivileged_user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root and no unprivileged user (postgres) exists to run PostgreSQL")


@dataclass(frozen=True)
class PostgresServer:
    """A running throwaway server; `url(db)` gives a connection URL for one of its databases."""

    host: str
    port: int
    user: str
    datadir: Path
    os_user: str | None = None  # the system user the server runs as (when we are root)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{dbname}"

    def create_database(self, dbname: str) -> str:
        """Create an empty database and return its URL."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname)))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
        return self.url(dbname)

    def stop(self) -> None:
        """Stop the server at once (clients see their connections drop), for fault tests."""
        _run([find_pg_binary("pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "stop"], self.os_user)

    def start(self) -> None:
        """Start it again after `stop()`."""
        log = self.datadir.parent / "server.log"
        _run(
            [find_pg_binary("pg_ctl"), "-D", str(self.datadir), "-l", str(log), "-w", "-t", "60", "start"], self.os_user
        )


def _run(cmd: list[str], user: str | None) -> None:
    if user is not None:
        cmd = ["runuser", "-u", user, "--", *cmd]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@contextlib.contextmanager
def throwaway_postgres(settings: dict[str, str] | None = None) -> Iterator[PostgresServer]:
    """Start a fresh PostgreSQL cluster on a free loopback port; stop and delete it on exit."""
    initdb, pg_ctl = find_pg_binary("initdb"), find_pg_binary("pg_ctl")
    user = _unprivileged_user()
    root = Path(tempfile.mkdtemp(prefix="lookalike-pg-"))
    datadir = root / "data"
    if user is not None:
        pw = pwd.getpwnam(user)
        os.chown(root, pw.pw_uid, pw.pw_gid)
    port = _free_port()
    try:
        _run([initdb, "-D", str(datadir), "-U", "lookalike", "-A", "trust", "-E", "UTF8", "--no-sync"], user)
        options = {
            "listen_addresses": "127.0.0.1",
            "port": str(port),
            "unix_socket_directories": str(root),
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "200",
            "wal_level": "logical",
            "max_replication_slots": "20",
            "max_wal_senders": "20",
            **(settings or {}),
        }
        with (datadir / "postgresql.conf").open("a") as conf:
            conf.writelines(f"{key} = '{value}'\n" for key, value in options.items())
        _run([pg_ctl, "-D", str(datadir), "-l", str(root / "server.log"), "-w", "-t", "60", "start"], user)
        try:
            yield PostgresServer(host="127.0.0.1", port=port, user="lookalike", datadir=datadir, os_user=user)
        finally:
            with contextlib.suppress(subprocess.CalledProcessError):  # a fault test may have stopped it already
                _run([pg_ctl, "-D", str(datadir), "-m", "immediate", "-w", "stop"], user)
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def admin_url(url: str | None) -> Iterator[str]:
    """`url` when given (a superuser's, to create databases), else a throwaway server's: for bench/ scripts."""
    if url:
        yield url
        return
    with throwaway_postgres() as server:
        yield server.url()


def fresh_database(admin: str, name: str) -> str:
    """(Re)create database `name` on the server of `admin` and return its URL."""
    from urllib.parse import urlsplit, urlunsplit

    import psycopg
    from psycopg import sql

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return urlunsplit(urlsplit(admin)._replace(path=f"/{name}"))
