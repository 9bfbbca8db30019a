"""PostgreSQL types ↔ column kinds: catalog types to kinds, read casts for ADBC, kinds to types for DDL."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lookalike.core.canonical import LIST_ELEMENT_KINDS
from lookalike.core.schema import Column, Kind, QualifiedName

# Built-in types by their pg_catalog name; any other type is Kind.OTHER.
_BUILTIN_KINDS: dict[str, Kind] = {
    "int2": Kind.INTEGER,
    "int4": Kind.INTEGER,
    "int8": Kind.INTEGER,
    "float4": Kind.FLOAT,
    "float8": Kind.FLOAT,
    "numeric": Kind.DECIMAL,
    "money": Kind.DECIMAL,
    "text": Kind.TEXT,
    "varchar": Kind.TEXT,
    "bpchar": Kind.TEXT,
    "char": Kind.TEXT,
    "name": Kind.TEXT,
    "bool": Kind.BOOLEAN,
    "date": Kind.DATE,
    "time": Kind.TIME,
    "timestamp": Kind.TIMESTAMP,
    "timestamptz": Kind.TIMESTAMPTZ,
    "interval": Kind.INTERVAL,
    "uuid": Kind.UUID,
    "json": Kind.JSON,
    "jsonb": Kind.JSON,
    "bytea": Kind.BYTES,
}


@dataclass(frozen=True)
class PgType:
    """One pg_type row, as much of it as kind resolution needs."""

    oid: int
    schema: str
    name: str
    typtype: str
    category: str
    elem: int
    base: int
    typmod: int


@dataclass(frozen=True)
class ResolvedType:
    """What a column's type means: its kind, the element kind of arrays, and the user-defined type behind it."""

    kind: Kind
    element_kind: Kind | None = None
    user_type: QualifiedName | None = None
    base_name: str | None = None
    typmod: int = -1


def resolve_type(oid: int, types: Mapping[int, PgType], typmod: int = -1) -> ResolvedType:
    """Resolve a type oid through domains and arrays down to a kind."""
    found = types.get(oid)
    if found is None:
        return ResolvedType(Kind.OTHER, typmod=typmod)
    if found.typtype == "d":
        base = resolve_type(found.base, types, typmod if typmod >= 0 else found.typmod)
        return ResolvedType(
            base.kind, base.element_kind, QualifiedName(found.schema, found.name), base.base_name, base.typmod
        )
    if found.typtype == "e":
        return ResolvedType(Kind.ENUM, user_type=QualifiedName(found.schema, found.name), typmod=typmod)
    if found.category == "A" and found.elem:
        element = resolve_type(found.elem, types, typmod)
        element_kind = Kind.OTHER if element.kind is Kind.ARRAY else element.kind
        return ResolvedType(Kind.ARRAY, element_kind, element.user_type, element.base_name, typmod)
    if found.schema == "pg_catalog" and found.name in _BUILTIN_KINDS:
        return ResolvedType(_BUILTIN_KINDS[found.name], base_name=found.name, typmod=typmod)
    if found.name == "citext":
        return ResolvedType(Kind.TEXT, base_name=found.name, typmod=typmod)
    return ResolvedType(Kind.OTHER, base_name=found.name, typmod=typmod)


def max_length(resolved: ResolvedType) -> int | None:
    """The declared length of varchar(n) / char(n) columns."""
    if resolved.kind is Kind.TEXT and resolved.base_name in ("varchar", "bpchar") and resolved.typmod >= 4:
        return resolved.typmod - 4
    return None


def numeric_precision(resolved: ResolvedType) -> tuple[int | None, int | None]:
    """(precision, scale) of numeric(p, s) columns; the scale is an 11-bit signed field since PostgreSQL 15."""
    if resolved.base_name != "numeric" or resolved.kind is not Kind.DECIMAL or resolved.typmod < 4:
        return None, None
    packed = resolved.typmod - 4
    scale = packed & 0x7FF
    return (packed >> 16) & 0xFFFF, (scale ^ 0x400) - 0x400


# What each kind is read as, so that ADBC hands back exactly the canonical Arrow type.
_READ_AS: dict[Kind, str] = {
    Kind.INTEGER: "int8",
    Kind.FLOAT: "float8",
    Kind.BOOLEAN: "bool",
    Kind.DATE: "date",
    Kind.TIME: "time",
    Kind.TIMESTAMP: "timestamp",
    Kind.TIMESTAMPTZ: "timestamptz",
    Kind.BYTES: "bytea",
}


def read_cast(column: Column) -> str:
    """The type `column` is cast to in the SELECT that reads it (text for kinds that travel as text)."""
    if column.kind is Kind.ARRAY:
        element = column.element_kind
        if column.array_dims == 1 and element in LIST_ELEMENT_KINDS:
            assert element is not None
            return f"{_READ_AS.get(element, 'text')}[]"
        return "text"
    if column.native_type == "money":
        # money's text form carries the locale's currency symbol; numeric's does not.
        return "numeric::text"
    return _READ_AS.get(column.kind, "text")


_FOR_KIND: dict[Kind, str] = {
    Kind.INTEGER: "bigint",
    Kind.FLOAT: "double precision",
    Kind.DECIMAL: "numeric",
    Kind.TEXT: "text",
    Kind.BOOLEAN: "boolean",
    Kind.DATE: "date",
    Kind.TIME: "time",
    Kind.TIMESTAMP: "timestamp",
    Kind.TIMESTAMPTZ: "timestamptz",
    Kind.INTERVAL: "interval",
    Kind.UUID: "uuid",
    Kind.JSON: "jsonb",
    Kind.BYTES: "bytea",
    Kind.ARRAY: "jsonb",
    Kind.ENUM: "text",
    Kind.OTHER: "text",
}


def postgres_type_for(column: Column, source_dialect: str) -> str:
    """The column type in a PostgreSQL table: the native one from PostgreSQL, else mapped from the kind."""
    if source_dialect == "postgres":
        if column.kind is Kind.ARRAY and column.array_dims > 1 and column.native_type.endswith("[]"):
            # format_type spells integer[][] as integer[]: restore the dimensions (readers go by them).
            return column.native_type.removesuffix("[]") + "[]" * column.array_dims
        return column.native_type
    if column.kind is Kind.TEXT and column.max_length:
        return f"varchar({column.max_length})"
    if column.kind is Kind.DECIMAL and column.precision:
        return f"numeric({column.precision},{column.scale or 0})"
    return _FOR_KIND[column.kind]
