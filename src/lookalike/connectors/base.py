"""The one Protocol every dialect implements, plus the capabilities that describe its differences."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Literal, Protocol

import pyarrow as pa

from lookalike.core.errors import ConfigError, RunError
from lookalike.core.schema import Column, ForeignKey, QualifiedName, Schema, Table
from lookalike.core.subset import SubsetPlan, SubsetResult
from lookalike.core.urls import redact_url as redact_url  # re-exported: connectors name it from here

OnConflict = Literal["nothing", "update", "error"]
# `all` creates everything; `tables` everything but secondary indexes and FKs, which `constraints` adds after the
# data (building them once over loaded tables is faster than maintaining them row by row).
SchemaPhase = Literal["all", "tables", "constraints"]


# Where a run records its progress in a destination: a schema (or table prefix) that reflection never shows.
CHECKPOINT_NAMESPACE = "_lookalike"
# Checkpoints of a run that failed and was never resumed are forgotten by the next run after this many days.
CHECKPOINT_RETENTION_DAYS = 30

KeyText = tuple[str, ...]  # a row key's values in the dialect's text form (what a checkpoint stores)


@dataclass(frozen=True)
class SchemaOrigin:
    """The live source a destination's schema is copied from, for a connector that copies DDL with its own
    dialect's tools (PostgreSQL → PostgreSQL: pg_dump) rather than generating it from the reflected model."""

    url: str  # the source's connection URL (a secret: never logged)
    owners: bool = False  # keep each object's owner (the roles must exist in the destination)
    privileges: bool = False  # keep GRANTs and REVOKEs (likewise)


@dataclass(frozen=True)
class KeyRange:
    """Rows whose row key is > `after` (all when None) and <= `upto` (no bound when None), in key order."""

    after: KeyText | None = None
    upto: KeyText | None = None


@dataclass(frozen=True)
class Checkpoint:
    """How far a run's step got in one destination; written in the same transaction as the rows it counts."""

    after: KeyText | None  # the last row key written; None before the first chunk
    rows: int  # source rows done so far
    skipped: int  # of those, rows the destination dropped (missing parent, conflict)
    done: bool
    # How many times the step's checkpoint was saved in this destination when it was read (0: none stored yet, or
    # not read from a store). A save names the version it started from, so a stale attempt cannot commit.
    version: int = 0


@dataclass(frozen=True)
class ChunkCheckpoint:
    """The checkpoint a chunk commits with its rows in one destination, and the stored version it started from."""

    run_id: str
    step_id: str
    checkpoint: Checkpoint
    expected_version: int  # the version the chunk read (0: no checkpoint stored yet)


class SnapshotLostError(RunError):
    """The run's exported snapshot is gone (its holder died): the run must take a new one."""


class StaleCheckpointError(RunError):
    """A chunk's checkpoint moved on since the chunk read it: another attempt of the same chunk committed first.

    The chunk's transaction rolls back (rows and checkpoint); a retry reads the newer checkpoint and goes on."""


def stale_checkpoint(where: str, step_id: str, expected_version: int) -> StaleCheckpointError:
    """The error every destination raises when a checkpoint's compare-and-set finds another version stored."""
    started = f"version {expected_version}" if expected_version else "no checkpoint"
    return StaleCheckpointError(
        f"the checkpoint of {step_id} moved on since this chunk read it ({started}): another attempt committed "
        "the chunk first, so this one rolled back",
        where=where,
        fix="nothing to fix: the chunk is retried from the newer checkpoint",
    )


@dataclass(frozen=True)
class Capabilities:
    """What a dialect can do; the engine branches on these, never on the dialect's name."""

    dialect: str
    supports_schemas: bool
    supports_copy: bool
    supports_deferrable_constraints: bool
    supports_truncate_cascade: bool
    supports_identity: bool
    supports_enums: bool
    max_identifier_length: int
    max_concurrent_writers: int | None  # None: unbounded; SQLite allows one writer at a time
    supports_snapshots: bool = False  # readers on several connections can share one exported snapshot
    raw_copy_format: str | None = None  # sources and destinations with the same format can relay bytes as-is
    supports_subsets: bool = False  # computes a subset's closure itself (as a source)
    # Foreign keys are added to tables after their rows, validating every row then (PostgreSQL's ALTER TABLE …
    # ADD FOREIGN KEY); False where they are part of CREATE TABLE and checked as each row is written (SQLite).
    adds_foreign_keys_after_data: bool = False


@dataclass(frozen=True)
class Access:
    """What the connection's user may do: read which tables, write which, create tables."""

    user: str
    server: str
    tables: int
    unreadable: list[str]
    unwritable: list[str]
    can_create: bool


class Connector(Protocol):
    """A connection to one database, used as a source, a destination or both.

    Batches are `pyarrow.RecordBatch`es whose columns have the canonical types of
    `lookalike.core.canonical`. A connector never knows about transformers.
    """

    capabilities: Capabilities

    def close(self) -> None:
        """Release every connection."""

    def interrupt(self) -> None:
        """Cancel whatever statement this connector runs now; safe from another thread (deadline, shutdown)."""

    def end_sessions(self, name: str) -> int:
        """End every other session of this database named `name` (a run's, see `connectors.session`); how many."""

    def rejoin_session(self) -> bool:
        """Take up the run session current now (its name, statement timeout and interrupts): a pool hands this
        connection to another step of the run. False when it cannot serve again (closed, or mid-transaction); the
        caller closes it then. SessionInterruptedError when the current session was interrupted already."""

    def leave_session(self) -> bool:
        """Leave the current step's session (going back to a pool: nothing interrupts an idle connection);
        whether it is clean to serve again (no transaction open, its session never interrupted)."""

    # -- as a source -------------------------------------------------------------------------
    def reflect(self, schemas: Sequence[str] | None = None) -> Schema:
        """Reflect tables, keys and types (of `schemas`, or of every non-system schema)."""

    def read_batches(
        self,
        table: Table,
        columns: Sequence[Column],
        batch_rows: int,
        native_text: frozenset[str] = frozenset(),
        key_range: KeyRange | None = None,
        native_wire: bool = False,
    ) -> Iterator[pa.RecordBatch]:
        """Stream `columns` of `table` ordered by its row key, at most `batch_rows` rows a batch.

        Columns named in `native_text` come as strings in the dialect's own text form instead of their canonical
        type: for copying into the same dialect without decoding and re-encoding them. With `native_wire` they may
        come in the dialect's binary wire form instead (an Arrow extension type only its own writer reads), where
        it has one. `key_range` (tables with a row key only) limits the rows read.
        """

    def key_bound(self, table: Table, after: KeyText | None, count: int, exact: bool = False) -> KeyText | None:
        """The row key about `count` rows past `after` in key order (None when fewer rows remain).

        `exact`: exactly `count` rows past (counted, never estimated from statistics)."""

    def count_rows(self, table: QualifiedName) -> int:
        """Exact row count."""

    def tables_with_rows(self, tables: Sequence[QualifiedName]) -> list[QualifiedName]:
        """Those of `tables` that hold at least one row (one cheap probe each, not a count)."""
        ...

    def column_signatures(self, tables: Sequence[QualifiedName]) -> dict[QualifiedName, str]:
        """Per existing table, its columns as the catalog says now (names, types, nullability) in one string: a
        run compares it with what it was planned from (a table missing is left out)."""
        ...

    def identity(self) -> str | None:
        """What names this database whatever the URL's spelling (host alias, role, options, symlink): two
        connectors with the same identity read and write the same rows. None: no stored database (a generated one,
        SQLite's `:memory:`), which is the same as nothing else."""
        ...

    def access(self, tables: Sequence[QualifiedName]) -> Access:
        """The privileges this connection's user has on `tables` (for "test connection")."""
        ...

    def count_matching(self, table: QualifiedName, where: str | None, timeout_seconds: float) -> int:
        """Rows of `table` the SQL filter `where` keeps, read-only and under a time limit; ConfigError when the
        filter does not run."""
        ...

    def export_snapshot(self) -> str | None:
        """Open a read transaction that other connections can join; its id (None where unsupported).

        The snapshot lives as long as this connector stays open.
        """

    def use_snapshot(self, snapshot: str) -> None:
        """Make every later read through this connector see the exported `snapshot`; SnapshotLostError if it is gone."""

    # -- as a destination --------------------------------------------------------------------
    def create_schema(
        self, source: Schema, tables: Sequence[Table], phase: SchemaPhase = "all", origin: SchemaOrigin | None = None
    ) -> None:
        """Create schemas, types, sequences and `tables` (with keys and FKs) unless they exist.

        `source` may be of another dialect: types then map through each column's `kind`. `origin`: the live
        source, for a connector that can copy the schema from a database of its own dialect exactly (views,
        functions, triggers, policies…), which the model does not describe.
        """

    def truncate(self, tables: Sequence[QualifiedName], cascade: bool) -> None:
        """Empty `tables` (all at once, so FK order does not matter)."""

    def transaction(self, check_foreign_keys: bool = True) -> AbstractContextManager[None]:
        """Writes made inside (write_batch, update_batch, save_checkpoint) commit together when it exits.

        `check_foreign_keys=False`: every write inside goes with FK checks off (see can_skip_foreign_keys).
        """

    def prepare_checkpoints(self) -> None:
        """Create the checkpoint store unless it exists (once per run, before any step writes), and forget the
        checkpoints not updated for CHECKPOINT_RETENTION_DAYS (runs that failed and were never resumed)."""

    def load_checkpoint(self, run_id: str, step_id: str) -> Checkpoint | None:
        """The checkpoint a run's step left in this destination, if any."""

    def save_checkpoint(self, run_id: str, step_id: str, checkpoint: Checkpoint, expected_version: int) -> int:
        """Record a step's progress (inside `transaction()`, so it commits with the rows it counts); its new version.

        A compare-and-set: it writes only while the stored checkpoint is still at `expected_version` (0: none
        stored yet), and stores it as the next version (`checkpoint.version` is not read); StaleCheckpointError
        otherwise. The saved row stays locked until the transaction ends, so a concurrent attempt waits and then
        finds it stale.
        """

    def clear_checkpoints(self, run_id: str) -> None:
        """Forget a finished run's checkpoints."""

    def write_batch(
        self,
        table: Table,
        columns: Sequence[Column],
        batch: pa.RecordBatch,
        on_conflict: OnConflict,
        check_foreign_keys: bool = True,
        require_parents: Sequence[ForeignKey] = (),
    ) -> int:
        """Insert one batch into `table` (`columns` in batch order) and commit it; return rows written.

        Columns not in `columns` take their default. Identity columns keep the given values.
        on_conflict: `error` plain insert; `nothing` skips rows whose key exists; `update` overwrites them.
        `check_foreign_keys=False` writes with FK checks off (tables of a NOT NULL cycle; see can_skip_foreign_keys).
        `require_parents`: rows whose (non-null) key for one of these FKs matches no row of its table are dropped.
        """

    def can_skip_foreign_keys(self) -> bool:
        """Whether this connection may write with FK checks off."""

    def update_batch(
        self,
        table: Table,
        key: Sequence[Column],
        values: Sequence[Column],
        batch: pa.RecordBatch,
        require_parents: Sequence[ForeignKey] = (),
    ) -> int:
        """Set `values` columns on the rows matched by `key` columns (batch = key columns, then values); commit.

        Returns the rows set. `require_parents` (skip_fk_violations): a row whose (non-null) key for one of these
        FKs matches no row of its table is left as it is (its deferred columns stay NULL) and not counted.
        """

    def delete_orphans(self, table: Table, fk: ForeignKey) -> int:
        """Delete the rows of `table` whose (non-null) key for `fk` matches no row of its table; commit; rows deleted.

        FK checks are off for it where they exist and this connection may turn them off (a removed row's children
        are removed next, by the caller)."""

    def finalize_table(self, table: Table, reorder_by_key: bool = False) -> None:
        """After a table's data is in: move identity/serial sequences past the max value.

        `reorder_by_key` (the engine asks when the row key was transformed): store the rows in key order where the
        dialect can, so their physical order does not give away the source's key order they were written in.
        """

    def check_subset(self, plan: SubsetPlan, tables: Mapping[QualifiedName, Table]) -> None:
        """ConfigError when a target's filter does not run here (checked before any data moves)."""
        ...

    def compute_subset(
        self, plan: SubsetPlan, tables: Mapping[QualifiedName, Table], materialize: str | None
    ) -> SubsetResult:
        """The kept rows (in the run's snapshot when one is used); `materialize`: copy them, tagged, for readers."""
        ...

    def drop_subset(self, tag: str) -> None:
        """Remove the copies `compute_subset(materialize=tag)` made."""
        ...

    def count_fk_violations(self, table: Table, fk: ForeignKey) -> int:
        """Rows of `table` whose non-null `fk` columns match no row of the referenced table."""


class RawCopy(Protocol):
    """Connectors whose `capabilities.raw_copy_format` is set: rows move as undecoded bytes between equals."""

    def raw_chunks(
        self, table: Table, columns: Sequence[Column], key_range: KeyRange | None = None
    ) -> AsyncIterator[bytes]:
        """The rows of `columns` (within `key_range`) in the dialect's bulk format, in the run's snapshot."""
        ...

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
        """Write bulk-format bytes into `table`; return rows written.

        `checkpoint` is saved in the same transaction; its `rows` and `skipped` are added to the rows this call
        moves (unknown before the bytes are read). It is claimed (compare-and-set, as `save_checkpoint`) before
        the first chunk is pulled from `chunks`: a stale attempt raises StaleCheckpointError and writes nothing.
        """
        ...


def bad_filter(table: object, reason: str) -> ConfigError:
    """A table's SQL filter the source refused, with the database's reason (every dialect says it alike)."""
    return ConfigError(
        f"the filter of table {table} does not run on the source: {reason}",
        where=f"tables.{table}.where",
        fix="write a SQL predicate over that table's columns, e.g. country = 'DE'",
    )


def slow_filter(table: object, timeout_seconds: float) -> ConfigError:
    """A filter check that ran past its time limit."""
    return ConfigError(
        f"counting the filter's rows of {table} took longer than {timeout_seconds:g} s",
        where=f"tables.{table}.where",
        fix="a filter on an indexed column runs faster; the sync itself has no such limit",
    )


def dialect_of(url: str) -> str:
    """The dialect named by a connection URL's scheme."""
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower()
    return {"postgresql": "postgres", "postgres": "postgres", "sqlite": "sqlite"}.get(scheme, scheme)
