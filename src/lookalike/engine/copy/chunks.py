"""One checkpointed chunk of a table: read a key range once, transform it, and write it to every destination in
one transaction together with the checkpoint that says how far the step got.

A chunk is the unit a crash can cut: it is either wholly in a destination, checkpoint included, or not at all, so
a resumed step starts after the last committed key with no duplicate and no gap.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from lookalike.connectors import Connector
from lookalike.connectors.base import Checkpoint, ChunkCheckpoint, KeyRange, KeyText
from lookalike.core.plan import InsertStep
from lookalike.core.schema import Table
from lookalike.engine.copy.context import (
    Destination,
    StepContext,
    connections,
    gated,
    required_parents,
    uses_raw_path,
    write_mode,
)
from lookalike.engine.copy.pipeline import BackgroundWriter, fixed_blocks, prefetch
from lookalike.engine.copy.positions import revealed, sealed
from lookalike.engine.copy.relay import relay_table
from lookalike.engine.copy.transform import transform_batch
from lookalike.engine.plan.resolve import TablePlan

_READS_ROWS = frozenset({"transform_javascript", "generate_javascript"})  # transformers that read ctx.rows


@dataclass(frozen=True)
class ChunkOutcome:
    """Where a step stands after one chunk (rows and skipped are totals for the step, not for this chunk)."""

    rows: int
    skipped: int
    done: bool
    moved: int  # rows this chunk read from the source
    path: str  # raw | arrow


def _behind(marks: list[Checkpoint | None]) -> list[int]:
    """The destinations furthest behind (a crash between two destinations' commits leaves them apart)."""
    pending = [i for i, mark in enumerate(marks) if mark is None or not mark.done]
    lowest = min((marks[i].rows if marks[i] else 0) for i in pending)  # type: ignore[union-attr]
    first = next(i for i in pending if (marks[i].rows if marks[i] else 0) == lowest)  # type: ignore[union-attr]
    return [i for i in pending if _place(marks[i]) == _place(marks[first])]


def _place(mark: Checkpoint | None) -> Checkpoint | None:
    """Where a checkpoint stands, whatever its version (destinations at one place copy the next chunk together)."""
    return None if mark is None else dataclasses.replace(mark, version=0)


@dataclass(frozen=True)
class Blocks:
    """The block index each batch of a chunk draws with (random transformers draw per block of batch_size rows).

    A one-lane chunk goes on from the blocks its step did; a lane's range starts at the block the plan gave it, and
    past the `count` blocks it was given (rows added since it was planned) draws from `spill`, a space no other range
    draws from, so two ranges never draw the same block.
    """

    first: int
    count: int | None = None
    spill: int = 0

    def index(self, position: int) -> int:
        if self.count is None or position < self.count:
            return self.first + position
        return self.spill + position - self.count


@dataclass(frozen=True)
class Span:
    """One key range of a laned table (engine/copy/lanes.py): copied as one chunk, under its own checkpoint."""

    checkpoint: str  # the checkpoint's step id: `<step id>#range<n>`
    after: KeyText | None
    upto: KeyText | None
    blocks: Blocks


def copy_chunk(
    ctx: StepContext, step: InsertStep, plan: TablePlan, run_id: str, chunk_rows: int, span: Span | None = None
) -> ChunkOutcome:
    """Copy the next chunk of `step`'s table into the destinations that are furthest behind.

    With `span`: copy that key range as one chunk under its own checkpoint, and leave the table's finalizing to the
    caller (it runs once every range is in)."""
    table = plan.table
    raw = uses_raw_path(ctx, step)
    path = "raw" if raw else "arrow"
    read_from = ctx.source_table(table)
    checkpoint = step.id if span is None else span.checkpoint
    with connections(ctx, table.name) as (source, targets):
        marks = [revealed(target.load_checkpoint(run_id, checkpoint)) for target in targets]
        if all(mark is not None and mark.done for mark in marks):
            done_marks = [mark for mark in marks if mark is not None]
            return ChunkOutcome(min(m.rows for m in done_marks), max(m.skipped for m in done_marks), True, 0, path)
        chosen = _behind(marks)
        start = marks[chosen[0]]
        after = start.after if start else None if span is None else span.after
        base_rows, base_skipped = (start.rows, start.skipped) if start else (0, 0)
        # A table the statistics call small is one chunk: finding a bound would cost more than the copy.
        small = table.row_estimate is not None and table.row_estimate <= chunk_rows // 2
        # Random draws go by blocks of batch_size rows from the table's first row: a table that draws gets chunks
        # of whole blocks, counted (not estimated), so however the statistics cut it, a row draws the same.
        draws = not raw and _draws_randomly(plan)
        count = -(-chunk_rows // ctx.batch_size) * ctx.batch_size if draws else chunk_rows
        if span is not None:  # the plan cut the range: no bound to find
            upto = span.upto
        else:
            upto = source.key_bound(read_from, after, count, exact=draws) if table.row_key and not small else None
        key_range = KeyRange(after, upto) if table.row_key else None
        done = upto is None or span is not None
        mark = sealed(Checkpoint(upto if upto is not None else after, base_rows, base_skipped, done))
        picked = [(ctx.destinations[i], targets[i]) for i in chosen]
        # Each destination commits the chunk only if its checkpoint is still the one read above: of two attempts
        # of one chunk (a slow retry), one commits and the other rolls back with StaleCheckpointError.
        read_at = [read.version if (read := marks[i]) is not None else 0 for i in chosen]
        saves = [ChunkCheckpoint(run_id, checkpoint, mark, version) for version in read_at]
        blocks = Blocks(base_rows // ctx.batch_size) if span is None else span.blocks
        if raw:
            moved, skipped = _relay_chunk(step, plan, source, picked, key_range, saves), 0
        else:
            moved, skipped = _arrow_chunk(ctx, step, plan, source, picked, key_range, saves, read_from, blocks)
        if done and span is None:
            reorder = _key_transformed(plan)
            for destination, target in picked:
                with gated(destination):
                    target.finalize_table(table, reorder_by_key=reorder)
    return ChunkOutcome(base_rows + moved, base_skipped + skipped, done, moved, path)


def _relay_chunk(
    step: InsertStep,
    plan: TablePlan,
    source: Connector,
    picked: list[tuple[Destination, Connector]],
    key_range: KeyRange | None,
    saves: list[ChunkCheckpoint],
) -> int:
    modes = [(target, write_mode(d), not _skips_checks(d, target, step)) for d, target in picked]
    return relay_table(source, modes, plan.table, plan.written, key_range, saves)


def _arrow_chunk(
    ctx: StepContext,
    step: InsertStep,
    plan: TablePlan,
    source: Connector,
    picked: list[tuple[Destination, Connector]],
    key_range: KeyRange | None,
    saves: list[ChunkCheckpoint],
    read_from: Table,
    blocks: Blocks,
) -> tuple[int, int]:
    table = plan.table
    run_id, mark, checkpoint = saves[0].run_id, saves[0].checkpoint, saves[0].step_id
    # Into the source's own dialect, untransformed columns travel in its own form, never decoded: its binary wire
    # form where it has one, else its text form. JavaScript reads the other columns of the row (`input`): it gets
    # them as text, as before.
    same_dialect = all(t.capabilities.dialect == source.capabilities.dialect for _, t in picked)
    untouched = frozenset(p.column.name for p in plan.columns if p.transformer is None and same_dialect)
    wire = not any(p.transformer is not None and p.transformer.name in _READS_ROWS for p in plan.columns)
    batches = fixed_blocks(
        source.read_batches(read_from, plan.written, ctx.batch_size, untouched, key_range, native_wire=wire),
        ctx.batch_size,
    )
    read = [0]
    written = [[0] for _ in picked]  # one counter per destination, touched only by its writer thread

    def write(
        destination: Destination, target: Connector, check: bool, counter: list[int], batch: pa.RecordBatch
    ) -> None:
        parents = required_parents(ctx, destination, step, table)
        counter[0] += target.write_batch(table, plan.written, batch, write_mode(destination), check, parents)

    # Per destination: the checkpoint version the chunk read, then the one its claim stored.
    versions = [[save.expected_version] for save in saves]
    turns = [threading.Event() for _ in picked]  # set once a destination's claim is decided

    @contextlib.contextmanager
    def claimed(
        index: int, destination: Destination, target: Connector, check: bool, version: list[int]
    ) -> Iterator[None]:
        # Claimed before any row is written: a stale attempt writes nothing, and a concurrent one waits here. One
        # destination after the other, in the same order in every attempt: two attempts claiming them in opposite
        # orders would wait on each other for ever (each destination is a database of its own).
        if index:
            turns[index - 1].wait()
        try:
            with _transaction(destination, target, check):
                try:
                    version[0] = target.save_checkpoint(run_id, checkpoint, mark, version[0])
                finally:
                    turns[index].set()
                yield
        finally:
            turns[index].set()

    def finish(target: Connector, counter: list[int], version: list[int]) -> None:
        skipped = read[0] - counter[0]
        final = Checkpoint(mark.after, mark.rows + read[0], mark.skipped + skipped, mark.done)
        target.save_checkpoint(run_id, checkpoint, final, version[0])

    # Asked before any transaction opens (the question itself runs a query).
    checks = [not _skips_checks(destination, target, step) for destination, target in picked]
    writers = [
        BackgroundWriter(
            functools.partial(write, destination, target, check, counter),
            around=functools.partial(claimed, index, destination, target, check, version),
            finish=functools.partial(finish, target, counter, version),
        )
        for index, ((destination, target), check, counter, version) in enumerate(
            zip(picked, checks, written, versions, strict=True)
        )
    ]
    nulls = frozenset(step.deferred_columns)
    sort_keys = (table.row_key or ()) if _key_transformed(plan) else ()
    # Random transformers draw per batch index: the block of batch_size rows the batch is, counted from the table's
    # first row (chunks hold whole blocks), so neither the chunking nor a resume changes what a row draws.
    try:
        for index, batch in enumerate(prefetch(batches)):
            out = transform_batch(
                batch,
                plan.columns,
                table=str(table.name),
                seed=ctx.seed,
                batch_index=blocks.index(index),
                null_columns=nulls,
                scope=run_id,
            )
            if sort_keys:  # rows come in source-key order: written so, they would tell each new key's old rank
                out = out.take(pc.sort_indices(out, [(name, "ascending") for name in sort_keys]))
            for writer in writers:
                writer.put(out)
            read[0] += out.num_rows
    except BaseException:
        # A chunk read in part must leave nothing behind: its checkpoint would claim rows that are not there.
        for writer in writers:
            writer.abort()
        raise
    for writer in writers:
        writer.close()
    return read[0], max((read[0] - counter[0] for counter in written), default=0)


@contextlib.contextmanager
def _transaction(destination: Destination, target: Connector, check_foreign_keys: bool) -> Iterator[None]:
    """A destination's chunk transaction, holding its writer gate throughout (SQLite takes one writer)."""
    with gated(destination), target.transaction(check_foreign_keys):
        yield


def _skips_checks(destination: Destination, target: Connector, step: InsertStep) -> bool:
    """A NOT NULL cycle's table goes in with FK checks off where they exist and the role may turn them off.

    In a destination whose FKs come after the data (`after` mode) checks have nothing to check yet.
    """
    return step.unchecked and (destination.replica_for_cycles or target.can_skip_foreign_keys())


def _draws_randomly(plan: TablePlan) -> bool:
    """Whether a transformer of the table may draw from the seed (keyless ones do, and generators even with a key):
    its output then depends on the row's block."""
    return bool(plan.transformed)


def _key_transformed(plan: TablePlan) -> bool:
    """Whether a column of the table's row key is transformed (then source key order must not show)."""
    key = set(plan.table.row_key or ())
    return any(column.column.name in key for column in plan.transformed)
