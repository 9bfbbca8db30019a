"""Reflect a SQLite database into the schema model: PRAGMAs, plus the CREATE TABLE text where PRAGMAs are silent."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Mapping

from lookalike.connectors.sqlite.names import quote_ident
from lookalike.connectors.sqlite.sqltext import TableText, parse_create_table
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

UNKNOWN_EXPRESSION = "(unknown)"
_ACTIONS = {"CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT"}


def _listed_tables(conn: sqlite3.Connection) -> list[tuple[str, str, bool]]:
    """(name, CREATE sql, has rowid) of the ordinary tables, by name; virtual tables and their shadows are skipped."""
    sqls = dict(conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'table'").fetchall())
    try:
        rows = conn.execute("PRAGMA main.table_list").fetchall()
        listed = [(name, not without_rowid) for _s, name, kind, _n, without_rowid, _strict in rows if kind == "table"]
    except sqlite3.OperationalError:  # SQLite < 3.37 has no table_list
        listed = [(name, "WITHOUT ROWID" not in (sql or "").upper()) for name, sql in sqls.items()]
        listed = [
            (name, rowid) for name, rowid in listed if not (sqls[name] or "").upper().startswith("CREATE VIRTUAL")
        ]
    internal = [(name, rowid) for name, rowid in listed if not name.lower().startswith(("sqlite_", "_lookalike"))]
    return sorted((name, sqls.get(name) or "", rowid) for name, rowid in internal)


def _columns(conn: sqlite3.Connection, name: str, text: TableText, has_rowid: bool) -> tuple[list[Column], list[str]]:
    rows = conn.execute(f"PRAGMA main.table_xinfo({quote_ident(name)})").fetchall()
    keyed = sorted((pk_pos, col) for _cid, col, _type, _nn, _dflt, pk_pos, _hidden in rows if pk_pos)
    pk = [col for _, col in keyed]
    columns = []
    for _cid, col, declared, notnull, default, pk_pos, hidden in rows:
        if hidden == 1:  # the hidden columns of virtual tables are not data
            continue
        generated = text.generated.get(col.casefold(), UNKNOWN_EXPRESSION) if hidden in (2, 3) else None
        rowid_alias = has_rowid and pk == [col] and (declared or "").strip().upper() == "INTEGER"
        columns.append(
            column_from_declared(
                col,
                declared or "",
                nullable=not notnull and not pk_pos,
                default=default,
                generated=generated,
                rowid_alias=rowid_alias,
            )
        )
    return columns, pk


def _indexes(conn: sqlite3.Connection, name: str) -> tuple[list[UniqueConstraint], list[Index]]:
    uniques: list[tuple[int, UniqueConstraint]] = []
    indexes: list[Index] = []
    for _seq, index_name, unique, origin, _partial in conn.execute(f"PRAGMA main.index_list({quote_ident(name)})"):
        if origin == "u":
            cols = [row[2] for row in conn.execute(f"PRAGMA main.index_info({quote_ident(index_name)})")]
            # sqlite_autoindex_<table>_<n> counts the constraints in declaration order; the list runs backwards.
            number = index_name.rsplit("_", 1)[-1]
            if all(col is not None for col in cols):
                uniques.append((int(number) if number.isdigit() else 0, UniqueConstraint(tuple(cols))))
        elif origin == "c":
            row = conn.execute("SELECT sql FROM main.sqlite_master WHERE type = 'index' AND name = ?", (index_name,))
            sql = row.fetchone()
            if sql and sql[0]:
                indexes.append(Index(index_name, sql[0], bool(unique)))
    return [unique for _, unique in sorted(uniques, key=lambda pair: pair[0])], sorted(
        indexes, key=lambda index: index.name
    )


def _foreign_keys(
    conn: sqlite3.Connection, name: str, text: TableText, tables: Mapping[str, str], pks: Mapping[str, list[str]]
) -> list[ForeignKey]:
    grouped: dict[int, list[tuple[int, str, str, str | None, str, str]]] = defaultdict(list)
    for fk_id, seq, parent, child, ref, on_update, on_delete, _match in conn.execute(
        f"PRAGMA main.foreign_key_list({quote_ident(name)})"
    ):
        grouped[fk_id].append((seq, parent, child, ref, on_update, on_delete))
    fks = []
    # SQLite numbers a table's FKs from the last declared one; the model lists them as declared.
    for fk_id in sorted(grouped, reverse=True):
        links = sorted(grouped[fk_id])
        declared_parent, columns = links[0][1], tuple(link[2] for link in links)
        # SQLite resolves table names case-insensitively; the model uses the name the table was created with.
        parent = tables.get(declared_parent.casefold(), declared_parent)
        refs = [link[3] for link in links]
        ref_columns = tuple(str(ref) for ref in refs) if all(refs) else tuple(pks.get(parent, ()))
        if len(ref_columns) != len(columns):  # a clause SQLite itself cannot enforce ("foreign key mismatch")
            continue
        clause = text.foreign_key(columns, declared_parent)
        fks.append(
            ForeignKey(
                columns=columns,
                ref_table=QualifiedName(None, parent),
                ref_columns=ref_columns,
                name=clause.name if clause else None,
                deferrable=clause.deferrable if clause else False,
                initially_deferred=clause.initially_deferred if clause else False,
                on_delete=links[0][5] if links[0][5] in _ACTIONS else None,
                on_update=links[0][4] if links[0][4] in _ACTIONS else None,
            )
        )
    return fks


def _row_estimates(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts ANALYZE left in sqlite_stat1 (empty when it never ran)."""
    if not conn.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        return {}
    estimates: dict[str, int] = {}
    for table, stat in conn.execute("SELECT tbl, stat FROM main.sqlite_stat1"):
        first = str(stat or "").split(" ", 1)[0]
        if first.isdigit():
            estimates[table] = max(estimates.get(table, 0), int(first))
    return estimates


def reflect(conn: sqlite3.Connection) -> Schema:
    """The whole database as a Schema (SQLite has no schemas: every name's schema is None)."""
    listed = _listed_tables(conn)
    texts = {name: parse_create_table(sql) for name, sql, _ in listed}
    parts = {name: _columns(conn, name, texts[name], has_rowid) for name, _, has_rowid in listed}
    by_folded = {name.casefold(): name for name in parts}
    pks = {name: pk for name, (_, pk) in parts.items()}
    estimates = _row_estimates(conn)
    tables: dict[QualifiedName, Table] = {}
    for name, (columns, pk) in parts.items():
        uniques, indexes = _indexes(conn, name)
        qualified = QualifiedName(None, name)
        tables[qualified] = Table(
            name=qualified,
            columns=tuple(columns),
            primary_key=PrimaryKey(tuple(pk)) if pk else None,
            uniques=tuple(uniques),
            foreign_keys=tuple(_foreign_keys(conn, name, texts[name], by_folded, pks)),
            checks=tuple(texts[name].checks),
            indexes=tuple(indexes),
            row_estimate=estimates.get(name),
        )
    return Schema(dialect="sqlite", tables=tables)
