"""SQLite declared types ↔ column kinds: SQLite's affinity rules plus the names people use for dates & co.

A column declared without a type holds anything (BLOB affinity); it reflects as Kind.OTHER and travels as text,
which is what such columns hold in practice (blobs in them must be UTF-8 to be read).
"""

from __future__ import annotations

import re

from lookalike.core.schema import Column, Kind

_SIZE = re.compile(r"\(\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?\)")

# Checked in order: the first pattern found in the upper-cased declared type decides. Names come before
# SQLite's affinity substrings (INT, CHAR, CLOB, TEXT, BLOB, REAL, FLOA, DOUB) because e.g. INTERVAL contains INT.
_BY_NAME: tuple[tuple[str, Kind], ...] = (
    ("DECIMAL_TEXT", Kind.DECIMAL),  # how decimals from another dialect are declared here (TEXT affinity)
    ("TIMESTAMPTZ", Kind.TIMESTAMPTZ),
    ("WITH TIME ZONE", Kind.TIMESTAMPTZ),
    ("DATETIME", Kind.TIMESTAMP),
    ("TIMESTAMP", Kind.TIMESTAMP),
    ("DATE", Kind.DATE),
    ("TIME", Kind.TIME),
    ("INTERVAL", Kind.INTERVAL),
    ("BOOL", Kind.BOOLEAN),
    ("UUID", Kind.UUID),
    ("JSON", Kind.JSON),
    ("INT", Kind.INTEGER),
    ("SERIAL", Kind.INTEGER),
    ("CHAR", Kind.TEXT),
    ("CLOB", Kind.TEXT),
    ("TEXT", Kind.TEXT),
    ("BLOB", Kind.BYTES),
    ("BYTEA", Kind.BYTES),
    ("BINARY", Kind.BYTES),
    ("REAL", Kind.FLOAT),
    ("FLOA", Kind.FLOAT),
    ("DOUB", Kind.FLOAT),
    ("DEC", Kind.DECIMAL),
    ("NUMERIC", Kind.DECIMAL),
    ("MONEY", Kind.DECIMAL),
)


def kind_of(declared: str) -> Kind:
    """The kind of values a column declared `declared` holds (no type at all: OTHER)."""
    upper = declared.upper()
    return next((kind for pattern, kind in _BY_NAME if pattern in upper), Kind.OTHER)


def column_from_declared(
    name: str,
    declared: str,
    *,
    nullable: bool,
    default: str | None,
    generated: str | None,
    rowid_alias: bool = False,
) -> Column:
    """A Column for a SQLite column declared as `declared`."""
    kind = kind_of(declared)
    size = _SIZE.search(declared)
    first = int(size.group(1)) if size else None
    second = int(size.group(2)) if size and size.group(2) else None
    return Column(
        name=name,
        native_type=declared,
        kind=kind,
        nullable=nullable,
        default=default,
        # An INTEGER PRIMARY KEY is the rowid: SQLite assigns it when the insert leaves it out.
        identity="by_default" if rowid_alias else None,
        generated=generated,
        max_length=first if kind is Kind.TEXT else None,
        precision=first if kind is Kind.DECIMAL else None,
        scale=(second or 0) if kind is Kind.DECIMAL and first is not None else None,
    )


DECIMAL_TEXT = "DECIMAL_TEXT"

_FROM_KIND: dict[Kind, str] = {
    Kind.INTEGER: "INTEGER",
    Kind.FLOAT: "REAL",
    # Exact: NUMERIC affinity would turn '67416.51' into a binary REAL (and 20 digits into 17). "DECIMAL_TEXT"
    # has TEXT affinity (it contains TEXT and no INT) and reflects back as a decimal.
    Kind.DECIMAL: DECIMAL_TEXT,
    Kind.TEXT: "TEXT",
    Kind.BOOLEAN: "BOOLEAN",
    Kind.DATE: "DATE",
    Kind.TIME: "TIME",
    Kind.TIMESTAMP: "TIMESTAMP",
    Kind.TIMESTAMPTZ: "TIMESTAMPTZ",
    Kind.INTERVAL: "TEXT",
    Kind.UUID: "UUID",
    Kind.JSON: "JSON",
    Kind.BYTES: "BLOB",
    Kind.ARRAY: "JSON",
    Kind.ENUM: "TEXT",
    Kind.OTHER: "TEXT",
}


def sqlite_type_for(column: Column, source_dialect: str) -> str:
    """The declared type for `column` in a SQLite table; reflect() maps it back to the same kind."""
    if source_dialect == "sqlite":
        return column.native_type
    if column.kind is Kind.TEXT and column.max_length:
        return f"VARCHAR({column.max_length})"
    if column.kind is Kind.DECIMAL and column.precision:
        return f"{DECIMAL_TEXT}({column.precision},{column.scale or 0})"
    return _FROM_KIND[column.kind]
