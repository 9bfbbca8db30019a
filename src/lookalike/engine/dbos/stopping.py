"""How a run's steps stop on DBOS: the shared guard (engine/run/guard.py) with what DBOS records.

- a step cut short because its run was cancelled or this worker stops raises DBOSWorkflowCancelledError, which
  DBOS does not record, so a resumed run (or the worker that takes the run over) redoes it;
- a table's deadline is its child workflow's DBOS deadline.

`drain()` stops a worker in bounded time: no new work (DBOS's queue runners and scheduler stop), in-flight steps
get a short grace to commit their chunk, then their statements are cancelled, and the workflows this process owned
go back to their queues for any other worker.
"""

from __future__ import annotations

import contextlib
import time

from lookalike.engine.run.guard import active_steps, begin_drain, draining  # noqa: F401  (re-exported)
from lookalike.engine.run_ids import ATTEMPT_SEPARATOR, attempt_id, attempt_of, run_key  # noqa: F401


def not_recorded(why: str) -> BaseException:
    from dbos._error import DBOSWorkflowCancelledError

    return DBOSWorkflowCancelledError(why)


def workflow_cancelled() -> bool:
    from dbos import DBOS

    workflow_id = DBOS.workflow_id
    if workflow_id is None:
        return False
    with contextlib.suppress(Exception):
        status = DBOS.get_workflow_status(workflow_id)
        return status is not None and status.status == "CANCELLED"
    return False


def time_left(timeout: float) -> float:
    """What is left of the current workflow's DBOS deadline (a table's), else the whole `timeout`."""
    from dbos._context import get_local_dbos_context

    context = get_local_dbos_context()
    deadline_ms = getattr(context, "workflow_deadline_epoch_ms", None) if context is not None else None
    if deadline_ms is None:
        return timeout
    return min(timeout, max(float(deadline_ms) / 1000 - time.time(), 0.001))


def drain(grace_seconds: float = 3.0, bound_seconds: float = 8.0, *, hand_over: bool = True) -> None:
    """Stop this executor within `bound_seconds`: take no new work, let in-flight steps commit for up to
    `grace_seconds`, interrupt the rest, and give this executor's unfinished workflows back to their queues."""
    from dbos import DBOS
    from dbos._dbos import _get_dbos_instance

    dbos = _get_dbos_instance()
    for event in dbos.background_thread_stop_events:  # the queue runners and the scheduler: nothing new starts
        event.set()
    begin_drain(grace_seconds, bound_seconds)
    if not hand_over:
        return
    from dbos._utils import GlobalParams

    # The workflows this process ran are PENDING under its executor id: back to their queues, any worker takes them.
    DBOS._recover_pending_workflows([GlobalParams.executor_id])
