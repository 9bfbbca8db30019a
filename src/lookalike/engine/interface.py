"""The durable engine as the rest of Lookalike sees it: the CLI, the API, `testing/` and the benches call only this
Protocol, and get their engine from `engine_for`.

DBOS Transact implements it (`DbosEngine`, the embedded default: no server); Temporal implements the same Protocol
with the same run ids, statuses and per-table progress (`TemporalEngine`, on a Temporal server named by Temporal's
own TEMPORAL_* environment), and `engine_for` picks one.
"""

from __future__ import annotations

import os
import threading
from typing import NoReturn, Protocol

from lookalike.core.errors import ConfigError
from lookalike.engine.contract import (
    RunEvent,
    RunInfo,
    RunOutcome,
    RunPlanView,
    RunRequest,
    ScheduleInfo,
    TableProgress,
)
from lookalike.installation.settings import system_database_url

ENGINE_KINDS = ("dbos", "temporal")


class RunHandle(Protocol):
    """A run started (or resumed) through the engine."""

    @property
    def run_id(self) -> str:
        """The run's id; for a failed run resumed, the new attempt's (`<run>~<n>`)."""
        ...

    def result(self) -> RunOutcome:
        """Wait for the run to end; its output, or the run's error raised. Ctrl-C raises KeyboardInterrupt here."""
        ...


class JobEngine(Protocol):
    # -- starting runs, being a worker -------------------------------------------------------------------------
    def new_run_id(self, job_name: str | None) -> str:
        """A fresh, unique, readable id for a run of `job_name` (the one place run ids are minted)."""
        ...

    def run_here(self, run_id: str, request: RunRequest) -> RunHandle:
        """Run it in this process (which becomes a one-off executor first); `result()` waits for it."""
        ...

    def enqueue_run(self, run_id: str, request: RunRequest) -> str:
        """Queue a run (a request from `work.build_request`) for the workers; its id."""
        ...

    def start_worker(self, *, worker_id: str | None = None, concurrency: int = 8) -> str:
        """Make this process execute queued runs, tables and schedules, without blocking (an embedded worker);
        where the engine keeps its state (the system database URL, unredacted).

        `worker_id` names the worker: one restarted under the same id recovers the runs it was executing.
        """
        ...

    def serve(self, stop: threading.Event | None = None, *, worker_id: str | None = None, concurrency: int = 8) -> None:
        """Be a worker (`start_worker`, a no-op when this process is one already) and block until `stop` is set."""
        ...

    def shutdown(self, *, hand_over: bool = True) -> None:
        """Stop executing in bounded time; with `hand_over` the runs it held go back to the queue for others.
        Threads cut off stay parked: `exit_now` next."""
        ...

    def exit_now(self, code: int) -> NoReturn:
        """End the process now (after `shutdown`, parked workflow threads would keep it alive)."""
        ...

    # -- reading runs ------------------------------------------------------------------------------------------
    def list_runs(self, limit: int = 20) -> list[RunInfo]: ...

    def get_run(self, run_id: str) -> RunInfo | None: ...

    def runs_by_id(self, run_ids: list[str]) -> list[RunInfo]: ...

    def run_ids_with_prefix(self, prefix: str) -> list[str]: ...

    def delete(self, run_id: str) -> None:
        """Forget a run that is no longer running."""
        ...

    def tables(self, run_id: str) -> list[TableProgress]:
        """Per-table progress of a run, while it runs and afterwards (the one progress channel)."""
        ...

    def plan(self, run_id: str) -> RunPlanView | None:
        """The run's plan once prepared (steps, their tables, row estimates, seed), else None."""
        ...

    def events(self, run_id: str) -> list[RunEvent]:
        """The run's recorded steps, in order."""
        ...

    def run_url(self, run_id: str) -> str | None:
        """The run's page in the engine's own UI (Temporal's Web UI), or None when the engine has none known."""
        ...

    # -- controlling runs --------------------------------------------------------------------------------------
    def cancel(self, run_id: str) -> None: ...

    def pause(self, run_id: str) -> None: ...

    def unpause(self, run_id: str) -> None: ...

    def resume(self, run_id: str, *, here: bool = False) -> RunHandle:
        """Continue a cancelled or interrupted run from its checkpoints (a failed one as a new attempt); with
        `here` this process executes it (else a worker picks it up)."""
        ...

    # -- schedules ---------------------------------------------------------------------------------------------
    def add_schedule(
        self, name: str, cron: str, request: RunRequest, allow_overlap: bool, run_prefix: str | None = None
    ) -> None:
        """Run `request` on `cron`; the runs' ids start with `run_prefix` (default: the schedule's name)."""
        ...

    def schedules(self) -> list[ScheduleInfo]: ...

    def has_schedule(self, name: str) -> bool: ...

    def pause_schedule(self, name: str) -> None: ...

    def resume_schedule(self, name: str) -> None: ...

    def trigger_schedule(self, name: str) -> None: ...

    def remove_schedule(self, name: str) -> None: ...


def engine_for(system_db: str | None = None, *, kind: str | None = None) -> JobEngine:
    """The engine of this installation: `kind` (else `LOOKALIKE_ENGINE`, else dbos). DBOS keeps its state in the
    system database `system_db` (else `LOOKALIKE_SYSTEM_DB`, else SQLite in the home); Temporal in the server
    TEMPORAL_ADDRESS / TEMPORAL_NAMESPACE (or TEMPORAL_PROFILE) name, `system_db` unused. The one place an engine
    is built."""
    chosen = kind or os.environ.get("LOOKALIKE_ENGINE") or "dbos"
    if chosen == "dbos":
        from lookalike.engine.dbos.engine import DbosEngine  # the backend loads only when chosen

        return DbosEngine(system_database_url(system_db))
    if chosen == "temporal":
        from lookalike.engine.temporal.connection import TemporalSettings, require_sdk

        require_sdk()
        from lookalike.engine.temporal.engine import TemporalEngine

        return TemporalEngine(TemporalSettings.from_environ())
    raise ConfigError(
        f"unknown engine {chosen!r}",
        where="LOOKALIKE_ENGINE" if kind is None else "engine kind",
        fix=f"use one of: {', '.join(ENGINE_KINDS)}",
    )
