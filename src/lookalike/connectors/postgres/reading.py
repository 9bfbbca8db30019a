"""Reading a table into Arrow through ADBC: the SELECT that casts each column to what it travels as, and the
batches cut from what ADBC hands back."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import psycopg
import pyarrow as pa
from psycopg import sql

from lookalike.connectors.base import KeyRange
from lookalike.connectors.postgres import ddl, key_ranges
from lookalike.connectors.postgres.convert import to_canonical
from lookalike.connectors.postgres.types import read_cast
from lookalike.connectors.postgres.wire import Send, wire_array
from lookalike.core.canonical import arrow_schema
from lookalike.core.schema import Column, Table


def names(columns: Sequence[Column] | Sequence[str]) -> sql.Composable:
    return sql.SQL(", ").join(sql.Identifier(c if isinstance(c, str) else c.name) for c in columns)


def _item(column: Column, native_text: frozenset[str], wire: Mapping[str, Send]) -> sql.Composable:
    name = sql.Identifier(column.name)
    send = wire.get(column.name)
    if send is not None:
        return sql.SQL("{}({}) AS {}").format(send.function, name, name)
    cast = "text" if column.name in native_text else read_cast(column)
    return sql.SQL("{}::{} AS {}").format(name, sql.SQL(cast), name)


def select_sql(
    conn: psycopg.Connection[Any],
    table: Table,
    columns: Sequence[Column],
    native_text: frozenset[str],
    wire: Mapping[str, Send],
    key_range: KeyRange | None = None,
) -> str:
    """The SELECT reading `columns`: `wire` ones as their send function's bytes, `native_text` ones as text, the
    rest cast to what ADBC turns into their canonical Arrow type."""
    query = sql.SQL("SELECT {} FROM {}{}").format(
        sql.SQL(", ").join(_item(c, native_text, wire) for c in columns),
        ddl.ident(table.name),
        key_ranges.key_filter(table, key_range),
    )
    if table.row_key:
        # Qualified: a key column read as text or wire bytes is an output column of the same name, and an
        # unqualified ORDER BY would sort that text ('10' before '9') or those bytes, not the key.
        order = sql.SQL(", ").join(
            sql.SQL("{}.{}").format(ddl.ident(table.name), sql.Identifier(name)) for name in table.row_key
        )
        query = sql.SQL("{} ORDER BY {}").format(query, order)
    return query.as_string(conn)


def read_schema(columns: Sequence[Column], native_text: frozenset[str], wire: Mapping[str, Send]) -> pa.Schema:
    """What ADBC's batches are cast to: canonical types, strings for `native_text`, bytes for `wire` columns."""
    schema = arrow_schema(list(columns))
    for name in native_text:
        kind = pa.large_binary() if name in wire else pa.string()
        schema = schema.set(schema.get_field_index(name), pa.field(name, kind))
    return schema


def batches(
    cursor: Any, query: str, schema: pa.Schema, wire: Mapping[str, Send], batch_rows: int
) -> Iterator[pa.RecordBatch]:
    """Run `query` on an ADBC cursor; its rows in batches of at most `batch_rows`, wire columns as WireType."""
    cursor.execute(query)
    for batch in cursor.fetch_record_batch():
        whole = to_canonical(batch, schema)
        if wire:
            arrays = [
                wire_array(values, wire[field.name].type_name) if field.name in wire else values
                for values, field in zip(whole.columns, schema, strict=True)
            ]
            whole = pa.RecordBatch.from_arrays(arrays, names=schema.names)
        for start in range(0, whole.num_rows, batch_rows):
            yield whole.slice(start, batch_rows)
