"""Fixtures: one throwaway PostgreSQL per test session, started only when a test asks for it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lookalike.testing.postgres import PostgresServer, throwaway_postgres

DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    with throwaway_postgres() as server:
        yield server


@pytest.fixture
def new_pg_db(pg_server: PostgresServer, request: pytest.FixtureRequest) -> Callable[[str], str]:
    """Factory: `new_pg_db("src")` creates an empty, uniquely named database and returns its URL."""

    def create(label: str) -> str:
        base = "".join(ch if ch.isalnum() else "_" for ch in request.node.name.lower())[:40]
        return pg_server.create_database(f"{base}_{label}_{next(_counter)}")

    return create


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


def load_sql(url: str, path: Path) -> None:
    """Load a plain SQL script into the database at `url`, skipping psql meta-commands and
    CREATE/DROP DATABASE (the scripts create their own database; the test gives them one)."""
    import psycopg

    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^\\\S+.*$", "", text, flags=re.MULTILINE)
    text = re.sub(r"^(DROP|CREATE) DATABASE[^;]*;", "", text, flags=re.MULTILINE | re.IGNORECASE)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(text)  # type: ignore[call-overload]
