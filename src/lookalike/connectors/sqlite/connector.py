"""The SQLite connector: the embedded default; stdlib sqlite3, one writer at a time."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyarrow as pa

from lookalike.connectors.base import Capabilities, OnConflict
from lookalike.connectors.sqlite.convert import to_arrow, to_python
from lookalike.connectors.sqlite.ddl import create_tables
from lookalike.connectors.sqlite.reflect import quote_ident, reflect
from lookalike.core.errors import ConfigError
from lookalike.core.schema import Column, ForeignKey, QualifiedName, Schema, Table

CAPABILITIES = Capabilities(
    dialect="sqlite",
    supports_schemas=False,
    supports_copy=False,
    supports_deferrable_constraints=True,
    supports_truncate_cascade=False,
    supports_identity=False,
    supports_enums=False,
    max_identifier_length=1024,
    max_concurrent_writers=1,
)


def table_name(name: QualifiedName) -> str:
    """The SQLite table for a (possibly schema-qualified) source table: SQLite has one namespace."""
    return name.name


def _t(name: QualifiedName) -> str:
    return quote_ident(table_name(name))


def _cols(names: Sequence[str]) -> str:
    return ", ".join(quote_ident(name) for name in names)


def path_of(url: str) -> str:
    """The file path in `sqlite:///relative.db` or `sqlite:////absolute.db` (`:memory:` as is)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        raise ConfigError(f"not a SQLite URL: {url}", where=url, fix="use sqlite:///path/to/file.db")
    return url[len(prefix) :].split("?", 1)[0]


class SqliteConnector:
    """A SQLite database file as a source or destination."""

    capabilities = CAPABILITIES

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @classmethod
    def open(cls, url: str, *, must_exist: bool = False) -> SqliteConnector:
        """Open the file (read-only when it must exist, as for sources); ConfigError when that is impossible."""
        path = path_of(url)
        if path != ":memory:":
            file = Path(path)
            if must_exist and not file.is_file():
                raise ConfigError(f"SQLite database {path} does not exist", where=url, fix="check the path")
            if not file.parent.is_dir():
                raise ConfigError(f"directory {file.parent} does not exist", where=url, fix="create it or fix the path")
        try:
            if must_exist and path != ":memory:":
                conn = sqlite3.connect(
                    f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
                )
            else:
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=60)
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as error:
            raise ConfigError(f"cannot open SQLite database {path}: {error}", where=url, fix="check the path") from None
        return cls(conn)

    def close(self) -> None:
        self._conn.close()

    # -- source -------------------------------------------------------------------------------
    def reflect(self, schemas: Sequence[str] | None = None) -> Schema:
        return reflect(self._conn)

    def read_batches(
        self, table: Table, columns: Sequence[Column], batch_rows: int, native_text: frozenset[str] = frozenset()
    ) -> Iterator[pa.RecordBatch]:
        # SQLite hands back Python values either way; `native_text` changes nothing here.
        order = f" ORDER BY {_cols(table.row_key)}" if table.row_key else ""
        cursor = self._conn.execute(f"SELECT {_cols([c.name for c in columns])} FROM {_t(table.name)}{order}")  # noqa: S608
        names = [column.name for column in columns]
        while rows := cursor.fetchmany(batch_rows):
            values = list(zip(*rows, strict=True))
            arrays = [to_arrow(column, values[i], str(table.name)) for i, column in enumerate(columns)]
            yield pa.RecordBatch.from_arrays(arrays, names=names)

    def export_snapshot(self) -> str | None:
        # Connections to one SQLite file cannot share a snapshot; see the README on consistency.
        return None

    def use_snapshot(self, snapshot: str) -> None:
        raise NotImplementedError("SQLite connections cannot share a snapshot")

    def count_rows(self, table: QualifiedName) -> int:
        row = self._conn.execute(f"SELECT count(*) FROM {_t(table)}").fetchone()  # noqa: S608
        return int(row[0])

    # -- destination --------------------------------------------------------------------------
    def create_schema(self, source: Schema, tables: Sequence[Table]) -> None:
        self._transaction(create_tables(source, tables))

    def truncate(self, tables: Sequence[QualifiedName], cascade: bool) -> None:
        # Foreign keys can only be switched off outside a transaction; then all tables go at once.
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            self._transaction([f"DELETE FROM {_t(name)}" for name in tables])  # noqa: S608
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    def write_batch(
        self, table: Table, columns: Sequence[Column], batch: pa.RecordBatch, on_conflict: OnConflict
    ) -> int:
        names = [column.name for column in columns]
        sql = f"INSERT INTO {_t(table.name)} ({_cols(names)}) VALUES ({', '.join('?' * len(names))})"  # noqa: S608
        key = table.row_key
        if on_conflict == "nothing":
            sql += " ON CONFLICT DO NOTHING"
        elif on_conflict == "update" and key:
            others = [name for name in names if name not in key]
            action = ", ".join(f"{quote_ident(n)} = excluded.{quote_ident(n)}" for n in others) if others else None
            sql += f" ON CONFLICT ({_cols(key)}) DO " + (f"UPDATE SET {action}" if action else "NOTHING")
        return self._executemany(sql, columns, batch)

    def update_batch(self, table: Table, key: Sequence[Column], values: Sequence[Column], batch: pa.RecordBatch) -> int:
        sets = ", ".join(f"{quote_ident(c.name)} = ?" for c in values)
        where = " AND ".join(f"{quote_ident(c.name)} = ?" for c in key)
        sql = f"UPDATE {_t(table.name)} SET {sets} WHERE {where}"  # noqa: S608
        reordered = batch.select([*range(len(key), len(key) + len(values)), *range(len(key))])
        return self._executemany(sql, [*values, *key], reordered)

    def finalize_table(self, table: Table) -> None:
        has_sequence = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'"
        ).fetchone()
        if has_sequence:
            self._transaction(
                [
                    f"UPDATE sqlite_sequence SET seq = (SELECT max(rowid) FROM {_t(table.name)}) "  # noqa: S608
                    f"WHERE name = '{table_name(table.name).replace(chr(39), chr(39) * 2)}'"
                ]
            )

    def count_fk_violations(self, table: Table, fk: ForeignKey) -> int:
        present = " AND ".join(f"c.{quote_ident(col)} IS NOT NULL" for col in fk.columns)
        match = " AND ".join(
            f"p.{quote_ident(ref)} = c.{quote_ident(col)}" for col, ref in zip(fk.columns, fk.ref_columns, strict=True)
        )
        sql = (
            f"SELECT count(*) FROM {_t(table.name)} AS c WHERE {present} "  # noqa: S608
            f"AND NOT EXISTS (SELECT 1 FROM {_t(fk.ref_table)} AS p WHERE {match})"
        )
        return int(self._conn.execute(sql).fetchone()[0])

    # -- helpers ------------------------------------------------------------------------------
    def _executemany(self, sql: str, columns: Sequence[Column], batch: pa.RecordBatch) -> int:
        if batch.num_rows == 0:
            return 0
        values = [to_python(column, batch.column(i)) for i, column in enumerate(columns)]
        before = self._conn.total_changes
        self._conn.execute("BEGIN")
        try:
            self._conn.executemany(sql, zip(*values, strict=True))
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        return self._conn.total_changes - before

    def _transaction(self, statements: Sequence[str]) -> None:
        self._conn.execute("BEGIN")
        try:
            for statement in statements:
                self._conn.execute(statement)
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
