"""A run as Temporal workflows: the run workflow prepares and drives the run's scheduling policy
(engine/scheduling.py, the same as on DBOS), starting a child workflow per plan step as soon as it is ready (id
`<run>/<step>/<attempt>`); each child runs its table's chunks as activities. Workflow code only decides; every
read and write is an activity (engine/temporal/activities.py), so a worker that dies is replaced by a replay.

What the history holds: the run's request (sealed secrets), the recorded plan once (the prepare activity's
result, which workers read back), and per chunk its small ChunkResult; children take ids and a few numbers.
A table continues as new after `CHUNKS_PER_EXECUTION` chunks, so no history grows without bound.

Progress is in memos, readable with no worker running: the run's `state` and `plan`, each table child's
`progress` (updated after every chunk), and each child's result once it ended.

The snapshot holder: the run asks a worker for its own task queue (`holder queue`, on the shared queue: whoever
answers) and opens the run's snapshot there; the process holding it is the only one polling that queue, so
`release` reaches it too. When it dies the snapshot is gone: a table that cannot join it reports `lost`, and the
run opens a new one (a new epoch), as on DBOS.

Deterministic: no I/O, no clock but `workflow.now()`, no randomness. Change the workflow's decisions only behind
`workflow.patched(...)`, and keep the replay test (tests/engine/temporal/test_replay.py) passing on the recorded
histories.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import timedelta
from typing import TypeVar, cast

from temporalio import workflow
from temporalio.common import RetryPolicy as TemporalRetry
from temporalio.exceptions import (
    ActivityError,
    ApplicationError,
    CancelledError,
    ChildWorkflowError,
    FailureError,
    TimeoutError,
)

with workflow.unsafe.imports_passed_through():
    from lookalike.core.errors import RerunError
    from lookalike.engine.contract import (
        ChunkResult,
        PreparedRun,
        RetryPolicy,
        RunOutcome,
        RunPlanView,
        RunState,
        StepPolicy,
        SubsetCopy,
        SubsetOutcome,
        TableOutcome,
        TableProgress,
    )
    from lookalike.engine.run.outcome import schedule_outcome, warnings_of
    from lookalike.engine.scheduling import Cancelled, Failed, Outcome, RunSchedule
    from lookalike.engine.temporal import records
    from lookalike.engine.temporal.records import (
        CHUNK,
        CONTROL_SIGNAL,
        DROP_SUBSET,
        FINISH,
        HOLDER_QUEUE,
        MEMO_PLAN,
        MEMO_PROGRESS,
        MEMO_STATE,
        OPEN_SNAPSHOT,
        PREPARE,
        RELEASE,
        RUN_WORKFLOW,
        SUBSET,
        TABLE_WORKFLOW,
        UPDATE,
        ChunkInput,
        PrepareInput,
        RunStart,
        SnapshotInput,
        SubsetInput,
        TableStart,
    )

T = TypeVar("T")
HEARTBEAT_TIMEOUT = timedelta(seconds=15)  # a worker that died is noticed this long after its last heartbeat
_NO_TIMEOUT = timedelta(hours=24)  # a step's bound when the job sets no table timeout (heartbeats notice death)
_HOLDER_WAIT = timedelta(seconds=20)  # how long a holder's queue may leave its task unclaimed before it counts as gone
_HOLDER_TRIES = 5
_TIMEOUT_TEXT = "took longer than the table timeout (sync_options.table_timeout_seconds) and was stopped"


def _retry(retry: RetryPolicy) -> TemporalRetry:
    """The job's retry policy as Temporal's; an error a retry cannot mend is raised non-retryable."""
    return TemporalRetry(
        initial_interval=timedelta(seconds=max(retry.interval_seconds, 0.01)),
        backoff_coefficient=max(retry.backoff_rate, 1.0),
        maximum_attempts=max(retry.max_attempts, 1),
    )


def _bound(timeout: float | None) -> timedelta:
    return timedelta(seconds=timeout + 30) if timeout is not None else _NO_TIMEOUT


def cause_text(error: BaseException) -> str:
    """The underlying cause of an activity or child that failed for good, in one line (no URL: activities
    redact their errors)."""
    cause: BaseException | None = error
    while isinstance(cause, ActivityError | ChildWorkflowError) and cause.cause is not None:
        cause = cause.cause
    if isinstance(cause, TimeoutError):
        return f"timed out ({cause.type.name.lower() if cause.type else 'timeout'})"
    if isinstance(cause, FailureError):
        return cause.message or type(cause).__name__
    return str(cause) or type(cause).__name__


def cancelled(error: BaseException) -> bool:
    """Whether an activity's failure is its cancellation (the run or table was cancelled while it ran)."""
    return isinstance(error, ActivityError) and isinstance(error.cause, CancelledError)


def _cause_type(error: BaseException) -> str | None:
    """The class name a step's error had in its activity (ApplicationError.type), under any wrapping."""
    cause: BaseException | None = error
    while isinstance(cause, ActivityError | ChildWorkflowError) and cause.cause is not None:
        cause = cause.cause
    return cause.type if isinstance(cause, ApplicationError) else None


def _where_fix(error: BaseException) -> tuple[str, str]:
    cause: BaseException | None = error
    while isinstance(cause, ActivityError | ChildWorkflowError) and cause.cause is not None:
        cause = cause.cause
    if isinstance(cause, ApplicationError) and len(cause.details) >= 2:
        where, fix = cause.details[0], cause.details[1]
        return (where if isinstance(where, str) else ""), (fix if isinstance(fix, str) else "")
    return "", ""


def run_failure(error: BaseException, workflow_id: str, step: str) -> ApplicationError:
    """A run-level step that failed for good as the run's failure: what, where, and how to go on."""
    where, fix = _where_fix(error)
    resume = f"`lookalike runs resume {workflow_id}`"
    if _cause_type(error) == RerunError.__name__:  # a resume would meet the same rows: the fix says what to do
        return ApplicationError(
            cause_text(error),
            f"{step} step: {where}" if where else step,
            fix,
            type="RunFailedError",
            non_retryable=True,
        )
    return ApplicationError(
        cause_text(error) if where else f"{step} failed: {cause_text(error)}",
        f"{step} step: {where}" if where else step,
        (fix + "; then " + resume) if fix else f"fix the cause (is every database reachable?), then {resume}",
        type="RunFailedError",
        non_retryable=True,
    )


@workflow.defn(name=TABLE_WORKFLOW)
class TableWorkflow:
    """Copy one table chunk by chunk (or run one FK update); ends with its outcome, raising only when cancelled."""

    @workflow.run
    async def run(self, start: TableStart) -> TableOutcome:
        step_id = start.step_id
        table = step_id.split(":", 1)[1]
        progress = start.progress or TableProgress(step=step_id, table=table, epoch=start.epoch)
        workflow.upsert_memo({MEMO_PROGRESS: progress})
        name = CHUNK if step_id.startswith("insert:") else UPDATE
        given = ChunkInput(
            parent=start.parent,
            step_id=step_id,
            snapshot=start.snapshot,
            copies=start.copies,
            deadline=start.deadline,
        )
        turns = 0
        try:
            while True:
                out = await workflow.execute_activity(
                    name,
                    given,
                    result_type=ChunkResult,
                    start_to_close_timeout=_bound(start.policy.table_timeout_seconds),
                    heartbeat_timeout=HEARTBEAT_TIMEOUT,
                    retry_policy=_retry(start.policy.retry),
                    cancellation_type=workflow.ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
                )
                if out.lost:
                    workflow.upsert_memo({MEMO_PROGRESS: progress.model_copy(update={"state": "snapshot lost"})})
                    return TableOutcome(step=step_id, table=table, kind="lost", epoch=start.epoch)
                progress = advanced(progress, out)
                if out.done:
                    break
                workflow.upsert_memo({MEMO_PROGRESS: progress})
                turns += 1
                if turns >= records.CHUNKS_PER_EXECUTION:  # keep each execution's history short
                    workflow.continue_as_new(start.model_copy(update={"progress": progress}))
        except ActivityError as error:
            if cancelled(error):
                raise asyncio.CancelledError() from None
            message = cause_text(error)
            workflow.upsert_memo({MEMO_PROGRESS: progress.model_copy(update={"state": "failed", "error": message})})
            return TableOutcome(step=step_id, table=table, kind="failed", error=message, epoch=start.epoch)
        except asyncio.CancelledError:
            workflow.upsert_memo({MEMO_PROGRESS: progress.model_copy(update={"state": "cancelled"})})
            raise
        progress = progress.model_copy(update={"state": "finished"})
        workflow.upsert_memo({MEMO_PROGRESS: progress})
        return TableOutcome(step=step_id, table=table, kind="finished", progress=progress, epoch=start.epoch)


def advanced(progress: TableProgress, out: ChunkResult) -> TableProgress:
    """A table's progress after one more chunk (its totals come from the chunk; time, workers, chunks and retries
    add up)."""
    return progress.model_copy(
        update={
            "rows": out.rows,
            "skipped": out.skipped,
            "path": out.path,
            "seconds": progress.seconds + out.seconds,
            "chunks": progress.chunks + 1,
            "workers": tuple(sorted({*progress.workers, out.worker})),
            "retries": progress.retries + out.retries,
        }
    )


def _child_outcome(
    step_id: str, handle: workflow.ChildWorkflowHandle[TableWorkflow, TableOutcome]
) -> Outcome[TableProgress]:
    """An ended child as the schedule's input."""
    table = step_id.split(":", 1)[1]
    if handle.cancelled():
        return Cancelled()
    error = handle.exception()
    if error is None:
        return schedule_outcome(handle.result())
    cause = error.cause if isinstance(error, ChildWorkflowError) else error
    if isinstance(cause, CancelledError | asyncio.CancelledError):
        return Cancelled()
    if isinstance(cause, TimeoutError):
        return Failed(table, _TIMEOUT_TEXT)
    return Failed(table, cause_text(error))


@workflow.defn(name=RUN_WORKFLOW)
class RunWorkflow:
    """Prepare, then start each plan step as soon as the steps it waits for are done, at most `workers` at once."""

    def __init__(self) -> None:
        self._controls: list[str] = []
        self._state = RunState(state="preparing")

    @workflow.signal(name=CONTROL_SIGNAL)
    def control(self, message: str) -> None:
        if message in ("pause", "resume"):
            self._controls.append(message)

    @workflow.query(name=MEMO_STATE)
    def state(self) -> RunState:
        return self._state

    def _set_state(self, state: RunState) -> None:
        if state != self._state or state.state == "preparing":
            self._state = state
            workflow.upsert_memo({MEMO_STATE: state})

    @workflow.run
    async def run(self, start: RunStart) -> RunOutcome:
        self._workflow_id = workflow.info().workflow_id
        self._request = start.request
        self._holder: str | None = None
        self._children: dict[str, workflow.ChildWorkflowHandle[TableWorkflow, TableOutcome]] = {}
        try:
            return await self._run(start)
        except asyncio.CancelledError:
            # Cancelled (`runs cancel`): stop the tables (each ends after its chunk in flight), let go of the
            # snapshot, and end cancelled; `runs resume` goes on from each table's last committed chunk.
            for handle in self._children.values():
                handle.cancel()
            for handle in self._children.values():
                with contextlib.suppress(BaseException):
                    await handle
            await self._release()
            raise

    async def _step(self, name: str, given: object, result_type: type[T]) -> T:
        """Run a step of the run itself as an activity on the shared queue (any worker)."""
        out = await workflow.execute_activity(
            name,
            given,
            result_type=result_type,
            start_to_close_timeout=_bound(self._request.table_timeout_seconds),
            heartbeat_timeout=HEARTBEAT_TIMEOUT,
            retry_policy=_retry(self._request.retry),
        )
        return cast(T, out)

    async def _run(self, start: RunStart) -> RunOutcome:
        workflow_id, request = self._workflow_id, self._request
        timeout = request.table_timeout_seconds
        policy = StepPolicy(retry=request.retry, chunk_rows=request.chunk_rows, table_timeout_seconds=timeout)
        copies: tuple[SubsetCopy, ...] = ()
        self._set_state(RunState(state="preparing"))
        step = "prepare"
        try:
            given = PrepareInput(
                workflow_id=workflow_id,
                request=request,
                prior_workflow=start.prior_workflow,
                prior_execution=start.prior_execution,
            )
            prepared = await self._step(PREPARE, given, PreparedRun)
            workflow.upsert_memo({MEMO_PLAN: RunPlanView.of(prepared)})
            step = "snapshot"
            snapshot = await self._open_snapshot()
            if prepared.subset.active:
                # Kept rows are copied once, from this snapshot; every later read of a subset table reads the copy.
                step = "subset"
                subset = await self._step(
                    SUBSET, SubsetInput(workflow_id=workflow_id, snapshot=snapshot), SubsetOutcome
                )
                copies = subset.copies
        except (ActivityError, ApplicationError) as error:
            if cancelled(error):
                raise asyncio.CancelledError() from None
            await self._release()
            self._set_state(RunState(state="failed", error=cause_text(error)))
            raise run_failure(error, workflow_id, step) from None
        schedule: RunSchedule[TableProgress] = RunSchedule(prepared.order, prepared.after, request.workers)
        running = self._children
        while True:
            while self._controls:
                schedule.control("pause" if self._controls.pop(0) == "pause" else "resume")
            for dispatch in schedule.next_dispatches():
                deadline = workflow.now() + timedelta(seconds=timeout) if timeout is not None else None
                running[dispatch.step_id] = await workflow.start_child_workflow(
                    TableWorkflow.run,
                    TableStart(
                        parent=workflow_id,
                        step_id=dispatch.step_id,
                        policy=policy,
                        snapshot=snapshot,
                        epoch=dispatch.epoch,
                        copies=copies,
                        deadline=deadline,
                    ),
                    id=f"{workflow_id}/{dispatch.step_id}/{dispatch.attempt}",
                    execution_timeout=timedelta(seconds=timeout) if timeout is not None else None,
                )
            now = "failing" if schedule.failure else "paused" if schedule.waiting_for_resume else "running"
            self._set_state(RunState.model_validate({"state": now, "epoch": schedule.epoch}))
            if schedule.waiting_for_resume:
                await workflow.wait_condition(lambda: bool(self._controls))
                continue
            if schedule.ended:
                break
            await workflow.wait_condition(
                lambda: bool(self._controls) or any(handle.done() for handle in running.values())
            )
            # Every child done by now is reported in dispatch order (the same on every replay).
            for step_id in [step_id for step_id, handle in running.items() if handle.done()]:
                schedule.report(step_id, _child_outcome(step_id, running.pop(step_id)))
            if schedule.needs_new_snapshot:  # the first to notice opens the new snapshot; the others rejoin it
                try:
                    snapshot = await self._open_snapshot()
                except (ActivityError, ApplicationError) as error:
                    if cancelled(error):
                        raise asyncio.CancelledError() from None
                    await self._release()
                    self._set_state(RunState(state="failed", error=cause_text(error)))
                    raise run_failure(error, workflow_id, "snapshot") from None
                schedule.snapshot_opened()
        return await self._end(prepared, schedule, snapshot)

    async def _end(
        self, prepared: PreparedRun, schedule: RunSchedule[TableProgress], snapshot: str | None
    ) -> RunOutcome:
        workflow_id = self._workflow_id
        results = dict(schedule.results)
        failure = schedule.failure
        await self._release()
        try:
            if prepared.subset.active:
                await self._step(DROP_SUBSET, SnapshotInput(workflow_id=workflow_id), type(None))
            if failure is not None:
                self._set_state(RunState(state="failed", table=failure.table, error=failure.error))
                raise ApplicationError(
                    f"table {failure.table} failed: {failure.error}",
                    failure.step_id,
                    f"fix the cause, then `lookalike runs resume {workflow_id}` goes on from each table's last "
                    "committed chunk (or run the job again)",
                    type="RunFailedError",
                    non_retryable=True,
                )
            removed = await self._step(FINISH, SnapshotInput(workflow_id=workflow_id), dict[str, int])
        except ActivityError as error:
            if cancelled(error):
                raise asyncio.CancelledError() from None
            self._set_state(RunState(state="failed", error=cause_text(error)))
            raise run_failure(error, workflow_id, "finish") from None
        for table, count in (removed or {}).items():  # orphans of NOT NULL cycles, removed once every table was in
            step = f"insert:{table}"
            if step in results:
                results[step] = results[step].model_copy(update={"skipped": results[step].skipped + count})
        self._set_state(RunState(state="succeeded", epoch=schedule.epoch))
        ordered = tuple(results[step_id] for step_id in prepared.order)
        return RunOutcome(
            run_id=workflow_id,
            seed=prepared.seed,
            snapshot=snapshot,
            epochs=schedule.epoch,
            unchecked=tuple(prepared.unchecked),
            cycle_modes=tuple(mode for mode in prepared.cycle_modes if mode),
            results=ordered,
            warnings=tuple(warnings_of(prepared, ordered)),
        )

    async def _open_snapshot(self) -> str | None:
        """Open the run's snapshot on a worker that will hold it: ask any worker for its own queue, then open it
        there. A holder that is gone before it takes the task is replaced by asking again."""
        await self._release()
        given = SnapshotInput(workflow_id=self._workflow_id)
        timeout = self._request.table_timeout_seconds
        for _ in range(_HOLDER_TRIES):
            holder = await workflow.execute_activity(
                HOLDER_QUEUE,
                result_type=str,
                start_to_close_timeout=timedelta(seconds=30),
                retry_policy=_retry(self._request.retry),
            )
            try:
                snapshot = await workflow.execute_activity(
                    OPEN_SNAPSHOT,
                    given,
                    result_type=str,
                    task_queue=holder,
                    schedule_to_start_timeout=_HOLDER_WAIT,
                    start_to_close_timeout=_bound(timeout),
                    heartbeat_timeout=HEARTBEAT_TIMEOUT,
                    retry_policy=_retry(self._request.retry),
                )
            except ActivityError as error:
                if isinstance(error.cause, TimeoutError):
                    continue  # that worker is gone (no one took the task): another one holds the snapshot
                raise
            self._holder = holder
            return cast(str | None, snapshot)
        raise ApplicationError(
            f"no worker could open the run's snapshot in {_HOLDER_TRIES} tries",
            "snapshot",
            "check that the workers reach the source database, then resume the run",
            type="RunFailedError",
            non_retryable=True,
        )

    async def _release(self) -> None:
        """Let go of the run's snapshot: its holder closes the connection. A holder that is gone released it by
        dying."""
        holder, self._holder = self._holder, None
        if holder is None:
            return
        with contextlib.suppress(ActivityError):
            await workflow.execute_activity(
                RELEASE,
                SnapshotInput(workflow_id=self._workflow_id),
                task_queue=holder,
                schedule_to_start_timeout=timedelta(seconds=10),
                start_to_close_timeout=timedelta(seconds=30),
                retry_policy=TemporalRetry(maximum_attempts=2),
            )
