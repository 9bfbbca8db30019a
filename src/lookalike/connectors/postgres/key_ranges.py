"""Key ranges of a PostgreSQL table: the WHERE of a range, and where the next chunk of `count` rows ends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import sql

from lookalike.connectors.base import KeyRange, KeyText
from lookalike.connectors.postgres import ddl
from lookalike.core.schema import Column, Table


def names(columns: Sequence[Column] | Sequence[str]) -> sql.Composable:
    return sql.SQL(", ").join(sql.Identifier(c if isinstance(c, str) else c.name) for c in columns)


def key_filter(table: Table, key_range: KeyRange | None) -> sql.Composable:
    """` WHERE (k1, k2) > (…) AND (k1, k2) <= (…)` for a key range ('' when unbounded)."""
    if key_range is None or not table.row_key:
        return sql.SQL("")
    key = table.row_key
    columns = sql.SQL("({})").format(names(key))

    def row(values: KeyText) -> sql.Composable:
        return sql.SQL("({})").format(
            sql.SQL(", ").join(
                sql.SQL("{}::{}").format(sql.Literal(value), sql.SQL(table.column(name).native_type))
                for name, value in zip(key, values, strict=True)
            )
        )

    parts = []
    if key_range.after is not None:
        parts.append(sql.SQL("{} > {}").format(columns, row(key_range.after)))
    if key_range.upto is not None:
        parts.append(sql.SQL("{} <= {}").format(columns, row(key_range.upto)))
    if not parts:
        return sql.SQL("")
    return sql.SQL(" WHERE {}").format(sql.SQL(" AND ").join(parts))


def estimated_bound(
    conn: psycopg.Connection[Any], table: Table, after: KeyText | None, count: int
) -> KeyText | tuple[()] | None:
    """A bound from the planner's histogram of a one-column key: free, where counting rows scans the index.

    () when the histogram ends within `count` rows (read to the end); None without usable statistics.
    Chunks then hold about `count` rows; they still partition the table exactly.
    """
    key = table.row_key
    if not key or len(key) != 1:
        return None
    column = table.column(key[0])
    bounds = sql.SQL(
        "SELECT b::text, (SELECT reltuples FROM pg_class WHERE oid = %(table)s::regclass) "
        "/ greatest(cardinality(s.histogram_bounds::text::{}[]) - 1, 1) "
        "FROM pg_stats AS s, unnest(s.histogram_bounds::text::{}[]) AS b "
        "WHERE s.schemaname = %(schema)s AND s.tablename = %(name)s AND s.attname = %(column)s "
        "AND NOT s.inherited{} ORDER BY b"
    ).format(
        sql.SQL(column.native_type),
        sql.SQL(column.native_type),
        sql.SQL("")
        if after is None
        else sql.SQL(" AND b > {}::{}").format(sql.Literal(after[0]), sql.SQL(column.native_type)),
    )
    params = {
        "table": ddl.ident(table.name).as_string(conn),
        "schema": table.name.schema or "public",
        "name": table.name.name,
        "column": column.name,
    }
    try:
        with conn.cursor() as cur:
            rows = cur.execute(bounds, params).fetchall()
    except psycopg.Error:  # e.g. a key type without a text cast back: count rows instead
        conn.rollback()
        return None
    conn.rollback()
    if not rows or rows[0][1] is None or float(rows[0][1]) <= 0:
        return None
    per_bound = max(float(rows[0][1]), 1.0)
    step = max(round(count / per_bound), 1)
    return (str(rows[step - 1][0]),) if step <= len(rows) - 1 else ()
