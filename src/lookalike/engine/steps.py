"""The I/O of a run: one function per plan step. Each opens its own connections (steps run in threads)."""

from __future__ import annotations

import contextlib
import functools
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from lookalike.connectors import Connector, open_connector
from lookalike.connectors.base import OnConflict
from lookalike.core.config import DestinationConfig
from lookalike.core.plan import InsertStep, UpdateStep
from lookalike.core.schema import ForeignKey, QualifiedName, Table
from lookalike.engine.events import RunListener
from lookalike.engine.pipeline import BackgroundWriter, prefetch
from lookalike.engine.relay import relay_table
from lookalike.engine.resolve import ColumnPlan, TablePlan
from lookalike.engine.transform import transform_batch


@dataclass(frozen=True)
class Destination:
    """A destination URL with its options and a gate bounding concurrent writers (SQLite allows one)."""

    url: str
    config: DestinationConfig
    gate: threading.Semaphore | None
    replica_for_cycles: bool = False  # write the tables of a NOT NULL cycle with FK checks off


@dataclass(frozen=True)
class StepContext:
    source_url: str
    destinations: tuple[Destination, ...]
    batch_size: int
    seed: int
    key: bytes | None
    listener: RunListener
    snapshot: str | None = None
    raw_tables: frozenset[QualifiedName] = frozenset()
    planned: frozenset[QualifiedName] = frozenset()


@dataclass(frozen=True)
class Copied:
    """What a step moved: rows read from the source, and rows a destination dropped (missing parent, conflict)."""

    rows: int
    skipped: int = 0


def required_parents(ctx: StepContext, destination: Destination, step: InsertStep, table: Table) -> list[ForeignKey]:
    """FKs whose parents must exist for a row to be written (skip_fk_violations), deferred ones aside."""
    if not destination.config.skip_fk_violations:
        return []
    deferred = set(step.deferred_columns)
    return [fk for fk in table.foreign_keys if fk.ref_table in ctx.planned and not deferred & set(fk.columns)]


@contextlib.contextmanager
def _connections(ctx: StepContext) -> Iterator[tuple[Connector, list[Connector]]]:
    with contextlib.ExitStack() as stack:
        source = open_connector(ctx.source_url, must_exist=True)
        stack.callback(source.close)
        if ctx.snapshot is not None:
            source.use_snapshot(ctx.snapshot)
        targets = []
        for destination in ctx.destinations:
            target = open_connector(destination.url)
            stack.callback(target.close)
            targets.append(target)
        yield source, targets


def write_mode(destination: Destination) -> OnConflict:
    """A destination emptied by this run cannot conflict: plain COPY then, not the staging merge."""
    return "error" if destination.config.truncate_before_insert else destination.config.on_conflict


def _gated(destination: Destination) -> contextlib.AbstractContextManager[object]:
    return destination.gate if destination.gate is not None else contextlib.nullcontext()


def _write_to(
    destination: Destination,
    target: Connector,
    plan: TablePlan,
    check_foreign_keys: bool,
    parents: list[ForeignKey],
    written: list[int],
    batch: pa.RecordBatch,
) -> None:
    with _gated(destination):
        count = target.write_batch(
            plan.table, plan.written, batch, write_mode(destination), check_foreign_keys, parents
        )
    written[0] += count


def uses_raw_path(ctx: StepContext, step: InsertStep) -> bool:
    """Whether the insert relays bulk bytes instead of decoding rows."""
    return step.table in ctx.raw_tables and not step.deferred_columns


def run_insert(ctx: StepContext, step: InsertStep, plan: TablePlan) -> Copied:
    """Copy one table: read batches once, transform, write each batch to every destination."""
    table = plan.table
    started = time.perf_counter()
    ctx.listener.step_started(step.id, str(table.name), table.row_estimate)
    rows = 0
    nulls = frozenset(step.deferred_columns)
    with _connections(ctx) as (source, targets):
        raw = uses_raw_path(ctx, step)
        if raw:
            modes = [
                (target, write_mode(d), not (step.unchecked and d.replica_for_cycles))
                for d, target in zip(ctx.destinations, targets, strict=True)
            ]
            rows = relay_table(source, modes, table, plan.written)
            ctx.listener.batch_done(step.id, rows)
        # Into the source's own dialect, untransformed columns travel in its text form: never decoded.
        same_dialect = all(t.capabilities.dialect == source.capabilities.dialect for t in targets)
        untouched = frozenset(p.column.name for p in plan.columns if p.transformer is None and same_dialect)
        batches = () if raw else source.read_batches(table, plan.written, ctx.batch_size, untouched)
        written = [[0] for _ in targets]  # one counter per destination, touched only by its writer thread
        writers = [
            BackgroundWriter(
                functools.partial(
                    _write_to,
                    destination,
                    target,
                    plan,
                    not step.unchecked,
                    required_parents(ctx, destination, step, table),
                    counter,
                )
            )
            for destination, target, counter in zip(ctx.destinations, targets, written, strict=True)
        ]
        try:
            for index, batch in enumerate(prefetch(batches)):
                out = transform_batch(
                    batch,
                    plan.columns,
                    table=str(table.name),
                    seed=ctx.seed,
                    key=ctx.key,
                    batch_index=index,
                    null_columns=nulls,
                )
                for writer in writers:
                    writer.put(out)
                rows += out.num_rows
                ctx.listener.batch_done(step.id, out.num_rows)
        finally:
            for writer in writers:
                writer.close()
        for destination, target in zip(ctx.destinations, targets, strict=True):
            with _gated(destination):
                target.finalize_table(table)
    ctx.listener.step_finished(step.id, rows, time.perf_counter() - started)
    skipped = 0 if raw else max(rows - counter[0] for counter in written)
    return Copied(rows, skipped)


def run_update(ctx: StepContext, step: UpdateStep, plan: TablePlan) -> Copied:
    """Set the FK columns a table was inserted without, now that their targets exist."""
    table = plan.table
    started = time.perf_counter()
    ctx.listener.step_started(step.id, str(table.name), table.row_estimate)
    by_name = {column_plan.column.name: column_plan for column_plan in plan.columns}
    key = [by_name[name] for name in step.key]
    values = [by_name[name] for name in step.columns]
    chosen: list[ColumnPlan] = [*key, *values]
    rows = 0
    with _connections(ctx) as (source, targets):
        for index, batch in enumerate(source.read_batches(table, [p.column for p in chosen], ctx.batch_size)):
            out = transform_batch(batch, chosen, table=str(table.name), seed=ctx.seed, key=ctx.key, batch_index=index)
            # Rows whose FK is NULL in the source already hold the right value.
            mask = pc.is_valid(out.column(len(key)))
            for position in range(len(key) + 1, out.num_columns):
                mask = pc.or_(mask, pc.is_valid(out.column(position)))
            out = out.filter(mask)
            if out.num_rows == 0:
                continue
            for destination, target in zip(ctx.destinations, targets, strict=True):
                with _gated(destination):
                    target.update_batch(table, [p.column for p in key], [p.column for p in values], out)
            rows += out.num_rows
            ctx.listener.batch_done(step.id, out.num_rows)
    ctx.listener.step_finished(step.id, rows, time.perf_counter() - started)
    return Copied(rows)
