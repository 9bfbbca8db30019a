"""JobEngine on DBOS Transact: a client of the system database, or this process's executor once launched."""

from __future__ import annotations

import threading
from typing import Any, NoReturn

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
from lookalike.engine.run_ids import new_run_id


class _DbosRun:
    """RunHandle over a DBOS workflow handle."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    @property
    def run_id(self) -> str:
        return str(self._handle.get_workflow_id())

    def result(self) -> RunOutcome:
        output: RunOutcome = self._handle.get_result()
        return output


class DbosEngine:
    """JobEngine on DBOS: a client of the system database, or this process's executor once launched."""

    def __init__(self, system_db: str | None = None) -> None:
        self._system_db = system_db

    @property
    def _api(self) -> Any:
        from lookalike.engine.dbos import runtime

        return runtime.api(self._system_db)

    def new_run_id(self, job_name: str | None) -> str:
        return new_run_id(job_name)

    def run_here(self, run_id: str, request: RunRequest) -> RunHandle:
        from lookalike.engine.dbos import runtime

        runtime.launch(self._system_db, take_runs=False)  # a one-off executor: its own run, nobody else's
        return _DbosRun(runtime.start(run_id, request))

    def enqueue_run(self, run_id: str, request: RunRequest) -> str:
        from lookalike.engine.dbos import runtime

        return runtime.enqueue(run_id, request, self._system_db)

    def start_worker(self, *, worker_id: str | None = None, concurrency: int = 8) -> str:
        from lookalike.engine.dbos import runtime

        return runtime.launch(self._system_db, worker_id=worker_id, concurrency=concurrency)

    def serve(self, stop: threading.Event | None = None, *, worker_id: str | None = None, concurrency: int = 8) -> None:
        from lookalike.engine.dbos import runtime

        self.start_worker(worker_id=worker_id, concurrency=concurrency)
        runtime.serve(stop)

    def shutdown(self, *, hand_over: bool = True) -> None:
        from lookalike.engine.dbos import runtime

        runtime.shutdown(hand_over=hand_over)

    def exit_now(self, code: int) -> NoReturn:
        from lookalike.engine.dbos import runtime

        runtime.exit_now(code)

    def list_runs(self, limit: int = 20) -> list[RunInfo]:
        from lookalike.engine.dbos import runs

        return runs.list_runs(self._api, limit)

    def get_run(self, run_id: str) -> RunInfo | None:
        from lookalike.engine.dbos import runs

        return runs.get_run(self._api, run_id)

    def runs_by_id(self, run_ids: list[str]) -> list[RunInfo]:
        from lookalike.engine.dbos import runs

        return runs.runs_by_id(self._api, run_ids)

    def run_ids_with_prefix(self, prefix: str) -> list[str]:
        from lookalike.engine.dbos import runs

        return runs.run_ids_with_prefix(self._api, prefix)

    def delete(self, run_id: str) -> None:
        from lookalike.engine.dbos import runs

        runs.delete(self._api, run_id)

    def tables(self, run_id: str) -> list[TableProgress]:
        from lookalike.engine.dbos import runs

        return runs.tables(self._api, run_id)

    def plan(self, run_id: str) -> RunPlanView | None:
        from lookalike.engine.dbos import runs

        return runs.plan(self._api, run_id)

    def events(self, run_id: str) -> list[RunEvent]:
        from lookalike.engine.dbos import runs

        return runs.events(self._api, run_id)

    def run_url(self, run_id: str) -> str | None:
        return None  # DBOS keeps runs in the system database: no UI of its own to link to

    def cancel(self, run_id: str) -> None:
        from lookalike.engine.dbos import runs

        runs.cancel(self._api, run_id)

    def pause(self, run_id: str) -> None:
        from lookalike.engine.dbos import runs

        runs.pause(self._api, run_id)

    def unpause(self, run_id: str) -> None:
        from lookalike.engine.dbos import runs

        runs.unpause(self._api, run_id)

    def resume(self, run_id: str, *, here: bool = False) -> RunHandle:
        from lookalike.engine.dbos import runtime
        from lookalike.engine.dbos.workflows import TABLE_QUEUE

        if here:
            runtime.launch(self._system_db)
        api = self._api
        found = api.list_workflows(workflow_ids=[run_id], load_input=False, load_output=False)
        if found and found[0].status in ("ERROR", "MAX_RECOVERY_ATTEMPTS_EXCEEDED"):
            # Resuming would replay the recorded failure: a new attempt (a fork) redoes the run from its failed step.
            return _DbosRun(_retry_failed(api, run_id))
        # Tables left running by a dead process stay PENDING under its executor id: requeue them too. (A worker
        # restarted under its old --id recovers its own; this is for a `lookalike sync` that was killed.)
        stranded = api.list_workflows(
            workflow_id_prefix=f"{run_id}/", status=["PENDING"], load_input=False, load_output=False
        )
        for child in stranded:
            api.resume_workflow(child.workflow_id, queue_name=TABLE_QUEUE)
        return _DbosRun(api.resume_workflow(run_id))

    def add_schedule(
        self, name: str, cron: str, request: RunRequest, allow_overlap: bool, run_prefix: str | None = None
    ) -> None:
        from lookalike.engine.dbos import schedules

        schedules.add(self._api, name, cron, request, allow_overlap, run_prefix)

    def schedules(self) -> list[ScheduleInfo]:
        from lookalike.engine.dbos import schedules

        return schedules.listing(self._api)

    def has_schedule(self, name: str) -> bool:
        return self._api.get_schedule(name) is not None

    def pause_schedule(self, name: str) -> None:
        self._api.pause_schedule(name)

    def resume_schedule(self, name: str) -> None:
        self._api.resume_schedule(name)

    def trigger_schedule(self, name: str) -> None:
        self._api.trigger_schedule(name)

    def remove_schedule(self, name: str) -> None:
        self._api.delete_schedule(name)


def _retry_failed(api: Any, run_id: str) -> Any:
    """Start the next attempt of failed run `run_id` (workflow id `<run>~<n>`) from the step that failed.

    DBOS's fork copies the recorded steps before that one; the attempt keeps the run's checkpoints (its key is
    the run's id), so tables already copied are not copied again. A run that failed in a table (no step of the
    run itself failed) restarts at its snapshot: a fresh snapshot, then every table on from its checkpoint.
    """
    from dbos import SetWorkflowID

    from lookalike.engine.dbos.workflows import RUN_QUEUE
    from lookalike.engine.run_ids import attempt_id, attempt_of, run_key

    steps = api.list_workflow_steps(run_id, load_output=False)
    failed = next((step["function_id"] for step in steps if step["error"] is not None), None)
    if failed is None:
        names = [(step["function_id"], str(step["function_name"])) for step in steps]
        failed = next((function_id for function_id, name in names if name == "snapshot"), 0)
    attempt = attempt_of(run_id) + 1
    while api.list_workflows(workflow_ids=[attempt_id(run_key(run_id), attempt)], load_input=False):
        attempt += 1
    with SetWorkflowID(attempt_id(run_key(run_id), attempt)):
        return api.fork_workflow(run_id, failed, queue_name=RUN_QUEUE)
