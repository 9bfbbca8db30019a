"""Values between SQLite's loose storage and the canonical Arrow types, whole columns at a time where Arrow can.

SQLite stores whatever it was given, so each reader first tries one vectorized Arrow conversion of the column
and only when that fails looks at the values one by one (REAL in a NUMERIC column, unix times in a DATE column).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from lookalike.connectors.sqlite.arrays import json_to_pg_text, pg_text_to_json
from lookalike.core.canonical import arrow_type
from lookalike.core.errors import RunError
from lookalike.core.schema import Column, Kind

_UNIX_EPOCH_JULIAN_DAY = 2440587.5
_TRUE = {"1", "t", "true", "y", "yes", "on"}
_FALSE = {"0", "f", "false", "n", "no", "off"}


def _decimal_text(value: float) -> str:
    """A REAL as plain decimal text without float noise (1.98 → '1.98', 1e-07 → '0.0000001')."""
    if not math.isfinite(value):
        return {"inf": "Infinity", "-inf": "-Infinity"}.get(repr(value), "NaN")
    return format(Decimal(repr(value)), "f")


def _text_value(column: Column) -> Callable[[Any], str | None]:
    def convert(value: Any) -> str | None:
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, bytes):
            if column.kind is Kind.UUID and len(value) == 16:
                return str(uuid.UUID(bytes=value))
            return value.decode("utf-8")
        if isinstance(value, float) and column.kind is Kind.DECIMAL:
            return _decimal_text(value)
        return str(value)

    return convert


def _numbers_as_decimal_text(values: Sequence[Any]) -> pa.Array | None:
    """Numbers as plain decimal text in one Arrow cast; None when that would not be exact or plain."""
    try:
        numbers = pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return None
    if pa.types.is_integer(numbers.type):
        return numbers.cast(pa.string())
    if not pa.types.is_floating(numbers.type):
        return None
    # Integers beyond 2**53 lose digits as doubles; exponents, inf and nan need the per-value path.
    largest = pc.max(pc.abs(numbers)).as_py()
    if largest is not None and not largest < 2**53:
        return None
    text = numbers.cast(pa.string())
    return None if pc.any(pc.match_substring_regex(text, "[a-z]")).as_py() else text


def _as_text(column: Column, values: Sequence[Any]) -> pa.Array:
    if column.kind is not Kind.UUID or not any(isinstance(value, bytes) for value in values):
        try:
            return pa.array(values, pa.string())
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            pass
    if column.kind is Kind.DECIMAL:
        # NUMERIC columns hold what SQLite made of the text: INTEGER and REAL values.
        numbers = _numbers_as_decimal_text(values)
        if numbers is not None:
            return numbers
    convert = _text_value(column)
    return pa.array([convert(value) for value in values], pa.string())


def _integers(values: Sequence[Any]) -> pa.Array | None:
    """The values as int64 when SQLite stored them all as integers (Arrow would silently truncate REALs)."""
    try:
        inferred = pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return None
    if pa.types.is_integer(inferred.type) or pa.types.is_null(inferred.type):
        return inferred.cast(pa.int64())
    return None


def _as_integer(values: Sequence[Any]) -> pa.Array:
    stored = _integers(values)
    if stored is not None:
        return stored
    return pa.array(
        [None if v is None else _exact_int(v) if isinstance(v, float) else int(v) for v in values], pa.int64()
    )


def _exact_int(value: float) -> int:
    if not value.is_integer():
        raise ValueError(f"{value!r} is not an integer")
    return int(value)


def _as_boolean(values: Sequence[Any]) -> pa.Array:
    stored = _integers(values)
    if stored is not None:
        return stored.cast(pa.bool_())
    return pa.array([_boolean(value) for value in values], pa.bool_())


def _boolean(value: Any) -> bool | None:
    if value is None or isinstance(value, int | float):
        return None if value is None else bool(value)
    text = value.decode() if isinstance(value, bytes) else str(value)
    if text.strip().lower() in _TRUE | _FALSE:
        return text.strip().lower() in _TRUE
    raise ValueError(f"{value!r} is not a boolean")


def _datetime(value: Any) -> dt.datetime | None:
    """One stored date/time: ISO text, unix seconds (INTEGER) or a Julian day (REAL), SQLite's documented forms."""
    if value is None:
        return None
    if isinstance(value, bool | int):
        return dt.datetime.fromtimestamp(value, dt.UTC)
    if isinstance(value, float):
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=value - _UNIX_EPOCH_JULIAN_DAY)
    text = value.decode() if isinstance(value, bytes) else str(value)
    return dt.datetime.fromisoformat(text.strip())


def _naive_utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def _as_timestamp(values: Sequence[Any], kind: Kind) -> pa.Array:
    naive, aware = pa.timestamp("us"), pa.timestamp("us", tz="UTC")
    try:
        text = pa.array(values, pa.string())
        try:
            parsed = text.cast(naive)
            # Text without an offset in a TIMESTAMPTZ column is taken to be UTC.
            return parsed.cast(aware) if kind is Kind.TIMESTAMPTZ else parsed
        except pa.ArrowInvalid:
            with_offset = text.cast(aware)
            return with_offset if kind is Kind.TIMESTAMPTZ else with_offset.cast(naive)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        stamps = [_naive_utc(_datetime(value)) for value in values]
        return pa.array(stamps, naive).cast(aware) if kind is Kind.TIMESTAMPTZ else pa.array(stamps, naive)


def _as_date(values: Sequence[Any]) -> pa.Array:
    try:
        text = pa.array(values, pa.string())
        try:
            return text.cast(pa.date32())
        except pa.ArrowInvalid:
            return text.cast(pa.timestamp("us")).cast(pa.date32())  # dates stored with a (midnight) time
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # A date with a time or an offset keeps its own calendar day; unix times and Julian days are UTC.
        moments = [_datetime(value) for value in values]
        return pa.array([None if moment is None else moment.date() for moment in moments], pa.date32())


def _as_time(values: Sequence[Any]) -> pa.Array:
    try:
        text = pa.array(values, pa.string())
        return pc.binary_join_element_wise("1970-01-01 ", text, "").cast(pa.timestamp("us")).cast(pa.time64("us"))
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        times = [None if v is None else dt.time.fromisoformat(str(v).strip()).replace(tzinfo=None) for v in values]
        return pa.array(times, pa.time64("us"))


def _as_bytes(values: Sequence[Any]) -> pa.Array:
    try:
        return pa.array(values, pa.binary())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([v.encode() if isinstance(v, str) else _blob(v) for v in values], pa.binary())


def _blob(value: Any) -> bytes | None:
    if value is None or isinstance(value, bytes):
        return value
    raise TypeError(f"{value!r} is not binary")


def _as_list(values: Sequence[Any], wanted: pa.DataType) -> pa.Array:
    loaded = [None if value is None else json.loads(value) for value in values]
    if pa.types.is_string(wanted.value_type):
        # A list of decimals or UUIDs may be stored with JSON numbers; the canonical elements are text.
        loaded = [None if v is None else [e if e is None or isinstance(e, str) else str(e) for e in v] for v in loaded]
    if _is_temporal(wanted.value_type):
        # Stored as ISO text: parsed by Arrow's casts, like scalar dates.
        return pa.array(loaded, pa.list_(pa.string())).cast(wanted)
    return pa.array(loaded, wanted)


def _convert(column: Column, values: Sequence[Any]) -> pa.Array:
    wanted = arrow_type(column)
    if pa.types.is_list(wanted):
        return _as_list(values, wanted)
    if pa.types.is_string(wanted) and column.kind is Kind.ARRAY:
        return pa.array([json_to_pg_text(text) for text in _as_text(column, values).to_pylist()], pa.string())
    if pa.types.is_string(wanted):
        return _as_text(column, values)
    readers: dict[Kind, Callable[[Sequence[Any]], pa.Array]] = {
        Kind.INTEGER: _as_integer,
        Kind.FLOAT: lambda vs: pa.array(vs, pa.float64()),
        Kind.BOOLEAN: _as_boolean,
        Kind.DATE: _as_date,
        Kind.TIMESTAMP: lambda vs: _as_timestamp(vs, Kind.TIMESTAMP),
        Kind.TIMESTAMPTZ: lambda vs: _as_timestamp(vs, Kind.TIMESTAMPTZ),
        Kind.TIME: _as_time,
        Kind.BYTES: _as_bytes,
    }
    return readers[column.kind](values)


def to_arrow(column: Column, values: Sequence[Any], table: str) -> pa.Array:
    """One column of fetched rows as an Arrow array of the column's canonical type; RunError when it does not fit."""
    try:
        return _convert(column, values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, ValueError, TypeError, OverflowError) as error:
        kinds = ", ".join(sorted({type(v).__name__ for v in values if v is not None})) or "no"
        raise RunError(
            f"{table}.{column.name} is declared {column.native_type or '(no type)'} ({column.kind}) but holds "
            f"{kinds} values that do not convert: {error}",
            where=f"{table}.{column.name}",
            fix="clean the column's values, or map the column with a transformer that generates its values",
        ) from error


def _without_zero_fraction(text: pa.Array) -> pa.Array:
    return pc.replace_substring_regex(text, r"\.0+$", "")


def _temporal_text(values: pa.Array) -> pa.Array:
    """Dates and times as the ISO text SQLite's date functions read ('YYYY-MM-DD HH:MM:SS[.ffffff][+00:00]')."""
    kind = values.type
    if pa.types.is_timestamp(kind) and kind.tz is not None:
        utc = values.cast(pa.timestamp(kind.unit, tz="UTC")).cast(pa.timestamp(kind.unit))
        return pc.binary_join_element_wise(_without_zero_fraction(utc.cast(pa.string())), "+00:00", "")
    if pa.types.is_date(kind):
        return values.cast(pa.date32()).cast(pa.string())
    return _without_zero_fraction(values.cast(pa.string()))


def _is_temporal(kind: pa.DataType) -> bool:
    return bool(pa.types.is_timestamp(kind) or pa.types.is_date(kind) or pa.types.is_time(kind))


def _list_json(values: pa.Array) -> list[str | None]:
    if _is_temporal(values.type.value_type):
        # Elements become the same text as scalar dates do; the offsets already account for any slicing.
        values = pa.ListArray.from_arrays(values.offsets, _temporal_text(values.values), mask=values.is_null())
    return [None if v is None else json.dumps(v, ensure_ascii=False) for v in values.to_pylist()]


def to_python(column: Column, values: pa.Array | pa.ChunkedArray) -> list[Any]:
    """One canonical Arrow column as values sqlite3 stores faithfully: ISO text for dates and times, 0/1, JSON text."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    kind = values.type
    if column.kind is Kind.ARRAY and pa.types.is_string(kind):
        return [pg_text_to_json(text, column.element_kind) for text in values.to_pylist()]
    if _is_temporal(kind):
        return list(_temporal_text(values).to_pylist())
    if pa.types.is_boolean(kind):
        return list(values.cast(pa.int64()).to_pylist())
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return _list_json(values)
    return list(values.to_pylist())
