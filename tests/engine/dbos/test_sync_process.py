"""A one-off `lookalike sync` process on DBOS: it runs its own run and polls nothing it does not wait for.

Each test runs the sync in a fresh process, where DBOS is launched the way `lookalike sync` launches it (a test
process may have launched it as a worker before).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.engine.helpers import independent_tables, job_file

from lookalike.cli.main import load_job
from lookalike.engine.dbos import runs, runtime
from lookalike.engine.interface import engine_for
from lookalike.engine.run import steps as work

# Runs a sync in this process, then reports each system-database statement's thread and the threads alive.
_PROBE = """
import json, os, sys, threading, time
from collections import Counter
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

sent = Counter()
event.listen(Engine, "before_cursor_execute", lambda *_: sent.update([threading.current_thread().name]))

from lookalike.cli.main import load_job
from lookalike.engine.sync import run_sync

run_sync(load_job(Path(sys.argv[1])), os.environ, system_db=sys.argv[2])
time.sleep(float(sys.argv[3]))
print(json.dumps({"statements": sent, "threads": [thread.name for thread in threading.enumerate()]}))
"""


def _sync_in_a_process(job: Path, system_db: str, linger: float = 0.0) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(job), system_db, str(linger)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_a_sync_process_does_not_poll_the_run_queue(new_pg_db: Callable[[str], str], tmp_path: Path) -> None:
    source, destination, system_db = new_pg_db("src"), new_pg_db("dest"), new_pg_db("system")
    independent_tables(source, tables=1, rows=10)
    report = _sync_in_a_process(job_file(tmp_path / "job.yaml", source, destination), system_db)
    statements = report["statements"]
    assert isinstance(statements, dict)
    assert statements.get("queue-worker-lookalike-tables", 0) > 0, f"no statement seen at all: {statements}"
    assert statements.get("queue-worker-lookalike-runs", 0) == 0, statements
    assert "queue-worker-lookalike-runs" not in report["threads"]


def test_a_run_queued_for_the_workers_is_left_to_them_by_a_sync(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    """A sync that took a queued run would cut it off when its own run ends (and nobody would recover it)."""
    source, destination, system_db = new_pg_db("src"), new_pg_db("dest"), new_pg_db("system")
    independent_tables(source, tables=1, rows=10)
    queued_job = job_file(tmp_path / "queued.yaml", source, new_pg_db("queued_dest"))
    engine = engine_for(system_db)
    request = work.build_request(load_job(queued_job), os.environ, None)
    queued = engine.enqueue_run(engine.new_run_id("queued"), request)
    # Polled every 0.2 s before, it was taken well within the second the sync process lingers after its run.
    _sync_in_a_process(job_file(tmp_path / "job.yaml", source, destination), system_db, linger=1.0)
    info = runs.get_run(runtime.api(system_db), queued)
    assert info is not None and info.status == "pending" and info.executor is None, info
