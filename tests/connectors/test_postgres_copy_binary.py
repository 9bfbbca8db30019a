"""Binary COPY: every covered type, NULLs, Unicode and empty strings land exactly as text COPY lands them."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import numpy as np
import psycopg
import pyarrow as pa
from tests.support import run_script

from lookalike.connectors.postgres import PostgresConnector
from lookalike.connectors.postgres.copy_binary import TargetType, encode_binary
from lookalike.core.schema import Column, Kind, PrimaryKey, QualifiedName, Table

DDL = """
CREATE TYPE colour AS ENUM ('red', 'green');
CREATE TABLE {name} (
    i2 smallint, i4 integer, i8 bigint PRIMARY KEY, f4 real, f8 double precision, b boolean, t text,
    v varchar(10), c char(3), u uuid, tz timestamptz, ts timestamp, d date, e colour, j json
);
"""
COLUMNS = (
    Column("i2", "smallint", Kind.INTEGER),
    Column("i4", "integer", Kind.INTEGER),
    Column("i8", "bigint", Kind.INTEGER, nullable=False),
    Column("f4", "real", Kind.FLOAT),
    Column("f8", "double precision", Kind.FLOAT),
    Column("b", "boolean", Kind.BOOLEAN),
    Column("t", "text", Kind.TEXT),
    Column("v", "character varying", Kind.TEXT, max_length=10),
    Column("c", "character", Kind.TEXT, max_length=3),
    Column("u", "uuid", Kind.UUID),
    Column("tz", "timestamp with time zone", Kind.TIMESTAMPTZ),
    Column("ts", "timestamp without time zone", Kind.TIMESTAMP),
    Column("d", "date", Kind.DATE),
    Column("e", "colour", Kind.ENUM),
    Column("j", "json", Kind.JSON),
)

BASES = ("int2", "int4", "int8", "float4", "float8", "bool", "text", "varchar", "bpchar", "uuid", "timestamptz")
BASES += ("timestamp", "date", "colour", "json")


def batch(rows: int) -> pa.RecordBatch:
    rng = np.random.default_rng(4)

    def holes(array: pa.Array) -> pa.Array:
        mask = pa.array(rng.random(rows) < 0.2)
        return pa.compute.if_else(mask, pa.scalar(None, array.type), array)

    texts = ["", "ünïcødé ✓", "tab\there", "new\nline", "back\\slash", "x" * 30] * (rows // 6 + 1)
    return pa.RecordBatch.from_pydict(
        {
            "i2": holes(pa.array(rng.integers(-32768, 32767, rows), pa.int64())),
            "i4": holes(pa.array(rng.integers(-(2**31), 2**31 - 1, rows), pa.int64())),
            "i8": pa.array(np.arange(rows) * 7_000_000_000 - 3, pa.int64()),
            "f4": holes(pa.array(rng.integers(-1000, 1000, rows) / 4)),
            "f8": holes(pa.array(rng.normal(0, 1e9, rows))),
            "b": holes(pa.array(rng.random(rows) < 0.5)),
            "t": holes(pa.array(texts[:rows])),
            "v": holes(pa.array([s[:10] for s in texts[:rows]])),
            "c": holes(pa.array(["ab", "abc", "é"] * (rows // 3) + ["z"] * (rows % 3))),
            "u": holes(pa.array([str(uuid.UUID(int=int(x))) for x in rng.integers(0, 2**63, rows)])),
            "tz": holes(pa.array(rng.integers(-(10**15), 10**16, rows), pa.timestamp("us", tz="UTC"))),
            "ts": holes(pa.array(rng.integers(-(10**15), 10**16, rows), pa.timestamp("us"))),
            "d": holes(pa.array(rng.integers(-30000, 60000, rows).astype(np.int32), pa.date32())),
            "e": holes(pa.array(["red", "green"] * (rows // 2) + ["red"] * (rows % 2))),
            "j": holes(pa.array(['{"a": 1}', "[]", '"s"'] * (rows // 3) + ["1"] * (rows % 3))),
        }
    )


def test_binary_and_text_copy_store_the_same_values(new_pg_db: Callable[[str], str]) -> None:
    url = new_pg_db("binary")
    run_script(url, DDL.format(name="by_binary") + DDL.split(";", 1)[1].format(name="by_text"))
    rows = batch(600)
    types = [TargetType(c.native_type, base) for c, base in zip(COLUMNS, BASES, strict=True)]
    types[13] = TargetType("colour", "colour", enum=True)
    assert encode_binary(rows, types) is not None  # every column here is covered
    db = PostgresConnector.open(url)
    try:
        for name in ("by_binary", "by_text"):
            table = Table(QualifiedName("public", name), COLUMNS, PrimaryKey(("i8",)))
            if name == "by_text":  # a type the binary encoder does not cover sends the batch as text
                db._types[f'"public"."{name}"'] = {c.name: TargetType("no binary", "") for c in COLUMNS}
            assert db.write_batch(table, list(COLUMNS), rows, "error") == 600
    finally:
        db.close()
    with psycopg.connect(url) as conn:
        binary = conn.execute("SELECT * FROM by_binary ORDER BY i8").fetchall()
        text = conn.execute("SELECT * FROM by_text ORDER BY i8").fetchall()
    assert binary == text and len(binary) == 600
    assert any(row[6] == "ünïcødé ✓" for row in binary) and any(row[0] is None for row in binary)
