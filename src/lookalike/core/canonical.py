"""The Arrow type each column kind travels as between connectors and transformers.

Readers produce these types and writers accept them, so any source can feed any destination.
Kinds without an exact portable Arrow type travel as the source dialect's text form.
It lives in core because connectors and transformers both speak it and neither may import the other.
"""

from __future__ import annotations

import pyarrow as pa

from lookalike.core.schema import Column, Kind

_SCALAR_TYPES: dict[Kind, pa.DataType] = {
    Kind.INTEGER: pa.int64(),
    Kind.FLOAT: pa.float64(),
    Kind.DECIMAL: pa.string(),
    Kind.TEXT: pa.string(),
    Kind.BOOLEAN: pa.bool_(),
    Kind.DATE: pa.date32(),
    Kind.TIME: pa.time64("us"),
    Kind.TIMESTAMP: pa.timestamp("us"),
    Kind.TIMESTAMPTZ: pa.timestamp("us", tz="UTC"),
    Kind.INTERVAL: pa.string(),
    Kind.UUID: pa.string(),
    Kind.JSON: pa.string(),
    Kind.BYTES: pa.binary(),
    Kind.ENUM: pa.string(),
    Kind.OTHER: pa.string(),
}

# Array elements that Arrow lists carry exactly; other arrays travel as text.
LIST_ELEMENT_KINDS = frozenset(
    {
        Kind.INTEGER,
        Kind.FLOAT,
        Kind.TEXT,
        Kind.BOOLEAN,
        Kind.DECIMAL,
        Kind.UUID,
        Kind.DATE,
        Kind.TIMESTAMP,
        Kind.TIMESTAMPTZ,
        Kind.ENUM,
    }
)


def scalar_type(kind: Kind) -> pa.DataType:
    """The canonical Arrow type of a non-array kind."""
    return _SCALAR_TYPES[kind]


def arrow_type(column: Column) -> pa.DataType:
    """The canonical Arrow type of `column`'s values."""
    if column.kind is Kind.ARRAY:
        if column.array_dims == 1 and column.element_kind in LIST_ELEMENT_KINDS:
            assert column.element_kind is not None
            return pa.list_(_SCALAR_TYPES[column.element_kind])
        return pa.string()
    return _SCALAR_TYPES[column.kind]


def arrow_schema(columns: tuple[Column, ...] | list[Column]) -> pa.Schema:
    """The canonical Arrow schema of a batch holding `columns` in order."""
    # Fields stay nullable: the database enforces NOT NULL, and batches from every reader then share one schema.
    return pa.schema([pa.field(column.name, arrow_type(column)) for column in columns])
