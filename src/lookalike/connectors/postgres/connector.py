"""The PostgreSQL connector: psycopg 3 for catalog, DDL and COPY writes; ADBC for reading into Arrow."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

import psycopg
import pyarrow as pa
from psycopg import sql

from lookalike.connectors import session as run_sessions
from lookalike.connectors.base import (
    Access,
    Capabilities,
    Checkpoint,
    ChunkCheckpoint,
    KeyRange,
    KeyText,
    OnConflict,
    SchemaOrigin,
    SchemaPhase,
    dialect_of,
    redact_url,
)
from lookalike.connectors.postgres import (
    catalog,
    checkpoints,
    ddl,
    inspect,
    key_ranges,
    orphans,
    pgdump,
    reading,
    sessions,
    subset,
    writing,
)
from lookalike.connectors.postgres import wire as wire_sends
from lookalike.connectors.postgres.copy_binary import TargetType, typed_here
from lookalike.connectors.postgres.reading import names
from lookalike.connectors.postgres.reflect import reflect
from lookalike.connectors.postgres.snapshot import joining
from lookalike.core.errors import ConfigError
from lookalike.core.schema import Column, ForeignKey, QualifiedName, Schema, Table
from lookalike.core.subset import SubsetPlan, SubsetResult
from lookalike.core.urls import scrub_url

CAPABILITIES = Capabilities(
    dialect="postgres",
    supports_schemas=True,
    supports_copy=True,
    supports_deferrable_constraints=True,
    supports_truncate_cascade=True,
    supports_identity=True,
    supports_enums=True,
    max_identifier_length=63,
    max_concurrent_writers=None,
    supports_snapshots=True,
    raw_copy_format="postgres-binary",
    supports_subsets=True,
    adds_foreign_keys_after_data=True,
)


# Inside one transaction: FK triggers do not fire (used only for the tables of a NOT NULL cycle).
REPLICA_ROLE = "SET LOCAL session_replication_role = replica"


def next_value_after(extreme: int | None, start: int, increment: int) -> int | None:
    """Where a sequence goes once its columns' values are in: at their largest (smallest, descending) value, or
    None (back to its start) when they hold none past the start."""
    if extreme is None or (extreme < start if increment > 0 else extreme > start):
        return None
    return extreme


class PostgresConnector:
    """A PostgreSQL database as a source or destination."""

    capabilities = CAPABILITIES

    def __init__(self, conn: psycopg.Connection[Any], url: str, session: run_sessions.RunSession | None = None) -> None:
        self._conn = conn
        self._url = url
        self._adbc: Any = None
        self._snapshot: str | None = None
        self._types: dict[str, dict[str, TargetType]] = {}  # table → column → type, for binary COPY
        self._slow: set[tuple[QualifiedName, str]] = set()  # tables written by a route slower than binary COPY
        self._sends: dict[str, dict[str, wire_sends.Send]] = {}  # table → its columns that can travel as wire bytes
        # Opened in a run's step: every connection carries its name and statement timeout, and an interrupt
        # cancels whatever this connector's backends (psycopg, ADBC, asyncpg) are running.
        self._session = session
        self._pids: set[int] = {conn.info.backend_pid}
        self._own_pids: set[int] = {conn.info.backend_pid}  # psycopg's and ADBC's (the bulk drivers' come and go)
        if session is not None:
            try:
                session.attach(self)
            except BaseException:
                conn.close()
                raise

    @classmethod
    def open(cls, url: str, *, must_exist: bool = False) -> PostgresConnector:
        """Connect; ConfigError (never showing the password) when the server cannot be reached."""
        plain = sessions.libpq_url(url)
        session = run_sessions.current()
        try:
            conninfo = psycopg.conninfo.make_conninfo(plain, **sessions.psycopg_options(session))
            conn = psycopg.connect(conninfo, connect_timeout=10)
        except psycopg.Error as error:
            message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            message = scrub_url(scrub_url(message, plain), url)  # libpq may quote the URL or a part of it
            raise ConfigError(
                f"cannot connect to {redact_url(url)}: {message}",
                where=redact_url(url),
                fix="check host, port, database, user and password, and that the server is running",
            ) from None
        return cls(conn, plain, session)

    def close(self) -> None:
        if self._session is not None:
            self._session.detach(self)
        if self._adbc is not None:
            self._adbc.close()
            self._adbc = None
        self._conn.close()

    def interrupt(self) -> None:
        """Cancel what this connector's backends run now (called from another thread: deadline, shutdown)."""
        if self._session is not None:
            sessions.cancel_backends(self._url, list(self._pids), self._session.name)

    def end_sessions(self, name: str) -> int:
        return sessions.end_sessions(self._conn, name)

    def rejoin_session(self) -> bool:
        if self._session is not None:
            self._session.detach(self)
            self._session = None
        if self._conn.closed or self._conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            return False
        # Pids of the bulk drivers' connections of earlier steps, closed since: the server may give them to others.
        self._pids.intersection_update(self._own_pids)
        session = run_sessions.current()
        if session is not None:
            session.attach(self)
        self._session = session
        # The step's name and statement timeout, set for the session (not a transaction): committed at once.
        settings = sessions.session_settings(self._conn, session)
        self._conn.execute(settings)
        self._conn.commit()
        if self._adbc is not None:
            with self._adbc.cursor() as cursor:
                cursor.execute(settings)
            self._adbc.commit()
        return True

    def leave_session(self) -> bool:
        session, self._session = self._session, None
        if session is not None:
            session.detach(self)
        if self._conn.closed or self._conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            return False
        # An interrupted session may still send one more cancel (it repeats until its step ends): never reused.
        return session is None or session.interrupted is None

    def _run(self, statements: Sequence[sql.Composable | str], params: Any = None) -> None:
        with self._conn.transaction(), self._conn.cursor() as cur:
            for statement in statements:
                query: Any = statement if isinstance(statement, sql.Composable) else sql.SQL(statement)
                cur.execute(query, params)

    # -- source -------------------------------------------------------------------------------
    def reflect(self, schemas: Sequence[str] | None = None) -> Schema:
        return reflect(self._conn, schemas)

    def export_snapshot(self) -> str | None:
        # The exporting transaction must stay open for as long as readers import the snapshot (pg_dump -j).
        self._conn.rollback()
        self._conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        self._conn.read_only = True
        row = self._conn.execute("SELECT pg_export_snapshot()").fetchone()
        assert row is not None
        return str(row[0])

    def use_snapshot(self, snapshot: str) -> None:
        # Joining it once now tells a live snapshot from one whose holder died (crash, server restart).
        self._snapshot = snapshot
        with joining(snapshot), self._conn.transaction(), self._conn.cursor() as cur:
            for statement in self.snapshot_statements():
                cur.execute(sql.SQL(statement))

    def snapshot_statements(self) -> list[str]:
        """What a reader's transaction runs first to see the run's snapshot (empty without one)."""
        if self._snapshot is None:
            return []
        return [
            "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ",
            sql.SQL("SET TRANSACTION SNAPSHOT {}").format(sql.Literal(self._snapshot)).as_string(self._conn),
        ]

    def key_bound(self, table: Table, after: KeyText | None, count: int, exact: bool = False) -> KeyText | None:
        key = table.row_key
        assert key, "only tables with a row key are read in ranges"
        estimated = None if exact else key_ranges.estimated_bound(self._conn, table, after, count)
        if estimated is not None:
            return estimated or None
        # Aliased: an output column named like a key column would make ORDER BY sort the text, not the key.
        query = sql.SQL("SELECT {} FROM {}{} ORDER BY {} OFFSET %s LIMIT 1").format(
            sql.SQL(", ").join(
                sql.SQL("{}::text AS {}").format(sql.Identifier(name), sql.Identifier(f"lookalike_key_{i}"))
                for i, name in enumerate(key)
            ),
            ddl.ident(table.name),
            key_ranges.key_filter(table, KeyRange(after=after)),
            names(key),
        )
        with joining(self._snapshot), self._conn.transaction(), self._conn.cursor() as cur:
            for statement in self.snapshot_statements():
                cur.execute(sql.SQL(statement))
            row = cur.execute(query, (count - 1,)).fetchone()
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
        if self._adbc is None:
            self._adbc, pid = sessions.connect_adbc(self._url, self._session)
            self._pids.add(pid)
            self._own_pids.add(pid)
        wire: dict[str, wire_sends.Send] = {}
        if native_wire and native_text:
            key = ddl.ident(table.name).as_string(self._conn)
            if key not in self._sends:
                self._sends[key] = wire_sends.sends(self._conn, ddl.ident(table.name), table.columns)
            routes = self._sends[key]
            # Types ADBC decodes exactly and cheaply are read decoded; the others as their wire bytes.
            native_text = frozenset(n for n in native_text if n not in routes or not routes[n].decoded)
            wire = {name: send for name, send in routes.items() if name in native_text}
        query = reading.select_sql(self._conn, table, columns, native_text, wire, key_range)
        cursor = self._adbc.cursor()
        # ADBC's batches of 4 MB, not its default 16: measured on the 1M-row masked sync, peak RSS 364 → 327 MB
        # (medians of 2) and no slower; every batch is re-cut to batch_rows anyway.
        cursor.adbc_statement.set_options(**{"adbc.postgresql.batch_size_hint_bytes": str(4 << 20)})
        try:
            with joining(self._snapshot):
                for statement in self.snapshot_statements():
                    cursor.execute(statement)
            yield from reading.batches(cursor, query, reading.read_schema(columns, native_text, wire), wire, batch_rows)
        finally:
            cursor.close()
            if self._adbc is not None:  # a reader abandoned mid-table may be finalized after close()
                self._adbc.rollback()

    def access(self, tables: Sequence[QualifiedName]) -> Access:
        return inspect.access(self._conn, tables)

    def count_matching(self, table: QualifiedName, where: str | None, timeout_seconds: float) -> int:
        return inspect.count_matching(self._conn, table, where, timeout_seconds)

    def tables_with_rows(self, tables: Sequence[QualifiedName]) -> list[QualifiedName]:
        return inspect.tables_with_rows(self._conn, tables)

    def identity(self) -> str | None:
        return inspect.identity(self._conn)

    def column_signatures(self, tables: Sequence[QualifiedName]) -> dict[QualifiedName, str]:
        return inspect.column_signatures(self._conn, tables)

    def count_rows(self, table: QualifiedName) -> int:
        with self._conn.cursor() as cur:
            row = cur.execute(sql.SQL("SELECT count(*) FROM {}").format(ddl.ident(table))).fetchone()
        self._conn.rollback()
        assert row is not None
        return int(row[0])

    # -- destination --------------------------------------------------------------------------
    def create_schema(
        self, source: Schema, tables: Sequence[Table], phase: SchemaPhase = "all", origin: SchemaOrigin | None = None
    ) -> None:
        """From a live PostgreSQL source: its pg_dump (pgdump.py says why); otherwise from the model (ddl.py)."""
        if origin is not None and source.dialect == "postgres" and dialect_of(origin.url) == "postgres":
            pgdump.copy_schema(
                self._url, replace(origin, url=sessions.libpq_url(origin.url)), source.schemas, tables, phase
            )
            return
        with self._conn.cursor() as cur:
            types = frozenset(cur.execute(catalog.EXISTING_TYPES).fetchall())
            fks = cur.execute(catalog.EXISTING_FOREIGN_KEYS).fetchall()
        self._conn.rollback()
        existing = ddl.Existing(
            types=types,
            fk_names=frozenset((schema, table, name) for schema, table, name, _ in fks),
            fk_columns=frozenset((schema, table, tuple(columns)) for schema, table, _, columns in fks),
        )
        self._run(ddl.schema_statements(source, tables, existing, phase))

    def truncate(self, tables: Sequence[QualifiedName], cascade: bool) -> None:
        if not tables:
            return
        statement = sql.SQL("TRUNCATE {}{}").format(
            sql.SQL(", ").join(ddl.ident(name) for name in tables), sql.SQL(" CASCADE" if cascade else "")
        )
        self._run([statement])

    def _copy(
        self,
        cur: psycopg.Cursor[Any],
        target: sql.Composable,
        columns: Sequence[Column],
        batch: pa.RecordBatch,
        table: QualifiedName,
    ) -> None:
        types = typed_here(self._conn, ddl.ident(table), columns, self._types)
        route = writing.copy_batch(cur, target, columns, batch, types)
        if route != "binary" and (table, route) not in self._slow:
            self._slow.add((table, route))
            writing.log.info("%s: a batch went as %s COPY (a column binary COPY does not cover)", table, route)

    def _merge_sql(
        self, table: Table, columns: Sequence[Column], on_conflict: OnConflict, require_parents: Sequence[ForeignKey]
    ) -> tuple[str, str] | None:
        """(create staging table, insert from it), or None when a plain COPY is right.

        The insert skips rows whose parent is missing (`require_parents`) and handles key conflicts.
        """
        key = table.row_key
        conflict = on_conflict != "error" and bool(key)
        if not conflict and not require_parents:
            return None
        target, stage = ddl.ident(table.name), sql.Identifier("lookalike_stage")
        create = sql.SQL("CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM {} WITH NO DATA").format(
            stage, names(columns), target
        )
        overriding = sql.SQL(" OVERRIDING SYSTEM VALUE" if any(c.identity for c in columns) else "")
        where: sql.Composable = sql.SQL("")
        if require_parents:
            where = sql.SQL(" WHERE {}").format(
                sql.SQL(" AND ").join(orphans.parent_exists(fk) for fk in require_parents)
            )
        action: sql.Composable = sql.SQL("")
        others = [c.name for c in columns if c.name not in (key or ())]
        if conflict and on_conflict == "update" and others:
            action = sql.SQL(" ON CONFLICT ({}) DO UPDATE SET {}").format(
                names(key or ()),
                sql.SQL(", ").join(
                    sql.SQL("{} = EXCLUDED.{}").format(sql.Identifier(n), sql.Identifier(n)) for n in others
                ),
            )
        elif conflict:
            action = sql.SQL(" ON CONFLICT DO NOTHING")
        merge = sql.SQL("INSERT INTO {} ({}){} SELECT {} FROM {} AS s{}{}").format(
            target, names(columns), overriding, names(columns), stage, where, action
        )
        return create.as_string(self._conn), merge.as_string(self._conn)

    def write_batch(
        self,
        table: Table,
        columns: Sequence[Column],
        batch: pa.RecordBatch,
        on_conflict: OnConflict,
        check_foreign_keys: bool = True,
        require_parents: Sequence[ForeignKey] = (),
    ) -> int:
        if batch.num_rows == 0:
            return 0
        merge = self._merge_sql(table, columns, on_conflict, require_parents)
        with self._conn.transaction(), self._conn.cursor() as cur:
            if not check_foreign_keys:
                cur.execute(REPLICA_ROLE)
            if merge is None:
                self._copy(cur, ddl.ident(table.name), columns, batch, table.name)
                copied: int = batch.num_rows
                return copied
            cur.execute(merge[0])
            self._copy(cur, sql.Identifier("lookalike_stage"), columns, batch, table.name)
            cur.execute(merge[1])
            written: int = max(cur.rowcount, 0)
            cur.execute("DROP TABLE lookalike_stage")  # inside a longer transaction the next batch stages again
            return written

    @contextlib.contextmanager
    def transaction(self, check_foreign_keys: bool = True) -> Iterator[None]:
        # Writes inside open their own `transaction()` blocks, which psycopg turns into savepoints.
        with self._conn.transaction():
            if not check_foreign_keys:
                self._conn.execute(REPLICA_ROLE)
            yield

    def prepare_checkpoints(self) -> None:
        self._run(checkpoints.prepare_statements(self._conn))

    def load_checkpoint(self, run_id: str, step_id: str) -> Checkpoint | None:
        return checkpoints.load(self._conn, run_id, step_id)

    def save_checkpoint(self, run_id: str, step_id: str, checkpoint: Checkpoint, expected_version: int) -> int:
        if not checkpoint.done and self._conn.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS:
            # A chunk's transaction (rows and checkpoint together) need not wait for its WAL flush. Safe: a commit
            # lost in a server crash loses the chunk's rows and its checkpoint together, so the next attempt reads
            # the checkpoint before it and copies the chunk again (versions make the retry's claim fail on nothing
            # else). The table's last chunk (done) commits synchronously, and its flush takes every earlier
            # commit of this server with it: once a step reports the table done, all of it is durable.
            self._conn.execute("SET LOCAL synchronous_commit = off")
        return checkpoints.save(self._conn, self._url, run_id, step_id, checkpoint, expected_version)

    def clear_checkpoints(self, run_id: str) -> None:
        self._run([checkpoints.clear_sql()], (run_id,))

    def can_skip_foreign_keys(self) -> bool:
        # FK checks are triggers; session_replication_role = replica skips them and needs a superuser.
        with self._conn.cursor() as cur:
            row = cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
        self._conn.rollback()
        return bool(row and row[0])

    # -- raw binary relay (PostgreSQL → PostgreSQL, nothing transformed) ---------------------------
    def raw_chunks(
        self, table: Table, columns: Sequence[Column], key_range: KeyRange | None = None
    ) -> AsyncIterator[bytes]:
        """The table's rows (within `key_range`) as binary COPY bytes, in the run's snapshot."""
        query = sql.SQL("SELECT {} FROM {}{}").format(
            names(columns), ddl.ident(table.name), key_ranges.key_filter(table, key_range)
        )
        if table.row_key:
            query = sql.SQL("{} ORDER BY {}").format(query, names(table.row_key))
        from lookalike.connectors.postgres import raw  # asyncpg loads only when a table is relayed

        settings = sessions.server_settings(self._session)
        return raw.read_chunks(self._url, self._snapshot, query.as_string(self._conn), settings, self._pids)

    async def raw_write(
        self,
        table: Table,
        columns: Sequence[Column],
        chunks: AsyncIterator[bytes],
        on_conflict: OnConflict,
        check_foreign_keys: bool = True,
        require_parents: Sequence[ForeignKey] = (),
        checkpoint: ChunkCheckpoint | None = None,
    ) -> int:
        """Write binary COPY bytes into the table (through staging for on_conflict nothing/update)."""
        from lookalike.connectors.postgres import raw

        merge = self._merge_sql(table, columns, on_conflict, require_parents)
        saves = None
        if checkpoint is not None:
            # Claimed before the COPY, from the version the chunk read; then, once the rows are counted, saved over
            # the claimed version (asyncpg binds $1, the rows this write moved; the rest is composed here).
            run, step, mark, expected = (
                checkpoint.run_id,
                checkpoint.step_id,
                checkpoint.checkpoint,
                checkpoint.expected_version,
            )
            claim = checkpoints.save_sql(run, step, mark, expected)
            after = checkpoints.save_sql(run, step, mark, expected + 1, sql.SQL("$1::bigint + "))
            saves = raw.CheckpointSaves(
                claim.as_string(self._conn), after.as_string(self._conn), checkpoints.stale(self._url, step, expected)
            )
        return await raw.write_chunks(
            self._url,
            (table.name.schema or "public", table.name.name),
            [c.name for c in columns],
            chunks,
            on_conflict,
            merge[1] if merge else None,
            merge[0] if merge else None,
            None if check_foreign_keys else REPLICA_ROLE,
            saves,
            sessions.server_settings(self._session),
            self._pids,
        )

    def update_batch(
        self,
        table: Table,
        key: Sequence[Column],
        values: Sequence[Column],
        batch: pa.RecordBatch,
        require_parents: Sequence[ForeignKey] = (),
    ) -> int:
        if batch.num_rows == 0:
            return 0
        target, stage = ddl.ident(table.name), sql.Identifier("lookalike_update")
        columns = [*key, *values]
        with self._conn.transaction(), self._conn.cursor() as cur:
            cur.execute(
                sql.SQL("CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM {} WITH NO DATA").format(
                    stage, names(columns), target
                )
            )
            self._copy(cur, stage, columns, batch, table.name)
            cur.execute(
                sql.SQL("UPDATE {} AS t SET {} FROM {} AS s WHERE {}").format(
                    target,
                    sql.SQL(", ").join(
                        sql.SQL("{} = s.{}").format(sql.Identifier(c.name), sql.Identifier(c.name)) for c in values
                    ),
                    stage,
                    sql.SQL(" AND ").join(
                        [
                            *(
                                sql.SQL("t.{} = s.{}").format(sql.Identifier(c.name), sql.Identifier(c.name))
                                for c in key
                            ),
                            # An orphan keeps the NULL it was inserted with (a self-reference's parent may have
                            # been dropped, or never existed).
                            *(orphans.parent_exists(fk) for fk in require_parents),
                        ]
                    ),
                )
            )
            updated = max(cur.rowcount, 0)
            cur.execute(sql.SQL("DROP TABLE {}").format(stage))
            return updated

    def delete_orphans(self, table: Table, fk: ForeignKey) -> int:
        replica = self.can_skip_foreign_keys()
        with self._conn.transaction(), self._conn.cursor() as cur:
            if replica:
                cur.execute(REPLICA_ROLE)
            cur.execute(sql.SQL("DELETE FROM {} AS c WHERE {}").format(ddl.ident(table.name), orphans.orphan(fk)))
            deleted: int = max(cur.rowcount, 0)
            return deleted

    def finalize_table(self, table: Table, reorder_by_key: bool = False) -> None:
        if reorder_by_key:
            ddl.reorder_by_primary_key(self._conn, table)
        # The destination's catalog says which columns draw from a sequence (identity, serial, nextval default),
        # whatever the source was.
        schema, name = table.name.schema or "public", table.name.name
        with self._conn.transaction(), self._conn.cursor() as cur:
            found = cur.execute(catalog.TABLE_OID, (schema, name)).fetchone()
            if found is None:
                return
            fed = cur.execute(catalog.TABLE_SEQUENCES, {"oids": [found[0]]}).fetchall()
            for _column, seq_schema, seq_name, start, increment in fed:
                sequence = sql.Identifier(seq_schema, seq_name).as_string(cur)
                # Every table drawing from it counts, not only this one: a shared sequence loaded last by an empty
                # table must stay past the others' values.
                users = cur.execute(catalog.SEQUENCE_USERS, {"seq": sequence}).fetchall()
                if not users:
                    continue
                extreme = sql.SQL("max" if increment > 0 else "min")
                union = sql.SQL(" UNION ALL ").join(
                    sql.SQL("SELECT {}({})::bigint FROM {}").format(
                        extreme, sql.Identifier(column), sql.Identifier(user_schema, user_table)
                    )
                    for user_schema, user_table, column in users
                )
                reached = cur.execute(sql.SQL("SELECT {}(v) FROM ({}) AS x(v)").format(extreme, union)).fetchone()
                value = next_value_after(reached[0] if reached else None, start, increment)
                cur.execute(
                    "SELECT setval(%s::regclass, %s, %s)",
                    (sequence, start if value is None else value, value is not None),
                )

    # -- subsets (connectors/postgres/subset.py) ----------------------------------------------------
    def check_subset(self, plan: SubsetPlan, tables: Mapping[QualifiedName, Table]) -> None:
        subset.check_filters(self._conn, plan, dict(tables))

    def compute_subset(
        self, plan: SubsetPlan, tables: Mapping[QualifiedName, Table], materialize: str | None
    ) -> SubsetResult:
        statements = self.snapshot_statements()
        return subset.compute(self._conn, plan, dict(tables), statements, self._snapshot, materialize)

    def drop_subset(self, tag: str) -> None:
        subset.drop_copies(self._conn, tag)

    def count_fk_violations(self, table: Table, fk: ForeignKey) -> int:
        query = sql.SQL("SELECT count(*) FROM {} AS c WHERE {}").format(ddl.ident(table.name), orphans.orphan(fk))
        with self._conn.cursor() as cur:
            row = cur.execute(query).fetchone()
        self._conn.rollback()
        assert row is not None
        return int(row[0])
