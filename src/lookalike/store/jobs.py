"""Stored jobs: each edit is a new version holding the same document a job YAML file holds.

A stored job names its databases by stored connection (`connection: prod`), never by URL or environment
variable: the document then holds no secret, and one account cannot read the server's environment. Only when a
run starts are the names swapped for the sealed URLs.
"""

from __future__ import annotations

from typing import Any

from pydantic import SecretStr
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lookalike.connectors.confine import ConnectionPolicy
from lookalike.core.config import ConnectionConfig, JobConfig, validate_job
from lookalike.core.errors import ConfigError, ConflictError, NotFoundError
from lookalike.installation.secrets import seal, unseal
from lookalike.store.accounts import audit
from lookalike.store.connections import connection_named, url_of
from lookalike.store.models import Job, JobVersion
from lookalike.store.transformers import account_transformers


def _places(job: JobConfig) -> list[tuple[str, ConnectionConfig]]:
    return [("source", job.source)] + [(f"destinations.{i}", d) for i, d in enumerate(job.destinations)]


def check_document(session: Session, account_id: str, job: JobConfig) -> JobConfig:
    """The job, if its databases are this account's stored connections and it reads no server variable."""
    if job.key_env is not None:
        raise ConfigError(
            "a job kept by the server cannot read the server's environment",
            where="key_env",
            fix="give the key itself as `key:` (it is stored encrypted)",
        )
    if not job.name:
        raise ConfigError("a stored job needs a name", where="name", fix='add `name: "nightly-qa"`')
    for where, place in _places(job):
        if place.connection is None:
            raise ConfigError(
                "a job kept by the server names its databases by stored connection, not by URL or variable",
                where=f"{where}.{'url' if place.url is not None else 'url_env'}",
                fix="create the connection (POST /connections), then write `connection: <its name>`",
            )
        connection_named(session, account_id, place.connection)
    _refuse_repeated(job)
    return job


def _refuse_repeated(job: JobConfig) -> None:
    """A connection named as a destination twice, or as the source and a destination of a copy (a generate job
    reads only the source's schema: the engine decides from the live database whether it may write there)."""
    earlier: list[str | None] = []
    for index, destination in enumerate(job.destinations):
        name = destination.connection
        if name in earlier:
            raise ConfigError(
                f"connection {name!r} is destinations.{earlier.index(name)} and destinations.{index}: the second "
                "copy into it would fail mid-run, after the first had written",
                where=f"destinations.{index}.connection",
                fix="list each destination once",
            )
        if name == job.source.connection and job.generate is None:
            raise ConfigError(
                f"connection {name!r} is the source and destinations.{index}: the run would write its copy into the "
                "database it reads",
                where=f"destinations.{index}.connection",
                fix="choose another destination connection (a fresh database with `init_schema: true`)",
            )
        earlier.append(name)


def list_jobs(session: Session, account_id: str) -> list[Job]:
    return list(session.scalars(select(Job).where(Job.account_id == account_id).order_by(Job.name)))


def get_job(session: Session, account_id: str, job_ref: str) -> Job:
    """A job by id or by name."""
    found = session.scalar(select(Job).where(Job.account_id == account_id, Job.id == job_ref)) or session.scalar(
        select(Job).where(Job.account_id == account_id, Job.name == job_ref)
    )
    if found is None:
        raise NotFoundError(f"no job {job_ref!r}", where="job", fix="GET /jobs lists this account's jobs")
    return found


def latest(session: Session, job: Job) -> JobVersion:
    version = session.scalar(
        select(JobVersion).where(JobVersion.job_id == job.id).order_by(JobVersion.number.desc()).limit(1)
    )
    assert version is not None, "a job always has a version"
    return version


def _unique(session: Session, account_id: str, name: str, own_id: str | None = None) -> None:
    clash = session.scalar(select(Job).where(Job.account_id == account_id, Job.name == name))
    if clash is not None and clash.id != own_id:
        raise ConflictError(f"a job named {name!r} exists", where="name", fix="choose another name, or update it")


def _version(job: Job, number: int, config: JobConfig, sealed_key: str | None = None) -> JobVersion:
    """The version of `config`; `sealed_key` (a clone's: the original's key as sealed) stands for its key."""
    document = config.model_dump(mode="json", exclude_defaults=True, exclude={"key"})
    key = seal(config.key.get_secret_value()) if config.key is not None else sealed_key
    return JobVersion(job_id=job.id, number=number, document=document, sealed_key=key)


def config_of(version: JobVersion) -> JobConfig:
    """The version's job as stored: connections by name, no key (it stays sealed)."""
    return validate_job(version.document, origin=f"job version {version.number}")


def changed(version: JobVersion, **changes: Any) -> JobConfig:
    """The version's job (key included) with `changes`, validated: the next version of an edit."""
    config = config_of(version)
    return validate_job({**config.model_dump(exclude_defaults=True), "key": _key(version), **changes}, origin="job")


def create_job(
    session: Session, account_id: str, config: JobConfig, sealed_key: str | None = None
) -> tuple[Job, JobVersion]:
    check_document(session, account_id, config)
    assert config.name is not None
    _unique(session, account_id, config.name)
    job = Job(account_id=account_id, name=config.name)
    session.add(job)
    session.flush()
    version = _version(job, 1, config, sealed_key)
    session.add(version)
    session.flush()
    audit(session, account_id, "job.create", f"job:{job.id}")
    return job, version


def clone_job(session: Session, account_id: str, original: JobVersion, config: JobConfig) -> tuple[Job, JobVersion]:
    """A new job holding `config`, with `original`'s key unless `config` mentions `key` itself. The key is copied
    as sealed, server side: clients never see a key, so a copy made through them would lose it (and its
    deterministic mappings would no longer match the original's)."""
    kept = None if "key" in config.model_fields_set else original.sealed_key
    job, version = create_job(session, account_id, config, sealed_key=kept)
    audit(session, account_id, "job.clone", f"job:{job.id} from job:{original.job_id}")
    return job, version


def update_job(session: Session, account_id: str, job_ref: str, config: JobConfig) -> tuple[Job, JobVersion]:
    """Save `config` as the job's next version (runs keep pointing at the version they ran). A document that
    does not mention `key` keeps the previous version's key (clients never see it to send it back); `key: null`
    removes it."""
    job = get_job(session, account_id, job_ref)
    check_document(session, account_id, config)
    # Kept as sealed (not unsealed and sealed anew): the stored key of an edit is the previous version's, exactly.
    kept = None if "key" in config.model_fields_set else latest(session, job).sealed_key
    assert config.name is not None
    _unique(session, account_id, config.name, job.id)
    job.name = config.name
    number = session.scalar(select(func.max(JobVersion.number)).where(JobVersion.job_id == job.id)) or 0
    version = _version(job, number + 1, config, sealed_key=kept)
    session.add(version)
    session.flush()
    audit(session, account_id, "job.update", f"job:{job.id}")
    return job, version


def delete_job(session: Session, account_id: str, job_ref: str) -> Job:
    job = get_job(session, account_id, job_ref)
    session.delete(job)
    audit(session, account_id, "job.delete", f"job:{job.id}")
    return job


def jobs_using(session: Session, account_id: str, connection_name: str) -> list[str]:
    """Names of the jobs whose latest version names the connection."""
    using = []
    for job in list_jobs(session, account_id):
        config = config_of(latest(session, job))
        if any(place.connection == connection_name for _, place in _places(config)):
            using.append(job.name)
    return using


def runnable(session: Session, account_id: str, version: JobVersion, policy: ConnectionPolicy) -> JobConfig:
    """The version's job with stored connections swapped for their URLs, its key unsealed and the account's
    transformers added: what runs (never stored, never returned)."""
    return with_secrets(session, account_id, config_of(version).model_copy(update={"key": _key(version)}), policy)


def with_secrets(session: Session, account_id: str, job: JobConfig, policy: ConnectionPolicy) -> JobConfig:
    """`job` with its stored connections swapped for their URLs (checked against the server's policy) and the
    account's transformers added."""
    source = job.source.model_copy(update={"url": _secret(session, account_id, job.source, policy), "connection": None})
    destinations = [
        place.model_copy(update={"url": _secret(session, account_id, place, policy), "connection": None})
        for place in job.destinations
    ]
    transformers = {**account_transformers(session, account_id), **job.transformers}
    return job.model_copy(update={"source": source, "destinations": destinations, "transformers": transformers})


def _key(version: JobVersion) -> SecretStr | None:
    """The version's job key, unsealed."""
    return SecretStr(unseal(version.sealed_key)) if version.sealed_key is not None else None


def _secret(session: Session, account_id: str, place: ConnectionConfig, policy: ConnectionPolicy) -> SecretStr:
    assert place.connection is not None
    return SecretStr(url_of(connection_named(session, account_id, place.connection), policy))
