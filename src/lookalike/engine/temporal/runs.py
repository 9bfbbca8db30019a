"""Run history and live progress on Temporal, read with no worker running: runs and tables from visibility
(`WorkflowType`, `WorkflowId STARTS_WITH`), their state, plan and progress from memos, outcomes from results, and
a run's steps from its history."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from temporalio.api.enums.v1 import EventType
from temporalio.client import Client, WorkflowExecutionStatus, WorkflowFailureError, WorkflowHandle
from temporalio.exceptions import ApplicationError, CancelledError, FailureError
from temporalio.service import RPCError, RPCStatusCode

from lookalike.core.errors import RunError
from lookalike.core.urls import redact_text
from lookalike.engine.contract import (
    RunEvent,
    RunInfo,
    RunOutcome,
    RunPlanView,
    RunState,
    TableProgress,
    TableState,
)
from lookalike.engine.temporal.records import (
    HOLDER_QUEUE,
    MEMO_JOB,
    MEMO_PLAN,
    MEMO_PROGRESS,
    MEMO_STATE,
    RUN_WORKFLOW,
    TABLE_WORKFLOW,
    RunStart,
)

_NEWEST_EVENTS = 16  # a run's last workflow task is within its few newest events (the end, or children started)

_STATUS = {
    WorkflowExecutionStatus.RUNNING: "running",
    WorkflowExecutionStatus.COMPLETED: "succeeded",
    WorkflowExecutionStatus.FAILED: "failed",
    WorkflowExecutionStatus.TIMED_OUT: "failed",
    WorkflowExecutionStatus.CANCELED: "cancelled",
    WorkflowExecutionStatus.TERMINATED: "cancelled",  # ended from outside (`temporal workflow terminate`)
    WorkflowExecutionStatus.CONTINUED_AS_NEW: "running",
}


def quoted(text: str) -> str:
    """A value inside a visibility query's single quotes."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def run_error(error: BaseException) -> RunError:
    """A run's failure (a workflow failure, or the run's ApplicationError) as one RunError: what, where, fix."""
    cause: BaseException | None = error
    while isinstance(cause, WorkflowFailureError) and cause.cause is not None:
        cause = cause.cause
    if isinstance(cause, CancelledError):
        return RunError("the run was cancelled", where="the run", fix="`lookalike runs resume RUN` goes on with it")
    if isinstance(cause, ApplicationError):
        details = [detail for detail in cause.details if isinstance(detail, str)]
        where = details[0] if details else None
        fix = details[1] if len(details) > 1 else None
        return RunError(redact_text(cause.message), where=where or None, fix=fix or None)
    if isinstance(cause, FailureError):
        return RunError(redact_text(cause.message or type(cause).__name__), where="the run")
    return RunError(redact_text(str(cause)), where="the run")


async def _memo(execution: Any, key: str, kind: type[Any]) -> Any:
    try:
        return await execution.memo_value(key, type_hint=kind)
    except (KeyError, Exception):  # absent, or written by other code
        return None


async def info_of(client: Client, execution: Any) -> RunInfo:
    """RunInfo of one run execution (a list entry or a description)."""
    status = _STATUS.get(execution.status, "running") if execution.status is not None else "running"
    state = await _memo(execution, MEMO_STATE, RunState)
    if status == "running" and isinstance(state, RunState) and state.state == "paused":
        status = "paused"
    job = await _memo(execution, MEMO_JOB, str)
    output: RunOutcome | None = None
    error: str | None = None
    if status in ("succeeded", "failed"):
        handle = client.get_workflow_handle(execution.id, run_id=execution.run_id, result_type=RunOutcome)
        try:
            result = await handle.result(follow_runs=False)
            output = result if isinstance(result, RunOutcome) else None
        except WorkflowFailureError as failure:
            error = run_error(failure).what
        except Exception as failure:
            error = redact_text(str(failure))
    updated: datetime | None = execution.close_time or execution.execution_time or execution.start_time
    return RunInfo(
        execution.id,
        job if isinstance(job, str) else "job",
        status,
        execution.start_time,
        updated,
        await executor_of(client, execution.id, execution.run_id),
        error,
        output,
    )


async def executor_of(client: Client, workflow_id: str, run_id: str | None) -> str | None:
    """The worker that ran the run's latest workflow task (`<worker id>@<host>:<pid>`, as its tables' workers
    read), from the newest few events of its history: one short call, however long the history."""
    from temporalio.api.common.v1 import WorkflowExecution
    from temporalio.api.workflowservice.v1 import GetWorkflowExecutionHistoryReverseRequest

    request = GetWorkflowExecutionHistoryReverseRequest(
        namespace=client.namespace,
        execution=WorkflowExecution(workflow_id=workflow_id, run_id=run_id or ""),
        maximum_page_size=_NEWEST_EVENTS,
    )
    try:
        newest = await client.workflow_service.get_workflow_execution_history_reverse(request)
    except RPCError:
        return None  # an executor is a nicety: the run's other fields stand without it
    started: str | None = None
    for event in newest.history.events:
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
            return event.workflow_task_completed_event_attributes.identity or None
        if started is None and event.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED:
            started = event.workflow_task_started_event_attributes.identity or None
    return started  # a task taken but not completed yet (or the worker died with it)


async def list_runs(client: Client, limit: int) -> list[RunInfo]:
    found = []
    async for execution in client.list_workflows(f"WorkflowType = {quoted(RUN_WORKFLOW)}", limit=limit):
        found.append(execution)
    found.sort(key=lambda e: e.start_time, reverse=True)
    newest: dict[str, Any] = {}
    for execution in found:  # a run resumed as a new execution is listed once: its latest execution
        newest.setdefault(execution.id, execution)
    return [await info_of(client, execution) for execution in list(newest.values())[:limit]]


async def describe(client: Client, run_id: str) -> Any | None:
    try:
        described = await client.get_workflow_handle(run_id).describe()
    except RPCError as error:
        if error.status == RPCStatusCode.NOT_FOUND:
            return None
        raise
    return described if described.workflow_type == RUN_WORKFLOW else None


async def get_run(client: Client, run_id: str) -> RunInfo | None:
    described = await describe(client, run_id)
    return await info_of(client, described) if described is not None else None


async def run_ids_with_prefix(client: Client, prefix: str) -> list[str]:
    query = f"WorkflowType = {quoted(RUN_WORKFLOW)} AND WorkflowId STARTS_WITH {quoted(prefix)}"
    ids = [execution.id async for execution in client.list_workflows(query)]
    return list(dict.fromkeys(ids))


async def start_of(client: Client, run_id: str, execution: str | None = None) -> RunStart | None:
    """The input a run execution started with (its request), read from its first history event."""
    handle = client.get_workflow_handle(run_id, run_id=execution)
    async for event in handle.fetch_history_events():
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
            payloads = event.workflow_execution_started_event_attributes.input.payloads
            try:
                [start] = await client.data_converter.decode(payloads, [RunStart])
            except Exception:
                return None
            return start if isinstance(start, RunStart) else None
        break
    return None


async def tables(client: Client, run_id: str) -> list[TableProgress]:
    """Per step of the run: its latest attempt's progress (the child's memo), with rows, seconds, path, workers
    and snapshot epoch."""
    query = f"WorkflowType = {quoted(TABLE_WORKFLOW)} AND WorkflowId STARTS_WITH {quoted(run_id + '/')}"
    latest: dict[str, tuple[tuple[int, datetime], Any]] = {}
    async for child in client.list_workflows(query):
        parent, _, rest = child.id.rpartition("/")
        if parent.rpartition("/")[0] != run_id:
            continue  # a run whose id only starts like this one's
        step, attempt = parent.rpartition("/")[2], rest
        rank = (int(attempt) if attempt.isdigit() else 0, child.start_time)
        if step not in latest or rank > latest[step][0]:
            latest[step] = (rank, child)
    out = []
    for step, (_, child) in latest.items():
        table = step.split(":", 1)[-1]
        progress = await _memo(child, MEMO_PROGRESS, TableProgress)
        if not isinstance(progress, TableProgress):
            state: TableState = "starting"
            progress = TableProgress(step=step, table=table, state=state)
        if child.status in (WorkflowExecutionStatus.CANCELED, WorkflowExecutionStatus.TERMINATED):
            progress = progress.model_copy(update={"state": "cancelled"})
        elif child.status == WorkflowExecutionStatus.TIMED_OUT:
            progress = progress.model_copy(update={"state": "failed", "error": "took longer than the table timeout"})
        out.append(progress)
    return sorted(out, key=lambda t: t.step)


async def plan(client: Client, run_id: str) -> RunPlanView | None:
    described = await describe(client, run_id)
    if described is None:
        return None
    found = await _memo(described, MEMO_PLAN, RunPlanView)
    return found if isinstance(found, RunPlanView) else None


async def events(client: Client, run_id: str) -> list[RunEvent]:
    """The run's steps in order, from its history: each activity (what it did, when, what failed) and each
    table child it dispatched."""
    handle: WorkflowHandle[Any, Any] = client.get_workflow_handle(run_id)
    steps: dict[int, list[Any]] = {}  # scheduling event id → [name, started, finished, error]
    order: list[int] = []
    async for event in handle.fetch_history_events():
        when = event.event_time.ToDatetime(tzinfo=UTC) if event.HasField("event_time") else None
        kind = event.event_type
        if kind == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            name = event.activity_task_scheduled_event_attributes.activity_type.name
            if name != HOLDER_QUEUE:
                steps[event.event_id] = [name, when, None, None]
                order.append(event.event_id)
        elif kind == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
            child = event.start_child_workflow_execution_initiated_event_attributes.workflow_id
            _, table_step, attempt = child.rsplit("/", 2)
            name = f"dispatch {table_step}" + (f" (attempt {attempt})" if attempt != "1" else "")
            steps[event.event_id] = [name, when, None, None]
            order.append(event.event_id)
        else:
            _finish(event, kind, when, steps)
    return [RunEvent(step=s[0], started=s[1], finished=s[2], error=s[3]) for s in (steps[i] for i in order)]


def _finish(event: Any, kind: Any, when: datetime | None, steps: dict[int, list[Any]]) -> None:
    ends = {
        EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED: ("activity_task_completed_event_attributes", False),
        EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED: ("activity_task_failed_event_attributes", True),
        EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT: ("activity_task_timed_out_event_attributes", True),
        EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED: ("activity_task_canceled_event_attributes", False),
        EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED: (
            "child_workflow_execution_completed_event_attributes",
            False,
        ),
        EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED: (
            "child_workflow_execution_failed_event_attributes",
            True,
        ),
        EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_CANCELED: (
            "child_workflow_execution_canceled_event_attributes",
            False,
        ),
        EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TIMED_OUT: (
            "child_workflow_execution_timed_out_event_attributes",
            True,
        ),
        EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TERMINATED: (
            "child_workflow_execution_terminated_event_attributes",
            True,
        ),
    }
    if kind not in ends:
        return
    field, failed = ends[kind]
    attributes = getattr(event, field)
    scheduled = getattr(attributes, "scheduled_event_id", 0) or getattr(attributes, "initiated_event_id", 0)
    step = steps.get(scheduled)
    if step is None:
        return
    step[2] = when
    if failed:
        failure = getattr(attributes, "failure", None)
        message = failure.message if failure is not None and failure.message else "failed"
        cause = failure.cause if failure is not None and failure.HasField("cause") else None
        step[3] = redact_text(cause.message if cause is not None and cause.message else message)
