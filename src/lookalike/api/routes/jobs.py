"""/jobs: the job document (the YAML file's model), versions, validation against live databases, runs, schedule."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import Field

from lookalike.api import services
from lookalike.api.deps import AccountDep, EngineDep, PolicyDep, SessionDep
from lookalike.api.models import Strict
from lookalike.api.routes.runs import RunPublic, public_run
from lookalike.core.config import JobConfig, next_cron_runs
from lookalike.core.errors import ConfigError
from lookalike.core.jobdiff import dropped_protections
from lookalike.engine.interface import JobEngine
from lookalike.store import jobs as store
from lookalike.store.accounts import audit
from lookalike.store.models import Job, JobVersion

router = APIRouter(prefix="/jobs", tags=["jobs"])


class ScheduleInfo(Strict):
    cron: str
    paused: bool
    next_runs: list[datetime.datetime]


class JobPublic(Strict):
    id: str
    name: str
    version: int
    document: dict[str, Any] = Field(description="the job as its YAML file would hold it (the key is never shown)")
    has_key: bool
    schedule: ScheduleInfo | None
    created_at: datetime.datetime | None


def _public(db: SessionDep, engine: JobEngine, job: Job, statuses: Mapping[str, str] | None = None) -> JobPublic:
    """The job as the API shows it; `statuses` (schedule name → status) spares a listing of every schedule per job."""
    version = store.latest(db, job)
    cron = version.document.get("schedule")
    schedule = None
    if cron:
        if statuses is None:
            statuses = {s.name: s.status for s in engine.schedules()}
        status = statuses.get(job.id, "ACTIVE")
        schedule = ScheduleInfo(
            cron=cron, paused=status == "PAUSED", next_runs=next_cron_runs(cron, datetime.datetime.now(datetime.UTC))
        )
    return JobPublic(
        id=job.id,
        name=job.name,
        version=version.number,
        document=version.document,
        has_key=version.sealed_key is not None,
        schedule=schedule,
        created_at=job.created_at,
    )


@router.get("")
def list_jobs(db: SessionDep, account: AccountDep, engine: EngineDep) -> list[JobPublic]:
    statuses = {s.name: s.status for s in engine.schedules()}
    return [_public(db, engine, job, statuses) for job in store.list_jobs(db, account.id)]


@router.post("", status_code=201)
def create_job(body: JobConfig, db: SessionDep, account: AccountDep, engine: EngineDep, policy: PolicyDep) -> JobPublic:
    """Save a job (its databases named by stored connection); a `schedule` starts firing right away."""
    job, _ = store.create_job(db, account.id, body)
    services.check_distinct(db, account.id, body, policy)  # raises before the commit: nothing is saved
    if body.schedule:
        services.apply_schedule(db, engine, account.id, job, policy)
    db.commit()
    return _public(db, engine, job)


@router.get("/{job_ref}")
def get_job(job_ref: str, db: SessionDep, account: AccountDep, engine: EngineDep) -> JobPublic:
    """A job by id or name."""
    return _public(db, engine, store.get_job(db, account.id, job_ref))


RequireMappings = Annotated[
    bool,
    Query(
        description="refuse (422) a new version that drops a column mapping, a subset filter (where, percent, "
        "limit) or a skipped table the previous version has; false drops them on purpose"
    ),
]


def _refuse_dropped(previous: JobVersion, config: JobConfig) -> None:
    lost = dropped_protections(store.config_of(previous), config)
    if not lost:
        return
    mappings = sum(".columns." in path for path in lost)
    shown = ", ".join(lost[:10]) + (f" (and {len(lost) - 10} more)" if len(lost) > 10 else "")
    raise ConfigError(
        f"this version would drop {mappings} column mapping(s) and {len(lost) - mappings} subset filter(s) or "
        f"skipped table(s) that version {previous.number} has: {shown}; those columns would be copied unchanged",
        where=lost[0],
        fix="send them again under `tables`, or repeat the request with require_mappings=false to drop them",
    )


@router.put("/{job_ref}")
def update_job(
    job_ref: str,
    body: JobConfig,
    db: SessionDep,
    account: AccountDep,
    engine: EngineDep,
    policy: PolicyDep,
    require_mappings: RequireMappings = False,
) -> JobPublic:
    """Save a new version (earlier runs keep theirs); the schedule follows the new version. A body without `key`
    keeps the previous version's key."""
    if require_mappings:
        _refuse_dropped(store.latest(db, store.get_job(db, account.id, job_ref)), body)
    job, _ = store.update_job(db, account.id, job_ref, body)
    services.check_distinct(db, account.id, body, policy)  # raises before the commit: nothing is saved
    services.apply_schedule(db, engine, account.id, job, policy)
    db.commit()
    return _public(db, engine, job)


class JobClone(Strict):
    name: str = Field(min_length=1, description="the copy's name")
    document: JobConfig | None = Field(
        None,
        description="the copy's job (default: the job's latest version as it is); without `key` the copy keeps "
        "the job's key, `key: null` gives it none",
    )


@router.post("/{job_ref}/clone", status_code=201)
def clone_job(
    job_ref: str,
    body: JobClone,
    db: SessionDep,
    account: AccountDep,
    engine: EngineDep,
    policy: PolicyDep,
    require_mappings: RequireMappings = False,
) -> JobPublic:
    """A new job from the latest version of this one: mappings, subset, options and its key (copied sealed,
    server side, since no client ever holds it); `document` replaces the job's document in the copy."""
    original = store.latest(db, store.get_job(db, account.id, job_ref))
    config = (body.document or store.config_of(original)).model_copy(update={"name": body.name})
    if require_mappings:
        _refuse_dropped(original, config)
    job, _ = store.clone_job(db, account.id, original, config)
    services.check_distinct(db, account.id, config, policy)  # raises before the commit: nothing is saved
    if config.schedule:
        services.apply_schedule(db, engine, account.id, job, policy)
    db.commit()
    return _public(db, engine, job)


@router.delete("/{job_ref}", status_code=204)
def delete_job(job_ref: str, db: SessionDep, account: AccountDep, engine: EngineDep) -> Response:
    job = store.get_job(db, account.id, job_ref)
    if engine.has_schedule(job.id):
        engine.remove_schedule(job.id)
    store.delete_job(db, account.id, job.id)
    db.commit()
    return Response(status_code=204)


class Validation(Strict):
    ok: bool
    tables: int = 0
    notes: list[str] = Field(default_factory=list)
    error: dict[str, str | None] | None = None


def _validation(job: JobConfig) -> Validation:
    from lookalike.engine.plan.prepare import prepare

    try:
        prepared = prepare(job, {}, for_writing=False)
    except ConfigError as error:
        return Validation(ok=False, error={"message": error.what, "where": error.where, "fix": error.fix})
    return Validation(ok=True, tables=len(prepared.resolved.tables), notes=list(prepared.resolved.notes))


@router.post("/validate")
def validate_document(body: JobConfig, db: SessionDep, account: AccountDep, policy: PolicyDep) -> Validation:
    """Check a job document (not saved) against the live source and destinations, column by column."""
    try:
        store.check_document(db, account.id, body)
        runnable = store.with_secrets(db, account.id, body, policy)
    except ConfigError as error:
        return Validation(ok=False, error={"message": error.what, "where": error.where, "fix": error.fix})
    return _validation(runnable)


@router.post("/{job_ref}/validate")
def validate(job_ref: str, db: SessionDep, account: AccountDep, policy: PolicyDep) -> Validation:
    """Check the latest version against the live source and destinations: every mapping, column by column."""
    version = store.latest(db, store.get_job(db, account.id, job_ref))
    return _validation(store.runnable(db, account.id, version, policy))


@router.post("/{job_ref}/runs", status_code=201)
def trigger(job_ref: str, db: SessionDep, account: AccountDep, engine: EngineDep, policy: PolicyDep) -> RunPublic:
    """Start a run now (queued for the workers); 422 with the first problem when the job does not validate."""
    run = services.trigger(db, engine, account.id, job_ref, policy)
    audit(db, account.id, "job.trigger", f"run:{run.workflow_id}")
    db.commit()
    return public_run(db, engine, run)


@router.get("/{job_ref}/runs")
def job_runs(
    job_ref: str,
    db: SessionDep,
    account: AccountDep,
    engine: EngineDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[RunPublic]:
    name = store.get_job(db, account.id, job_ref).name
    return [RunPublic.of(info, name) for info in services.runs_of(db, engine, account.id, job_ref, limit)]


class ScheduleUpdate(Strict):
    cron: str | None = Field(description='cron ("0 2 * * *"); null removes the schedule')


@router.put("/{job_ref}/schedule")
def set_schedule(
    job_ref: str, body: ScheduleUpdate, db: SessionDep, account: AccountDep, engine: EngineDep, policy: PolicyDep
) -> JobPublic:
    """Set or clear the cron schedule (a new version of the job)."""
    job = store.get_job(db, account.id, job_ref)
    changed = store.changed(store.latest(db, job), schedule=body.cron)
    job, _ = store.update_job(db, account.id, job.id, changed)
    services.apply_schedule(db, engine, account.id, job, policy)
    db.commit()
    return _public(db, engine, job)


def _pause(job_ref: str, db: SessionDep, account: AccountDep, engine: EngineDep, paused: bool) -> JobPublic:
    job = store.get_job(db, account.id, job_ref)
    if not engine.has_schedule(job.id):
        raise ConfigError(
            f"job {job.name!r} has no schedule", where="schedule", fix="set one first (PUT /jobs/{job}/schedule)"
        )
    if paused:
        engine.pause_schedule(job.id)
    else:
        engine.resume_schedule(job.id)
    audit(db, account.id, "job.pause" if paused else "job.unpause", f"job:{job.id}")
    db.commit()
    return _public(db, engine, job)


@router.post("/{job_ref}/pause")
def pause(job_ref: str, db: SessionDep, account: AccountDep, engine: EngineDep) -> JobPublic:
    """Stop the schedule from starting runs (runs already going go on)."""
    return _pause(job_ref, db, account, engine, True)


@router.post("/{job_ref}/unpause")
def unpause(job_ref: str, db: SessionDep, account: AccountDep, engine: EngineDep) -> JobPublic:
    return _pause(job_ref, db, account, engine, False)


class SubsetTable(Strict):
    table: str
    source_rows: int
    kept: int
    target: int
    child: int
    parent: int
    whole: bool


class SubsetPlanPublic(Strict):
    rounds: int
    kept: int
    tables: list[SubsetTable]


@router.post("/{job_ref}/subset-plan")
def subset_plan(job_ref: str, db: SessionDep, account: AccountDep, policy: PolicyDep) -> SubsetPlanPublic:
    """Per table, how many rows the latest version's subset keeps and why; computed in the source, written nowhere."""
    from lookalike.engine.review.subsets import preview

    version = store.latest(db, store.get_job(db, account.id, job_ref))
    found = preview(store.runnable(db, account.id, version, policy), {})
    tables = [
        SubsetTable(
            table=t.table,
            source_rows=t.source_rows,
            kept=t.kept,
            target=t.target,
            child=t.child,
            parent=t.parent,
            whole=t.whole,
        )
        for t in found.tables
    ]
    return SubsetPlanPublic(rounds=found.rounds, kept=found.kept, tables=tables)
