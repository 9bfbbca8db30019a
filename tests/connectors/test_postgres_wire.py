"""The transformed-table path into PostgreSQL: binary COPY for every common type, untransformed columns as their
wire bytes, and the encoder byte for byte what PostgreSQL's own binary COPY sends."""

from __future__ import annotations

import logging
from collections.abc import Callable

import psycopg
import pyarrow as pa
import pytest
from psycopg import sql
from tests.engine.helpers import make_job
from tests.support import run_script

from lookalike.connectors.base import Checkpoint
from lookalike.connectors.postgres import PostgresConnector, reading
from lookalike.connectors.postgres.copy_binary import encode_binary, typed_here
from lookalike.core.schema import QualifiedName
from lookalike.engine.sync import run_sync

TYPES = """
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN positive AS int CHECK (VALUE > 0);
CREATE TYPE pair AS (a int, b text);
CREATE TABLE every (
    id bigint PRIMARY KEY, email text,
    n numeric, n_big numeric(60, 40), iv interval, ip inet, net cidr, mac macaddr, ia int[], tm text[][],
    r int4range, tr tstzrange, j json, jb jsonb, b bytea, m money, e mood, d positive, dt date, ts timestamp,
    tz timestamptz, t time, ttz timetz, bt bit(4), vb varbit, tv tsvector, x xml, p point, u uuid, f4 real,
    f8 double precision, bo boolean, ch char(3), vc varchar(5), i2 smallint, na numeric[]
);
INSERT INTO every VALUES
    (1, 'ann@example.com', 'NaN', 12345678901234567890.1234567890123456789012345678901234567890,
     '1 year 2 mons 3 days 04:05:06.789', '192.168.0.1/24', '10.0.0.0/8', '08:00:2b:01:02:03', '{1,NULL,3}',
     '{{a,b},{NULL,"d e"}}', '[1,10)', '[2020-01-01 00:00+00,infinity)', '{"a": [1, 2]}', '{"b": {"c": null}}',
     '\\x00ff10', '12.34', 'happy', 7, 'infinity', '-infinity', 'infinity', '23:59:59.999999', '10:00+02',
     B'1010', B'10111', 'a fat cat', '<r a="1">x</r>', '(1.5,-2)', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
     1.5, -2.25e100, true, 'ab', 'héllo', -32768, '{1.5,NULL,-0.001}'),
    (2, 'bob@example.com', '-0.000001', 0, '-1 days +02:00:00', '::1', '2001:db8::/32', NULL, '{}', '{}',
     'empty', NULL, '[]', '[]', '', '-0.5', 'sad', 1, '-infinity', 'infinity', '-infinity', '00:00', NULL,
     B'0000', B'', '', NULL, NULL, NULL, 'NaN', 'Infinity', false, '', '', 32767, '{}'),
    (3, NULL, 'Infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     NULL, '2024-02-29', '1999-12-31 23:59:59.5', '1970-01-01 00:00:00+00', NULL, NULL, NULL, NULL, NULL, NULL,
     NULL, NULL, '-Infinity', NULL, NULL, NULL, NULL, NULL, NULL),
    (4, 'cid@example.com', '-Infinity', -1e-40, '00:00:00', NULL, NULL, NULL, '{NULL}', '{{1},{2}}', NULL, NULL,
     'null', '"s"', NULL, NULL, NULL, NULL, '0001-01-01', '0001-01-01 00:00:00', '4713-01-01 BC', NULL, NULL,
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, '{NaN}');
-- Types whose bytes are not portable (a user composite, an array of a user enum): decoded, then cast.
-- With a wire column (numeric) beside them, the batch goes as binary COPY into a stage, then an INSERT that casts.
CREATE TABLE extra (id int PRIMARY KEY, email text, c pair, moods mood[], n numeric);
INSERT INTO extra VALUES
    (1, 'ann@example.com', '(1,"x y")', '{sad,NULL,happy}', 1.5), (2, 'bob@example.com', NULL, '{}', NULL);
"""
UNTOUCHED = [
    "id", "n", "n_big", "iv", "ip", "net", "mac", "ia", "tm", "r", "tr", "j", "jb", "b", "m", "e", "d", "dt", "ts",
    "tz", "t", "ttz", "bt", "vb", "tv", "x", "p", "u", "f4", "f8", "bo", "ch", "vc", "i2", "na",
]  # fmt: skip


def as_text(url: str, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    query = sql.SQL("SELECT {} FROM {} ORDER BY id").format(
        sql.SQL(", ").join(sql.SQL("{}::text").format(sql.Identifier(c)) for c in columns), sql.Identifier(table)
    )
    with psycopg.connect(url) as conn:
        return conn.execute(query).fetchall()


def test_every_type_arrives_identical_with_one_column_transformed(
    new_pg_db: Callable[[str], str], caplog: pytest.LogCaptureFixture
) -> None:
    source, dest = run_script(new_pg_db("src"), TYPES), new_pg_db("dst")
    tables = {name: {"columns": {"email": "transform_email"}} for name in ("every", "extra")}
    job = make_job(source, [{"url": dest, "init_schema": True}], tables)
    with caplog.at_level(logging.INFO, logger="lookalike.postgres"):
        summary = run_sync(job, {})
    assert summary.ok
    assert as_text(dest, "every", UNTOUCHED) == as_text(source, "every", UNTOUCHED)
    assert as_text(dest, "extra", ["id", "c", "moods", "n"]) == as_text(source, "extra", ["id", "c", "moods", "n"])
    for table in ("every", "extra"):
        before, after = as_text(source, table, ["email"]), as_text(dest, table, ["email"])
        assert [e is None for (e,) in before] == [e is None for (e,) in after]
        assert all("@" in str(e) and e not in before for (e,) in after if e is not None)
    # `every` went as binary COPY; `extra` needs its composite and enum array cast by the server.
    routes = [record.getMessage() for record in caplog.records]
    assert not [m for m in routes if "every" in m] and [m for m in routes if "extra" in m and "staged" in m]


VALUES = """
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE v (
    id int PRIMARY KEY, i2 smallint, i8 bigint, f4 real, f8 double precision, bo boolean, tx text, vc varchar(4),
    ch char(3), n numeric, n2 numeric(12, 2), iv interval, j json, jb jsonb, b bytea, u uuid, d date,
    ts timestamp, tz timestamptz, t time, ia int[], ta text[], na numeric[], e mood, ea mood[]
);
INSERT INTO v VALUES
    (1, -32768, 9223372036854775807, 1.5, -1e300, true, 'ünï ✓', 'abcd', 'a', '-12345678.000100', 0.1,
     '1 year 2 mons -3 days 04:05:06.000789', '{"k": 1}', '{"k": [true, null]}', '\\xdeadbeef',
     'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'infinity', '-infinity', '2000-01-01 00:00:00+00', '12:34:56.5',
     '{1,NULL,-3}', '{"",NULL,"x y"}', '{0.5,NULL}', 'ok', '{happy,NULL}'),
    (2, 0, -1, 'NaN', 'Infinity', false, '', '', '', 'NaN', -0.01, '-00:00:00.000001', '[]', '{}', '',
     '00000000-0000-0000-0000-000000000000', '1900-03-01', '2262-04-11 23:47:16.854775', '-infinity', '00:00',
     '{}', '{}', '{}', 'sad', '{}'),
    (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     NULL, NULL, NULL, NULL, NULL, NULL),
    (4, 7, 0, 0, 0, true, 'x', 'y', 'zz', '1000000000000000000000.00000000000000000001', 0, '1 day', '1', '1',
     '\\x00', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '0001-01-01', '1999-12-31 23:59:59.999999',
     '2024-06-30 12:00:00+00', '23:59:59.999999', '{NULL}', '{a}', '{-Infinity,NaN,7}', 'happy', '{NULL}');
"""


def test_the_encoder_writes_what_postgres_binary_copy_sends(new_pg_db: Callable[[str], str]) -> None:
    url = run_script(new_pg_db("values"), VALUES)
    db = PostgresConnector.open(url)
    try:
        table = db.reflect().table(QualifiedName("public", "v"))
        columns = list(table.columns)
        decoded = pa.Table.from_batches(list(db.read_batches(table, columns, 100))).combine_chunks().to_batches()[0]
    finally:
        db.close()
    with psycopg.connect(url) as conn:
        targets = typed_here(conn, sql.Identifier("public", "v"), columns, {})
    # char(n) reads back without its padding, which bpchar's receive function puts back (the sync test above shows
    # it lands equal): PostgreSQL sends the padded value, so its bytes differ here.
    keep = [i for i, name in enumerate(decoded.schema.names) if name != "ch"]
    decoded, targets = decoded.select(keep), [targets[i] for i in keep]
    for index, name in enumerate(decoded.schema.names):  # column by column first, to name the one that differs
        assert encode_binary(decoded.select([index]), [targets[index]]) == postgres_copy(url, [name]), name
    assert encode_binary(decoded, targets) == postgres_copy(url, decoded.schema.names)


def postgres_copy(url: str, columns: list[str]) -> bytes:
    query = sql.SQL("COPY (SELECT {} FROM v ORDER BY id) TO STDOUT (FORMAT binary)")
    out = bytearray()
    with psycopg.connect(url) as conn, conn.cursor().copy(query.format(reading.names(columns))) as copy:
        for data in copy:
            out += data
    return bytes(out)


def test_numeric_and_interval_strings_in_any_notation_land_as_their_value(new_pg_db: Callable[[str], str]) -> None:
    url = run_script(new_pg_db("numbers"), "CREATE TABLE n (id int PRIMARY KEY, v numeric, iv interval)")
    numbers = ["1e+20", "-0", "+5", "007.50", "1.5E-7", "NaN", None, "-12.000", "0.00"]
    intervals = ["1 day", "-1 years -2 mons +3 days -04:05:06.5", None, "00:00:00", "1 mon", "2 years", "3 days"]
    intervals += ["-00:00:01", "P1D"]  # ISO 8601: left to the server (text COPY)
    db = PostgresConnector.open(url)
    try:
        table = db.reflect().table(QualifiedName("public", "n"))
        for values in (intervals, [*intervals[:-1], "1 day"]):  # with and without a value the encoder leaves
            batch = pa.RecordBatch.from_pydict({"id": list(range(len(numbers))), "v": numbers, "iv": values})
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("TRUNCATE n")
            assert db.write_batch(table, list(table.columns), batch, "error") == len(numbers)
            assert [row[0] for row in as_text(url, "n", ["v"])] == [
                "100000000000000000000", "0", "5", "7.50", "0.00000015", "NaN", None, "-12.000", "0.00",
            ]  # fmt: skip
            assert [row[0] for row in as_text(url, "n", ["iv"])] == [
                "1 day", "-1 years -2 mons +3 days -04:05:06.5", None, "00:00:00", "1 mon", "2 years", "3 days",
                "-00:00:01", "1 day",
            ]  # fmt: skip
    finally:
        db.close()


def test_chunk_commits_skip_the_wal_flush_but_the_last_one(new_pg_db: Callable[[str], str]) -> None:
    db = PostgresConnector.open(new_pg_db("commits"))
    try:
        db.prepare_checkpoints()
        db._conn.execute("SET synchronous_commit = on")  # the test server runs with it off
        db._conn.commit()
        settings = []
        version = 0
        for mark in (Checkpoint(("1",), 1, 0, False), Checkpoint(("2",), 2, 0, True)):
            with db.transaction():
                version = db.save_checkpoint("run", "insert:t", mark, version)
                settings.append(db._conn.execute("SHOW synchronous_commit").fetchone())
        assert settings == [("off",), ("on",)]
        # Outside a chunk's transaction a save commits as always.
        db.save_checkpoint("run", "insert:u", Checkpoint(None, 0, 0, False), 0)
        assert db._conn.execute("SHOW synchronous_commit").fetchone() == ("on",)
    finally:
        db.close()
