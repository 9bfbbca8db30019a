"""The skeleton of generated rows: keys, unique values and foreign keys, each a pure function of the row number.

Primary keys and unique columns are distinct by construction (the row number, encoded to fit the column),
never retried until lucky. A foreign key takes the key of a parent row: drawn uniformly or skewed, or, for rows
grouped under a parent (3–8 lines per order; a composite key made of foreign keys), the parent the row belongs
to, with the key's other foreign keys offset per row so that the composite stays unique.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.core.canonical import arrow_type
from lookalike.core.errors import ConfigError
from lookalike.core.generate import GenerationSpec, per_parent_counts, stream, structural_columns
from lookalike.core.mixing import GOLDEN, UUID_GROUPS, finalize64, hex_strings
from lookalike.core.schema import Column, ForeignKey, Kind, QualifiedName, Schema, Table

Rows = npt.NDArray[np.int64]
_DIGITS = np.frombuffer(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", dtype=np.uint8)
_EPOCH = np.datetime64("2000-01-01T00:00:00", "us")


def _mix(values: npt.NDArray[np.uint64], salt: int) -> npt.NDArray[np.uint64]:
    """Independent-looking draws from row numbers: each value xor (salt + golden ratio), finalized."""
    with np.errstate(over="ignore"):
        return finalize64(values ^ (np.uint64(salt) + GOLDEN))


def _uniform(rows: Rows, salt: int) -> npt.NDArray[np.float64]:
    return (_mix(rows.astype(np.uint64), salt) >> np.uint64(11)).astype(np.float64) / float(1 << 53)


class Skeleton:
    """Key, unique and FK column values of every generated table."""

    def __init__(self, schema: Schema, spec: GenerationSpec) -> None:
        self.schema, self.spec = schema, spec
        self._cumulative: dict[QualifiedName, Rows] = {}

    def rows(self, name: QualifiedName) -> int:
        return self.spec.rows(name)

    def structural(self, table: Table) -> set[str]:
        """Columns the skeleton fills: keys, unique columns, foreign keys."""
        generated = [name for name in self.schema.tables if str(name) in self.spec.tables]
        return structural_columns(table, generated)

    # -- parents ---------------------------------------------------------------------------------------
    def _grouped(self, table: Table, rows: Rows) -> tuple[Rows, Rows]:
        """(parent row, position under that parent) of each row of a grouped table."""
        spec = self.spec.tables[str(table.name)]
        assert spec.group is not None
        parent = table.foreign_keys[spec.group].ref_table
        parents = self.rows(parent)
        if spec.per_parent is None:
            zero = rows - 1
            return zero % max(parents, 1) + 1, zero // max(parents, 1)
        if table.name not in self._cumulative:
            counts = per_parent_counts(self.spec.seed, str(table.name), parents, *spec.per_parent)
            self._cumulative[table.name] = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        cumulative = self._cumulative[table.name]
        owner = np.searchsorted(cumulative, rows, side="left").astype(np.int64)  # 1-based parent row
        return owner, rows - cumulative[owner - 1] - 1

    def _parent_rows(self, table: Table, index: int, fk: ForeignKey, rows: Rows) -> tuple[Rows, npt.NDArray[np.bool_]]:
        """The parent row each row references through `fk`, and which rows hold NULL instead."""
        parents = self.rows(fk.ref_table)
        spec = self.spec.tables[str(table.name)]
        none = np.zeros(len(rows), dtype=np.bool_)
        salt = stream(self.spec.seed, table.name, "fk", index)
        if spec.group == index:
            return self._grouped(table, rows)[0], none
        in_key = table.primary_key is not None and set(fk.columns) <= set(table.primary_key.columns)
        if spec.group is not None and in_key:
            owner, position = self._grouped(table, rows)
            if (position >= parents).any():
                raise ConfigError(
                    f"{table.name} would need more than {parents} distinct {fk.ref_table} rows per "
                    f"{table.foreign_keys[spec.group].ref_table} row to keep its key unique",
                    where=f"tables.{table.name}",
                    fix=f"generate more {fk.ref_table} rows, or fewer {table.name} rows",
                )
            offset = (_mix(owner.astype(np.uint64), salt) % np.uint64(parents)).astype(np.int64)
            return (offset + position) % parents + 1, none
        if any(
            set(fk.columns) <= set(unique.columns) and len(unique.columns) == len(fk.columns)
            for unique in table.uniques
        ):
            return rows, none  # one-to-one: row n belongs to parent row n
        if fk.ref_table == table.name:
            # A self-reference points at an earlier row (the first has none), so the hierarchy has roots.
            earlier = np.maximum(rows - 1, 1)
            picked = (_uniform(rows, salt) * earlier).astype(np.int64) + 1
            none = rows == 1
        elif self.spec.fk_distribution == "skewed":
            picked = np.minimum((_uniform(rows, salt) ** self.spec.skew * parents).astype(np.int64) + 1, parents)
        else:
            picked = (_mix(rows.astype(np.uint64), salt) % np.uint64(max(parents, 1))).astype(np.int64) + 1
        nullable = all(table.column(name).nullable for name in fk.columns) and not in_key
        if nullable and self.spec.fk_null_rate > 0:
            none = none | (_uniform(rows, salt ^ 0x5EED) < self.spec.fk_null_rate)
        return picked, none

    # -- values ----------------------------------------------------------------------------------------
    def values(self, table: Table, column: Column, rows: Rows) -> pa.Array[Any]:
        """The column's values at `rows` (1-based row numbers)."""
        for index, fk in enumerate(table.foreign_keys):
            if column.name in fk.columns and str(fk.ref_table) in self.spec.tables:
                parent_rows, none = self._parent_rows(table, index, fk, rows)
                parent = self.schema.table(fk.ref_table)
                referenced = parent.column(fk.ref_columns[fk.columns.index(column.name)])
                values = self.values(parent, referenced, np.where(none, 1, parent_rows))
                if none.any():
                    values = pc.if_else(pa.array(none), pa.scalar(None, values.type), values)
                return values.cast(arrow_type(column)) if values.type != arrow_type(column) else values
        return self._own(table, column, rows)

    def _own(self, table: Table, column: Column, rows: Rows) -> pa.Array[Any]:
        """A distinct value per row number, encoded for the column's type."""
        where = f"{table.name}.{column.name}"
        total = self.rows(table.name)
        if column.kind is Kind.INTEGER:
            limit = {"smallint": 32_767, "int2": 32_767, "integer": 2**31 - 1, "int4": 2**31 - 1, "int": 2**31 - 1}
            if total > limit.get(column.native_type.lower(), 2**63 - 1):
                raise ConfigError(f"{where} cannot hold {total:,} distinct values", where=where, fix="fewer rows")
            return pa.array(rows, pa.int64())
        if column.kind is Kind.TEXT:
            return _readable(_base36(rows, total, column, where), column)
        if column.kind is Kind.UUID:
            high, low = (
                _mix(rows.astype(np.uint64), stream(self.spec.seed, table.name, column.name)),
                _mix(rows.astype(np.uint64), stream(self.spec.seed, table.name, column.name, 2)),
            )
            raw = np.stack([high, low], axis=1).astype(">u8").view(np.uint8).reshape(len(rows), 16).copy()
            raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
            raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
            return hex_strings(raw, UUID_GROUPS)
        if column.kind is Kind.DECIMAL:
            return pa.array(rows).cast(pa.string())
        if column.kind is Kind.FLOAT:
            return pa.array(rows.astype(np.float64))
        if column.kind is Kind.DATE:
            return pa.array((np.datetime64("2000-01-01", "D") + rows).astype("datetime64[D]"), pa.date32())
        if column.kind in (Kind.TIMESTAMP, Kind.TIMESTAMPTZ):
            stamps = _EPOCH + rows.astype("timedelta64[s]")
            return pa.array(stamps, arrow_type(column))
        raise ConfigError(
            f"{where} ({column.native_type}) is a key or unique column of a type without distinct generated values",
            where=where,
            fix="generate this table with a mapping for the column, or leave the table out (`skip: true`)",
        )


def _base36(rows: Rows, total: int, column: Column, where: str) -> pa.Array[Any]:
    width = 1
    while 36**width < total + 1:
        width += 1
    if column.max_length is not None and column.max_length < width:
        raise ConfigError(
            f"{where} holds at most {column.max_length} characters: too few for {total:,} distinct values",
            where=where,
            fix="generate fewer rows, or widen the column",
        )
    width = max(width, min(column.max_length or 8, 8))
    digits = np.empty((len(rows), width), dtype=np.uint8)
    remaining = rows.astype(np.int64).copy()
    for position in range(width - 1, -1, -1):
        digits[:, position] = _DIGITS[remaining % 36]
        remaining //= 36
    offsets = np.arange(0, width * (len(rows) + 1), width, dtype=np.int32)
    return pa.StringArray.from_buffers(len(rows), pa.py_buffer(offsets), pa.py_buffer(np.ascontiguousarray(digits)))


def _readable(codes: pa.Array[Any], column: Column) -> pa.Array[Any]:
    """Distinct codes dressed as what the column holds, where there is room: `user-0001A@example.com` for an
    email, `username-0001A` elsewhere; a code alone in a column too narrow for more."""
    name = column.name.lower()
    room = (column.max_length or 255) - len(codes[0].as_py()) if len(codes) else 0
    if re.search(r"e_?mail", name) and room >= len("user-@example.com"):
        return pc.binary_join_element_wise("user-", codes, "@example.com", "")
    prefix = re.sub(r"[^a-z0-9]+", "_", name).strip("_")[: max(room - 1, 0)]
    if prefix:
        return pc.binary_join_element_wise(prefix + "-", codes, "")
    return codes
