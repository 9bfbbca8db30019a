"""Encode an Arrow batch as PostgreSQL binary COPY, a whole column at a time (no row loop).

Binary COPY spares both sides the text round trip: the server parses binary rows much faster than text, and wire
columns (wire.py) go out as the bytes they came in as. Each column becomes a few binary arrays whose
concatenation, row by row, is that column's field (4-byte length, then the value's bytes); Arrow's
`binary_join_element_wise` then joins every row's fields in C++, and its data buffer is the COPY body.

A column whose type or value this encoder cannot write returns None: the writer then takes a slower route
(writing.py), never a wrong one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import psycopg
import pyarrow as pa
import pyarrow.compute as pc
from psycopg import sql

from lookalike.connectors.postgres import binary_values
from lookalike.connectors.postgres.binary_values import Encoder, Parts, fixed, join_parts
from lookalike.connectors.postgres.wire import WireType
from lookalike.core.mixing import HEX_VALUES

HEADER = b"PGCOPY\n\xff\r\n\x00" + (0).to_bytes(4, "big") + (0).to_bytes(4, "big")
TRAILER = (-1).to_bytes(2, "big", signed=True)
_EPOCH_DAYS = 10_957  # 2000-01-01, PostgreSQL's epoch, in days since 1970-01-01
_EPOCH_MICROS = _EPOCH_DAYS * 86_400_000_000
_INTEGERS = {"int2": (">i2", 2**15), "int4": (">i4", 2**31), "int8": (">i8", 2**63)}
_FLOATS = {"float8": ">f8", "float4": ">f4"}
_TEXTS = frozenset({"text", "varchar", "bpchar", "name", "citext", "json", "xml"})


@dataclass(frozen=True)
class TargetType:
    """A destination column's type: as format_type spells it, its base type's name (through domains), and for
    arrays the element type's OID and name."""

    name: str
    base: str
    enum: bool = False
    element_oid: int = 0
    element: str = ""
    element_enum: bool = False


def _binary(offsets: npt.NDArray[np.int64], data: Any) -> pa.Array[Any]:
    buffer = data if isinstance(data, pa.Buffer) else pa.py_buffer(np.ascontiguousarray(data))
    return pa.Array.from_buffers(pa.large_binary(), len(offsets) - 1, [None, pa.py_buffer(offsets), buffer])


def _lengths(lengths: npt.NDArray[np.int64]) -> pa.Array[Any]:
    """Each row's 4-byte length word (-1: NULL)."""
    words = np.ascontiguousarray(lengths.astype(">i4")).view(np.uint8)
    return _binary(np.arange(len(lengths) + 1, dtype=np.int64) * 4, words)


def _valid(values: pa.Array[Any]) -> npt.NDArray[np.bool_]:
    if values.null_count == 0:
        return np.ones(len(values), dtype=np.bool_)
    return np.asarray(values.is_valid().to_numpy(zero_copy_only=False), dtype=np.bool_)


def variable(values: pa.Array[Any]) -> Parts:
    """Fields whose bytes are the values' own (text, bytea, wire bytes): length word, then the bytes."""
    binary = values.cast(pa.large_binary()) if values.type != pa.large_binary() else values
    lengths = pc.binary_length(binary).fill_null(-1).to_numpy(zero_copy_only=False)
    return [_lengths(lengths), binary.fill_null(b"") if binary.null_count else binary]


def numbers(dtype: str, limit: int | None = None, fill: Any = 0) -> Encoder:
    def encode(values: pa.Array[Any]) -> Parts | None:
        numbers_ = values.fill_null(fill).to_numpy(zero_copy_only=False)
        if limit is not None and len(numbers_) and (numbers_.min() < -limit or numbers_.max() >= limit):
            return None  # out of the column's range: the server's own error says so (slower route)
        raw = np.ascontiguousarray(numbers_.astype(dtype)).view(np.uint8).reshape(len(values), -1)
        return fixed(raw, _valid(values))

    return encode


def _uuids(values: pa.Array[Any]) -> Parts | None:
    hexes = pc.replace_substring(values, "-", "").cast(pa.large_binary())
    valid = _valid(values)
    lengths = pc.binary_length(hexes).fill_null(32).to_numpy(zero_copy_only=False)
    if (lengths != 32).any():
        return None
    filled = hexes.fill_null(b"0" * 32)
    offsets = np.frombuffer(filled.buffers()[1], dtype=np.int64, count=len(filled) + 1)[filled.offset :]
    data = np.frombuffer(filled.buffers()[2], dtype=np.uint8)[int(offsets[0]) : int(offsets[-1])]
    nibbles = HEX_VALUES[data].reshape(-1, 32)
    if (nibbles == 255).any():
        return None
    return fixed(((nibbles[:, 0::2] << 4) | nibbles[:, 1::2]).astype(np.uint8), valid)


def _temporal(storage: pa.DataType, dtype: str, shift: int, bits: int) -> Encoder:
    """Dates / timestamps: shifted to PostgreSQL's epoch; the storage extremes (±infinity, convert.py) stay put,
    which is exactly how PostgreSQL stores its infinities."""

    def encode(values: pa.Array[Any]) -> Parts | None:
        raw = values.cast(storage).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
        low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
        infinite = (raw == low) | (raw == high)
        shifted = np.where(infinite, raw, raw - shift)
        if bits == 32 and ((shifted < low) | (shifted > high)).any():
            return None
        data = np.ascontiguousarray(shifted.astype(dtype)).view(np.uint8).reshape(len(values), -1)
        return fixed(data, _valid(values))

    return encode


def _times(values: pa.Array[Any]) -> Parts | None:
    micros = values.cast(pa.int64()).fill_null(0).to_numpy(zero_copy_only=False)
    return fixed(np.ascontiguousarray(micros.astype(">i8")).view(np.uint8).reshape(len(values), -1), _valid(values))


def _jsonb(values: pa.Array[Any]) -> Parts:
    """jsonb's binary form: a version byte (1), then the JSON text."""
    text = values.cast(pa.large_binary())
    lengths = pc.add(pc.binary_length(text), 1).fill_null(-1).to_numpy(zero_copy_only=False)
    version = pc.if_else(pc.is_valid(text), pa.scalar(b"\x01", pa.large_binary()), pa.scalar(b"", pa.large_binary()))
    return [_lengths(lengths), version, text.fill_null(b"")]


def _scalar_encoder(kind: pa.DataType, base: str, enum: bool) -> Encoder | None:
    if pa.types.is_integer(kind) and base in _INTEGERS:
        dtype, limit = _INTEGERS[base]
        return numbers(dtype, limit)
    if (pa.types.is_floating(kind) or pa.types.is_integer(kind)) and base in _FLOATS:
        return numbers(_FLOATS[base])
    if pa.types.is_boolean(kind) and base == "bool":
        return numbers("u1", fill=False)
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        if base in _TEXTS or enum:
            return variable
        strings: dict[str, Encoder] = {
            "jsonb": _jsonb,
            "uuid": _uuids,
            "numeric": binary_values.numerics,
            "interval": binary_values.intervals,
        }
        return strings.get(base)
    if (pa.types.is_binary(kind) or pa.types.is_large_binary(kind)) and base == "bytea":
        return variable
    if pa.types.is_timestamp(kind) and kind.unit == "us" and base in ("timestamp", "timestamptz"):
        return _temporal(pa.int64(), ">i8", _EPOCH_MICROS, 64)
    if pa.types.is_date32(kind) and base == "date":
        return _temporal(pa.int32(), ">i4", _EPOCH_DAYS, 32)
    if pa.types.is_time64(kind) and kind.unit == "us" and base == "time":
        return _times
    return None


def encoder(kind: pa.DataType, target: TargetType) -> Encoder | None:
    """How values of `kind` are written into a column of type `target`, decided from types alone; None: not here."""
    if isinstance(kind, WireType):
        return (lambda values: variable(values.storage)) if kind.type_name == target.name else None
    if pa.types.is_list(kind) and target.element_oid:
        element = _scalar_encoder(kind.value_type, target.element, target.element_enum)
        if element is None:
            return None
        return binary_values.arrays(element, target.element_oid)
    return _scalar_encoder(kind, target.base, target.enum)


def encode_binary(batch: pa.RecordBatch, targets: Sequence[TargetType]) -> bytes | None:
    """The batch as one binary COPY stream (header, rows, trailer); None if a column's type or value is not covered
    (`uncovered` says which)."""
    pieces = encode_pieces(batch, targets)
    return None if pieces is None else b"".join(pieces)


def encode_pieces(batch: pa.RecordBatch, targets: Sequence[TargetType]) -> list[bytes | memoryview] | None:
    """`encode_binary`'s stream in pieces (header, rows, trailer), the rows not copied out of Arrow's buffer."""
    parts = encode_fields(batch, targets)
    return None if parts is None else join_rows(parts, batch.num_rows, batch.num_columns)


def uncovered(batch: pa.RecordBatch, targets: Sequence[TargetType]) -> list[int]:
    """The columns of `batch` this encoder cannot write (by type or by one of their values)."""
    missing = []
    for index, (values, target) in enumerate(zip(batch.columns, targets, strict=True)):
        found = encoder(values.type, target)
        if found is None or found(values) is None:
            missing.append(index)
    return missing


def encode_fields(batch: pa.RecordBatch, targets: Sequence[TargetType]) -> Parts | None:
    encoders = [encoder(values.type, target) for values, target in zip(batch.columns, targets, strict=True)]
    if any(found is None for found in encoders):
        return None
    parts: Parts = []
    for values, found in zip(batch.columns, encoders, strict=True):
        assert found is not None
        fields = found(values)
        if fields is None:
            return None
        parts.extend(fields)
    return parts


def join_rows(parts: Parts, rows: int, columns: int) -> list[bytes | memoryview]:
    """Header, each row (its field count, then its fields), trailer."""
    if rows == 0:
        return [HEADER, TRAILER]
    joined = join_parts([np.full(rows, columns, dtype=">i2"), *parts])
    offsets = np.frombuffer(joined.buffers()[1], dtype=np.int64, count=len(joined) + 1 + joined.offset)
    start, end = int(offsets[joined.offset]), int(offsets[-1])
    return [HEADER, memoryview(joined.buffers()[2])[start:end], TRAILER]


_TARGET_TYPES = """
WITH RECURSIVE columns AS (
    SELECT a.attname, a.atttypid AS typid, a.atttypid AS base, 0 AS depth
    FROM pg_attribute a WHERE a.attrelid = {}::regclass AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT c.attname, c.typid, t.typbasetype, c.depth + 1
    FROM columns c JOIN pg_type t ON t.oid = c.base WHERE t.typtype = 'd'
), bases AS (
    SELECT DISTINCT ON (attname) attname, typid, base FROM columns ORDER BY attname, depth DESC
)
SELECT b.attname, format_type(b.typid, NULL), t.typname, t.typtype = 'e',
       coalesce(e.oid, 0), coalesce(e.typname, ''), coalesce(e.typtype = 'e', false)
FROM bases b
JOIN pg_type t ON t.oid = b.base
LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A' AND e.typtype IN ('b', 'e')
"""


def typed_here(
    conn: psycopg.Connection[Any],
    table: sql.Identifier,
    columns: Sequence[Any],
    cache: dict[str, dict[str, TargetType]],
) -> list[TargetType]:
    """The destination's own type of each of `columns`: binary COPY must match it byte for byte (a SQLite `INTEGER`
    source column may be a `bigint` here). Looked up once per table and connection."""
    key = table.as_string(conn)
    if key not in cache:
        rows = conn.execute(sql.SQL(_TARGET_TYPES).format(sql.Literal(key))).fetchall()
        cache[key] = {
            str(name): TargetType(str(kind), str(base), bool(enum), int(oid), str(element), bool(element_enum))
            for name, kind, base, enum, oid, element, element_enum in rows
        }
    found = cache[key]
    return [found.get(column.name, TargetType("", "")) for column in columns]
