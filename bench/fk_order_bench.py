"""Wall time of a sync of a FK chain with the FK order kept against dropped, interleaved, median of N.

Builds a chain of `--tables` tables (t1 refers to t0, t2 to t1, …; NOT NULL FKs, t0 also a nullable
self-reference unless `--no-self-reference`) of `--rows` rows each in a source database, then runs in rounds
A B A B…: a sync into a fresh destination (`init_schema: true`, so the FKs are added after the data) with the plan
as it was before (every table waits for its parent: `_constraints_after` made to return nothing) and with the plan
as it is (every table at once). Both variants run in this process, through `run_sync`, with `--workers` workers,
after one untimed warm-up sync; `--masked` transforms a column of every table (Python work per row) instead of
relaying raw bytes. Uses its own throwaway PostgreSQL unless --pg-url is given.
Last line: RESULT … ordered_s=… unordered_s=… wall_ratio=… (ordered / unordered: above 1, dropping the order wins).

Run from the repository root: `python bench/fk_order_bench.py [--rows 200000] [--tables 6] [--masked]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# The runs' system database and installation key: a home of their own, not the user's (set before lookalike loads).
os.environ["LOOKALIKE_HOME"] = tempfile.mkdtemp(prefix="lookalike-fk-bench-")
os.environ.pop("LOOKALIKE_SYSTEM_DB", None)

from tests.engine.helpers import make_job

from lookalike.engine.plan import prepare as planning
from lookalike.engine.sync import run_sync
from lookalike.testing.postgres import admin_url, fresh_database


def build_source(url: str, tables: int, rows: int, self_reference: bool) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for index in range(tables):
            parent = (
                "parent_id bigint" + (" REFERENCES t0 (id)" if self_reference else "")
                if index == 0
                else f"parent_id bigint NOT NULL REFERENCES t{index - 1} (id)"
            )
            conn.execute(  # type: ignore[call-overload]
                f"CREATE TABLE t{index} (id bigint PRIMARY KEY, {parent}, email text NOT NULL, amount numeric(12, 2), "
                "at timestamptz NOT NULL)"
            )
            reference = "NULLIF(g - 1, 0)" if index == 0 else f"1 + (g * 7) %% {int(rows)}"
            conn.execute(  # type: ignore[call-overload]
                f"INSERT INTO t{index} SELECT g, {reference}, 'user' || g || '@example.com', (g %% 100000) / 100.0, "  # noqa: S608
                "timestamptz '2020-01-01' + g * interval '17 seconds' FROM generate_series(1, %s) g",
                (rows,),
            )
            conn.execute(f"VACUUM ANALYZE t{index}")  # type: ignore[call-overload]


@contextmanager
def order_kept(kept: bool) -> Iterator[None]:
    """The plan as before this change (`kept`): no table is planned as loading before its parents."""
    original = planning._constraints_after
    if kept:
        planning._constraints_after = lambda *args, **kwargs: frozenset()
    try:
        yield
    finally:
        planning._constraints_after = original


def one_sync(source: str, admin: str, tables: int, masked: bool, workers: int, kept: bool) -> float:
    dest = fresh_database(admin, "bench_fk_dst")
    columns = {"columns": {"email": "transform_email"}} if masked else {}
    job = make_job(
        source,
        [{"url": dest, "init_schema": True}],
        {f"t{index}": columns for index in range(tables)} if masked else {},
        workers=workers,
    )
    with order_kept(kept):
        started = time.perf_counter()
        summary = run_sync(job, os.environ)
        seconds = time.perf_counter() - started
    assert summary.ok and summary.rows > 0
    steps = sum(result.seconds for result in summary.results)
    print(f"  {'ordered' if kept else 'unordered':>9}: {seconds:6.2f}s wall, table steps add up to {steps:6.2f}s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg-url", help="an existing server's admin URL (default: start a throwaway one)")
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--tables", type=int, default=6)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--masked", action="store_true", help="transform the email column of every table")
    parser.add_argument(
        "--no-self-reference", action="store_true", help="t0 without its self-reference (the order's cost alone)"
    )
    args = parser.parse_args()
    with admin_url(args.pg_url) as admin:
        source = fresh_database(admin, "bench_fk_src")
        build_source(source, args.tables, args.rows, not args.no_self_reference)
        print("warm-up (the engine's launch, imports: not timed)", flush=True)
        one_sync(source, admin, args.tables, args.masked, args.workers, kept=False)
        times: dict[bool, list[float]] = {True: [], False: []}
        load = os.getloadavg()
        for round_no in range(args.rounds):
            print(f"round {round_no + 1}", flush=True)
            for kept in (True, False):
                times[kept].append(one_sync(source, admin, args.tables, args.masked, args.workers, kept))
        ordered, unordered = statistics.median(times[True]), statistics.median(times[False])
        print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; after: {os.getloadavg()[0]:.2f}")
        print(
            f"RESULT tables={args.tables} rows={args.rows} masked={args.masked} "
            f"self_reference={not args.no_self_reference} ordered_s={ordered:.2f} "
            f"unordered_s={unordered:.2f} wall_ratio={ordered / unordered:.2f}"
        )


if __name__ == "__main__":
    main()
