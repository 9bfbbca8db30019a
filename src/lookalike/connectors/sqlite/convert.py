"""Values between SQLite's loose storage and the canonical Arrow types, whole columns at a time where Arrow can."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from lookalike.connectors.canonical import arrow_type
from lookalike.connectors.sqlite.pg_array import parse_array
from lookalike.core.errors import RunError
from lookalike.core.schema import Column, Kind

_TEXT_KINDS = {Kind.TEXT, Kind.DECIMAL, Kind.UUID, Kind.JSON, Kind.ENUM, Kind.INTERVAL, Kind.OTHER}


def _as_text(values: Sequence[Any]) -> pa.Array[Any]:
    try:
        return pa.array(values, pa.string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # SQLite stores what it was given: a REAL in a NUMERIC column, an integer in a TEXT column.
        return pa.array(
            [None if v is None else v.decode() if isinstance(v, bytes) else str(v) for v in values], pa.string()
        )


def _as_timestamp(text: pa.Array[Any], tz: bool) -> pa.Array[Any]:
    text = pc.replace_substring(text, "T", " ")
    if tz:
        try:
            return text.cast(pa.timestamp("us", tz="UTC"))
        except pa.ArrowInvalid:
            return text.cast(pa.timestamp("us")).cast(pa.timestamp("us", tz="UTC"))
    try:
        return text.cast(pa.timestamp("us"))
    except pa.ArrowInvalid:
        return text.cast(pa.timestamp("us", tz="UTC")).cast(pa.timestamp("us"))


def to_arrow(column: Column, values: Sequence[Any], table: str) -> pa.Array[Any]:
    """One column of fetched rows as an Arrow array of the column's canonical type."""
    wanted = arrow_type(column)
    try:
        if pa.types.is_list(wanted):
            return pa.array([None if v is None else json.loads(v) for v in values], wanted)
        if column.kind in _TEXT_KINDS or pa.types.is_string(wanted):
            return _as_text(values)
        if column.kind is Kind.BOOLEAN:
            return pa.array(values, pa.int64()).cast(pa.bool_())
        if column.kind is Kind.DATE:
            return _as_timestamp(_as_text(values), tz=False).cast(pa.date32())
        if column.kind is Kind.TIMESTAMP:
            return _as_timestamp(_as_text(values), tz=False)
        if column.kind is Kind.TIMESTAMPTZ:
            return _as_timestamp(_as_text(values), tz=True)
        if column.kind is Kind.TIME:
            return pa.array([None if v is None else dt.time.fromisoformat(v) for v in values], wanted)
        if column.kind is Kind.BYTES:
            return pa.array([v.encode() if isinstance(v, str) else v for v in values], pa.binary())
        return pa.array(values, wanted)
    except (pa.ArrowInvalid, pa.ArrowTypeError, ValueError, TypeError) as error:
        kinds = sorted({type(v).__name__ for v in values if v is not None})
        raise RunError(
            f"{table}.{column.name} is declared {column.native_type or '(no type)'} but holds {', '.join(kinds)} "
            f"values that do not convert: {error}",
            where=f"{table}.{column.name}",
            fix="clean the column's values or map it with a transformer that generates values",
        ) from error


def _strip_zero_fraction(text: pa.Array[Any] | pa.ChunkedArray[Any]) -> pa.Array[Any] | pa.ChunkedArray[Any]:
    return pc.replace_substring_regex(text, r"\.000000", "")


def to_python(column: Column, values: pa.Array[Any] | pa.ChunkedArray[Any]) -> list[Any]:
    """One canonical Arrow column as values sqlite3 stores faithfully (ISO text for dates, 0/1, JSON text)."""
    if column.kind is Kind.ARRAY and pa.types.is_string(values.type):
        # Arrays Arrow cannot carry as lists travel as PostgreSQL text; SQLite keeps arrays as JSON.
        return [None if v is None else json.dumps(parse_array(v, column.element_kind)) for v in values.to_pylist()]
    result: list[Any] = _to_python(values)
    return result


def _to_python(values: Any) -> Any:
    kind = values.type
    if pa.types.is_timestamp(kind):
        text = _strip_zero_fraction(values.cast(pa.string()))
        if kind.tz is not None:
            text = pc.replace_substring(text, "Z", "+00:00")
        return text.to_pylist()
    if pa.types.is_date(kind):
        return values.cast(pa.string()).to_pylist()
    if pa.types.is_time(kind):
        return _strip_zero_fraction(values.cast(pa.string())).to_pylist()
    if pa.types.is_boolean(kind):
        return values.cast(pa.int64()).to_pylist()
    if pa.types.is_list(kind):
        return [None if v is None else json.dumps(v, default=str) for v in values.to_pylist()]
    return values.to_pylist()
