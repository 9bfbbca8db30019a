"""Subsets: the kept rows are exactly the closure an independent Python computation finds, and verify is clean."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from tests.engine.helpers import make_job, sync_and_verify
from tests.engine.subset_reference import closure, load_rows
from tests.support import DATASETS, load_sql, run_script

from lookalike.connectors import open_connector
from lookalike.core.errors import ConfigError
from lookalike.core.schema import QualifiedName
from lookalike.engine.sync import run_sync


def _check(
    source: str, target: str, tables: dict[str, Any], targets: dict[str, Callable[[dict[str, Any]], bool]], **extra: Any
) -> dict[QualifiedName, int]:
    job = make_job(source, [{"url": target, "init_schema": True}], tables, **extra)
    summary, [report] = sync_and_verify(job)
    assert summary.ok
    assert report.ok, [c for c in report.tables if not c.ok]
    assert all(check.fk_violations == 0 for check in report.tables)
    reader = open_connector(source, must_exist=True)
    try:
        schema = reader.reflect()
    finally:
        reader.close()
    from lookalike.engine.resolve import _with_virtual_keys

    schema = _with_virtual_keys(job, schema)
    rows = load_rows(source, schema)
    expected = closure(schema, rows, {schema.find_table(name).name: rule for name, rule in targets.items()})  # type: ignore[union-attr]
    actual = load_rows(target, schema)
    for name in schema.tables:
        got = {tuple(sorted(row.items())) for row in actual[name]}
        assert got == expected[name], f"{name}: {len(got)} rows kept, {len(expected[name])} expected"
    return {name: len(expected[name]) for name in schema.tables}


@pytest.fixture
def northwind_pg(new_pg_db: Callable[[str], str]) -> str:
    url = new_pg_db("northwind")
    load_sql(url, DATASETS / "northwind" / "northwind-postgres.sql")
    return url


@pytest.fixture
def chinook_pg(new_pg_db: Callable[[str], str]) -> str:
    url = new_pg_db("chinook")
    load_sql(url, DATASETS / "chinook" / "chinook-postgres.sql")
    return url


def test_northwind_orders_of_one_customer(northwind_pg: str, new_pg_db: Callable[[str], str]) -> None:
    counts = _check(
        northwind_pg,
        new_pg_db("dst"),
        {"orders": {"where": "customer_id = 'ALFKI'"}},
        {"orders": lambda row: row["customer_id"] == "ALFKI"},
    )
    by_name = {name.name: count for name, count in counts.items()}
    assert by_name["orders"] == 6 and by_name["customers"] == 1 and by_name["order_details"] > 6
    assert by_name["employee_territories"] == 0 and by_name["us_states"] > 0  # not needed; not connected


def test_chinook_invoices_of_one_country(chinook_pg: str, new_pg_db: Callable[[str], str]) -> None:
    counts = _check(
        chinook_pg,
        new_pg_db("dst"),
        {"invoice": {"where": "billing_country = 'Germany'"}},
        {"invoice": lambda row: row["billing_country"] == "Germany"},
    )
    by_name = {name.name: count for name, count in counts.items()}
    assert 0 < by_name["invoice"] < 412 and by_name["invoice_line"] > by_name["invoice"]
