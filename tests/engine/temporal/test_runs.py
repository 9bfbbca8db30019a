"""Runs on Temporal against a dev server the suite starts: exact rows, progress readable while and after, pause,
cancel and resume, a worker SIGKILLed mid-run, and a source restarted mid-run."""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
import yaml
from tests.engine.helpers import assert_clean, independent_tables, job_file

from lookalike.cli.main import load_job
from lookalike.engine.interface import engine_for
from lookalike.engine.review.verify import verify
from lookalike.engine.sync import run_sync
from lookalike.engine.temporal.engine import TemporalEngine
from lookalike.testing import crash
from lookalike.testing.postgres import throwaway_postgres

pytestmark = pytest.mark.temporal


def test_a_three_table_job_syncs_on_temporal_with_the_rows_dbos_writes(
    new_pg_db: Callable[[str], str], tmp_path: Path, on_temporal: TemporalEngine
) -> None:
    source = new_pg_db("src")
    counts = crash.build_source(source, 6_000)  # customers ← orders ← items (FKs), emails and names transformed
    on_dbos = new_pg_db("dbos")
    run_sync(
        load_job(crash.write_job(tmp_path / "dbos.yaml", source, on_dbos, 700)),
        os.environ,
        engine=engine_for(kind="dbos"),
    )
    destination = new_pg_db("temporal")
    job = load_job(crash.write_job(tmp_path / "job.yaml", source, destination, 700))

    summary = run_sync(job, os.environ, engine=on_temporal)

    assert {result.table: result.rows for result in summary.results} == {
        f"public.{table}": rows for table, rows in counts.items()
    }
    assert_clean(verify(job, os.environ))
    assert crash.table_hashes(destination) == crash.table_hashes(on_dbos), "Temporal wrote other rows than DBOS"
    info = on_temporal.get_run(summary.run_id)
    assert info is not None and info.status == "succeeded" and info.job == "crash" and info.output is not None
    assert info.executor is not None and info.executor.endswith(f":{os.getpid()}"), info.executor  # run here
    assert summary.run_id in [run.run_id for run in on_temporal.list_runs(50)]
    tables = on_temporal.tables(summary.run_id)
    assert [(t.table, t.state, t.rows) for t in tables] == [
        (f"public.{table}", "finished", counts[table]) for table in ("customers", "items", "orders")
    ]
    assert all(t.chunks >= 1 and t.workers for t in tables)
    plan = on_temporal.plan(summary.run_id)
    assert plan is not None and sorted(plan.order) == sorted(t.step for t in tables)
    steps = [event.step for event in on_temporal.events(summary.run_id)]
    assert steps[:2] == ["prepare", "snapshot"] and steps[-1] == "finish"
    assert sorted(step for step in steps if step.startswith("dispatch")) == sorted(f"dispatch {t.step}" for t in tables)


def _status(engine: TemporalEngine, run_id: str) -> str:
    info = engine.get_run(run_id)
    return info.status if info else "missing"


def _wait_ended(engine: TemporalEngine, run_id: str, timeout: float = 300) -> str:
    crash.wait_for(lambda: _status(engine, run_id) in ("succeeded", "failed", "cancelled"), timeout, f"run {run_id}")
    return _status(engine, run_id)


@pytest.mark.parametrize("how", ["pause", "cancel"])
def test_a_paused_or_cancelled_run_resumes_to_the_same_result(
    how: str, new_pg_db: Callable[[str], str], tmp_path: Path, on_temporal: TemporalEngine
) -> None:
    source, destination = new_pg_db("src"), new_pg_db("dest")
    independent_tables(source, tables=5, rows=20_000)
    job = job_file(tmp_path / "job.yaml", source, destination, workers=1, sync_options={"chunk_rows": 2_000})
    worker = crash.start_worker("unused", "w", tmp_path / "w.log", concurrency=1)
    try:
        run_id = crash.enqueue(job, "unused")
        crash.wait_for(lambda: crash.committed_rows(destination) > 0, 60, "the first chunk")
        if how == "pause":
            on_temporal.pause(run_id)
            crash.wait_for(lambda: _status(on_temporal, run_id) == "paused", 60, "the run to pause")
            paused_at = crash.committed_rows(destination)
            time.sleep(1.5)
            assert _status(on_temporal, run_id) == "paused"
            assert crash.committed_rows(destination) == paused_at, "a paused run went on copying"
            on_temporal.unpause(run_id)
        else:
            on_temporal.cancel(run_id)
            crash.wait_for(lambda: _status(on_temporal, run_id) == "cancelled", 60, "the run to cancel")
            # Its tables stopped after their chunk in flight (or lost the snapshot `cancel` ended with the sessions).
            assert on_temporal.tables(run_id)
            handle = on_temporal.resume(run_id)
            assert handle.run_id == run_id
        status = _wait_ended(on_temporal, run_id)
    finally:
        crash.stop_worker(worker)
    assert status == "succeeded", (tmp_path / "w.log").read_text()[-3000:]
    with psycopg.connect(destination) as conn:
        for index in range(5):
            row = conn.execute(f"SELECT count(*), count(DISTINCT id) FROM t{index}").fetchone()  # type: ignore[call-overload]
            assert row == (20_000, 20_000), f"t{index}: {row}"


def test_a_worker_killed_mid_run_is_replaced_and_the_rows_are_identical(
    new_pg_db: Callable[[str], str], tmp_path: Path, on_temporal: TemporalEngine
) -> None:
    source = new_pg_db("src")
    counts = crash.build_source(source, 200_000)
    clean_destination = new_pg_db("clean")
    clean_job = load_job(crash.write_job(tmp_path / "clean.yaml", source, clean_destination, 10_000))
    run_sync(clean_job, os.environ, engine=engine_for(kind="dbos"))  # no worker of this process on the queue
    clean = crash.table_hashes(clean_destination)
    assert {table: rows for table, (rows, _) in clean.items()} == counts

    destination = new_pg_db("crashed")
    job = crash.write_job(tmp_path / "crash.yaml", source, destination, 10_000)
    result = crash.crash_round(job, destination, "unused", clean, random.Random(7), tmp_path / "w.log")

    assert result.killed_mid_run, f"the worker finished before the kill: {result}"
    assert result.status == "succeeded", (tmp_path / "w.log").read_text()[-4000:]
    assert result.identical, "the resumed run's destination differs from the clean run's"
    assert result.epochs >= 2, "the killed worker held the snapshot: the run must have opened a new one"


def test_two_workers_split_a_run_and_one_killed_for_good_leaves_the_other_to_finish_it(
    new_pg_db: Callable[[str], str], tmp_path: Path, on_temporal: TemporalEngine
) -> None:
    source, destination = new_pg_db("src"), new_pg_db("dest")
    independent_tables(source, tables=6, rows=30_000)
    job = job_file(tmp_path / "job.yaml", source, destination, workers=4, sync_options={"chunk_rows": 3_000})
    workers = [crash.start_worker("unused", f"w{i}", tmp_path / f"w{i}.log", concurrency=2) for i in (1, 2)]
    try:
        run_id = crash.enqueue(job, "unused")
        crash.wait_for(lambda: crash.committed_rows(destination) >= 30_000, 120, "some chunks")
        workers[0].kill()  # SIGKILL, and no restart: w2 alone goes on
        workers[0].wait()
        status = _wait_ended(on_temporal, run_id)
    finally:
        for worker in workers:
            crash.stop_worker(worker)
    assert status == "succeeded", (tmp_path / "w2.log").read_text()[-3000:]
    ran_on = {worker.split("@", 1)[0] for table in on_temporal.tables(run_id) for worker in table.workers}
    assert "w2" in ran_on, ran_on
    info = on_temporal.get_run(run_id)
    assert info is not None and info.executor is not None and info.executor.startswith("w2@"), info
    assert [run.executor for run in on_temporal.list_runs(50) if run.run_id == run_id] == [info.executor]
    with psycopg.connect(destination) as conn:
        for index in range(6):
            row = conn.execute(f"SELECT count(*), count(DISTINCT id) FROM t{index}").fetchone()  # type: ignore[call-overload]
            assert row == (30_000, 30_000), f"t{index}: {row}"


def test_a_table_that_fails_fails_the_run_naming_it(
    new_pg_db: Callable[[str], str], tmp_path: Path, on_temporal: TemporalEngine
) -> None:
    from lookalike.core.errors import RunError

    source, destination = new_pg_db("src"), new_pg_db("dest")
    independent_tables(source, tables=3, rows=100)
    with psycopg.connect(destination, autocommit=True) as conn:
        for index in range(3):  # t1 refuses every row: its copy fails for good, not transiently
            check = " CHECK (v IS NULL)" if index == 1 else ""
            conn.execute(f"CREATE TABLE t{index} (id bigint PRIMARY KEY, v text{check})")  # type: ignore[arg-type]
    path = job_file(tmp_path / "job.yaml", source, destination, workers=1, sync_options={"retry": {"max_attempts": 3}})
    document = yaml.safe_load(path.read_text())
    document["destinations"][0]["init_schema"] = False
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    started = time.monotonic()
    with pytest.raises(RunError) as failed:
        run_sync(load_job(path), os.environ, engine=on_temporal)
    assert time.monotonic() - started < 60, "a non-transient error must not be retried"
    assert failed.value.what.startswith("table public.t1 failed:"), failed.value.what
    assert failed.value.where == "insert:public.t1"
    run_id = failed.value.fix.split("runs resume ", 1)[1].split("`", 1)[0] if failed.value.fix else ""
    info = on_temporal.get_run(run_id)
    assert info is not None and info.status == "failed" and info.error and "public.t1" in info.error
    dispatched = [event.step for event in on_temporal.events(run_id) if event.step.startswith("dispatch")]
    assert dispatched == ["dispatch insert:public.t0", "dispatch insert:public.t1"]
    chunk_attempts = [t for t in on_temporal.tables(run_id) if t.table == "public.t1"]
    assert chunk_attempts and chunk_attempts[0].state == "failed"


def test_a_run_retries_through_a_source_restart_and_the_rows_are_identical(
    new_pg_db: Callable[[str], str], tmp_path: Path, on_temporal: TemporalEngine
) -> None:
    with throwaway_postgres() as flaky:  # a server of this test's own: restarting it disturbs no other test
        source = flaky.create_database("flaky_source")
        counts = crash.build_source(source, 200_000)
        clean_destination = new_pg_db("clean")
        clean_job = load_job(crash.write_job(tmp_path / "clean.yaml", source, clean_destination, 10_000))
        run_sync(clean_job, os.environ, engine=engine_for(kind="dbos"))
        destination = new_pg_db("dest")
        job = load_job(crash.write_job(tmp_path / "job.yaml", source, destination, 10_000))
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["summary"] = run_sync(job, os.environ, engine=on_temporal)
            except Exception as error:
                outcome["error"] = error

        thread = threading.Thread(target=run)
        thread.start()
        crash.wait_for(lambda: crash.committed_rows(destination) > 0, 120, "the first chunk")
        flaky.stop()  # at once: the snapshot's session and every chunk's connection drop
        time.sleep(3)
        flaky.start()
        thread.join(timeout=300)
        assert not thread.is_alive(), "the run did not end within 5 minutes of the restart"
        assert "error" not in outcome, outcome.get("error")
        summary = outcome["summary"]
        assert summary.epochs >= 2, "the restart killed the snapshot: the run must have taken a new one"
        assert {table: rows for table, (rows, _) in crash.table_hashes(destination).items()} == counts
        assert crash.table_hashes(destination) == crash.table_hashes(clean_destination)
