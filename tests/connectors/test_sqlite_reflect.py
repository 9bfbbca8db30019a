"""SQLite reflection: chinook's tables and keys, and what only the CREATE TABLE text knows; opening URLs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.support import DATASETS

from lookalike.connectors import open_connector
from lookalike.connectors.sqlite import SqliteConnector
from lookalike.connectors.sqlite.types import kind_of
from lookalike.core.errors import ConfigError
from lookalike.core.schema import CheckConstraint, ForeignKey, Index, Kind, QualifiedName, UniqueConstraint

CHINOOK = DATASETS / "chinook" / "chinook.sqlite"
CHINOOK_URL = f"sqlite:///{CHINOOK}"


def test_chinook_reflects_eleven_tables_with_keys_and_kinds() -> None:
    connector = SqliteConnector.open(CHINOOK_URL, must_exist=True)
    try:
        schema = connector.reflect()
    finally:
        connector.close()
    assert schema.dialect == "sqlite"
    assert sorted(name.name for name in schema.tables) == [
        "Album",
        "Artist",
        "Customer",
        "Employee",
        "Genre",
        "Invoice",
        "InvoiceLine",
        "MediaType",
        "Playlist",
        "PlaylistTrack",
        "Track",
    ]
    assert all(name.schema is None for name in schema.tables)
    employee = schema.table(QualifiedName(None, "Employee"))
    assert employee.foreign_keys == (ForeignKey(("ReportsTo",), QualifiedName(None, "Employee"), ("EmployeeId",)),)
    assert employee.column("EmployeeId").identity == "by_default"  # INTEGER PRIMARY KEY: the rowid
    invoice = schema.table(QualifiedName(None, "Invoice"))
    assert ForeignKey(("CustomerId",), QualifiedName(None, "Customer"), ("CustomerId",)) in invoice.foreign_keys
    assert invoice.column("InvoiceDate").kind is Kind.TIMESTAMP
    total = invoice.column("Total")
    assert (total.kind, total.precision, total.scale, total.nullable) == (Kind.DECIMAL, 10, 2, False)
    assert invoice.column("BillingCity").max_length == 40
    playlist_track = schema.table(QualifiedName(None, "PlaylistTrack"))
    assert playlist_track.primary_key is not None
    assert playlist_track.primary_key.columns == ("PlaylistId", "TrackId")
    assert playlist_track.column("PlaylistId").identity is None
    assert {index.name for index in schema.table(QualifiedName(None, "Track")).indexes} == {
        "IFK_TrackAlbumId",
        "IFK_TrackGenreId",
        "IFK_TrackMediaTypeId",
    }


HARD = '''
CREATE TABLE parent (a TEXT, b INTEGER, label, PRIMARY KEY (a, b));
CREATE TABLE "odd ""name""" (
    id INTEGER PRIMARY KEY,
    pa TEXT,
    pb INTEGER,
    price NUMERIC(8, 3) DEFAULT 0 CHECK (price >= 0),
    taxed REAL GENERATED ALWAYS AS (price * (1 + 0.2)) STORED,
    shout AS (upper(pa || ',' || pb)),
    code VARCHAR(12) NOT NULL UNIQUE,
    flag BOOLEAN DEFAULT FALSE,
    self_id INT CONSTRAINT fk_self REFERENCES "odd ""name""" DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_parent FOREIGN KEY (pa, pb) REFERENCES Parent ON DELETE CASCADE,
    UNIQUE (pa, pb),
    CHECK (pb IS NULL OR pb > 0)
);
CREATE INDEX odd_price ON "odd ""name""" (price) WHERE price > 10;
CREATE VIRTUAL TABLE notes USING fts5(body);
'''


@pytest.fixture
def hard_db(tmp_path: Path) -> Path:
    path = tmp_path / "hard.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(HARD)
        conn.execute("INSERT INTO parent VALUES ('x', 1, 'one')")
        conn.execute("ANALYZE")
    conn.close()
    return path


def test_reflect_reads_generated_checks_deferral_names_and_defaults(hard_db: Path) -> None:
    connector = SqliteConnector.open(f"sqlite:///{hard_db}", must_exist=True)
    schema = connector.reflect()
    connector.close()
    # The FTS table and its shadow tables are not data to copy.
    assert sorted(name.name for name in schema.tables) == ['odd "name"', "parent"]
    table = schema.table(QualifiedName(None, 'odd "name"'))
    assert table.column("taxed").generated == "price * (1 + 0.2)"
    assert table.column("shout").generated == "upper(pa || ',' || pb)"
    assert [column.name for column in table.writable_columns] == ["id", "pa", "pb", "price", "code", "flag", "self_id"]
    assert table.column("price").default == "0" and table.column("flag").default == "FALSE"
    assert (table.column("price").precision, table.column("price").scale) == (8, 3)
    assert table.column("flag").kind is Kind.BOOLEAN
    assert table.checks == (
        CheckConstraint("price >= 0"),
        CheckConstraint("pb IS NULL OR pb > 0"),
    )
    assert table.uniques == (UniqueConstraint(("code",)), UniqueConstraint(("pa", "pb")))
    assert table.row_key == ("id",)
    assert table.indexes == (Index("odd_price", 'CREATE INDEX odd_price ON "odd ""name""" (price) WHERE price > 10'),)
    by_name = {fk.name: fk for fk in table.foreign_keys}
    assert by_name["fk_self"] == ForeignKey(
        ("self_id",), QualifiedName(None, 'odd "name"'), ("id",), "fk_self", deferrable=True, initially_deferred=True
    )
    # `REFERENCES Parent` names no columns: they are the parent's primary key, and the table's own spelling.
    assert by_name["fk_parent"] == ForeignKey(
        ("pa", "pb"), QualifiedName(None, "parent"), ("a", "b"), "fk_parent", on_delete="CASCADE"
    )
    parent = schema.table(QualifiedName(None, "parent"))
    assert parent.column("label").kind is Kind.OTHER and parent.column("label").native_type == ""
    assert parent.row_estimate == 1


@pytest.mark.parametrize(
    ("declared", "kind"),
    [
        ("INTEGER", Kind.INTEGER),
        ("BIGINT", Kind.INTEGER),
        ("UNSIGNED BIG INT", Kind.INTEGER),
        ("NVARCHAR(40)", Kind.TEXT),
        ("CLOB", Kind.TEXT),
        ("REAL", Kind.FLOAT),
        ("DOUBLE PRECISION", Kind.FLOAT),
        ("FLOAT", Kind.FLOAT),
        ("DECIMAL(10,5)", Kind.DECIMAL),
        ("NUMERIC", Kind.DECIMAL),
        ("BOOLEAN", Kind.BOOLEAN),
        ("DATE", Kind.DATE),
        ("DATETIME", Kind.TIMESTAMP),
        ("TIMESTAMP", Kind.TIMESTAMP),
        ("TIMESTAMPTZ", Kind.TIMESTAMPTZ),
        ("TIMESTAMP WITH TIME ZONE", Kind.TIMESTAMPTZ),
        ("TIMESTAMP WITHOUT TIME ZONE", Kind.TIMESTAMP),
        ("TIME", Kind.TIME),
        ("INTERVAL", Kind.INTERVAL),
        ("UUID", Kind.UUID),
        ("JSON", Kind.JSON),
        ("JSONB", Kind.JSON),
        ("BLOB", Kind.BYTES),
        ("BYTEA", Kind.BYTES),
        ("", Kind.OTHER),
        ("GEOMETRY", Kind.OTHER),
    ],
)
def test_declared_types_map_to_kinds(declared: str, kind: Kind) -> None:
    assert kind_of(declared) is kind


def test_open_urls(tmp_path: Path) -> None:
    relative = SqliteConnector.open("sqlite:///:memory:")
    assert relative.count_rows(QualifiedName(None, "sqlite_master")) == 0
    relative.close()
    created = tmp_path / "new.db"
    SqliteConnector.open(f"sqlite:///{created}").close()  # `sqlite:////abs/path`: a new destination is created
    assert created.is_file()
    opened = open_connector(f"sqlite:///{created}", must_exist=True)
    assert opened.capabilities.dialect == "sqlite" and opened.capabilities.max_concurrent_writers == 1
    opened.close()


@pytest.mark.parametrize(
    ("url", "must_exist", "message"),
    [
        ("sqlite:///{tmp}/missing/dir/x.db", False, "does not exist"),
        ("sqlite:///{tmp}/absent.db", True, "does not exist"),
        ("sqlite:///{tmp}/not-a-db.db", True, "cannot open"),
        ("sqlite://host/x.db", False, "not a SQLite URL"),
        ("sqlite:///", False, "names no file"),
    ],
)
def test_open_errors_are_config_errors_with_a_fix(tmp_path: Path, url: str, must_exist: bool, message: str) -> None:
    (tmp_path / "not-a-db.db").write_bytes(b"this is not a database" * 10)
    with pytest.raises(ConfigError, match=message) as raised:
        SqliteConnector.open(url.format(tmp=tmp_path), must_exist=must_exist)
    assert raised.value.fix


def test_source_is_opened_read_only(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    sqlite3.connect(path).close()
    connector = SqliteConnector.open(f"sqlite:///{path}", must_exist=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        connector._conn.execute("CREATE TABLE t (x)")
    connector.close()
