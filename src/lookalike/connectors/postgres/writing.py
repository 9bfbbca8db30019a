"""Writing one Arrow batch with COPY: binary whenever the binary encoder covers it, else the slower routes.

1. binary COPY straight into the target (copy_binary.py): every common type, wire columns as they came.
2. A batch with a column binary COPY cannot carry (a string in a type the encoder does not parse, a wire column
   whose destination type differs) and wire columns: binary COPY into a temporary table where those columns are
   text (or their source type), then INSERT … SELECT casting them: the server parses only them.
3. No wire columns: text COPY of the whole batch (copy_text.py), the last resort that serves every type.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, Literal

import psycopg
import pyarrow as pa
from psycopg import sql

from lookalike.connectors.postgres.copy_binary import TargetType, encode_pieces, uncovered
from lookalike.connectors.postgres.copy_text import encode_batch, text_form
from lookalike.connectors.postgres.reading import names
from lookalike.connectors.postgres.wire import WireType
from lookalike.core.schema import Column, Kind

Route = Literal["binary", "staged", "text"]
log = logging.getLogger("lookalike.postgres")

# Kinds whose PostgreSQL text form never holds a tab, newline or backslash: COPY needs no escaping for them.
PLAIN_TEXT_KINDS = frozenset(
    {
        Kind.INTEGER,
        Kind.FLOAT,
        Kind.DECIMAL,
        Kind.BOOLEAN,
        Kind.DATE,
        Kind.TIME,
        Kind.TIMESTAMP,
        Kind.TIMESTAMPTZ,
        Kind.INTERVAL,
        Kind.UUID,
    }
)
_STAGE = sql.Identifier("lookalike_cast")


def _write(cur: psycopg.Cursor[Any], statement: sql.Composed, pieces: Sequence[bytes | memoryview]) -> None:
    # One write per piece, a batch's rows being one (megabytes): psycopg hands it to libpq in 128 kB slices and
    # flushes every megabyte, so smaller writes would only add calls.
    with cur.copy(statement) as copy:
        for piece in pieces:
            copy.write(piece)


def copy_batch(
    cur: psycopg.Cursor[Any],
    target: sql.Composable,
    columns: Sequence[Column],
    batch: pa.RecordBatch,
    types: Sequence[TargetType],
) -> Route:
    """COPY `batch` into `target` (a table with `columns` of destination types `types`); the route it took."""
    binary = encode_pieces(batch, types)
    copy_in = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT binary)")
    if binary is not None:
        _write(cur, copy_in.format(target, names(columns)), binary)
        return "binary"
    if any(isinstance(values.type, WireType) for values in batch.columns):
        _staged(cur, target, columns, batch, types)
        return "staged"
    # Without wire columns every value is decoded: text COPY can carry them all.
    text = encode_batch(batch, [c.kind in PLAIN_TEXT_KINDS for c in columns])
    _write(cur, sql.SQL("COPY {} ({}) FROM STDIN").format(target, names(columns)), [text])
    return "text"


def _staged(
    cur: psycopg.Cursor[Any],
    target: sql.Composable,
    columns: Sequence[Column],
    batch: pa.RecordBatch,
    types: Sequence[TargetType],
) -> None:
    missing = set(uncovered(batch, types))
    arrays, stage_types, selected = [], [], []
    for index, (values, column, kind) in enumerate(zip(batch.columns, columns, types, strict=True)):
        name = sql.Identifier(column.name)
        if index not in missing:
            arrays.append(values)
            stage_types.append(kind)
            selected.append(sql.SQL("{}").format(name))
            continue
        source = values.type.type_name if isinstance(values.type, WireType) else "text"
        arrays.append(values if isinstance(values.type, WireType) else text_form(values))
        stage_types.append(TargetType(source, "text"))
        # Type names as the servers' format_type spells them (quoted where needed): SQL as it stands.
        selected.append(sql.SQL("CAST({} AS {}) AS {}").format(name, sql.SQL(kind.name), name))
    stage_columns = sql.SQL(", ").join(
        sql.SQL("{}").format(sql.Identifier(column.name))
        if index not in missing
        else sql.SQL("NULL::{} AS {}").format(sql.SQL(stage.name), sql.Identifier(column.name))
        for index, (column, stage) in enumerate(zip(columns, stage_types, strict=True))
    )
    cur.execute(
        sql.SQL("CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM {} WITH NO DATA").format(
            _STAGE, stage_columns, target
        )
    )
    staged = pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)
    binary = encode_pieces(staged, stage_types)
    assert binary is not None, "text and wire columns are always covered"
    _write(cur, sql.SQL("COPY {} ({}) FROM STDIN (FORMAT binary)").format(_STAGE, names(columns)), binary)
    cur.execute(
        sql.SQL("INSERT INTO {} ({}) OVERRIDING SYSTEM VALUE SELECT {} FROM {}").format(
            target, names(columns), sql.SQL(", ").join(selected), _STAGE
        )
    )
    cur.execute(sql.SQL("DROP TABLE {}").format(_STAGE))
