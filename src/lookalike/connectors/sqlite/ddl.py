"""CREATE TABLE statements for SQLite from any dialect's schema (constraints inline: SQLite cannot add them later).

From another dialect, a generated column is generated here too when its expression means the same in SQLite
(arithmetic and string operations over the table's columns; `portable.py`), else it is a plain column left NULL
(with a note: its source values derive from the columns before anonymization, so they are never copied);
btree indexes on plain columns are created after the data, other indexes (expressions, partial) are left out;
defaults are kept only when they are plain literals, CHECKs are skipped. From SQLite, the source's own text is
reused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lookalike.connectors.base import SchemaPhase
from lookalike.connectors.sqlite.names import quote_ident, quote_list, sqlite_table_name
from lookalike.connectors.sqlite.portable import portable_expression, portable_index
from lookalike.connectors.sqlite.reflect import UNKNOWN_EXPRESSION
from lookalike.connectors.sqlite.types import sqlite_type_for
from lookalike.core.errors import ConfigError
from lookalike.core.schema import Column, ForeignKey, Kind, QualifiedName, Schema, Table

_LITERAL = re.compile(r"^(?:[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|'(?:[^']|'')*')$")
_INDEX = re.compile(r"^\s*CREATE\s+(UNIQUE\s+)?INDEX\s+(?!IF\s)", re.IGNORECASE)
_CAST_SUFFIX = re.compile(r"::[\w\s\"\[\]().,]+$")


def _portable_default(column: Column, same_dialect: bool) -> str | None:
    if column.default is None or same_dialect:
        return column.default
    if column.kind in (Kind.ARRAY, Kind.BYTES):  # their literals are another dialect's spelling, not SQLite's
        return None
    text = column.default.strip()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    # PostgreSQL spells literals with casts ('x'::text); anything else (nextval, now()) has no portable meaning.
    bare = _CAST_SUFFIX.sub("", text).strip()
    if column.kind is Kind.BOOLEAN and bare.lower() in ("true", "false"):
        return "1" if bare.lower() == "true" else "0"
    return bare if _LITERAL.match(bare) else None


def _generation(column: Column, table: Table, same_dialect: bool) -> str | None:
    """The SQLite expression generating `column`, or None (not generated, or not expressible in SQLite)."""
    if column.generated is None or column.generated == UNKNOWN_EXPRESSION:
        return None
    if same_dialect:
        return column.generated
    return portable_expression(column.generated, {c.name for c in table.columns if not c.is_generated})


def _is_written(column: Column, table: Table, same_dialect: bool) -> bool:
    """Whether the column exists in the SQLite table: from SQLite, generated ones only when their expression is
    known; from another dialect always (a generated column SQLite cannot compute is a plain column, left NULL)."""
    return not same_dialect or not column.is_generated or _generation(column, table, same_dialect) is not None


def _column_sql(column: Column, table: Table, source: Schema, single_pk: str | None) -> str:
    same = source.dialect == "sqlite"
    parts = [quote_ident(column.name)]
    declared = sqlite_type_for(column, source.dialect)
    if declared:
        parts.append(declared)
    if single_pk == column.name:
        parts.append("PRIMARY KEY")
    generation = _generation(column, table, same)
    # A generated column SQLite cannot compute stays NULL: its source values derive from columns as they were
    # before anonymization, so they are never copied.
    plain = column.is_generated and generation is None
    if not column.nullable and not plain:
        parts.append("NOT NULL")
    default = _portable_default(column, same)
    if default is not None:
        parts.append(f"DEFAULT {default if _LITERAL.match(default) else f'({default})'}")
    if generation is not None:
        parts.append(f"GENERATED ALWAYS AS ({generation}) STORED")
    return " ".join(parts)


def _fk_sql(fk: ForeignKey, among: Iterable[QualifiedName]) -> str:
    sql = f"FOREIGN KEY ({quote_list(fk.columns)}) REFERENCES {quote_ident(sqlite_table_name(fk.ref_table, among))}"
    if fk.name:
        sql = f"CONSTRAINT {quote_ident(fk.name)} {sql}"
    if fk.ref_columns:
        sql += f" ({quote_list(fk.ref_columns)})"
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
    among = tuple(source.tables)
    columns = [column for column in table.columns if _is_written(column, table, same)]
    pk = table.primary_key.columns if table.primary_key else ()
    # A single INTEGER key declared inline becomes the rowid: what SQLite users expect, and the fastest layout.
    single = pk[0] if len(pk) == 1 and table.column(pk[0]).kind is Kind.INTEGER else None
    lines = [_column_sql(column, table, source, single) for column in columns]
    if pk and single is None:
        lines.append(f"PRIMARY KEY ({quote_list(pk)})")
    lines += [f"UNIQUE ({quote_list(unique.columns)})" for unique in table.uniques]
    if same:
        lines += [f"CHECK ({check.expression})" for check in table.checks]
    lines += [_fk_sql(fk, among) for fk in table.foreign_keys if not fk.virtual]
    body = ",\n  ".join(lines)
    return f"CREATE TABLE IF NOT EXISTS {quote_ident(sqlite_table_name(table.name, among))} (\n  {body}\n)"


def check_names(source: Schema, tables: Sequence[Table]) -> None:
    """ConfigError when two tables, or two columns of one table, would get the same SQLite name (SQLite's names
    ignore case: `CaseTable` and `CASETABLE`, `Email` and `email` are one). Asked before anything is written."""
    among = tuple(source.tables)
    seen: dict[str, QualifiedName] = {}
    for table in tables:
        name = sqlite_table_name(table.name, among)
        other = seen.setdefault(name.casefold(), table.name)
        if other != table.name:
            raise ConfigError(
                f"tables {other} and {table.name} would both be {name!r} in SQLite (table names ignore case there)",
                where=f"{other}, {table.name}",
                fix="skip one of them (`skip: true`), or copy into PostgreSQL",
            )
        columns: dict[str, str] = {}
        same = source.dialect == "sqlite"
        for column in table.columns:
            if not _is_written(column, table, same):
                continue
            first = columns.setdefault(column.name.casefold(), column.name)
            if first != column.name:
                raise ConfigError(
                    f"columns {first!r} and {column.name!r} of table {table.name} would be one column in SQLite "
                    "(column names ignore case there)",
                    where=f"{table.name}: {first}, {column.name}",
                    fix="rename one of them in the source, skip the table (`skip: true`), or copy into PostgreSQL",
                )


def create_statements(source: Schema, tables: Sequence[Table], phase: SchemaPhase = "all") -> list[str]:
    """Statements creating `tables` (and, from a SQLite source, their indexes: after the data for `tables`).

    SQLite cannot add foreign keys to a table later, so they are always part of CREATE TABLE.
    """
    check_names(source, tables)
    statements = [] if phase == "constraints" else [create_table_sql(table, source) for table in tables]
    if phase != "tables":
        if source.dialect == "sqlite":
            for table in tables:
                statements += [_INDEX.sub(r"CREATE \1INDEX IF NOT EXISTS ", i.definition) for i in table.indexes]
        else:
            statements += [statement for statement, _ in _foreign_indexes(source, tables)]
    return statements


def _foreign_indexes(source: Schema, tables: Sequence[Table]) -> list[tuple[str, str]]:
    """(CREATE INDEX, what it is) for each index of another dialect that SQLite can have with the same meaning.

    SQLite's index names share one namespace with its tables: a name taken already gets the schema prefixed.
    """
    among = tuple(source.tables)
    taken = {sqlite_table_name(name, among).casefold() for name in source.tables}
    made = []
    for table in tables:
        columns = {column.name for column in table.columns if _is_written(column, table, False)}
        target = sqlite_table_name(table.name, among)
        for index in table.indexes:
            found = portable_index(index.definition, columns)
            if found is None:
                continue
            name, unique, terms = found
            for candidate in (name, f"{table.name.schema}__{name}"):
                if candidate.casefold() not in taken:
                    break
            else:
                continue
            taken.add(candidate.casefold())
            made.append(
                (
                    f"CREATE {'UNIQUE ' if unique else ''}INDEX IF NOT EXISTS {quote_ident(candidate)} "
                    f"ON {quote_ident(target)} ({', '.join(terms)})",
                    f"{table.name}: {index.name}",
                )
            )
    return made


def left_out(source: Schema, tables: Sequence[Table]) -> list[str]:
    """What of another dialect's schema a SQLite copy goes without: generated columns whose expression SQLite cannot
    evaluate the same way, and indexes it cannot have (expression, partial, non-btree) — for the run's notes."""
    if source.dialect == "sqlite":
        return []
    notes = []
    for table in tables:
        for column in table.columns:
            if column.is_generated and _generation(column, table, False) is None:
                notes.append(
                    f"{table.name}.{column.name} is generated by an expression SQLite cannot evaluate the same way "
                    f"({column.generated}): it is a plain column there, left NULL (its source values derive from "
                    "columns before anonymization)"
                )
    kept = {what for _, what in _foreign_indexes(source, tables)}
    for table in tables:
        for index in table.indexes:
            if f"{table.name}: {index.name}" not in kept:
                notes.append(
                    f"index {index.name} of {table.name} has no SQLite equivalent: left out of the SQLite copy"
                )
    return notes
