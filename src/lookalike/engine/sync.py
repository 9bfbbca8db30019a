"""Run a sync job in-process: validate everything first, prepare destinations, then run the plan in threads."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from lookalike.connectors import Connector, open_connector, redact_url
from lookalike.connectors.base import SchemaPhase
from lookalike.core.config import JobConfig
from lookalike.core.errors import ConfigError, LookalikeError, RunError
from lookalike.core.plan import InsertStep, Step, build_plan
from lookalike.core.schema import QualifiedName, Schema
from lookalike.engine.events import RunListener, RunSummary, SilentListener, StepResult
from lookalike.engine.relay import raw_compatible
from lookalike.engine.resolve import ResolvedJob, resolve_job
from lookalike.engine.steps import Destination, StepContext, run_insert, run_update, uses_raw_path


@dataclass(frozen=True)
class Prepared:
    """A validated job: its plan, its URLs, and per destination how a NOT NULL FK cycle gets loaded.

    `cycle_modes[i]`: None (no such cycle), `after` (the run creates the tables, FKs come after the data) or
    `replica` (FKs exist already: the cycle's tables are written with FK checks off).
    """

    resolved: ResolvedJob
    source_url: str
    urls: list[str]
    cycle_modes: list[str | None]


def prepare(job: JobConfig, environ: Mapping[str, str], *, for_writing: bool = True) -> Prepared:
    """Connect, reflect and validate the job against source and destinations; writes nothing.

    `for_writing=False` (verification) skips what only matters to a run that loads data.
    """
    source_url = job.source.resolve(environ)
    destination_urls = [destination.resolve(environ) for destination in job.destinations]
    source = open_connector(source_url, must_exist=True)
    try:
        schema = source.reflect(job.schemas)
    finally:
        source.close()
    resolved = resolve_job(job, schema, environ)
    modes: list[str | None] = []
    for index, (url, config) in enumerate(zip(destination_urls, job.destinations, strict=True)):
        target = open_connector(url)
        where = f"destinations.{index} ({redact_url(url)})"
        try:
            existing = target.reflect()
            if not config.init_schema:
                _check_destination_tables(resolved, existing, where)
            writing = for_writing and _cycle_mode(resolved, config.init_schema, existing, target, where)
            modes.append(writing or None)
        finally:
            target.close()
    return Prepared(resolved, source_url, destination_urls, modes)


def _cycle_mode(resolved: ResolvedJob, init: bool, existing: Schema, target: Connector, where: str) -> str | None:
    if not resolved.plan.unchecked:
        return None
    if init and not any(existing.find_table(str(name)) for name in resolved.plan.unchecked):
        return "after"
    if target.can_skip_foreign_keys():
        return "replica"
    _refuse_unchecked(resolved, where)
    return None


def _refuse_unchecked(resolved: ResolvedJob, where: str) -> None:
    """A NOT NULL cycle needs FK checks off; this destination cannot: say which cycle and both remedies."""
    try:
        build_plan(resolved.schema, list(resolved.tables))
    except ConfigError as error:
        raise ConfigError(
            f"{error.what}, and this destination has the tables already and its role may not write with FK checks off",
            where=where,
            fix="copy into a fresh database with `init_schema: true` (FKs are then added after the data), connect "
            "as a superuser (session_replication_role = replica is then used), or make one of the FK columns nullable",
        ) from None


def _check_destination_tables(resolved: ResolvedJob, existing: Schema, where: str) -> None:
    for plan in resolved.tables.values():
        target = existing.find_table(str(plan.table.name))
        if target is None:
            raise ConfigError(
                f"destination has no table {plan.table.name}",
                where=where,
                fix="set `init_schema: true` on this destination, or create the table",
            )
        missing = [column.name for column in plan.written if not target.has_column(column.name)]
        if missing:
            raise ConfigError(
                f"destination table {plan.table.name} lacks column(s) {', '.join(missing)}",
                where=where,
                fix="set `init_schema: true` on a fresh destination, or add the columns",
            )


def _initialize(resolved: ResolvedJob, urls: list[str], phase: SchemaPhase) -> None:
    """Before the data (`tables`): create and empty what the job says; after it (`constraints`): indexes, FKs."""
    tables = [plan.table for plan in resolved.tables.values()]
    for url, config in zip(urls, resolved.job.destinations, strict=True):
        if phase == "constraints" and not config.init_schema:
            continue
        target: Connector = open_connector(url)
        try:
            if config.init_schema:
                target.create_schema(resolved.schema, tables, phase)
            if config.truncate_before_insert and phase == "tables":
                cascade = config.truncate_cascade and target.capabilities.supports_truncate_cascade
                target.truncate([table.name for table in tables], cascade)
        finally:
            target.close()


def _raw_tables(resolved: ResolvedJob, source_url: str, urls: list[str]) -> frozenset[QualifiedName]:
    """Tables with nothing to transform whose bulk bytes every destination reads the same way."""
    with contextlib.ExitStack() as stack:
        source = open_connector(source_url, must_exist=True)
        stack.callback(source.close)
        targets = []
        for url in urls:
            target = open_connector(url)
            stack.callback(target.close)
            targets.append(target)
        schemas = [target.reflect() for target in targets] if source.capabilities.raw_copy_format else []
        # Dropping orphans needs a set-based INSERT … SELECT: such tables are decoded, not relayed.
        filtering = any(config.skip_fk_violations for config in resolved.job.destinations)
        return frozenset(
            name
            for name, plan in resolved.tables.items()
            if not plan.transformed
            and not (filtering and plan.table.foreign_keys)
            and schemas
            and raw_compatible(plan.table, plan.written, source, targets, schemas)
        )


def _gate(url: str) -> threading.Semaphore | None:
    target = open_connector(url)
    try:
        limit = target.capabilities.max_concurrent_writers
    finally:
        target.close()
    return threading.Semaphore(limit) if limit is not None else None


def run_sync(
    job: JobConfig,
    environ: Mapping[str, str],
    listener: RunListener | None = None,
    *,
    workers: int | None = None,
) -> RunSummary:
    """Validate, prepare destinations and copy every table in plan order; RunError when a step fails."""
    started = time.perf_counter()
    prepared = prepare(job, environ)
    resolved, source_url, urls = prepared.resolved, prepared.source_url, prepared.urls
    _initialize(resolved, urls, "tables")
    # Every table is read from one snapshot, exported by this coordinator and held until all reads end.
    coordinator = open_connector(source_url, must_exist=True)
    try:
        summary = _run(prepared, coordinator.export_snapshot(), listener, workers or job.workers)
    finally:
        coordinator.close()
    try:
        _initialize(resolved, urls, "constraints")
    except LookalikeError:
        raise
    except Exception as error:
        raise RunError(
            f"the data is in, but indexes and foreign keys could not be created: {error}",
            where="destination constraints (built after the data)",
            fix="rows that break a foreign key came from the source: set `skip_fk_violations: true` to drop them",
        ) from error
    summary.seconds = time.perf_counter() - started
    return summary


def _run(prepared: Prepared, snapshot: str | None, listener: RunListener | None, workers: int) -> RunSummary:
    resolved, source_url, urls = prepared.resolved, prepared.source_url, prepared.urls
    job = resolved.job
    ctx = StepContext(
        source_url=source_url,
        destinations=tuple(
            Destination(url, config, _gate(url), mode == "replica")
            for url, config, mode in zip(urls, job.destinations, prepared.cycle_modes, strict=True)
        ),
        batch_size=job.batch_size,
        seed=resolved.seed,
        key=resolved.key,
        listener=listener or SilentListener(),
        snapshot=snapshot,
        raw_tables=_raw_tables(resolved, source_url, urls),
        planned=frozenset(resolved.tables),
    )
    summary = RunSummary(
        seed=resolved.seed,
        snapshot=snapshot,
        unchecked=[str(t) for t in resolved.plan.unchecked],
        cycle_modes=[mode for mode in prepared.cycle_modes if mode],
    )
    _execute(resolved, ctx, summary, workers)
    return summary


def _run_step(resolved: ResolvedJob, ctx: StepContext, step: Step) -> StepResult:
    started = time.perf_counter()
    plan = resolved.tables[step.table]
    try:
        copied = run_insert(ctx, step, plan) if isinstance(step, InsertStep) else run_update(ctx, step, plan)
    except Exception as error:
        message = str(error) if isinstance(error, LookalikeError) else f"{type(error).__name__}: {error}"
        ctx.listener.step_failed(step.id, message)
        return StepResult(step.id, str(step.table), 0, time.perf_counter() - started, message)
    path = "update" if not isinstance(step, InsertStep) else "raw" if uses_raw_path(ctx, step) else "arrow"
    seconds = time.perf_counter() - started
    return StepResult(step.id, str(step.table), copied.rows, seconds, path=path, skipped=copied.skipped)


def _execute(resolved: ResolvedJob, ctx: StepContext, summary: RunSummary, workers: int) -> None:
    """Start each step as soon as its dependencies are done; stop starting new ones after a failure."""
    plan = resolved.plan
    done: set[str] = set()
    running: dict[Future[StepResult], str] = {}
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lookalike-step") as pool:
        while True:
            if summary.ok:
                for step in plan.ready(done, running.values()):
                    running[pool.submit(_run_step, resolved, ctx, step)] = step.id
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                running.pop(future)
                result = future.result()
                summary.results.append(result)
                if result.error is None:
                    done.add(result.step_id)
    failed = [result for result in summary.results if result.error is not None]
    if failed:
        first = failed[0]
        raise RunError(
            f"table {first.table} failed: {first.error}",
            where=first.step_id,
            fix="fix the cause and run the job again (destinations keep the rows already written)",
        )
