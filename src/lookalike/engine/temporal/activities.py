"""The activities of a run on Temporal: the shared step bodies (engine/run/steps.py) with Temporal as their
backend. Activities are synchronous (blocking database I/O) and run in the worker's thread pool.

- Every activity heartbeats from a side thread while it runs, so a worker that dies is noticed within the
  heartbeat timeout and the activity is retried elsewhere (a chunk commits with its checkpoint in one destination
  transaction, so a retry redoes only what never committed), and so a cancellation reaches it.
- An error a retry cannot mend (bad data, a bad job, a timeout) is raised non-retryable; a lost connection is
  retried under the job's `sync_options.retry` (engine/retry.py decides which is which).
- The plan reaches a worker that did not prepare the run through the run's history: the prepare activity's
  result is the recorded plan, read once per process (`recorded_plan`) and kept.
- The snapshot holder: `open`/`release` run on this worker's own task queue (`holder_queue`), which only this
  process polls, because the exported snapshot lives in a connection this process keeps open.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import socket
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import TypeVar

from temporalio import activity
from temporalio.client import Client
from temporalio.exceptions import ApplicationError, CancelledError

from lookalike.core.errors import ConfigError, RunError
from lookalike.core.urls import redact_text
from lookalike.engine.contract import ChunkResult, PreparedRun, SubsetOutcome
from lookalike.engine.retry import is_transient
from lookalike.engine.run import steps as shared
from lookalike.engine.run_ids import run_key
from lookalike.engine.temporal import bridge
from lookalike.engine.temporal.records import (
    CHUNK,
    DROP_SUBSET,
    FINISH,
    HOLDER_QUEUE,
    OPEN_SNAPSHOT,
    PREPARE,
    RELEASE,
    SUBSET,
    UPDATE,
    ChunkInput,
    PrepareInput,
    SnapshotInput,
    SubsetInput,
)

T = TypeVar("T")
HEARTBEAT_SECONDS = 2.0
STOPPING = "WorkerStopping"  # the type of the error a step cut short by a stopping worker raises (retried)
# A recorded plan travels in the history as one payload; Temporal refuses payloads over 2 MB.
PLAN_LIMIT_BYTES = 1_500_000


async def recorded_plan(client: Client, workflow_id: str, execution: str | None = None) -> PreparedRun | None:
    """The plan run `workflow_id` recorded: its prepare activity's result, read from the run's history."""
    from temporalio.api.enums.v1 import EventType

    handle = client.get_workflow_handle(workflow_id, run_id=execution)
    prepares: set[int] = set()
    async for event in handle.fetch_history_events():
        if event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            if event.activity_task_scheduled_event_attributes.activity_type.name == PREPARE:
                prepares.add(event.event_id)
        elif event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
            completed = event.activity_task_completed_event_attributes
            if completed.scheduled_event_id in prepares:
                [record] = await client.data_converter.decode(completed.result.payloads, [PreparedRun])
                return record if isinstance(record, PreparedRun) else None
        elif event.event_type == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
            return None  # the run started its tables: a plan was never recorded before them
    return None


def error_text(error: BaseException) -> str:
    """An error in one line, with no URL in it (a driver error may quote one)."""
    if isinstance(error, RunError | ConfigError):
        return redact_text(error.what)
    text = str(error).strip()
    return redact_text(text.splitlines()[0] if text else "") or type(error).__name__


def as_application_error(error: BaseException) -> ApplicationError:
    """A step's error as Temporal records it: its text, where and how to fix it (for a RunError), its class, and
    whether a retry may mend it."""
    where = getattr(error, "where", None) if isinstance(error, RunError | ConfigError) else None
    fix = getattr(error, "fix", None) if isinstance(error, RunError | ConfigError) else None
    return ApplicationError(
        error_text(error),
        where or "",
        fix or "",
        type=type(error).__name__,
        non_retryable=not is_transient(error),
    )


@contextlib.contextmanager
def _heartbeating() -> Iterator[None]:
    """Heartbeat every few seconds from a side thread (the step's own thread is blocked in the database)."""
    done = threading.Event()

    def beat() -> None:
        while not done.wait(HEARTBEAT_SECONDS):
            with contextlib.suppress(Exception):  # the activity may end at this very moment
                activity.heartbeat()

    thread = threading.Thread(target=contextvars.copy_context().run, args=(beat,), daemon=True, name="heartbeat")
    thread.start()
    try:
        yield
    finally:
        done.set()


class _Backend:
    """The StepBackend of one activity attempt."""

    def __init__(self, owner: RunActivities, deadline: datetime | None = None) -> None:
        self._owner = owner
        self._deadline = deadline

    def worker_id(self) -> str:
        return self._owner.worker_label

    def retries(self) -> int:
        return max(activity.info().attempt - 1, 0)

    def recorded_plan(self, workflow_id: str) -> PreparedRun | None:
        return bridge.wait(recorded_plan(self._owner.client, workflow_id), timeout=60)

    def not_recorded(self, why: str) -> BaseException:
        if activity.is_cancelled() and not activity.is_worker_shutdown():
            return CancelledError(why)
        return ApplicationError(why, type=STOPPING)  # retried, by whichever worker takes it

    def is_not_recorded(self, error: BaseException) -> bool:
        return isinstance(error, CancelledError) or (isinstance(error, ApplicationError) and error.type == STOPPING)

    def cancelled(self) -> bool:
        return activity.is_cancelled()

    def time_left(self, timeout: float) -> float:
        if self._deadline is None:
            return timeout
        return min(timeout, max((self._deadline - datetime.now(UTC)).total_seconds(), 0.001))


class RunActivities:
    """The activities of one worker process; `holder_queue` is the task queue only this process polls."""

    def __init__(self, client: Client, worker_id: str, holder_queue: str) -> None:
        self.client = client
        self.worker_label = f"{worker_id}@{socket.gethostname()}:{os.getpid()}"
        self.holder_queue = holder_queue

    def _call(self, body: Callable[[], T]) -> T:
        try:
            with _heartbeating():
                return body()
        except CancelledError:
            if activity.is_worker_shutdown():  # not the run's cancellation: another worker does it again
                raise ApplicationError("this worker stopped during the step", type=STOPPING) from None
            raise
        except ApplicationError:
            raise
        except Exception as error:
            raise as_application_error(error) from error

    # -- on the shared queue ------------------------------------------------------------------------------------
    @activity.defn(name=PREPARE)
    def prepare(self, given: PrepareInput) -> PreparedRun:
        """Plan the run and create and empty its tables; or, for a run resumed as a new execution, go on with the
        plan its earlier execution recorded (nothing is emptied again)."""

        def body() -> PreparedRun:
            backend = _Backend(self)
            if given.prior_workflow is not None:
                prior = bridge.wait(recorded_plan(self.client, given.prior_workflow, given.prior_execution), 60)
                if prior is not None:
                    shared.remember(given.workflow_id, prior)
                    return prior
            record = shared.prepare_step(backend, given.workflow_id, given.request)
            size = len(record.model_dump_json())
            if size > PLAN_LIMIT_BYTES:
                raise RunError(
                    f"the run's plan is {size:,} bytes, more than a Temporal payload may hold ({PLAN_LIMIT_BYTES:,})",
                    where="prepare",
                    fix="split the job (`schemas:`, or skip tables), or run it on the DBOS engine",
                )
            return record

        return self._call(body)

    @activity.defn(name=HOLDER_QUEUE)
    def where_to_hold(self) -> str:
        """The task queue of the worker that runs this: the run's snapshot is opened there."""
        return self.holder_queue

    @activity.defn(name=SUBSET)
    def subset(self, given: SubsetInput) -> SubsetOutcome:
        return self._call(lambda: shared.subset_step(_Backend(self), given.workflow_id, given.snapshot))

    @activity.defn(name=DROP_SUBSET)
    def drop_subset(self, given: SnapshotInput) -> None:
        self._call(lambda: shared.drop_subset_step(_Backend(self), given.workflow_id))

    @activity.defn(name=CHUNK)
    def chunk(self, given: ChunkInput) -> ChunkResult:
        backend = _Backend(self, given.deadline)
        return self._call(
            lambda: shared.copy_chunk_step(backend, given.parent, given.step_id, given.snapshot, given.copies)
        )

    @activity.defn(name=UPDATE)
    def update(self, given: ChunkInput) -> ChunkResult:
        backend = _Backend(self, given.deadline)
        return self._call(
            lambda: shared.update_step(backend, given.parent, given.step_id, given.snapshot, given.copies)
        )

    @activity.defn(name=FINISH)
    def finish(self, given: SnapshotInput) -> dict[str, int]:
        return self._call(lambda: shared.finish_step(_Backend(self), given.workflow_id))

    # -- on this worker's own queue (the snapshot holder) -----------------------------------------------------
    @activity.defn(name=OPEN_SNAPSHOT)
    def open_snapshot(self, given: SnapshotInput) -> str | None:
        return self._call(lambda: shared.open_snapshot_step(_Backend(self), given.workflow_id))

    @activity.defn(name=RELEASE)
    def release(self, given: SnapshotInput) -> None:
        shared.release_step(run_key(given.workflow_id))

    def shared_activities(self) -> list[Callable[..., object]]:
        return [self.prepare, self.where_to_hold, self.subset, self.drop_subset, self.chunk, self.update, self.finish]

    def holder_activities(self) -> list[Callable[..., object]]:
        return [self.open_snapshot, self.release]
