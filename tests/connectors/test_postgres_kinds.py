"""Type resolution through domains and arrays, and the types created for other dialects' columns (no database)."""

from __future__ import annotations

import pytest

from lookalike.connectors.postgres.types import (
    PgType,
    ResolvedType,
    numeric_precision,
    postgres_type_for,
    read_cast,
    resolve_type,
)
from lookalike.core.schema import Column, Kind, QualifiedName

TYPES = {
    23: PgType(23, "pg_catalog", "int4", "b", "N", 0, 0, -1),
    1007: PgType(1007, "pg_catalog", "_int4", "b", "A", 23, 0, -1),
    1043: PgType(1043, "pg_catalog", "varchar", "b", "S", 0, 0, -1),
    869: PgType(869, "pg_catalog", "inet", "b", "I", 0, 0, -1),
    100: PgType(100, "app", "positive", "d", "N", 0, 23, -1),
    101: PgType(101, "app", "small_positive", "d", "N", 0, 100, -1),
    102: PgType(102, "app", "_small_positive", "b", "A", 101, 0, -1),
    103: PgType(103, "app", "code", "d", "S", 0, 1043, 14),
    104: PgType(104, "app", "mood", "e", "E", 0, 0, -1),
    105: PgType(105, "app", "_mood", "b", "A", 104, 0, -1),
    106: PgType(106, "ext", "citext", "b", "S", 0, 0, -1),
}


def test_domains_resolve_to_their_base_kind_and_keep_their_name() -> None:
    resolved = resolve_type(101, TYPES)
    assert (resolved.kind, resolved.user_type) == (Kind.INTEGER, QualifiedName("app", "small_positive"))
    array = resolve_type(102, TYPES)
    assert (array.kind, array.element_kind, array.user_type) == (
        Kind.ARRAY,
        Kind.INTEGER,
        QualifiedName("app", "small_positive"),
    )
    code = resolve_type(103, TYPES)
    assert (code.kind, code.base_name, code.typmod) == (Kind.TEXT, "varchar", 14)  # varchar(10) via the domain


def test_enums_arrays_extensions_and_unknown_types() -> None:
    assert resolve_type(105, TYPES) == ResolvedType(Kind.ARRAY, Kind.ENUM, QualifiedName("app", "mood"), None, -1)
    assert resolve_type(1007, TYPES).element_kind is Kind.INTEGER
    assert resolve_type(106, TYPES).kind is Kind.TEXT
    assert resolve_type(869, TYPES).kind is Kind.OTHER
    assert resolve_type(999_999, TYPES).kind is Kind.OTHER


@pytest.mark.parametrize(
    ("typmod", "expected"),
    [(-1, (None, None)), ((10 << 16 | 2) + 4, (10, 2)), ((3 << 16 | (-2 & 0x7FF)) + 4, (3, -2))],
)
def test_numeric_precision_and_negative_scale(typmod: int, expected: tuple[int | None, int | None]) -> None:
    assert numeric_precision(ResolvedType(Kind.DECIMAL, base_name="numeric", typmod=typmod)) == expected


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (Column("a", "INTEGER", Kind.INTEGER), "bigint"),
        (Column("a", "REAL", Kind.FLOAT), "double precision"),
        (Column("a", "NUMERIC(10,2)", Kind.DECIMAL, precision=10, scale=2), "numeric(10,2)"),
        (Column("a", "NUMERIC", Kind.DECIMAL), "numeric"),
        (Column("a", "NVARCHAR(40)", Kind.TEXT, max_length=40), "varchar(40)"),
        (Column("a", "TEXT", Kind.TEXT), "text"),
        (Column("a", "BOOLEAN", Kind.BOOLEAN), "boolean"),
        (Column("a", "DATETIME", Kind.TIMESTAMP), "timestamp"),
        (Column("a", "TIMESTAMPTZ", Kind.TIMESTAMPTZ), "timestamptz"),
        (Column("a", "DATE", Kind.DATE), "date"),
        (Column("a", "TIME", Kind.TIME), "time"),
        (Column("a", "INTERVAL", Kind.INTERVAL), "interval"),
        (Column("a", "UUID", Kind.UUID), "uuid"),
        (Column("a", "JSON", Kind.JSON), "jsonb"),
        (Column("a", "BLOB", Kind.BYTES), "bytea"),
        (Column("a", "x", Kind.ARRAY, element_kind=Kind.INTEGER, array_dims=1), "jsonb"),
        (Column("a", "x", Kind.ENUM), "text"),
        (Column("a", "", Kind.OTHER), "text"),
    ],
)
def test_types_for_columns_of_other_dialects(column: Column, expected: str) -> None:
    assert postgres_type_for(column, "sqlite") == expected


def test_native_types_are_kept_and_array_dimensions_restored() -> None:
    assert postgres_type_for(Column("a", "app.mood", Kind.ENUM), "postgres") == "app.mood"
    grid = Column("g", "integer[]", Kind.ARRAY, element_kind=Kind.INTEGER, array_dims=2)
    assert postgres_type_for(grid, "postgres") == "integer[][]"


def test_read_casts_ask_for_the_canonical_types() -> None:
    assert read_cast(Column("a", "smallint", Kind.INTEGER)) == "int8"
    assert read_cast(Column("a", "money", Kind.DECIMAL)) == "numeric::text"
    assert read_cast(Column("a", "uuid[]", Kind.ARRAY, element_kind=Kind.UUID, array_dims=1)) == "text[]"
    assert read_cast(Column("a", "integer[]", Kind.ARRAY, element_kind=Kind.INTEGER, array_dims=1)) == "int8[]"
    assert read_cast(Column("a", "integer[]", Kind.ARRAY, element_kind=Kind.INTEGER, array_dims=2)) == "text"
    assert read_cast(Column("a", "inet", Kind.OTHER)) == "text"
