"""Acceptance (issue 3): all tables are read from one snapshot while a writer keeps changing the source."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

import psycopg
import pytest
from tests.engine.helpers import make_job
from tests.support import run_script

from lookalike.engine.sync import run_sync

SCHEMA = """
CREATE TABLE clock (id int PRIMARY KEY, tick bigint NOT NULL);
INSERT INTO clock VALUES (1, 0);
CREATE TABLE parent (id bigint PRIMARY KEY, tick bigint NOT NULL, note text);
CREATE TABLE child (
    id bigint PRIMARY KEY, parent_id bigint NOT NULL REFERENCES parent (id) ON DELETE CASCADE, note text
);
CREATE TABLE deleted (parent_id bigint PRIMARY KEY, parent_tick bigint NOT NULL, tick bigint NOT NULL);
INSERT INTO parent SELECT g, 0, repeat('p', 50) FROM generate_series(1, 20000) g;
INSERT INTO child SELECT g, 1 + (g % 20000), repeat('c', 50) FROM generate_series(1, 60000) g;
"""


def writer(url: str, stop: threading.Event, ticks: list[int]) -> None:
    """Each transaction: advance the clock, add a parent with two children, delete one old parent."""
    with psycopg.connect(url, autocommit=True) as conn:
        next_id = 1_000_000
        while not stop.is_set():
            with conn.transaction():
                tick = conn.execute("UPDATE clock SET tick = tick + 1 RETURNING tick").fetchone()[0]  # type: ignore[index]
                conn.execute("INSERT INTO parent VALUES (%s, %s, 'new')", (next_id, tick))
                conn.execute(
                    "INSERT INTO child VALUES (%s, %s, 'new'), (%s, %s, 'new')",
                    (next_id, next_id, next_id + 1, next_id),
                )
                gone = conn.execute(
                    "DELETE FROM parent WHERE id = (SELECT min(id) FROM parent WHERE id <= 20000) RETURNING id, tick"
                ).fetchone()
                if gone is not None:
                    conn.execute("INSERT INTO deleted VALUES (%s, %s, %s)", (gone[0], gone[1], tick))
            next_id += 2
            ticks.append(tick)


def ids(url: str, query: str) -> set[int]:
    with psycopg.connect(url) as conn:
        return {row[0] for row in conn.execute(query)}  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [1, 4])
def test_concurrent_writes_leave_a_copy_of_one_instant(new_pg_db: Callable[[str], str], workers: int) -> None:
    source, dest = run_script(new_pg_db("busy"), SCHEMA), new_pg_db("copy")
    stop, ticks = threading.Event(), []
    thread = threading.Thread(target=writer, args=(source, stop, ticks), daemon=True)
    thread.start()
    try:
        while len(ticks) < 20:  # the writer is busy before the copy starts
            threading.Event().wait(0.01)
        job = make_job(source, [{"url": dest, "init_schema": True}], batch_size=500, workers=workers)
        summary = run_sync(job, os.environ)
        during = len(ticks)
    finally:
        stop.set()
        thread.join()
    assert summary.ok and summary.snapshot is not None
    assert during > 20, "the writer made no change while the copy ran; the test proves nothing"
    (instant,) = ids(dest, "SELECT tick FROM clock")
    # The parents that existed at tick `instant`, computed from the source's final state and its logs.
    expected = ids(source, f"SELECT id FROM parent WHERE tick <= {instant}") | ids(
        source, f"SELECT parent_id FROM deleted WHERE tick > {instant} AND parent_tick <= {instant}"
    )
    assert ids(dest, "SELECT id FROM parent") == expected
    assert ids(dest, "SELECT parent_id FROM deleted") == ids(
        source, f"SELECT parent_id FROM deleted WHERE tick <= {instant}"
    )
    children = ids(dest, "SELECT parent_id FROM child")
    assert children <= expected and len(children) == len(expected)
    with psycopg.connect(dest) as conn:
        orphans = conn.execute(
            "SELECT count(*) FROM child c WHERE NOT EXISTS (SELECT 1 FROM parent p WHERE p.id = c.parent_id)"
        ).fetchone()
    assert orphans == (0,)
