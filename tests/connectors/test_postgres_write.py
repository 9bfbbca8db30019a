"""Writing into PostgreSQL: conflicts, updates, truncation, FK checks, connection errors, tables from SQLite."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import psycopg
import pyarrow as pa
import pytest

from lookalike.connectors.postgres import PostgresConnector
from lookalike.core.errors import ConfigError
from lookalike.core.schema import Column, ForeignKey, Kind, PrimaryKey, QualifiedName, Schema, Table

WRITE_SQL = """
CREATE TABLE parent (
    id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    note text DEFAULT 'none',
    name_length int GENERATED ALWAYS AS (length(name)) STORED
);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id), label text);
CREATE TABLE keyless (a int, b text);
CREATE TABLE pair_parent (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE pair_child (id int PRIMARY KEY, x int, y int);  -- meant to reference pair_parent, but no constraint
INSERT INTO pair_parent VALUES (1, 1), (1, 2);
INSERT INTO pair_child VALUES (1, 1, 1), (2, 2, 2), (3, 1, NULL), (4, NULL, NULL), (5, 1, 3), (6, 1, 2);
"""


@pytest.fixture
def url(new_pg_db: Callable[[str], str]) -> str:
    created = new_pg_db("write")
    with psycopg.connect(created, autocommit=True) as conn:
        conn.execute(WRITE_SQL)
    return created


@pytest.fixture
def db(url: str) -> Iterator[PostgresConnector]:
    connector = PostgresConnector.open(url)
    yield connector
    connector.close()


def query(url: str, text: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute(text).fetchall()


def table(db: PostgresConnector, name: str) -> Table:
    return db.reflect().table(QualifiedName("public", name))


def parent_batch(ids: list[int], names: list[str]) -> pa.RecordBatch:
    return pa.RecordBatch.from_pydict({"id": pa.array(ids, pa.int64()), "name": pa.array(names, pa.string())})


def test_on_conflict_nothing_twice_does_not_duplicate(db: PostgresConnector, url: str) -> None:
    parent = table(db, "parent")
    columns = [parent.column("id"), parent.column("name")]
    batch = parent_batch([1, 2, 3], ["a", "b", "c"])
    assert db.write_batch(parent, columns, batch, "nothing") == 3
    assert db.write_batch(parent, columns, batch, "nothing") == 0
    # Identity values are kept, unwritten columns take their default, generated ones are computed.
    assert query(url, "SELECT id, name, note, name_length FROM parent ORDER BY id") == [
        (1, "a", "none", 1),
        (2, "b", "none", 1),
        (3, "c", "none", 1),
    ]


def test_on_conflict_update_overwrites_and_inserts(db: PostgresConnector, url: str) -> None:
    parent = table(db, "parent")
    columns = [parent.column("id"), parent.column("name")]
    assert db.write_batch(parent, columns, parent_batch([1, 2], ["a", "b"]), "update") == 2
    assert db.write_batch(parent, columns, parent_batch([2, 3], ["bee", "c"]), "update") == 2
    assert db.write_batch(parent, columns, parent_batch([2, 3], ["bee", "c"]), "update") == 2
    assert query(url, "SELECT id, name FROM parent ORDER BY id") == [(1, "a"), (2, "bee"), (3, "c")]
    assert query(url, "SELECT count(*) FROM parent") == [(3,)]
    # Only key columns: nothing to update, existing rows are skipped.
    pair = table(db, "pair_parent")
    keys_only = pa.RecordBatch.from_pydict({"a": pa.array([1, 3], pa.int64()), "b": pa.array([1, 3], pa.int64())})
    assert db.write_batch(pair, list(pair.columns), keys_only, "update") == 1
    assert query(url, "SELECT a, b FROM pair_parent ORDER BY a, b") == [(1, 1), (1, 2), (3, 3)]


def test_on_conflict_error_fails_whole_batch_and_connector_recovers(db: PostgresConnector, url: str) -> None:
    parent = table(db, "parent")
    columns = [parent.column("id"), parent.column("name")]
    db.write_batch(parent, columns, parent_batch([1], ["a"]), "error")
    with pytest.raises(psycopg.errors.UniqueViolation):
        db.write_batch(parent, columns, parent_batch([2, 1], ["b", "dup"]), "error")
    assert db.count_rows(parent.name) == 1
    assert db.write_batch(parent, columns, parent_batch([2], ["b"]), "error") == 1
    assert db.write_batch(parent, columns, parent_batch([], []), "error") == 0


def test_table_without_row_key_is_plain_insert(db: PostgresConnector, url: str) -> None:
    keyless = table(db, "keyless")
    batch = pa.RecordBatch.from_pydict({"a": pa.array([1, None], pa.int64()), "b": pa.array(["x\ty", None])})
    assert keyless.row_key is None
    assert db.write_batch(keyless, list(keyless.columns), batch, "nothing") == 2
    assert db.write_batch(keyless, list(keyless.columns), batch, "update") == 2
    assert query(url, "SELECT a, b FROM keyless ORDER BY a NULLS LAST") == [(1, "x\ty")] * 2 + [(None, None)] * 2


def test_update_batch_sets_values_by_key(db: PostgresConnector, url: str) -> None:
    parent = table(db, "parent")
    db.write_batch(parent, [parent.column("id"), parent.column("name")], parent_batch([1, 2, 3], list("abc")), "error")
    batch = pa.RecordBatch.from_pydict(
        {
            "id": pa.array([1, 3, 99], pa.int64()),
            "name": pa.array(["A", "C", "missing"]),
            "note": pa.array([None, "n3", "x"]),
        }
    )
    assert db.update_batch(parent, [parent.column("id")], [parent.column("name"), parent.column("note")], batch) == 2
    assert query(url, "SELECT id, name, note FROM parent ORDER BY id") == [
        (1, "A", None),
        (2, "b", "none"),
        (3, "C", "n3"),
    ]


def test_truncate_all_at_once_and_cascade(db: PostgresConnector, url: str) -> None:
    parent, child = table(db, "parent"), table(db, "child")
    db.write_batch(parent, [parent.column("id"), parent.column("name")], parent_batch([1], ["a"]), "error")
    rows = pa.RecordBatch.from_pydict(
        {"id": pa.array([1], pa.int64()), "parent_id": pa.array([1], pa.int64()), "label": pa.array(["l"])}
    )
    db.write_batch(child, list(child.columns), rows, "error")
    with pytest.raises(psycopg.errors.FeatureNotSupported):
        db.truncate([parent.name], cascade=False)
    db.truncate([parent.name], cascade=True)
    assert query(url, "SELECT (SELECT count(*) FROM parent), (SELECT count(*) FROM child)") == [(0, 0)]
    db.write_batch(parent, [parent.column("id"), parent.column("name")], parent_batch([1], ["a"]), "error")
    db.write_batch(child, list(child.columns), rows, "error")
    db.truncate([child.name, parent.name], cascade=False)
    assert db.count_rows(parent.name) == db.count_rows(child.name) == 0
    db.truncate([], cascade=False)


def test_count_fk_violations_is_composite_aware(db: PostgresConnector) -> None:
    pair_child = table(db, "pair_child")
    fk = ForeignKey(("x", "y"), QualifiedName("public", "pair_parent"), ("a", "b"))
    # (2, 2) and (1, 3) match no parent; rows with a NULL in the key are not checked (MATCH SIMPLE).
    assert db.count_fk_violations(pair_child, fk) == 2
    swapped = ForeignKey(("y", "x"), QualifiedName("public", "pair_parent"), ("a", "b"))
    assert db.count_fk_violations(pair_child, swapped) == 3


def test_unreachable_server_is_a_config_error_without_the_password() -> None:
    with pytest.raises(ConfigError) as caught:
        PostgresConnector.open("postgresql://someone:s3cret-pw@127.0.0.1:1/nowhere")
    message = str(caught.value)
    assert "s3cret-pw" not in message and "cannot connect to postgresql://someone:***@127.0.0.1:1/nowhere" in message
    assert caught.value.fix is not None and "server is running" in caught.value.fix


def test_missing_database_is_a_config_error_without_the_password(url: str) -> None:
    missing = url.rsplit("/", 1)[0].replace("://lookalike@", "://lookalike:s3cret-pw@") + "/no_such_db"
    with pytest.raises(ConfigError) as caught:
        PostgresConnector.open(missing)
    assert "s3cret-pw" not in str(caught.value) and "no_such_db" in str(caught.value)


def sqlite_like_schema() -> Schema:
    """What the SQLite connector reflects: no schemas, loose types, literal and non-literal defaults."""
    track = Table(
        name=QualifiedName(None, "Track"),
        columns=(
            Column("TrackId", "INTEGER", Kind.INTEGER, nullable=False),
            Column("Name", "NVARCHAR(200)", Kind.TEXT, nullable=False, default="'unnamed'", max_length=200),
            Column("AlbumId", "INTEGER", Kind.INTEGER),
            Column("Price", "NUMERIC(10,2)", Kind.DECIMAL, default="0.99", precision=10, scale=2),
            Column("Active", "BOOLEAN", Kind.BOOLEAN, default="1"),
            Column("Added", "DATETIME", Kind.TIMESTAMP, default="CURRENT_TIMESTAMP"),
            Column("Meta", "JSON", Kind.JSON),
            Column("Blob", "BLOB", Kind.BYTES),
            Column("Uid", "UUID", Kind.UUID),
            Column("Anything", "", Kind.OTHER),
            Column("Twice", "REAL", Kind.FLOAT, generated="Price * 2"),
        ),
        primary_key=PrimaryKey(("TrackId",)),
        foreign_keys=(ForeignKey(("AlbumId",), QualifiedName(None, "Album"), ("AlbumId",), on_delete="CASCADE"),),
    )
    album = Table(
        name=QualifiedName(None, "Album"),
        columns=(Column("AlbumId", "INTEGER", Kind.INTEGER, nullable=False), Column("Title", "TEXT", Kind.TEXT)),
        primary_key=PrimaryKey(("AlbumId",)),
    )
    return Schema("sqlite", {album.name: album, track.name: track})


def test_tables_from_another_dialect_map_by_kind_into_public(db: PostgresConnector, url: str) -> None:
    schema = sqlite_like_schema()
    db.create_schema(schema, list(schema))
    db.create_schema(schema, list(schema))
    columns = query(
        url,
        "SELECT attname, format_type(atttypid, atttypmod), pg_get_expr(adbin, adrelid), attidentity FROM pg_attribute "
        "LEFT JOIN pg_attrdef ON adrelid = attrelid AND adnum = attnum "
        "WHERE attrelid = 'public.\"Track\"'::regclass AND attnum > 0 ORDER BY attnum",
    )
    assert columns == [
        ("TrackId", "bigint", None, "d"),
        ("Name", "character varying(200)", "'unnamed'::character varying", ""),
        ("AlbumId", "bigint", None, ""),
        ("Price", "numeric(10,2)", "0.99", ""),
        ("Active", "boolean", "true", ""),
        ("Added", "timestamp without time zone", None, ""),
        ("Meta", "jsonb", None, ""),
        ("Blob", "bytea", None, ""),
        ("Uid", "uuid", None, ""),
        ("Anything", "text", None, ""),
    ]
    fks = "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = 'public.\"Track\"'::regclass"
    assert query(url, fks) == [(1,)]  # created once, though unnamed
    album, track = schema.table(QualifiedName(None, "Album")), schema.table(QualifiedName(None, "Track"))
    db.write_batch(album, list(album.columns), pa.RecordBatch.from_pydict({"AlbumId": [1], "Title": ["t"]}), "error")
    written = [c for c in track.writable_columns if c.name in ("TrackId", "Name", "AlbumId", "Meta", "Uid")]
    batch = pa.RecordBatch.from_pydict(
        {
            "TrackId": pa.array([1, 2], pa.int64()),
            "Name": ["one", "two"],
            "AlbumId": pa.array([1, None], pa.int64()),
            "Meta": ['{"a": 1}', None],
            "Uid": ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", None],
        }
    )
    assert db.write_batch(track, written, batch, "nothing") == 2
    db.finalize_table(track)
    assert query(url, 'INSERT INTO "Track" ("Name") VALUES (\'three\') RETURNING "TrackId", "Price", "Active"') == [
        (3, Decimal("0.99"), True)
    ]
    (read,) = db.read_batches(track, written, 10)
    assert read.column("Uid").to_pylist() == ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", None, None]
    assert read.column("Meta").to_pylist() == ['{"a": 1}', None, None]
