"""A big table in lanes on Temporal: its key ranges copied several at once by the chunk activity, the rows DBOS
writes with one lane (random draws included)."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from lookalike.cli.main import load_job
from lookalike.engine.interface import engine_for
from lookalike.engine.plan.prepare import prepare
from lookalike.engine.sync import run_sync
from lookalike.engine.temporal.engine import TemporalEngine
from lookalike.testing import crash

pytestmark = pytest.mark.temporal


def test_a_laned_run_on_temporal_writes_the_rows_a_one_lane_dbos_run_writes(
    new_pg_db: Callable[[str], str], tmp_path: Path, on_temporal: TemporalEngine
) -> None:
    source = new_pg_db("src")
    counts = crash.build_source(source, 30_000)  # customers 3k (emails, names at random), orders 9k, items 18k
    one_lane = new_pg_db("dbos")
    job = crash.write_job(tmp_path / "dbos.yaml", source, one_lane, 1_000, lanes=1)
    run_sync(load_job(job), os.environ, engine=engine_for(kind="dbos"))
    destination = new_pg_db("temporal")
    job = crash.write_job(tmp_path / "job.yaml", source, destination, 1_000, lanes=3, lane_min_rows=1_000)
    planned = {lanes.step: lanes.lanes for lanes in prepare(load_job(job), os.environ).lanes}
    assert planned == {f"insert:public.{table}": 3 for table in crash.TABLES}

    summary = run_sync(load_job(job), os.environ, engine=on_temporal)

    assert {result.table: result.rows for result in summary.results} == {
        f"public.{table}": rows for table, rows in counts.items()
    }
    assert crash.table_hashes(destination) == crash.table_hashes(one_lane), "lanes on Temporal wrote other rows"


def test_a_worker_killed_mid_lane_on_temporal_resumes_with_no_duplicate_and_no_gap(
    new_pg_db: Callable[[str], str], tmp_path: Path, on_temporal: TemporalEngine
) -> None:
    source = new_pg_db("src")
    crash.build_source(source, 200_000)
    clean_destination = new_pg_db("clean")
    clean_job = crash.write_job(tmp_path / "clean.yaml", source, clean_destination, 10_000, lanes=1)
    run_sync(load_job(clean_job), os.environ, engine=engine_for(kind="dbos"))  # no worker of this process on the queue
    clean = crash.table_hashes(clean_destination)

    destination = new_pg_db("crashed")
    job = crash.write_job(tmp_path / "crash.yaml", source, destination, 10_000, lanes=3, lane_min_rows=5_000)
    # Killed within 0.1 s of the first committed chunk: the run copies its rows in about a second.
    result = crash.crash_round(job, destination, "unused", clean, random.Random(7), tmp_path / "w.log", max_delay=0.1)

    assert result.killed_mid_run, f"the worker finished before the kill: {result}"
    assert result.status == "succeeded", (tmp_path / "w.log").read_text()[-4000:]
    assert result.identical, "the resumed laned run's destination differs from the clean one-lane run's"
