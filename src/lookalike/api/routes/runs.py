"""/runs: an account's runs with per-table progress and events; cancel, resume, delete."""

from __future__ import annotations

import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import Field

from lookalike.api import services
from lookalike.api.deps import AccountDep, EngineDep, SessionDep
from lookalike.api.models import Strict
from lookalike.core.errors import ConflictError
from lookalike.engine.contract import RunInfo, RunOutcome, TableProgress
from lookalike.engine.interface import JobEngine
from lookalike.store.accounts import audit
from lookalike.store.models import Run

router = APIRouter(prefix="/runs", tags=["runs"])
_TERMINAL = {"succeeded", "failed", "cancelled"}


class RunPublic(Strict):
    id: str
    job: str
    status: str
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    worker: str | None
    error: str | None
    rows: int | None = None
    warnings: list[str] = Field(default_factory=list, description="a success that looks wrong (0 rows copied…)")

    @classmethod
    def of(cls, info: RunInfo, job: str) -> RunPublic:
        rows = info.output.rows if info.output is not None else None
        warnings = list(info.output.warnings) if info.output is not None else []
        return cls(
            id=info.run_id,
            job=job,
            status=info.status,
            created_at=info.created,
            updated_at=info.updated,
            worker=info.executor,
            error=info.error,
            rows=rows,
            warnings=warnings,
        )


class RunDetail(RunPublic):
    tables: list[TableProgress] = Field(description="each table step's progress, with its row estimate")
    output: RunOutcome | None = Field(description="a succeeded run's outcome (the engine's own record)")
    engine_url: str | None = Field(None, description="the run's page in the engine's own UI (Temporal Web UI), if any")


class EventPublic(Strict):
    step: str
    started: datetime.datetime | None
    finished: datetime.datetime | None
    error: str | None


def public_run(db: SessionDep, engine: JobEngine, run: Run) -> RunPublic:
    info = engine.get_run(run.workflow_id)
    job = services.job_name_of(db, run)
    if info is None:  # just queued: the engine has not recorded it yet
        return RunPublic(
            id=run.workflow_id,
            job=job,
            status="pending",
            created_at=run.created_at,
            updated_at=None,
            worker=None,
            error=None,
        )
    return RunPublic.of(info, job)


@router.get("")
def list_runs(
    db: SessionDep, account: AccountDep, engine: EngineDep, limit: Annotated[int, Query(ge=1, le=500)] = 50
) -> list[RunPublic]:
    """The account's newest runs (scheduled ones included)."""
    infos = services.runs_of(db, engine, account.id, None, limit)
    names = services.job_names(db, account.id, [info.run_id for info in infos])
    return [RunPublic.of(info, names.get(info.run_id, "")) for info in infos]


@router.get("/{run_id}")
def get_run(run_id: str, db: SessionDep, account: AccountDep, engine: EngineDep) -> RunDetail:
    """A run with each table's state, rows, time, path and retries."""
    run, info = services.run_of(db, engine, account.id, run_id)
    tables = with_estimates(engine, run_id)
    summary = RunPublic.of(info, services.job_name_of(db, run))
    return RunDetail(**summary.model_dump(), tables=tables, output=info.output, engine_url=engine.run_url(run_id))


def with_estimates(engine: JobEngine, run_id: str) -> list[TableProgress]:
    """Each table's progress with the row estimate its plan recorded."""
    plan = engine.plan(run_id)
    estimates = plan.estimates if plan is not None else {}
    return [table.model_copy(update={"estimate": estimates.get(table.step)}) for table in engine.tables(run_id)]


@router.get("/{run_id}/events")
def run_events(run_id: str, db: SessionDep, account: AccountDep, engine: EngineDep) -> list[EventPublic]:
    """The run's recorded steps in order (prepare, snapshot, subset, tables dispatched, finish)."""
    services.run_of(db, engine, account.id, run_id)
    return [
        EventPublic(step=e.step, started=e.started, finished=e.finished, error=e.error) for e in engine.events(run_id)
    ]


@router.post("/{run_id}/cancel")
def cancel(run_id: str, db: SessionDep, account: AccountDep, engine: EngineDep) -> RunPublic:
    """Stop the run and its tables (it can be resumed)."""
    run, info = services.run_of(db, engine, account.id, run_id)
    if info.status in _TERMINAL:
        raise ConflictError(f"run {run_id} has {info.status}", where="run", fix="only a pending or running run stops")
    engine.cancel(run_id)
    audit(db, account.id, "run.cancel", f"run:{run_id}")
    db.commit()
    return public_run(db, engine, run)


@router.post("/{run_id}/resume")
def resume(run_id: str, db: SessionDep, account: AccountDep, engine: EngineDep) -> RunPublic:
    """Go on with a cancelled or interrupted run from its checkpoints; a failed run goes on as a new attempt
    (`<run>~2`, the run this answers with) from the step that failed."""
    run, info = services.run_of(db, engine, account.id, run_id)
    if info.status == "succeeded":
        raise ConflictError(f"run {run_id} has succeeded", where="run", fix="trigger the job for a new run")
    attempt = engine.resume(run_id).run_id
    if attempt != run_id:
        run = Run(account_id=account.id, job_version_id=run.job_version_id, workflow_id=attempt)
        db.add(run)
    audit(db, account.id, "run.resume", f"run:{run_id}")
    db.commit()
    return public_run(db, engine, run)


@router.delete("/{run_id}", status_code=204)
def delete_run(run_id: str, db: SessionDep, account: AccountDep, engine: EngineDep) -> Response:
    """Forget a finished run (its history and progress)."""
    run, info = services.run_of(db, engine, account.id, run_id)
    if info.status not in _TERMINAL:
        raise ConflictError(f"run {run_id} is {info.status}", where="run", fix="cancel it first")
    engine.delete(run_id)
    db.delete(run)
    audit(db, account.id, "run.delete", f"run:{run_id}")
    db.commit()
    return Response(status_code=204)
