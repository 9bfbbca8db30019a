"""The durable engine's overhead: a 100-table schema of tiny tables end to end, and what checkpointing costs.

1. 100 tables of 10 rows, PostgreSQL → PostgreSQL (fresh destination each run): seconds end to end, first run in
   a process (includes starting the engine) and warm runs. Target < 10 s.
2. A passthrough sync of one --rows table, interleaved A B A B (median of --repeat): chunked with a checkpoint every
   --chunk-rows rows against one chunk (a single checkpoint at the end). The cost of a checkpointed step is the
   time difference divided by the extra steps (also per round, small against single run back to back: the median
   of those pairs is the steadier figure on a busy machine). Target: checkpointing costs < 5% of the throughput.
Uses its own throwaway PostgreSQL unless --pg-url is given.
Last line: RESULT engine=… tiny_tables_s=… checkpoint_overhead=… chunk_wall_ms=… per_chunk_ms=…

`--engine temporal` (or `both`: side by side in one run) runs it on Temporal, on a throwaway dev server; there the
per-chunk cost is also measured end to end (wall time, which holds the round trips to the server between chunks).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import psycopg
import yaml
from psycopg import sql

os.environ.setdefault("LOOKALIKE_HOME", tempfile.mkdtemp(prefix="lookalike-bench-home-"))

from lookalike.cli.main import load_job
from lookalike.engine.interface import JobEngine, engine_for
from lookalike.engine.sync import run_sync
from lookalike.testing.postgres import admin_url, fresh_database


def job_file(path: Path, source: str, destination: str, **extra: object) -> Path:
    document = {
        "source": {"url": source},
        "destinations": [{"url": destination, "init_schema": True, "truncate_before_insert": True}],
        **extra,
    }
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def tiny_tables(admin: str, work: Path, runs: int, engine: JobEngine, label: str) -> list[float]:
    source = fresh_database(admin, f"engine_tiny_source_{label}")
    with psycopg.connect(source, autocommit=True) as conn:
        for index in range(100):
            name = sql.Identifier(f"t{index:03d}")
            conn.execute(sql.SQL("CREATE TABLE {} (id int PRIMARY KEY, v text)").format(name))
            conn.execute(sql.SQL("INSERT INTO {} SELECT g, 'v' || g FROM generate_series(1, 10) g").format(name))
    seconds = []
    for attempt in range(runs):
        destination = fresh_database(admin, f"engine_tiny_dest_{label}_{attempt}")
        job = load_job(job_file(work / f"tiny{attempt}.yaml", source, destination, workers=8))
        started = time.perf_counter()
        summary = run_sync(job, os.environ, engine=engine)
        seconds.append(time.perf_counter() - started)
        assert len(summary.results) == 100 and summary.rows == 1000, summary
    return seconds


def checkpoint_cost(
    admin: str, work: Path, rows: int, chunk_rows: int, repeat: int, engine: JobEngine, label: str
) -> tuple[dict[str, tuple[float, int, float]], list[float]]:
    """Median seconds in the table's steps, chunk count and median wall seconds of the run per setting: default
    chunks, small chunks (100,000), one chunk; and, per round, the cost of one extra chunk (small against single,
    run back to back: the pair shares the machine's load, which on a busy machine moves more than the difference)."""
    source = fresh_database(admin, f"engine_big_source_{label}")
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute("CREATE TABLE big (id bigint PRIMARY KEY, a int, b text, c timestamptz, d numeric(12,2))")
        conn.execute(
            "INSERT INTO big SELECT g, g %% 1000, 'row ' || g, now(), g / 100.0 FROM generate_series(1, %s) g", (rows,)
        )
        conn.execute("ANALYZE big")
    settings = {"chunked": chunk_rows, "small": 100_000, "single": rows * 10}
    timings: dict[str, list[float]] = {name: [] for name in settings}
    walls: dict[str, list[float]] = {name: [] for name in settings}
    chunks: dict[str, int] = {}
    for round_ in range(repeat):
        for name, size in settings.items():
            destination = fresh_database(admin, f"engine_big_dest_{label}_{name}")
            path = job_file(work / f"{name}{round_}.yaml", source, destination, sync_options={"chunk_rows": size})
            started = time.perf_counter()
            summary = run_sync(load_job(path), os.environ, engine=engine)
            walls[name].append(time.perf_counter() - started)
            result = summary.results[0]
            assert result.rows == rows and result.path == "raw", result
            timings[name].append(result.seconds)
            chunks[name] = result.chunks
            rate = rows / result.seconds
            print(
                f"  {label} {name:8s} round {round_ + 1}: {result.seconds:.2f}s in steps, {walls[name][-1]:.2f}s "
                f"end to end ({rate:,.0f} rows/s, {result.chunks} chunks)",
                flush=True,
            )
    per_chunk = [
        (small - single) / max(chunks["small"] - chunks["single"], 1)
        for small, single in zip(timings["small"], timings["single"], strict=True)
    ]
    medians = {
        name: (statistics.median(timings[name]), chunks[name], statistics.median(walls[name])) for name in settings
    }
    return medians, per_chunk


def measure(admin: str, work: Path, args: argparse.Namespace, engine: JobEngine, label: str) -> str:
    tiny = tiny_tables(admin, work, 3, engine, label)
    warm = ", ".join(f"{seconds:.2f}s" for seconds in tiny[1:])
    print(f"{label}: 100 tiny tables: first run {tiny[0]:.2f}s (starts the engine), then {warm}", flush=True)
    cost, paired = checkpoint_cost(admin, work, args.rows, args.chunk_rows, args.repeat, engine, label)
    (chunked, n_chunked, _), (small, n_small, small_wall), (single, n_single, single_wall) = (
        cost["chunked"],
        cost["small"],
        cost["single"],
    )
    overhead = chunked / single - 1
    extra = max(n_small - n_single, 1)
    per_step_ms = (small - single) / extra * 1000
    per_chunk_wall_ms = (small_wall - single_wall) / extra * 1000
    print(
        f"{label}: {args.rows:,} rows passthrough (median of {args.repeat}): {n_chunked} chunks of "
        f"~{args.chunk_rows:,} {chunked:.2f}s, {n_small} chunks of ~100,000 {small:.2f}s, one chunk {single:.2f}s; "
        f"{per_step_ms:.1f} ms per extra checkpointed step, {per_chunk_wall_ms:.1f} ms per extra chunk end to end"
    )
    return (
        f"RESULT engine={label} tiny_tables_s={statistics.median(tiny[1:]):.2f} checkpoint_overhead={overhead:.3f} "
        f"chunk_wall_ms={per_chunk_wall_ms:.1f} per_chunk_ms={statistics.median(paired) * 1000:.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--chunk-rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pg-url", default=None)
    parser.add_argument("--engine", choices=("dbos", "temporal", "both"), default="dbos")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="lookalike-engine-bench-"))
    results = []
    with admin_url(args.pg_url) as admin, ExitStack() as servers:
        if args.engine in ("dbos", "both"):
            results.append(measure(admin, work, args, engine_for(kind="dbos"), "dbos"))
        if args.engine in ("temporal", "both"):
            from lookalike.engine.temporal.engine import TemporalEngine
            from lookalike.testing.temporal import throwaway_temporal

            server = servers.enter_context(throwaway_temporal())
            engine = TemporalEngine(server.settings(task_queue="engine-bench"))
            try:
                results.append(measure(admin, work, args, engine, "temporal"))
            finally:
                engine.shutdown()
    for line in results:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
