"""Fixtures: one throwaway PostgreSQL and one Temporal dev server per test session, each started only when a test
asks for it."""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Iterator

import pytest
from tests.support import DATASETS, load_sql

from lookalike.testing.postgres import PostgresServer, throwaway_postgres
from lookalike.testing.temporal import TemporalDevServer, temporal_available, throwaway_temporal

__all__ = ["DATASETS", "load_sql"]

_counter = itertools.count()

# Runs record themselves in a system database under the Lookalike home: keep the tests' runs out of ~/.lookalike.
os.environ["LOOKALIKE_HOME"] = tempfile.mkdtemp(prefix="lookalike-test-home-")
os.environ.pop("LOOKALIKE_SYSTEM_DB", None)
# A test server, like a developer's own, opens the test databases on loopback and SQLite files in temporary
# directories; tests/api/test_api_confinement.py checks the refusals of a server with the default settings.
os.environ.setdefault("LOOKALIKE_SQLITE_ROOTS", tempfile.gettempdir())
os.environ.setdefault("LOOKALIKE_ALLOW_HOSTS", "127.0.0.1,::1")


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


@pytest.fixture(scope="session")
def temporal_server() -> Iterator[TemporalDevServer]:
    """A Temporal dev server (SQLite, headless) for the session; skipped when the `temporal` extra is missing."""
    if (missing := temporal_available()) is not None:
        pytest.skip(missing)
    with throwaway_temporal() as server:
        yield server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)
        if "temporal_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.temporal)
