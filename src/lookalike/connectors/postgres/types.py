"""PostgreSQL types ↔ column kinds, and the casts that make ADBC return the canonical Arrow types."""

from __future__ import annotations

from lookalike.connectors.canonical import LIST_ELEMENT_KINDS
from lookalike.core.schema import Column, Kind

_BY_TYPNAME: dict[str, Kind] = {
    **dict.fromkeys(("int2", "int4", "int8", "oid"), Kind.INTEGER),
    **dict.fromkeys(("float4", "float8"), Kind.FLOAT),
    **dict.fromkeys(("numeric", "money"), Kind.DECIMAL),
    **dict.fromkeys(("text", "varchar", "bpchar", "name", "citext", "char"), Kind.TEXT),
    "bool": Kind.BOOLEAN,
    "date": Kind.DATE,
    "time": Kind.TIME,
    "timestamp": Kind.TIMESTAMP,
    "timestamptz": Kind.TIMESTAMPTZ,
    "interval": Kind.INTERVAL,
    "uuid": Kind.UUID,
    **dict.fromkeys(("json", "jsonb"), Kind.JSON),
    "bytea": Kind.BYTES,
}


def kind_of(typname: str, typtype: str) -> Kind:
    """The kind of a base or enum type (domains and arrays are resolved by the caller)."""
    if typtype == "e":
        return Kind.ENUM
    return _BY_TYPNAME.get(typname, Kind.OTHER)


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
        return column.native_type
    if column.kind is Kind.TEXT and column.max_length:
        return f"varchar({column.max_length})"
    if column.kind is Kind.DECIMAL and column.precision:
        return f"numeric({column.precision},{column.scale or 0})"
    return _FOR_KIND[column.kind]
