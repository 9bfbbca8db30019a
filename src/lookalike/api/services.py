"""What the API does that spans the store and the engine: start runs, keep schedules, and show runs by account.

Runs of a stored job have ids starting with the job's id, scheduled ones included, so the runs a schedule
started (in any worker, without the store) are found and recorded for their account when runs are listed.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lookalike.connectors.confine import ConnectionPolicy
from lookalike.core.config import JobConfig
from lookalike.core.errors import LookalikeError, NotFoundError
from lookalike.engine.contract import RunInfo, RunRequest
from lookalike.engine.interface import JobEngine
from lookalike.store.jobs import config_of, get_job, latest, list_jobs, runnable, with_secrets
from lookalike.store.models import Job, JobVersion, Run


def run_prefix(job: Job) -> str:
    return f"{job.id}-"


def request_for(db: Session, account_id: str, version: JobVersion, policy: ConnectionPolicy) -> RunRequest:
    """Validate the version against its live databases and seal it into the request a run takes."""
    from lookalike.engine.run.steps import build_request

    return build_request(runnable(db, account_id, version, policy), {})


def check_distinct(db: Session, account_id: str, job: JobConfig, policy: ConnectionPolicy) -> None:
    """ConfigError when a destination of the job being saved (its document checked by the store already) is its
    source or another destination, by the databases' identity. Best effort: connections that do not resolve or
    answer are left to the run's validation."""
    from lookalike.engine.plan.sameness import check_distinct as distinct

    try:
        runnable = with_secrets(db, account_id, job, policy)
    except LookalikeError:
        return  # the store's own checks (unknown connection, policy) say what is wrong, when saving or running
    distinct(runnable, runnable.source.resolve({}), [d.resolve({}) for d in runnable.destinations])


def trigger(db: Session, engine: JobEngine, account_id: str, job_ref: str, policy: ConnectionPolicy) -> Run:
    """Queue a run of the job's latest version (ConfigError, and no run, when it does not validate)."""
    job = get_job(db, account_id, job_ref)
    version = latest(db, job)
    request = request_for(db, account_id, version, policy)
    run_id = engine.new_run_id(job.id)  # starts with run_prefix(job): `<job id>-`
    engine.enqueue_run(run_id, request)
    run = Run(account_id=account_id, job_version_id=version.id, workflow_id=run_id)
    db.add(run)
    db.flush()
    return run


def apply_schedule(db: Session, engine: JobEngine, account_id: str, job: Job, policy: ConnectionPolicy) -> None:
    """Make the engine's schedule match the job's latest version: created, replaced, or removed."""
    version = latest(db, job)
    config = config_of(version)
    cron = config.schedule
    if cron is None:
        if engine.has_schedule(job.id):
            engine.remove_schedule(job.id)
        return
    request = request_for(db, account_id, version, policy)
    engine.add_schedule(job.id, cron, request, config.allow_overlap, run_prefix=run_prefix(job))


def _adopt(db: Session, engine: JobEngine, account_id: str, jobs: list[Job]) -> None:
    """Record runs that schedules started for these jobs (the store learns of them only here)."""
    known = set(db.scalars(select(Run.workflow_id).where(Run.account_id == account_id)))
    for job in jobs:
        fresh = [run_id for run_id in engine.run_ids_with_prefix(run_prefix(job)) if run_id not in known]
        if fresh:
            version = latest(db, job)
            db.add_all(Run(account_id=account_id, job_version_id=version.id, workflow_id=r) for r in fresh)
    db.commit()


def runs_of(db: Session, engine: JobEngine, account_id: str, job_ref: str | None, limit: int) -> list[RunInfo]:
    jobs = [get_job(db, account_id, job_ref)] if job_ref else list_jobs(db, account_id)
    _adopt(db, engine, account_id, [job for job in jobs if engine.has_schedule(job.id)])
    query = select(Run.workflow_id).where(Run.account_id == account_id)
    if job_ref:
        versions = select(JobVersion.id).where(JobVersion.job_id == jobs[0].id)
        query = query.where(Run.job_version_id.in_(versions))
    ids = list(db.scalars(query.order_by(Run.created_at.desc()).limit(limit)))
    return engine.runs_by_id(ids)


def run_of(db: Session, engine: JobEngine, account_id: str, run_id: str) -> tuple[Run, RunInfo]:
    """The account's run; NotFoundError for an unknown run and for another account's (indistinguishable)."""
    run = db.scalar(select(Run).where(Run.account_id == account_id, Run.workflow_id == run_id))
    if run is None:
        owner = next((job for job in list_jobs(db, account_id) if run_id.startswith(run_prefix(job))), None)
        if owner is not None:
            _adopt(db, engine, account_id, [owner])
            run = db.scalar(select(Run).where(Run.account_id == account_id, Run.workflow_id == run_id))
    info = engine.get_run(run_id) if run is not None else None
    if run is None or info is None:
        raise NotFoundError(f"no run {run_id!r}", where="run id", fix="GET /runs lists this account's runs")
    return run, info


def job_name_of(db: Session, run: Run) -> str:
    version = db.get(JobVersion, run.job_version_id)
    job = db.get(Job, version.job_id) if version is not None else None
    return job.name if job is not None else ""


def job_names(db: Session, account_id: str, run_ids: list[str]) -> dict[str, str]:
    """Run id → name of the job it ran."""
    query = (
        select(Run.workflow_id, Job.name)
        .join(JobVersion, JobVersion.id == Run.job_version_id)
        .join(Job, Job.id == JobVersion.job_id)
        .where(Run.account_id == account_id, Run.workflow_id.in_(run_ids))
    )
    return {run_id: name for run_id, name in db.execute(query)}
