"""Lookalike against its peers: one interleaved run (every contender once per round, --rounds rounds, medians).

Datasets (each built once, in its own source database; setup is not timed):
  table  the 8-column table of bench/sync_bench.py (bigint key, int FK, email, full name, timestamptz, numeric,
         status, note), --rows rows (2,000,000)
  shop   the 10-table shop of bench/shop_schema.py (FK chains four deep), about --shop-rows rows (4,000,000)
  tiny   the same 8-column table with 1 row: what a run costs before it copies anything
  big    with --big only: the 8-column table at --big-rows (8,000,000), for the flat-memory check

Contenders (dataset:name; --only takes comma-separated fnmatch patterns, e.g. 'table:*,tiny:*' or '*:lookalike_*'):
  table:psql_pipe         `psql -c "COPY t TO STDOUT (FORMAT binary)" | psql -c "COPY t FROM STDIN (FORMAT binary)"`
                          into the table already created (with its PK), as in sync_bench.py
  table:lookalike_passthrough, table:lookalike_transformed
                          `python -m lookalike.cli.main sync` into the table already created
                          (truncate_before_insert, batch_size 50,000, seed 1, as sync_bench.py); transformed masks
                          email → transform_email, full_name → transform_last_name, note → hash (length 24)
  table:pg_anon           pg-anon `dump` + `restore` into an empty database (it creates the table itself), the same
                          three columns masked (see PG_ANON_MASKS)
  shop:psql_pipe          composed by hand: `pg_dump --schema-only --section=pre-data | psql` (tables), then per
                          table in FK order, one stream at a time, the binary COPY pipe above, then
                          `pg_dump --schema-only --section=post-data | psql` (keys, indexes, FKs); all timed
  shop:pg_dump_psql       `pg_dump src | psql dst` (plain SQL, one stream)
  shop:pg_dump_j2         `pg_dump -Fd -j2 -f dir` + `pg_restore -j2 -d dst dir`
  shop:lookalike_passthrough, shop:lookalike_transformed
                          `lookalike sync` with init_schema into an empty database; transformed masks customers.email,
                          customers.full_name and orders.note as above
  shop:pg_anon            pg-anon dump + restore, the same three columns masked
  tiny:psql_pipe, tiny:lookalike_passthrough   as on `table`, 1 row
  big:*                   the table contenders on --big-rows rows

Every destination is a fresh database (created, then CHECKPOINT, untimed). Each lookalike contender is its own
process; its peak RSS is its wait4() ru_maxrss, and a poller sums the RSS of its whole process tree every 0.25 s
(for when the work is spread over processes); peak_rss_mb is the larger. The lookalike processes share one
LOOKALIKE_HOME (a temp dir: its system database is created by an untimed warm-up run).

The last line reads `RESULT passthrough_ratio=… transformed_ratio=… db_vs_pg_dump=… vs_pg_anon=… tiny_job_s=…
peak_rss_mb=…`: passthrough/transformed_ratio = table:psql_pipe / table:lookalike_*; db_vs_pg_dump = the faster of
shop:pg_dump_psql and shop:pg_dump_j2 / shop:lookalike_transformed; vs_pg_anon = pg_anon / lookalike_transformed, the
lower of table and shop (both printed above); tiny_job_s = tiny:lookalike_passthrough; a value that could not be
measured reads `missing`.

Run (from the worktree, so the processes import its code; pg-anon is the optional `bench` extra):
    pip install -e '.[bench]'
    PYTHONPATH=src python bench/peers_bench.py                     # full size, 3 rounds (~10 min on 2 cores)
    PYTHONPATH=src python bench/peers_bench.py --rows 100000 --shop-rows 200000 --rounds 1    # a smoke run
    PYTHONPATH=src python bench/peers_bench.py --only 'table:*' --big    # peak RSS at 2M vs 8M rows
Uses its own throwaway PostgreSQL unless --pg-url (a superuser's URL) is given.
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.util
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import yaml
from psycopg import sql

import shop_schema
from lookalike.testing.postgres import admin_url, fresh_database
from sync_bench import FILL, TABLE, TRANSFORMED

SHOP_TRANSFORMED = {
    "customers": {"columns": {"email": "transform_email", "full_name": "transform_last_name"}},
    "orders": {"columns": {"note": {"transformer": "hash", "params": {"length": 24}}}},
}
# pg-anon's closest masks (its rules are SQL run in the source while it dumps): an email-shaped digest, a name from
# a list (its README's own rule for full names), a 24-character digest.
PG_ANON_MASKS = {
    "email": "left(anon_funcs.digest(\"email\", 'salt', 'sha256'), 16) || '@example.com'",
    "full_name": "anon_funcs.random_in(array['Nora Fisher', 'Paul Adler', 'Rita Lang', 'Simon Falk', 'Vera Roth'])",
    "note": "left(anon_funcs.digest(\"note\", 'salt', 'sha256'), 24)",
}
# The columns each dataset's masking contenders mask (checked in round 1: their values must change).
MASKED_COLUMNS = {
    "table": {"t": ["email", "full_name", "note"]},
    "shop": {"customers": ["email", "full_name"], "orders": ["note"]},
}
PSQL = [shutil.which("psql") or "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"]
PG_DUMP = shutil.which("pg_dump") or "pg_dump"
PG_RESTORE = shutil.which("pg_restore") or "pg_restore"
POLL_SECONDS = 0.25
PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass
class Measured:
    seconds: float
    rss_mb: float | None = None  # the largest single process (wait4's ru_maxrss)
    tree_mb: float | None = None  # the largest sum over the process tree seen by the poller


@dataclass
class Contender:
    dataset: str
    name: str
    run: Callable[[], Measured]
    masked: dict[str, list[str]] = field(default_factory=dict)
    times: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)  # per run: the larger of the two below
    own_rss: list[float] = field(default_factory=list)  # per run: the largest single process
    tree_rss: list[float] = field(default_factory=list)  # per run: the largest sum over the process tree

    @property
    def key(self) -> str:
        return f"{self.dataset}:{self.name}"

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None

    @property
    def peak_mb(self) -> float | None:
        return max(self.rss) if self.rss else None


def tree_rss_mb(root: int) -> float:
    """The summed RSS of `root` and all its descendants, from /proc (a snapshot)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                ppid = int(stat.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
        children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm", "rb") as statm:
                total += int(statm.read().split()[1]) * PAGE_MB
        except (OSError, IndexError, ValueError):
            continue
    return total


def measure_process(command: list[str], env: dict[str, str], log: Path, cwd: Path | None = None) -> Measured:
    """Run one process to its end: wall seconds, its own peak RSS and its process tree's; raise on failure."""
    peak = [0.0]
    done = threading.Event()
    with log.open("wb") as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env, cwd=cwd)

        def poll() -> None:
            while not done.wait(POLL_SECONDS):
                peak[0] = max(peak[0], tree_rss_mb(process.pid))

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        poller.join()
    if process.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(command[:5])}… exited {process.returncode}:\n{tail}")
    return Measured(seconds, usage.ru_maxrss / 1024, peak[0])


def pipe(producer: list[str], consumer: list[str]) -> None:
    """producer | consumer; raise when either fails."""
    out = subprocess.Popen(producer, stdout=subprocess.PIPE)
    assert out.stdout is not None
    try:
        subprocess.run(consumer, stdin=out.stdout, stdout=subprocess.DEVNULL, check=True)
    finally:
        out.stdout.close()
        if out.wait() != 0:
            raise RuntimeError(f"{producer[0]} exited {out.returncode}")


def timed(work: Callable[[], None]) -> Measured:
    started = time.perf_counter()
    work()
    return Measured(time.perf_counter() - started)


class Bench:
    """The server, the scratch directory and the source databases; one method per kind of contender."""

    def __init__(self, admin: str, scratch: Path) -> None:
        self.admin, self.scratch = admin, scratch
        self.home = scratch / "lookalike-home"
        self.env = {**os.environ, "LOOKALIKE_HOME": str(self.home)}
        self.url = urlsplit(admin)
        self.last_destination: str | None = None  # the database the last contender wrote, for check_copy

    def database(self, name: str) -> str:
        return self.url._replace(path=f"/{name}").geturl()

    def fresh(self, name: str = "bench_dst", ddl: str | None = None) -> str:
        """An empty database (with `ddl` run in it); a CHECKPOINT so the last run's dirty pages are not this one's."""
        url = fresh_database(self.admin, name)
        if name == "bench_dst":
            self.last_destination = url
        with psycopg.connect(url, autocommit=True) as conn:
            if ddl:
                conn.execute(ddl)  # type: ignore[arg-type]
            conn.execute("CHECKPOINT")
        return url

    def copy_database(self, source: str, name: str) -> str:
        """A copy of database `source` (CREATE DATABASE … TEMPLATE): for tools that must write to their source."""
        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(source)))
        return self.database(name)

    # --- the PostgreSQL tools -------------------------------------------------------------------------------------

    def psql_pipe(self, source: str, tables: list[str], ddl: str | None) -> Measured:
        """The binary COPY pipe per table, one at a time. With `ddl` the destination's tables exist already (untimed);
        without, pg_dump's pre-data section makes them first and its post-data section adds keys, indexes and FKs
        afterwards (both timed)."""
        dest = self.fresh(ddl=ddl)

        def work() -> None:
            if ddl is None:
                pipe([PG_DUMP, "--schema-only", "--section=pre-data", "-d", source], [*PSQL, "-d", dest])
            for table in tables:
                pipe(
                    [*PSQL, "-d", source, "-c", f"COPY {table} TO STDOUT (FORMAT binary)"],
                    [*PSQL, "-d", dest, "-c", f"COPY {table} FROM STDIN (FORMAT binary)"],
                )
            if ddl is None:
                pipe([PG_DUMP, "--schema-only", "--section=post-data", "-d", source], [*PSQL, "-d", dest])

        return timed(work)

    def pg_dump_psql(self, source: str) -> Measured:
        dest = self.fresh()
        return timed(lambda: pipe([PG_DUMP, "-d", source], [*PSQL, "-d", dest]))

    def pg_dump_j2(self, source: str) -> Measured:
        dest, folder = self.fresh(), self.scratch / "pg_dump_dir"
        shutil.rmtree(folder, ignore_errors=True)

        def work() -> None:
            subprocess.run([PG_DUMP, "-Fd", "-j2", "-f", str(folder), "-d", source], check=True)
            subprocess.run([PG_RESTORE, "-j2", "-d", dest, str(folder)], check=True)

        try:
            return timed(work)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    # --- lookalike ------------------------------------------------------------------------------------------------

    def lookalike(self, source: str, tables: dict[str, object], ddl: str | None) -> Measured:
        """One `lookalike sync` process: into tables made by `ddl` (truncated first), else with init_schema."""
        dest = self.fresh(ddl=ddl)
        destination = {"url": dest, "truncate_before_insert": True} if ddl else {"url": dest, "init_schema": True}
        job = {"source": {"url": source}, "destinations": [destination], "tables": tables, "batch_size": 50_000}
        path = self.scratch / "job.yaml"
        path.write_text(yaml.safe_dump({**job, "seed": 1}), encoding="utf-8")
        command = [sys.executable, "-m", "lookalike.cli.main", "sync", str(path)]
        return measure_process(command, self.env, self.scratch / "lookalike.log")

    # --- pg-anon --------------------------------------------------------------------------------------------------

    def pg_anon(self, source_db: str, masked: dict[str, list[str]]) -> Measured:
        """pg-anon `dump` (masking in the source) then `restore` into an empty database: wall of both processes."""
        dest = self.fresh()
        rules = [
            {"schema": "public", "table": table, "fields": {column: PG_ANON_MASKS[column] for column in columns}}
            for table, columns in masked.items()
        ]
        dictionary = self.scratch / "pg_anon_sens_dict.py"
        dictionary.write_text(repr({"dictionary": rules}), encoding="utf-8")
        dump_dir = self.scratch / "pg_anon_dump"
        shutil.rmtree(dump_dir, ignore_errors=True)
        dump = [
            *self.pg_anon_command("dump", source_db),
            f"--prepared-sens-dict-file={dictionary}",
            f"--output-dir={dump_dir}",
            f"--pg-dump={PG_DUMP}",
        ]
        restore = [*self.pg_anon_command("restore", urlsplit(dest).path.lstrip("/")), f"--input-dir={dump_dir}"]
        restore.append(f"--pg-restore={PG_RESTORE}")
        try:
            first = measure_process(dump, self.pg_anon_env, self.scratch / "pg_anon_dump.log", cwd=self.scratch)
            second = measure_process(restore, self.pg_anon_env, self.scratch / "pg_anon_restore.log", cwd=self.scratch)
        finally:
            shutil.rmtree(dump_dir, ignore_errors=True)
        for log in ("pg_anon_dump.log", "pg_anon_restore.log"):
            text = (self.scratch / log).read_text(errors="replace")
            if "result_code = done" not in text:
                raise RuntimeError(f"pg-anon did not report result_code = done; the end of its output:\n{text[-3000:]}")
        return Measured(
            first.seconds + second.seconds,
            max(first.rss_mb or 0, second.rss_mb or 0),
            max(first.tree_mb or 0, second.tree_mb or 0),
        )

    @property
    def pg_anon_env(self) -> dict[str, str]:
        return {**os.environ, "PG_ANON_HOME": str(self.scratch / "pg-anon-home")}

    def pg_anon_command(self, mode: str, dbname: str) -> list[str]:
        return [
            sys.executable,
            "-m",
            "pg_anon",
            mode,
            f"--db-host={self.url.hostname}",
            f"--db-port={self.url.port or 5432}",
            f"--db-user={self.url.username}",
            f"--db-name={dbname}",
        ]

    def pg_anon_init(self, dbname: str) -> None:
        """`pg_anon init`: its masking functions (schema anon_funcs, extension pgcrypto) in the source it reads."""
        measure_process(self.pg_anon_command("init", dbname), self.pg_anon_env, self.scratch / "pg_anon_init.log")


def pg_anon_problem() -> str | None:
    """Why pg-anon cannot run here, or None."""
    if importlib.util.find_spec("pg_anon") is None:
        return f"the pg-anon package is not installed in {sys.prefix} (pip install -e '.[bench]')"
    return None


def table_contenders(bench: Bench, dataset: str, source: str, anon_source: str | None) -> list[Contender]:
    contenders = [
        Contender(dataset, "psql_pipe", lambda: bench.psql_pipe(source, ["t"], TABLE)),
        Contender(dataset, "lookalike_passthrough", lambda: bench.lookalike(source, {}, TABLE)),
        Contender(
            dataset,
            "lookalike_transformed",
            lambda: bench.lookalike(source, TRANSFORMED, TABLE),
            MASKED_COLUMNS["table"],
        ),
    ]
    if anon_source is not None:
        run = lambda: bench.pg_anon(anon_source, MASKED_COLUMNS["table"])  # noqa: E731
        contenders.append(Contender(dataset, "pg_anon", run, MASKED_COLUMNS["table"]))
    return contenders


def shop_contenders(bench: Bench, source: str, anon_source: str | None) -> list[Contender]:
    order = shop_schema.fk_order()
    contenders = [
        Contender("shop", "psql_pipe", lambda: bench.psql_pipe(source, order, None)),
        Contender("shop", "pg_dump_psql", lambda: bench.pg_dump_psql(source)),
        Contender("shop", "pg_dump_j2", lambda: bench.pg_dump_j2(source)),
        Contender("shop", "lookalike_passthrough", lambda: bench.lookalike(source, {}, None)),
        Contender(
            "shop",
            "lookalike_transformed",
            lambda: bench.lookalike(source, SHOP_TRANSFORMED, None),
            MASKED_COLUMNS["shop"],
        ),
    ]
    if anon_source is not None:
        run = lambda: bench.pg_anon(anon_source, MASKED_COLUMNS["shop"])  # noqa: E731
        contenders.append(Contender("shop", "pg_anon", run, MASKED_COLUMNS["shop"]))
    return contenders


ALL_KEYS = [
    *(f"{d}:{n}" for d in ("table", "big") for n in ("psql_pipe", "lookalike_passthrough", "lookalike_transformed")),
    *("table:pg_anon", "big:pg_anon"),
    *(f"shop:{n}" for n in ("psql_pipe", "pg_dump_psql", "pg_dump_j2", "lookalike_passthrough")),
    *("shop:lookalike_transformed", "shop:pg_anon", "tiny:psql_pipe", "tiny:lookalike_passthrough"),
]


def selected(key: str, patterns: list[str] | None, big: bool) -> bool:
    if key.startswith("big:") and not big:
        return False
    return patterns is None or any(fnmatch.fnmatchcase(key, pattern) for pattern in patterns)


def fill_table(bench: Bench, name: str, rows: int) -> str:
    url = bench.fresh(name, TABLE)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(FILL, (rows,))  # type: ignore[arg-type]
        conn.execute("VACUUM ANALYZE t")
    return url


def table_counts(url: str) -> dict[str, int]:
    """Exact rows of every table in schema public."""
    with psycopg.connect(url, autocommit=True) as conn:
        names = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
        query = "SELECT count(*) FROM {}"
        return {
            name: conn.execute(sql.SQL(query).format(sql.Identifier(name))).fetchone()[0]  # type: ignore[index]
            for (name,) in names
        }


def check_copy(source: str, dest: str, counts: dict[str, int], masked: dict[str, list[str]]) -> list[str]:
    """What is wrong with a copy: a table whose row count differs from the source's, a masked column whose values
    came through unchanged (more than 5 of the first 100 non-null ones)."""
    got = table_counts(dest)
    problems = [f"{table}: {got.get(table)} rows, source {n}" for table, n in counts.items() if got.get(table) != n]
    with psycopg.connect(source) as src, psycopg.connect(dest) as dst:
        for table, columns in masked.items():
            for column in columns:
                column_id, table_id = sql.Identifier(column), sql.Identifier(table)
                before = dict(
                    src.execute(
                        sql.SQL("SELECT id, {} FROM {} WHERE {} IS NOT NULL ORDER BY id LIMIT 100").format(
                            column_id, table_id, column_id
                        )
                    ).fetchall()
                )
                after = dict(
                    dst.execute(
                        sql.SQL("SELECT id, {} FROM {} WHERE id = ANY(%s)").format(column_id, table_id), (list(before),)
                    ).fetchall()
                )
                same = sum(1 for key, value in before.items() if after.get(key) == value)
                if same > 5:
                    problems.append(f"{table}.{column}: {same} of {len(before)} values unchanged")
    return problems


def ratio(numerator: float | None, denominator: float | None, digits: int = 2) -> str:
    if numerator is None or denominator is None:
        return "missing"
    return f"{numerator / denominator:.{digits}f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pg-url", help="an existing server's superuser URL (default: start a throwaway one)")
    parser.add_argument("--rows", type=int, default=2_000_000, help="rows of the single table")
    parser.add_argument("--shop-rows", type=int, default=4_000_000, help="rows of the shop database in all")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", help="comma-separated dataset:name patterns (fnmatch), e.g. 'table:*,tiny:*'")
    parser.add_argument("--big", action="store_true", help="also the table contenders at --big-rows (memory check)")
    parser.add_argument("--big-rows", type=int, default=8_000_000)
    args = parser.parse_args()
    patterns = [p.strip() for p in args.only.split(",")] if args.only else None
    wanted = [key for key in ALL_KEYS if selected(key, patterns, args.big)]
    if not wanted:
        raise SystemExit(f"--only {args.only!r} selects nothing; contenders: {', '.join(ALL_KEYS)}")
    load_start = os.getloadavg()
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in load_start)} ({os.cpu_count()} cores)", flush=True)
    import lookalike

    print(f"lookalike from {Path(lookalike.__file__).parent}; python {sys.version.split()[0]}", flush=True)
    anon_problem = pg_anon_problem() if any(key.endswith(":pg_anon") for key in wanted) else None
    if anon_problem:
        print(f"pg-anon: cannot run: {anon_problem}; vs_pg_anon is missing", flush=True)
    with admin_url(args.pg_url) as admin, tempfile.TemporaryDirectory(prefix="peers-bench-") as tmp:
        bench = Bench(admin, Path(tmp))
        started = time.perf_counter()
        sizes = {"table": args.rows, "big": args.big_rows, "tiny": 1, "shop": args.shop_rows}
        datasets = build_datasets(bench, wanted, sizes, anon_problem is None)
        contenders = [c for d in datasets for c in d.contenders if c.key in wanted]
        print(f"setup {time.perf_counter() - started:.0f}s; contenders: {', '.join(c.key for c in contenders)}")
        run_rounds(bench, contenders, {d.name: d for d in datasets}, args.rounds)
        report(contenders, sizes, args.rounds)
    load_end = os.getloadavg()
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in load_end)}")
    print_result({c.key: c for c in contenders})


@dataclass
class Dataset:
    name: str
    source: str
    counts: dict[str, int]  # rows per table of the source
    contenders: list[Contender]


def build_datasets(bench: Bench, wanted: list[str], sizes: dict[str, int], with_pg_anon: bool) -> list[Dataset]:
    """The source databases the wanted contenders read (and pg-anon's initialized copies of them)."""
    names = {key.split(":")[0] for key in wanted}
    built: list[Dataset] = []

    def anon_copy(dataset: str) -> str | None:
        if f"{dataset}:pg_anon" not in wanted or not with_pg_anon:
            return None
        bench.copy_database(f"bench_{dataset}", f"bench_{dataset}_anon")
        bench.pg_anon_init(f"bench_{dataset}_anon")
        return f"bench_{dataset}_anon"

    for dataset in ("table", "big", "tiny"):
        if dataset in names:
            source = fill_table(bench, f"bench_{dataset}", sizes[dataset])
            contenders = table_contenders(bench, dataset, source, anon_copy(dataset))
            built.append(Dataset(dataset, source, {"t": sizes[dataset]}, contenders))
    if "tiny:lookalike_passthrough" in wanted:
        bench.lookalike(
            next(d.source for d in built if d.name == "tiny"), {}, TABLE
        )  # warm-up: makes LOOKALIKE_HOME's system database, untimed
    if "shop" in names:
        shop = bench.fresh("bench_shop")
        counts = shop_schema.build(shop, sizes["shop"])
        print(f"shop: {sum(counts.values()):,} rows: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
        built.append(Dataset("shop", shop, counts, shop_contenders(bench, shop, anon_copy("shop"))))
    return built


def run_rounds(bench: Bench, contenders: list[Contender], datasets: dict[str, Dataset], rounds: int) -> None:
    """Every contender once per round, in order; round 1 also checks each copy (untimed). A contender that fails
    or copies wrong is dropped from the later rounds (and reads `missing`)."""
    failures: dict[str, str] = {}
    for round_no in range(1, rounds + 1):
        line = []
        for contender in contenders:
            if contender.key in failures:
                continue
            bench.last_destination = None
            try:
                measured = contender.run()
            except (RuntimeError, subprocess.CalledProcessError) as error:
                failures[contender.key] = str(error)
                print(f"{contender.key} FAILED: {error}", flush=True)
                continue
            dataset = datasets[contender.dataset]
            if round_no == 1 and bench.last_destination is not None:
                problems = check_copy(dataset.source, bench.last_destination, dataset.counts, contender.masked)
                if problems:
                    failures[contender.key] = "; ".join(problems)
                    print(f"{contender.key} copied wrong: {failures[contender.key]}", flush=True)
                    continue
            contender.times.append(measured.seconds)
            if measured.rss_mb is not None:
                contender.rss.append(max(measured.rss_mb, measured.tree_mb or 0))
                contender.own_rss.append(measured.rss_mb)
                contender.tree_rss.append(measured.tree_mb or 0)
            line.append(f"{contender.key} {measured.seconds:.2f}s")
        print(f"round {round_no} (load {os.getloadavg()[0]:.2f}): " + ", ".join(line), flush=True)


def report(contenders: list[Contender], sizes: dict[str, int], rounds: int) -> None:
    print(f"\n{'contender':<30} {'median':>9} {'min':>8} {'max':>8} {'rows/s':>12} {'peak RSS (own / tree)':>22}")
    for c in contenders:
        if c.median is None:
            print(f"{c.key:<30} {'missing':>9}")
            continue
        rss = f"{max(c.own_rss):.0f} / {max(c.tree_rss):.0f} MB" if c.own_rss else ""
        rate = sizes[c.dataset] / c.median
        print(f"{c.key:<30} {c.median:>8.2f}s {min(c.times):>7.2f}s {max(c.times):>7.2f}s {rate:>12,.0f} {rss:>22}")
    print(
        f"(medians of {rounds} round(s); peak RSS: the largest process's own maximum (wait4) / the largest sum over "
        f"its process tree seen every {POLL_SECONDS}s; peak_rss_mb takes the larger)"
    )


def print_result(by_key: dict[str, Contender]) -> None:
    def median(key: str) -> float | None:
        return by_key[key].median if key in by_key else None

    for dataset in ("table", "shop", "big"):
        pipe_s = median(f"{dataset}:psql_pipe")
        for name in ("lookalike_passthrough", "lookalike_transformed", "pg_anon"):
            if pipe_s is not None and f"{dataset}:{name}" in by_key:
                print(f"{dataset}: psql_pipe / {name} = {ratio(pipe_s, median(f'{dataset}:{name}'))}")
    dumps = [s for s in (median("shop:pg_dump_psql"), median("shop:pg_dump_j2")) if s is not None]
    fastest_dump = min(dumps) if dumps else None
    if fastest_dump is not None:
        which = "pg_dump_psql" if fastest_dump == median("shop:pg_dump_psql") else "pg_dump_j2"
        print(f"shop: the faster pg_dump route is {which} ({fastest_dump:.2f}s)")
        print(f"shop: {which} / lookalike_passthrough = {ratio(fastest_dump, median('shop:lookalike_passthrough'))}")
    anon_ratios: dict[str, float] = {}
    for dataset in ("table", "shop", "big"):
        anon, ours = median(f"{dataset}:pg_anon"), median(f"{dataset}:lookalike_transformed")
        if anon is not None and ours is not None:
            print(f"{dataset}: pg_anon / lookalike_transformed = {anon / ours:.2f}")
            if dataset != "big":
                anon_ratios[dataset] = anon / ours
    lookalike_rss: dict[str, float | None] = {}
    for dataset in ("table", "shop", "tiny", "big"):
        peaks = [c.peak_mb for c in by_key.values() if c.dataset == dataset and c.peak_mb and "lookalike" in c.name]
        lookalike_rss[dataset] = max(peaks) if peaks else None
    print("peak RSS of lookalike: " + ", ".join(f"{d} {mb:.0f} MB" for d, mb in lookalike_rss.items() if mb))
    if lookalike_rss["big"] and lookalike_rss["table"]:
        change = lookalike_rss["big"] / lookalike_rss["table"] - 1
        print(
            f"flat memory: table {lookalike_rss['table']:.0f} MB vs big {lookalike_rss['big']:.0f} MB ({change:+.0%})"
        )
    at_size = [mb for d, mb in lookalike_rss.items() if mb and d != "big"]
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"(largest child process of the whole bench, any tool: {children:.0f} MB)")
    if anon_ratios:
        print(f"vs_pg_anon below is the lower one: {min(anon_ratios, key=anon_ratios.__getitem__)}'s")
    tiny = median("tiny:lookalike_passthrough")
    print(
        f"RESULT passthrough_ratio={ratio(median('table:psql_pipe'), median('table:lookalike_passthrough'))} "
        f"transformed_ratio={ratio(median('table:psql_pipe'), median('table:lookalike_transformed'))} "
        f"db_vs_pg_dump={ratio(fastest_dump, median('shop:lookalike_transformed'))} "
        f"vs_pg_anon={f'{min(anon_ratios.values()):.1f}' if anon_ratios else 'missing'} "
        f"tiny_job_s={f'{tiny:.2f}' if tiny is not None else 'missing'} "
        f"peak_rss_mb={f'{max(at_size):.0f}' if at_size else 'missing'}"
    )


if __name__ == "__main__":
    main()
