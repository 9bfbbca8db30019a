"""Shared helpers for end-to-end tests: write a job file, run it, read a table back."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from lookalike.core.config import JobConfig, parse_job
from lookalike.engine.review.verify import DestinationCheck, verify
from lookalike.engine.summary import RunSummary
from lookalike.engine.sync import run_sync


def make_job(
    source: str, destinations: list[dict[str, Any]], tables: dict[str, Any] | None = None, **extra: Any
) -> JobConfig:
    """Build a job through the YAML loader, exactly as a user's file would go.

    These jobs test data paths on fixtures whose names look personal: the privacy check is off unless asked
    (`unmapped_sensitive=…`); tests/cli/test_privacy_cli.py and tests/classify test it."""
    document = {
        "source": {"url": source},
        "destinations": destinations,
        "tables": tables or {},
        "seed": 7,
        "unmapped_sensitive": "allow",
        **extra,
    }
    return parse_job(yaml.safe_dump(document, sort_keys=False))


def sync_and_verify(job: JobConfig) -> tuple[RunSummary, list[DestinationCheck]]:
    summary = run_sync(job, os.environ)
    return summary, verify(job, os.environ)


def assert_clean(reports: list[DestinationCheck]) -> None:
    for report in reports:
        bad = [check for check in report.tables if not check.ok]
        assert not bad, f"{report.destination}: {bad}"
        assert report.tables, "verify checked no table"


def independent_tables(url: str, tables: int, rows: int) -> None:
    """`tables` tables t0, t1, … of `rows` rows each, with no FK between them (they copy in parallel)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for index in range(tables):
            conn.execute(f"CREATE TABLE t{index} (id bigint PRIMARY KEY, v text)")  # type: ignore[arg-type]
            conn.execute(  # type: ignore[call-overload]
                f"INSERT INTO t{index} SELECT g, md5(g::text) FROM generate_series(1, %s) g", (rows,)
            )


def job_file(path: Path, source: str, destination: str, **extra: Any) -> Path:
    """A job file copying `source` into a fresh `destination` (schema created, tables emptied first)."""
    document = {
        "source": {"url": source},
        "destinations": [{"url": destination, "init_schema": True, "truncate_before_insert": True}],
        **extra,
    }
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"


# A schema with a self-reference, a 2-table and a 3-table FK cycle, and a relation only a virtual FK declares.
HARD = """
CREATE TABLE dept (id int PRIMARY KEY, name text NOT NULL, head_id int);
CREATE TABLE emp (
    id int PRIMARY KEY, name text NOT NULL, dept_id int REFERENCES dept (id), manager_id int REFERENCES emp (id)
);
ALTER TABLE dept ADD FOREIGN KEY (head_id) REFERENCES emp (id);
CREATE TABLE a (id int PRIMARY KEY, b_id int);
CREATE TABLE b (id int PRIMARY KEY, c_id int);
CREATE TABLE c (id int PRIMARY KEY, a_id int REFERENCES a (id));
ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b (id);
ALTER TABLE b ADD FOREIGN KEY (c_id) REFERENCES c (id);
-- subject_id points at an employee, but no constraint says so: a virtual FK declares it.
CREATE TABLE ticket (id int PRIMARY KEY, subject_id int, a_id int REFERENCES a (id), note text);
CREATE TABLE audit (id int PRIMARY KEY, ticket_id int REFERENCES ticket (id));
CREATE TABLE settings (key text PRIMARY KEY, value text);
INSERT INTO dept VALUES (1, 'one', NULL), (2, 'two', NULL), (3, 'three', NULL);
INSERT INTO emp SELECT i, 'e' || i, 1 + i % 3, NULLIF(i / 2, 0) FROM generate_series(1, 40) i;
UPDATE dept SET head_id = id * 7;
INSERT INTO a SELECT i, NULL FROM generate_series(1, 12) i;
INSERT INTO b SELECT i, NULL FROM generate_series(1, 12) i;
INSERT INTO c SELECT i, 1 + (i * 5) % 12 FROM generate_series(1, 12) i;
UPDATE a SET b_id = 1 + (id * 7) % 12;
UPDATE b SET c_id = 1 + (id * 11) % 12;
INSERT INTO ticket SELECT i, 1 + (i * 13) % 40, CASE WHEN i % 5 = 0 THEN NULL ELSE 1 + i % 12 END, 't' || i
FROM generate_series(1, 80) i;
INSERT INTO audit SELECT i, 1 + i % 80 FROM generate_series(1, 160) i;
INSERT INTO settings VALUES ('theme', 'dark'), ('lang', 'en');
"""
VIRTUAL = [{"table": "ticket", "columns": ["subject_id"], "references": {"table": "emp", "columns": ["id"]}}]
