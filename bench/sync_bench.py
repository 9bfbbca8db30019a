"""Sync throughput against the physical ceiling (psql binary COPY | psql COPY), interleaved, median of N.

Builds an 8-column table (bigint pk, int account id, email, full_name, timestamptz, numeric, status, note) in a
source database, then measures in rounds A B C A B C…: the ceiling, `lookalike sync` passthrough, and
`lookalike sync` with email, full_name and note transformed. Each `lookalike sync` is a separate process so its
peak RSS can be read. Uses its own throwaway PostgreSQL unless --pg-url is given.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import yaml

from lookalike.testing.postgres import admin_url, fresh_database

TABLE = """
CREATE TABLE t (
    id bigint PRIMARY KEY, account_id int NOT NULL, email text NOT NULL, full_name text NOT NULL,
    created_at timestamptz NOT NULL, amount numeric(12, 2) NOT NULL, status text NOT NULL, note text
)
"""
FILL = """
INSERT INTO t SELECT g, g %% 5000, 'user' || g || '@example.com', 'Name' || (g %% 7919) || ' Surname' || (g %% 104729),
       timestamptz '2020-01-01' + g * interval '17 seconds', (g %% 100000) / 100.0,
       (ARRAY['new', 'active', 'closed'])[1 + g %% 3], 'note ' || (g %% 1000) || ' ' || repeat('x', 30)
FROM generate_series(1, %s) g
"""
TRANSFORMED = {
    "t": {
        "columns": {
            "email": "transform_email",
            "full_name": "transform_last_name",
            "note": {"transformer": "hash", "params": {"length": 24}},
        }
    }
}


STEP_SECONDS: list[float] = []  # the table step's seconds of each `lookalike sync`, in order


def reset_destination(admin: str) -> str:
    url = fresh_database(admin, "bench_dst")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(TABLE)  # type: ignore[arg-type]
    return url


def ceiling(source: str, admin: str) -> float:
    """Seconds for psql binary COPY out piped into psql COPY in, into an empty table."""
    dest = reset_destination(admin)
    psql = shutil.which("psql") or "psql"
    started = time.perf_counter()
    out = subprocess.Popen([psql, source, "-qc", "COPY t TO STDOUT (FORMAT binary)"], stdout=subprocess.PIPE)
    subprocess.run([psql, dest, "-qc", "COPY t FROM STDIN (FORMAT binary)"], stdin=out.stdout, check=True)
    out.wait()
    return time.perf_counter() - started


def lookalike(
    source: str, admin: str, tables: dict[str, object], workdir: Path, lanes: int | None = None
) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one `lookalike sync` process (`lanes`: sync_options.lanes; None: the default)."""
    dest = reset_destination(admin)
    job = {
        "source": {"url": source},
        "destinations": [{"url": dest, "truncate_before_insert": True}],
        "tables": tables,
        "batch_size": 50_000,
        "seed": 1,
    }
    if lanes is not None:
        job["sync_options"] = {"lanes": lanes}
    path = workdir / "job.yaml"
    path.write_text(yaml.safe_dump(job), encoding="utf-8")
    command = [sys.executable, "-m", "lookalike.cli.main", "sync", str(path)]
    started = time.perf_counter()
    # The summary table on one line per step; a home (system database) of the bench's own: a `lookalike sync` of
    # another process on the default home could take this run's table workflows (and run them with its own code).
    env = {**os.environ, "COLUMNS": "200", "LOOKALIKE_HOME": str(workdir / "home")}
    out_path = workdir / "sync.out"
    with out_path.open("wb") as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        if status != 0:
            err.seek(0)
            raise SystemExit(f"lookalike sync failed: {err.read().decode()}")
    # The table step's own time, from the summary (the rest of the process is start-up and the run around it).
    found = re.search(r"insert:public\.t\W+[\d,]+\W+([\d.]+)", out_path.read_text(errors="replace"))
    STEP_SECONDS.append(float(found.group(1)) if found else float("nan"))
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg-url", help="an existing server's admin URL (default: start a throwaway one)")
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--lanes",
        default="",
        help="also time passthrough (and transformed) with these sync_options.lanes (e.g. 1,2,4) in the same "
        "rounds (the default contenders take the machine's cores)",
    )
    parser.add_argument("--skip-transformed", action="store_true", help="leave the transformed contender out")
    args = parser.parse_args()
    with admin_url(args.pg_url) as admin, tempfile.TemporaryDirectory() as tmp:
        source = fresh_database(admin, "bench_src")
        with psycopg.connect(source, autocommit=True) as conn:
            conn.execute(TABLE)  # type: ignore[arg-type]
            conn.execute(FILL, (args.rows,))  # type: ignore[arg-type]
            conn.execute("VACUUM ANALYZE t")
        rss: list[float] = []
        contenders: list[tuple[str, dict[str, object] | None, int | None]] = [
            ("ceiling", None, None),
            ("passthrough", {}, None),
        ]
        for lanes in [int(n) for n in args.lanes.split(",")] if args.lanes else []:
            contenders.append((f"pass_{lanes}lane{'s' if lanes > 1 else ''}", {}, lanes))
        if not args.skip_transformed:
            contenders.append(("transformed", TRANSFORMED, None))
            for lanes in [int(n) for n in args.lanes.split(",")] if args.lanes else []:
                contenders.append((f"trans_{lanes}lane{'s' if lanes > 1 else ''}", TRANSFORMED, lanes))
        times: dict[str, list[float]] = {name: [] for name, _, _ in contenders}
        peaks: dict[str, float] = {}
        steps: dict[str, list[float]] = {name: [] for name, _, _ in contenders[1:]}
        for round_no in range(args.rounds):
            turn = round_no % len(contenders)  # each round starts with another contender: no seat is always first
            for name, tables, lanes in contenders[turn:] + contenders[:turn]:
                if tables is None:
                    times[name].append(ceiling(source, admin))
                    continue
                seconds, peak = lookalike(source, admin, tables, Path(tmp), lanes)
                times[name].append(seconds)
                steps[name].append(STEP_SECONDS[-1])
                rss.append(peak)
                peaks[name] = max(peaks.get(name, 0.0), peak)
            print(f"round {round_no + 1}: " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in times.items()), flush=True)
        median = {name: statistics.median(values) for name, values in times.items()}
        for name, seconds in median.items():
            print(f"{name:>12}: {args.rows / seconds:>12,.0f} rows/s  (median {seconds:.2f}s of {args.rounds})")
        for name, values in steps.items():
            step = statistics.median(values)
            print(
                f"{name:>12}: table step median {step:.2f}s, {median['ceiling'] / step:.2f}x the ceiling's wall, "
                f"peak RSS {peaks[name]:.0f} MB"
            )
        print(f"peak RSS of a sync process: {max(rss):.0f} MB ({args.rows:,} rows)")
        ratios = {name: median["ceiling"] / seconds for name, seconds in median.items() if name != "ceiling"}
        print(f"load average: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
        print(
            f"RESULT passthrough_ratio={ratios['passthrough']:.2f} "
            + (f"transformed_ratio={ratios['transformed']:.2f} " if "transformed" in ratios else "")
            + "".join(f"{name}_ratio={r:.2f} " for name, r in ratios.items() if name.startswith(("pass_", "trans_")))
            + f"peak_rss_mb={max(rss):.0f}"
        )


if __name__ == "__main__":
    main()
