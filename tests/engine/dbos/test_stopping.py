"""Stopping runs: a worker's SIGTERM, `runs cancel` of a run whose query is slow, the table timeout on every step,
and a failed prepare resumed once its cause is gone."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
import yaml

from lookalike.cli.main import load_job
from lookalike.connectors.session import session_name
from lookalike.core.errors import RunError
from lookalike.engine.dbos import runs, runtime
from lookalike.engine.sync import run_sync
from lookalike.testing import crash
from lookalike.testing.postgres import throwaway_postgres

SLOW_FILTER = "(SELECT pg_sleep(60)) IS NOT NULL"  # one sleep per query (an InitPlan), not one per row


def _job(path: Path, source: str, destination: str, **changes: Any) -> Path:
    crash.write_job(path, source, destination, 10_000)
    document = yaml.safe_load(path.read_text())
    for key, value in changes.items():
        if key == "sync_options":
            document["sync_options"].update(value)
        else:
            document[key] = value
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def _status(api: Any, run_id: str) -> str | None:
    info = runs.get_run(api, run_id)
    return info.status if info is not None else None


def _sessions_of(url: str, run_id: str) -> list[tuple[str, str]]:
    """(state, query) of every backend on the server carrying the run's session name."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT coalesce(state, ''), coalesce(query, '') FROM pg_stat_activity WHERE application_name = %s",
            (session_name(run_id),),
        ).fetchall()
    return [(str(state), str(query)) for state, query in rows]


def test_sigterm_stops_a_busy_worker_in_bounded_time_and_another_worker_finishes_the_run(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = new_pg_db("src")
    counts = crash.build_source(source, 300_000)
    run_sync(load_job(crash.write_job(tmp_path / "clean.yaml", source, clean_db := new_pg_db("clean"), 10_000)), {})
    clean = crash.table_hashes(clean_db)
    destination, system_db = new_pg_db("dest"), new_pg_db("system")
    job = crash.write_job(tmp_path / "job.yaml", source, destination, 10_000)
    log = tmp_path / "worker.log"
    first = crash.start_worker(system_db, "first", log)
    try:
        run_id = crash.enqueue(job, system_db)
        crash.wait_for(lambda: crash.committed_rows(destination) > 0, 120, "the first committed chunk")
        assert crash.committed_rows(destination) < sum(counts.values()), "the run ended before the signal"
        first.send_signal(signal.SIGTERM)
        started = time.monotonic()
        code = first.wait(timeout=30)
        stopped_in = time.monotonic() - started
    finally:
        if first.poll() is None:
            first.kill()
    assert code == 0, log.read_text()[-3000:]
    assert stopped_in <= 10, f"the worker took {stopped_in:.1f} s to stop"
    assert "No DBOS was created yet" not in log.read_text()
    api = runtime.api(system_db)
    assert _status(api, run_id) in ("pending", "running"), "the stopped worker must leave the run to another"
    second = crash.start_worker(system_db, "second", log)  # another id: the run was handed back to the queue
    try:
        crash.wait_for(lambda: _status(api, run_id) in ("succeeded", "failed", "cancelled"), 300, "the run")
    finally:
        crash.stop_worker(second)
    assert _status(api, run_id) == "succeeded", log.read_text()[-3000:]
    assert crash.table_hashes(destination) == clean, "every row exactly once, as in a clean run"


def test_cancel_ends_the_runs_slow_subset_query_even_after_its_worker_was_killed(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = new_pg_db("src")
    crash.build_source(source, 2_000)
    system_db = new_pg_db("system")
    job = _job(
        tmp_path / "slow.yaml",
        source,
        new_pg_db("dest"),
        tables={"public.customers": {"where": SLOW_FILTER}},
        sync_options={"table_timeout_seconds": 600},
    )
    log = tmp_path / "worker.log"
    worker = crash.start_worker(system_db, "slow", log)
    try:
        run_id = crash.enqueue(job, system_db)

        def sleeping() -> bool:
            return any("pg_sleep" in query and state == "active" for state, query in _sessions_of(source, run_id))

        crash.wait_for(sleeping, 120, "the subset query to run")
        worker.kill()  # SIGKILL: PostgreSQL keeps running a query whose client died
        worker.wait()
        time.sleep(0.5)
        assert sleeping(), "the orphaned query still runs on the server"
        done = subprocess.run(
            crash.lookalike("runs", "cancel", run_id, "--system-db", system_db),
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        crash.wait_for(lambda: not _sessions_of(source, run_id), 5, "the run's sessions to end")
        assert _status(runtime.api(system_db), run_id) == "cancelled"
    finally:
        crash.stop_worker(worker)


def test_a_slow_subset_fails_at_the_table_timeout_naming_the_step(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = new_pg_db("src")
    crash.build_source(source, 2_000)
    job = _job(
        tmp_path / "slow.yaml",
        source,
        new_pg_db("dest"),
        tables={"public.customers": {"where": SLOW_FILTER}},
        sync_options={"table_timeout_seconds": 2},
    )
    started = time.monotonic()
    with pytest.raises(RunError) as failed:
        run_sync(load_job(job), os.environ)
    took = time.monotonic() - started
    assert took < 15, f"the run took {took:.1f} s to fail with a 2 s table timeout"
    assert "subset computation" in failed.value.what
    assert "table timeout (2 s)" in failed.value.what
    assert failed.value.where == "subset computation"
    run_id = failed.value.fix.rsplit("resume ", 1)[-1].strip("`")
    crash.wait_for(lambda: not _sessions_of(source, run_id), 5, "the timed-out query to end")


def test_a_prepare_that_failed_resumes_once_the_destination_is_back_and_fails_in_one_short_block(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = new_pg_db("src")
    counts = crash.build_source(source, 20_000)
    system_db = new_pg_db("system")
    with throwaway_postgres() as far:
        destination = far.create_database("far_dest")
        job = _job(
            tmp_path / "job.yaml",
            source,
            destination,
            sync_options={"retry": {"max_attempts": 2, "interval_seconds": 0.1}},
        )
        run_id = crash.enqueue(job, system_db)  # checked against a live destination, then queued
        far.stop()
        failed = subprocess.run(
            crash.lookalike("runs", "resume", run_id, "--system-db", system_db),
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert failed.returncode == 1, failed.stdout + failed.stderr
        assert "Traceback" not in failed.stderr
        assert len(failed.stderr.strip().splitlines()) < 15, failed.stderr
        assert "cannot connect" in failed.stderr and f"lookalike runs resume {run_id}" in failed.stderr
        api = runtime.api(system_db)
        assert _status(api, run_id) == "failed"
        far.start()
        resumed = subprocess.run(
            crash.lookalike("runs", "resume", run_id, "--system-db", system_db),
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert resumed.returncode == 0, resumed.stdout + resumed.stderr
        assert f"as {run_id}~2" in resumed.stdout
        assert _status(api, f"{run_id}~2") == "succeeded"
        assert {table: rows for table, (rows, _) in crash.table_hashes(destination).items()} == counts


def test_ctrl_c_of_lookalike_sync_stops_at_the_last_chunk_and_runs_resume_finishes(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = new_pg_db("src")
    counts = crash.build_source(source, 200_000)
    destination, system_db = new_pg_db("dest"), new_pg_db("system")
    job = crash.write_job(tmp_path / "job.yaml", source, destination, 10_000)
    sync = subprocess.Popen(
        crash.lookalike("sync", str(job), "--system-db", system_db),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        crash.wait_for(lambda: crash.committed_rows(destination) > 0, 120, "the first committed chunk")
        sync.send_signal(signal.SIGINT)
        _, stderr = sync.communicate(timeout=20)
    finally:
        if sync.poll() is None:
            sync.kill()
    assert sync.returncode == 130, stderr
    assert "Traceback" not in stderr and "runs resume" in stderr
    run_id = stderr.split("runs resume ", 1)[1].split("`", 1)[0].strip()
    done = subprocess.run(
        crash.lookalike("runs", "resume", run_id, "--system-db", system_db),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert {table: rows for table, (rows, _) in crash.table_hashes(destination).items()} == counts


def test_prepare_work_on_a_table_honours_the_table_timeout(new_pg_db: Callable[[str], str], tmp_path: Path) -> None:
    source, destination = new_pg_db("src"), new_pg_db("dest")
    crash.build_source(source, 2_000)
    run_sync(load_job(crash.write_job(tmp_path / "first.yaml", source, destination, 10_000)), os.environ)
    job = _job(tmp_path / "again.yaml", source, destination, sync_options={"table_timeout_seconds": 2})
    with psycopg.connect(destination) as blocker:  # holds a lock that emptying the table waits for
        blocker.execute("LOCK TABLE items IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        with pytest.raises(RunError) as failed:
            run_sync(load_job(job), os.environ)
        took = time.monotonic() - started
        blocker.rollback()
    assert took < 15, f"prepare waited {took:.1f} s on a 2 s table timeout"
    assert "prepare" in failed.value.what and "table timeout (2 s)" in failed.value.what


def test_a_cancelled_or_stopping_step_is_never_retried_and_from_none_hides_the_replaced_error() -> None:
    from dbos._error import DBOSWorkflowCancelledError

    from lookalike.engine.retry import is_transient

    def replaced(error: BaseException, by: BaseException, hide: bool = True) -> BaseException:
        try:
            try:
                raise error
            except BaseException:
                if hide:
                    raise by from None
                raise by  # noqa: B904 - the implicit context is what is tested
        except BaseException as raised:
            return raised

    lost = OSError("connection reset")
    assert is_transient(lost)
    assert not is_transient(replaced(lost, DBOSWorkflowCancelledError("stopping")))
    assert not is_transient(replaced(lost, RunError("copy of t took longer than the table timeout")))
    assert is_transient(replaced(lost, RuntimeError("wrapped"), hide=False))  # an implicit context still counts


def test_a_slow_chunk_fails_at_the_table_timeout_and_its_write_is_stopped(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    table = "CREATE TABLE event (id bigint PRIMARY KEY, label text NOT NULL);"
    source, destination = new_pg_db("src"), new_pg_db("dest")
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute(table + "INSERT INTO event SELECT g, 'e' || g FROM generate_series(1, 500) g")
    with psycopg.connect(destination, autocommit=True) as conn:  # every write into the table sleeps a minute
        conn.execute(
            table + "CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_sleep(60); RETURN NULL; END $$;"
            "CREATE TRIGGER slow BEFORE INSERT ON event FOR EACH STATEMENT EXECUTE FUNCTION slow()"
        )
    job = tmp_path / "job.yaml"
    document = {
        "source": {"url": source},
        "destinations": [{"url": destination, "truncate_before_insert": True}],
        "sync_options": {"table_timeout_seconds": 2, "retry": {"max_attempts": 1}},
    }
    job.write_text(yaml.safe_dump(document))
    started = time.monotonic()
    with pytest.raises(RunError) as failed:
        run_sync(load_job(job), os.environ)
    assert time.monotonic() - started < 15
    assert "public.event" in failed.value.what and "table timeout" in failed.value.what, failed.value.what
    run_id = failed.value.fix.split("runs resume ", 1)[1].split("`", 1)[0]
    crash.wait_for(lambda: not [s for s in _sessions_of(destination, run_id) if s[0] == "active"], 5, "the write")
