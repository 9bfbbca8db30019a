"""The FK order is kept only where something checks FKs while rows load: into a destination the run creates (its
FKs added after the data) every table loads at once, and the end of the run checks integrity; into tables that
exist already, with `skip_fk_violations` or into SQLite, parents still go first (engine/plan/prepare.py)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.engine.helpers import assert_clean, make_job, sqlite_url, sync_and_verify
from tests.support import pg_rows as rows
from tests.support import run_script

from lookalike.core.errors import RunError
from lookalike.core.plan import InsertStep, Plan
from lookalike.engine.copy import chunks
from lookalike.engine.plan.prepare import prepare
from lookalike.engine.run import steps as work
from lookalike.engine.sync import run_sync

# A chain of 4 NOT NULL FKs (d also refers to itself, a parent after its children in key order), and a NOT NULL
# cycle (store ↔ staff).
CHAIN = """
CREATE TABLE a (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a (id));
CREATE TABLE c (id int PRIMARY KEY, b_id int NOT NULL REFERENCES b (id));
CREATE TABLE d (id int PRIMARY KEY, c_id int NOT NULL REFERENCES c (id), parent_id int REFERENCES d (id));
CREATE TABLE store (id int PRIMARY KEY, manager_staff_id int NOT NULL);
CREATE TABLE staff (id int PRIMARY KEY, store_id int NOT NULL REFERENCES store (id));
ALTER TABLE store ADD FOREIGN KEY (manager_staff_id) REFERENCES staff (id) DEFERRABLE INITIALLY DEFERRED;
INSERT INTO a SELECT g, 'a' || g FROM generate_series(1, 50) g;
INSERT INTO b SELECT g, 1 + g % 50 FROM generate_series(1, 100) g;
INSERT INTO c SELECT g, 1 + g % 100 FROM generate_series(1, 150) g;
INSERT INTO d SELECT g, 1 + g % 150, NULL FROM generate_series(1, 200) g;
UPDATE d SET parent_id = 200 WHERE id < 200;
BEGIN;
INSERT INTO store VALUES (1, 10), (2, 20);
INSERT INTO staff VALUES (10, 1), (20, 2), (30, 1);
COMMIT;
"""
TABLES = ("a", "b", "c", "d", "store", "staff")


@pytest.fixture
def chain_source(new_pg_db: Callable[[str], str]) -> str:
    return run_script(new_pg_db("chain"), CHAIN)


def _plan(job: Any) -> Plan:
    return prepare(job, os.environ).resolved.plan


def _ordered(plan: Plan) -> bool:
    return any(plan.dependencies.values())


def test_into_a_destination_the_run_creates_every_insert_runs_at_once_and_verifies_clean(
    chain_source: str, new_pg_db: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = new_pg_db("fresh")
    job = make_job(chain_source, [{"url": dest, "init_schema": True, "truncate_before_insert": True}])
    plan = _plan(job)
    assert all(isinstance(step, InsertStep) and not step.deferred_columns for step in plan.steps)
    assert not _ordered(plan) and len(plan.ready(done=[])) == len(TABLES) and not plan.unchecked

    # Every table's first chunk waits here until all of them have started: a table waiting for its parent to
    # finish would never arrive, and the barrier would break.
    barrier = threading.Barrier(len(TABLES), timeout=60)
    arrived: set[str] = set()
    copy_chunk = chunks.copy_chunk

    def together(ctx: Any, step: InsertStep, *args: Any, **kwargs: Any) -> Any:
        if step.id not in arrived:
            arrived.add(step.id)
            barrier.wait()
        return copy_chunk(ctx, step, *args, **kwargs)

    monkeypatch.setattr(work, "copy_chunk", together)
    summary, reports = sync_and_verify(job.model_copy(update={"workers": len(TABLES)}))
    assert summary.ok and not barrier.broken
    assert sorted(result.step_id for result in summary.results) == sorted(f"insert:public.{t}" for t in TABLES)
    assert {result.path for result in summary.results} == {"raw"}  # d's self-reference is no deferred column now
    assert not summary.unchecked and not summary.cycle_modes
    assert_clean(reports)
    for name in TABLES:
        query = f"SELECT * FROM {name} ORDER BY id"
        assert rows(dest, query) == rows(chain_source, query), name
    fks = "SELECT conname FROM pg_constraint WHERE contype = 'f' ORDER BY 1"
    assert rows(dest, fks) == rows(chain_source, fks) and len(rows(dest, fks)) == 6

    # The second run finds the tables and their FKs there: the order is kept again (and the cycle written with
    # FK checks off, this role being a superuser).
    monkeypatch.setattr(work, "copy_chunk", copy_chunk)
    again = _plan(job)
    assert _ordered(again) and again.dependencies["insert:public.d"] == {"insert:public.c"}
    assert sorted(t.name for t in again.unchecked) == ["staff", "store"]
    summary, reports = sync_and_verify(job)
    assert (
        summary.ok
        and summary.cycle_modes == ["replica"]
        and "update:public.d" in {result.step_id for result in summary.results}
    )
    assert_clean(reports)


def test_the_order_is_kept_when_any_destination_checks_fks_while_loading(
    chain_source: str, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    fresh, other = {"url": new_pg_db("fresh"), "init_schema": True}, {"url": new_pg_db("other"), "init_schema": True}
    assert not _ordered(_plan(make_job(chain_source, [fresh, other])))
    # skip_fk_violations drops a row whose parent is not in yet: parents first.
    assert _ordered(_plan(make_job(chain_source, [fresh, {**other, "skip_fk_violations": True}])))
    # SQLite declares FKs in CREATE TABLE and checks each row as it goes in.
    lite = {"url": sqlite_url(tmp_path / "qa.db"), "init_schema": True}
    assert _ordered(_plan(make_job(chain_source, [fresh, lite])))
    # An existing schema (no init_schema): its tables have their FKs.
    existing = new_pg_db("existing")
    run_script(existing, CHAIN.split("INSERT", 1)[0])
    plan = _plan(make_job(chain_source, [fresh, {"url": existing, "on_conflict": "nothing"}]))
    assert _ordered(plan) and plan.dependencies["insert:public.b"] == {"insert:public.a"}


def test_a_table_added_to_a_destination_that_has_the_others_loads_without_waiting(
    chain_source: str, new_pg_db: Callable[[str], str]
) -> None:
    dest = new_pg_db("partial")
    run_script(dest, CHAIN.split("CREATE TABLE d", 1)[0])  # a, b, c exist (with their FKs); d does not
    plan = _plan(make_job(chain_source, [{"url": dest, "init_schema": True, "truncate_before_insert": True}]))
    assert plan.dependencies["insert:public.d"] == frozenset() and plan.dependencies["insert:public.c"] == {
        "insert:public.b"
    }


ORPHAN = """
SET session_replication_role = replica;
INSERT INTO c VALUES (999, 12345);
RESET session_replication_role;
"""


def test_a_row_without_its_parent_fails_the_run_at_the_end_naming_the_fk_and_the_fix(
    chain_source: str, new_pg_db: Callable[[str], str]
) -> None:
    run_script(chain_source, ORPHAN)  # the source holds a row whose parent does not exist (FK checks were off)
    dest = new_pg_db("strict")
    job = make_job(chain_source, [{"url": dest, "init_schema": True}])
    assert not _ordered(_plan(job))
    with pytest.raises(RunError) as caught:
        run_sync(job, os.environ)
    error = caught.value
    assert "c_b_id_fkey" in error.what and "violates foreign key constraint" in error.what
    assert error.fix is not None and "skip_fk_violations" in error.fix
    assert "runs resume" not in error.fix and "run the job again" in error.fix  # a resume meets the same rows
    assert rows(dest, "SELECT count(*) FROM pg_constraint WHERE conname = 'c_b_id_fkey'") == [(0,)]
    # With skip_fk_violations the order comes back, the orphan and its children are dropped, and the run ends.
    lenient = make_job(chain_source, [{"url": new_pg_db("lenient"), "init_schema": True, "skip_fk_violations": True}])
    summary = run_sync(lenient, os.environ)
    assert summary.ok and {r.step_id: r.skipped for r in summary.results}["insert:public.c"] == 1
