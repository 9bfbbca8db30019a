"""A run is planned once: one `lookalike sync` reflects each database once and resolves the job once, and every
later step executes from the recorded plan (engine/plan/record.py); a source table changed under a run stops it."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from tests.engine.helpers import make_job

from lookalike.connectors.postgres.connector import PostgresConnector
from lookalike.core.errors import RunError
from lookalike.engine.contract import PreparedRun
from lookalike.engine.dbos.steps import build_request
from lookalike.engine.interface import engine_for
from lookalike.engine.plan import prepare as planning
from lookalike.engine.plan.record import load
from lookalike.engine.sync import run_sync

SHOP = """
CREATE TABLE customer (id int PRIMARY KEY, email text NOT NULL);
CREATE TABLE product (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer (id), product_id int REFERENCES product (id)
);
INSERT INTO customer SELECT n, 'c' || n || '@example.com' FROM generate_series(1, 50) n;
INSERT INTO product SELECT n, 'p' || n FROM generate_series(1, 5) n;
INSERT INTO orders SELECT n, 1 + n % 50, 1 + n % 5 FROM generate_series(1, 200) n;
"""


def _shop(new_pg_db: Callable[[str], str]) -> tuple[str, str, str]:
    source, first, second = new_pg_db("shop"), new_pg_db("qa1"), new_pg_db("qa2")
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute(SHOP)
    return source, first, second


def _job(source: str, first: str, second: str) -> Any:
    destinations = [{"url": first, "init_schema": True}, {"url": second, "init_schema": True}]
    tables = {"public.customer": {"columns": {"email": {"transformer": "hash", "params": {"length": 16}}}}}
    return make_job(source, destinations, tables, sync_options={"chunk_rows": 40})


@pytest.mark.postgres
def test_one_sync_reflects_each_database_once_and_resolves_the_job_once(
    new_pg_db: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, first, second = _shop(new_pg_db)
    reflected: Counter[str] = Counter()
    resolved = [0]
    reflect, resolve = PostgresConnector.reflect, planning.resolve_job

    def counting_reflect(self: PostgresConnector, *args: Any, **kwargs: Any) -> Any:
        name = self._conn.info.dbname
        reflected[name] += 1
        return reflect(self, *args, **kwargs)

    def counting_resolve(*args: Any, **kwargs: Any) -> Any:
        resolved[0] += 1
        return resolve(*args, **kwargs)

    monkeypatch.setattr(PostgresConnector, "reflect", counting_reflect)
    monkeypatch.setattr(planning, "resolve_job", counting_resolve)
    summary = run_sync(_job(source, first, second), os.environ)
    assert summary.rows == 255
    assert sum(result.chunks for result in summary.results) > 3  # several chunks per table: each read the record
    names = {url: psycopg.conninfo.conninfo_to_dict(url)["dbname"] for url in (source, first, second)}
    assert reflected == Counter({names[source]: 1, names[first]: 1, names[second]: 1}), reflected
    assert resolved == [1]


@pytest.mark.postgres
def test_a_worker_executes_the_recorded_plan_without_reflecting(
    new_pg_db: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What another process does: open the plan from its record, with registry lookups only."""
    source, first, second = _shop(new_pg_db)
    request = build_request(_job(source, first, second), os.environ)
    from lookalike.engine.dbos import steps as work

    planned = work._PLANNED.get(request.planned or "")
    assert planned is not None
    record = PreparedRun.model_validate_json(planned.record.model_dump_json())  # as the system database gives it
    monkeypatch.setattr(PostgresConnector, "reflect", lambda *_: pytest.fail("a step reflected a database"))
    monkeypatch.setattr(planning, "resolve_job", lambda *_: pytest.fail("a step resolved the job again"))
    loaded = load(record)
    email = next(
        column
        for name, plan in loaded.resolved.tables.items()
        if name.name == "customer"
        for column in plan.columns
        if column.column.name == "email"
    )
    original = next(
        column
        for name, plan in planned.resolved.tables.items()
        if name.name == "customer"
        for column in plan.columns
        if column.column.name == "email"
    )
    assert email.transformer is original.transformer and email.params == original.params
    assert email.key == original.key and email.key is not None  # sealed in the record, the same secret out
    assert loaded.resolved.plan == planned.resolved.plan
    assert loaded.resolved.schema == planned.resolved.schema
    assert "@" not in record.model_dump_json().replace("@example.com", "")  # no URL in clear (user@host)


@pytest.mark.postgres
def test_a_source_table_changed_after_planning_stops_the_run_naming_it(new_pg_db: Callable[[str], str]) -> None:
    source, first, second = _shop(new_pg_db)
    request = build_request(_job(source, first, second), os.environ)
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute("ALTER TABLE product ADD COLUMN price numeric")
    engine = engine_for()
    handle = engine.run_here(engine.new_run_id("changed"), request)
    with pytest.raises(RunError) as raised:
        handle.result()
    assert "public.product" in raised.value.what and "changed since the run was planned" in raised.value.what
