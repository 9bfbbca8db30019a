"""A big table copied by several lanes at once: the key ranges its plan cut (engine/plan/lanes.py), each one chunk
with a checkpoint of its own, up to `lanes` of them in flight in one step, each on its own source connection (in
the run's snapshot) and its own destination connections.

One step copies the next `lanes` ranges not yet in every destination, in threads, and waits for all of them: a
range that fails leaves nothing (its transaction rolls back with its checkpoint), the ranges that committed stay,
and the step's retry goes on with the ranges left. Once every range is in, the table is finalized (sequences; the
reorder of a table whose key was transformed, which erases whatever the lanes' interleaved writes say about the
source's key order) and then the step's own checkpoint says done, with the totals: a crash between the two
finalizes again (it is idempotent), never skips it.

Random draws: each range starts at the block the plan gave it (`LaneRange.first_block`), so a laned copy draws
what a one-lane copy draws, and past its blocks draws from a space of its own (`Blocks.spill`).
"""

from __future__ import annotations

import contextvars
import threading
from dataclasses import dataclass

from lookalike.connectors.base import Checkpoint, SnapshotLostError
from lookalike.core.plan import InsertStep
from lookalike.engine.contract import TableLanes
from lookalike.engine.copy.chunks import Blocks, ChunkOutcome, Span, _key_transformed, copy_chunk
from lookalike.engine.copy.context import StepContext, connections, gated, uses_raw_path
from lookalike.engine.plan.lanes import opened_key
from lookalike.engine.plan.resolve import TablePlan

SPILL_BASE = 1 << 40  # far past any table's own blocks (batch_index feeds int64 arithmetic: kept well under 2**43)
SPILL_PER_RANGE = 1 << 24


@dataclass(frozen=True)
class _Done:
    rows: int
    skipped: int


def spans_of(step: InsertStep, lanes: TableLanes) -> list[Span]:
    return [
        Span(
            checkpoint=f"{step.id}#range{index}",
            after=opened_key(planned.after),
            upto=opened_key(planned.upto),
            blocks=Blocks(planned.first_block, planned.blocks, SPILL_BASE + index * SPILL_PER_RANGE),
        )
        for index, planned in enumerate(lanes.ranges)
    ]


def copy_lanes(
    ctx: StepContext, step: InsertStep, plan: TablePlan, run_id: str, chunk_rows: int, lanes: TableLanes
) -> ChunkOutcome:
    """Copy the next `lanes.lanes` ranges of `step`'s table at once; finalize the table once all are in."""
    path = "raw" if uses_raw_path(ctx, step) else "arrow"
    spans = spans_of(step, lanes)
    with connections(ctx, plan.table.name) as (_, targets):
        finals = [target.load_checkpoint(run_id, step.id) for target in targets]
        if all(final is not None and final.done for final in finals):
            done = [final for final in finals if final is not None]
            return ChunkOutcome(min(m.rows for m in done), max(m.skipped for m in done), True, 0, path)
        # Per range: its totals once it is in every destination (None: not yet).
        finished = [_finished([target.load_checkpoint(run_id, s.checkpoint) for target in targets]) for s in spans]
    pending = [index for index, outcome in enumerate(finished) if outcome is None][: lanes.lanes]
    outcomes = _in_parallel(ctx, step, plan, run_id, chunk_rows, [spans[index] for index in pending])
    moved = 0
    for index, outcome in zip(pending, outcomes, strict=True):
        finished[index] = _Done(outcome.rows, outcome.skipped)
        moved += outcome.moved
    rows = sum(outcome.rows for outcome in finished if outcome is not None)
    skipped = sum(outcome.skipped for outcome in finished if outcome is not None)
    if any(outcome is None for outcome in finished):
        return ChunkOutcome(rows, skipped, False, moved, path)
    _finalize(ctx, step, plan, run_id, Checkpoint(None, rows, skipped, True))
    return ChunkOutcome(rows, skipped, True, moved, path)


def _finished(marks: list[Checkpoint | None]) -> _Done | None:
    if not all(mark is not None and mark.done for mark in marks):
        return None
    done = [mark for mark in marks if mark is not None]
    return _Done(min(mark.rows for mark in done), max(mark.skipped for mark in done))


def _in_parallel(
    ctx: StepContext, step: InsertStep, plan: TablePlan, run_id: str, chunk_rows: int, spans: list[Span]
) -> list[ChunkOutcome]:
    """Copy `spans` at once, one thread each (in the step's session: its deadline and interrupts reach them); wait
    for all (a range that failed leaves nothing; the others commit), then raise."""
    results: list[ChunkOutcome | None] = [None] * len(spans)
    errors: list[BaseException] = []

    def copy(index: int) -> None:
        try:
            results[index] = copy_chunk(ctx, step, plan, run_id, chunk_rows, spans[index])
        except BaseException as error:
            errors.append(error)

    threads = [
        threading.Thread(target=contextvars.copy_context().run, args=(copy, index), name=f"lookalike-lane-{index}")
        for index in range(len(spans))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:  # a lost snapshot first: the run then opens a new one, whatever else its loss made fail
        raise next((error for error in errors if isinstance(error, SnapshotLostError)), errors[0])
    return [result for result in results if result is not None]


def _finalize(ctx: StepContext, step: InsertStep, plan: TablePlan, run_id: str, totals: Checkpoint) -> None:
    """Finalize the table in every destination, then mark the step done there (one table: once, after every lane)."""
    reorder = _key_transformed(plan)
    with connections(ctx, plan.table.name) as (_, targets):
        for destination, target in zip(ctx.destinations, targets, strict=True):
            with gated(destination):
                target.finalize_table(plan.table, reorder_by_key=reorder)
                stored = target.load_checkpoint(run_id, step.id)
                with target.transaction():
                    target.save_checkpoint(run_id, step.id, totals, stored.version if stored is not None else 0)
