"""`lookalike preview`: a few rows of each table before and after its transformers, read from the source and
written nowhere (as Greenmask's `validate --diff`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lookalike.connectors import open_connector
from lookalike.core.config import JobConfig
from lookalike.core.errors import ConfigError
from lookalike.engine.copy.transform import transform_batch
from lookalike.engine.plan.privacy import first_rows
from lookalike.engine.plan.resolve import resolve_job


@dataclass(frozen=True)
class TablePreview:
    table: str
    columns: list[str]  # the mapped columns, in table order
    before: list[list[Any]]  # per row, the source values of those columns
    after: list[list[Any]]


def preview(job: JobConfig, environ: Mapping[str, str], table: str | None = None, rows: int = 5) -> list[TablePreview]:
    """Before/after rows of every table with a mapped column (or of `table`)."""
    source = open_connector(job.source.resolve(environ), must_exist=True)
    try:
        resolved = resolve_job(job, source.reflect(job.schemas), environ)
        plans = list(resolved.tables.values())
        if table is not None:
            wanted = resolved.schema.find_table(table)
            if wanted is None or wanted.name not in resolved.tables:
                raise ConfigError(
                    f"the job copies no table {table!r}", where="--table", fix="name a table of the job's source"
                )
            plans = [resolved.tables[wanted.name]]
        out = []
        for plan in plans:
            if not plan.transformed:
                continue
            batch = first_rows(source, plan.table, plan.written, rows)
            if batch is None:
                continue
            after = transform_batch(batch, plan.columns, table=str(plan.table.name), seed=resolved.seed, batch_index=0)
            mapped = [p.column.name for p in plan.transformed]
            out.append(
                TablePreview(
                    str(plan.table.name),
                    mapped,
                    [list(row) for row in zip(*(batch.column(c).to_pylist() for c in mapped), strict=True)],
                    [list(row) for row in zip(*(after.column(c).to_pylist() for c in mapped), strict=True)],
                )
            )
        return out
    finally:
        source.close()
