"""Subsets: the kept rows are exactly the closure an independent Python computation finds, and verify is clean."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.engine.helpers import HARD, VIRTUAL, make_job, sync_and_verify
from tests.engine.subset_reference import closure, load_rows
from tests.support import pg_rows, run_script
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.connectors import open_connector
from lookalike.core.errors import ConfigError
from lookalike.core.schema import QualifiedName
from lookalike.engine.review.subsets import preview
from lookalike.engine.sync import run_sync


def _check(
    source: str, target: str, tables: dict[str, Any], targets: dict[str, Callable[[dict[str, Any]], bool]], **extra: Any
) -> dict[QualifiedName, int]:
    job = make_job(source, [{"url": target, "init_schema": True}], tables, **extra)
    summary, [report] = sync_and_verify(job)
    assert summary.ok
    # Counts, keys and leaks: whether Northwind's contact names merely *look* sensitive is not what this checks.
    assert not [c for c in report.tables if c.fk_violations or c.leaks or c.source_rows != c.destination_rows]
    reader = open_connector(source, must_exist=True)
    try:
        schema = reader.reflect()
    finally:
        reader.close()
    from lookalike.engine.plan.resolve import _with_virtual_keys

    schema = _with_virtual_keys(job, schema)
    rows = load_rows(source, schema)
    expected = closure(schema, rows, {schema.find_table(name).name: rule for name, rule in targets.items()})  # type: ignore[union-attr]
    actual = load_rows(target, schema)
    for name in schema.tables:
        got = {tuple(sorted(row.items())) for row in actual[name]}
        assert got == expected[name], f"{name}: {len(got)} rows kept, {len(expected[name])} expected"
    return {name: len(expected[name]) for name in schema.tables}


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


@pytest.fixture
def hard_pg(new_pg_db: Callable[[str], str]) -> str:
    return run_script(new_pg_db("hard"), HARD)


def test_self_reference_cycles_and_a_virtual_key_close_correctly(hard_pg: str, new_pg_db: Callable[[str], str]) -> None:
    counts = _check(
        hard_pg,
        new_pg_db("dst"),
        {"emp": {"where": "name IN ('e37', 'e21')"}},
        {"emp": lambda row: row["name"] in ("e37", "e21")},
        virtual_foreign_keys=VIRTUAL,
    )
    by_name = {name.name: count for name, count in counts.items()}
    # Managers up the chain, their departments and heads, the tickets about them (virtual FK), those tickets'
    # audits, and the a → b → c → a cycle behind the tickets; settings are not connected: copied whole.
    assert 2 < by_name["emp"] < 40 and 0 < by_name["ticket"] < 80 and 0 < by_name["audit"] < 160
    assert by_name["a"] > 0 and by_name["settings"] == 2


def test_percent_limit_and_no_children(hard_pg: str, new_pg_db: Callable[[str], str]) -> None:
    target = new_pg_db("dst")
    tables = {"ticket": {"percent": 50, "limit": 10}, "audit": {"include_children": False}}
    job = make_job(hard_pg, [{"url": target, "init_schema": True}], tables, virtual_foreign_keys=VIRTUAL)
    _, [report] = sync_and_verify(job)
    assert report.ok, [c for c in report.tables if not c.ok]
    assert pg_rows(target, "SELECT count(*) FROM ticket")[0][0] == 10
    assert pg_rows(target, "SELECT count(*) FROM audit") == [(0,)]  # children not wanted
    again = new_pg_db("again")
    sync_and_verify(make_job(hard_pg, [{"url": again, "init_schema": True}], tables, virtual_foreign_keys=VIRTUAL))
    assert pg_rows(again, "SELECT id FROM ticket ORDER BY id") == pg_rows(target, "SELECT id FROM ticket ORDER BY id")


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        ({"emp": {"where": "name = "}}, "the filter of table public.emp does not run on the source: syntax error"),
        ({"emp": {"where": "nope = 1"}}, 'column "nope" does not exist'),
        ({"nosuch": {"where": "true"}}, "the source has no table 'nosuch'"),
    ],
)
def test_bad_filters_fail_before_anything_is_written(
    hard_pg: str, new_pg_db: Callable[[str], str], tables: dict[str, Any], message: str
) -> None:
    target = new_pg_db("dst")
    job = make_job(hard_pg, [{"url": target, "init_schema": True}], tables)
    with pytest.raises(ConfigError, match=re.escape(message)):
        run_sync(job, os.environ)
    assert pg_rows(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]
    assert pg_rows(hard_pg, "SELECT count(*) FROM pg_namespace WHERE nspname = '_lookalike_subset'") == [(0,)]


def test_subset_plan_counts_without_writing_and_the_cli_exits_2_on_a_bad_filter(
    hard_pg: str, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    target = new_pg_db("dst")
    document = {
        "source": {"url": hard_pg},
        "destinations": [{"url": target, "init_schema": True}],
        "tables": {"emp": {"where": "name IN ('e37', 'e21')"}},
        "virtual_foreign_keys": VIRTUAL,
    }
    path = tmp_path / "job.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    result = CliRunner().invoke(app, ["subset-plan", str(path)])
    assert result.exit_code == 0, result.output
    job = make_job(hard_pg, [{"url": target, "init_schema": True}], document["tables"], virtual_foreign_keys=VIRTUAL)
    found = preview(job, os.environ)
    by_name = {row.table: row for row in found.tables}
    assert by_name["public.emp"].target == 2 and by_name["public.emp"].parent > 0
    assert by_name["public.settings"].whole and by_name["public.ticket"].child == by_name["public.ticket"].kept
    assert f"kept rows: {found.kept:,}" in result.output and "public.emp" in result.output
    assert pg_rows(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]
    document["tables"] = {"emp": {"where": "nope = 1"}}
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    bad = CliRunner().invoke(app, ["sync", str(path)])
    assert bad.exit_code == 2 and '"nope"' in bad.output and "does not exist" in bad.output.replace("\n", " ")
