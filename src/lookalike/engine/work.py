"""The steps of a durable run: all I/O lives here, and each returns plain data that DBOS records.

A step may run in any worker process. What it needs beyond its arguments (the reflected schema, the resolved
plan, connections) is rebuilt from the run's request on first use in a process and cached per run.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from lookalike.connectors import Connector, open_connector
from lookalike.connectors.base import SnapshotLostError
from lookalike.core.config import JobConfig
from lookalike.core.errors import LookalikeError, RunError
from lookalike.core.plan import InsertStep
from lookalike.core.schema import QualifiedName
from lookalike.core.subset import run_tag
from lookalike.core.urls import redact_text
from lookalike.engine.chunks import copy_chunk
from lookalike.engine.events import RunListener, SilentListener
from lookalike.engine.resolve import ResolvedJob, resolve_job
from lookalike.engine.steps import Destination, StepContext, run_update, sweep_orphans
from lookalike.engine.stopping import guarded, run_key
from lookalike.engine.sync import initialize, job_key_text, prepare, raw_tables, writer_gate
from lookalike.installation.secrets import seal, unseal
from lookalike.transformers import vocab

_LOCK = threading.Lock()
_CONTEXTS: OrderedDict[str, tuple[ResolvedJob, StepContext]] = OrderedDict()
_HOLDERS: dict[str, Connector] = {}  # run id → the connection holding its exported snapshot, in this process
_LISTENERS: dict[str, RunListener] = {}  # run id → progress callbacks of an in-process `lookalike sync`
_STARTED: set[tuple[str, str]] = set()
_CACHED_RUNS = 16


# -- the request: a job with its secrets sealed ------------------------------------------------------------
def make_request(job: JobConfig, urls: list[str], source_url: str, key: str | None, workers: int) -> dict[str, Any]:
    """What a run workflow takes: the job without secrets, plus the resolved URLs and key, encrypted."""
    document = job.model_dump(mode="json", exclude={"key", "key_env"})
    document["source"] = {"url": "sealed"}
    document["destinations"] = [
        {**destination, "url": "sealed", "url_env": None, "connection": None}
        for destination in document["destinations"]
    ]
    sealed = {"source": seal(source_url), "destinations": [seal(url) for url in urls]}
    if key is not None:
        sealed["key"] = seal(key)
    return {
        "job": document,
        "sealed": sealed,
        "workers": workers,
        "chunk_rows": job.sync_options.chunk_rows,
        "retry": job.sync_options.retry.model_dump(),
        "table_timeout_seconds": job.sync_options.table_timeout_seconds,
    }


def build_request(job: JobConfig, environ: Mapping[str, str], workers: int | None = None) -> dict[str, Any]:
    """Validate `job` against the live databases (bad input fails here, before anything is written or recorded),
    then seal it into the request a run workflow takes."""
    prepared = prepare(job, environ)
    key = job_key_text(job, environ)
    request = make_request(job, prepared.urls, prepared.source_url, key, workers or job.workers)
    request["notes"] = list(prepared.resolved.notes)
    return request


def job_of(request: dict[str, Any]) -> JobConfig:
    """The job with its URLs and key decrypted (never logged, never returned from a step)."""
    document = dict(request["job"])
    sealed = request["sealed"]
    document["source"] = {"url": unseal(sealed["source"])}
    document["destinations"] = [
        {**destination, "url": unseal(url)}
        for destination, url in zip(document["destinations"], sealed["destinations"], strict=True)
    ]
    if "key" in sealed:
        document["key"] = unseal(sealed["key"])
    return JobConfig.model_validate(document)


def end_run_sessions(run_id: str, request: dict[str, Any]) -> int:
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


def register_listener(run_id: str, listener: RunListener) -> None:
    _LISTENERS[run_id] = listener


def worker_id() -> str:
    from dbos import DBOS

    return f"{DBOS.executor_id}@{socket.gethostname()}:{os.getpid()}"


def _retries() -> int:
    """Failed attempts before this one (DBOS counts a step's attempts from 0)."""
    from dbos import DBOS

    status = DBOS.step_status
    return int(status.current_attempt or 0) if status is not None else 0


# -- per-process context ------------------------------------------------------------------------------------
def _context(run_id: str, request: dict[str, Any], info: dict[str, Any]) -> tuple[ResolvedJob, StepContext]:
    with _LOCK:
        if run_id in _CONTEXTS:
            _CONTEXTS.move_to_end(run_id)
            return _CONTEXTS[run_id]
    job = job_of(request).model_copy(update={"seed": info["seed"]})
    source_url = job.source.resolve({})
    source = open_connector(source_url, must_exist=True)
    try:
        schema = source.reflect(job.schemas)
    finally:
        source.close()
    resolved = resolve_job(job, schema, {})
    if any(plan.transformed for plan in resolved.tables.values()):
        vocab.preload()  # Faker's first imports, from several worker threads at once, can deadlock
    urls = [destination.resolve({}) for destination in job.destinations]
    raw = set(info["raw_tables"])
    ctx = StepContext(
        source_url=source_url,
        destinations=tuple(
            Destination(url, config, writer_gate(url), mode == "replica")
            for url, config, mode in zip(urls, job.destinations, info["cycle_modes"], strict=True)
        ),
        # No batch is larger than a chunk; random draws go by blocks of this many rows (engine/chunks.py).
        batch_size=min(job.rows_per_batch, job.sync_options.chunk_rows),
        seed=resolved.seed,
        listener=_LISTENERS.get(run_id, SilentListener()),
        raw_tables=frozenset(name for name in resolved.tables if str(name) in raw),
        planned=frozenset(resolved.tables),
        unchecked=frozenset(resolved.plan.unchecked),
        run_id=run_id,
    )
    with _LOCK:
        _CONTEXTS[run_id] = (resolved, ctx)
        while len(_CONTEXTS) > _CACHED_RUNS:
            _CONTEXTS.popitem(last=False)
    return resolved, ctx


# -- steps ----------------------------------------------------------------------------------------------------
def prepare_step(run_id: str, request: dict[str, Any]) -> dict[str, Any]:
    """Validate the job against the live databases, create and empty destination tables; return the plan."""
    with guarded(run_id, request, "prepare (checking the job, creating and emptying tables)", deadline=False):
        return _prepare(request)


def _prepare(request: dict[str, Any]) -> dict[str, Any]:
    job = job_of(request)
    prepared = prepare(job, {})
    resolved = prepared.resolved
    initialize(resolved, prepared.urls, "tables")
    for url in prepared.urls:
        target = open_connector(url)
        try:
            target.prepare_checkpoints()
        finally:
            target.close()
    raw = raw_tables(resolved, prepared.source_url, prepared.urls) - set(resolved.subset.tables)
    source = open_connector(prepared.source_url, must_exist=True)
    try:  # read before any table is copied: a run that ends with 0 rows from a source with rows says so
        source_holds_rows = bool(source.tables_with_rows(list(resolved.tables)))
    finally:
        source.close()
    plan = resolved.plan
    return {
        "seed": resolved.seed,
        "order": [step.id for step in plan.steps],
        "after": {step.id: sorted(plan.dependencies[step.id]) for step in plan.steps},
        "tables": {step.id: str(step.table) for step in plan.steps},
        "estimates": {step.id: resolved.tables[step.table].table.row_estimate for step in plan.steps},
        "raw_tables": sorted(str(name) for name in raw),
        "cycle_modes": prepared.cycle_modes,
        "unchecked": [str(name) for name in plan.unchecked],
        "subset": resolved.subset.active,
        "source_holds_rows": source_holds_rows,
    }


def subset_step(run_id: str, request: dict[str, Any], info: dict[str, Any], snapshot: str | None) -> dict[str, Any]:
    """Compute the subset in the run's snapshot and copy the kept rows where every worker can read them."""
    with guarded(run_id, request, "subset computation", deadline=True):
        resolved, ctx = _context(run_id, request, info)
        source = open_connector(ctx.source_url, must_exist=True)
        try:
            if snapshot is not None:
                source.use_snapshot(snapshot)
            result = source.compute_subset(resolved.subset, resolved.schema.tables, materialize=run_tag(run_id))
        finally:
            source.close()
    return {
        "copies": [[name.schema, name.name, copy.schema, copy.name] for name, copy in result.copies.items()],
        "kept": {str(name): result.kept(name) for name in result.counts},
        "rounds": result.rounds,
    }


def drop_subset_step(run_id: str, request: dict[str, Any]) -> None:
    """Remove the run's subset copies from the source."""
    with guarded(run_id, request, "dropping the subset copies", deadline=False):
        source = open_connector(job_of(request).source.resolve({}), must_exist=True)
        try:
            source.drop_subset(run_tag(run_id))
        finally:
            source.close()


def _copies(ctx: StepContext, info: dict[str, Any]) -> StepContext:
    copies = info.get("copies")
    if not copies:
        return ctx
    found = {QualifiedName(schema, name): QualifiedName(in_schema, copy) for schema, name, in_schema, copy in copies}
    return dataclasses.replace(ctx, copies=found)


def open_snapshot_step(run_id: str, request: dict[str, Any]) -> str | None:
    """Export a snapshot from a connection this process keeps open until the run ends (None: not supported)."""
    release_step(run_id)
    with guarded(run_id, request, "opening the run's snapshot", deadline=False):
        holder = open_connector(job_of(request).source.resolve({}), must_exist=True)
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


def _joined(ctx: StepContext, snapshot: str | None) -> StepContext:
    return dataclasses.replace(ctx, snapshot=snapshot)


def copy_chunk_step(
    run_id: str, request: dict[str, Any], info: dict[str, Any], step_id: str, snapshot: str | None
) -> dict[str, Any]:
    """Copy the next chunk of a table; `lost` when the run's snapshot is gone."""
    started = time.perf_counter()
    with guarded(run_id, request, f"copy of {info['tables'][step_id]}", deadline=True, in_table=True):
        resolved, ctx = _context(run_id, request, info)
        step = resolved.plan.step(step_id)
        assert isinstance(step, InsertStep)
        plan = resolved.tables[step.table]
        if (run_id, step_id) not in _STARTED:
            _STARTED.add((run_id, step_id))
            ctx.listener.step_started(step_id, str(step.table), info["estimates"].get(step_id))
        try:
            outcome = copy_chunk(_copies(_joined(ctx, snapshot), info), step, plan, run_id, request["chunk_rows"])
        except SnapshotLostError:
            return {"lost": True}
    result = _done(started, outcome.rows, outcome.skipped, outcome.done, outcome.moved, outcome.path)
    if outcome.done:
        ctx.listener.step_finished(step_id, outcome.rows, result["seconds"])
    return result


def update_step(
    run_id: str, request: dict[str, Any], info: dict[str, Any], step_id: str, snapshot: str | None
) -> dict[str, Any]:
    """Set a table's deferred FK columns (idempotent: a retry or a replay writes the same values)."""
    started = time.perf_counter()
    with guarded(run_id, request, f"foreign-key update of {info['tables'][step_id]}", deadline=True, in_table=True):
        resolved, ctx = _context(run_id, request, info)
        step = resolved.plan.step(step_id)
        assert not isinstance(step, InsertStep)
        try:
            copied = run_update(_copies(_joined(ctx, snapshot), info), step, resolved.tables[step.table])
        except SnapshotLostError:
            return {"lost": True}
    return _done(started, copied.rows, copied.skipped, True, copied.rows, "update")


def _done(started: float, rows: int, skipped: int, done: bool, moved: int, path: str) -> dict[str, Any]:
    """What a step returns (and DBOS records): its totals so far, its time, and who ran it."""
    return {
        "lost": False,
        "rows": rows,
        "skipped": skipped,
        "done": done,
        "moved": moved,
        "path": path,
        "seconds": time.perf_counter() - started,
        "worker": worker_id(),
        "retries": _retries(),
    }


def finished_children(workflow_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The outcome of each child workflow that has ended (a table child returns its outcome; it never raises)."""
    from dbos import DBOS

    ended = DBOS.list_workflows(
        workflow_ids=workflow_ids,
        status=["SUCCESS", "ERROR", "CANCELLED", "MAX_RECOVERY_ATTEMPTS_EXCEEDED"],
        load_input=False,
    )
    outcomes: dict[str, dict[str, Any]] = {}
    for child in ended:
        step_id = child.workflow_id.rsplit("/", 2)[1]
        if child.status == "SUCCESS" and isinstance(child.output, dict):
            outcomes[child.workflow_id] = child.output
        elif child.status == "CANCELLED":
            deadline = child.workflow_deadline_epoch_ms
            if deadline is not None and time.time() * 1000 >= deadline:
                error = "took longer than the table timeout (sync_options.table_timeout_seconds) and was stopped"
                outcomes[child.workflow_id] = {"step": step_id, "table": step_id.split(":", 1)[1], "error": error}
            else:
                outcomes[child.workflow_id] = {"step": step_id, "cancelled": True}
        else:
            error = redact_text(str(child.error)) if child.error is not None else child.status
            outcomes[child.workflow_id] = {"step": step_id, "table": step_id.split(":", 1)[1], "error": error}
    return outcomes


def finish_step(run_id: str, request: dict[str, Any], info: dict[str, Any]) -> dict[str, int]:
    """After the data: orphans of NOT NULL cycles (skip_fk_violations), indexes and FKs, then forget the run's
    checkpoints and release its snapshot. Returns the rows removed as orphans, per table."""
    release_step(run_id)
    with guarded(run_id, request, "indexes and foreign keys (after the data)", deadline=False):
        resolved, ctx = _context(run_id, request, info)
        return _finish(run_id, resolved, ctx)


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
    with _LOCK:
        _CONTEXTS.pop(run_id, None)
        _STARTED.difference_update({started for started in _STARTED if started[0] == run_id})
        _LISTENERS.pop(run_id, None)
    return removed


def forget_checkpoints(run_id: str, request: dict[str, Any]) -> None:
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
