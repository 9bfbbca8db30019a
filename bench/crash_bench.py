"""Crash rounds: a worker SIGKILLed at a random moment of a ≥500,000-row, 3-table run, then a new worker recovers it.

Every round must complete and leave the destination identical (md5 of every table's rows in key order) to a clean
run's. Uses its own throwaway PostgreSQL unless --pg-url is given (a superuser URL: it creates databases).
`--engine temporal` runs the rounds on Temporal (a throwaway dev server; the clean run stays on DBOS), and
`--kill-server` adds a round that SIGKILLs the Temporal server mid-run and restarts it on the same database file.
Last line: `RESULT rounds=N completed=N identical=N`.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("LOOKALIKE_HOME", tempfile.mkdtemp(prefix="lookalike-bench-home-"))

from lookalike.cli.main import load_job
from lookalike.engine.sync import run_sync
from lookalike.testing import crash
from lookalike.testing.postgres import admin_url, fresh_database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--chunk-rows", type=int, default=25_000)
    parser.add_argument("--seed", type=int, default=None, help="kill moments (default: random)")
    parser.add_argument("--pg-url", default=None)
    parser.add_argument("--engine", choices=("dbos", "temporal"), default="dbos")
    parser.add_argument("--kill-server", action="store_true", help="temporal: one more round killing the server")
    args = parser.parse_args()
    if args.engine == "temporal":
        from lookalike.testing.temporal import throwaway_temporal

        with throwaway_temporal() as server:
            os.environ.update(
                {"LOOKALIKE_ENGINE": "temporal", "TEMPORAL_ADDRESS": server.address, "TEMPORAL_NAMESPACE": "default"}
            )
            return rounds(args, lambda: server.restart(crash=True))
    return rounds(args, None)


def rounds(args: argparse.Namespace, restart_server: Callable[[], None] | None) -> int:
    from lookalike.engine.interface import engine_for

    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="lookalike-crash-"))
    with admin_url(args.pg_url) as admin:
        source = fresh_database(admin, "crash_source")
        counts = crash.build_source(source, args.rows)
        clean_db = fresh_database(admin, "crash_clean")
        started = time.perf_counter()
        summary = run_sync(  # on DBOS in this process: no worker of the engine under test runs here
            load_job(crash.write_job(work / "clean.yaml", source, clean_db, args.chunk_rows)),
            os.environ,
            engine=engine_for(kind="dbos"),
        )
        copying = sum(result.seconds for result in summary.results)
        # The tables load at once (no FK order into a fresh destination): the copy lasts about its longest table.
        longest = max((result.seconds for result in summary.results), default=copying)
        print(
            f"source: {counts} ({sum(counts.values()):,} rows); clean run {time.perf_counter() - started:.1f}s, "
            f"{copying:.1f}s of it copying tables"
        )
        clean = crash.table_hashes(clean_db)
        completed = identical = mid_run = 0
        for index in range(args.rounds):
            os.environ["LOOKALIKE_TEMPORAL_TASK_QUEUE"] = f"crash-{index}"  # each round's worker on its own queue
            destination = fresh_database(admin, f"crash_dest_{index}")
            system_db = fresh_database(admin, f"crash_system_{index}")
            job = crash.write_job(work / f"round{index}.yaml", source, destination, args.chunk_rows)
            # Kill moments spread over the whole copy, from just after the first committed chunk.
            log = work / f"worker{index}.log"
            result = crash.crash_round(job, destination, system_db, clean, rng, log, max_delay=longest)
            completed += result.status == "succeeded"
            identical += result.identical
            mid_run += result.killed_mid_run
            print(
                f"round {index + 1}: killed with {result.committed_at_kill:,} rows committed "
                f"({'mid-run' if result.killed_mid_run else 'after the data'}), {result.status}, "
                f"{'identical' if result.identical else 'DIFFERENT'}, {result.epochs} snapshot(s), "
                f"{result.seconds:.1f}s",
                flush=True,
            )
        server_ok = True
        if restart_server is not None and args.kill_server:
            os.environ["LOOKALIKE_TEMPORAL_TASK_QUEUE"] = "crash-server"
            destination = fresh_database(admin, "crash_dest_server")
            job = crash.write_job(work / "server.yaml", source, destination, args.chunk_rows)
            result = crash.server_crash_round(
                job, destination, restart_server, clean, rng, work / "server-worker.log", max_delay=longest
            )
            server_ok = result.status == "succeeded" and result.identical
            print(
                f"server killed with {result.committed_at_kill:,} rows committed "
                f"({'mid-run' if result.killed_mid_run else 'after the data'}), {result.status}, "
                f"{'identical' if result.identical else 'DIFFERENT'}, {result.seconds:.1f}s",
                flush=True,
            )
            print(f"SERVER_KILL completed={int(result.status == 'succeeded')} identical={int(result.identical)}")
    print(f"kill-moment seed {seed}; {mid_run}/{args.rounds} kills landed mid-run; logs in {work}")
    print(f"RESULT rounds={args.rounds} completed={completed} identical={identical}")
    return 0 if completed == identical == args.rounds and server_ok else 1


if __name__ == "__main__":
    sys.exit(main())
