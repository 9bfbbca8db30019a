"""After the inserts: set the FK columns a table was inserted without, and sweep orphans of NOT NULL cycles."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pyarrow.compute as pc

from lookalike.connectors import Connector
from lookalike.core.plan import UpdateStep
from lookalike.core.schema import QualifiedName, Table
from lookalike.engine.copy.context import StepContext, connections, gated
from lookalike.engine.copy.pipeline import fixed_blocks
from lookalike.engine.copy.transform import transform_batch
from lookalike.engine.plan.resolve import ColumnPlan, TablePlan


@dataclass(frozen=True)
class Copied:
    """What a step moved: rows read from the source, and rows a destination dropped (missing parent, conflict)."""

    rows: int
    skipped: int = 0


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
