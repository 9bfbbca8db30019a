"""How a run's steps stop: at a deadline, when the run is cancelled, and when this worker shuts down.

Every step of a run runs inside `guarded()`: its connections open in a session named after the run
(`connectors.session`), with the table timeout as the server's statement timeout and, for the steps that copy or
compute, as the step's deadline. What ends a step decides what DBOS records:

- past its deadline: a RunError naming the step and the timeout (not retried; the run fails with it);
- its run was cancelled: DBOSWorkflowCancelledError, which DBOS does not record, so a resumed run redoes it;
- this worker is stopping: the same, so the chunk cut short is redone by the worker that takes the run over.

`drain()` stops a worker in bounded time: no new work, in-flight steps get a short grace to commit their chunk,
then their statements are cancelled (the chunk's transaction aborts: its checkpoint never says it happened), and
the workflows this process owned go back to their queues for any other worker.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator

from lookalike.connectors import session as run_sessions
from lookalike.core.errors import RunError

# A workflow id of a resumed failed run: `<run id>~<attempt>` (DBOS forks it under a new id); the part before
# the separator is the run's key: its checkpoints, subset copies and session name stay those of the first attempt.
ATTEMPT_SEPARATOR = "~"

_DRAINING = threading.Event()  # no step may start
_STOPPING = threading.Event()  # steps in flight are being interrupted
_active = 0
_active_lock = threading.Lock()
_log = logging.getLogger("lookalike.worker")


def run_key(workflow_id: str) -> str:
    """The run a workflow id belongs to (a resumed attempt of a failed run keeps the first attempt's key)."""
    return workflow_id.split(ATTEMPT_SEPARATOR, 1)[0]


def attempt_id(run_id: str, attempt: int) -> str:
    return f"{run_key(run_id)}{ATTEMPT_SEPARATOR}{attempt}"


def attempt_of(workflow_id: str) -> int:
    _, _, attempt = workflow_id.partition(ATTEMPT_SEPARATOR)
    return int(attempt) if attempt.isdigit() else 1


def draining() -> bool:
    return _DRAINING.is_set()


def _not_recorded(why: str) -> BaseException:
    from dbos._error import DBOSWorkflowCancelledError

    return DBOSWorkflowCancelledError(why)


def _workflow_cancelled() -> bool:
    from dbos import DBOS

    workflow_id = DBOS.workflow_id
    if workflow_id is None:
        return False
    with contextlib.suppress(Exception):
        status = DBOS.get_workflow_status(workflow_id)
        return status is not None and status.status == "CANCELLED"
    return False


def _time_left(timeout: float) -> float:
    """What is left of the current workflow's DBOS deadline (a table's), else the whole `timeout`."""
    from dbos._context import get_local_dbos_context

    context = get_local_dbos_context()
    deadline_ms = getattr(context, "workflow_deadline_epoch_ms", None) if context is not None else None
    if deadline_ms is None:
        return timeout
    return min(timeout, max(float(deadline_ms) / 1000 - time.time(), 0.001))


@contextlib.contextmanager
def guarded(run_id: str, timeout: float | None, what: str, *, deadline: bool, in_table: bool = False) -> Iterator[None]:
    """Run one step of run `run_id` in the run's session; `what` names the step in a timeout's message.

    `deadline`: the step as a whole is stopped at the table timeout (else each statement is); `in_table`: the
    step is one chunk of a table, which gets what is left of its table's time.
    """
    global _active
    if _DRAINING.is_set():
        raise _not_recorded(f"this worker is stopping: {what} is left to the worker that takes the run over")
    limit = _time_left(timeout) if timeout is not None and in_table else timeout
    with _active_lock:
        _active += 1
    try:
        name = run_sessions.session_name(run_key(run_id))
        with run_sessions.run_session(name, limit, deadline=deadline) as session:
            try:
                yield
            except BaseException as error:
                if _STOPPING.is_set() or session.interrupted == "stop":
                    raise _not_recorded(f"this worker stopped during {what}") from None
                if type(error).__name__ != "DBOSWorkflowCancelledError" and _workflow_cancelled():
                    raise _not_recorded(f"the run was cancelled during {what}") from None
                if timeout is not None and session.timed_out(error):
                    raise RunError(
                        f"{what} took longer than the table timeout ({timeout:g} s) and was stopped",
                        where=what,
                        fix="raise sync_options.table_timeout_seconds, or make the step cheaper (a narrower subset "
                        "filter, an index on the filtered or foreign-key columns, smaller chunk_rows)",
                    ) from None
                raise
    finally:
        with _active_lock:
            _active -= 1


def active_steps() -> int:
    with _active_lock:
        return _active


def drain(grace_seconds: float = 3.0, bound_seconds: float = 8.0, *, hand_over: bool = True) -> None:
    """Stop this executor within `bound_seconds`: take no new work, let in-flight steps commit for up to
    `grace_seconds`, interrupt the rest, and give this executor's unfinished workflows back to their queues."""
    from dbos import DBOS
    from dbos._dbos import _get_dbos_instance

    started = time.monotonic()
    dbos = _get_dbos_instance()
    for event in dbos.background_thread_stop_events:  # the queue runners and the scheduler: nothing new starts
        event.set()
    _DRAINING.set()
    while active_steps() and time.monotonic() - started < grace_seconds:
        time.sleep(0.05)
    _STOPPING.set()
    while active_steps() and time.monotonic() - started < bound_seconds:
        run_sessions.interrupt_all("stop")  # again and again: a statement may start after the first cancel
        time.sleep(0.2)
    if active_steps():
        _log.warning("%d step(s) did not stop in %.0f s; the next worker redoes them", active_steps(), bound_seconds)
    if not hand_over:
        return
    from dbos._utils import GlobalParams

    # The workflows this process ran are PENDING under its executor id: back to their queues, any worker takes them.
    DBOS._recover_pending_workflows([GlobalParams.executor_id])
