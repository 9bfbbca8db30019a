"""Kill a worker mid-run and check the run still ends exactly like a clean one (used by tests and bench/).

A round: queue a run of a multi-table job, let a `lookalike worker` process commit some chunks, SIGKILL it at a
random moment, start a new worker with the same id on the same system database, wait for the run to end, and
compare a hash of every destination table with the clean run's.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psycopg
import yaml
from psycopg import sql

TABLES = ("customers", "orders", "items")

_SCHEMA = """
CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL, first_name text, created timestamptz);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers,
                     amount numeric(12,2), note text);
CREATE TABLE items (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders, sku text, qty int);
"""


def build_source(url: str, rows: int) -> dict[str, int]:
    """Create the three tables (1 : 3 : 6 rows) with `rows` rows in all; return rows per table."""
    customers = max(rows // 10, 1)
    orders, items = customers * 3, rows - customers * 4
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(_SCHEMA)
        conn.execute(
            "INSERT INTO customers SELECT g, 'user' || g || '@example.com', 'name' || (g %% 997), "
            "timestamptz '2020-01-01' + g * interval '1 minute' FROM generate_series(1, %s) g",
            (customers,),
        )
        conn.execute(
            "INSERT INTO orders SELECT g, 1 + g %% %s, (g %% 10000) / 100.0, 'order note ' || g "
            "FROM generate_series(1, %s) g",
            (customers, orders),
        )
        conn.execute(
            "INSERT INTO items SELECT g, 1 + g %% %s, 'SKU-' || (g %% 5000), g %% 7 FROM generate_series(1, %s) g",
            (orders, items),
        )
        conn.execute("ANALYZE")
    return {"customers": customers, "orders": orders, "items": items}


def write_job(
    path: Path, source: str, destination: str, chunk_rows: int, name: str = "crash", **sync_options: object
) -> Path:
    """A job with a transformed column on the first table; seeded, so every run writes the same values.

    `sync_options` add to the job's (e.g. `lanes=3, lane_min_rows=10_000`: big tables cut into key ranges)."""
    document = {
        "name": name,
        "source": {"url": source},
        "destinations": [{"url": destination, "init_schema": True, "truncate_before_insert": True}],
        "tables": {
            "public.customers": {
                "columns": {
                    "email": {"transformer": "transform_email"},
                    "first_name": {"transformer": "transform_first_name"},
                }
            }
        },
        "seed": 20261123,
        "workers": 2,
        "sync_options": {
            "chunk_rows": chunk_rows,
            "retry": {"max_attempts": 10, "interval_seconds": 0.2},
            **sync_options,
        },
    }
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def table_hashes(url: str) -> dict[str, tuple[int, str]]:
    """Rows and an md5 of every row (in key order) per table."""
    hashes = {}
    with psycopg.connect(url) as conn:
        for table in TABLES:
            query = sql.SQL("SELECT count(*), md5(string_agg(t::text, E'\\n' ORDER BY id)) FROM {} AS t").format(
                sql.Identifier(table)
            )
            row = conn.execute(query).fetchone()
            assert row is not None
            hashes[table] = (int(row[0]), str(row[1]))
    return hashes


def committed_rows(url: str) -> int:
    """Rows the destination's checkpoints say are committed (0 before the first chunk)."""
    with psycopg.connect(url) as conn:
        exists = conn.execute("SELECT to_regclass('_lookalike.checkpoint')").fetchone()
        if exists is None or exists[0] is None:
            return 0
        row = conn.execute("SELECT coalesce(sum(rows), 0) FROM _lookalike.checkpoint").fetchone()
    return int(row[0]) if row else 0


def lookalike(*args: str) -> list[str]:
    return [sys.executable, "-m", "lookalike.cli.main", *args]


def start_worker(system_db: str, worker_id: str, log: Path, concurrency: int = 2) -> subprocess.Popen[bytes]:
    command = lookalike("worker", "--system-db", system_db, "--id", worker_id, "--concurrency", str(concurrency))
    with log.open("ab") as sink:
        return subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=os.environ.copy())


def stop_worker(worker: subprocess.Popen[bytes]) -> None:
    if worker.poll() is None:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()


def enqueue(job: Path, system_db: str) -> str:
    done = subprocess.run(
        lookalike("sync", str(job), "--detach", "--system-db", system_db),
        capture_output=True,
        text=True,
        check=False,
        env=os.environ.copy(),
    )
    if done.returncode != 0:
        raise RuntimeError(f"lookalike sync --detach failed: {done.stdout}{done.stderr}")
    return done.stdout.strip().splitlines()[-1].strip()


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.1)


@dataclass(frozen=True)
class RoundResult:
    run_id: str
    status: str
    identical: bool
    killed_mid_run: bool  # the worker died with the run unfinished (else the round tested nothing)
    committed_at_kill: int
    epochs: int
    seconds: float


def crash_round(
    job: Path,
    destination: str,
    system_db: str,
    clean: dict[str, tuple[int, str]],
    rng: random.Random,
    log: Path,
    max_delay: float = 1.5,
) -> RoundResult:
    """One round: queue the run, SIGKILL its worker at a random moment, recover with a new worker, compare.

    The moment: up to `max_delay` seconds after the first chunk is committed.
    """
    from lookalike.engine.interface import engine_for

    engine = engine_for(system_db)
    started = time.perf_counter()
    worker = start_worker(system_db, "crash-worker", log)
    try:
        run_id = enqueue(job, system_db)
        total = sum(rows for rows, _ in clean.values())
        wait_for(lambda: committed_rows(destination) > 0, 120, "the first committed chunk")
        time.sleep(rng.uniform(0.0, max_delay))
        committed = committed_rows(destination)
        info = engine.get_run(run_id)
        worker.kill()  # SIGKILL: no cleanup, connections just drop
        worker.wait()
        killed_mid_run = info is not None and info.status == "running" and committed < total
    finally:
        stop_worker(worker)
    worker = start_worker(system_db, "crash-worker", log)
    try:

        def ended() -> bool:
            found = engine.get_run(run_id)
            return found is not None and found.status in ("succeeded", "failed", "cancelled")

        wait_for(ended, 600, f"run {run_id} to end")
    finally:
        stop_worker(worker)
    info = engine.get_run(run_id)
    assert info is not None
    epochs = info.output.epochs if info is not None and info.output is not None else 0
    identical = info.status == "succeeded" and table_hashes(destination) == clean
    return RoundResult(run_id, info.status, identical, killed_mid_run, committed, epochs, time.perf_counter() - started)


def server_crash_round(
    job: Path,
    destination: str,
    restart_server: Callable[[], None],
    clean: dict[str, tuple[int, str]],
    rng: random.Random,
    log: Path,
    max_delay: float = 1.5,
) -> RoundResult:
    """One round against the engine's server instead of its worker: queue the run, SIGKILL and restart the server
    (`restart_server`, e.g. a Temporal dev server on the same database file) at a random moment, and let the same
    worker finish the run; compare with the clean run."""
    from lookalike.engine.interface import engine_for

    engine = engine_for()
    started = time.perf_counter()
    worker = start_worker("unused", "server-crash-worker", log)
    try:
        run_id = enqueue(job, "unused")
        total = sum(rows for rows, _ in clean.values())
        wait_for(lambda: committed_rows(destination) > 0, 120, "the first committed chunk")
        time.sleep(rng.uniform(0.0, max_delay))
        committed = committed_rows(destination)
        restart_server()
        killed_mid_run = committed < total

        def ended() -> bool:
            try:
                found = engine.get_run(run_id)
            except Exception:
                return False
            return found is not None and found.status in ("succeeded", "failed", "cancelled")

        wait_for(ended, 600, f"run {run_id} to end")
    finally:
        stop_worker(worker)
    info = engine.get_run(run_id)
    assert info is not None
    epochs = info.output.epochs if info.output is not None else 0
    identical = info.status == "succeeded" and table_hashes(destination) == clean
    return RoundResult(run_id, info.status, identical, killed_mid_run, committed, epochs, time.perf_counter() - started)
