"""The corpus databases with data, subset from their central table and copied into SQLite.

A subset keeping a few customers must leave no row of any table pointing at a row the subset dropped (orphans
counted by the source's own keys, partition-level ones included: pagila's payment partitions declare theirs), and
a PostgreSQL → SQLite copy must hold every row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.corpus.test_corpus import CORPUS, SAMPLES, Sample, psql, row_counts
from tests.engine.helpers import make_job, sync_and_verify
from tests.support import run_script

pytestmark = pytest.mark.corpus

# The central table of each corpus database with data, and a filter keeping a few of its rows.
TARGETS = {"pagila": ("customer", "customer_id <= 25"), "sakila": ("customer", "customer_id <= 25")}
WITH_DATA = [sample for sample in SAMPLES if sample.min_rows > 0]


def _loaded(sample: Sample, new_pg_db: Callable[[str], str]) -> str:
    source = new_pg_db("src")
    run_script(source, "DO $$ BEGIN CREATE ROLE postgres; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    for name in sample.files:
        psql(source, CORPUS / name)
    return source


@pytest.mark.parametrize("sample", [s for s in WITH_DATA if s.name in TARGETS], ids=str)
def test_a_subset_of_the_central_table_leaves_no_orphan(sample: Sample, new_pg_db: Callable[[str], str]) -> None:
    source, copy = _loaded(sample, new_pg_db), new_pg_db("subset")
    table, where = TARGETS[sample.name]
    tables = {**sample.tables, table: {**sample.tables.get(table, {}), "where": where}}
    summary, [report] = sync_and_verify(
        make_job(source, [{"url": copy, "init_schema": True}], tables, unmapped_sensitive="allow")
    )
    assert summary.ok
    assert report.totals()["fk_violations"] == 0 and report.totals()["count_mismatches"] == 0, report.tables
    kept, whole = row_counts(copy), row_counts(source)
    # The 25 targets, and the few customers some kept row references (a target's payment for another's rental).
    assert 25 <= kept[f"public.{table}"] < 40 and sum(kept.values()) < sum(whole.values())


@pytest.mark.parametrize("sample", WITH_DATA, ids=str)
def test_postgres_to_sqlite_holds_every_row(sample: Sample, new_pg_db: Callable[[str], str], tmp_path: Path) -> None:
    source = _loaded(sample, new_pg_db)
    lite = tmp_path / f"{sample.name}.db"
    summary, [report] = sync_and_verify(
        make_job(source, [{"url": f"sqlite:///{lite}", "init_schema": True}], sample.tables, unmapped_sensitive="allow")
    )
    assert summary.ok
    totals = report.totals()
    assert (totals["count_mismatches"], totals["fk_violations"], totals["leaks"]) == (0, 0, 0), report.tables
    with sqlite3.connect(lite) as db:
        copied = sum(
            int(db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_lookalike%' ESCAPE '\\'"
            ).fetchall()
        )
    assert copied == sum(check.source_rows for check in report.tables) > 0
