"""Untransformed columns in PostgreSQL's own binary wire form: read as their type's send function output (a
bytea), written by binary COPY as the field's bytes as they are. Nothing on the client decodes or re-encodes them.

A send function's output is what binary COPY carries for that type, so it is valid input for the same type in
another database — unless it names type OIDs of the source database: arrays name their element type's OID and
composites each field's, so only arrays of built-in element types travel this way (built-in OIDs are the same
everywhere), composites never, and neither do types without a send function. Those columns are decoded.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
import pyarrow as pa
from psycopg import sql

from lookalike.core.schema import Column

# OIDs below this are the built-in objects of every PostgreSQL database (FirstNormalObjectId).
FIRST_USER_OID = 16384

# Per column: its type as format_type spells it (what the destination's column must be), the send function of
# the column's type (a domain's is its base type's), and whether the bytes it sends are portable (module doc).
_SENDS = """
WITH RECURSIVE columns AS (
    SELECT a.attname, a.atttypid AS typid, a.atttypid AS base, 0 AS depth
    FROM pg_attribute a WHERE a.attrelid = %(table)s::regclass AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT c.attname, c.typid, t.typbasetype, c.depth + 1
    FROM columns c JOIN pg_type t ON t.oid = c.base WHERE t.typtype = 'd'
), bases AS (
    SELECT DISTINCT ON (attname) attname, typid, base FROM columns ORDER BY attname, depth DESC
)
SELECT b.attname, format_type(b.typid, NULL), n.nspname, p.proname, t.typname,
       CASE
           WHEN t.typsend = 0 OR t.typtype IN ('c', 'p') THEN false
           WHEN t.typcategory = 'A' THEN e.oid < %(first_user)s AND e.typtype IN ('b', 'r', 'm')
           WHEN t.typtype IN ('r', 'm') THEN coalesce(r.rngsubtype < %(first_user)s, false)
           ELSE true
       END
FROM bases b
JOIN pg_type t ON t.oid = b.base
LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'
LEFT JOIN pg_range r ON r.rngtypid = t.oid OR r.rngmultitypid = t.oid
LEFT JOIN pg_proc p ON p.oid = t.typsend
LEFT JOIN pg_namespace n ON n.oid = p.pronamespace
"""


class WireType(pa.ExtensionType):  # type: ignore[misc]
    """Arrow type of a column read as its send function's bytes; `type_name` is its source type (format_type)."""

    def __init__(self, type_name: str) -> None:
        self.type_name = type_name
        super().__init__(pa.large_binary(), "lookalike.postgres_wire")

    def __arrow_ext_serialize__(self) -> bytes:
        return self.type_name.encode()

    @classmethod
    def __arrow_ext_deserialize__(cls, storage_type: pa.DataType, serialized: bytes) -> WireType:
        return cls(serialized.decode())


with contextlib.suppress(pa.ArrowKeyError):  # registered already (the module was reloaded)
    pa.register_extension_type(WireType(""))


# Base types that ADBC decodes into their exact canonical Arrow values more cheaply than the server sends them
# (measured: reading them through their send functions costs the reader ~30% more), and that binary COPY writes
# back exactly: these are decoded, not sent.
DECODED = frozenset(
    {"int2", "int4", "int8", "float4", "float8", "bool", "date", "timestamp", "timestamptz", "text", "varchar"}
)


@dataclass(frozen=True)
class Send:
    """How one column travels: its source type, the function that sends it, and whether decoding it is cheaper."""

    type_name: str
    function: sql.Identifier
    decoded: bool = False


def sends(conn: psycopg.Connection[Any], table: sql.Composable, columns: Sequence[Column]) -> dict[str, Send]:
    """The columns of `table` that can travel as wire bytes, with their send functions (and those cheaper to decode)."""
    idle = conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    with conn.cursor() as cur:
        rows = cur.execute(_SENDS, {"table": table.as_string(conn), "first_user": FIRST_USER_OID}).fetchall()
    if idle:  # a transaction open before (a snapshot's holder) stays open
        conn.rollback()
    wanted = {column.name for column in columns}
    return {
        str(name): Send(str(type_name), sql.Identifier(str(schema), str(function)), str(base) in DECODED)
        for name, type_name, schema, function, base, portable in rows
        if portable and name in wanted and function is not None
    }


def wire_array(values: pa.Array[Any], type_name: str) -> pa.ExtensionArray[Any]:
    """ADBC's bytea column as a wire column of `type_name`."""
    return pa.ExtensionArray.from_storage(WireType(type_name), values.cast(pa.large_binary()))
