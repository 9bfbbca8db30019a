"""Generate 1,000,000 rows of a 7-column table (Neosync's published benchmark shape: 259 s there) and a 3-table
parent/child/grandchild schema, through the durable engine into PostgreSQL, with the physical ceiling beside it.

The ceiling is a plain binary `COPY … FROM STDIN` of the same 1,000,000 rows already generated (taken from the
generated table with `COPY … TO STDOUT`), timed in the same run: what PostgreSQL takes to load them at all.
The 3-table schema runs first and starts the engine; the 7-column table is then timed end to end with a warm
engine (as a long-running worker sees it).
Uses its own throwaway PostgreSQL unless --pg-url is given.
Last line: RESULT rows_per_s=… vs_neosync=… fk_violations=… (vs_neosync = rows_per_s / 3861).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import yaml

os.environ.setdefault("LOOKALIKE_HOME", tempfile.mkdtemp(prefix="lookalike-bench-home-"))

from lookalike.cli.main import load_job
from lookalike.engine.review.verify import verify
from lookalike.engine.sync import run_sync
from lookalike.testing.postgres import admin_url, fresh_database

NEOSYNC_ROWS_PER_S = 3861  # 1,000,000 rows in 259 s
WIDE = """
CREATE TABLE person (
    id bigint PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, email text NOT NULL,
    age int NOT NULL CHECK (age BETWEEN 18 AND 99), created_at timestamptz NOT NULL, active boolean NOT NULL
);
"""
FAMILY = """
CREATE TABLE account (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE project (
    id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES account, title text NOT NULL, budget numeric(10,2)
);
CREATE TABLE task (
    id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES project, summary text NOT NULL, done boolean NOT NULL
);
"""


def job_file(path: Path, schema_url: str, destination: str, document: dict[str, object]) -> Path:
    body = {"source": {"url": schema_url}, "destinations": [{"url": destination, "init_schema": True}], **document}
    path.write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    return path


def ceiling(admin: str, generated: str) -> float:
    """Rows/s of COPY FROM for the already generated person rows."""
    buffer = io.BytesIO()
    with psycopg.connect(generated) as conn, conn.cursor().copy("COPY person TO STDOUT (FORMAT binary)") as copy:
        for chunk in copy:
            buffer.write(chunk)
    target = fresh_database(admin, "generate_bench_ceiling")
    with psycopg.connect(target, autocommit=True) as conn:
        conn.execute(WIDE)  # type: ignore[arg-type]
        data = buffer.getvalue()
        started = time.perf_counter()
        with conn.cursor().copy("COPY person FROM STDIN (FORMAT binary)") as copy:
            for start in range(0, len(data), 1 << 20):
                copy.write(data[start : start + (1 << 20)])
        seconds = time.perf_counter() - started
        rows = conn.execute("SELECT count(*) FROM person").fetchone()
    assert rows is not None
    return int(rows[0]) / seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--pg-url", default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="lookalike-generate-bench-"))
    with admin_url(args.pg_url) as admin:
        schema = fresh_database(admin, "generate_bench_schema")
        with psycopg.connect(schema, autocommit=True) as conn:
            conn.execute(WIDE + FAMILY)  # type: ignore[arg-type]
        # The 3-table schema first: it also starts the engine, so the 7-column run is timed with a warm one.
        family = fresh_database(admin, "generate_bench_family")
        tables = {
            "person": {"skip": True},
            "account": {"rows": args.rows // 10},
            "project": {"rows_per_parent": {"min": 1, "max": 5}},
            "task": {"rows_per_parent": {"min": 1, "max": 5}},
        }
        family_job = load_job(
            job_file(work / "family.yaml", schema, family, {"generate": {}, "seed": 1, "tables": tables})
        )
        started = time.perf_counter()
        family_summary = run_sync(family_job, os.environ)
        family_seconds = time.perf_counter() - started
        [report] = verify(family_job, os.environ)
        violations = report.totals()["fk_violations"]
        print(
            f"account → project → task: {family_summary.rows:,} rows in {family_seconds:.2f}s end to end "
            f"(engine start included) = {family_summary.rows / family_seconds:,.0f} rows/s, verify ok: {report.ok}",
            flush=True,
        )

        wide = fresh_database(admin, "generate_bench_wide")
        document: dict[str, object] = {
            "generate": {"rows": args.rows},
            "seed": 1,
            "tables": {"account": {"skip": True}, "project": {"skip": True}, "task": {"skip": True}},
        }
        if args.batch_size is not None:
            document["batch_size"] = args.batch_size
        wide_job = load_job(job_file(work / "wide.yaml", schema, wide, document))
        started = time.perf_counter()
        summary = run_sync(wide_job, os.environ)
        seconds = time.perf_counter() - started
        rate = summary.rows / seconds
        step = summary.results[0]
        print(
            f"person, 7 columns: {summary.rows:,} rows in {seconds:.2f}s end to end = {rate:,.0f} rows/s "
            f"(the table step itself: {step.seconds:.2f}s = {step.rows / step.seconds:,.0f} rows/s)",
            flush=True,
        )
        best = ceiling(admin, wide)
        print(f"ceiling (binary COPY FROM of the same rows): {best:,.0f} rows/s; generated at {rate / best:.0%} of it")
    print(f"RESULT rows_per_s={rate:.0f} vs_neosync={rate / NEOSYNC_ROWS_PER_S:.1f} fk_violations={violations}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
