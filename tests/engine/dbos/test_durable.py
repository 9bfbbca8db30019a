"""Durable runs: a killed worker, a source that goes away, two workers sharing a run, schedules, pause/cancel."""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.engine.helpers import independent_tables, job_file

from lookalike.cli.main import load_job
from lookalike.engine.dbos import runs, runtime
from lookalike.engine.summary import RunSummary
from lookalike.engine.sync import run_sync
from lookalike.testing import crash
from lookalike.testing.postgres import PostgresServer, throwaway_postgres


def _clean_copy(tmp_path: Path, source: str, destination: str, chunk_rows: int) -> dict[str, tuple[int, str]]:
    run_sync(load_job(crash.write_job(tmp_path / "clean.yaml", source, destination, chunk_rows)), os.environ)
    return crash.table_hashes(destination)


def test_a_worker_killed_mid_run_resumes_with_no_duplicate_and_no_gap(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = new_pg_db("src")
    counts = crash.build_source(source, 500_000)
    clean = _clean_copy(tmp_path, source, new_pg_db("clean"), 25_000)
    assert {table: rows for table, (rows, _) in clean.items()} == counts

    destination = new_pg_db("crashed")
    job = crash.write_job(tmp_path / "crash.yaml", source, destination, 25_000)
    result = crash.crash_round(job, destination, new_pg_db("system"), clean, random.Random(4), tmp_path / "w.log")

    assert result.killed_mid_run, f"the worker finished before the kill: {result}"
    assert result.status == "succeeded", (tmp_path / "w.log").read_text()[-4000:]
    assert result.identical, "the resumed run's destination differs from the clean run's"
    assert result.epochs >= 2, "the killed worker held the snapshot: the resumed run must have opened a new one"


def test_a_run_retries_through_a_source_restart_and_succeeds(new_pg_db: Callable[[str], str], tmp_path: Path) -> None:
    with throwaway_postgres() as flaky:
        source = flaky.create_database("flaky_source")
        counts = crash.build_source(source, 300_000)
        destination = new_pg_db("dest")
        job = load_job(crash.write_job(tmp_path / "job.yaml", source, destination, 10_000))
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["summary"] = run_sync(job, os.environ)
            except Exception as error:
                outcome["error"] = error

        thread = threading.Thread(target=run)
        thread.start()
        crash.wait_for(lambda: crash.committed_rows(destination) > 0, 120, "the first chunk")
        _bounce(flaky, seconds=3.0)
        thread.join(timeout=300)
        assert "error" not in outcome, outcome.get("error")
        summary: RunSummary = outcome["summary"]
        assert summary.epochs >= 2, "the restart killed the snapshot: the run must have taken a new one"
        assert {table: rows for table, (rows, _) in crash.table_hashes(destination).items()} == counts
        assert crash.table_hashes(destination) == _clean_copy(tmp_path, source, new_pg_db("clean"), 10_000)


def _bounce(server: PostgresServer, seconds: float) -> None:
    server.stop()
    time.sleep(seconds)
    server.start()


def _wait_run(api: Any, run_id: str, timeout: float = 300) -> runs.RunInfo:
    def ended() -> bool:
        info = runs.get_run(api, run_id)
        return info is not None and info.status in ("succeeded", "failed", "cancelled")

    crash.wait_for(ended, timeout, f"run {run_id}")
    info = runs.get_run(api, run_id)
    assert info is not None
    return info


def test_two_workers_split_a_runs_tables(new_pg_db: Callable[[str], str], tmp_path: Path) -> None:
    source, destination, system_db = new_pg_db("src"), new_pg_db("dest"), new_pg_db("system")
    independent_tables(source, tables=8, rows=40_000)
    job = job_file(tmp_path / "job.yaml", source, destination, workers=4, sync_options={"chunk_rows": 10_000})
    workers = [crash.start_worker(system_db, f"w{i}", tmp_path / f"w{i}.log", concurrency=2) for i in (1, 2)]
    try:
        run_id = crash.enqueue(job, system_db)
        api = runtime.api(system_db)
        info = _wait_run(api, run_id)
        assert info.status == "succeeded", info.error
        ran_on = {worker.split("@", 1)[0] for table in runs.tables(api, run_id) for worker in table.workers}
    finally:
        for worker in workers:
            crash.stop_worker(worker)
    assert ran_on == {"w1", "w2"}, f"tables ran on {ran_on}"


def _cli(*args: str) -> None:
    done = subprocess.run(crash.lookalike(*args), capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_schedule_fires_runs_until_it_is_paused(new_pg_db: Callable[[str], str], tmp_path: Path) -> None:
    source, destination, system_db = new_pg_db("src"), new_pg_db("dest"), new_pg_db("system")
    independent_tables(source, tables=2, rows=100)
    # Every 2 seconds (a 6-field cron counts seconds) so the test does not wait minutes; `0 2 * * *` works alike.
    job = job_file(tmp_path / "job.yaml", source, destination, name="every2s", schedule="*/2 * * * * *")
    worker = crash.start_worker(system_db, "scheduler", tmp_path / "w.log")
    api = runtime.api(system_db)
    try:
        _cli("schedules", "add", str(job), "--system-db", system_db)

        def succeeded() -> list[runs.RunInfo]:
            return [r for r in runs.list_runs(api, 100) if r.job == "every2s" and r.status == "succeeded"]

        crash.wait_for(lambda: len(succeeded()) >= 2, 60, "two scheduled runs")
        _cli("schedules", "pause", "every2s", "--system-db", system_db)
        time.sleep(1.5)  # a firing already under way when we paused may still start
        before = len([r for r in runs.list_runs(api, 100) if r.job == "every2s"])
        time.sleep(6)
        after = len([r for r in runs.list_runs(api, 100) if r.job == "every2s"])
    finally:
        crash.stop_worker(worker)
    assert after == before, f"{after - before} run(s) started after the schedule was paused"


@pytest.mark.parametrize("how", ["pause", "cancel"])
def test_a_paused_or_cancelled_run_resumes_to_the_same_result(
    how: str, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source, destination, system_db = new_pg_db("src"), new_pg_db("dest"), new_pg_db("system")
    independent_tables(source, tables=6, rows=30_000)
    job = job_file(tmp_path / "job.yaml", source, destination, workers=1, sync_options={"chunk_rows": 5_000})
    worker = crash.start_worker(system_db, "w", tmp_path / "w.log", concurrency=1)
    api = runtime.api(system_db)
    try:
        run_id = crash.enqueue(job, system_db)
        crash.wait_for(lambda: crash.committed_rows(destination) > 0, 60, "the first chunk")
        if how == "pause":
            runs.pause(api, run_id)
            crash.wait_for(lambda: _status(api, run_id) == "paused", 60, "the run to pause")
            time.sleep(1)
            assert _status(api, run_id) == "paused"
            runs.unpause(api, run_id)
        else:
            runs.cancel(api, run_id)
            crash.wait_for(lambda: _status(api, run_id) == "cancelled", 60, "the run to cancel")
            api.resume_workflow(run_id)
        info = _wait_run(api, run_id)
    finally:
        crash.stop_worker(worker)
    assert info.status == "succeeded", info.error
    import psycopg

    with psycopg.connect(destination) as conn:
        for index in range(6):
            row = conn.execute(f"SELECT count(*), count(DISTINCT id) FROM t{index}").fetchone()  # type: ignore[call-overload]
            assert row == (30_000, 30_000), f"t{index}: {row}"


def _status(api: Any, run_id: str) -> str:
    info = runs.get_run(api, run_id)
    return info.status if info else "missing"


def test_scheduled_runs_of_one_job_never_overlap(new_pg_db: Callable[[str], str], tmp_path: Path) -> None:
    source, destination, system_db = new_pg_db("src"), new_pg_db("dest"), new_pg_db("system")
    crash.build_source(source, 200_000)  # a run takes longer than the 1-second schedule
    job = job_file(tmp_path / "job.yaml", source, destination, name="busy", schedule="* * * * * *")
    worker = crash.start_worker(system_db, "scheduler", tmp_path / "w.log")
    api = runtime.api(system_db)
    try:
        _cli("schedules", "add", str(job), "--system-db", system_db)
        crash.wait_for(
            lambda: any(r.status == "succeeded" for r in runs.list_runs(api, 100) if r.job == "busy"), 90, "a run"
        )
        _cli("schedules", "pause", "busy", "--system-db", system_db)
        crash.wait_for(
            lambda: all(r.status in ("succeeded", "failed") for r in runs.list_runs(api, 100) if r.job == "busy"),
            90,
            "the last run to end",
        )
        fired = api.list_workflows(name="lookalike.scheduled", load_input=False)
    finally:
        crash.stop_worker(worker)
    finished = sorted((r.created, r.updated) for r in runs.list_runs(api, 100) if r.job == "busy")
    assert all(r_status == "succeeded" for r_status in (r.status for r in runs.list_runs(api, 100) if r.job == "busy"))
    for (_, end), (start, _) in itertools.pairwise(finished):
        assert end is not None and start is not None and start >= end, f"runs overlapped: {finished}"
    skipped = [w for w in fired if w.status == "SUCCESS" and w.output is None]
    assert skipped, "every firing started a run, so none came while the previous run was still going"


def test_a_killed_lookalike_sync_is_resumed_by_runs_resume(new_pg_db: Callable[[str], str], tmp_path: Path) -> None:
    source = new_pg_db("src")
    counts = crash.build_source(source, 300_000)
    destination = new_pg_db("dest")
    job = crash.write_job(tmp_path / "job.yaml", source, destination, 20_000, name="interrupted")
    env = {**os.environ, "LOOKALIKE_HOME": str(tmp_path / "home")}  # its own embedded SQLite system database
    sync = subprocess.Popen(crash.lookalike("sync", str(job)), env=env, stdout=subprocess.DEVNULL)
    crash.wait_for(lambda: crash.committed_rows(destination) > 0, 120, "the first chunk")
    sync.kill()
    sync.wait()
    listed = subprocess.run(
        crash.lookalike("runs", "list"), env={**env, "COLUMNS": "250"}, capture_output=True, text=True
    )
    run_id = next(word for word in listed.stdout.split() if word.startswith("interrupted-"))
    assert "running" in listed.stdout  # its process is gone; the system database still says where it stood

    resumed = subprocess.run(
        crash.lookalike("runs", "resume", run_id), env={**env, "COLUMNS": "250"}, capture_output=True, text=True
    )
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert {table: rows for table, (rows, _) in crash.table_hashes(destination).items()} == counts
    shown = subprocess.run(
        crash.lookalike("runs", "show", run_id), env={**env, "COLUMNS": "250"}, capture_output=True, text=True
    )
    assert "succeeded" in shown.stdout


def test_a_table_that_fails_stops_new_tables_and_fails_the_run_naming_it(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    import psycopg

    from lookalike.core.errors import RunError

    source, destination = new_pg_db("src"), new_pg_db("dest")
    independent_tables(source, tables=3, rows=100)
    with psycopg.connect(destination, autocommit=True) as conn:
        for index in range(3):  # t1 refuses every row the source has: its copy fails for good, not transiently
            check = " CHECK (v IS NULL)" if index == 1 else ""
            conn.execute(f"CREATE TABLE t{index} (id bigint PRIMARY KEY, v text{check})")  # type: ignore[arg-type]
    path = job_file(tmp_path / "job.yaml", source, destination, workers=1, sync_options={"retry": {"max_attempts": 1}})
    document = yaml.safe_load(path.read_text())
    document["destinations"][0]["init_schema"] = False
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    with pytest.raises(RunError) as failed:
        run_sync(load_job(path), os.environ)
    assert failed.value.what.startswith("table public.t1 failed:"), failed.value.what
    assert failed.value.where == "insert:public.t1"
    run_id = failed.value.fix.split("runs resume ", 1)[1].split("`", 1)[0]
    api = runtime.api()
    state = api.get_event(run_id, "state", timeout_seconds=0)
    assert state.state == "failed" and state.table == "public.t1", state
    # One worker: t0, then t1, which fails; t2, which waits for nothing, is never started.
    dispatched = [event.step for event in runs.events(api, run_id) if event.step.startswith("dispatch")]
    assert dispatched == ["dispatch insert:public.t0", "dispatch insert:public.t1"]
    with psycopg.connect(destination) as conn:
        counts = [conn.execute(f"SELECT count(*) FROM t{index}").fetchone() for index in range(3)]  # type: ignore[arg-type]
    assert counts == [(100,), (0,), (0,)]
