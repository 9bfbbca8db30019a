"""The durable engine behind one small interface of ours: start a run, watch it, cancel/pause/resume it, schedule
jobs, run a worker. DBOS Transact implements it today; another engine (Temporal, where its server can run) would
implement the same functions.

Two ways in: `launch()` makes this process an executor (it runs workflows: `lookalike sync`, `lookalike worker`);
the read and control functions go through a DBOS client when this process is not one, so `runs list` never starts
executing queued work.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from typing import Any, NoReturn

from lookalike import __version__
from lookalike.engine.contract import RunRequest
from lookalike.installation.settings import system_database_url

_APP = "lookalike"
_state: dict[object, Any] = {}
_lock = threading.Lock()


def _fast_sqlite() -> None:
    """WAL and synchronous=NORMAL for the embedded system database: a commit no longer fsyncs a rollback journal.

    Still durable when a process dies (the crash a run must survive); the last commits may be lost only if the
    machine itself loses power. Applies to SQLite connections made through SQLAlchemy, which only DBOS uses here.
    """
    import sqlite3

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def tune(dbapi_conn: Any, _record: Any) -> None:
        if isinstance(dbapi_conn, sqlite3.Connection):
            dbapi_conn.execute("PRAGMA journal_mode=WAL")
            dbapi_conn.execute("PRAGMA synchronous=NORMAL")

    if not event.contains(Engine, "connect", tune):
        event.listen(Engine, "connect", tune)


def launch(
    system_db: str | None = None,
    *,
    worker_id: str | None = None,
    concurrency: int = 8,
    runs: int = 4,
    take_runs: bool = True,
) -> str:
    """Make this process a DBOS executor on the system database (once per process); return the database URL.

    `worker_id` names the executor: a worker restarted with the same id recovers the runs it was executing.
    Without one, the id is unique (a one-off `lookalike sync` must not adopt another process's runs).
    Without `take_runs` (a one-off `lookalike sync`) the process does not listen to the run queue: it neither polls
    it while its own run goes on nor takes a run queued for the workers, which it would cut off when it exits.
    A later launch that takes runs (`runs resume` here, a worker) makes it listen from then on.
    """
    url = system_database_url(system_db)
    with _lock:
        if "launched" in _state:
            if _state["launched"] != url:
                raise RuntimeError(f"this process already runs the engine on {_state['launched']}")
            if take_runs:
                _listen_to_runs()
            return url
        from dbos import DBOS, DBOSConfig

        from lookalike.engine.dbos import schedules  # registers the workflows
        from lookalike.engine.dbos import workflows as durable
        from lookalike.engine.dbos.serialization import SERIALIZER, refuse_pickles

        refuse_pickles()

        config: DBOSConfig = {
            "name": _APP,
            "system_database_url": url,
            "executor_id": worker_id or f"sync-{uuid.uuid4().hex[:8]}",
            "application_version": __version__,
            "log_level": "WARNING",
            "notification_listener_polling_interval_sec": 0.1,
            "scheduler_polling_interval_sec": 1.0,
            "serializer": SERIALIZER,
        }
        if url.startswith("sqlite"):
            _fast_sqlite()
        DBOS(config=config)
        if not take_runs:
            DBOS.listen_queues([durable.TABLE_QUEUE])  # DBOS's internal queue is always listened to
        DBOS.launch()
        for handler in logging.getLogger("dbos").handlers:
            if not any(isinstance(existing, _OneLineRetries) for existing in handler.filters):
                handler.addFilter(_OneLineRetries())
        DBOS.register_queue(durable.RUN_QUEUE, worker_concurrency=runs, polling_interval_sec=0.2)
        DBOS.register_queue(durable.TABLE_QUEUE, worker_concurrency=concurrency, polling_interval_sec=0.1)
        del schedules
        _state["launched"] = url
        return url


def _listen_to_runs() -> None:
    """Listen to the run queue too, in a process launched without (its queue thread looks again within ~1 s)."""
    from dbos._dbos import _get_dbos_instance

    from lookalike.engine.dbos.workflows import RUN_QUEUE

    listening = _get_dbos_instance()._listening_queues
    if listening is not None and RUN_QUEUE not in listening:
        listening.append(RUN_QUEUE)


def shutdown(*, hand_over: bool = True) -> None:
    """Stop this process's executor in bounded time (≈ 8 s): no new work, in-flight chunks get a moment to commit,
    the rest are cut off (their transactions abort, so each table goes on after its last committed chunk), and
    with `hand_over` the workflows it ran go back to their queues for any other worker.

    Workflow threads cut off stay parked: end the process next (`exit_now`), as a worker does.
    """
    from lookalike.engine.dbos import stopping

    with _lock:
        if _state.pop("launched", None) is None:
            return
    stopping.drain(hand_over=hand_over)


def exit_now(code: int) -> NoReturn:
    """End the process now: workflow threads parked by `shutdown` would otherwise keep it alive."""
    import logging
    import os
    import sys

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


class _OneLineRetries(logging.Filter):
    """DBOS logs each retried step with its traceback; keep the line, drop the traceback (unless debugging)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not os.environ.get("LOOKALIKE_DEBUG"):
            if record.exc_info and record.exc_info[1] is not None:
                record.msg = f"{record.getMessage()}: {_one_line(record.exc_info[1])}"
                record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


def _one_line(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text.splitlines()[0] if text else ''}"


def api(system_db: str | None = None) -> Any:
    """The DBOS class when this process is an executor, else a client of the system database."""
    url = system_database_url(system_db)
    with _lock:
        if _state.get("launched") == url:
            from dbos import DBOS

            return DBOS
        client = _state.get(("client", url))
        if client is None:
            from dbos import DBOS, DBOSClient

            from lookalike.engine.dbos.serialization import SERIALIZER, refuse_pickles

            refuse_pickles()
            DBOS.migrate(url)  # a client may come before any worker created the system tables
            client = DBOSClient(system_database_url=url, application_name=_APP, serializer=SERIALIZER)
            _state[("client", url)] = client
        return client


def start(run_id: str, request: RunRequest) -> Any:
    """Run a workflow in this (launched) process; the handle's get_result() waits for it."""
    from dbos import DBOS, SetWorkflowID

    from lookalike.engine.dbos.workflows import run_workflow

    with SetWorkflowID(run_id):
        return DBOS.start_workflow(run_workflow, request)


def enqueue(run_id: str, request: RunRequest, system_db: str | None = None) -> str:
    """Queue a run for whichever worker takes it first."""
    from lookalike.engine.dbos.workflows import RUN_QUEUE, RUN_WORKFLOW

    client = api(system_db)
    if hasattr(client, "enqueue_workflow"):  # an executor: enqueue through its own queue
        from dbos import SetWorkflowID

        from lookalike.engine.dbos.workflows import run_workflow

        queue = client.retrieve_queue(RUN_QUEUE)
        with SetWorkflowID(run_id):
            queue.enqueue(run_workflow, request)
        return run_id
    client.enqueue({"queue_name": RUN_QUEUE, "workflow_name": RUN_WORKFLOW, "workflow_id": run_id}, request)
    return run_id


def serve(stop: threading.Event | None = None) -> None:
    """Block while this process executes queued runs, tables and schedules (a worker)."""
    while stop is None or not stop.is_set():
        time.sleep(0.5)
