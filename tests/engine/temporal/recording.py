"""Record the histories the replay test replays: a run, a paused and resumed run, a cancelled run and its new
execution that resumed it, and a scheduled run, each with its tables' histories, made by the current workflow code.

Regenerate (after a deliberate, patched workflow change, keep the old files too):
    PYTHONPATH=src:. python -m tests.engine.temporal.recording tests/engine/temporal/histories
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

from tests.engine.helpers import make_job

from lookalike.core.config import JobConfig
from lookalike.engine.run.steps import build_request
from lookalike.engine.temporal import bridge
from lookalike.engine.temporal.engine import TemporalEngine
from lookalike.engine.temporal.records import TABLE_WORKFLOW


def _source(directory: Path) -> str:
    path = directory / "source.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "CREATE TABLE customer (id integer PRIMARY KEY, email text);"
            "CREATE TABLE purchase (id integer PRIMARY KEY, customer_id integer REFERENCES customer (id), total int);"
        )
        conn.executemany("INSERT INTO customer VALUES (?, ?)", [(i, f"u{i}@example.com") for i in range(1, 301)])
        conn.executemany("INSERT INTO purchase VALUES (?, ?, ?)", [(i, 1 + i % 300, i) for i in range(1, 901)])
    return f"sqlite:///{path}"


def _job(directory: Path, name: str) -> JobConfig:
    destination = directory / f"{name}-{uuid.uuid4().hex[:6]}.db"
    source = f"sqlite:///{directory / 'source.db'}" if (directory / "source.db").exists() else _source(directory)
    return make_job(
        source,
        [{"url": f"sqlite:///{destination}", "init_schema": True, "truncate_before_insert": True}],
        {"customer": {"columns": {"email": "transform_email"}}},
        name=name,
        sync_options={"chunk_rows": 200},
    )


def _wait(engine: TemporalEngine, run_id: str, states: tuple[str, ...], timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        info = engine.get_run(run_id)
        if info is not None and info.status in states:
            return info.status
        time.sleep(0.1)
    raise TimeoutError(f"run {run_id} did not reach {states}")


def _save(engine: TemporalEngine, run_id: str, label: str, directory: Path) -> list[Path]:
    """The run's history and its tables' (their latest executions), one JSON file each."""
    client = engine.client

    async def fetch() -> list[tuple[str, str]]:
        ids = [run_id]
        query = f"WorkflowType = '{TABLE_WORKFLOW}' AND WorkflowId STARTS_WITH '{run_id}/'"
        ids += sorted({execution.id async for execution in client.list_workflows(query)})
        found = []
        for workflow_id in ids:
            history = await client.get_workflow_handle(workflow_id).fetch_history()
            found.append((workflow_id, history.to_json()))
        return found

    saved = []
    for index, (workflow_id, history) in enumerate(bridge.wait(fetch())):
        kind = "run" if index == 0 else f"table-{index}"
        path = directory / f"{label}-{kind}.json"
        path.write_text(json.dumps({"workflow_id": workflow_id, "history": json.loads(history)}, indent=1) + "\n")
        saved.append(path)
    return saved


def record(engine: TemporalEngine, directory: Path, *, scheduled: bool = True) -> list[Path]:
    """Run the recorded cases on `engine` (its worker in this process) and save their histories in `directory`."""
    work = Path(tempfile.mkdtemp(prefix="lookalike-histories-"))
    engine.start_worker(worker_id="recorder")
    saved: list[Path] = []

    plain = build_request(_job(work, "plain"), os.environ)
    run_id = engine.new_run_id("plain")
    engine.run_here(run_id, plain).result()
    saved += _save(engine, run_id, "run", directory)

    paused = build_request(_job(work, "paused"), os.environ)
    run_id = engine.enqueue_run(engine.new_run_id("paused"), paused)
    engine.pause(run_id)
    _wait(engine, run_id, ("paused", "succeeded"))
    engine.unpause(run_id)
    _wait(engine, run_id, ("succeeded",))
    saved += _save(engine, run_id, "paused-resumed", directory)

    cancelled = build_request(_job(work, "cancelled"), os.environ)
    run_id = engine.enqueue_run(engine.new_run_id("cancelled"), cancelled)
    engine.cancel(run_id)
    _wait(engine, run_id, ("cancelled", "succeeded"))
    saved += _save(engine, run_id, "cancelled", directory)
    engine.resume(run_id).result()
    saved += _save(engine, run_id, "cancelled-resumed", directory)

    if scheduled:
        job = _job(work, "every2s")
        engine.add_schedule("every2s", "*/2 * * * * *", build_request(job, os.environ), allow_overlap=False)
        try:
            deadline = time.monotonic() + 60
            while not (fired := engine.run_ids_with_prefix("every2s-")) and time.monotonic() < deadline:
                time.sleep(0.2)
        finally:
            engine.remove_schedule("every2s")
        _wait(engine, fired[0], ("succeeded",))
        saved += _save(engine, fired[0], "scheduled", directory)
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    from lookalike.engine.temporal.connection import TemporalSettings

    engine = TemporalEngine(TemporalSettings.from_environ())
    try:
        for path in record(engine, target):
            print(path)
    finally:
        engine.shutdown()
