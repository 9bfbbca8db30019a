"""CREATE TABLE statements for SQLite from any dialect's schema (constraints inline: SQLite cannot add them later)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lookalike.connectors.sqlite.reflect import quote_ident
from lookalike.connectors.sqlite.types import sqlite_type_for
from lookalike.core.errors import ConfigError
from lookalike.core.schema import Column, ForeignKey, Schema, Table

_LITERAL = re.compile(r"^(?:-?\d+(?:\.\d+)?|'(?:[^']|'')*')$")


def _portable_default(default: str | None, same_dialect: bool) -> str | None:
    if default is None:
        return None
    if same_dialect:
        return default
    # PostgreSQL spells literals with casts ('x'::text); anything else (nextval, now()) has no portable meaning.
    bare = re.sub(r"::[\w\s\"\[\]]+$", "", default.strip())
    return bare if _LITERAL.match(bare) else None


def _column_sql(column: Column, source: Schema, single_pk: str | None) -> str:
    same = source.dialect == "sqlite"
    parts = [quote_ident(column.name), sqlite_type_for(column, source.dialect)]
    if single_pk == column.name:
        parts.append("PRIMARY KEY")
    if not column.nullable:
        parts.append("NOT NULL")
    default = _portable_default(column.default, same)
    if default is not None:
        parts.append(f"DEFAULT {default if _LITERAL.match(default) else f'({default})'}")
    if column.generated is not None and same:
        parts.append(f"GENERATED ALWAYS AS ({column.generated}) STORED")
    return " ".join(parts)


def _fk_sql(fk: ForeignKey) -> str:
    sql = (
        f"FOREIGN KEY ({', '.join(map(quote_ident, fk.columns))}) "
        f"REFERENCES {quote_ident(fk.ref_table.name)} ({', '.join(map(quote_ident, fk.ref_columns))})"
    )
    if fk.on_delete:
        sql += f" ON DELETE {fk.on_delete}"
    if fk.on_update:
        sql += f" ON UPDATE {fk.on_update}"
    if fk.deferrable:
        sql += " DEFERRABLE INITIALLY DEFERRED" if fk.initially_deferred else " DEFERRABLE INITIALLY IMMEDIATE"
    return sql


def create_table_sql(table: Table, source: Schema) -> str:
    """One CREATE TABLE IF NOT EXISTS with columns, keys, uniques and FKs inline."""
    same = source.dialect == "sqlite"
    pk = table.primary_key.columns if table.primary_key else ()
    # INTEGER PRIMARY KEY makes the column the rowid: fast, and what SQLite users expect.
    single = pk[0] if len(pk) == 1 and table.column(pk[0]).kind.value == "integer" else None
    columns = [c for c in table.columns if same or not c.is_generated]
    lines = [_column_sql(column, source, single) for column in columns]
    if pk and single is None:
        lines.append(f"PRIMARY KEY ({', '.join(map(quote_ident, pk))})")
    lines += [f"UNIQUE ({', '.join(map(quote_ident, u.columns))})" for u in table.uniques]
    if same:
        lines += [f"CHECK ({check.expression})" for check in table.checks]
    lines += [_fk_sql(fk) for fk in table.foreign_keys]
    body = ",\n  ".join(lines)
    return f"CREATE TABLE IF NOT EXISTS {quote_ident(table.name.name)} (\n  {body}\n)"


def create_tables(source: Schema, tables: Sequence[Table]) -> list[str]:
    """Statements creating `tables` (and, from a SQLite source, their indexes)."""
    seen: dict[str, str] = {}
    for table in tables:
        other = seen.setdefault(table.name.name, str(table.name))
        if other != str(table.name):
            raise ConfigError(
                f"tables {other} and {table.name} would both be {table.name.name!r} in SQLite (one namespace)",
                where=f"{other}, {table.name}",
                fix="skip one of them (`skip: true`) or sync into PostgreSQL",
            )
    statements = [create_table_sql(table, source) for table in tables]
    if source.dialect == "sqlite":
        for table in tables:
            statements += [
                re.sub(r"^CREATE (UNIQUE )?INDEX ", r"CREATE \1INDEX IF NOT EXISTS ", index.definition, flags=re.I)
                for index in table.indexes
            ]
    return statements
