"""Which step failures are retried: a lost connection or an import deadlock is; bad data is not."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from tests.engine.helpers import make_job, sqlite_url

from lookalike.cli.demo_data import build_demo_database
from lookalike.engine.copy import chunks
from lookalike.engine.retry import is_transient
from lookalike.engine.sync import run_sync


def _import_deadlock() -> BaseException:
    """The error Python's import machinery raises when two threads' first imports wait on each other."""
    import importlib._bootstrap as bootstrap

    return bootstrap._DeadlockError("deadlock detected by _ModuleLock('faker.providers.address') at 1")  # type: ignore[attr-defined]


def test_an_import_deadlock_is_transient_and_bad_data_is_not() -> None:
    assert is_transient(_import_deadlock())
    assert not is_transient(ValueError("bad row"))


def test_an_import_deadlock_in_a_step_is_retried_and_does_not_kill_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop, dest = tmp_path / "shop.db", tmp_path / "qa.db"
    build_demo_database(shop, customers=20)
    real = chunks.transform_batch
    raised: list[bool] = []

    def first_time_deadlocks(*args: Any, **kwargs: Any) -> Any:
        if not raised:
            raised.append(True)
            raise _import_deadlock()
        return real(*args, **kwargs)

    monkeypatch.setattr(chunks, "transform_batch", first_time_deadlocks)
    job = make_job(
        sqlite_url(shop),
        [{"url": sqlite_url(dest), "init_schema": True}],
        {"customers": {"columns": {"email": "generate_email"}}},
        sync_options={"retry": {"max_attempts": 3, "interval_seconds": 0.01}},
        unmapped_sensitive="allow",
    )
    summary = run_sync(job, os.environ)
    assert raised and summary.ok
    with sqlite3.connect(dest) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone() == (20,)


def test_a_stale_checkpoint_is_transient_and_keeps_its_class_through_the_record() -> None:
    """Another attempt committed the chunk: a retry reads the newer checkpoint and goes on from it."""
    from lookalike.connectors.base import StaleCheckpointError, stale_checkpoint
    from lookalike.engine.dbos.serialization import SERIALIZER

    error = stale_checkpoint("qa.db (_lookalike_checkpoint)", "insert:t", 3)
    assert is_transient(error)
    recorded = SERIALIZER.deserialize(SERIALIZER.serialize(error))
    assert type(recorded) is StaleCheckpointError and recorded.where == error.where and "version 3" in recorded.what


def test_a_chunk_another_attempt_moved_on_is_retried_from_the_newer_checkpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Right after a chunk reads its checkpoint, "another attempt" commits a newer version of it (the same place,
    so no row is lost): the chunk rolls back as stale, its step is retried, and the run copies every row once."""
    from lookalike.connectors.base import Checkpoint
    from lookalike.connectors.sqlite.connector import SqliteConnector

    shop, dest = tmp_path / "shop.db", tmp_path / "qa.db"
    build_demo_database(shop, customers=200)
    real = SqliteConnector.load_checkpoint
    moved: list[tuple[str, int]] = []

    def read_then_moved_on(self: SqliteConnector, run_id: str, step_id: str) -> Checkpoint | None:
        mark = real(self, run_id, step_id)
        if mark is not None and not mark.done and not moved and step_id.endswith("customers"):
            moved.append((step_id, self.save_checkpoint(run_id, step_id, mark, mark.version)))
        return mark

    monkeypatch.setattr(SqliteConnector, "load_checkpoint", read_then_moved_on)
    job = make_job(
        sqlite_url(shop),
        [{"url": sqlite_url(dest), "init_schema": True}],
        sync_options={"chunk_rows": 50, "retry": {"max_attempts": 3, "interval_seconds": 0.01}},
    )
    summary = run_sync(job, os.environ)
    assert moved and summary.ok
    with sqlite3.connect(dest) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT id) FROM customers").fetchone() == (200, 200)
