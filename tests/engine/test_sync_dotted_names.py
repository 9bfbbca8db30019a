"""Names with dots: `"a.b".c` and `a."b.c"` are two tables, each its own plan step, both copied whole, and both
can be named (quoted) in a job's `tables:` and virtual FKs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tests.engine.helpers import assert_clean, make_job, sqlite_url, sync_and_verify
from tests.support import pg_rows as rows
from tests.support import run_script

from lookalike.core.errors import ConfigError
from lookalike.engine.sync import run_sync

DOTTED = """
CREATE SCHEMA "a.b";
CREATE SCHEMA a;
CREATE TABLE "a.b".c (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE a."b.c" (id int PRIMARY KEY, name text NOT NULL, c_id int);
CREATE TABLE a.b (id int PRIMARY KEY);
INSERT INTO "a.b".c SELECT g, 'first ' || g FROM generate_series(1, 30) g;
INSERT INTO a."b.c" SELECT g, 'second ' || g, 1 + g % 30 FROM generate_series(1, 45) g;
INSERT INTO a.b SELECT g FROM generate_series(1, 7) g;
"""


def test_tables_whose_names_hold_dots_each_sync_whole(new_pg_db: Callable[[str], str], tmp_path: Path) -> None:
    source, pg_dest, lite = run_script(new_pg_db("dotted"), DOTTED), new_pg_db("dest"), tmp_path / "dotted.db"
    tables = {
        '"a.b".c': {"columns": {"name": "transform_first_name"}},
        'a."b.c"': {"columns": {"name": "transform_last_name"}},
        "a.b": {},  # unquoted: schema a, table b, as always
    }
    virtual = [{"table": 'a."b.c"', "columns": ["c_id"], "references": {"table": '"a.b".c', "columns": ["id"]}}]
    job = make_job(
        source,
        [{"url": pg_dest, "init_schema": True}, {"url": sqlite_url(lite), "init_schema": True}],
        tables,
        virtual_foreign_keys=virtual,
    )
    summary, reports = sync_and_verify(job)
    assert summary.ok
    steps = [result.step_id for result in summary.results]
    assert sorted(steps) == ['insert:"a.b".c', 'insert:a."b.c"', "insert:a.b"]
    assert steps.index('insert:"a.b".c') < steps.index('insert:a."b.c"')  # the virtual FK orders them
    assert_clean(reports)
    for table, count in (('"a.b".c', 30), ('a."b.c"', 45), ("a.b", 7)):
        assert rows(pg_dest, f"SELECT count(*) FROM {table}") == [(count,)], table
        assert rows(pg_dest, f"SELECT id FROM {table} ORDER BY id") == rows(
            source, f"SELECT id FROM {table} ORDER BY id"
        )
    names = {name for (name,) in rows(pg_dest, 'SELECT name FROM "a.b".c')}
    assert names and not any(name.startswith("first ") for name in names)  # transformed
    assert rows(pg_dest, 'SELECT c_id FROM a."b.c" ORDER BY id') == rows(source, 'SELECT c_id FROM a."b.c" ORDER BY id')


def test_an_unquoted_name_with_too_many_dots_is_one_config_error(new_pg_db: Callable[[str], str]) -> None:
    source = run_script(new_pg_db("dotted"), DOTTED)
    job = make_job(source, [{"url": new_pg_db("dest"), "init_schema": True}], {"a.b.c": {}})
    with pytest.raises(ConfigError) as caught:
        run_sync(job, {})
    assert "double quotes" in str(caught.value) and caught.value.where == "tables.a.b.c"


def test_without_any_table_configured_neither_dotted_table_is_left_empty(new_pg_db: Callable[[str], str]) -> None:
    source, pg_dest = run_script(new_pg_db("dotted"), DOTTED), new_pg_db("dest")
    summary, reports = sync_and_verify(make_job(source, [{"url": pg_dest, "init_schema": True}]))
    assert summary.ok and len({result.step_id for result in summary.results}) == 3
    assert_clean(reports)
    assert rows(pg_dest, 'SELECT count(*) FROM "a.b".c') == [(30,)]
    assert rows(pg_dest, 'SELECT count(*) FROM a."b.c"') == [(45,)]
