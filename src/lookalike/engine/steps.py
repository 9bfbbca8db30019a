"""Shared pieces of a run's I/O: connections joined to the run's snapshot, write modes, FK updates."""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import pyarrow.compute as pc

from lookalike.connectors import Connector, open_connector
from lookalike.connectors.base import OnConflict
from lookalike.core.config import DestinationConfig
from lookalike.core.plan import InsertStep, UpdateStep
from lookalike.core.schema import ForeignKey, QualifiedName, Table
from lookalike.engine.pipeline import fixed_blocks
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
    snapshot: str | None = None
    raw_tables: frozenset[QualifiedName] = frozenset()
    planned: frozenset[QualifiedName] = frozenset()
    unchecked: frozenset[QualifiedName] = frozenset()  # tables of NOT NULL cycles (the plan's)
    # Subset tables: where their kept rows were copied in the source. Read those instead, outside the snapshot
    # (the copies were made from it, after it).
    copies: Mapping[QualifiedName, QualifiedName] = field(default_factory=dict)
    run_id: str | None = None  # the scope of state transformers keep between batches (JavaScript globals)

    def source_table(self, table: Table) -> Table:
        """The table to read `table`'s rows from."""
        copy = self.copies.get(table.name)
        return table if copy is None else dataclasses.replace(table, name=copy)


@dataclass(frozen=True)
class Copied:
    """What a step moved: rows read from the source, and rows a destination dropped (missing parent, conflict)."""

    rows: int
    skipped: int = 0


def required_parents(ctx: StepContext, destination: Destination, step: InsertStep, table: Table) -> list[ForeignKey]:
    """FKs whose parents must exist for a row to be written (skip_fk_violations): deferred ones aside, and those
    of a NOT NULL cycle (a self-reference included), whose parents may come later; `sweep_orphans` takes those."""
    if not destination.config.skip_fk_violations:
        return []
    deferred = set(step.deferred_columns)
    return [
        fk
        for fk in table.foreign_keys
        if fk.ref_table in ctx.planned and not deferred & set(fk.columns) and not _in_cycle(ctx, step, fk)
    ]


def _in_cycle(ctx: StepContext, step: InsertStep, fk: ForeignKey) -> bool:
    """A FK between tables of a NOT NULL cycle, loaded in no order among themselves."""
    return step.unchecked and fk.ref_table in ctx.unchecked


def sweep_orphans(ctx: StepContext, tables: Mapping[QualifiedName, Table], targets: list[Connector]) -> dict[str, int]:
    """skip_fk_violations, once every table is in: remove the rows of NOT NULL cycles whose parent is absent, then
    the rows that referenced those, until none is left; rows removed per table (the most of any destination)."""
    removed: dict[str, int] = {}
    cycle_fks = [
        (name, fk) for name in ctx.unchecked for fk in tables[name].foreign_keys if fk.ref_table in ctx.unchecked
    ]
    if not cycle_fks:
        return removed
    referencing = [(name, fk) for name, table in tables.items() for fk in table.foreign_keys if fk.ref_table in tables]
    for destination, target in zip(ctx.destinations, targets, strict=True):
        if not destination.config.skip_fk_violations:
            continue
        here: dict[str, int] = {}
        pending = list(cycle_fks)
        while pending:
            emptied: set[QualifiedName] = set()
            for name, fk in pending:
                with gated(destination):
                    count = target.delete_orphans(tables[name], fk)
                if count:
                    here[str(name)] = here.get(str(name), 0) + count
                    emptied.add(name)
            # Rows referencing a removed row are orphans now in turn.
            pending = [(name, fk) for name, fk in referencing if fk.ref_table in emptied]
        for label, count in here.items():
            removed[label] = max(removed.get(label, 0), count)
    return removed


@contextlib.contextmanager
def connections(ctx: StepContext, reading: QualifiedName | None = None) -> Iterator[tuple[Connector, list[Connector]]]:
    """The source (in the run's snapshot, unless `reading` a subset copy) and every destination."""
    with contextlib.ExitStack() as stack:
        source = open_connector(ctx.source_url, must_exist=True)
        stack.callback(source.close)
        if ctx.snapshot is not None and reading not in ctx.copies:
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


def gated(destination: Destination) -> contextlib.AbstractContextManager[object]:
    return destination.gate if destination.gate is not None else contextlib.nullcontext()


def uses_raw_path(ctx: StepContext, step: InsertStep) -> bool:
    """Whether the insert relays bulk bytes instead of decoding rows."""
    return step.table in ctx.raw_tables and not step.deferred_columns and step.table not in ctx.copies


def run_update(ctx: StepContext, step: UpdateStep, plan: TablePlan) -> Copied:
    """Set the FK columns a table was inserted without, now that their targets exist."""
    table = plan.table
    by_name = {column_plan.column.name: column_plan for column_plan in plan.columns}
    key = [by_name[name] for name in step.key]
    values = [by_name[name] for name in step.columns]
    chosen: list[ColumnPlan] = [*key, *values]
    rows = 0
    # skip_fk_violations: a deferred FK whose parent is absent here stays NULL (the row was inserted already;
    # dropping it now would orphan the rows that reference it), and the row counts as skipped.
    parents = [
        list(step.foreign_keys) if destination.config.skip_fk_violations else [] for destination in ctx.destinations
    ]
    skipped = [0] * len(ctx.destinations)
    with connections(ctx, table.name) as (source, targets):
        # Whole blocks of batch_size rows, as the insert draws them (a batch's index is its block).
        batches = fixed_blocks(
            source.read_batches(ctx.source_table(table), [p.column for p in chosen], ctx.batch_size), ctx.batch_size
        )
        for index, batch in enumerate(batches):
            out = transform_batch(
                batch, chosen, table=str(table.name), seed=ctx.seed, batch_index=index, scope=ctx.run_id
            )
            # Rows whose FK is NULL in the source already hold the right value.
            mask = pc.is_valid(out.column(len(key)))
            for position in range(len(key) + 1, out.num_columns):
                mask = pc.or_(mask, pc.is_valid(out.column(position)))
            out = out.filter(mask)
            if out.num_rows == 0:
                continue
            for index, (destination, target) in enumerate(zip(ctx.destinations, targets, strict=True)):
                with gated(destination):
                    key_columns, value_columns = [p.column for p in key], [p.column for p in values]
                    updated = target.update_batch(table, key_columns, value_columns, out, parents[index])
                if parents[index]:  # rows not set: an absent parent, or a row the insert dropped already
                    skipped[index] += out.num_rows - updated
            rows += out.num_rows
    return Copied(rows, max(skipped, default=0))
