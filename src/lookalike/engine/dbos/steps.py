"""The steps of a run on DBOS: the shared step bodies (engine/run/steps.py) with DBOS as their backend — its
executor id names the worker, its step status counts the attempts, and a run's plan is read back from the run's
`prepared` event. Each returns a record of the run contract that DBOS records.
"""

from __future__ import annotations

import os
import socket
import time

from lookalike.core.urls import redact_text
from lookalike.engine.contract import ChunkResult, PreparedRun, RunRequest, SubsetCopy, SubsetOutcome, TableOutcome
from lookalike.engine.dbos import stopping
from lookalike.engine.run import steps as shared
from lookalike.engine.run.steps import (
    _PLANNED,
    SourceChangedError,
    build_request,
    end_run_sessions,
    forget_checkpoints,
    release_step,
)

__all__ = [
    "PREPARED_EVENT",
    "_PLANNED",
    "SourceChangedError",
    "build_request",
    "end_run_sessions",
    "forget_checkpoints",
    "release_step",
]

PREPARED_EVENT = "prepared"  # the run's recorded plan, read by every step that runs in another process


class _Dbos:
    """The StepBackend of a step DBOS runs."""

    def worker_id(self) -> str:
        return worker_id()

    def retries(self) -> int:
        """Failed attempts before this one (DBOS counts a step's attempts from 0)."""
        from dbos import DBOS

        status = DBOS.step_status
        return int(status.current_attempt or 0) if status is not None else 0

    def recorded_plan(self, workflow_id: str) -> PreparedRun | None:
        from dbos import DBOS

        record = DBOS.get_event(workflow_id, PREPARED_EVENT, timeout_seconds=0)
        return record if isinstance(record, PreparedRun) else None

    def not_recorded(self, why: str) -> BaseException:
        return stopping.not_recorded(why)

    def is_not_recorded(self, error: BaseException) -> bool:
        return type(error).__name__ == "DBOSWorkflowCancelledError"

    def cancelled(self) -> bool:
        return stopping.workflow_cancelled()

    def time_left(self, timeout: float) -> float:
        return stopping.time_left(timeout)


BACKEND = _Dbos()


def worker_id() -> str:
    from dbos import DBOS

    return f"{DBOS.executor_id}@{socket.gethostname()}:{os.getpid()}"


def prepare_step(workflow_id: str, request: RunRequest) -> PreparedRun:
    return shared.prepare_step(BACKEND, workflow_id, request)


def subset_step(workflow_id: str, snapshot: str | None) -> SubsetOutcome:
    return shared.subset_step(BACKEND, workflow_id, snapshot)


def drop_subset_step(workflow_id: str) -> None:
    shared.drop_subset_step(BACKEND, workflow_id)


def open_snapshot_step(workflow_id: str) -> str | None:
    return shared.open_snapshot_step(BACKEND, workflow_id)


def copy_chunk_step(
    workflow_id: str, step_id: str, snapshot: str | None, copies: tuple[SubsetCopy, ...] = ()
) -> ChunkResult:
    return shared.copy_chunk_step(BACKEND, workflow_id, step_id, snapshot, copies)


def update_step(
    workflow_id: str, step_id: str, snapshot: str | None, copies: tuple[SubsetCopy, ...] = ()
) -> ChunkResult:
    return shared.update_step(BACKEND, workflow_id, step_id, snapshot, copies)


def finish_step(workflow_id: str) -> dict[str, int]:
    return shared.finish_step(BACKEND, workflow_id)


def finished_children(workflow_ids: list[str]) -> dict[str, TableOutcome]:
    """The outcome of each child workflow that has ended (a table child returns its outcome; it never raises)."""
    from dbos import DBOS

    ended = DBOS.list_workflows(
        workflow_ids=workflow_ids,
        status=["SUCCESS", "ERROR", "CANCELLED", "MAX_RECOVERY_ATTEMPTS_EXCEEDED"],
        load_input=False,
    )
    outcomes: dict[str, TableOutcome] = {}
    for child in ended:
        step_id = child.workflow_id.rsplit("/", 2)[1]
        table = step_id.split(":", 1)[1]
        if child.status == "SUCCESS" and isinstance(child.output, TableOutcome):
            outcomes[child.workflow_id] = child.output
        elif child.status == "CANCELLED":
            deadline = child.workflow_deadline_epoch_ms
            if deadline is not None and time.time() * 1000 >= deadline:
                error = "took longer than the table timeout (sync_options.table_timeout_seconds) and was stopped"
                outcomes[child.workflow_id] = TableOutcome(step=step_id, table=table, kind="failed", error=error)
            else:
                outcomes[child.workflow_id] = TableOutcome(step=step_id, table=table, kind="cancelled")
        else:
            error = redact_text(str(child.error)) if child.error is not None else child.status
            outcomes[child.workflow_id] = TableOutcome(step=step_id, table=table, kind="failed", error=error)
    return outcomes
