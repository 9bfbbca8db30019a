"""Schedules on Temporal (Temporal Schedules): a schedule fires runs that copy the exact rows, pausing it stops the
firings, and one job's scheduled runs never overlap (overlap SKIP) unless the job allows it."""

from __future__ import annotations

import itertools
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from tests.engine.helpers import independent_tables, job_file

from lookalike.cli.main import load_job
from lookalike.engine.contract import RunInfo
from lookalike.engine.run import steps as work
from lookalike.engine.temporal.engine import TemporalEngine
from lookalike.testing import crash

pytestmark = pytest.mark.temporal

_ENDED = ("succeeded", "failed", "cancelled")


def _runs_of(engine: TemporalEngine, name: str) -> list[RunInfo]:
    return [run for run in engine.list_runs(200) if run.job == name]


def _schedule(engine: TemporalEngine, job_file: Path, cron: str, *, allow_overlap: bool = False) -> str:
    """Schedule the job under a name of this test's own (the dev server is the session's) and return the name."""
    name = f"sched-{uuid.uuid4().hex[:8]}"
    request = work.build_request(load_job(job_file), os.environ)
    engine.add_schedule(name, cron, request, allow_overlap)
    return name


def _counts(url: str, tables: int) -> list[tuple[int, int]]:
    with psycopg.connect(url) as conn:
        return [
            conn.execute(f"SELECT count(*), count(DISTINCT id) FROM t{index}").fetchone()  # type: ignore[call-overload,misc]
            for index in range(tables)
        ]


def test_a_schedule_fires_runs_with_exact_rows_until_it_is_paused(
    new_pg_db: Callable[[str], str], tmp_path: Path, on_temporal: TemporalEngine
) -> None:
    source, destination = new_pg_db("src"), new_pg_db("dest")
    independent_tables(source, tables=2, rows=100)
    on_temporal.start_worker()
    name = _schedule(on_temporal, job_file(tmp_path / "job.yaml", source, destination), "*/2 * * * * *")
    try:
        assert name in [info.name for info in on_temporal.schedules()]

        def succeeded() -> list[RunInfo]:
            return [run for run in _runs_of(on_temporal, name) if run.status == "succeeded"]

        crash.wait_for(lambda: len(succeeded()) >= 2, 60, "two scheduled runs")
        on_temporal.pause_schedule(name)
        assert [info.status for info in on_temporal.schedules() if info.name == name] == ["PAUSED"]
        time.sleep(1.5)  # a firing already under way when we paused may still start
        before = len(_runs_of(on_temporal, name))
        time.sleep(5)
        after = _runs_of(on_temporal, name)
        crash.wait_for(lambda: all(run.status in _ENDED for run in _runs_of(on_temporal, name)), 60, "the last run")
    finally:
        on_temporal.remove_schedule(name)
    assert len(after) == before, f"{len(after) - before} run(s) started after the schedule was paused"
    assert all(run.run_id.startswith(name) for run in after)
    assert all(run.status == "succeeded" for run in _runs_of(on_temporal, name)), _runs_of(on_temporal, name)
    assert _counts(destination, 2) == [(100, 100), (100, 100)]


def test_scheduled_runs_of_one_job_never_overlap(
    new_pg_db: Callable[[str], str], tmp_path: Path, on_temporal: TemporalEngine
) -> None:
    source, destination = new_pg_db("src"), new_pg_db("dest")
    crash.build_source(source, 60_000)  # a run takes longer than the 1-second schedule
    on_temporal.start_worker()
    job = crash.write_job(tmp_path / "job.yaml", source, destination, 5_000)
    name = _schedule(on_temporal, job, "* * * * * *")
    try:
        crash.wait_for(
            lambda: any(run.status == "succeeded" for run in _runs_of(on_temporal, name)), 90, "a scheduled run"
        )
        on_temporal.pause_schedule(name)
        time.sleep(1.5)  # a firing already under way when we paused may still start
        crash.wait_for(lambda: all(run.status in _ENDED for run in _runs_of(on_temporal, name)), 90, "the last run")
        described = on_temporal._wait(on_temporal.client.get_schedule_handle(name).describe())
    finally:
        on_temporal.remove_schedule(name)
    fired = _runs_of(on_temporal, name)
    assert fired and all(run.status == "succeeded" for run in fired), fired
    spans = sorted((run.created, run.updated) for run in fired)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end is not None and start is not None and start >= end, f"runs overlapped: {spans}"
    assert described.info.num_actions_skipped_overlap > 0, "no firing came while a run was going: nothing tested"


@pytest.mark.parametrize("allow_overlap", [False, True])
def test_a_firing_while_a_run_goes_is_skipped_unless_the_job_allows_overlap(
    allow_overlap: bool, new_pg_db: Callable[[str], str], tmp_path: Path, on_temporal: TemporalEngine
) -> None:
    source, destination = new_pg_db("src"), new_pg_db("dest")
    independent_tables(source, tables=3, rows=20_000)
    # One worker, small chunks: the first run is still going when the second firing comes.
    job = job_file(tmp_path / "job.yaml", source, destination, workers=1, sync_options={"chunk_rows": 1_000})
    on_temporal.start_worker(concurrency=2)
    name = _schedule(on_temporal, job, "0 0 1 1 *", allow_overlap=allow_overlap)  # fires only when triggered
    try:
        on_temporal.trigger_schedule(name)
        crash.wait_for(lambda: any(run.status == "running" for run in _runs_of(on_temporal, name)), 60, "a run")
        time.sleep(1.1)  # a scheduled run's id ends with the second it fired: the next firing gets another id
        on_temporal.trigger_schedule(name)
        time.sleep(2)
        fired = _runs_of(on_temporal, name)
        for run in fired:
            if run.status not in _ENDED:
                on_temporal.cancel(run.run_id)
        crash.wait_for(lambda: all(run.status in _ENDED for run in _runs_of(on_temporal, name)), 60, "the runs to end")
    finally:
        on_temporal.remove_schedule(name)
    assert len(fired) == (2 if allow_overlap else 1), [(run.run_id, run.status) for run in fired]
