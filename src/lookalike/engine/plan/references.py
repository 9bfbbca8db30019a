"""Keep foreign keys pointing at the right rows when the keys they reference are transformed.

A referenced column's transformer, params and key are handed down every foreign key to the columns that
reference it (and on, through chains of keys), so a parent's `42 → 9107` is the child's `42 → 9107` too.
No mapping store is needed because only one-to-one transformers may change a referenced column.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

from lookalike.core.errors import ConfigError
from lookalike.core.schema import QualifiedName

if TYPE_CHECKING:
    from lookalike.engine.plan.resolve import ColumnPlan, TablePlan

ColumnRef = tuple[QualifiedName, str]


def _references(tables: Mapping[QualifiedName, TablePlan]) -> dict[ColumnRef, list[ColumnRef]]:
    """Each FK column of a selected table → the columns it references in selected tables."""
    parents: dict[ColumnRef, list[ColumnRef]] = {}
    for name, plan in tables.items():
        for fk in plan.table.foreign_keys:
            if fk.ref_table in tables:
                for column, ref_column in zip(fk.columns, fk.ref_columns, strict=True):
                    parents.setdefault((name, column), []).append((fk.ref_table, ref_column))
    return parents


def _same(a: ColumnPlan, b: ColumnPlan) -> bool:
    return a.transformer is b.transformer and a.params == b.params and a.key == b.key


def inherited_plans(
    tables: Mapping[QualifiedName, TablePlan], run_key: bytes, config_names: Mapping[QualifiedName, str]
) -> dict[QualifiedName, TablePlan]:
    """`tables` with every referencing column planned like the column it references (errors when impossible)."""
    parents = _references(tables)
    by_ref = {(name, p.column.name): p for name, plan in tables.items() for p in plan.columns}

    def where(ref: ColumnRef) -> str:
        return f"tables.{config_names[ref[0]]}.columns.{ref[1]}"

    referenced = {parent for targets in parents.values() for parent in targets}
    for ref in sorted(referenced):
        if ref[1] in tables[ref[0]].defaulted:
            raise ConfigError(
                f"{ref[0]}.{ref[1]} is referenced by foreign keys and cannot be left to the destination's default",
                where=where(ref),
                fix="copy it, or transform it with transform_scramble_identity",
            )
        plan = by_ref[ref]
        entry = plan.transformer
        if entry is None or ref in parents:  # unchanged, or itself inherits (checked below)
            continue
        if not entry.keeps_distinct(plan.params):
            raise ConfigError(
                f"{entry.name} on {ref[0]}.{ref[1]} can give two rows the same value, but foreign keys reference "
                "this column",
                where=where(ref),
                fix="use transform_scramble_identity (integers, UUIDs) or hash (one-to-one, keyed); the mapping is "
                "applied to every referencing column automatically",
            )
        if plan.key is None:
            by_ref[ref] = dataclasses.replace(plan, key=run_key)

    resolved: dict[ColumnRef, ColumnPlan] = {}

    def effective(ref: ColumnRef, seen: frozenset[ColumnRef]) -> ColumnPlan:
        if ref in resolved:
            return resolved[ref]
        own = by_ref[ref]
        inherited = [effective(p, seen | {ref}) for p in parents.get(ref, []) if p not in seen and p in by_ref]
        changed = [p for p in inherited if p.transformer is not None]
        result = own
        if changed:
            first = changed[0]
            if any(not _same(first, other) for other in changed[1:]):
                raise ConfigError(
                    f"{ref[0]}.{ref[1]} references columns that are transformed differently",
                    where=where(ref),
                    fix="transform the referenced columns alike",
                )
            if own.transformer is not None and not _same(own, first):
                raise ConfigError(
                    f"{ref[0]}.{ref[1]} is a foreign key: it takes the transformer of the column it references "
                    f"({first.transformer.name if first.transformer else ''})",
                    where=where(ref),
                    fix="remove this column's mapping",
                )
            if first.transformer is not None and not first.transformer.applies_to(own.column):
                raise ConfigError(
                    f"{ref[0]}.{ref[1]} cannot take {first.transformer.name} from the column it references "
                    f"(kind {own.column.kind.value})",
                    where=where(ref),
                    fix="give the two columns the same type",
                )
            result = dataclasses.replace(first, column=own.column)
        elif inherited and own.transformer is not None and own.transformer.name != "null":
            raise ConfigError(
                f"{ref[0]}.{ref[1]} is a foreign key to a column copied unchanged; transforming it alone "
                "breaks the reference",
                where=where(ref),
                fix="transform the referenced column instead (it is handed down), or map this one to null",
            )
        resolved[ref] = result
        return result

    out: dict[QualifiedName, TablePlan] = {}
    for name, table_plan in tables.items():
        columns = tuple(effective((name, p.column.name), frozenset()) for p in table_plan.columns)
        out[name] = dataclasses.replace(table_plan, columns=columns)
    return out
