"""Connections reused across the chunks of a run (engine/copy/pool.py): what is reused, what never is, and that a
reused connection is the current step's (its statement timeout, its interrupts)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from tests.engine.helpers import make_job

from lookalike.connectors import open_connector
from lookalike.connectors.postgres.connector import PostgresConnector
from lookalike.connectors.session import SessionInterruptedError, run_session
from lookalike.engine.copy import context
from lookalike.engine.copy.context import Destination, StepContext, connections
from lookalike.engine.copy.pool import POOL, ConnectionPool, key_of
from lookalike.engine.sync import run_sync


class FakeConnector:
    """Stands for a connector: says whether it is clean, counts closes."""

    def __init__(self, clean: bool = True, rejoins: bool = True) -> None:
        self.clean, self.rejoins, self.closed, self.rejoined = clean, rejoins, 0, 0

    def rejoin_session(self) -> bool:
        self.rejoined += 1
        return self.rejoins

    def leave_session(self) -> bool:
        return self.clean

    def close(self) -> None:
        self.closed += 1


def _pool(**options: Any) -> ConnectionPool:
    return ConnectionPool(**options)


def test_a_given_back_connection_serves_the_next_lease_of_its_key_only() -> None:
    pool = _pool()
    first = FakeConnector()
    key = key_of("run-1", "postgresql://u:secret@h/db", "source", "snap-1")
    assert pool.lease(key, lambda: first) is first  # type: ignore[arg-type,return-value]
    pool.give_back(key, first)  # type: ignore[arg-type]
    other_snapshot = key_of("run-1", "postgresql://u:secret@h/db", "source", "snap-2")
    other_run = key_of("run-2", "postgresql://u:secret@h/db", "source", "snap-1")
    as_destination = key_of("run-1", "postgresql://u:secret@h/db", "destination", "snap-1")
    for key_elsewhere in (other_snapshot, other_run, as_destination):
        fresh = FakeConnector()
        assert pool.lease(key_elsewhere, lambda fresh=fresh: fresh) is fresh  # type: ignore[misc]
    assert pool.lease(key, lambda: pytest.fail("opened a new one")) is first  # type: ignore[comparison-overlap]
    assert first.rejoined == 1 and pool.opened == 4 and pool.reused == 1
    assert "secret" not in repr(key), "the pool's keys never hold the URL"


def test_a_connection_not_clean_is_closed_and_one_that_cannot_rejoin_is_replaced() -> None:
    pool = _pool()
    key = key_of("run", "sqlite:///x.db", "destination", None)
    dirty = FakeConnector(clean=False)
    pool.give_back(key, dirty)  # type: ignore[arg-type]
    assert dirty.closed == 1 and pool.idle_count() == 0
    stale = FakeConnector(rejoins=False)
    pool.give_back(key, stale)  # type: ignore[arg-type]
    fresh = FakeConnector()
    assert pool.lease(key, lambda: fresh) is fresh  # type: ignore[arg-type,return-value]
    assert stale.closed == 1


def test_a_rejoin_that_raises_is_a_dead_connection_unless_the_session_was_interrupted() -> None:
    pool = _pool()
    key = key_of("run", "sqlite:///x.db", "destination", None)

    class Broken(FakeConnector):
        def rejoin_session(self) -> bool:
            raise OSError("server closed the connection")

    class Interrupted(FakeConnector):
        def rejoin_session(self) -> bool:
            raise SessionInterruptedError("no new connection: the step was interrupted (stop)")

    broken, fresh = Broken(), FakeConnector()
    pool.give_back(key, broken)  # type: ignore[arg-type]
    assert pool.lease(key, lambda: fresh) is fresh  # type: ignore[arg-type,return-value]
    assert broken.closed == 1
    interrupted = Interrupted()
    pool.give_back(key, interrupted)  # type: ignore[arg-type]
    with pytest.raises(SessionInterruptedError):
        pool.lease(key, lambda: pytest.fail("opened a connection in an interrupted session"))
    assert interrupted.closed == 1


def test_idle_connections_are_bounded_expire_and_close_with_their_run() -> None:
    pool = _pool(max_idle=3, idle_seconds=0.2)
    connectors = [FakeConnector() for _ in range(5)]
    for index, connector in enumerate(connectors):
        pool.give_back(key_of(f"run-{index % 2}", "sqlite:///x.db", "destination", None), connector)  # type: ignore[arg-type]
    assert pool.idle_count() == 3 and [c.closed for c in connectors] == [1, 1, 0, 0, 0], "the oldest go first"
    assert pool.close_run("run-0") == 2 and pool.idle_count() == 1
    deadline = time.monotonic() + 5
    while pool.idle_count() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pool.idle_count() == 0 and all(c.closed == 1 for c in connectors), "the reaper closes idle ones"


def _sqlite_context(tmp_path: Path, run_id: str = "pool-run") -> StepContext:
    source, target = tmp_path / "source.db", tmp_path / "target.db"
    open_connector(f"sqlite:///{source}").close()
    config = make_job(f"sqlite:///{source}", [{"url": f"sqlite:///{target}"}]).destinations[0]
    return StepContext(
        source_url=f"sqlite:///{source}",
        destinations=(Destination(f"sqlite:///{target}", config, threading.Semaphore(1)),),
        batch_size=10,
        seed=1,
        run_id=run_id,
    )


def test_step_connections_are_reused_in_a_run_session_and_closed_after_an_error(tmp_path: Path) -> None:
    ctx = _sqlite_context(tmp_path)
    with run_session("lookalike:pool-run", 10) as session:
        with connections(ctx) as (source, targets):
            first = (source, targets[0])
        with connections(ctx) as (source, targets):
            assert (source, targets[0]) == first, "a chunk that ended well leaves its connections to the next"
            assert session._open == {source, targets[0]}, "a reused connection is interrupted with its step"
        with pytest.raises(RuntimeError), connections(ctx) as (source, targets):
            raise RuntimeError("the chunk failed")
        with connections(ctx) as (source, targets):
            assert source is not first[0] and targets[0] is not first[1], "a failed chunk's connections are gone"
    assert POOL.idle_count("pool-run") == 2
    assert not session._open, "idle connections belong to no session"
    context.release_connections("pool-run")
    assert POOL.idle_count("pool-run") == 0


def test_outside_a_run_session_nothing_is_pooled(tmp_path: Path) -> None:
    ctx = _sqlite_context(tmp_path, "unpooled-run")
    with connections(ctx):
        pass
    assert POOL.idle_count("unpooled-run") == 0


@pytest.fixture
def counted_opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The database of every PostgresConnector opened."""
    opened: list[str] = []
    original = PostgresConnector.__init__

    def counting(self: PostgresConnector, conn: Any, *args: Any, **kwargs: Any) -> None:
        opened.append(conn.info.dbname)
        original(self, conn, *args, **kwargs)

    monkeypatch.setattr(PostgresConnector, "__init__", counting)
    return opened


def _table(url: str, rows: int) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE item (id int PRIMARY KEY, label text NOT NULL)")
        conn.execute("INSERT INTO item SELECT n, 'item ' || n FROM generate_series(1, %s) n", (rows,))
        conn.execute("ANALYZE item")


@pytest.mark.postgres
@pytest.mark.parametrize("transformed", [False, True], ids=["raw", "arrow"])
def test_a_chunked_sync_opens_far_fewer_connections_than_chunks(
    new_pg_db: Callable[[str], str], counted_opens: list[str], monkeypatch: pytest.MonkeyPatch, transformed: bool
) -> None:
    source, destination = new_pg_db("pool_src"), new_pg_db("pool_dst")
    _table(source, 500)
    tables = {"public.item": {"columns": {"label": {"transformer": "hash"}}}} if transformed else {}
    job = make_job(source, [{"url": destination, "init_schema": True}], tables, sync_options={"chunk_rows": 40})
    counted_opens.clear()
    by_chunks: list[str] = []  # what the chunks opened (engine/copy/context.py): 1 + N per chunk before the pool
    real_open = context.open_connector

    def counting_open(url: str, **options: Any) -> Any:
        by_chunks.append("source" if options.get("must_exist") else "destination")
        return real_open(url, **options)

    monkeypatch.setattr(context, "open_connector", counting_open)
    summary = run_sync(job, {})
    result = summary.results[0]
    assert result.rows == 500 and result.path == ("arrow" if transformed else "raw")
    with psycopg.connect(destination) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT id), min(id), max(id) FROM item").fetchone()
    assert row == (500, 500, 1, 500)
    assert result.chunks >= 10, result
    # Before the pool every chunk opened one source and one destination connection: 2 per chunk.
    assert sorted(by_chunks) == ["destination", "source"], "every chunk after the first reused its connections"
    # The whole run (planning, preparing, checking, finishing included) opens fewer than one per chunk.
    assert len(counted_opens) < result.chunks, (len(counted_opens), result.chunks)
    assert POOL.idle_count() == 0, "the run's idle connections were closed when it finished"


@pytest.mark.postgres
def test_a_failing_chunk_s_connections_are_closed_and_never_reused(
    new_pg_db: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from lookalike.engine.copy import chunks

    source, destination = new_pg_db("fail_src"), new_pg_db("fail_dst")
    _table(source, 300)
    tables = {"public.item": {"columns": {"label": {"transformer": "hash"}}}}
    retry = {"max_attempts": 3, "interval_seconds": 0.05}
    job = make_job(
        source, [{"url": destination, "init_schema": True}], tables, sync_options={"chunk_rows": 40, "retry": retry}
    )
    held: list[tuple[list[Any], bool]] = []  # each chunk's connections, and whether the chunk failed
    real_connections, real_transform = chunks.connections, chunks.transform_batch

    @contextlib.contextmanager
    def recorded(*args: Any, **kwargs: Any) -> Iterator[Any]:
        with real_connections(*args, **kwargs) as (source, targets):
            entry: tuple[list[Any], bool] = ([source, *targets], False)
            try:
                yield source, targets
            except BaseException:
                held.append((entry[0], True))
                raise
            held.append(entry)

    def fails_in_the_third_chunk(*args: Any, **kwargs: Any) -> Any:
        if len(held) == 2 and not any(failed for _, failed in held):
            raise OSError("the connection broke mid-chunk")  # transient: the step is retried
        return real_transform(*args, **kwargs)

    monkeypatch.setattr(chunks, "connections", recorded)
    monkeypatch.setattr(chunks, "transform_batch", fails_in_the_third_chunk)
    summary = run_sync(job, {})
    assert summary.results[0].rows == 300
    with psycopg.connect(destination) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT id) FROM item").fetchone() == (300, 300)
    failed = [connectors for connectors, failed in held if failed]
    assert len(failed) == 1, held
    after = held[[failed for _, failed in held].index(True) + 1 :]
    assert after, "no chunk ran after the failure"
    for connector in failed[0]:
        assert connector._conn.closed, "a failed chunk's connection is closed"
        assert all(connector not in connectors for connectors, _ in after), "a failed chunk's connection came back"
    assert any(connectors[0] is held[0][0][0] for connectors, _ in held[1:2]), "chunks before it shared connections"


@pytest.mark.postgres
def test_a_reused_connection_takes_the_current_step_s_timeout_and_is_interrupted_with_it(
    new_pg_db: Callable[[str], str],
) -> None:
    url = new_pg_db("rebind")
    _table(url, 10)
    pool = ConnectionPool()
    key = key_of("rebind-run", url, "source", None)
    with run_session("lookalike:rebind-run", 5):
        first = pool.lease(key, lambda: open_connector(url, must_exist=True))
        table = next(t for name, t in first.reflect().tables.items() if name.name == "item")
        assert sum(b.num_rows for b in first.read_batches(table, table.columns, 100)) == 10  # opens its ADBC
        assert isinstance(first, PostgresConnector)
        first._pids.add(999_999)  # a bulk driver's backend of this step (closed with it)
        pool.give_back(key, first)
    with run_session("lookalike:rebind-run", 7, deadline=False) as session:
        again = pool.lease(key, lambda: pytest.fail("the idle connection was not reused"))
        assert again is first
        assert 999_999 not in first._pids, "an interrupt of a later step never reaches an earlier step's backends"
        assert first._conn.execute("SHOW statement_timeout").fetchone() == ("7s",)
        first._conn.rollback()
        with first._adbc.cursor() as cursor:
            cursor.execute("SELECT current_setting($$statement_timeout$$)")
            assert cursor.fetchone() == ("7s",), "the Arrow reader's connection too"
        first._adbc.rollback()
        threading.Timer(0.5, session.interrupt, ("stop",)).start()
        started = time.monotonic()
        with pytest.raises(psycopg.errors.QueryCanceled):
            first._conn.execute("SELECT pg_sleep(30)")
        assert time.monotonic() - started < 10, "the session's interrupt reached the reused connection"
        first._conn.rollback()
        pool.give_back(key, first)
        assert pool.idle_count() == 0, "a connection of an interrupted session is not kept"
    assert first._conn.closed
