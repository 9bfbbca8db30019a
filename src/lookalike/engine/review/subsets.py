"""Preview a subset without writing anything: per table, the rows a run would keep and why."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lookalike.connectors import open_connector
from lookalike.core.config import JobConfig
from lookalike.core.subset import Reason
from lookalike.engine.plan.prepare import prepare


@dataclass(frozen=True)
class TablePreview:
    table: str
    source_rows: int
    kept: int
    target: int = 0
    child: int = 0
    parent: int = 0
    whole: bool = False  # not connected to a target: copied whole


@dataclass(frozen=True)
class SubsetPreview:
    tables: list[TablePreview]
    rounds: int
    notes: list[str] = field(default_factory=list)  # what the job drops (a skipped table others reference)

    @property
    def kept(self) -> int:
        return sum(table.kept for table in self.tables)


def preview(job: JobConfig, environ: Mapping[str, str]) -> SubsetPreview:
    """Compute the job's subset in the source (in one transaction, rolled back) and count it."""
    resolved = prepare(job, environ, for_writing=False).resolved
    source = open_connector(job.source.resolve(environ), must_exist=True)
    try:
        result = (
            source.compute_subset(resolved.subset, resolved.schema.tables, materialize=None)
            if resolved.subset.active
            else None
        )
        tables = []
        for name in resolved.tables:
            total = source.count_rows(name)
            if result is None or name not in result.counts:
                tables.append(TablePreview(str(name), total, total, whole=True))
                continue
            counts = result.counts[name]
            tables.append(
                TablePreview(
                    str(name),
                    total,
                    result.kept(name),
                    counts.get(Reason.TARGET, 0),
                    counts.get(Reason.CHILD, 0),
                    counts.get(Reason.PARENT, 0),
                )
            )
    finally:
        source.close()
    return SubsetPreview(tables, result.rounds if result is not None else 0, list(resolved.notes))
