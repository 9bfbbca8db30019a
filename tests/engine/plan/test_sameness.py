"""A destination that is the source, or another destination, is refused before anything is written, whatever the
URLs say; a truncate of tables with rows is announced; a run that copies 0 rows from a source with rows warns."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
from tests.engine.helpers import make_job, sqlite_url
from tests.support import pg_rows, run_script

from lookalike.connectors import open_connector
from lookalike.core.errors import ConfigError
from lookalike.core.schema import QualifiedName
from lookalike.engine.plan.prepare import prepare
from lookalike.engine.sync import run_sync
from lookalike.testing.postgres import PostgresServer

PEOPLE = """
CREATE TABLE person (id int PRIMARY KEY, email text NOT NULL);
CREATE TABLE empty_one (id int PRIMARY KEY);
INSERT INTO person SELECT i, 'p' || i || '@corp.example' FROM generate_series(1, 25) i;
"""


def _spellings(server: PostgresServer, url: str) -> dict[str, str]:
    """The same database, written six ways (another role, host name, options, a password, the Unix socket)."""
    database = url.rsplit("/", 1)[1]
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute("DO $$ BEGIN CREATE ROLE twin LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    return {
        "same URL": url,
        "localhost": url.replace("127.0.0.1", "localhost"),
        "second role": url.replace(f"{server.user}@", "twin@"),
        "extra params": f"{url}?application_name=twin&connect_timeout=5",
        "password": url.replace(f"{server.user}@", f"{server.user}:hunter2@"),  # trust auth ignores it
        "unix socket": f"postgresql://{server.user}@/{database}?host={server.datadir.parent}&port={server.port}",
    }


def _sqlite_people(path: Path, rows: int = 25) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT NOT NULL)")
        conn.executemany("INSERT INTO person VALUES (?, ?)", [(i, f"p{i}@corp.example") for i in range(1, rows + 1)])
    return path


def _sqlite_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])


def _refused(job: Any) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        run_sync(job, os.environ)
    return caught.value


@pytest.mark.parametrize(
    "spelling", ["same URL", "localhost", "second role", "extra params", "password", "unix socket"]
)
def test_a_postgres_destination_that_is_the_source_is_refused_and_the_source_keeps_its_rows(
    pg_server: PostgresServer, new_pg_db: Callable[[str], str], spelling: str
) -> None:
    source = run_script(new_pg_db("src"), PEOPLE)
    alias = _spellings(pg_server, source)[spelling]
    job = make_job(source, [{"url": alias, "init_schema": True, "truncate_before_insert": True}])
    error = _refused(job)
    assert "is the source database itself" in error.what and "truncate_before_insert" in error.what
    assert error.where is not None and error.where.startswith("destinations.0 (") and error.fix
    assert "hunter2" not in f"{error.what} {error.where} {error.fix}"
    assert pg_rows(source, "SELECT count(*) FROM person") == [(25,)]
    assert pg_rows(source, "SELECT count(*) FROM pg_namespace WHERE nspname = '_lookalike'") == [(0,)]


def test_another_database_of_the_same_server_is_not_the_source(new_pg_db: Callable[[str], str]) -> None:
    source, other = run_script(new_pg_db("src"), PEOPLE), new_pg_db("dest")
    first, second = open_connector(source), open_connector(other)
    try:
        assert first.identity() is not None and first.identity() != second.identity()
    finally:
        first.close()
        second.close()
    summary = run_sync(make_job(source, [{"url": other, "init_schema": True}]), os.environ)
    assert summary.ok and summary.rows == 25 and summary.warnings == []


def test_the_same_database_listed_twice_as_destination_is_refused_before_either_is_written(
    pg_server: PostgresServer, new_pg_db: Callable[[str], str]
) -> None:
    source, target = run_script(new_pg_db("src"), PEOPLE), new_pg_db("dest")
    twice = [{"url": target, "init_schema": True}, {"url": _spellings(pg_server, target)["localhost"]}]
    error = _refused(make_job(source, twice))
    assert "destinations.1 is the same database as destinations.0" in error.what
    assert error.where is not None and error.where.startswith("destinations.1")
    assert pg_rows(
        target, "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
    ) == [(0,)]


def test_a_sqlite_destination_that_is_the_source_through_a_symlink_or_a_relative_path_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _sqlite_people(tmp_path / "shop.db")
    (tmp_path / "alias.db").symlink_to(source)
    (tmp_path / "linked").symlink_to(tmp_path)
    monkeypatch.chdir(tmp_path)
    for alias in (
        sqlite_url(source),
        f"sqlite:///{tmp_path / 'alias.db'}",
        "sqlite:///shop.db",
        f"sqlite:///{tmp_path / 'linked' / 'shop.db'}",
    ):
        job = make_job(sqlite_url(source), [{"url": alias, "truncate_before_insert": True}])
        error = _refused(job)
        assert "is the source database itself" in error.what, alias
        assert _sqlite_count(source) == 25


def test_sqlite_identity_is_the_file_and_none_in_memory(tmp_path: Path) -> None:
    path = _sqlite_people(tmp_path / "a.db")
    other = _sqlite_people(tmp_path / "b.db")
    (tmp_path / "hard.db").hardlink_to(path)
    identities = []
    for url in (sqlite_url(path), sqlite_url(tmp_path / "hard.db"), sqlite_url(other), "sqlite:///:memory:"):
        connector = open_connector(url)
        identities.append(connector.identity())
        connector.close()
    assert identities[0] == identities[1] != identities[2] and identities[3] is None


def test_tables_with_rows_probes_postgres_and_counts_an_unreadable_table_as_holding_rows(
    pg_server: PostgresServer, new_pg_db: Callable[[str], str]
) -> None:
    url = new_pg_db("probe")
    twin_url = _spellings(pg_server, url)["second role"]  # creates the role
    run_script(url, PEOPLE + "CREATE TABLE secret (id int); GRANT SELECT ON person, empty_one TO twin;")
    names = [QualifiedName("public", n) for n in ("person", "empty_one", "secret", "missing")]
    owner = open_connector(url)
    twin = open_connector(twin_url)
    try:
        assert owner.tables_with_rows(names) == [QualifiedName("public", "person")]
        assert twin.tables_with_rows(names) == [QualifiedName("public", "person"), QualifiedName("public", "secret")]
    finally:
        owner.close()
        twin.close()


def test_truncating_a_destination_that_holds_rows_is_a_note_of_the_plan(new_pg_db: Callable[[str], str]) -> None:
    source, target = run_script(new_pg_db("src"), PEOPLE), run_script(new_pg_db("dest"), PEOPLE)
    prepared = prepare(make_job(source, [{"url": target, "truncate_before_insert": True}]), os.environ)
    [note] = [note for note in prepared.resolved.notes if "truncate" in note]  # (others: privacy, generators)
    assert note.startswith("destinations.0 (") and "truncate_before_insert empties 1 tables that hold rows" in note
    assert "public.person" in note and "empty_one" not in note
    quiet = prepare(make_job(source, [{"url": target, "on_conflict": "nothing"}]), os.environ)
    assert not [note for note in quiet.resolved.notes if "truncate" in note]


def test_a_run_that_copies_no_row_of_a_source_with_rows_warns(new_pg_db: Callable[[str], str]) -> None:
    source, target = run_script(new_pg_db("src"), PEOPLE), new_pg_db("dest")
    job = make_job(
        source, [{"url": target, "init_schema": True}], {"person": {"where": "false"}, "empty_one": {"skip": True}}
    )
    summary = run_sync(job, os.environ)
    assert summary.ok and summary.rows == 0
    [warning] = summary.warnings
    assert "copied 0 rows" in warning and "held rows" in warning


def test_generate_may_fill_its_own_schema_database_only_when_no_row_is_destroyed(
    pg_server: PostgresServer, new_pg_db: Callable[[str], str]
) -> None:
    database = run_script(new_pg_db("self"), PEOPLE)
    alias = _spellings(pg_server, database)["localhost"]
    for options, destroys in (
        ({"truncate_before_insert": True}, "empty (`truncate_before_insert`)"),
        ({"on_conflict": "update"}, "overwrite (`on_conflict: update`)"),
    ):
        job = make_job(database, [{"url": alias, **options}], generate={"rows": 10})
        error = _refused(job)
        assert f"the run would {destroys} 1 of its tables that hold rows: public.person" in error.what
        assert pg_rows(database, "SELECT count(*), min(email) FROM person") == [(25, "p10@corp.example")]
    # Adding rows destroys nothing: allowed, and the plan says where they go.
    adds = make_job(database, [{"url": alias, "on_conflict": "nothing"}], generate={"rows": 40})
    [note] = [note for note in prepare(adds, os.environ).resolved.notes if "schema is read from" in note]
    assert "is the database the schema is read from" in note and "keep them" in note
    assert run_sync(adds, os.environ).ok
    assert pg_rows(database, "SELECT count(*) FROM person WHERE email LIKE '%@corp.example'")[0][0] >= 25
    # A schema-only database may be emptied and filled: nothing in it to lose.
    schema_only = run_script(new_pg_db("schema"), "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);")
    fill = make_job(schema_only, [{"url": schema_only, "truncate_before_insert": True}], generate={"rows": 30})
    assert run_sync(fill, os.environ).ok
    assert pg_rows(schema_only, "SELECT count(*) FROM t") == [(30,)]
