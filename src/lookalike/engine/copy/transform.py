"""Apply a table's transformers to an Arrow batch, column by column (vectorized, no per-row loop)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from lookalike.core.canonical import arrow_type
from lookalike.core.errors import RunError
from lookalike.engine.plan.resolve import ColumnPlan
from lookalike.transformers import TransformContext


def transform_batch(
    batch: pa.RecordBatch,
    plans: Sequence[ColumnPlan],
    *,
    table: str,
    seed: int,
    batch_index: int,
    null_columns: frozenset[str] = frozenset(),
    scope: str | None = None,
) -> pa.RecordBatch:
    """Return `batch` with each planned column transformed and every `null_columns` column set to NULL.

    Each column's transformer runs with that column's key (`ColumnPlan.key`): the job key, the installation key
    for `deterministic: true`, the run key for referenced keys, or none (random from the seed). `scope` (the run
    id) is who may share state a transformer keeps between batches (JavaScript globals); None shares nothing.
    """
    arrays: list[pa.Array[Any]] = []
    for plan, values in zip(plans, batch.columns, strict=True):
        column = plan.column
        if column.name in null_columns:
            arrays.append(pa.nulls(len(values)).cast(arrow_type(column)))
            continue
        if plan.transformer is None:
            arrays.append(values)
            continue
        ctx = TransformContext(
            column=column, table=table, seed=seed, key=plan.key, batch_index=batch_index, rows=batch, scope=scope
        )
        try:
            out = plan.transformer(values, plan.params, ctx)
            wanted = arrow_type(column)
            if out.type != wanted:
                out = out.cast(wanted)
            if column.max_length is not None and pa.types.is_string(wanted):
                out = pc.utf8_slice_codeunits(out, 0, column.max_length)
        except (pa.ArrowException, ValueError, TypeError) as error:
            raise RunError(
                f"transformer {plan.transformer.name} failed on {table}.{column.name}: {error}",
                where=f"{table}.{column.name}",
                fix="check the transformer's params and the column's type",
            ) from error
        if len(out) != len(values):
            raise RunError(f"transformer {plan.transformer.name} changed the row count of {table}.{column.name}")
        arrays.append(out)
    return pa.RecordBatch.from_arrays(arrays, names=[plan.column.name for plan in plans])
