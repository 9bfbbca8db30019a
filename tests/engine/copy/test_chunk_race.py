"""Two attempts of one chunk at once (a slow retry while another attempt runs): one commits, the other rolls back
with StaleCheckpointError, and every row is in the destination exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from tests.engine.helpers import make_job
from tests.support import pg_rows, run_script

from lookalike.connectors import open_connector
from lookalike.connectors.base import Checkpoint, ChunkCheckpoint, StaleCheckpointError
from lookalike.connectors.postgres.connector import PostgresConnector
from lookalike.core.plan import InsertStep
from lookalike.engine.copy import chunks
from lookalike.engine.copy.positions import revealed
from lookalike.engine.copy.relay import relay_table
from lookalike.engine.plan.resolve import TablePlan, resolve_job
from lookalike.engine.retry import is_transient
from lookalike.engine.dbos.serialization import SERIALIZER
from lookalike.engine.copy.context import Destination, StepContext, connections

_RUN = "race-run"
_ROWS = 1000
_CHUNK_ROWS = 300


@dataclass(frozen=True)
class _Step:
    ctx: StepContext
    step: InsertStep
    plan: TablePlan
    destination: str
    rows: int = _ROWS  # in the source's table
    chunk_rows: int = _CHUNK_ROWS


def _prepared(
    source: str,
    destination: str,
    raw: bool,
    also: tuple[str, ...] = (),
    rows: int = _ROWS,
    chunk_rows: int = _CHUNK_ROWS,
) -> _Step:
    """A one-table job ready to copy chunks, as a run's prepare leaves it: tables and checkpoint store made (in
    `destination` and the destinations `also`)."""
    urls = (destination, *also)
    job = make_job(source, [{"url": url} for url in urls])
    reader = open_connector(source, must_exist=True)
    try:
        resolved = resolve_job(job, reader.reflect(), {})
    finally:
        reader.close()
    step = next(step for step in resolved.plan.steps if isinstance(step, InsertStep))
    plan = resolved.tables[step.table]
    destinations = []
    for url, config in zip(urls, job.destinations, strict=True):
        target = open_connector(url)
        try:
            target.create_schema(resolved.schema, [plan.table])
            target.prepare_checkpoints()
            limit = target.capabilities.max_concurrent_writers
        finally:
            target.close()
        gate = threading.Semaphore(limit) if limit is not None else None  # one per destination, as a run has
        destinations.append(Destination(url, config, gate))
    ctx = StepContext(
        source_url=source,
        destinations=tuple(destinations),
        batch_size=100,
        seed=resolved.seed,
        raw_tables=frozenset({step.table}) if raw else frozenset(),
        planned=frozenset(resolved.tables),
        run_id=_RUN,
    )
    return _Step(ctx, step, plan, destination, rows, chunk_rows)


def _copy(prepared: _Step) -> chunks.ChunkOutcome:
    return chunks.copy_chunk(prepared.ctx, prepared.step, prepared.plan, _RUN, prepared.chunk_rows)


def _race(prepared: _Step, monkeypatch: pytest.MonkeyPatch) -> list[chunks.ChunkOutcome | BaseException]:
    """Two attempts of the step's next chunk, each on its own connections; both read the checkpoint before either
    goes on to copy."""
    barrier = threading.Barrier(2, timeout=30)
    real = revealed

    def read_then_wait(mark: Checkpoint | None) -> Checkpoint | None:
        seen = real(mark)
        barrier.wait()
        return seen

    monkeypatch.setattr(chunks, "revealed", read_then_wait)
    try:
        with ThreadPoolExecutor(2) as pool:
            futures = [pool.submit(_copy, prepared) for _ in range(2)]
            return [future.exception(60) or future.result() for future in futures]
    finally:
        monkeypatch.setattr(chunks, "revealed", real)


def _check_race(
    prepared: _Step,
    results: list[chunks.ChunkOutcome | BaseException],
    also: tuple[str, ...] = (),
    one_wins: bool = True,
) -> None:
    """Exactly one attempt committed, the other is stale (and would be retried); the rest of the table then copies
    from the newer checkpoint, every row once. Not `one_wins`: with several destinations, each attempt may have
    committed in some (each destination commits on its own) and been stale in the others."""
    committed = [result for result in results if isinstance(result, chunks.ChunkOutcome)]
    stale = [result for result in results if isinstance(result, StaleCheckpointError)]
    assert len(committed) + len(stale) == len(results) and stale, results
    if one_wins:
        assert len(committed) == 1 and len(stale) == 1, results
    assert is_transient(stale[0]), "a stale chunk must be retried"
    assert type(SERIALIZER.deserialize(SERIALIZER.serialize(stale[0]))) is StaleCheckpointError
    outcome = committed[0] if committed else _copy(prepared)
    for _ in range(20):
        if outcome.done:
            break
        outcome = _copy(prepared)
    assert outcome.done and outcome.rows == prepared.rows
    for url in (prepared.destination, *also):
        ids = _ids(url)
        assert len(ids) == prepared.rows and sorted(ids) == list(range(1, prepared.rows + 1)), f"{url}: not once"


def _ids(url: str) -> list[int]:
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            return [int(row[0]) for row in db.execute("SELECT id FROM t")]
    return [int(str(row[0])) for row in pg_rows(url, "SELECT id FROM t")]


def _pg_source(new_pg_db: Callable[[str], str], rows: int = _ROWS, width: int = 8) -> str:
    return run_script(
        new_pg_db("src"),
        "CREATE TABLE t (id integer PRIMARY KEY, v text NOT NULL);"
        f"INSERT INTO t SELECT i, repeat(md5(i::text), {width} / 32 + 1) FROM generate_series(1, {rows}) i;"
        "ANALYZE t",
    )


def _hold_first_claim_until_another_waits(monkeypatch: pytest.MonkeyPatch, url: str) -> list[bool]:
    """The first claim of a PostgreSQL checkpoint holds its transaction until the other attempt's claim is seen
    waiting on it: the two attempts then truly overlap. Returns [whether the wait was seen]."""
    real = PostgresConnector.save_checkpoint
    lock, seen = threading.Lock(), list[bool]()

    def claim(self: PostgresConnector, *args: Any) -> int:
        version = real(self, *args)
        with lock:
            first = not seen
            seen.append(False)
        if first:
            seen[0] = _lock_waited(url)
        return version

    monkeypatch.setattr(PostgresConnector, "save_checkpoint", claim)
    return seen


def _lock_waited(url: str) -> bool:
    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(300):
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ).fetchone()
            if row and row[0]:
                return True
            threading.Event().wait(0.05)
    return False


@pytest.mark.parametrize("path", ["arrow", "raw"])
@pytest.mark.parametrize("chunk", ["first", "later"])
def test_two_attempts_of_one_chunk_into_postgresql_commit_it_once(
    new_pg_db: Callable[[str], str], monkeypatch: pytest.MonkeyPatch, path: str, chunk: str
) -> None:
    prepared = _prepared(_pg_source(new_pg_db), new_pg_db("dst"), raw=path == "raw")
    if chunk == "later":
        assert not _copy(prepared).done
    waited = _hold_first_claim_until_another_waits(monkeypatch, prepared.destination) if path == "arrow" else None
    results = _race(prepared, monkeypatch)
    if waited is not None:
        monkeypatch.undo()
        assert waited and waited[0], "the second attempt's claim should have waited on the first attempt's"
    else:
        assert {outcome.path for outcome in results if isinstance(outcome, chunks.ChunkOutcome)} == {"raw"}
    _check_race(prepared, results)


def test_two_attempts_of_one_chunk_into_sqlite_commit_it_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "src.db"
    with sqlite3.connect(source) as db:
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
        db.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"v{i}") for i in range(1, _ROWS + 1)])
    prepared = _prepared(f"sqlite:///{source}", f"sqlite:///{tmp_path / 'dst.db'}", raw=False)
    assert not _copy(prepared).done
    _check_race(prepared, _race(prepared, monkeypatch))


@pytest.mark.parametrize("path", ["arrow", "raw"])
def test_two_attempts_claiming_two_destinations_in_opposite_orders_do_not_wait_on_each_other(
    new_pg_db: Callable[[str], str], monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    """Attempt 0 would claim the first destination and attempt 1 the second, then each wait for the other's: the
    claims go one destination after the other, so attempt 1 waits at the first and never holds the second."""
    first, second = new_pg_db("dst1"), new_pg_db("dst2")
    databases = []
    for url in (first, second):  # a deadlock across two databases is never detected: end it, and the test
        name = str(pg_rows(url, "SELECT current_database()")[0][0])
        run_script(url, f"ALTER DATABASE \"{name}\" SET lock_timeout = '20s'")
        databases.append(name)
    # Raw: chunks of many COPY pieces, more than a writer's queue holds (a writer waiting on a claim then stalls
    # its attempt's other writers too, as an arrow writer does).
    rows, chunk_rows, width = (20_000, 10_000, 200) if path == "raw" else (_ROWS, _CHUNK_ROWS, 8)
    source = _pg_source(new_pg_db, rows=rows, width=width)
    prepared = _prepared(source, first, raw=path == "raw", also=(second,), rows=rows, chunk_rows=chunk_rows)
    attempts: dict[int, int] = {}  # thread → attempt
    held = {(0, 0): threading.Event(), (1, 1): threading.Event()}  # attempt 0 holds the first, 1 the second

    def before_claim(who: tuple[int, int]) -> None:
        if who == (1, 0):
            held[0, 0].wait(10)  # attempt 1 reaches the first destination only once attempt 0 holds it
        if who == (0, 1):
            held[1, 1].wait(3)  # and attempt 0 the second once attempt 1 holds it, if attempt 1 can get there

    def after_claim(who: tuple[int, int]) -> None:
        if who in held:
            held[who].set()

    if path == "arrow":
        _hook_arrow_claims(monkeypatch, attempts, before_claim, after_claim)
    else:
        _hook_raw_claims(monkeypatch, attempts, databases, before_claim, after_claim)
    barrier = threading.Barrier(2, timeout=30)

    def read_then_wait(mark: Checkpoint | None) -> Checkpoint | None:
        seen = revealed(mark)
        barrier.wait()
        return seen

    def attempt(number: int) -> chunks.ChunkOutcome:
        attempts[threading.get_ident()] = number
        return _copy(prepared)

    monkeypatch.setattr(chunks, "revealed", read_then_wait)
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(attempt, number) for number in range(2)]
        results = [future.exception(90) or future.result() for future in futures]
    monkeypatch.undo()
    if path == "arrow":  # its writers commit once every batch reached all of them: attempt 0 wins both
        assert isinstance(results[0], chunks.ChunkOutcome), results
        assert not held[1, 1].is_set(), "attempt 1 claimed the second destination while attempt 0 held the first"
    _check_race(prepared, results, also=(second,), one_wins=path == "arrow")


_Hook = Callable[[tuple[int, int]], None]


def _hook_arrow_claims(monkeypatch: pytest.MonkeyPatch, attempts: dict[int, int], before: _Hook, after: _Hook) -> None:
    """Call `before`/`after` around each (attempt, destination)'s claim: its first checkpoint save."""
    owners: dict[int, tuple[int, int]] = {}  # connector → (attempt, destination)
    real_connections, real_save = connections, PostgresConnector.save_checkpoint
    claims: set[tuple[int, int]] = set()

    @contextlib.contextmanager
    def tagged(ctx: StepContext, reading: Any = None) -> Iterator[tuple[Any, list[Any]]]:
        with real_connections(ctx, reading) as (source, targets):
            for index, target in enumerate(targets):
                owners[id(target)] = (attempts[threading.get_ident()], index)
            yield source, targets

    def claim(self: PostgresConnector, *args: Any) -> int:
        who = owners.get(id(self))
        if who is None or who in claims:
            return real_save(self, *args)
        claims.add(who)
        before(who)
        version = real_save(self, *args)
        after(who)
        return version

    monkeypatch.setattr(chunks, "connections", tagged)
    monkeypatch.setattr(PostgresConnector, "save_checkpoint", claim)


def _hook_raw_claims(
    monkeypatch: pytest.MonkeyPatch, attempts: dict[int, int], databases: list[str], before: _Hook, after: _Hook
) -> None:
    """Likewise on the raw path: a writer claims before it pulls its first chunk."""
    from lookalike.connectors.postgres import raw

    real_write = raw.write_chunks

    async def write(
        url: str, target: Any, columns: Any, pieces: AsyncIterator[bytes], *args: Any, **kwargs: Any
    ) -> int:
        who = (attempts[threading.get_ident()], databases.index(url.rsplit("/", 1)[-1].split("?", 1)[0]))
        await asyncio.get_running_loop().run_in_executor(None, before, who)

        async def pulled() -> AsyncIterator[bytes]:
            after(who)
            async for piece in pieces:
                yield piece

        return await real_write(url, target, columns, pulled(), *args, **kwargs)

    monkeypatch.setattr(raw, "write_chunks", write)


def test_a_stale_relay_of_a_large_chunk_fails_instead_of_stalling(new_pg_db: Callable[[str], str]) -> None:
    """The stale writer gives up at its claim, before reading its first COPY chunk: the relay must not wait for it
    to take the source's other chunks (far more than its queue holds)."""
    prepared = _prepared(_pg_source(new_pg_db, rows=40_000, width=200), new_pg_db("dst"), raw=True)
    target = open_connector(prepared.destination)
    source = open_connector(prepared.ctx.source_url, must_exist=True)
    table, mark = prepared.plan.table, Checkpoint(None, 0, 0, True)
    errors: list[BaseException] = []

    def relay() -> None:
        try:
            relay_table(source, [(target, "error", True)], table, prepared.plan.written, None, [stale])
        except BaseException as error:
            errors.append(error)

    try:
        with target.transaction():
            target.save_checkpoint(_RUN, prepared.step.id, mark, 0)  # another attempt's, committed
        stale = ChunkCheckpoint(_RUN, prepared.step.id, mark, 0)
        thread = threading.Thread(target=relay, daemon=True)
        thread.start()
        thread.join(60)
        assert not thread.is_alive(), "the relay stalled on a writer that had failed"
        assert len(errors) == 1 and isinstance(errors[0], StaleCheckpointError)
        assert _ids(prepared.destination) == []
    finally:
        source.close()
        target.close()
