"""Reflect a SQLite database into the schema model (PRAGMAs, plus the CREATE TABLE text where PRAGMAs are silent)."""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict

from lookalike.connectors.sqlite.types import column_from_declared
from lookalike.core.schema import (
    Column,
    ForeignKey,
    Index,
    PrimaryKey,
    QualifiedName,
    Schema,
    Table,
    UniqueConstraint,
)


def quote_ident(name: str) -> str:
    """Quote an SQLite identifier (sqlite3 has no composition library; doubling quotes is the documented rule)."""
    return '"' + name.replace('"', '""') + '"'


_ACTIONS = {"CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT"}


def _generated_expression(create_sql: str, column: str) -> str:
    name = re.escape(column)
    pattern = rf'(?:"{name}"|\b{name}\b)[^,]*?GENERATED\s+ALWAYS\s+AS\s*\((.*?)\)\s*(?:STORED|VIRTUAL)?'
    found = re.search(pattern, create_sql, re.IGNORECASE | re.DOTALL)
    return found.group(1).strip() if found else "NULL"


def _is_deferred(create_sql: str, parent: str) -> bool:
    pattern = rf'REFERENCES\s+["`\[]?{re.escape(parent)}["`\]]?[^,]*?DEFERRABLE\s+INITIALLY\s+DEFERRED'
    return re.search(pattern, create_sql, re.IGNORECASE | re.DOTALL) is not None


def _columns(conn: sqlite3.Connection, name: str, create_sql: str) -> tuple[list[Column], list[str]]:
    columns, pk = [], []
    rows = conn.execute(f"PRAGMA table_xinfo({quote_ident(name)})").fetchall()
    for _cid, col, declared, notnull, default, pk_pos, hidden in rows:
        if hidden == 1:  # hidden columns of virtual tables are not data
            continue
        generated = _generated_expression(create_sql, col) if hidden in (2, 3) else None
        nullable = not notnull and not pk_pos
        columns.append(
            column_from_declared(col, declared or "", nullable=nullable, default=default, generated=generated)
        )
        if pk_pos:
            pk.append((pk_pos, col))
    return columns, [col for _, col in sorted(pk)]


def _indexes(conn: sqlite3.Connection, name: str) -> tuple[list[UniqueConstraint], list[Index]]:
    uniques, indexes = [], []
    for _seq, index_name, unique, origin, _partial in conn.execute(f"PRAGMA index_list({quote_ident(name)})"):
        cols = tuple(row[2] for row in conn.execute(f"PRAGMA index_info({quote_ident(index_name)})"))
        if origin == "u":
            uniques.append(UniqueConstraint(cols, None))
        elif origin == "c":
            found = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (index_name,))
            row = found.fetchone()
            if row and row[0]:
                indexes.append(Index(index_name, row[0], bool(unique)))
    return uniques, indexes


def reflect(conn: sqlite3.Connection) -> Schema:
    """The whole database as a Schema (SQLite has no schemas: every name's schema is None)."""
    listed = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "ORDER BY name"
    ).fetchall()
    parts: dict[str, tuple[list[Column], list[str], str]] = {}
    for name, create_sql in listed:
        columns, pk = _columns(conn, name, create_sql or "")
        parts[name] = (columns, pk, create_sql or "")
    tables: dict[QualifiedName, Table] = {}
    for name, (columns, pk, create_sql) in parts.items():
        grouped: dict[int, list[tuple[int, str, str, str | None, str, str]]] = defaultdict(list)
        for fk_id, seq, parent, child_col, parent_col, on_update, on_delete, _match in conn.execute(
            f"PRAGMA foreign_key_list({quote_ident(name)})"
        ):
            grouped[fk_id].append((seq, parent, child_col, parent_col, on_update, on_delete))
        fks = []
        for fk_id in sorted(grouped):
            links = sorted(grouped[fk_id])
            parent = links[0][1]
            ref_cols = tuple(link[3] for link in links)
            if any(col is None for col in ref_cols):
                ref_cols = tuple(parts.get(parent, ([], [], ""))[1])
            fks.append(
                ForeignKey(
                    columns=tuple(link[2] for link in links),
                    ref_table=QualifiedName(None, parent),
                    ref_columns=tuple(str(col) for col in ref_cols),
                    deferrable=_is_deferred(create_sql, parent),
                    initially_deferred=_is_deferred(create_sql, parent),
                    on_delete=links[0][5] if links[0][5] in _ACTIONS else None,
                    on_update=links[0][4] if links[0][4] in _ACTIONS else None,
                )
            )
        uniques, indexes = _indexes(conn, name)
        qualified = QualifiedName(None, name)
        tables[qualified] = Table(
            name=qualified,
            columns=tuple(columns),
            primary_key=PrimaryKey(tuple(pk)) if pk else None,
            uniques=tuple(uniques),
            foreign_keys=tuple(fks),
            indexes=tuple(indexes),
        )
    return Schema(dialect="sqlite", tables=tables)
