"""JobEngine on Temporal: a client of a Temporal server (TEMPORAL_* environment), and this process's worker once
started. Same run ids, statuses and per-table progress as the DBOS engine.

- `run_here` starts a worker in this process (on its own holder queue) and the run's workflow, and waits.
- `enqueue_run` starts the workflow for whichever worker takes it.
- `resume`: a cancelled run starts again as a new execution under its id, a failed one as a new attempt
  `<run>~<n>`; either goes on with the plan its earlier execution recorded (read from that history), from each
  table's last committed chunk.
- Schedules are Temporal Schedules (overlap SKIP unless `allow_overlap`), from our cron (engine/temporal/cron.py).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
import uuid
from typing import Any, NoReturn

from temporalio.client import (
    Client,
    Schedule,
    ScheduleActionStartWorkflow,
    ScheduleOverlapPolicy,
    SchedulePolicy,
    ScheduleState,
    WorkflowExecutionStatus,
    WorkflowFailureError,
)
from temporalio.common import WorkflowIDConflictPolicy, WorkflowIDReusePolicy
from temporalio.service import RPCError, RPCStatusCode

from lookalike.core.errors import ConfigError, LookalikeError
from lookalike.engine.contract import (
    RunEvent,
    RunInfo,
    RunOutcome,
    RunPlanView,
    RunRequest,
    ScheduleInfo,
    TableProgress,
)
from lookalike.engine.interface import RunHandle
from lookalike.engine.run import guard
from lookalike.engine.run import steps as shared
from lookalike.engine.run_ids import attempt_id, attempt_of, new_run_id, run_key
from lookalike.engine.temporal import bridge, runs
from lookalike.engine.temporal.connection import TemporalSettings, connect
from lookalike.engine.temporal.records import CONTROL_SIGNAL, MEMO_JOB, RUN_WORKFLOW, TABLE_WORKFLOW, RunStart
from lookalike.engine.temporal.worker import TemporalWorker

_lock = threading.Lock()
_clients: dict[tuple[str, str], Client] = {}
_worker: dict[str, TemporalWorker] = {}  # this process's worker (one at most), under "worker"
_MEMO_CRON = "cron"


def _client(settings: TemporalSettings) -> Client:
    key = (settings.address, settings.namespace)
    with _lock:
        found = _clients.get(key)
    if found is not None:
        return found
    client = bridge.wait(connect(settings))
    with _lock:
        return _clients.setdefault(key, client)


class _TemporalRun:
    """RunHandle over a run workflow."""

    def __init__(self, client: Client, run_id: str) -> None:
        self._client = client
        self._run_id = run_id

    @property
    def run_id(self) -> str:
        return self._run_id

    def result(self) -> RunOutcome:
        handle = self._client.get_workflow_handle(self._run_id, result_type=RunOutcome)
        try:
            output = bridge.wait(handle.result())
        except WorkflowFailureError as failure:
            raise runs.run_error(failure) from None
        if not isinstance(output, RunOutcome):
            raise LookalikeError(f"run {self._run_id} returned {type(output).__name__}, not a run outcome")
        return output


class TemporalEngine:
    """JobEngine on Temporal (see the module's docstring)."""

    def __init__(self, settings: TemporalSettings | None = None) -> None:
        self.settings = settings or TemporalSettings.from_environ()

    @property
    def client(self) -> Client:
        return _client(self.settings)

    def _wait(self, coroutine: Any) -> Any:
        return bridge.wait(coroutine)

    # -- starting runs, being a worker ---------------------------------------------------------------------------
    def new_run_id(self, job_name: str | None) -> str:
        return new_run_id(job_name)

    def _start(self, run_id: str, start: RunStart, *, reuse: bool = False) -> None:
        self._wait(
            self.client.start_workflow(
                RUN_WORKFLOW,
                start,
                id=run_id,
                task_queue=self.settings.task_queue,
                memo={MEMO_JOB: start.request.job_name},
                id_reuse_policy=(
                    WorkflowIDReusePolicy.ALLOW_DUPLICATE if reuse else WorkflowIDReusePolicy.REJECT_DUPLICATE
                ),
                id_conflict_policy=WorkflowIDConflictPolicy.FAIL,
            )
        )

    def run_here(self, run_id: str, request: RunRequest) -> RunHandle:
        self.start_worker()
        self._start(run_id, RunStart(request=request))
        return _TemporalRun(self.client, run_id)

    def enqueue_run(self, run_id: str, request: RunRequest) -> str:
        self._start(run_id, RunStart(request=request))
        return run_id

    def start_worker(self, *, worker_id: str | None = None, concurrency: int = 8) -> str:
        with _lock:
            running = _worker.get("worker")
        if running is None:
            name = worker_id or f"sync-{uuid.uuid4().hex[:8]}"
            client, queue = self.client, self.settings.task_queue

            async def create() -> TemporalWorker:  # the SDK builds workers on its running loop
                worker = TemporalWorker(client, queue, name, concurrency)
                await worker.start()
                return worker

            created: TemporalWorker = self._wait(create())
            with _lock:
                _worker["worker"] = created
        return f"temporal://{self.settings.address}/{self.settings.namespace}?task_queue={self.settings.task_queue}"

    def serve(self, stop: threading.Event | None = None, *, worker_id: str | None = None, concurrency: int = 8) -> None:
        self.start_worker(worker_id=worker_id, concurrency=concurrency)
        while stop is None or not stop.is_set():
            with _lock:
                running = _worker.get("worker")
            if running is not None and running.failed is not None:
                raise ConfigError(
                    f"the Temporal worker stopped: {running.failed}",
                    where=self.settings.where(),
                    fix="check that the Temporal server is up, then start the worker again",
                )
            time.sleep(0.5)

    def shutdown(self, *, hand_over: bool = True) -> None:
        """Stop this process's worker in bounded time (≈ 8 s); Temporal hands its runs to the other workers (and
        `runs resume` runs a run that no worker serves). `hand_over` changes nothing here: nothing is held."""
        with _lock:
            running = _worker.pop("worker", None)
        if running is None:
            return
        stopped = bridge.submit(running.stop())  # no new task from now on; Temporal gives in-flight ones a grace
        guard.begin_drain()  # steps still running are cut off after it (their chunk's transaction aborts)
        with contextlib.suppress(Exception):  # stopping anyway: the server retries what was cut off
            stopped.result(15)
        guard.end_drain()  # this worker is gone: steps of another engine in this process may run again

    def exit_now(self, code: int) -> NoReturn:
        import logging
        import sys

        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)

    # -- reading runs --------------------------------------------------------------------------------------------
    def list_runs(self, limit: int = 20) -> list[RunInfo]:
        found: list[RunInfo] = self._wait(runs.list_runs(self.client, limit))
        return found

    def get_run(self, run_id: str) -> RunInfo | None:
        found: RunInfo | None = self._wait(runs.get_run(self.client, run_id))
        return found

    def runs_by_id(self, run_ids: list[str]) -> list[RunInfo]:
        found = [info for info in (self.get_run(run_id) for run_id in run_ids) if info is not None]
        return sorted(found, key=lambda info: info.created.timestamp() if info.created else 0.0, reverse=True)

    def run_ids_with_prefix(self, prefix: str) -> list[str]:
        found: list[str] = self._wait(runs.run_ids_with_prefix(self.client, prefix))
        return found

    def delete(self, run_id: str) -> None:
        """Forget a run that ended: its checkpoints in the destinations it can reach, then its executions and its
        tables' executions on the server."""
        from temporalio.api.common.v1 import WorkflowExecution
        from temporalio.api.workflowservice.v1 import DeleteWorkflowExecutionRequest

        client = self.client
        start = self._wait(runs.start_of(client, run_id))
        if start is not None:
            shared.forget_checkpoints(run_id, start.request)
        query = f"WorkflowId STARTS_WITH {runs.quoted(run_id + '/')} AND WorkflowType = {runs.quoted(TABLE_WORKFLOW)}"

        async def remove() -> None:
            ids = [child.id async for child in client.list_workflows(query)] + [run_id]
            for workflow_id in dict.fromkeys(ids):
                try:
                    await client.workflow_service.delete_workflow_execution(
                        DeleteWorkflowExecutionRequest(
                            namespace=client.namespace, workflow_execution=WorkflowExecution(workflow_id=workflow_id)
                        )
                    )
                except RPCError as error:
                    if error.status != RPCStatusCode.NOT_FOUND:
                        raise

        self._wait(remove())

    def tables(self, run_id: str) -> list[TableProgress]:
        found: list[TableProgress] = self._wait(runs.tables(self.client, run_id))
        return found

    def plan(self, run_id: str) -> RunPlanView | None:
        found: RunPlanView | None = self._wait(runs.plan(self.client, run_id))
        return found

    def events(self, run_id: str) -> list[RunEvent]:
        found: list[RunEvent] = self._wait(runs.events(self.client, run_id))
        return found

    def run_url(self, run_id: str) -> str | None:
        """The run's workflow in the Web UI (its latest execution), when LOOKALIKE_TEMPORAL_UI_URL names it."""
        return self.settings.workflow_url(run_id)

    # -- controlling runs ----------------------------------------------------------------------------------------
    def cancel(self, run_id: str) -> None:
        """Cancel the run (its tables stop after their chunk in flight; `resume` goes on), then end the sessions
        it has open on its databases."""
        client = self.client
        self._wait(client.get_workflow_handle(run_id).cancel())
        start = self._wait(runs.start_of(client, run_id))
        if start is not None:
            with contextlib.suppress(LookalikeError):  # a server that is down runs nothing for the run
                shared.end_run_sessions(run_id, start.request)

    def pause(self, run_id: str) -> None:
        self._wait(self.client.get_workflow_handle(run_id).signal(CONTROL_SIGNAL, "pause"))

    def unpause(self, run_id: str) -> None:
        self._wait(self.client.get_workflow_handle(run_id).signal(CONTROL_SIGNAL, "resume"))

    def resume(self, run_id: str, *, here: bool = False) -> RunHandle:
        client = self.client
        if here:
            self.start_worker()
        described = self._wait(runs.describe(client, run_id))
        if described is None:
            raise ConfigError(f"no run {run_id!r}", where="RUN", fix="`lookalike runs list` shows the run ids")
        status = described.status
        if status in (WorkflowExecutionStatus.RUNNING, WorkflowExecutionStatus.COMPLETED):
            return _TemporalRun(client, run_id)  # running: a worker (this one, with `here`) goes on with it
        start = self._wait(runs.start_of(client, run_id, described.run_id))
        if start is None:
            raise ConfigError(
                f"run {run_id} was recorded by another version of Lookalike",
                where=f"run {run_id}",
                fix="finish it there, or run the job again",
            )
        go_on = RunStart(request=start.request, prior_workflow=run_id, prior_execution=described.run_id)
        if status in (WorkflowExecutionStatus.FAILED, WorkflowExecutionStatus.TIMED_OUT):
            # A new attempt `<run>~<n>` redoes the run from its snapshot on, every table from its checkpoint.
            attempt = attempt_of(run_id) + 1
            while self._wait(runs.describe(client, attempt_id(run_key(run_id), attempt))) is not None:
                attempt += 1
            next_id = attempt_id(run_key(run_id), attempt)
            self._start(next_id, go_on)
            return _TemporalRun(client, next_id)
        self._start(run_id, go_on, reuse=True)  # cancelled: a new execution under the same id
        return _TemporalRun(client, run_id)

    # -- schedules -----------------------------------------------------------------------------------------------
    def add_schedule(
        self, name: str, cron: str, request: RunRequest, allow_overlap: bool, run_prefix: str | None = None
    ) -> None:
        """Create (or replace) the schedule `name`; each run it fires plans when it starts (its id: the prefix,
        then the moment it fired)."""
        from lookalike.engine.temporal.cron import schedule_spec

        client = self.client
        start = RunStart(request=request.model_copy(update={"planned": None}))
        schedule = Schedule(
            action=ScheduleActionStartWorkflow(
                RUN_WORKFLOW,
                start,
                id=run_prefix or name,
                task_queue=self.settings.task_queue,
                memo={MEMO_JOB: name},
            ),
            spec=schedule_spec(cron),
            policy=SchedulePolicy(
                overlap=ScheduleOverlapPolicy.ALLOW_ALL if allow_overlap else ScheduleOverlapPolicy.SKIP
            ),
            state=ScheduleState(note=f"lookalike job {name}"),
        )

        async def create() -> None:
            handle = client.get_schedule_handle(name)
            try:
                await handle.delete()
            except RPCError as error:
                if error.status != RPCStatusCode.NOT_FOUND:
                    raise
            await client.create_schedule(name, schedule, memo={_MEMO_CRON: cron})

        self._wait(create())

    def schedules(self) -> list[ScheduleInfo]:
        client = self.client

        async def listing() -> list[ScheduleInfo]:
            found = []
            async for entry in await client.list_schedules():
                try:
                    cron = await entry.memo_value(_MEMO_CRON, type_hint=str)
                except KeyError:
                    continue  # not one of ours
                # The listing is the visibility store's, which lags: a schedule paused a moment ago still lists
                # as active. Its description is the schedule's own state.
                try:
                    described = await client.get_schedule_handle(entry.id).describe()
                except RPCError as error:
                    if error.status == RPCStatusCode.NOT_FOUND:
                        continue  # removed since it was listed
                    raise
                paused = described.schedule.state.paused
                actions = described.info.recent_actions
                last = actions[-1].scheduled_at.isoformat() if actions else None
                found.append(ScheduleInfo(entry.id, str(cron), "PAUSED" if paused else "ACTIVE", last))
            return found

        result: list[ScheduleInfo] = self._wait(listing())
        return result

    def has_schedule(self, name: str) -> bool:
        async def described() -> bool:
            try:
                await self.client.get_schedule_handle(name).describe()
            except RPCError as error:
                if error.status == RPCStatusCode.NOT_FOUND:
                    return False
                raise
            return True

        found: bool = self._wait(described())
        return found

    def pause_schedule(self, name: str) -> None:
        self._wait(self.client.get_schedule_handle(name).pause())

    def resume_schedule(self, name: str) -> None:
        self._wait(self.client.get_schedule_handle(name).unpause())

    def trigger_schedule(self, name: str) -> None:
        self._wait(self.client.get_schedule_handle(name).trigger())

    def remove_schedule(self, name: str) -> None:
        self._wait(self.client.get_schedule_handle(name).delete())
