"""Checkpoint compare-and-set: a chunk's save commits only over the version it read, or not at all (rows included)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pyarrow as pa
import pytest

from lookalike.connectors import Connector, open_connector
from lookalike.connectors.base import Checkpoint, StaleCheckpointError
from lookalike.core.schema import Table

_RUN, _STEP = "run", "insert:t"


def _url(dialect: str, new_pg_db: Callable[[str], str], tmp_path: Path, name: str = "dst") -> str:
    return new_pg_db(name) if dialect == "postgres" else f"sqlite:///{tmp_path / f'{name}.db'}"


def _table(target: Connector) -> Table:
    table = target.reflect().find_table("t")
    assert table is not None
    return table


def _run_sql(url: str, statements: list[str]) -> list[tuple[object, ...]]:
    """Run `statements` in the destination itself (not through a connector); the last one's rows."""
    rows: list[tuple[object, ...]] = []
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            for statement in statements:
                rows = db.execute(statement).fetchall()
        return rows
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            cursor = conn.execute(statement)  # type: ignore[arg-type]
            rows = cursor.fetchall() if cursor.description else []
    return rows


@pytest.fixture(params=["postgres", "sqlite"])
def destination(request: pytest.FixtureRequest, new_pg_db: Callable[[str], str], tmp_path: Path) -> Iterator[str]:
    url = _url(request.param, new_pg_db, tmp_path)
    _run_sql(url, ["CREATE TABLE t (id integer PRIMARY KEY)"])
    yield url


def _ids(url: str) -> list[int]:
    return [int(str(row[0])) for row in _run_sql(url, ["SELECT id FROM t ORDER BY id"])]


def _batch(first: int, last: int) -> pa.RecordBatch:
    return pa.record_batch([pa.array(range(first, last + 1), pa.int64())], names=["id"])


def _write(target: Connector, table: Table, rows: tuple[int, int]) -> None:
    target.write_batch(table, table.columns, _batch(*rows), "error")


def _chunk(target: Connector, rows: tuple[int, int], mark: Checkpoint, expected: int) -> int:
    """One chunk as the engine writes it: checkpoint claimed, rows written, checkpoint saved, in one transaction."""
    table = _table(target)  # reflected before the transaction (reflection ends the connection's transaction)
    with target.transaction():
        claimed = target.save_checkpoint(_RUN, _STEP, mark, expected)
        _write(target, table, rows)
        return target.save_checkpoint(_RUN, _STEP, mark, claimed)


def _dialect(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgres"


def test_a_save_from_a_stale_version_fails_and_leaves_nothing(destination: str) -> None:
    target = open_connector(destination)
    try:
        target.prepare_checkpoints()
        first = Checkpoint(("10",), 10, 0, False)
        version = _chunk(target, (1, 10), first, 0)
        assert version == 2  # claimed once, saved once
        assert target.load_checkpoint(_RUN, _STEP) == Checkpoint(("10",), 10, 0, False, version)
        second, table = Checkpoint(("20",), 20, 0, False), _table(target)
        # A slow attempt of the first chunk (it read no checkpoint), then attempts from versions never stored.
        for stale in (0, 1, version + 1):
            stale_error = pytest.raises(StaleCheckpointError, match="moved on since this chunk read it")
            with stale_error as raised, target.transaction():
                _write(target, table, (11, 20))
                target.save_checkpoint(_RUN, _STEP, second, stale)
            assert raised.value.fix and "retried" in raised.value.fix
            assert _ids(destination) == list(range(1, 11)), "a stale chunk's rows must roll back with it"
            assert target.load_checkpoint(_RUN, _STEP) == Checkpoint(("10",), 10, 0, False, version)
        assert _chunk(target, (11, 20), second, version) == version + 2
        assert _ids(destination) == list(range(1, 21))
        # A run's checkpoints cleared (it finished): a slow attempt does not bring its chunk back.
        target.clear_checkpoints(_RUN)
        with pytest.raises(StaleCheckpointError):
            _chunk(target, (21, 30), Checkpoint(("30",), 30, 0, False), version + 2)
        assert _ids(destination) == list(range(1, 21))
        assert target.load_checkpoint(_RUN, _STEP) is None
    finally:
        target.close()


def test_of_two_first_chunks_one_inserts_the_checkpoint_and_the_other_is_stale(destination: str) -> None:
    first, second = open_connector(destination), open_connector(destination)
    try:
        first.prepare_checkpoints()
        assert first.load_checkpoint(_RUN, _STEP) is None and second.load_checkpoint(_RUN, _STEP) is None
        _chunk(first, (1, 10), Checkpoint(("10",), 10, 0, False), 0)
        with pytest.raises(StaleCheckpointError, match="no checkpoint"):
            _chunk(second, (1, 10), Checkpoint(("10",), 10, 0, False), 0)
        assert _ids(destination) == list(range(1, 11))
        assert _run_sql(destination, [f"SELECT count(*) FROM {_checkpoint_table(destination)}"]) == [(1,)]
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("expected", [0, 2], ids=["first-chunk", "later-chunk"])
def test_postgres_a_concurrent_attempt_waits_for_the_claim_then_rolls_back_as_stale(
    new_pg_db: Callable[[str], str], expected: int
) -> None:
    """The winner holds its claim open until the loser's claim is seen waiting on it; then the winner commits."""
    url = new_pg_db("race")
    _run_sql(url, ["CREATE TABLE t (id integer PRIMARY KEY)"])
    winner, loser = open_connector(url), open_connector(url)
    try:
        winner.prepare_checkpoints()
        if expected:  # a checkpoint at version 2 (one chunk in)
            _chunk(winner, (1, 10), Checkpoint(("10",), 10, 0, False), 0)
        done = (11, 20) if expected else (1, 10)
        mark = Checkpoint((str(done[1]),), done[1], 0, False)
        claimed, outcome = threading.Event(), []

        def lose() -> None:
            claimed.wait(10)
            try:
                _chunk(loser, done, mark, expected)
                outcome.append("committed")
            except StaleCheckpointError:
                outcome.append("stale")

        thread, table = threading.Thread(target=lose), _table(winner)
        thread.start()
        with winner.transaction():
            version = winner.save_checkpoint(_RUN, _STEP, mark, expected)
            claimed.set()
            _await_lock_wait(url)
            _write(winner, table, done)
            winner.save_checkpoint(_RUN, _STEP, mark, version)
        thread.join(20)
        assert outcome == ["stale"]
        assert _ids(url) == list(range(1, done[1] + 1))
        assert winner.load_checkpoint(_RUN, _STEP) == Checkpoint(mark.after, mark.rows, 0, False, version + 1)
    finally:
        winner.close()
        loser.close()


def _await_lock_wait(url: str) -> None:
    """Until another session of the database waits on a lock (the loser's claim waits on the winner's)."""
    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(200):
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ).fetchone()
            if row and row[0]:
                return
            threading.Event().wait(0.05)
    raise AssertionError("the second attempt never waited on the first one's claim")


def _checkpoint_table(url: str) -> str:
    return '"_lookalike_checkpoint"' if url.startswith("sqlite") else "_lookalike.checkpoint"


_OLD_TABLES = {
    # The checkpoint tables the version before made (no version column).
    "postgres": [
        "CREATE SCHEMA _lookalike",
        "CREATE TABLE _lookalike.checkpoint (run_id text, step_id text, after_key text[], rows bigint NOT NULL,"
        " skipped bigint NOT NULL, done boolean NOT NULL, updated_at timestamptz NOT NULL DEFAULT now(),"
        " PRIMARY KEY (run_id, step_id))",
        "INSERT INTO _lookalike.checkpoint (run_id, step_id, after_key, rows, skipped, done)"
        " VALUES ('run', 'insert:t', '{10}', 10, 0, false)",
    ],
    "sqlite": [
        'CREATE TABLE "_lookalike_checkpoint" (run_id TEXT, step_id TEXT, after_key TEXT, rows INTEGER NOT NULL,'
        " skipped INTEGER NOT NULL, done INTEGER NOT NULL, updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,"
        " PRIMARY KEY (run_id, step_id))",
        'INSERT INTO "_lookalike_checkpoint" (run_id, step_id, after_key, rows, skipped, done)'
        " VALUES ('run', 'insert:t', '[\"10\"]', 10, 0, 0)",
    ],
}


def test_prepare_checkpoints_adds_the_version_to_an_older_checkpoint_table(destination: str) -> None:
    dialect = _dialect(destination)
    _run_sql(destination, _OLD_TABLES[dialect])
    target = open_connector(destination)
    try:
        target.prepare_checkpoints()
        target.prepare_checkpoints()  # the next run: nothing left to add
        stored = target.load_checkpoint(_RUN, _STEP)
        assert stored == Checkpoint(("10",), 10, 0, False, 1), (
            "a checkpoint left by an older version counts as saved once"
        )
        with pytest.raises(StaleCheckpointError):
            _chunk(target, (11, 20), Checkpoint(("20",), 20, 0, False), 0)
        assert _chunk(target, (11, 20), Checkpoint(("20",), 20, 0, False), 1) == 3
        assert _ids(destination) == list(range(11, 21))
    finally:
        target.close()
