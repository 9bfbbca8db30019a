"""The store: migrations create the same tables on SQLite and PostgreSQL, and secrets never land in plaintext."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.installation.secrets import seal, unseal
from lookalike.store.db import engine, upgrade
from lookalike.store.models import Account, Base, Connection

TABLES = {
    "account",
    "api_key",
    "connection",
    "job",
    "job_version",
    "run",
    "user_transformer",
    "audit_event",
    "browser_session",
}


def _round_trip(url: str) -> None:
    upgrade(url)
    upgrade(url)  # idempotent: already at head
    assert set(inspect(engine(url)).get_table_names()) >= TABLES
    with Session(engine(url)) as session:
        account = Account(name="acme")
        session.add(account)
        session.flush()
        session.add(
            Connection(
                account_id=account.id,
                name="prod",
                dialect="postgres",
                sealed_url=seal("postgresql://app:s3cr3t-pw@db/prod"),
            )
        )
        session.commit()
    with Session(engine(url)) as session:
        stored = session.query(Connection).one()
        assert unseal(stored.sealed_url) == "postgresql://app:s3cr3t-pw@db/prod"


def test_sqlite_store_migrates_and_holds_no_plaintext_password(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    _round_trip(f"sqlite:///{path}")
    assert b"s3cr3t-pw" not in path.read_bytes()


def test_postgres_store_migrates_to_the_same_tables(new_pg_db: Callable[[str], str]) -> None:
    url = new_pg_db("store")
    _round_trip(url)
    assert set(Base.metadata.tables) == TABLES


def test_db_upgrade_command(tmp_path: Path) -> None:
    path = tmp_path / "cli.sqlite"
    result = CliRunner().invoke(app, ["db", "upgrade", "--store-url", f"sqlite:///{path}"])
    assert result.exit_code == 0, result.output
    assert "store up to date" in result.output and set(inspect(engine(f"sqlite:///{path}")).get_table_names()) >= TABLES
