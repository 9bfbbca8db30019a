"""What every step of a run's data path shares: its context, connections joined to the run's snapshot, write
modes, and the parents a row needs."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from lookalike.connectors import Connector, open_connector
from lookalike.connectors import session as run_sessions
from lookalike.connectors.base import OnConflict
from lookalike.core.config import DestinationConfig
from lookalike.core.plan import InsertStep
from lookalike.core.schema import ForeignKey, QualifiedName, Table
from lookalike.engine.copy.pool import POOL, PoolKey, key_of


@dataclass(frozen=True)
class Destination:
    """A destination URL with its options and a gate bounding concurrent writers (SQLite allows one)."""

    url: str
    config: DestinationConfig
    gate: threading.Semaphore | None
    replica_for_cycles: bool = False  # write the tables of a NOT NULL cycle with FK checks off


@dataclass(frozen=True)
class StepContext:
    source_url: str
    destinations: tuple[Destination, ...]
    batch_size: int
    seed: int
    snapshot: str | None = None
    raw_tables: frozenset[QualifiedName] = frozenset()
    planned: frozenset[QualifiedName] = frozenset()
    unchecked: frozenset[QualifiedName] = frozenset()  # tables of NOT NULL cycles (the plan's)
    # Subset tables: where their kept rows were copied in the source. Read those instead, outside the snapshot
    # (the copies were made from it, after it).
    copies: Mapping[QualifiedName, QualifiedName] = field(default_factory=dict)
    run_id: str | None = None  # the scope of state transformers keep between batches (JavaScript globals)

    def source_table(self, table: Table) -> Table:
        """The table to read `table`'s rows from."""
        copy = self.copies.get(table.name)
        return table if copy is None else dataclasses.replace(table, name=copy)


def required_parents(ctx: StepContext, destination: Destination, step: InsertStep, table: Table) -> list[ForeignKey]:
    """FKs whose parents must exist for a row to be written (skip_fk_violations): deferred ones aside, and those
    of a NOT NULL cycle (a self-reference included), whose parents may come later; `sweep_orphans` takes those."""
    if not destination.config.skip_fk_violations:
        return []
    deferred = set(step.deferred_columns)
    return [
        fk
        for fk in table.foreign_keys
        if fk.ref_table in ctx.planned and not deferred & set(fk.columns) and not _in_cycle(ctx, step, fk)
    ]


def _in_cycle(ctx: StepContext, step: InsertStep, fk: ForeignKey) -> bool:
    """A FK between tables of a NOT NULL cycle, loaded in no order among themselves."""
    return step.unchecked and fk.ref_table in ctx.unchecked


@contextlib.contextmanager
def connections(ctx: StepContext, reading: QualifiedName | None = None) -> Iterator[tuple[Connector, list[Connector]]]:
    """The source (in the run's snapshot, unless `reading` a subset copy) and every destination.

    In a run's step they come from the process's pool (`engine/copy/pool.py`) and go back to it when the body
    ends without error; on any error (a lost snapshot too) they are closed, never reused.
    """
    snapshot = ctx.snapshot if reading not in ctx.copies else None
    run_id = ctx.run_id if run_sessions.current() is not None else None  # pooled only inside a run's step
    leased: list[tuple[PoolKey | None, Connector]] = []
    try:
        source_key = key_of(run_id, ctx.source_url, "source", snapshot) if run_id is not None else None
        source = _lease(source_key, lambda: _open_source(ctx.source_url, snapshot))
        leased.append((source_key, source))
        targets = []
        for destination in ctx.destinations:
            key = key_of(run_id, destination.url, "destination", None) if run_id is not None else None
            target = _lease(key, functools.partial(open_connector, destination.url))
            leased.append((key, target))
            targets.append(target)
        yield source, targets
    except BaseException:
        for _, connector in leased:
            with contextlib.suppress(Exception):
                connector.close()
        raise
    for key, connector in leased:
        if key is None:
            connector.close()
        else:
            POOL.give_back(key, connector)


def release_connections(run_id: str) -> None:
    """Close the idle connections this process keeps for run `run_id` (the run has finished or failed)."""
    POOL.close_run(run_id)


def _lease(key: PoolKey | None, opener: Callable[[], Connector]) -> Connector:
    return opener() if key is None else POOL.lease(key, opener)


def _open_source(url: str, snapshot: str | None) -> Connector:
    source = open_connector(url, must_exist=True)
    if snapshot is not None:
        try:
            source.use_snapshot(snapshot)
        except BaseException:
            source.close()
            raise
    return source


def write_mode(destination: Destination) -> OnConflict:
    """A destination emptied by this run cannot conflict: plain COPY then, not the staging merge."""
    return "error" if destination.config.truncate_before_insert else destination.config.on_conflict


def gated(destination: Destination) -> contextlib.AbstractContextManager[object]:
    return destination.gate if destination.gate is not None else contextlib.nullcontext()


def uses_raw_path(ctx: StepContext, step: InsertStep) -> bool:
    """Whether the insert relays bulk bytes instead of decoding rows."""
    return step.table in ctx.raw_tables and not step.deferred_columns and step.table not in ctx.copies
