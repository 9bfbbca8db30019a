"""ADBC's Arrow → the canonical Arrow types, and PostgreSQL's ±infinity dates and timestamps both ways.

Arrow has no infinity for dates and timestamps, so `-infinity` / `infinity` travel as the smallest / largest
value of the type's storage (int32 days, int64 microseconds) and are written back as the words.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

_EPOCH_DAYS = 10_957  # 2000-01-01, PostgreSQL's epoch, in days since 1970-01-01
_EPOCH_MICROS = _EPOCH_DAYS * 86_400 * 1_000_000

# ADBC shifts PostgreSQL's stored sentinels (the storage type's min and max) by the epoch difference, with
# wrap-around: -infinity lands on min + shift and infinity, overflowing, on min + shift - 1.
_ADBC_INFINITIES = {
    32: (-(2**31) + _EPOCH_DAYS, -(2**31) + _EPOCH_DAYS - 1),
    64: (-(2**63) + _EPOCH_MICROS, -(2**63) + _EPOCH_MICROS - 1),
}


def _storage(kind: pa.DataType) -> tuple[pa.DataType, int] | None:
    if pa.types.is_date32(kind):
        return pa.int32(), 32
    if pa.types.is_timestamp(kind) and kind.unit == "us":
        return pa.int64(), 64
    return None


def _infinities(values: Any) -> tuple[Any, Any, Any] | None:
    """(storage values, is -infinity mask, is infinity mask) of a date/timestamp array, None when it has none."""
    storage = _storage(values.type)
    if storage is None or len(values) == 0:
        return None
    integer, bits = storage
    raw = values.cast(integer)
    low, high = pc.equal(raw, -(2 ** (bits - 1))), pc.equal(raw, 2 ** (bits - 1) - 1)
    if not pc.any(pc.or_(low, high)).as_py():
        return None
    return raw, low, high


def _as_text(values: Any) -> Any:
    kind = values.type
    if pa.types.is_timestamp(kind) and kind.tz in ("UTC", "+00:00", "Z"):
        # Arrow formats zone-aware timestamps ~20x slower than naive ones: format the UTC wall time, add the zone.
        naive = values.cast(pa.timestamp(kind.unit)).cast(pa.string())
        return pc.binary_join_element_wise(naive, "Z", "")
    return values.cast(pa.string())


def temporal_text(values: Any) -> Any:
    """Dates and timestamps as PostgreSQL input text, the storage extremes as -infinity / infinity."""
    found = _infinities(values)
    if found is None:
        return _as_text(values)
    _, low, high = found
    finite = _as_text(pc.if_else(pc.or_(low, high), pa.scalar(None, values.type), values))
    return pc.if_else(low, "-infinity", pc.if_else(high, "infinity", finite))


def _from_adbc(values: Any, wanted: pa.DataType) -> Any:
    if pa.types.is_list(wanted) and pa.types.is_list(values.type):
        if values.offset:
            values = pa.concat_arrays([values])
        inner = _from_adbc(values.values, wanted.value_type)
        return pa.ListArray.from_arrays(values.offsets, inner, type=wanted, mask=values.is_null())
    storage = _storage(wanted)
    if storage is None or _storage(values.type) is None:
        return values.cast(wanted)
    integer, bits = storage
    raw = values.cast(integer)
    negative, positive = _ADBC_INFINITIES[bits]
    fixed = pc.if_else(
        pc.equal(raw, negative),
        pa.scalar(-(2 ** (bits - 1)), integer),
        pc.if_else(pc.equal(raw, positive), pa.scalar(2 ** (bits - 1) - 1, integer), raw),
    )
    return fixed.cast(values.type).cast(wanted)


def to_canonical(batch: pa.RecordBatch, schema: pa.Schema) -> pa.RecordBatch:
    """`batch` as read by ADBC, cast column by column to `schema` (the canonical types)."""
    arrays = []
    for column, field in zip(batch.columns, schema, strict=True):
        if isinstance(column.type, pa.BaseExtensionType):
            column = column.storage
        arrays.append(_from_adbc(column, field.type))
    return pa.RecordBatch.from_arrays(arrays, schema=schema)
