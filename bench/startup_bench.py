"""The fixed cost of `lookalike sync`: a 1-row, 1-table job (PostgreSQL → PostgreSQL) end to end, and where it goes.

Each run is a separate `python -m lookalike.cli.main sync job.yaml` process on a warm system database (the first,
untimed run migrates it); the wall is the median of --runs. Then --runs traced processes (the same command with
hooks: tracing costs a few ms, so their phases add up to a little more than the plain wall) give the median of
each phase:

  python start      interpreter start-up, until the traced process runs its first line
  import cli        `import lookalike.cli.main`
  config            reading and validating the job file
  plan              `build_request`: connect, reflect, validate the plan (its imports included)
  import dbos       the first `import dbos` (inside the engine's launch)
  engine launch     the rest of the DBOS launch (system database, threads, queues)
  workflow: …       each recorded step of the run, and the gaps between them (queue pick-up, waits)
  summary and print printing the summary
  other (uncovered) the rest of the main thread's time: mostly the engine's imports before the plan
  interpreter exit  from the end of `main` until the process is gone

and, per kind of thread, how many statements the run sent to the system database (a poller shows up there) and
the CPU it used. The CPU seconds of each plain run are reported too: steadier than the wall on a loaded machine.
`--rows N` copies N rows instead of 1 (the pollers on a longer hot path).
`--tree DIR` (repeatable) runs the same rounds against other source trees (e.g. an export of an older commit's
src/), interleaved A B A B…, for before/after ratios. Uses its own throwaway PostgreSQL unless --pg-url is given.
Last line: RESULT tiny_job_s=… (the first tree's median wall).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

TABLE = "CREATE TABLE t (id bigint PRIMARY KEY, email text NOT NULL, full_name text NOT NULL)"
FILL = "INSERT INTO t SELECT g, 'user' || g || '@example.com', 'Name ' || g FROM generate_series(1, %s) g"

# (module, function) → phase name; wrapped when the module is first imported, whichever thread imports it.
_TRACED = {
    ("lookalike.cli.main", "load_job"): "config",
    ("lookalike.engine.run.steps", "build_request"): "plan",
    ("lookalike.engine.dbos.runtime", "launch"): "engine launch",
    ("lookalike.engine.dbos.runtime", "start"): "workflow start",
    ("lookalike.engine.dbos.steps", "prepare_step"): "step prepare",
    ("lookalike.engine.dbos.steps", "open_snapshot_step"): "step snapshot",
    ("lookalike.engine.dbos.steps", "copy_chunk_step"): "step chunk",
    ("lookalike.engine.dbos.steps", "finished_children"): "step collect",
    ("lookalike.engine.dbos.steps", "finish_step"): "step finish",
    ("lookalike.engine.dbos.engine", "_DbosRun.result"): "wait for result",
    ("lookalike.cli.progress", "summary_table"): "summary",
}


def _trace_child(trace_path: str, argv: list[str]) -> None:
    """Run the CLI in this process with timing hooks; write what they saw to `trace_path` (JSON)."""
    import builtins
    import functools
    import threading

    started_at = float(os.environ.pop("STARTUP_BENCH_T0"))
    marks: list[tuple[str, float, float, str]] = []
    queries: list[tuple[float, str]] = []
    pending = dict(_TRACED)
    real_import = builtins.__import__

    def timed(label: str, function: Any) -> Any:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            begin = time.time()
            try:
                return function(*args, **kwargs)
            finally:
                marks.append((label, begin, time.time(), threading.current_thread().name))

        return wrapper

    def count_statements() -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        def seen(*_: Any) -> None:
            queries.append((time.time(), threading.current_thread().name))

        event.listen(Engine, "before_cursor_execute", seen)

    def hooked_import(name: str, *args: Any, **kwargs: Any) -> Any:
        first_dbos = name == "dbos" and "dbos" not in sys.modules
        begin = time.time()
        module = real_import(name, *args, **kwargs)
        if first_dbos:
            marks.append(("import dbos", begin, time.time(), threading.current_thread().name))
            count_statements()
        for module_name, attribute in [key for key in pending if key[0] in sys.modules]:
            owner: Any = sys.modules[module_name]
            *outer, last = attribute.split(".")
            for part in outer:
                owner = getattr(owner, part, None)
            if owner is not None and hasattr(owner, last):  # else: the module is still being executed
                setattr(owner, last, timed(pending.pop((module_name, attribute)), getattr(owner, last)))
        return module

    builtins.__import__ = hooked_import
    began = time.time()
    import lookalike.cli.main as cli

    marks.append(("import cli", began, time.time(), "MainThread"))
    sys.argv = ["lookalike", *argv]
    code = 0
    try:
        cli.main()
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    finally:
        ended = time.time()
        document = {
            "t0": started_at,
            "main_end": ended,
            "marks": marks,
            "queries": queries,
            "cpu": _thread_cpu(),
            "code": code,
        }
        Path(trace_path).write_text(json.dumps(document), encoding="utf-8")
    sys.exit(code)


def _thread_cpu() -> dict[str, float]:
    """CPU seconds each live thread of this process used so far (Linux: /proc/self/task/*/stat), by thread name."""
    import threading

    ticks = os.sysconf("SC_CLK_TCK")
    names = {thread.native_id: thread.name for thread in threading.enumerate()}
    used: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        name = names.get(int(task.name), f"native-{task.name}")
        used[name] = used.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / ticks
    return used


def _environment(tree: Path, home: Path, pycache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode: compile once, not every run
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["PYTHONPATH"] = str(tree)
    env["LOOKALIKE_HOME"] = str(home)
    return env


_CPU: list[float] = []  # CPU seconds (user + system) of each process run, in order


def _run(tree: Path, job: Path, home: Path, pycache: Path, trace: Path | None = None) -> float:
    env = _environment(tree, home, pycache)
    if trace is None:
        command = [sys.executable, "-m", "lookalike.cli.main", "sync", str(job)]
    else:
        command = [sys.executable, __file__, "--trace-child", str(trace), "sync", str(job)]
        env["STARTUP_BENCH_T0"] = repr(time.time())
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"lookalike sync failed ({tree}): {process.stderr.read().decode() if process.stderr else ''}")
    if process.stderr:
        process.stderr.close()
    _CPU.append(usage.ru_utime + usage.ru_stime)
    return seconds


def phases(trace: dict[str, Any], wall_end: float) -> dict[str, float]:
    """One traced process's phases in seconds (see the module's docstring), in order."""
    t0 = trace["t0"]
    marks = sorted(trace["marks"], key=lambda mark: mark[1])
    found: dict[str, float] = {}

    def add(label: str, seconds: float) -> None:
        found[label] = found.get(label, 0.0) + max(seconds, 0.0)

    cli_mark = next(mark for mark in marks if mark[0] == "import cli")
    add("python start", cli_mark[1] - t0)
    add("import cli", cli_mark[2] - cli_mark[1])
    by_label = {mark[0]: mark for mark in marks}
    add("config", by_label["config"][2] - by_label["config"][1])
    add("plan", by_label["plan"][2] - by_label["plan"][1])
    launch = by_label["engine launch"]
    dbos = by_label.get("import dbos")
    dbos_seconds = dbos[2] - dbos[1] if dbos else 0.0
    if dbos and dbos[1] < launch[1]:  # imported before the launch (another thread, or at import time)
        add("import dbos (before launch)", dbos_seconds)
        add("engine launch", launch[2] - launch[1])
    else:
        add("import dbos", dbos_seconds)
        add("engine launch", launch[2] - launch[1] - dbos_seconds)
    # The workflow: from its start until the result came back; recorded steps, and the gaps between them.
    run_begin = by_label["workflow start"][1]
    run_end = by_label["wait for result"][2]
    steps = [mark for mark in marks if mark[0].startswith("step ") and run_begin <= mark[1] <= run_end]
    cursor = run_begin
    for label, begin, end, _ in steps:
        add("workflow: between steps", begin - cursor)
        add(f"workflow: {label}", end - begin)
        cursor = max(cursor, end)
    add("workflow: between steps", run_end - cursor)
    add("summary and print", trace["main_end"] - run_end)
    add("other (uncovered)", trace["main_end"] - t0 - sum(found.values()))
    add("interpreter exit", wall_end - trace["main_end"])
    return found


def _traced_run(
    tree: Path, job: Path, home: Path, pycache: Path, workdir: Path
) -> tuple[dict[str, float], Counter[str], Counter[str]]:
    """One traced process: its phases, the system-database statements each kind of thread sent, and the CPU
    milliseconds each kind of thread used."""
    trace_path = workdir / "trace.json"
    _run(tree, job, home, pycache, trace_path)
    wall_end = time.time()
    trace = json.loads(trace_path.read_text(encoding="utf-8"))
    statements = Counter(_thread_kind(name) for _, name in trace["queries"])
    cpu: Counter[str] = Counter()
    for name, seconds in trace["cpu"].items():
        cpu[_thread_kind(name)] += round(seconds * 1000)
    return phases(trace, wall_end), statements, cpu


def _thread_kind(name: str) -> str:
    """A thread's name without its number: `queue-worker-lookalike-tables`, `dbos-executor`, `MainThread`…"""
    return name.rstrip("0123456789_").rstrip("-_") or name


def _setup(admin: str, rows: int) -> tuple[str, str]:
    import psycopg

    from lookalike.testing.postgres import fresh_database

    source, destination = fresh_database(admin, "startup_src"), fresh_database(admin, "startup_dst")
    for url in (source, destination):
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(TABLE)
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute(FILL, (rows,))
    return source, destination


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--trace-child":
        _trace_child(sys.argv[2], sys.argv[3:])
        return
    import yaml

    from lookalike.testing.postgres import admin_url

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pg-url", help="an existing server's admin URL (default: start a throwaway one)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=1, help="rows of the table (more: the pollers on a hot path)")
    parser.add_argument("--tree", action="append", type=Path, help="a src/ to run (default: this checkout's)")
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.tree or [Path(__file__).resolve().parent.parent / "src"]]
    with admin_url(args.pg_url) as admin, tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        source, destination = _setup(admin, args.rows)
        job = workdir / "job.yaml"
        document = {
            "source": {"url": source},
            "destinations": [{"url": destination, "truncate_before_insert": True}],
            "tables": {},
            "seed": 1,
            "unmapped_sensitive": "allow",
        }
        job.write_text(yaml.safe_dump(document), encoding="utf-8")
        pycache = workdir / "pycache"
        homes = {tree: workdir / f"home-{index}" for index, tree in enumerate(trees)}
        cold = {tree: _run(tree, job, homes[tree], pycache) for tree in trees}  # migrates, compiles bytecode
        walls: dict[Path, list[float]] = {tree: [] for tree in trees}
        traced: dict[Path, list[dict[str, float]]] = {tree: [] for tree in trees}
        statements: dict[Path, list[Counter[str]]] = {tree: [] for tree in trees}
        cpu: dict[Path, list[Counter[str]]] = {tree: [] for tree in trees}
        cpus: dict[Path, list[float]] = {tree: [] for tree in trees}
        for _ in range(args.runs):
            for tree in trees:
                walls[tree].append(_run(tree, job, homes[tree], pycache))
                cpus[tree].append(_CPU[-1])
        for _ in range(args.runs):
            for tree in trees:
                found, sent, used = _traced_run(tree, job, homes[tree], pycache, workdir)
                traced[tree].append(found)
                statements[tree].append(sent)
                cpu[tree].append(used)
        print(f"load average {os.getloadavg()[0]:.2f} (2 cores shared)")
        for tree in trees:
            print(
                f"\n== {tree}: median wall {statistics.median(walls[tree]):.3f}s of {args.runs} "
                f"({', '.join(f'{wall:.2f}' for wall in walls[tree])}); CPU {statistics.median(cpus[tree]):.3f}s; "
                f"first run (new system db, bytecode compiled) {cold[tree]:.2f}s"
            )
            labels = list(dict.fromkeys(label for found in traced[tree] for label in found))
            total = 0.0
            for label in labels:
                median = statistics.median(found.get(label, 0.0) for found in traced[tree])
                total += median
                print(f"  {label:<32} {median * 1000:8.0f} ms")
            print(f"  {'(sum of medians)':<32} {total * 1000:8.0f} ms")
            kinds = sorted({kind for counter in statements[tree] + cpu[tree] for kind in counter})
            print(f"  {'by thread (medians per run)':<42} {'statements':>10} {'cpu ms':>8}")
            for kind in kinds:
                sent_median = statistics.median(counter[kind] for counter in statements[tree])
                cpu_median = statistics.median(counter[kind] for counter in cpu[tree])
                print(f"    {kind:<40} {sent_median:10.0f} {cpu_median:8.0f}")
        if len(trees) > 1:
            base = statistics.median(walls[trees[0]])
            for tree in trees[1:]:
                cpu_ratio = statistics.median(cpus[trees[0]]) / statistics.median(cpus[tree])
                print(
                    f"ratio {trees[0].parent.name}/{tree.parent.name}: wall {base / statistics.median(walls[tree]):.2f}"
                    f", CPU {cpu_ratio:.2f}"
                )
        print(f"RESULT tiny_job_s={statistics.median(walls[trees[0]]):.2f}")


if __name__ == "__main__":
    main()
