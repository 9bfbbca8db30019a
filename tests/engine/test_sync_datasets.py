"""Acceptance: Chinook and Northwind sync PG → PG and PG → SQLite with transformers; SQLite → PG too."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.engine.helpers import assert_clean, make_job, sqlite_url, sync_and_verify
from tests.support import DATASETS, pg_rows

from lookalike.testing.postgres import PostgresServer

CHINOOK_TABLES = {
    "customer": {
        "columns": {
            "first_name": "transform_first_name",
            "last_name": "transform_last_name",
            "email": {"transformer": "transform_email", "params": {"preserve_domain": True}},
            "company": {"transformer": "null"},
            "phone": {"transformer": "hash", "params": {"length": 12}},
        }
    },
    "employee": {"columns": {"email": "generate_email", "first_name": "transform_first_name"}},
}


def test_chinook_to_postgres_and_sqlite_is_anonymized_and_verifies(
    chinook_pg: str, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    pg_dest, sqlite_dest = new_pg_db("dest"), tmp_path / "chinook-qa.db"
    job = make_job(
        chinook_pg,
        [
            {"url": pg_dest, "init_schema": True, "truncate_before_insert": True},
            {"url": sqlite_url(sqlite_dest), "init_schema": True},
        ],
        CHINOOK_TABLES,
    )
    summary, reports = sync_and_verify(job)
    assert summary.ok
    assert summary.rows == sum(check.source_rows for check in reports[0].tables) > 15_000
    assert_clean(reports)
    assert {check.table for check in reports[0].tables} >= {"public.customer", "public.invoice_line"}
    source = dict(pg_rows(chinook_pg, "SELECT customer_id, email FROM customer"))
    copied = dict(pg_rows(pg_dest, "SELECT customer_id, email FROM customer"))
    assert source.keys() == copied.keys()
    assert all(copied[k] != source[k] and copied[k].split("@")[1] == source[k].split("@")[1] for k in source)
    assert pg_rows(pg_dest, "SELECT count(*) FROM customer WHERE company IS NOT NULL") == [(0,)]
    # Untransformed tables are copied exactly, including the self-referencing employee tree.
    query = "SELECT employee_id, reports_to, hire_date, title FROM employee ORDER BY 1"
    assert pg_rows(pg_dest, query) == pg_rows(chinook_pg, query)
    query = "SELECT track_id, name, unit_price, milliseconds FROM track ORDER BY 1"
    assert pg_rows(pg_dest, query) == pg_rows(chinook_pg, query)
    # One destination is SQLite, so nothing can be relayed as PostgreSQL bytes: every table was decoded.
    assert {r.path for r in summary.results if r.step_id.startswith("insert:")} == {"arrow"}
    with sqlite3.connect(sqlite_dest) as conn:
        assert conn.execute("SELECT count(*) FROM invoice_line").fetchone() == (2240,)
        assert conn.execute("SELECT reports_to FROM employee WHERE employee_id = 2").fetchone() == (1,)


def test_northwind_to_postgres_and_sqlite_verifies(
    northwind_pg: str, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    tables = {
        "employees": {"columns": {"first_name": "transform_first_name", "last_name": "transform_last_name"}},
        "customers": {"columns": {"contact_name": {"transformer": "hash", "params": {"length": 20}}}},
    }
    pg_dest, sqlite_dest = new_pg_db("dest"), tmp_path / "northwind-qa.db"
    job = make_job(
        northwind_pg,
        [{"url": pg_dest, "init_schema": True}, {"url": sqlite_url(sqlite_dest), "init_schema": True}],
        tables,
    )
    summary, reports = sync_and_verify(job)
    assert summary.ok
    assert_clean(reports)
    assert pg_rows(pg_dest, "SELECT count(*) FROM order_details") == [(2155,)]
    assert {r.path for r in summary.results if r.step_id.startswith("insert:")} == {"arrow"}
    pictures = "SELECT category_id, md5(picture) FROM categories ORDER BY 1"
    assert pg_rows(pg_dest, pictures) == pg_rows(northwind_pg, pictures)
    with sqlite3.connect(sqlite_dest) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone() == (830,)


def test_chinook_sqlite_file_to_postgres(new_pg_db: Callable[[str], str], pg_server: PostgresServer) -> None:
    dest = new_pg_db("dest")
    source = f"sqlite:///{(DATASETS / 'chinook' / 'chinook.sqlite').resolve()}"
    job = make_job(source, [{"url": dest, "init_schema": True}], {"Customer": {"columns": {"Email": "generate_email"}}})
    summary, reports = sync_and_verify(job)
    assert summary.ok
    assert_clean(reports)
    assert pg_rows(dest, 'SELECT count(*) FROM public."Track"') == [(3503,)]
    assert pg_rows(dest, 'SELECT "ReportsTo" FROM public."Employee" WHERE "EmployeeId" = 2') == [(1,)]
