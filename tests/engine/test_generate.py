"""Generated databases: FK-consistent, unique where the schema says so, fitting every column, the same per seed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from tests.engine.helpers import HARD
from tests.support import pg_rows, run_script
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.core.config import parse_job
from lookalike.engine.plan.prepare import prepare
from lookalike.engine.review.verify import verify
from lookalike.engine.sync import run_sync


def generate(source: str, target: str, **document: Any) -> list[Any]:
    job = parse_job(
        yaml.safe_dump({"source": {"url": source}, "destinations": [{"url": target, "init_schema": True}], **document})
    )
    summary = run_sync(job, os.environ)
    assert summary.ok
    [report] = verify(job, os.environ)
    assert report.ok, [check for check in report.tables if not check.ok]
    assert report.totals()["fk_violations"] == 0
    return report.tables


def largest(target: str) -> int:
    counts = pg_rows(target, "SELECT max(n_live_tup) FROM pg_stat_user_tables")
    return int(counts[0][0] or 0)


def test_northwind_schema_with_ten_thousand_orders(northwind_pg: str, new_pg_db: Callable[[str], str]) -> None:
    source = northwind_pg
    target = new_pg_db("generated")
    tables = {
        "orders": {"rows": 10_000},
        "order_details": {"rows_per_parent": {"min": 2, "max": 6, "parent": "orders"}},
        "customers": {"rows": 500},
    }
    checks = generate(source, target, generate={"rows": 300}, tables=tables, seed=11)
    by_name = {check.table: check.destination_rows for check in checks}
    assert by_name["public.orders"] == 10_000 and 20_000 <= by_name["public.order_details"] <= 60_000
    # Every order has 2–6 lines, and the composite key (order_id, product_id) held.
    assert pg_rows(target, "SELECT min(n), max(n) FROM (SELECT count(*) n FROM order_details GROUP BY order_id) c") == [
        (2, 6)
    ]
    emails = pg_rows(target, "SELECT count(*) FROM employees WHERE last_name IS NULL OR first_name IS NULL")
    assert emails == [(0,)]


def test_chinook_schema_self_reference_and_determinism(chinook_pg: str, new_pg_db: Callable[[str], str]) -> None:
    source = chinook_pg
    first, second = new_pg_db("first"), new_pg_db("second")
    document = {
        "generate": {"rows": 2000, "fk_distribution": "skewed"},
        "tables": {"invoice_line": {"rows": 20_000}, "track": {"rows": 10_000}},
        "seed": 3,
    }
    generate(source, first, **document)
    generate(source, second, **document)
    assert largest(first) >= 10_000
    for table in ("employee", "customer", "invoice_line", "track"):
        query = f"SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM {table} t"
        assert pg_rows(first, query) == pg_rows(second, query), table  # a seed gives the same database
    # The manager hierarchy has roots and points only at existing employees.
    roots = pg_rows(first, "SELECT count(*) FROM employee WHERE reports_to IS NULL")[0][0]
    assert isinstance(roots, int) and roots >= 1
    # Skewed: the busiest customer has far more invoices than the median one.
    busiest, median = pg_rows(
        first,
        "SELECT max(n), percentile_cont(0.5) WITHIN GROUP (ORDER BY n) FROM "
        "(SELECT count(*) n FROM invoice GROUP BY customer_id) c",
    )[0]
    assert busiest > 3 * float(median)


CHECKED = """
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE account (
    id uuid PRIMARY KEY,
    email varchar(60) NOT NULL UNIQUE,
    code char(4) NOT NULL UNIQUE,
    status text NOT NULL CHECK (status IN ('open', 'closed')),
    score int NOT NULL CHECK (score BETWEEN 1 AND 10),
    balance numeric(8,2) NOT NULL CHECK (balance >= 0),
    feeling mood NOT NULL,
    nick text CHECK (length(nick) < 30),
    parent_id uuid REFERENCES account (id)
);
"""


def test_checks_enums_uniques_and_uuid_keys(new_pg_db: Callable[[str], str]) -> None:
    source = run_script(new_pg_db("checked"), CHECKED)
    target = new_pg_db("generated")
    generate(source, target, generate={"rows": 3000, "fk_null_rate": 0.25}, seed=1)
    assert pg_rows(target, "SELECT count(DISTINCT email), count(DISTINCT code), count(*) FROM account") == [
        (3000, 3000, 3000)
    ]
    assert pg_rows(target, "SELECT min(score), max(score), min(balance) >= 0 FROM account") == [(1, 10, True)]
    assert pg_rows(target, "SELECT count(*) FROM account WHERE email !~ '^user-[0-9A-Z]+@example\\.com$'") == [(0,)]
    assert {row[0] for row in pg_rows(target, "SELECT DISTINCT status FROM account")} == {"open", "closed"}
    nulls = pg_rows(target, "SELECT count(*) FROM account WHERE parent_id IS NULL")[0][0]
    assert isinstance(nulls, int) and 500 < nulls < 1100  # 25% of 3000, and the first row
    job = parse_job(yaml.safe_dump({"source": {"url": source}, "destinations": [{"url": target}], "generate": {}}))
    notes = prepare(job, os.environ, for_writing=False).resolved.notes
    assert any("public.account.nick" in note and "length(nick)" in note for note in notes)


def test_cycles_fill_through_deferred_updates(new_pg_db: Callable[[str], str]) -> None:
    source = run_script(new_pg_db("cycles"), HARD)
    target = new_pg_db("generated")
    generate(source, target, generate={"rows": 500}, seed=2)
    # dept.head_id → emp and emp.dept_id → dept, and a → b → c → a: every reference resolves.
    assert pg_rows(target, "SELECT count(*) FROM dept d JOIN emp e ON e.id = d.head_id") == pg_rows(
        target, "SELECT count(*) FROM dept WHERE head_id IS NOT NULL"
    )
    assert pg_rows(target, "SELECT count(*) FROM a WHERE b_id IS NOT NULL")[0][0] > 0


def test_the_cli_generates_into_the_database_it_reads_the_schema_from(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    database = run_script(new_pg_db("small"), "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);")
    path = tmp_path / "job.yaml"
    path.write_text(yaml.safe_dump({"source": {"url": database}, "destinations": [{"url": database}]}))
    result = CliRunner().invoke(app, ["generate", str(path)])
    assert result.exit_code == 0, result.output
    assert pg_rows(database, "SELECT count(*), count(DISTINCT id) FROM t") == [(1000, 1000)]
