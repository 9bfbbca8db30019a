"""Run history and live progress, read from the system database (any process can read it, while or after)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from lookalike.core.urls import redact_text
from lookalike.engine.contract import (
    RunEvent,
    RunInfo,
    RunOutcome,
    RunPlanView,
    RunRequest,
    RunState,
    TableProgress,
    TableState,
)
from lookalike.engine.dbos.workflows import CONTROL_TOPIC, RUN_WORKFLOW, TABLE_WORKFLOW

# DBOS status → ours. A PENDING run that said it is paused shows as paused.
_STATUS = {
    "ENQUEUED": "pending",
    "DELAYED": "pending",
    "PENDING": "running",
    "SUCCESS": "succeeded",
    "ERROR": "failed",
    "CANCELLED": "cancelled",
    "MAX_RECOVERY_ATTEMPTS_EXCEEDED": "failed",
}


def _time(ms: int | None) -> datetime | None:
    return None if ms is None else datetime.fromtimestamp(ms / 1000, tz=UTC)


def _info(api: Any, status: Any) -> RunInfo:
    state = status.status
    mapped = _STATUS.get(state, state.lower())
    if state == "PENDING":
        event = api.get_event(status.workflow_id, "state", timeout_seconds=0)
        if isinstance(event, RunState) and event.state == "paused":
            mapped = "paused"
    request = _request_of(status)
    job = request.job_name if request is not None else "job"
    error = None
    if status.error is not None:
        error = getattr(status.error, "what", None) or str(status.error)
    output = status.output if isinstance(status.output, RunOutcome) else None
    return RunInfo(
        status.workflow_id,
        job,
        mapped,
        _time(status.created_at),
        _time(status.updated_at),
        status.executor_id,
        error,
        output,
    )


def _request_of(status: Any) -> RunRequest | None:
    """The run's request as recorded (None for a record that did not decode, or one of another version)."""
    recorded = status.input if isinstance(status.input, dict) else {}
    args = recorded.get("args") or ()
    return args[0] if args and isinstance(args[0], RunRequest) else None


def list_runs(api: Any, limit: int = 20) -> list[RunInfo]:
    """The newest runs first."""
    found = api.list_workflows(name=RUN_WORKFLOW, limit=limit, sort_desc=True, load_output=True)
    return [_info(api, status) for status in found]


def runs_by_id(api: Any, run_ids: list[str]) -> list[RunInfo]:
    """The runs among `run_ids` the engine knows, newest first."""
    if not run_ids:
        return []
    found = api.list_workflows(workflow_ids=run_ids, name=RUN_WORKFLOW, sort_desc=True, load_output=True)
    return [_info(api, status) for status in found]


def run_ids_with_prefix(api: Any, prefix: str) -> list[str]:
    """Ids of the runs whose id starts with `prefix` (a stored job's runs, scheduled ones included)."""
    found = api.list_workflows(workflow_id_prefix=prefix, name=RUN_WORKFLOW, load_input=False, load_output=False)
    return [status.workflow_id for status in found]


def delete(api: Any, run_id: str) -> None:
    """Forget a finished run: its record, its tables' records, its progress events and its checkpoints in the
    destinations (a destination out of reach keeps them until a later run's retention prunes them)."""
    from lookalike.engine.run.steps import forget_checkpoints

    found = api.list_workflows(workflow_ids=[run_id], name=RUN_WORKFLOW, load_input=True, load_output=False)
    request = _request_of(found[0]) if found else None
    if request is not None:
        forget_checkpoints(run_id, request)
    for child in api.list_workflows(workflow_id_prefix=f"{run_id}/", load_input=False, load_output=False):
        api.delete_workflow(child.workflow_id)
    api.delete_workflow(run_id, delete_children=True)


def get_run(api: Any, run_id: str) -> RunInfo | None:
    found = api.list_workflows(workflow_ids=[run_id], name=RUN_WORKFLOW)
    return _info(api, found[0]) if found else None


def tables(api: Any, run_id: str) -> list[TableProgress]:
    """Per step of the run: its latest attempt, with rows, duration, path, workers and snapshot epoch."""
    children = api.list_workflows(
        workflow_id_prefix=f"{run_id}/", name=TABLE_WORKFLOW, load_input=False, load_output=False
    )
    latest: dict[str, tuple[int, Any]] = {}
    for child in children:
        _, step, attempt = child.workflow_id.rsplit("/", 2)
        if step not in latest or int(attempt) > latest[step][0]:
            latest[step] = (int(attempt), child)
    out = []
    for step, (_, child) in latest.items():
        event = api.get_event(child.workflow_id, "progress", timeout_seconds=0)
        table = step.split(":", 1)[-1]
        if not isinstance(event, TableProgress):
            state: TableState = "queued" if child.status == "ENQUEUED" else "starting"
            event = TableProgress(step=step, table=table, state=state)
        if child.status == "CANCELLED":
            event = event.model_copy(update={"state": "cancelled"})
        out.append(event)
    return sorted(out, key=lambda t: t.step)


_BOOKKEEPING = frozenset({"setEvent", "getEvent", "recv", "send", "sleep", "waitFirst"})


def events(api: Any, run_id: str) -> list[RunEvent]:
    """The run's recorded steps in order (the engine's own messaging left out): what it did when, what failed."""
    out = []
    for step in api.list_workflow_steps(run_id, load_output=False):
        name = str(step["function_name"]).rsplit(".", 1)[-1]
        if name in _BOOKKEEPING:
            continue
        child = step.get("child_workflow_id")
        if child and child.count("/") == 2:  # a table's child workflow: say which table step, which attempt
            _, table_step, attempt = child.split("/")
            name = f"dispatch {table_step}" + (f" (attempt {attempt})" if attempt != "1" else "")
        error = step["error"]
        out.append(
            RunEvent(
                step=name,
                started=_time(step["started_at_epoch_ms"]),
                finished=_time(step["completed_at_epoch_ms"]),
                error=None if error is None else redact_text(getattr(error, "what", None) or str(error)),
            )
        )
    return out


def plan(api: Any, run_id: str) -> RunPlanView | None:
    """The run's plan (steps, tables, estimates, seed) once it is prepared, else None."""
    found = api.get_event(run_id, "plan", timeout_seconds=0)
    return found if isinstance(found, RunPlanView) else None


def pause(api: Any, run_id: str) -> None:
    """Ask a run to start no new table; running ones finish, then it waits for resume."""
    api.send(run_id, "pause", CONTROL_TOPIC)


def unpause(api: Any, run_id: str) -> None:
    api.send(run_id, "resume", CONTROL_TOPIC)


def cancel(api: Any, run_id: str) -> int:
    """Cancel a run and its running tables (a cancelled run can be resumed), then end the sessions it has open
    on its databases, so no query of it keeps running on a server; how many sessions were ended.

    The workflows are cancelled first: a step whose connection is then cut sees its run cancelled and stops,
    instead of retrying. Without this machine's secret key the sessions cannot be found; their statement
    timeout (the table timeout) still ends them.
    """
    from lookalike.core.errors import LookalikeError
    from lookalike.engine.run import steps as work

    found = api.list_workflows(workflow_ids=[run_id], name=RUN_WORKFLOW)
    api.cancel_workflow(run_id)
    for child in api.list_workflows(workflow_id_prefix=f"{run_id}/", status=["PENDING", "ENQUEUED"]):
        api.cancel_workflow(child.workflow_id)
    request = _request_of(found[0]) if found else None
    if request is None:
        return 0
    try:
        return work.end_run_sessions(run_id, request)
    except LookalikeError:
        return 0
