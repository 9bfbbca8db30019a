"""The SQLite connector: the embedded default; stdlib sqlite3, explicit transactions, one writer at a time."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pyarrow as pa

from lookalike.connectors import session as run_sessions
from lookalike.connectors.base import (
    CHECKPOINT_NAMESPACE,
    CHECKPOINT_RETENTION_DAYS,
    Access,
    Capabilities,
    Checkpoint,
    KeyRange,
    KeyText,
    OnConflict,
    SchemaOrigin,
    SchemaPhase,
    bad_filter,
    redact_url,
    slow_filter,
    stale_checkpoint,
)
from lookalike.connectors.sqlite.convert import to_arrow, to_python
from lookalike.connectors.sqlite.ddl import create_statements
from lookalike.connectors.sqlite.names import prefixed_name, quote_ident, quote_list
from lookalike.connectors.sqlite.reflect import reflect
from lookalike.core.errors import ConfigError, RunError
from lookalike.core.schema import Column, ForeignKey, Kind, QualifiedName, Schema, Table
from lookalike.core.subset import SubsetPlan, SubsetResult

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
_CHECKPOINTS = quote_ident(f"{CHECKPOINT_NAMESPACE}_checkpoint")
# Key values travel as text; cast back so they compare like the column's values.
_KEY_CASTS = {Kind.INTEGER: "INTEGER", Kind.FLOAT: "REAL", Kind.BOOLEAN: "INTEGER"}
_FIX_URL = "use sqlite:///relative/path.db, sqlite:////absolute/path.db or sqlite:///:memory:"


def path_of(url: str) -> str:
    """The file path in `sqlite:///relative.db` or `sqlite:////absolute.db` (`:memory:` as is)."""
    scheme, sep, rest = url.partition(":")
    if not sep or scheme.split("+", 1)[0].lower() != "sqlite" or not rest.startswith("///"):
        raise ConfigError(f"not a SQLite URL: {redact_url(url)}", where=redact_url(url), fix=_FIX_URL)
    path = rest[3:].split("?", 1)[0]
    if not path:
        raise ConfigError("the SQLite URL names no file", where=redact_url(url), fix=_FIX_URL)
    return path


def _connect(url: str, path: str, must_exist: bool) -> sqlite3.Connection:
    if path == ":memory:":
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    file = Path(path)
    if not file.parent.is_dir():
        raise ConfigError(
            f"directory {file.parent} does not exist",
            where=redact_url(url),
            fix=f"create it (mkdir -p {file.parent}) or fix the path",
        )
    if must_exist and not file.is_file():
        raise ConfigError(
            f"SQLite database {path} does not exist", where=redact_url(url), fix="check the path in the URL"
        )
    if must_exist:
        # A source is only read: opening it read-only guarantees that, and works on read-only files.
        target, uri = f"{file.resolve().as_uri()}?mode=ro", True
    else:
        target, uri = path, False
    # One connector is used by one thread at a time, but not always by the thread that opened it.
    return sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False, timeout=60)


class SqliteConnector:
    """A SQLite database file as a source or destination."""

    capabilities = CAPABILITIES

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._names: dict[QualifiedName, str] = {}
        self._depth = 0  # open transaction blocks: the outermost commits, inner ones are savepoints
        self._checks_off = False  # an open transaction() writes with FK checks off
        # Opened in a run's step: its deadline or a stopping worker interrupts this connection's statements.
        self._session = run_sessions.current()
        if self._session is not None:
            try:
                self._session.attach(self)
            except BaseException:
                conn.close()
                raise

    @classmethod
    def open(cls, url: str, must_exist: bool = False) -> SqliteConnector:
        """Connect (read-only when the file must exist, as sources do); ConfigError when that is impossible."""
        path = path_of(url)
        try:
            conn = _connect(url, path, must_exist)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails here on a file that is no database
        except sqlite3.Error as error:
            raise ConfigError(
                f"cannot open SQLite database {path}: {error}",
                where=redact_url(url),
                fix="check that the path is a SQLite file",
            ) from None
        return cls(conn)

    def close(self) -> None:
        if self._session is not None:
            self._session.detach(self)
        self._conn.close()

    def interrupt(self) -> None:
        self._conn.interrupt()

    def end_sessions(self, name: str) -> int:
        """An embedded database has no server-side sessions: its queries end with the process that runs them."""
        return 0

    def rejoin_session(self) -> bool:
        if self._session is not None:
            self._session.detach(self)
            self._session = None
        if self._depth or self._conn.in_transaction:
            return False
        session = run_sessions.current()
        if session is not None:
            session.attach(self)  # SQLite has no statement timeout: the step's deadline interrupts it
        self._session = session
        return True

    def leave_session(self) -> bool:
        session, self._session = self._session, None
        if session is not None:
            session.detach(self)
        # An interrupted session may still send one more interrupt (it repeats until its step ends).
        return not (self._depth or self._conn.in_transaction) and (session is None or session.interrupted is None)

    # -- source -------------------------------------------------------------------------------
    def reflect(self, schemas: Sequence[str] | None = None) -> Schema:
        """Every table (SQLite has one namespace, so `schemas` does not apply)."""
        return reflect(self._conn)

    def _key_filter(self, table: Table, key_range: KeyRange | None) -> tuple[str, list[str]]:
        if key_range is None or not table.row_key:
            return "", []
        key = table.row_key
        columns = f"({quote_list(key)})"
        row = "({})".format(", ".join(f"CAST(? AS {_KEY_CASTS.get(table.column(n).kind, 'TEXT')})" for n in key))
        parts: list[str] = []
        params: list[str] = []
        if key_range.after is not None:
            parts.append(f"{columns} > {row}")
            params.extend(key_range.after)
        if key_range.upto is not None:
            parts.append(f"{columns} <= {row}")
            params.extend(key_range.upto)
        return (f" WHERE {' AND '.join(parts)}" if parts else ""), params

    def key_bound(self, table: Table, after: KeyText | None, count: int, exact: bool = False) -> KeyText | None:
        # Always counted: SQLite keeps no histogram to estimate from.
        key = table.row_key
        assert key, "only tables with a row key are read in ranges"
        where, params = self._key_filter(table, KeyRange(after=after))
        texts = ", ".join(f"CAST({quote_ident(n)} AS TEXT) AS lookalike_key_{i}" for i, n in enumerate(key))
        query = (
            f"SELECT {texts} FROM {self._quoted(table.name)}{where} "  # noqa: S608
            f"ORDER BY {quote_list(key)} LIMIT 1 OFFSET ?"
        )
        row = self._conn.execute(query, [*params, count - 1]).fetchone()
        return None if row is None else tuple(str(value) for value in row)

    def read_batches(
        self,
        table: Table,
        columns: Sequence[Column],
        batch_rows: int,
        native_text: frozenset[str] = frozenset(),
        key_range: KeyRange | None = None,
        native_wire: bool = False,
    ) -> Iterator[pa.RecordBatch]:
        # SQLite hands back Python values either way; `native_text` changes nothing here.
        name = self._name(table.name)
        key = table.row_key
        if key:
            order = f" ORDER BY {quote_list(key)}"
        else:
            # Without a key, rowid order is still stable (unless a column shadows the name rowid).
            order = "" if any(c.name.lower() == "rowid" for c in table.columns) else " ORDER BY rowid"
        where, params = self._key_filter(table, key_range)
        select = f"SELECT {quote_list([c.name for c in columns])} FROM {quote_ident(name)}{where}{order}"  # noqa: S608
        names = [column.name for column in columns]
        cursor = self._conn.execute(select, params)
        try:
            while rows := cursor.fetchmany(max(batch_rows, 1)):
                values = list(zip(*rows, strict=True))
                arrays = [to_arrow(column, values[i], str(table.name)) for i, column in enumerate(columns)]
                yield pa.RecordBatch.from_arrays(arrays, names=names)
        finally:
            # A chunk that failed mid-read drops this generator only later, when its connection may be closed.
            with contextlib.suppress(sqlite3.ProgrammingError):
                cursor.close()

    def access(self, tables: Sequence[QualifiedName]) -> Access:
        """SQLite has no users: what the file's permissions allow this process."""
        path = self._conn.execute("PRAGMA database_list").fetchone()[2]
        read_only = bool(self._conn.execute("PRAGMA query_only").fetchone()[0]) or (
            bool(path) and not os.access(path, os.W_OK)
        )
        names = [str(table) for table in tables]
        version = sqlite3.sqlite_version
        return Access("", f"SQLite {version}", len(names), [], names if read_only else [], not read_only)

    def count_matching(self, table: QualifiedName, where: str | None, timeout_seconds: float) -> int:
        """Counted with writes refused (query_only) and aborted by a progress handler past the time limit."""
        query = f"SELECT count(*) FROM {self._quoted(table)}"  # noqa: S608
        if where is not None:
            query += f" WHERE ({where})"
        deadline = time.monotonic() + timeout_seconds
        self._conn.execute("PRAGMA query_only = ON")
        self._conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            # execute() runs exactly one statement: a trailing `; DROP …` is an error, not a second statement.
            row = self._conn.execute(query).fetchone()
        except sqlite3.Error as error:
            timed_out = time.monotonic() > deadline
            raise (slow_filter(table, timeout_seconds) if timed_out else bad_filter(table, str(error))) from None
        finally:
            self._conn.set_progress_handler(None, 0)
            self._conn.execute("PRAGMA query_only = OFF")
        return int(row[0])

    def count_rows(self, table: QualifiedName) -> int:
        row = self._conn.execute(f"SELECT count(*) FROM {self._quoted(table)}").fetchone()  # noqa: S608
        return int(row[0])

    def tables_with_rows(self, tables: Sequence[QualifiedName]) -> list[QualifiedName]:
        existing = {name.lower() for name in self._all_tables()}
        return [
            table
            for table in tables
            if self._name(table).lower() in existing
            and self._conn.execute(f"SELECT EXISTS (SELECT 1 FROM {self._quoted(table)})").fetchone()[0]  # noqa: S608
        ]

    def column_signatures(self, tables: Sequence[QualifiedName]) -> dict[QualifiedName, str]:
        existing = {name.lower() for name in self._all_tables()}
        out: dict[QualifiedName, str] = {}
        for table in tables:
            if self._name(table).lower() not in existing:
                continue
            rows = self._conn.execute(f"PRAGMA table_xinfo({self._quoted(table)})").fetchall()
            out[table] = ", ".join(
                f"{quote_ident(str(row[1]))} {str(row[2]).lower()}{' not null' if row[3] else ''}" for row in rows
            )
        return out

    def identity(self) -> str | None:
        """The file's device and inode: the same file whatever path, symlink or hard link names it."""
        path = self._conn.execute("PRAGMA database_list").fetchone()[2]
        if not path:  # :memory: (or a temporary database): this connection's alone
            return None
        try:
            found = os.stat(path)  # follows symlinks
        except OSError:
            return f"sqlite:{os.path.realpath(path)}"
        return f"sqlite:{found.st_dev}:{found.st_ino}"

    def export_snapshot(self) -> str | None:
        """SQLite cannot share a read transaction between connections: None."""
        return None

    def use_snapshot(self, snapshot: str) -> None:
        """Never called for SQLite (it exports no snapshots): RunError."""
        raise RunError(
            f"a SQLite source cannot join snapshot {snapshot!r}", fix="this is a bug: SQLite exports no snapshots"
        )

    # -- destination --------------------------------------------------------------------------
    def create_schema(
        self, source: Schema, tables: Sequence[Table], phase: SchemaPhase = "all", origin: SchemaOrigin | None = None
    ) -> None:
        self._names.clear()
        self._transaction(create_statements(source, tables, phase))

    def truncate(self, tables: Sequence[QualifiedName], cascade: bool) -> None:
        """Empty `tables` at once; refuse (and keep everything) when that would orphan rows of other tables."""
        names = [self._name(table) for table in tables]
        emptied = {name.casefold() for name in names}
        # With FKs on, each DELETE would check every referencing row; the tables are emptied together instead,
        # and the tables outside the set that reference them are checked once at the end.
        children = [
            child for child in self._all_tables() if child.casefold() not in emptied and self._refers(child, emptied)
        ]
        self._conn.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
        try:
            self._conn.execute("BEGIN")
            try:
                for name in names:
                    self._conn.execute(f"DELETE FROM {quote_ident(name)}")  # noqa: S608
                for child in children:
                    self._refuse_orphans(child, emptied)
                self._conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    def write_batch(
        self,
        table: Table,
        columns: Sequence[Column],
        batch: pa.RecordBatch,
        on_conflict: OnConflict,
        check_foreign_keys: bool = True,
        require_parents: Sequence[ForeignKey] = (),
    ) -> int:
        names = [column.name for column in columns]
        placeholders = ", ".join("?" * len(names))
        sql = f"INSERT INTO {self._quoted(table.name)} ({quote_list(names)}) VALUES ({placeholders})"  # noqa: S608
        if require_parents:
            # Rows go through a staging table so that a set-based INSERT … SELECT can drop the orphans.
            checks = " AND ".join(self._parent_exists(fk) for fk in require_parents)
            sql = (
                f"INSERT INTO {self._quoted(table.name)} ({quote_list(names)}) "  # noqa: S608
                f"SELECT {quote_list(names)} FROM temp.lookalike_stage AS s WHERE {checks}"
            )
        key = table.row_key
        if on_conflict == "nothing":
            sql += " ON CONFLICT DO NOTHING"
        elif on_conflict == "update" and key:
            others = [name for name in names if name not in key]
            sets = ", ".join(f"{quote_ident(n)} = excluded.{quote_ident(n)}" for n in others)
            sql += f" ON CONFLICT ({quote_list(key)}) DO " + (f"UPDATE SET {sets}" if others else "NOTHING")
        if require_parents:
            return self._write_staged(table, names, sql, columns, batch)
        if check_foreign_keys or self._checks_off:
            return self._executemany(sql, columns, batch)
        self._conn.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
        try:
            return self._executemany(sql, columns, batch)
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    def can_skip_foreign_keys(self) -> bool:
        return True

    def update_batch(
        self,
        table: Table,
        key: Sequence[Column],
        values: Sequence[Column],
        batch: pa.RecordBatch,
        require_parents: Sequence[ForeignKey] = (),
    ) -> int:
        sets = ", ".join(f"{quote_ident(c.name)} = ?" for c in values)
        where = " AND ".join(f"{quote_ident(c.name)} = ?" for c in key)
        sql = f"UPDATE {self._quoted(table.name)} SET {sets} WHERE {where}"  # noqa: S608
        if require_parents:
            # The new values as a row `s`: an orphan keeps the NULL it was inserted with.
            names = ", ".join(f"? AS {quote_ident(c.name)}" for c in values)
            checks = " AND ".join(self._parent_exists(fk) for fk in require_parents)
            sql += f" AND EXISTS (SELECT 1 FROM (SELECT {names}) AS s WHERE {checks})"  # noqa: S608
            reordered = batch.select(
                [*range(len(key), len(key) + len(values)), *range(len(key)), *range(len(key), len(key) + len(values))]
            )
            return self._executemany(sql, [*values, *key, *values], reordered)
        # The batch holds key columns first; the statement binds the SET values first.
        reordered = batch.select([*range(len(key), len(key) + len(values)), *range(len(key))])
        return self._executemany(sql, [*values, *key], reordered)

    def delete_orphans(self, table: Table, fk: ForeignKey) -> int:
        present = " AND ".join(f"c.{quote_ident(col)} IS NOT NULL" for col in fk.columns)
        match = " AND ".join(
            f"p.{quote_ident(ref)} = c.{quote_ident(col)}" for col, ref in zip(fk.columns, fk.ref_columns, strict=True)
        )
        statement = (
            f"DELETE FROM {self._quoted(table.name)} AS c WHERE {present} "  # noqa: S608
            f"AND NOT EXISTS (SELECT 1 FROM {self._quoted(fk.ref_table)} AS p WHERE {match})"
        )
        self._conn.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
        try:
            with self._block():
                deleted = self._conn.execute(statement).rowcount
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")
        return max(deleted, 0)

    def finalize_table(self, table: Table, reorder_by_key: bool = False) -> None:
        """Move an AUTOINCREMENT table's counter past its largest rowid (other tables need nothing).

        `reorder_by_key` needs nothing for a table whose key is its rowid (stored in key order); other tables keep
        the order their batches were written in (each batch sorted by its transformed key)."""
        name = self._name(table.name)
        if not self._conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
            return
        if not self._conn.execute("SELECT 1 FROM sqlite_sequence WHERE name = ?", (name,)).fetchone():
            return
        self._transaction(
            [
                f"UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(rowid) FROM {quote_ident(name)}), 0)) "  # noqa: S608
                f"WHERE name = '{name.replace(chr(39), chr(39) * 2)}'"
            ]
        )

    def check_subset(self, plan: SubsetPlan, tables: Mapping[QualifiedName, Table]) -> None:
        raise ConfigError(
            "subsetting needs a PostgreSQL source (it computes the kept rows inside the source database)",
            where="tables.*.where / percent / limit",
            fix="remove the filters, or load the data into PostgreSQL first",
        )

    def compute_subset(
        self, plan: SubsetPlan, tables: Mapping[QualifiedName, Table], materialize: str | None
    ) -> SubsetResult:
        self.check_subset(plan, tables)
        raise AssertionError("unreachable")

    def drop_subset(self, tag: str) -> None:
        return None

    def count_fk_violations(self, table: Table, fk: ForeignKey) -> int:
        present = " AND ".join(f"c.{quote_ident(col)} IS NOT NULL" for col in fk.columns)
        match = " AND ".join(
            f"p.{quote_ident(ref)} = c.{quote_ident(col)}" for col, ref in zip(fk.columns, fk.ref_columns, strict=True)
        )
        sql = (
            f"SELECT count(*) FROM {self._quoted(table.name)} AS c WHERE {present} "  # noqa: S608
            f"AND NOT EXISTS (SELECT 1 FROM {self._quoted(fk.ref_table)} AS p WHERE {match})"
        )
        return int(self._conn.execute(sql).fetchone()[0])

    # -- helpers ------------------------------------------------------------------------------
    def _name(self, table: QualifiedName) -> str:
        """The SQLite table holding `table`: `schema__name` when create_schema made that, else the bare name."""
        if table.schema is None:
            return table.name
        if table not in self._names:
            prefixed = prefixed_name(table)
            found = self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", (prefixed,)
            ).fetchone()
            self._names[table] = str(found[0]) if found else table.name
        return self._names[table]

    def _quoted(self, table: QualifiedName) -> str:
        return quote_ident(self._name(table))

    def _all_tables(self) -> list[str]:
        rows = self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
        return [str(name) for (name,) in rows]

    def _refuse_orphans(self, child: str, emptied: set[str]) -> None:
        for _table, _rowid, parent, _fk in self._conn.execute(f"PRAGMA foreign_key_check({quote_ident(child)})"):
            if str(parent).casefold() in emptied:
                raise RunError(
                    f"emptying {parent} would leave rows of {child} pointing at nothing",
                    where=child,
                    fix=f"include {child} in the job, or empty it first",
                )

    def _refers(self, child: str, parents: set[str]) -> bool:
        fks = self._conn.execute(f"PRAGMA foreign_key_list({quote_ident(child)})").fetchall()
        return any(str(row[2]).casefold() in parents for row in fks)

    def _executemany(self, sql: str, columns: Sequence[Column], batch: pa.RecordBatch) -> int:
        if batch.num_rows == 0:
            return 0
        values = [to_python(column, batch.column(i)) for i, column in enumerate(columns)]
        with self._block():
            cursor = self._conn.executemany(sql, zip(*values, strict=True))
        return max(cursor.rowcount, 0)

    def _parent_exists(self, fk: ForeignKey) -> str:
        nulls = " OR ".join(f"s.{quote_ident(c)} IS NULL" for c in fk.columns)
        match = " AND ".join(
            f"p.{quote_ident(r)} = s.{quote_ident(c)}" for c, r in zip(fk.columns, fk.ref_columns, strict=True)
        )
        return f"({nulls} OR EXISTS (SELECT 1 FROM {self._quoted(fk.ref_table)} AS p WHERE {match}))"  # noqa: S608

    def _write_staged(
        self, table: Table, names: list[str], insert: str, columns: Sequence[Column], batch: pa.RecordBatch
    ) -> int:
        """Stage the batch in a temp table, then run `insert` (an INSERT … SELECT from it); rows inserted."""
        if batch.num_rows == 0:
            return 0
        values = [to_python(column, batch.column(i)) for i, column in enumerate(columns)]
        stage = f"INSERT INTO temp.lookalike_stage VALUES ({', '.join('?' * len(names))})"  # noqa: S608
        with self._block():
            self._conn.execute(
                f"CREATE TEMP TABLE lookalike_stage AS SELECT {quote_list(names)} "  # noqa: S608
                f"FROM {self._quoted(table.name)} WHERE 0"
            )
            self._conn.executemany(stage, zip(*values, strict=True))
            written = self._conn.execute(insert).rowcount
            self._conn.execute("DROP TABLE temp.lookalike_stage")
        return max(written, 0)

    def _rollback(self) -> None:
        # Some errors (a full disk, an interrupt) end the transaction themselves.
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def _transaction(self, statements: Sequence[str]) -> None:
        with self._block():
            for statement in statements:
                self._conn.execute(statement)

    @contextlib.contextmanager
    def _block(self) -> Iterator[None]:
        """A transaction, or a savepoint inside the one `transaction()` holds open."""
        savepoint = f"lookalike_{self._depth}" if self._depth else None
        self._conn.execute(f"SAVEPOINT {savepoint}" if savepoint else "BEGIN")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if savepoint is None:
                self._rollback()
            else:
                self._conn.execute(f"ROLLBACK TO {savepoint}")
                self._conn.execute(f"RELEASE {savepoint}")
            raise
        self._depth -= 1
        self._conn.execute(f"RELEASE {savepoint}" if savepoint else "COMMIT")

    # -- checkpoints (a run's progress, committed with the rows) --------------------------------
    @contextlib.contextmanager
    def transaction(self, check_foreign_keys: bool = True) -> Iterator[None]:
        if not check_foreign_keys:
            self._conn.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
        self._checks_off = not check_foreign_keys
        try:
            with self._block():
                yield
        finally:
            self._checks_off = False
            if not check_foreign_keys:
                self._conn.execute("PRAGMA foreign_keys = ON")

    def prepare_checkpoints(self) -> None:
        self._transaction(
            [
                f"CREATE TABLE IF NOT EXISTS {_CHECKPOINTS} (run_id TEXT, step_id TEXT, after_key TEXT, "
                "rows INTEGER NOT NULL, skipped INTEGER NOT NULL, done INTEGER NOT NULL, "
                "updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, version INTEGER NOT NULL DEFAULT 1, "
                "PRIMARY KEY (run_id, step_id))"
            ]
        )
        columns = {row[1] for row in self._conn.execute(f"PRAGMA table_info({_CHECKPOINTS})")}
        if "updated_at" not in columns:  # made by an older version
            self._transaction([f"ALTER TABLE {_CHECKPOINTS} ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"])
        if "version" not in columns:  # likewise: each checkpoint it left counts as saved once
            self._transaction([f"ALTER TABLE {_CHECKPOINTS} ADD COLUMN version INTEGER NOT NULL DEFAULT 1"])
        self._transaction(
            [
                f"DELETE FROM {_CHECKPOINTS} WHERE updated_at < "  # noqa: S608
                f"datetime('now', '-{int(CHECKPOINT_RETENTION_DAYS)} days')"
            ]
        )

    def load_checkpoint(self, run_id: str, step_id: str) -> Checkpoint | None:
        row = self._conn.execute(
            f"SELECT after_key, rows, skipped, done, version FROM {_CHECKPOINTS} "  # noqa: S608
            "WHERE run_id = ? AND step_id = ?",
            (run_id, step_id),
        ).fetchone()
        if row is None:
            return None
        after = None if row[0] is None else tuple(str(value) for value in json.loads(row[0]))
        return Checkpoint(after, int(row[1]), int(row[2]), bool(row[3]), int(row[4]))

    def save_checkpoint(self, run_id: str, step_id: str, checkpoint: Checkpoint, expected_version: int) -> int:
        after = None if checkpoint.after is None else json.dumps(list(checkpoint.after))
        values = (after, checkpoint.rows, checkpoint.skipped, int(checkpoint.done))
        if expected_version == 0:  # the first save: the key is unique, so of two first attempts one inserts
            statement = (
                f"INSERT INTO {_CHECKPOINTS} (after_key, rows, skipped, done, run_id, step_id, version, "  # noqa: S608
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, CURRENT_TIMESTAMP) ON CONFLICT (run_id, step_id) DO NOTHING"
            )
            params: tuple[object, ...] = (*values, run_id, step_id)
        else:
            statement = (
                f"UPDATE {_CHECKPOINTS} SET after_key = ?, rows = ?, skipped = ?, done = ?, "  # noqa: S608
                "version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE run_id = ? AND step_id = ? AND version = ?"
            )
            params = (*values, run_id, step_id, expected_version)
        with self._block():
            saved = self._conn.execute(statement, params).rowcount
        if saved != 1:
            file = self._conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:"
            raise stale_checkpoint(f"{file} ({CHECKPOINT_NAMESPACE}_checkpoint)", step_id, expected_version)
        return expected_version + 1

    def clear_checkpoints(self, run_id: str) -> None:
        self._transaction_params(f"DELETE FROM {_CHECKPOINTS} WHERE run_id = ?", (run_id,))  # noqa: S608

    def _transaction_params(self, statement: str, params: Sequence[object]) -> None:
        with self._block():
            self._conn.execute(statement, params)
