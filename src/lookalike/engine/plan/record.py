"""The recorded plan: a run's resolved job written once as a `PreparedRun`, and read back by any step in any worker.

Writing (`record_of`) turns what planning resolved — column plans with their transformers, params and keys, the
steps, the source schema — into the run contract's records, with every key and URL sealed. Reading (`load`)
turns them back into the objects the data path uses, by looking each transformer up in the registry: no database
is reflected and no job is resolved again, so a worker that joins late runs exactly the plan the run started with.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, SecretStr

from lookalike.core.config import ConnectionConfig, DestinationConfig, JobConfig
from lookalike.core.plan import InsertStep, Plan, Step, UpdateStep
from lookalike.engine.contract import (
    ColumnRecord,
    DestinationFacts,
    PreparedRun,
    RetryPolicy,
    RunRequest,
    SchemaRecord,
    SealedSecrets,
    StepRecord,
    TableLanes,
    TablePlanRecord,
)
from lookalike.engine.plan.resolve import ColumnPlan, ResolvedJob, TablePlan
from lookalike.installation.secrets import seal, unseal
from lookalike.transformers import REGISTRY, Registry

T = TypeVar("T")
_PLACEHOLDER = "sealed"  # what a recorded job holds where its URLs were


def sealed_job(job: JobConfig) -> JobConfig:
    """The job with its URLs replaced by a placeholder and its key left out (they travel sealed beside it)."""
    placeholder = ConnectionConfig.model_validate({"url": _PLACEHOLDER})
    return job.model_copy(
        update={
            "source": placeholder,
            "destinations": [
                destination.model_copy(update={"url": placeholder.url, "url_env": None, "connection": None})
                for destination in job.destinations
            ],
            "key": None,
            "key_env": None,
        }
    )


def opened_job(job: JobConfig, sealed: SealedSecrets) -> JobConfig:
    """The recorded job with its URLs and key decrypted (never logged, never returned from a step)."""
    source = ConnectionConfig.model_validate({"url": unseal(sealed.source)})
    destinations: list[DestinationConfig] = [
        destination.model_copy(update={"url": SecretStr(unseal(url))})
        for destination, url in zip(job.destinations, sealed.destinations, strict=True)
    ]
    update: dict[str, Any] = {"source": source, "destinations": destinations}
    if sealed.key is not None:
        update["key"] = SecretStr(unseal(sealed.key))
    return job.model_copy(update=update)


def make_request(
    job: JobConfig, urls: list[str], source_url: str, key: str | None, workers: int, planned: str | None = None
) -> RunRequest:
    """What a run workflow takes: the job without secrets, plus the resolved URLs and key, encrypted."""
    retry = job.sync_options.retry
    return RunRequest(
        job=sealed_job(job),
        sealed=SealedSecrets(
            source=seal(source_url),
            destinations=tuple(seal(url) for url in urls),
            key=seal(key) if key is not None else None,
        ),
        workers=workers,
        chunk_rows=job.sync_options.chunk_rows,
        retry=RetryPolicy(
            max_attempts=retry.max_attempts, interval_seconds=retry.interval_seconds, backoff_rate=retry.backoff_rate
        ),
        table_timeout_seconds=job.sync_options.table_timeout_seconds,
        planned=planned,
    )


def job_of(request: RunRequest) -> JobConfig:
    return opened_job(request.job, request.sealed)


# -- writing ----------------------------------------------------------------------------------------------------
def _column_record(plan: ColumnPlan) -> ColumnRecord:
    if plan.transformer is None:
        return ColumnRecord(column=plan.column)
    params = plan.params.model_dump(mode="json") if plan.params is not None else None
    key = seal(plan.key.hex()) if plan.key is not None else None
    return ColumnRecord(column=plan.column, transformer=plan.transformer.name, params=params, key=key)


def _step_record(step: Step, after: frozenset[str]) -> StepRecord:
    if isinstance(step, InsertStep):
        return StepRecord(
            id=step.id,
            kind="insert",
            table=step.table,
            after=tuple(sorted(after)),
            deferred_columns=step.deferred_columns,
            unchecked=step.unchecked,
        )
    return StepRecord(
        id=step.id,
        kind="update",
        table=step.table,
        after=tuple(sorted(after)),
        foreign_keys=step.foreign_keys,
        key=step.key,
    )


@dataclass(frozen=True)
class Planned:
    """What planning learnt with I/O, beside the resolved job: the rest of the record."""

    resolved: ResolvedJob
    source_url: str  # the source the steps read (a generate job's made-up database)
    urls: list[str]
    destinations: list[DestinationFacts]
    raw_tables: frozenset[Any]
    source_holds_rows: bool
    fingerprints: dict[str, str]
    lanes: tuple[TableLanes, ...] = ()


def record_of(planned: Planned, request: RunRequest) -> PreparedRun:
    resolved = planned.resolved
    plan = resolved.plan
    return PreparedRun(
        plan_id=uuid.uuid4().hex,
        job=sealed_job(resolved.job),
        sealed=SealedSecrets(
            source=seal(planned.source_url),
            destinations=request.sealed.destinations,
            key=request.sealed.key,
        ),
        seed=resolved.seed,
        sealed_key=seal(resolved.key.hex()) if resolved.key is not None else None,
        source_schema=SchemaRecord.of(resolved.schema),
        tables=tuple(
            TablePlanRecord(
                table=table_plan.table,
                columns=tuple(_column_record(column) for column in table_plan.columns),
                defaulted=tuple(sorted(table_plan.defaulted)),
            )
            for table_plan in resolved.tables.values()
        ),
        steps=tuple(_step_record(step, plan.dependencies[step.id]) for step in plan.steps),
        raw_tables=tuple(sorted(planned.raw_tables)),
        destinations=tuple(planned.destinations),
        subset=resolved.subset,
        source_holds_rows=planned.source_holds_rows,
        fingerprints=planned.fingerprints,
        notes=tuple(resolved.notes),
        lanes=planned.lanes,
    )


# -- reading ----------------------------------------------------------------------------------------------------
def _column_plan(record: ColumnRecord, registry: Registry) -> ColumnPlan:
    if record.transformer is None:
        return ColumnPlan(record.column)
    entry = registry.get(record.transformer)
    params: BaseModel | None = entry.parse_params(dict(record.params or {}))
    key = bytes.fromhex(unseal(record.key)) if record.key is not None else None
    return ColumnPlan(record.column, entry, params, key)


def _step(record: StepRecord) -> Step:
    if record.kind == "insert":
        return InsertStep(record.table, record.deferred_columns, record.unchecked)
    return UpdateStep(record.table, record.foreign_keys, record.key)


@dataclass(frozen=True)
class LoadedRun:
    """A recorded plan opened for executing: the resolved job, its URLs, and what planning learnt."""

    record: PreparedRun
    resolved: ResolvedJob
    source_url: str
    urls: tuple[str, ...]


def load(record: PreparedRun, registry: Registry = REGISTRY) -> LoadedRun:
    """The recorded plan as the data path's objects (registry lookups only: nothing is reflected or resolved)."""
    tables = {
        table.table.name: TablePlan(
            table.table, tuple(_column_plan(column, registry) for column in table.columns), frozenset(table.defaulted)
        )
        for table in record.tables
    }
    steps = tuple(_step(step) for step in record.steps)
    plan = Plan(steps, {step.id: frozenset(step.after) for step in record.steps})
    job = opened_job(record.job, record.sealed)
    key = bytes.fromhex(unseal(record.sealed_key)) if record.sealed_key is not None else None
    resolved = ResolvedJob(
        job, record.source_schema.to_schema(), tables, plan, record.seed, key, record.subset, list(record.notes)
    )
    urls = tuple(destination.resolve({}) for destination in job.destinations)
    return LoadedRun(record, resolved, job.source.resolve({}), urls)


class PlanCache(Generic[T]):
    """Opened plans of this process by key, the newest few (the least recently used leave first); with `seconds`,
    an entry older than that is gone (a plan made before its run started: a run that starts later plans again,
    from the databases as they are then)."""

    def __init__(self, size: int = 16, seconds: float | None = None) -> None:
        self._size = size
        self._seconds = seconds
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, tuple[float, T]] = OrderedDict()

    def get(self, key: str) -> T | None:
        with self._lock:
            found = self._entries.get(key)
            if found is None or (self._seconds is not None and time.monotonic() - found[0] > self._seconds):
                return None
            self._entries.move_to_end(key)
            return found[1]

    def put(self, key: str, value: T) -> None:
        with self._lock:
            self._entries[key] = (time.monotonic(), value)
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)

    def drop(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)
