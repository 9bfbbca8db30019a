"""Every core on one big table: a table cut into key ranges (engine/plan/lanes.py) and copied several ranges at once
(engine/copy/lanes.py) writes exactly the rows a one-lane copy writes, random draws included, and a worker killed
mid-lane resumes with no duplicate and no gap."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from tests.engine.helpers import make_job

from lookalike.cli.main import load_job
from lookalike.core.config import JobConfig
from lookalike.engine.plan.lanes import default_lanes, opened_key
from lookalike.engine.plan.prepare import prepare
from lookalike.engine.sync import run_sync
from lookalike.testing import crash

pytestmark = pytest.mark.postgres

_ROWS = 30_000
_TABLE = """
CREATE TABLE person (id bigint PRIMARY KEY, email text NOT NULL, first_name text, note text, n int);
INSERT INTO person SELECT g, 'user' || g || '@example.com', 'name' || (g % 997), md5(g::text), g % 13
FROM generate_series(1, %s) g;
ANALYZE person;
"""
_RANDOM = {  # no key: random from the run's seed, drawn per block of batch_size rows
    "public.person": {
        "columns": {"email": {"transformer": "transform_email"}, "first_name": {"transformer": "transform_first_name"}}
    }
}


def _source(new_pg_db: Callable[[str], str]) -> str:
    url = new_pg_db("src")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(_TABLE.replace("%s", str(_ROWS)))  # type: ignore[arg-type]
    return url


def _job(source: str, destination: str, lanes: int, tables: dict[str, object] | None = None) -> JobConfig:
    options = {"chunk_rows": 4_000, "lanes": lanes, "lane_min_rows": 5_000}
    destinations = [{"url": destination, "init_schema": True, "truncate_before_insert": True}]
    return make_job(source, destinations, tables or {}, batch_size=1_000, sync_options=options)


def _rows(url: str) -> tuple[int, str]:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*), md5(string_agg(p::text, E'\\n' ORDER BY id)) FROM person AS p").fetchone()
    assert row is not None
    return int(row[0]), str(row[1])


@pytest.mark.parametrize("tables", [None, _RANDOM], ids=["passthrough", "random transformers"])
def test_three_lanes_write_the_rows_one_lane_writes(
    tables: dict[str, object] | None, new_pg_db: Callable[[str], str]
) -> None:
    source = _source(new_pg_db)
    one, three, again = new_pg_db("one"), new_pg_db("three"), new_pg_db("again")

    planned = prepare(_job(source, three, 3, tables), os.environ).lanes
    [lanes] = planned
    assert lanes.step == "insert:public.person" and lanes.lanes == 3
    # 30k rows in chunks of 4k: 8 chunks, rounded up to a multiple of the lanes (the statistics may cut fewer)
    assert 3 <= len(lanes.ranges) <= 9
    bounds = [opened_key(planned_range.upto) for planned_range in lanes.ranges]
    assert bounds[-1] is None and all(bound is not None for bound in bounds[:-1])
    if tables is not None:  # ranges of whole blocks, counted: each starts at the block one lane would be at
        assert len(lanes.ranges) == 9
        blocks = [r.blocks for r in lanes.ranges]
        assert blocks[:-1] == [3, 3, 4, 3, 3, 4, 3, 3] and blocks[-1] is None, "30 blocks of 1k rows shared out"
        assert [r.first_block for r in lanes.ranges] == [0, 3, 6, 10, 13, 16, 20, 23, 26]
        assert bounds[0] == ("3000",) and bounds[2] == ("10000",)
    assert prepare(_job(source, one, 1, tables), os.environ).lanes == ()

    alone = run_sync(_job(source, one, 1, tables), os.environ)
    laned = run_sync(_job(source, three, 3, tables), os.environ)
    rerun = run_sync(_job(source, again, 3, tables), os.environ)

    assert alone.results[0].rows == laned.results[0].rows == rerun.results[0].rows == _ROWS
    assert _rows(three) == _rows(one), "three lanes wrote other rows than one lane"
    assert _rows(again) == _rows(three), "the same plan gave other rows on a rerun"
    assert laned.results[0].chunks == -(-len(lanes.ranges) // 3), "the ranges, 3 at a time: a step each"
    with psycopg.connect(three) as conn:
        emails = conn.execute("SELECT count(DISTINCT email) FROM person").fetchone()
    assert emails is not None and (tables is None or emails[0] > _ROWS * 0.99), "lanes drew the same blocks"


def test_a_table_with_too_few_rows_per_lane_stays_one_lane(new_pg_db: Callable[[str], str]) -> None:
    source = _source(new_pg_db)
    job = _job(source, new_pg_db("dst"), 8).model_copy()
    job = job.model_copy(update={"sync_options": job.sync_options.model_copy(update={"lane_min_rows": 10_000})})
    [lanes] = prepare(job, os.environ).lanes
    assert lanes.lanes == 3, "30k rows, at least 10k a lane: 3 lanes, whatever the cores"
    job = job.model_copy(update={"sync_options": job.sync_options.model_copy(update={"lane_min_rows": 20_000})})
    assert prepare(job, os.environ).lanes == ()


def test_a_worker_killed_mid_lane_resumes_with_no_duplicate_and_no_gap(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = new_pg_db("src")
    crash.build_source(source, 300_000)  # customers 30k (transformed at random), orders 90k, items 180k
    clean_url = new_pg_db("clean")
    run_sync(load_job(crash.write_job(tmp_path / "clean.yaml", source, clean_url, 10_000, lanes=1)), os.environ)
    clean = crash.table_hashes(clean_url)

    destination = new_pg_db("crashed")
    job = crash.write_job(tmp_path / "crash.yaml", source, destination, 10_000, lanes=3, lane_min_rows=10_000)
    planned = {lanes.step: lanes.lanes for lanes in prepare(load_job(job), os.environ).lanes}
    assert planned == {f"insert:public.{table}": 3 for table in crash.TABLES}
    # Killed within 0.1 s of the first committed chunk: the whole run now takes about a second.
    result = crash.crash_round(
        job, destination, new_pg_db("system"), clean, random.Random(5), tmp_path / "w.log", max_delay=0.1
    )

    assert result.killed_mid_run, f"the worker finished before the kill: {result}"
    assert result.status == "succeeded", (tmp_path / "w.log").read_text()[-4000:]
    assert result.identical, "the resumed laned run's destination differs from the clean one-lane run's"


def test_lanes_of_a_table_whose_key_is_transformed_leave_no_source_order(new_pg_db: Callable[[str], str]) -> None:
    """The lanes write their ranges at once (each batch sorted by its new key): the table's one finalize, after
    every lane, rewrites it in the new key's order, so row positions say nothing of the source keys."""
    import numpy as np

    source = new_pg_db("src")
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute("CREATE TABLE customer (id bigint PRIMARY KEY, original bigint NOT NULL)")
        conn.execute("INSERT INTO customer SELECT g, g FROM generate_series(1, 60000) g")
        conn.execute("ANALYZE customer")
    tables = {"customer": {"columns": {"id": "transform_scramble_identity"}}}
    written = {}
    for lanes in (1, 3):
        target = new_pg_db(f"dst{lanes}")
        options = {"chunk_rows": 10_000, "lanes": lanes, "lane_min_rows": 10_000}
        job = make_job(source, [{"url": target, "init_schema": True}], tables, sync_options=options)
        assert len(prepare(job, os.environ).lanes) == (lanes > 1)
        run_sync(job, os.environ)
        with psycopg.connect(target) as conn:
            written[lanes] = conn.execute("SELECT id, original FROM customer ORDER BY id").fetchall()
            by_position = conn.execute("SELECT original FROM customer ORDER BY ctid").fetchall()
        originals = np.array([row[0] for row in by_position], dtype=np.int64)
        ranks = np.corrcoef(np.arange(len(originals)), originals.argsort().argsort())[0, 1]
        assert len(originals) == 60_000 and abs(ranks) < 0.05, f"{lanes} lane(s): rows in source key order"
    assert written[3] == written[1]


def test_a_range_past_its_planned_blocks_draws_from_a_space_of_its_own() -> None:
    from lookalike.core.plan import InsertStep
    from lookalike.core.schema import QualifiedName
    from lookalike.engine.contract import LaneRange, TableLanes
    from lookalike.engine.copy.chunks import Blocks
    from lookalike.engine.copy.lanes import SPILL_BASE, SPILL_PER_RANGE, spans_of

    assert [Blocks(10, 3, 1000).index(i) for i in range(5)] == [10, 11, 12, 1000, 1001]
    assert [Blocks(7).index(i) for i in range(3)] == [7, 8, 9], "one lane: its blocks go on from the step's"
    lanes = TableLanes(step="insert:t", lanes=2, ranges=(LaneRange(blocks=3), LaneRange(first_block=3)))
    spans = spans_of(InsertStep(QualifiedName(None, "t")), lanes)
    assert [span.checkpoint for span in spans] == ["insert:t#range0", "insert:t#range1"]
    assert spans[0].blocks.index(3) == SPILL_BASE and spans[1].blocks.index(10**6) == 10**6 + 3
    assert SPILL_BASE + 64 * SPILL_PER_RANGE < 2**43, "batch_index * 1e6 stays an int64 (transform_email)"


def test_a_destination_that_takes_one_writer_gets_no_lanes() -> None:
    from lookalike.engine.contract import LaneRange, TableLanes
    from lookalike.engine.plan.lanes import bounded_by_writers

    planned = (TableLanes(step="insert:t", lanes=4, ranges=(LaneRange(), LaneRange())),)
    assert bounded_by_writers(planned, [None, 1]) == ()
    assert bounded_by_writers(planned, [None, 2])[0].lanes == 2
    assert bounded_by_writers(planned, [None]) == planned


def test_by_default_lanes_take_half_the_cores() -> None:
    assert [default_lanes(cores) for cores in (1, 2, 3, 4, 8, 16)] == [1, 1, 1, 2, 4, 8]


def test_by_default_only_a_table_relayed_raw_gets_lanes(
    new_pg_db: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A decoded table's lane holds batches of its own in flight (memory): decoded tables get lanes when the job
    asks (`sync_options.lanes`), tables relayed as raw bytes whenever the machine has cores for them."""
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    source, target = _source(new_pg_db), new_pg_db("dst")
    options = {"chunk_rows": 4_000, "lane_min_rows": 5_000}
    destinations = [{"url": target, "init_schema": True}]
    [relayed] = prepare(make_job(source, destinations, {}, sync_options=options), os.environ).lanes
    assert relayed.lanes == 4, "8 cores: 4 lanes"
    decoded = make_job(source, destinations, _RANDOM, sync_options=options)
    assert prepare(decoded, os.environ).lanes == ()
