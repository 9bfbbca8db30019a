"""Which tables may travel as raw bulk bytes: nothing to transform, and bytes every destination reads the same way."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lookalike.core.schema import Column, Kind, Schema, Table


@dataclass(frozen=True)
class RawTarget:
    """A destination as the raw path needs it: its bulk format, its tables before the run, and whether the run
    creates missing tables as the source has them (same dialect)."""

    raw_format: str | None
    existing: Schema
    created_like_source: bool


def raw_compatible(
    table: Table, columns: Sequence[Column], source_format: str | None, targets: Sequence[RawTarget]
) -> bool:
    """True when the bytes the source writes mean the same in every destination (same format, same types)."""
    if source_format is None or any(t.raw_format != source_format for t in targets):
        return False
    # Binary arrays and composites embed type OIDs, which differ between databases for user-defined types.
    if any(c.kind is Kind.ARRAY and c.element_kind in (Kind.ENUM, Kind.OTHER) for c in columns):
        return False
    if any(c.kind is Kind.OTHER and c.user_type is not None for c in columns):
        return False
    for target in targets:
        existing = target.existing.find_table(str(table.name))
        if existing is None:
            if target.created_like_source:
                continue  # the run creates it from the source's own definition: the same types
            return False
        for column in columns:
            if not existing.has_column(column.name) or existing.column(column.name).native_type != column.native_type:
                return False
    return True
