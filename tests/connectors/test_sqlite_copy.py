"""SQLite as a destination: chinook copied table by table, conflicts, updates, truncation, FK checks, names."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pytest
from tests.support import DATASETS

from lookalike.connectors.sqlite import SqliteConnector, sqlite_table_name
from lookalike.core.canonical import arrow_schema
from lookalike.core.errors import ConfigError, RunError
from lookalike.core.schema import Column, ForeignKey, Kind, PrimaryKey, QualifiedName, Schema, Table

CHINOOK = DATASETS / "chinook" / "chinook.sqlite"
PARENTS_FIRST = [
    "Artist",
    "Album",
    "Genre",
    "MediaType",
    "Track",
    "Employee",
    "Customer",
    "Invoice",
    "InvoiceLine",
    "Playlist",
    "PlaylistTrack",
]


@pytest.fixture
def source() -> Iterator[SqliteConnector]:
    connector = SqliteConnector.open(f"sqlite:///{CHINOOK}", must_exist=True)
    yield connector
    connector.close()


@pytest.fixture
def chinook(source: SqliteConnector) -> Schema:
    return source.reflect()


def open_dest(path: Path) -> SqliteConnector:
    return SqliteConnector.open(f"sqlite:///{path}")


def rows(path: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(query).fetchall()


def copy_all(source: SqliteConnector, dest: SqliteConnector, schema: Schema, batch_rows: int = 500) -> dict[str, int]:
    written = {}
    for name in PARENTS_FIRST:
        table = schema.table(QualifiedName(None, name))
        written[name] = sum(
            dest.write_batch(table, table.writable_columns, batch, "error")
            for batch in source.read_batches(table, table.writable_columns, batch_rows)
        )
        dest.finalize_table(table)
    return written


def test_every_chinook_table_reads_as_canonical_arrow(source: SqliteConnector, chinook: Schema) -> None:
    for table in chinook:
        batches = list(source.read_batches(table, table.columns, 1000))
        assert all(batch.schema == arrow_schema(table.columns) for batch in batches), table.name
        assert all(batch.num_rows <= 1000 for batch in batches)
        assert sum(batch.num_rows for batch in batches) == source.count_rows(table.name)
    invoice = chinook.table(QualifiedName(None, "Invoice"))
    first = next(source.read_batches(invoice, invoice.columns, 3)).to_pylist()[0]
    assert first["InvoiceId"] == 1 and first["Total"] == "1.98"
    assert str(first["InvoiceDate"]) == "2021-01-01 00:00:00"


def test_chinook_copies_into_a_new_file_row_for_row(source: SqliteConnector, chinook: Schema, tmp_path: Path) -> None:
    dest_path = tmp_path / "copy.db"
    dest = open_dest(dest_path)
    dest.create_schema(chinook, list(chinook))
    dest.create_schema(chinook, list(chinook))  # idempotent
    written = copy_all(source, dest, chinook)
    copied = dest.reflect()
    dest.close()
    assert written["PlaylistTrack"] == 8715 and written["InvoiceLine"] == 2240
    assert copied.tables.keys() == chinook.tables.keys()
    for table in chinook:
        mirror = copied.table(table.name)
        assert mirror.columns == table.columns and mirror.primary_key == table.primary_key, table.name
        assert mirror.foreign_keys == table.foreign_keys and mirror.indexes == table.indexes, table.name
        query = f'SELECT * FROM "{table.name.name}" ORDER BY 1, 2'
        assert rows(dest_path, query) == rows(CHINOOK, query), table.name
    assert rows(dest_path, "PRAGMA foreign_key_check") == []


def test_on_conflict_nothing_and_update_never_duplicate(
    source: SqliteConnector, chinook: Schema, tmp_path: Path
) -> None:
    dest = open_dest(tmp_path / "conflicts.db")
    artist, genre = chinook.table(QualifiedName(None, "Artist")), chinook.table(QualifiedName(None, "Genre"))
    dest.create_schema(chinook, [artist, genre])
    batch = next(source.read_batches(artist, artist.columns, 100))
    assert dest.write_batch(artist, artist.columns, batch, "nothing") == 100
    assert dest.write_batch(artist, artist.columns, batch, "nothing") == 0
    renamed = batch.set_column(1, "Name", pa.array([f"artist {i}" for i in range(100)]))
    assert dest.write_batch(artist, artist.columns, renamed, "update") == 100
    assert dest.write_batch(artist, artist.columns, renamed, "update") == 100
    assert dest.count_rows(artist.name) == 100
    assert dest.count_fk_violations(artist, ForeignKey(("ArtistId",), genre.name, ("GenreId",))) == 100
    with pytest.raises(sqlite3.IntegrityError):
        dest.write_batch(artist, artist.columns, batch, "error")
    assert dest.count_rows(artist.name) == 100  # the failed batch was rolled back as a whole
    names = [name for (name,) in dest._conn.execute('SELECT "Name" FROM "Artist" ORDER BY "ArtistId"')]
    dest.close()
    assert names == [f"artist {i}" for i in range(100)]


def test_update_batch_truncate_and_fk_violations(source: SqliteConnector, chinook: Schema, tmp_path: Path) -> None:
    dest_path = tmp_path / "edits.db"
    dest = open_dest(dest_path)
    dest.create_schema(chinook, list(chinook))
    copy_all(source, dest, chinook)
    employee = chinook.table(QualifiedName(None, "Employee"))
    key, title = employee.column("EmployeeId"), employee.column("Title")
    batch = pa.RecordBatch.from_arrays([pa.array([1, 2, 99]), pa.array(["Boss", None, "Ghost"])], ["id", "t"])
    assert dest.update_batch(employee, [key], [title], batch) == 2
    assert rows(dest_path, 'SELECT "Title" FROM "Employee" WHERE "EmployeeId" IN (1, 2) ORDER BY 1') == [
        (None,),
        ("Boss",),
    ]
    invoice = chinook.table(QualifiedName(None, "Invoice"))
    to_customer = next(fk for fk in invoice.foreign_keys if fk.ref_table.name == "Customer")
    assert dest.count_fk_violations(invoice, to_customer) == 0
    dest._conn.execute("PRAGMA foreign_keys = OFF")
    dest._conn.execute('UPDATE "Invoice" SET "CustomerId" = 4242 WHERE "InvoiceId" = 7')
    dest._conn.execute("PRAGMA foreign_keys = ON")
    assert dest.count_fk_violations(invoice, to_customer) == 1
    reports_to = employee.foreign_keys[0]
    assert dest.count_fk_violations(employee, reports_to) == 0  # the boss's NULL manager is no violation

    # Emptying only some tables would orphan the rows that point into them: refused, nothing deleted.
    with pytest.raises(RunError, match="pointing at nothing"):
        dest.truncate([QualifiedName(None, "Artist")], cascade=False)
    assert dest.count_rows(QualifiedName(None, "Artist")) == 275
    dest.truncate([table.name for table in chinook], cascade=False)
    assert all(dest.count_rows(table.name) == 0 for table in chinook)
    assert rows(dest_path, "PRAGMA foreign_keys") == [(0,)]  # a fresh connection's default; ours turned it back on
    assert dest._conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    dest.close()


def test_finalize_moves_the_autoincrement_counter(tmp_path: Path) -> None:
    path = tmp_path / "auto.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)")
        conn.execute("INSERT INTO t (v) VALUES ('a')")
        conn.execute("DELETE FROM sqlite_sequence")
        conn.execute("INSERT INTO sqlite_sequence VALUES ('t', 0)")
    conn.close()
    dest = open_dest(path)
    table = dest.reflect().table(QualifiedName(None, "t"))
    batch = pa.RecordBatch.from_arrays([pa.array([40, 41]), pa.array(["b", "c"])], names=["id", "v"])
    dest.write_batch(table, table.columns, batch, "error")
    dest._conn.execute("UPDATE sqlite_sequence SET seq = 0")
    dest.finalize_table(table)
    dest.close()
    assert rows(path, "SELECT seq FROM sqlite_sequence WHERE name = 't'") == [(41,)]


def _table(schema: str, name: str, fks: tuple[ForeignKey, ...] = ()) -> Table:
    columns = (
        Column("id", "integer", Kind.INTEGER, nullable=False),
        Column("ref", "integer", Kind.INTEGER),
    )
    return Table(QualifiedName(schema, name), columns, PrimaryKey(("id",)), foreign_keys=fks)


def test_schema_qualified_tables_map_to_bare_or_prefixed_names(tmp_path: Path) -> None:
    public_item = _table("public", "item")
    sales_item = _table("sales", "item", (ForeignKey(("ref",), QualifiedName("public", "item"), ("id",)),))
    hr_staff = _table("hr", "staff", (ForeignKey(("ref",), QualifiedName("sales", "item"), ("id",)),))
    source = Schema("postgres", {t.name: t for t in (public_item, sales_item, hr_staff)}, schemas=("public", "sales"))
    among = list(source.tables)
    assert [sqlite_table_name(name, among) for name in among] == ["item", "sales__item", "staff"]
    assert sqlite_table_name(QualifiedName("sales", "item")) == "item"

    path = tmp_path / "names.db"
    dest = open_dest(path)
    dest.create_schema(source, list(source))
    assert sorted(name.name for name in dest.reflect().tables) == ["item", "sales__item", "staff"]
    for table in source:
        batch = pa.RecordBatch.from_arrays([pa.array([1, 2]), pa.array([None, 1])], names=["id", "ref"])
        assert dest.write_batch(table, table.columns, batch, "error") == 2
        dest.finalize_table(table)
    dest.close()
    # Another connector (steps open their own) finds the prefixed table again, from the file alone.
    again = open_dest(path)
    assert again.count_rows(QualifiedName("sales", "item")) == 2
    assert again.count_fk_violations(hr_staff, hr_staff.foreign_keys[0]) == 0
    assert [row.as_py() for row in next(again.read_batches(sales_item, sales_item.columns, 10)).column(1)] == [None, 1]
    again.truncate(list(source.tables), cascade=False)
    assert again.count_rows(QualifiedName("hr", "staff")) == 0
    again.close()
    assert 'REFERENCES "sales__item"' in str(rows(path, "SELECT sql FROM sqlite_master WHERE name = 'staff'")[0][0])


def test_sqlite_to_sqlite_keeps_generated_columns_checks_and_indexes(tmp_path: Path) -> None:
    source_path = tmp_path / "src.db"
    with sqlite3.connect(source_path) as conn:
        conn.executescript(
            """
            CREATE TABLE item (
                id INTEGER PRIMARY KEY,
                price NUMERIC(8,2) NOT NULL DEFAULT 0 CHECK (price >= 0),
                gross NUMERIC GENERATED ALWAYS AS (price * 1.2) STORED,
                note
            );
            CREATE UNIQUE INDEX item_note ON item (note) WHERE note IS NOT NULL;
            INSERT INTO item (id, price, note) VALUES (1, 10, 'x'), (2, 2.5, 7), (3, 0, NULL);
            """
        )
    conn.close()
    source = SqliteConnector.open(f"sqlite:///{source_path}", must_exist=True)
    schema = source.reflect()
    dest_path = tmp_path / "dest.db"
    dest = open_dest(dest_path)
    dest.create_schema(schema, list(schema))
    item = schema.table(QualifiedName(None, "item"))
    for batch in source.read_batches(item, item.writable_columns, 10):
        dest.write_batch(item, item.writable_columns, batch, "error")
    copied = dest.reflect().table(QualifiedName(None, "item"))
    source.close()
    dest.close()
    assert copied.columns == item.columns and copied.checks == item.checks and copied.indexes == item.indexes
    assert rows(dest_path, "SELECT id, price, gross FROM item ORDER BY id") == [(1, 10, 12), (2, 2.5, 3.0), (3, 0, 0)]
    # The untyped column holds text now: values of a column without a type travel as text.
    assert rows(dest_path, "SELECT typeof(note) FROM item ORDER BY id") == [("text",), ("text",), ("null",)]


def test_names_that_collide_in_sqlite_are_refused_before_anything_is_created(tmp_path: Path) -> None:
    upper, lower = _table("public", "Item"), _table("public", "item")
    dest = open_dest(tmp_path / "clash.db")
    with pytest.raises(ConfigError, match="would both be") as raised:
        dest.create_schema(Schema("postgres", {upper.name: upper, lower.name: lower}), [upper, lower])
    assert raised.value.fix and dest.reflect().tables == {}
    dest.close()
