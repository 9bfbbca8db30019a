"""The steps of a durable run, whichever backend records them: all I/O lives here, and each returns a record of the
run contract that the backend records.

A run is planned once: `plan_run`'s caller (`build_request`, while `lookalike sync` validates the job) or the
run's prepare step (a queued or scheduled run) validates, reflects and resolves, and the prepare step returns the
plan (`PreparedRun`) for the backend to record. Every later step, in any worker process, executes from that
record: the first step of a run in a process asks the backend for it (`StepBackend.recorded_plan`) and keeps it;
no step reflects a database or resolves the job again.

Each step takes the `StepBackend` that runs it first (engine/run/guard.py): the DBOS and Temporal adapters
(engine/dbos/steps.py, engine/temporal/activities.py) pass their own.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections.abc import Mapping

from lookalike.connectors import Connector, open_connector
from lookalike.connectors.base import SnapshotLostError
from lookalike.core.config import JobConfig
from lookalike.core.errors import LookalikeError, RunError
from lookalike.core.plan import InsertStep
from lookalike.core.schema import QualifiedName
from lookalike.core.subset import run_tag
from lookalike.core.urls import redact_text
from lookalike.engine.contract import (
    ChunkResult,
    DestinationFacts,
    PreparedRun,
    RunRequest,
    SubsetCopy,
    SubsetOutcome,
)
from lookalike.engine.copy.chunks import copy_chunk
from lookalike.engine.copy.context import Destination, StepContext, release_connections
from lookalike.engine.copy.lanes import copy_lanes
from lookalike.engine.copy.schema import initialize
from lookalike.engine.copy.updates import run_update, sweep_orphans
from lookalike.engine.plan.prepare import Prepared, job_key_text, prepare
from lookalike.engine.plan.record import LoadedRun, PlanCache, Planned, job_of, load, make_request, record_of
from lookalike.engine.plan.resolve import ResolvedJob
from lookalike.engine.run.guard import StepBackend, guarded
from lookalike.engine.run_ids import run_key
from lookalike.transformers import vocab

_LOCK = threading.Lock()
# plan id → a plan this process made before its run started (`lookalike sync`), for 10 minutes at most
_PLANNED: PlanCache[LoadedRun] = PlanCache(seconds=600.0)
_RUNS: PlanCache[tuple[LoadedRun, StepContext]] = PlanCache()  # workflow id → the plan, opened
_HOLDERS: dict[str, Connector] = {}  # run id → the connection holding its exported snapshot, in this process
_CHECKED: set[tuple[str, str]] = set()  # (workflow id, step id) whose source table this process checked


class SourceChangedError(RunError):
    """A table's columns in the source differ from those the run was planned from."""


# -- planning: once per run --------------------------------------------------------------------------------
def _planned(prepared: Prepared, request: RunRequest) -> LoadedRun:
    facts = [
        DestinationFacts.model_validate({"cycle_mode": mode, "max_concurrent_writers": writers})
        for mode, writers in zip(prepared.cycle_modes, prepared.writers, strict=True)
    ]
    planned = Planned(
        resolved=prepared.resolved,
        source_url=prepared.source_url,
        urls=prepared.urls,
        destinations=facts,
        raw_tables=prepared.raw_tables,
        source_holds_rows=prepared.source_holds_rows,
        fingerprints={str(name): text for name, text in prepared.fingerprints.items()},
        lanes=prepared.lanes,
    )
    record = record_of(planned, request)
    return LoadedRun(record, prepared.resolved, prepared.source_url, tuple(prepared.urls))


def build_request(job: JobConfig, environ: Mapping[str, str], workers: int | None = None) -> RunRequest:
    """Validate and plan `job` against the live databases (bad input fails here, before anything is written or
    recorded), then seal it into the request a run workflow takes. The plan stays in this process: a run of this
    request started here executes it without planning again."""
    prepared = prepare(job, environ)
    key = job_key_text(job, environ)
    request = make_request(job, prepared.urls, prepared.source_url, key, workers or job.workers)
    loaded = _planned(prepared, request)
    _PLANNED.put(loaded.record.plan_id, loaded)
    return request.model_copy(update={"planned": loaded.record.plan_id, "notes": tuple(prepared.resolved.notes)})


def end_run_sessions(run_id: str, request: RunRequest) -> int:
    """End every session run `run_id` has open on its source and destinations (`runs cancel`): a query the
    server is still running for it stops now, even one whose client died. How many sessions were ended."""
    from lookalike.connectors.session import session_name

    name = session_name(run_key(run_id))
    job = job_of(request)
    urls = dict.fromkeys([job.source.resolve({}), *(destination.resolve({}) for destination in job.destinations)])
    ended = 0
    for url in urls:
        try:
            connector = open_connector(url)
        except LookalikeError:
            continue  # a server that is down runs nothing for the run
        try:
            ended += connector.end_sessions(name)
        finally:
            connector.close()
    return ended


# -- the recorded plan, opened once per process -------------------------------------------------------------
def _step_context(loaded: LoadedRun, run_id: str) -> StepContext:
    resolved, record = loaded.resolved, loaded.record
    if any(plan.transformed for plan in resolved.tables.values()):
        vocab.preload()  # Faker's first imports, from several worker threads at once, can deadlock
    job = resolved.job
    raw = set(record.raw_tables)
    return StepContext(
        source_url=loaded.source_url,
        destinations=tuple(
            Destination(
                url,
                config,
                threading.Semaphore(facts.max_concurrent_writers) if facts.max_concurrent_writers else None,
                facts.cycle_mode == "replica",
            )
            for url, config, facts in zip(loaded.urls, job.destinations, record.destinations, strict=True)
        ),
        # No batch is larger than a chunk; random draws go by blocks of this many rows (engine/copy/chunks.py).
        batch_size=min(job.rows_per_batch, job.sync_options.chunk_rows),
        seed=resolved.seed,
        raw_tables=frozenset(name for name in resolved.tables if name in raw),
        planned=frozenset(resolved.tables),
        unchecked=frozenset(resolved.plan.unchecked),
        run_id=run_id,
    )


def _remember(workflow_id: str, loaded: LoadedRun) -> tuple[LoadedRun, StepContext]:
    opened = (loaded, _step_context(loaded, run_key(workflow_id)))
    _RUNS.put(workflow_id, opened)
    return opened


def _run(backend: StepBackend, workflow_id: str) -> tuple[LoadedRun, StepContext]:
    """The run's plan in this process: kept from its prepare step, or read back from its record once."""
    opened = _RUNS.get(workflow_id)
    if opened is not None:
        return opened
    record = backend.recorded_plan(workflow_id)
    if record is None:
        raise RunError(
            "the run's recorded plan could not be read",
            where=f"run {workflow_id}",
            fix="the run was recorded by another version of Lookalike: finish it there, or run the job again",
        )
    return _remember(workflow_id, load(record))


def remember(workflow_id: str, record: PreparedRun) -> None:
    """Keep a plan this process already holds for run `workflow_id` (a resumed attempt reuses its first's)."""
    if _RUNS.get(workflow_id) is None:
        _remember(workflow_id, load(record))


# -- steps ----------------------------------------------------------------------------------------------------
def prepare_step(backend: StepBackend, workflow_id: str, request: RunRequest) -> PreparedRun:
    """Plan the run (unless this process planned it while validating), create and empty destination tables;
    return the plan, which the run records."""
    what = "prepare (checking the job, creating and emptying tables)"
    with guarded(backend, run_key(workflow_id), request.table_timeout_seconds, what, deadline=False):
        loaded = _PLANNED.get(request.planned) if request.planned is not None else None
        if loaded is None:
            loaded = _planned(prepare(job_of(request), {}), request)
        initialize(loaded.resolved, list(loaded.urls), "tables")
        for url in loaded.urls:
            target = open_connector(url)
            try:
                target.prepare_checkpoints()
            finally:
                target.close()
    if request.planned is not None:
        _PLANNED.drop(request.planned)
    _remember(workflow_id, loaded)
    return loaded.record


def subset_step(backend: StepBackend, workflow_id: str, snapshot: str | None) -> SubsetOutcome:
    """Compute the subset in the run's snapshot and copy the kept rows where every worker can read them."""
    loaded, ctx = _run(backend, workflow_id)
    with guarded(
        backend,
        run_key(workflow_id),
        loaded.resolved.job.sync_options.table_timeout_seconds,
        "subset computation",
        deadline=True,
    ):
        resolved = loaded.resolved
        source = open_connector(ctx.source_url, must_exist=True)
        try:
            if snapshot is not None:
                source.use_snapshot(snapshot)
            result = source.compute_subset(
                resolved.subset, resolved.schema.tables, materialize=run_tag(run_key(workflow_id))
            )
        finally:
            source.close()
    return SubsetOutcome(
        copies=tuple(SubsetCopy(table=name, copy_name=copy) for name, copy in result.copies.items()),
        kept={str(name): result.kept(name) for name in result.counts},
        rounds=result.rounds,
    )


def drop_subset_step(backend: StepBackend, workflow_id: str) -> None:
    """Remove the run's subset copies from the source."""
    loaded, ctx = _run(backend, workflow_id)
    timeout = loaded.resolved.job.sync_options.table_timeout_seconds
    with guarded(backend, run_key(workflow_id), timeout, "dropping the subset copies", deadline=False):
        source = open_connector(ctx.source_url, must_exist=True)
        try:
            source.drop_subset(run_tag(run_key(workflow_id)))
        finally:
            source.close()


def _with_copies(ctx: StepContext, copies: tuple[SubsetCopy, ...]) -> StepContext:
    if not copies:
        return ctx
    return dataclasses.replace(ctx, copies={copy.table: copy.copy_name for copy in copies})


def open_snapshot_step(backend: StepBackend, workflow_id: str) -> str | None:
    """Export a snapshot from a connection this process keeps open until the run ends (None: not supported)."""
    run_id = run_key(workflow_id)
    release_step(run_id)
    loaded, ctx = _run(backend, workflow_id)
    timeout = loaded.resolved.job.sync_options.table_timeout_seconds
    with guarded(backend, run_id, timeout, "opening the run's snapshot", deadline=False):
        holder = open_connector(ctx.source_url, must_exist=True)
        snapshot = holder.export_snapshot()
    if snapshot is None:
        holder.close()
        return None
    with _LOCK:
        _HOLDERS[run_id] = holder
    return snapshot


def release_step(run_id: str) -> None:
    with _LOCK:
        holder = _HOLDERS.pop(run_id, None)
    if holder is not None:
        with contextlib.suppress(Exception):  # a holder whose server went away is already released
            holder.close()
    release_connections(run_id)  # the run's pooled connections (engine/copy/pool.py) close with it


def _check_source(workflow_id: str, loaded: LoadedRun, ctx: StepContext, table: QualifiedName, step_id: str) -> None:
    """The first time this process works on a table of the run: its columns are still those it was planned from."""
    if (workflow_id, step_id) in _CHECKED or str(table) not in loaded.record.fingerprints:
        return
    source = open_connector(ctx.source_url, must_exist=True)
    try:
        now = source.column_signatures([table]).get(table)
    finally:
        source.close()
    planned = loaded.record.fingerprints[str(table)]
    if now != planned:
        raise SourceChangedError(
            f"source table {table} changed since the run was planned: its columns were ({planned}), "
            f"now {'it is gone' if now is None else f'({now})'}",
            where=f"copy of {table}",
            fix="run the job again: a new run plans from the source as it is now",
        )
    with _LOCK:
        _CHECKED.add((workflow_id, step_id))


def copy_chunk_step(
    backend: StepBackend, workflow_id: str, step_id: str, snapshot: str | None, copies: tuple[SubsetCopy, ...] = ()
) -> ChunkResult:
    """Copy the next chunk of a table; `lost` when the run's snapshot is gone."""
    started = time.perf_counter()
    loaded, ctx = _run(backend, workflow_id)
    resolved = loaded.resolved
    step = resolved.plan.step(step_id)
    assert isinstance(step, InsertStep)
    timeout = resolved.job.sync_options.table_timeout_seconds
    with guarded(backend, run_key(workflow_id), timeout, f"copy of {step.table}", deadline=True, in_table=True):
        _check_source(workflow_id, loaded, ctx, step.table, step_id)
        plan = resolved.tables[step.table]
        chunk_rows = resolved.job.sync_options.chunk_rows
        try:
            joined = _with_copies(dataclasses.replace(ctx, snapshot=snapshot), copies)
            lanes = loaded.record.lanes_of(step_id)
            if lanes is not None:  # a big table: several of its key ranges at once (engine/copy/lanes.py)
                outcome = copy_lanes(joined, step, plan, run_key(workflow_id), chunk_rows, lanes)
            else:
                outcome = copy_chunk(joined, step, plan, run_key(workflow_id), chunk_rows)
        except SnapshotLostError:
            return ChunkResult(lost=True)
    return _done(backend, started, outcome.rows, outcome.skipped, outcome.done, outcome.moved, outcome.path)


def update_step(
    backend: StepBackend, workflow_id: str, step_id: str, snapshot: str | None, copies: tuple[SubsetCopy, ...] = ()
) -> ChunkResult:
    """Set a table's deferred FK columns (idempotent: a retry or a replay writes the same values)."""
    started = time.perf_counter()
    loaded, ctx = _run(backend, workflow_id)
    resolved = loaded.resolved
    step = resolved.plan.step(step_id)
    assert not isinstance(step, InsertStep)
    timeout = resolved.job.sync_options.table_timeout_seconds
    with guarded(
        backend, run_key(workflow_id), timeout, f"foreign-key update of {step.table}", deadline=True, in_table=True
    ):
        try:
            joined = _with_copies(dataclasses.replace(ctx, snapshot=snapshot), copies)
            copied = run_update(joined, step, resolved.tables[step.table])
        except SnapshotLostError:
            return ChunkResult(lost=True)
    return _done(backend, started, copied.rows, copied.skipped, True, copied.rows, "update")


def _done(
    backend: StepBackend, started: float, rows: int, skipped: int, done: bool, moved: int, path: str
) -> ChunkResult:
    return ChunkResult(
        rows=rows,
        skipped=skipped,
        done=done,
        moved=moved,
        path=path,
        seconds=time.perf_counter() - started,
        worker=backend.worker_id(),
        retries=backend.retries(),
    )


def finish_step(backend: StepBackend, workflow_id: str) -> dict[str, int]:
    """After the data: orphans of NOT NULL cycles (skip_fk_violations), indexes and FKs, then forget the run's
    checkpoints and release its snapshot. Returns the rows removed as orphans, per table."""
    run_id = run_key(workflow_id)
    release_step(run_id)
    loaded, ctx = _run(backend, workflow_id)
    timeout = loaded.resolved.job.sync_options.table_timeout_seconds
    with guarded(backend, run_id, timeout, "indexes and foreign keys (after the data)", deadline=False):
        removed = _finish(run_id, loaded.resolved, ctx)
    _RUNS.drop(workflow_id)
    with _LOCK:
        _CHECKED.difference_update({checked for checked in _CHECKED if checked[0] == workflow_id})
    return removed


def _finish(run_id: str, resolved: ResolvedJob, ctx: StepContext) -> dict[str, int]:
    urls = [destination.url for destination in ctx.destinations]
    removed: dict[str, int] = {}
    if any(destination.config.skip_fk_violations for destination in ctx.destinations) and ctx.unchecked:
        targets = [open_connector(url) for url in urls]
        try:
            removed = sweep_orphans(ctx, {name: plan.table for name, plan in resolved.tables.items()}, targets)
        finally:
            for target in targets:
                target.close()
    try:
        initialize(resolved, urls, "constraints")
    except LookalikeError:
        raise
    except Exception as error:
        raise RunError(
            f"the data is in, but indexes and foreign keys could not be created: {redact_text(str(error))}",
            where="destination constraints (built after the data)",
            fix="rows that break a foreign key came from the source: set `skip_fk_violations: true` to drop them",
        ) from error
    for url in urls:
        target = open_connector(url)
        try:
            target.clear_checkpoints(run_id)
        finally:
            target.close()
    return removed


def forget_checkpoints(run_id: str, request: RunRequest) -> None:
    """Remove a forgotten run's checkpoints from each destination it can reach (best effort: the retention of
    `prepare_checkpoints` removes the rest)."""
    try:
        urls = [destination.resolve({}) for destination in job_of(request).destinations]
    except (LookalikeError, KeyError, ValueError):
        return
    for url in urls:
        try:
            target = open_connector(url)
        except LookalikeError:
            continue
        try:
            with contextlib.suppress(Exception):
                target.clear_checkpoints(run_id)
        finally:
            target.close()
