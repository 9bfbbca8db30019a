"""Canonical types survive write_batch → read_batches; loosely stored values read as their kind or fail clearly."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from lookalike.connectors.sqlite import SqliteConnector
from lookalike.core.canonical import arrow_schema
from lookalike.core.errors import RunError
from lookalike.core.schema import Column, Kind, PrimaryKey, QualifiedName, Schema, Table

UTC = dt.UTC

COLUMNS = (
    Column("id", "bigint", Kind.INTEGER, nullable=False),
    Column("i", "bigint", Kind.INTEGER),
    Column("f", "double precision", Kind.FLOAT),
    Column("d", "numeric(14,4)", Kind.DECIMAL, precision=14, scale=4),
    Column("t", "varchar(40)", Kind.TEXT, max_length=40),
    Column("b", "boolean", Kind.BOOLEAN),
    Column("day", "date", Kind.DATE),
    Column("tm", "time", Kind.TIME),
    Column("ts", "timestamp", Kind.TIMESTAMP),
    Column("tz", "timestamptz", Kind.TIMESTAMPTZ),
    Column("iv", "interval", Kind.INTERVAL),
    Column("u", "uuid", Kind.UUID),
    Column("j", "jsonb", Kind.JSON),
    Column("by", "bytea", Kind.BYTES),
    Column("e", "mood", Kind.ENUM),
    Column("o", "tsvector", Kind.OTHER),
    Column("li", "bigint[]", Kind.ARRAY, element_kind=Kind.INTEGER, array_dims=1),
    Column("ls", "text[]", Kind.ARRAY, element_kind=Kind.TEXT, array_dims=1),
    Column("ld", "date[]", Kind.ARRAY, element_kind=Kind.DATE, array_dims=1),
    Column("ltz", "timestamptz[]", Kind.ARRAY, element_kind=Kind.TIMESTAMPTZ, array_dims=1),
    Column("lb", "boolean[]", Kind.ARRAY, element_kind=Kind.BOOLEAN, array_dims=1),
    Column("ldec", "numeric[]", Kind.ARRAY, element_kind=Kind.DECIMAL, array_dims=1),
    Column("grid", "integer[][]", Kind.ARRAY, element_kind=Kind.INTEGER, array_dims=2),
    Column("total", "numeric", Kind.DECIMAL, generated="price * 2"),
)
TABLE = Table(QualifiedName("public", "everything"), COLUMNS, PrimaryKey(("id",)))
WRITTEN = list(TABLE.writable_columns)
VALUES: dict[str, list[Any]] = {
    "id": [1, 2, 3],
    "i": [2**62, -7, None],
    "f": [1e300, -0.5, None],
    "d": ["1.98", "-12345678.1234", None],
    "t": ["Žluťoučký kůň 🐴 \"'", "", None],
    "b": [True, False, None],
    "day": [dt.date(2024, 2, 29), dt.date(1, 1, 1), None],
    "tm": [dt.time(23, 59, 59, 999999), dt.time(0, 0), None],
    "ts": [dt.datetime(2009, 1, 1, 12, 30, 0, 5), dt.datetime(1999, 12, 31, 23, 59, 59), None],
    "tz": [dt.datetime(2021, 6, 1, 8, 0, tzinfo=UTC), dt.datetime(2000, 1, 1, 0, 0, 0, 250000, tzinfo=UTC), None],
    "iv": ["1 day 02:00:00", "00:00:01", None],
    "u": ["0b8f5c8e-4d0c-4e8b-9a53-3f6c3d6f2a11", "00000000-0000-0000-0000-000000000000", None],
    "j": ['{"a": [1, 2], "ü": null}', "[]", None],
    "by": [b"\x00\xff\x10", b"", None],
    "e": ["happy", "sad", None],
    "o": ["'fat':1 'cat':2", "x", None],
    "li": [[1, None, 3], [], None],
    "ls": [["a", "b,c", None], ["ü"], None],
    "ld": [[dt.date(2020, 1, 31), None], None, []],
    "ltz": [[dt.datetime(2020, 1, 1, 0, 0, 0, 1, tzinfo=UTC)], [None], None],
    "lb": [[True, False, None], None, [False]],
    "ldec": [["1.50", "-2"], None, ["0"]],
    "grid": ["{{1,2},{3,NULL}}", "{}", None],
}


def canonical_batch(values: dict[str, list[Any]]) -> pa.RecordBatch:
    schema = arrow_schema(WRITTEN)
    return pa.RecordBatch.from_arrays([pa.array(values[f.name], f.type) for f in schema], schema=schema)


@pytest.fixture
def dest(tmp_path: Path) -> SqliteConnector:
    connector = SqliteConnector.open(f"sqlite:///{tmp_path / 'types.db'}")
    connector.create_schema(Schema("postgres", {TABLE.name: TABLE}), [TABLE])
    return connector


def test_every_canonical_type_round_trips_through_a_cross_dialect_table(dest: SqliteConnector) -> None:
    batch = canonical_batch(VALUES)
    assert dest.write_batch(TABLE, WRITTEN, batch, "error") == 3
    read = list(dest.read_batches(TABLE, WRITTEN, 2))
    assert [b.num_rows for b in read] == [2, 1]
    back = pa.Table.from_batches(read)
    assert back.schema == batch.schema
    assert back.to_pylist() == pa.Table.from_batches([batch]).to_pylist()

    stored = dest._conn.execute(
        "SELECT typeof(b), b, ts, tz, tm, typeof(by), li, ls, grid, typeof(d), ld, ltz FROM everything WHERE id = 1"
    ).fetchone()
    assert stored == (
        "integer",
        1,
        "2009-01-01 12:30:00.000005",
        "2021-06-01 08:00:00+00:00",
        "23:59:59.999999",
        "blob",
        "[1, null, 3]",
        '["a", "b,c", null]',
        "[[1, 2], [3, null]]",
        "text",  # a decimal is stored exactly, as its text (NUMERIC affinity would make it a binary REAL)
        '["2020-01-31", null]',
        '["2020-01-01 00:00:00.000001+00:00"]',
    )
    assert dest._conn.execute("SELECT ts, tz FROM everything WHERE id = 2").fetchone() == (
        "1999-12-31 23:59:59",
        "2000-01-01 00:00:00.250000+00:00",
    )


def test_cross_dialect_ddl_reflects_back_to_the_same_kinds(dest: SqliteConnector) -> None:
    reflected = dest.reflect().table(QualifiedName(None, "everything"))
    # `price * 2` names no column of the table: not generated here, a plain column left NULL
    assert reflected.has_column("total") and not reflected.column("total").is_generated
    kinds = {column.name: column.kind for column in reflected.columns}
    expected = {column.name: column.kind for column in WRITTEN}
    expected["total"] = Kind.DECIMAL  # the plain column standing in for the generated one
    # SQLite has no intervals, enums, arrays or "other": those are stored as text or JSON.
    expected |= {"iv": Kind.TEXT, "e": Kind.TEXT, "o": Kind.TEXT}
    expected |= {column.name: Kind.JSON for column in WRITTEN if column.kind is Kind.ARRAY}
    assert kinds == expected
    assert reflected.column("t").max_length == 40
    assert (reflected.column("d").precision, reflected.column("d").scale) == (14, 4)
    assert reflected.column("id").identity == "by_default" and not reflected.column("id").nullable


def test_decimal_text_is_numeric_in_sqlite_and_equal_as_a_number(dest: SqliteConnector) -> None:
    values: dict[str, list[Any]] = {name: [None, None] for name in VALUES} | {"id": [1, 2], "d": ["10.50", "0.0001"]}
    dest.write_batch(TABLE, WRITTEN, canonical_batch(values), "error")
    read = next(dest.read_batches(TABLE, [TABLE.column("d")], 10)).column(0).to_pylist()
    assert [Decimal(text) for text in read] == [Decimal("10.50"), Decimal("0.0001")]


LOOSE = """
CREATE TABLE loose (
    id INTEGER PRIMARY KEY,
    amount NUMERIC(10,2),
    at DATETIME,
    day DATE,
    aware TIMESTAMPTZ,
    flag BOOLEAN,
    clock TIME,
    anything,
    guid UUID,
    n INTEGER
);
"""
LOOSE_ROWS = [
    (1, 1.98, "2009-01-01T10:00:00", "2009-01-01", "2009-01-01 10:00:00", "true", "10:00", 5, "a", 1),
    (2, 3, "2009-01-01 10:00:00.5", "2009-01-01 23:00:00", "2009-01-01T10:00:00Z", "f", "10:00:00.25", 2.5, None, 2),
    (3, 1e-7, "2009-01-01 12:00:00+02:00", 1230768000, "2009-01-01 12:00:00+02:00", 1, None, b"bytes", None, 3.0),
    (4, "2.50", 1230804000, None, None, 0, None, "text", None, "4"),
]


@pytest.fixture
def loose(tmp_path: Path) -> Path:
    path = tmp_path / "loose.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(LOOSE)
        conn.executemany(f"INSERT INTO loose VALUES ({', '.join('?' * 10)})", LOOSE_ROWS)
        conn.execute("UPDATE loose SET guid = ? WHERE id = 2", (bytes(range(16)),))
    conn.close()
    return path


def read_loose(path: Path) -> dict[str, list[Any]]:
    connector = SqliteConnector.open(f"sqlite:///{path}", must_exist=True)
    try:
        table = connector.reflect().table(QualifiedName(None, "loose"))
        got: dict[str, list[Any]] = pa.Table.from_batches(
            list(connector.read_batches(table, table.columns, 2))
        ).to_pydict()
        return got
    finally:
        connector.close()


def test_loosely_stored_values_read_as_their_kind(loose: Path) -> None:
    got = read_loose(loose)
    assert got["amount"] == ["1.98", "3", "0.0000001", "2.5"]
    assert got["at"] == [
        dt.datetime(2009, 1, 1, 10),
        dt.datetime(2009, 1, 1, 10, 0, 0, 500000),
        dt.datetime(2009, 1, 1, 10),  # an offset is applied: naive timestamps are UTC
        dt.datetime(2009, 1, 1, 10),  # unix seconds
    ]
    assert got["day"] == [dt.date(2009, 1, 1), dt.date(2009, 1, 1), dt.date(2009, 1, 1), None]
    assert got["aware"] == [
        dt.datetime(2009, 1, 1, 10, tzinfo=UTC),
        dt.datetime(2009, 1, 1, 10, tzinfo=UTC),
        dt.datetime(2009, 1, 1, 10, tzinfo=UTC),
        None,
    ]
    assert got["flag"] == [True, False, True, False]
    assert got["clock"] == [dt.time(10), dt.time(10, 0, 0, 250000), None, None]
    assert got["anything"] == ["5", "2.5", "bytes", "text"]
    assert got["guid"] == ["a", "00010203-0405-0607-0809-0a0b0c0d0e0f", None, None]
    assert got["n"] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("column", "bad", "held"),
    [("n", "abc", "str"), ("n", 2.5, "float"), ("at", "yesterday", "str"), ("flag", "maybe", "str")],
)
def test_values_that_do_not_fit_fail_naming_the_column(loose: Path, column: str, bad: Any, held: str) -> None:
    with sqlite3.connect(loose) as conn:
        conn.execute(f"UPDATE loose SET {column} = ? WHERE id = 4", (bad,))
    conn.close()
    with pytest.raises(RunError, match=f"loose.{column} .* holds .*{held}") as raised:
        read_loose(loose)
    assert raised.value.where == f"loose.{column}"


def test_decimals_from_another_dialect_are_stored_exactly_as_text(dest: SqliteConnector) -> None:
    exact = ["67416.51", "12345678901234567890.1234"]
    values: dict[str, list[Any]] = {name: [None, None] for name in VALUES} | {"id": [1, 2], "d": exact}
    dest.write_batch(TABLE, WRITTEN, canonical_batch(values), "error")
    stored = dest._conn.execute("SELECT d, typeof(d) FROM everything ORDER BY id").fetchall()
    assert stored == [(exact[0], "text"), (exact[1], "text")]
    assert next(dest.read_batches(TABLE, [TABLE.column("d")], 10)).column(0).to_pylist() == exact
    assert dest._conn.execute("SELECT sum(d) FROM everything WHERE id = 1").fetchone() == (67416.51,)
