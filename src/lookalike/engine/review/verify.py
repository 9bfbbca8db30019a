"""Check each destination against the source: row counts, foreign keys, and leaks of transformed columns.

A leak is a row whose transformed column still holds its source value (matched by row key): the value
survived anonymization. Generators may by chance produce a value that some *other* source row holds (a
common first name, say); that is reported separately as `shared`, not as a leak. A free-text transformer leaves
text without personal data as it is: there, an unchanged value is a leak only when personal data is found in it.

A column that looks sensitive (the classifier, on sampled values) and is copied unchanged without being
`reviewed` is a privacy finding: the destination is not clean, whatever the counts say.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from lookalike.classify.values import rows_with_pii
from lookalike.connectors import Connector, open_connector, redact_url
from lookalike.core.canonical import arrow_schema
from lookalike.core.config import JobConfig
from lookalike.core.schema import Column, ForeignKey, QualifiedName, Schema, Table
from lookalike.engine.copy.transform import transform_batch
from lookalike.engine.plan.prepare import prepare
from lookalike.engine.plan.resolve import ColumnPlan, ResolvedJob, TablePlan
from lookalike.transformers import Role


@dataclass(frozen=True)
class TableCheck:
    table: str
    source_rows: int
    destination_rows: int
    fk_violations: int
    leaks: int
    shared: int
    passed_through: list[str] = field(default_factory=list)  # sensitive-looking columns copied unchanged
    leaks_by_column: dict[str, int] = field(default_factory=dict)  # column → rows still holding their source value
    orphans_by_fk: dict[str, int] = field(default_factory=dict)  # `(cols) -> table (cols)` → rows pointing nowhere

    @property
    def ok(self) -> bool:
        return (
            self.source_rows == self.destination_rows
            and self.fk_violations == 0
            and self.leaks == 0
            and not self.passed_through
        )


@dataclass
class DestinationCheck:
    destination: str
    tables: list[TableCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.tables)

    def totals(self) -> dict[str, int]:
        return {
            "fk_violations": sum(check.fk_violations for check in self.tables),
            "leaks": sum(check.leaks for check in self.tables),
            "count_mismatches": sum(check.source_rows != check.destination_rows for check in self.tables),
            "sensitive_passed_through": sum(len(check.passed_through) for check in self.tables),
        }


def _read_all(connector: Connector, table: Table, columns: list[Column]) -> pa.Table:
    batches = list(connector.read_batches(table, columns, 100_000))
    return pa.Table.from_batches(batches, schema=arrow_schema(columns))


def _count_true(mask: pa.ChunkedArray[Any] | pa.Array[Any]) -> int:
    return int(pc.sum(mask.cast(pa.int64())).as_py() or 0)


def _as_written(before: pa.Table, key_plans: list[ColumnPlan], table: Table) -> pa.Table | None:
    """The source rows with their key columns transformed as the sync wrote them; None when not reproducible."""
    if all(plan.transformer is None for plan in key_plans):
        return before
    if any(plan.transformer is not None and plan.key is None for plan in key_plans):
        return None  # a random key transform: the destination row of a source row cannot be found again
    keys = pa.RecordBatch.from_arrays(
        [before.column(p.column.name).combine_chunks() for p in key_plans], names=[p.column.name for p in key_plans]
    )
    written = transform_batch(keys, key_plans, table=str(table.name), seed=0, batch_index=0)
    for plan in key_plans:
        position = before.schema.get_field_index(plan.column.name)
        before = before.set_column(position, plan.column.name, written.column(plan.column.name))
    return before


def _comparable(table: pa.Table, name: str) -> pa.Table:
    """`table` with column `name` as a 16-byte hash of each value when Arrow cannot compare its type.

    Arrow has no unique/is_in/equal kernel (nor join support) for lists, structs or maps: such values are compared
    by a hash of their canonical JSON text instead. Equal values hash equal on both sides; no value is kept.
    """
    position = table.schema.get_field_index(name)
    kind = table.schema.field(position).type
    if not (pa.types.is_nested(kind) or pa.types.is_dictionary(kind)):
        return table
    hashed = pa.array(
        [
            None
            if value is None
            else hashlib.blake2b(
                json.dumps(value, sort_keys=True, default=str, separators=(",", ":")).encode(), digest_size=16
            ).digest()
            for value in table.column(position).to_pylist()
        ],
        pa.binary(16),
    )
    return table.set_column(position, name, hashed)


def _leaks(source: Connector, target: Connector, plan: TablePlan, column_plan: ColumnPlan) -> tuple[int, int]:
    """(rows still holding their own source value, destination values found anywhere in the source column)."""
    table, column = plan.table, column_plan.column
    key = [table.column(name) for name in (table.row_key or ())]
    wanted = [*[k for k in key if k.name != column.name], column]
    before, after = _read_all(source, table, wanted), _read_all(target, table, wanted)
    if before.num_rows == 0 or after.num_rows == 0:
        return 0, 0
    before, after = _comparable(before, column.name), _comparable(after, column.name)
    values_before, values_after = before.column(column.name), after.column(column.name)
    shared = _count_true(pc.is_in(values_after, value_set=pc.unique(values_before.combine_chunks())))
    if not key or column in key:
        return shared, shared
    names = [k.name for k in key]
    # Rows are matched by key as the destination holds it (a scrambled key is scrambled again here).
    matched = _as_written(before, [p for p in plan.columns if p.column.name in names], table)
    if matched is None:
        return shared, shared
    before = matched
    joined = before.rename_columns([*names, "__before"]).join(
        after.rename_columns([*names, "__after"]), keys=names, join_type="inner"
    )
    same = pc.equal(joined.column("__before"), joined.column("__after"))
    if column_plan.transformer is not None and column_plan.transformer.name == "transform_pii_text":
        kept = joined.filter(pc.fill_null(same, False)).column("__before").combine_chunks()
        return rows_with_pii(kept), shared
    return _count_true(same), shared


def verify(job: JobConfig, environ: Mapping[str, str]) -> list[DestinationCheck]:
    """Verify every destination of `job` against its source (reads only)."""
    prepared = prepare(job, environ, for_writing=False)
    resolved, source_url, urls = prepared.resolved, prepared.source_url, prepared.urls
    source = open_connector(source_url, must_exist=True)
    reports = []
    try:
        # A subset's tables are checked against the rows the subset keeps (computed again, nothing written).
        expected: dict[QualifiedName, int] = {}
        if resolved.subset.active:
            kept = source.compute_subset(resolved.subset, resolved.schema.tables, materialize=None)
            expected = {name: kept.kept(name) for name in resolved.subset.tables}
        unmapped = _passed_through(resolved, source)  # a finding of the source and the job: the same everywhere
        for url in urls:
            target = open_connector(url)
            try:
                reports.append(_verify_destination(resolved, source, target, url, expected, unmapped))
            finally:
                target.close()
    finally:
        source.close()
    return reports


def _passed_through(resolved: ResolvedJob, source: Connector) -> dict[str, list[str]]:
    """Per table, the sensitive-looking columns the job copies unchanged (unreviewed): a privacy finding.

    Not for a job that opted out of the check, nor for a generated database (no source row is copied)."""
    from lookalike.engine.plan import privacy

    unmapped: dict[str, list[str]] = {}
    if resolved.job.unmapped_sensitive != "allow" and resolved.job.generate is None:
        samples = privacy.sample(source, [plan.table for plan in resolved.tables.values()])
        for finding in privacy.check(resolved, samples, drift=False).of("unmapped_sensitive"):
            unmapped.setdefault(finding.table, []).append(finding.column or "")
    return unmapped


def _verify_destination(
    resolved: ResolvedJob,
    source: Connector,
    target: Connector,
    url: str,
    expected: Mapping[QualifiedName, int],
    unmapped: Mapping[str, list[str]],
) -> DestinationCheck:
    report = DestinationCheck(redact_url(url))
    # The destination's schema, read once: which partitions it has (a schema-drift check would compare it too).
    existing = target.reflect()
    for name, plan in resolved.tables.items():
        table = plan.table
        # The source's keys, not the destination's constraints: a destination that lacks a constraint (one declared
        # on partitions, a virtual one) is checked all the same, by a query.
        orphans = {
            fk_label(fk): found
            for fk in table.foreign_keys
            if fk.ref_table in resolved.tables and (found := _orphans(target, existing, table, fk))
        }
        leaks_by_column: dict[str, int] = {}
        shared = 0
        for column_plan in plan.transformed:
            assert column_plan.transformer is not None
            if column_plan.transformer.role in (Role.GENERATOR, Role.TRANSFORMER):
                found, overlap = _leaks(source, target, plan, column_plan)
                shared += overlap
                if found:
                    leaks_by_column[column_plan.column.name] = found
        report.tables.append(
            TableCheck(
                str(name),
                expected[name] if name in expected else source.count_rows(name),
                target.count_rows(name),
                sum(orphans.values()),
                sum(leaks_by_column.values()),
                shared,
                unmapped.get(str(name), []),
                leaks_by_column,
                orphans,
            )
        )
    return report


def fk_label(fk: ForeignKey) -> str:
    """`(a, b) -> public.parent (x, y)`: which key, never a value."""
    return f"({', '.join(fk.columns)}) -> {fk.ref_table} ({', '.join(fk.ref_columns)})"


def _orphans(target: Connector, existing: Schema, table: Table, fk: ForeignKey) -> int:
    """Rows of `table` in the destination whose `fk` values match no row of its parent there.

    A key declared on some partitions only is counted on those partitions' rows (the source's other partitions may
    hold rows it would refuse); when the destination has no such partition, on the whole table (fail closed).
    """
    if not fk.partitions:
        return target.count_fk_violations(table, fk)
    found = existing.find_table(str(table.name))
    present = {partition.name for partition in found.partitions} if found is not None else set()
    if not set(fk.partitions) <= present:
        return target.count_fk_violations(table, fk)
    return sum(
        target.count_fk_violations(dataclasses.replace(table, name=partition), fk) for partition in fk.partitions
    )


def as_dict(reports: list[DestinationCheck]) -> list[dict[str, Any]]:
    """A JSON-able view of verification reports."""
    return [
        {"destination": r.destination, "ok": r.ok, **r.totals(), "tables": [vars(t) for t in r.tables]} for r in reports
    ]
