"""A run as DBOS workflows: the run orchestrates, each plan step is a child workflow on a queue, each chunk of a
table is a step. Workflow functions only decide what runs next; every read and write happens in a step
(`engine.work`), so DBOS can replay a workflow after a crash and redo only the step that was cut.

Snapshot and resume: the run's snapshot is held by the process that opened it. When that process dies, a child
that tries to join the snapshot gets SnapshotLostError, reports it, and the run opens a new snapshot (a new *epoch*)
and re-dispatches the step, which continues after its last committed key. Rows committed before the crash come
from the old snapshot, the rest from the new one; the run reports how many epochs it used.
"""

from __future__ import annotations

from typing import Any

from dbos import DBOS, SetWorkflowID, SetWorkflowTimeout, StepOptions
from dbos._error import DBOSWorkflowCancelledError

from lookalike.core.errors import ConfigError, RerunError, RunError
from lookalike.core.urls import redact_text
from lookalike.engine.contract import (
    RetryPolicy,
    RunOutcome,
    RunPlanView,
    RunRequest,
    RunState,
    StepPolicy,
    SubsetCopy,
    TableOutcome,
    TableProgress,
)
from lookalike.engine.dbos import steps as work
from lookalike.engine.dbos.serialization import register_error
from lookalike.engine.retry import is_transient
from lookalike.engine.run.guard import draining
from lookalike.engine.run.outcome import schedule_outcome, warnings_of
from lookalike.engine.run_ids import run_key
from lookalike.engine.scheduling import RunSchedule

RUN_QUEUE = "lookalike-runs"
TABLE_QUEUE = "lookalike-tables"
RUN_WORKFLOW = "lookalike.run"
TABLE_WORKFLOW = "lookalike.table"
CONTROL_TOPIC = "control"  # pause / resume messages to a run
_POLL_SECONDS = 0.1


def _options(retry: RetryPolicy, name: str) -> StepOptions:
    return {
        "name": name,
        "retries_allowed": True,
        "max_attempts": retry.max_attempts,
        "interval_seconds": retry.interval_seconds,
        "backoff_rate": retry.backoff_rate,
        "should_retry": is_transient,
    }


def _error_text(error: BaseException) -> str:
    """The underlying cause of a step that ran out of retries, in one line."""
    errors = getattr(error, "errors", None)
    if errors:
        error = errors[-1]
    text = error.what if isinstance(error, RunError) else str(error).strip().splitlines()[0] if str(error) else ""
    return redact_text(text) or type(error).__name__  # a driver error may quote a connection URL


@register_error
class RunFailedError(RunError):
    """A table failed after its retries; the run stops starting new tables and fails with its error."""


def _park_if_stopping() -> None:
    """This worker is stopping: record nothing more (DBOS parks a workflow that raises this); the worker that
    takes the run over replays it from what was recorded."""
    if draining():
        raise DBOSWorkflowCancelledError("this worker is stopping")


def _run_error(error: BaseException, run_id: str) -> RunError:
    """A step that failed for good as one RunError: what (the underlying cause), where, and how to go on."""
    errors = getattr(error, "errors", None)
    cause = errors[-1] if errors else error
    named = getattr(error, "step_name", None)  # a step that ran out of retries says which it was
    step = named or "the run"
    if isinstance(cause, RerunError):
        where = f"{step} step: {cause.where}" if named and cause.where else cause.where or step
        return RunFailedError(cause.what, where=where, fix=cause.fix)
    if isinstance(cause, RunError | ConfigError):
        return RunFailedError(
            cause.what,
            where=f"{step} step: {cause.where}" if named and cause.where else cause.where or step,
            fix=(cause.fix + "; then " if cause.fix else "fix the cause, then ") + f"`lookalike runs resume {run_id}`",
        )
    return RunFailedError(
        f"{step} failed: {_error_text(cause)}",
        where=step,
        fix=f"fix the cause (is every database reachable?), then `lookalike runs resume {run_id}` goes on from "
        "this step",
    )


@DBOS.workflow(name=TABLE_WORKFLOW)
def table_workflow(
    parent: str, step_id: str, policy: StepPolicy, snapshot: str | None, epoch: int, copies: tuple[SubsetCopy, ...]
) -> TableOutcome:
    """Copy one table chunk by chunk (or run one FK update); never raises: the outcome says what happened.

    It takes ids, not the plan: each step reads the run's recorded plan (`work`), once per process."""
    table = step_id.split(":", 1)[1]
    progress = TableProgress(step=step_id, table=table, epoch=epoch)
    DBOS.set_event("progress", progress)
    seconds, workers, chunks, retries = 0.0, set[str](), 0, 0
    try:
        while True:
            _park_if_stopping()
            if step_id.startswith("insert:"):
                out = DBOS.run_step(
                    _options(policy.retry, "chunk"), work.copy_chunk_step, parent, step_id, snapshot, copies
                )
            else:
                out = DBOS.run_step(
                    _options(policy.retry, "update"), work.update_step, parent, step_id, snapshot, copies
                )
            if out.lost:
                DBOS.set_event("progress", progress.model_copy(update={"state": "snapshot lost"}))
                return TableOutcome(step=step_id, table=table, kind="lost", epoch=epoch)
            seconds += out.seconds
            workers.add(out.worker)
            chunks += 1
            retries += out.retries
            progress = progress.model_copy(
                update={
                    "rows": out.rows,
                    "skipped": out.skipped,
                    "path": out.path,
                    "seconds": seconds,
                    "chunks": chunks,
                    "workers": tuple(sorted(workers)),
                    "retries": retries,
                }
            )
            if out.done:
                break
            DBOS.set_event("progress", progress)
    except DBOSWorkflowCancelledError:
        raise  # cancelled, or this worker stopped: nothing is recorded, the table is redone from its checkpoint
    except Exception as error:
        message = _error_text(error)
        DBOS.set_event("progress", progress.model_copy(update={"state": "failed", "error": message}))
        return TableOutcome(step=step_id, table=table, kind="failed", error=message, epoch=epoch)
    progress = progress.model_copy(update={"state": "finished"})
    DBOS.set_event("progress", progress)
    return TableOutcome(step=step_id, table=table, kind="finished", progress=progress, epoch=epoch)


def _dispatch(
    workflow_id: str,
    step_id: str,
    policy: StepPolicy,
    snapshot: str | None,
    epoch: int,
    attempt: int,
    copies: tuple[SubsetCopy, ...],
) -> Any:
    queue = DBOS.retrieve_queue(TABLE_QUEUE)
    assert queue is not None, "the table queue is registered at launch"
    # One child per attempt: a table re-dispatched (new snapshot, cancelled run resumed) continues from its checkpoint.
    with SetWorkflowID(f"{workflow_id}/{step_id}/{attempt}"), SetWorkflowTimeout(policy.table_timeout_seconds):
        return queue.enqueue(table_workflow, workflow_id, step_id, policy, snapshot, epoch, copies)


@DBOS.workflow(name=RUN_WORKFLOW)
def run_workflow(request: RunRequest) -> RunOutcome:
    """Prepare, then start each plan step as soon as the steps it waits for are done, at most `workers` at once."""
    workflow_id = DBOS.workflow_id
    assert workflow_id is not None
    # A failed run resumed is a fork under a new workflow id; checkpoints and sessions keep the run's own id.
    run_id = run_key(workflow_id)
    retry = request.retry
    policy = StepPolicy(retry=retry, chunk_rows=request.chunk_rows, table_timeout_seconds=request.table_timeout_seconds)
    copies: tuple[SubsetCopy, ...] = ()
    DBOS.set_event("state", RunState(state="preparing"))
    try:
        prepared = DBOS.run_step(_options(retry, "prepare"), work.prepare_step, workflow_id, request)
        DBOS.set_event(work.PREPARED_EVENT, prepared)
        DBOS.set_event("plan", RunPlanView.of(prepared))
        snapshot = DBOS.run_step(_options(retry, "snapshot"), work.open_snapshot_step, workflow_id)
        if prepared.subset.active:
            # Kept rows are copied once, from this snapshot; every later read of a subset table reads the copy.
            subset = DBOS.run_step(_options(retry, "subset"), work.subset_step, workflow_id, snapshot)
            copies = subset.copies
            DBOS.set_event("subset", subset)
    except DBOSWorkflowCancelledError:
        raise
    except Exception as error:
        DBOS.run_step(_options(retry, "release"), work.release_step, run_id)
        DBOS.set_event("state", RunState(state="failed", error=_error_text(error)))
        raise _run_error(error, workflow_id) from None
    schedule: RunSchedule[TableProgress] = RunSchedule(prepared.order, prepared.after, request.workers)
    running: dict[str, Any] = {}  # step id → its child's workflow handle
    state = ""
    while True:
        _park_if_stopping()
        while (message := DBOS.recv(CONTROL_TOPIC, timeout_seconds=0)) is not None:
            schedule.control("pause" if message == "pause" else "resume")
        for start in schedule.next_dispatches():
            running[start.step_id] = _dispatch(
                workflow_id, start.step_id, policy, snapshot, start.epoch, start.attempt, copies
            )
        now = "failing" if schedule.failure else "paused" if schedule.waiting_for_resume else "running"
        if now != state:  # recorded only when it changes: each event is a write to the system database
            state = now
            DBOS.set_event("state", RunState.model_validate({"state": state, "epoch": schedule.epoch}))
        if schedule.waiting_for_resume:
            if DBOS.recv(CONTROL_TOPIC, timeout_seconds=60) == "resume":
                schedule.control("resume")
            continue
        if schedule.ended:
            break
        DBOS.wait_first(list(running.values()), polling_interval_sec=_POLL_SECONDS)
        # Every child done by now is handled in one pass (one recorded step), not one loop turn each.
        ids = {handle.workflow_id: step_id for step_id, handle in running.items()}
        outcomes = DBOS.run_step(_options(retry, "collect"), work.finished_children, list(ids))
        for child_id, outcome in outcomes.items():
            del running[ids[child_id]]
            schedule.report(ids[child_id], schedule_outcome(outcome))
        if schedule.needs_new_snapshot:  # the first to notice opens the new snapshot; the others just rejoin it
            snapshot = DBOS.run_step(_options(retry, "snapshot"), work.open_snapshot_step, workflow_id)
            schedule.snapshot_opened()
    epoch, failure, order = schedule.epoch, schedule.failure, prepared.order
    results = dict(schedule.results)
    if prepared.subset.active:
        DBOS.run_step(_options(retry, "drop subset"), work.drop_subset_step, workflow_id)
    if failure is not None:
        DBOS.run_step(_options(retry, "release"), work.release_step, run_id)
        DBOS.set_event("state", RunState(state="failed", table=failure.table, error=failure.error))
        raise RunFailedError(
            f"table {failure.table} failed: {failure.error}",
            where=failure.step_id,
            fix=f"fix the cause, then `lookalike runs resume {workflow_id}` goes on from each table's last "
            "committed chunk (or run the job again)",
        )
    try:
        removed = DBOS.run_step(_options(retry, "finish"), work.finish_step, workflow_id) or {}
    except DBOSWorkflowCancelledError:
        raise
    except Exception as error:
        DBOS.set_event("state", RunState(state="failed", error=_error_text(error)))
        raise _run_error(error, workflow_id) from None
    for table, count in removed.items():  # orphans of NOT NULL cycles, removed once every table was in
        step = f"insert:{table}"
        if step in results:
            results[step] = results[step].model_copy(update={"skipped": results[step].skipped + count})
    DBOS.set_event("state", RunState(state="succeeded", epoch=epoch))
    ordered = tuple(results[step_id] for step_id in order)
    return RunOutcome(
        run_id=workflow_id,
        seed=prepared.seed,
        snapshot=snapshot,
        epochs=epoch,
        unchecked=tuple(prepared.unchecked),
        cycle_modes=tuple(mode for mode in prepared.cycle_modes if mode),
        results=ordered,
        warnings=tuple(warnings_of(prepared, ordered)),
    )
