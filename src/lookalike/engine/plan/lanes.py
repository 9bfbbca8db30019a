"""Every core on one big table: its insert step cut into key ranges that several lanes copy at once.

Decided once, when the run is planned, from the table's size (the planner's row estimate) and the machine's cores,
and recorded in the plan (`PreparedRun.lanes`), so every worker and every retry cuts the table the same way.

- How many lanes: at most `sync_options.lanes` (default: half the cores of the machine that plans, see
  `default_lanes`), and only as many as give each lane `sync_options.lane_min_rows` rows; a destination that takes
  fewer concurrent writers bounds them.
- Which tables by default: those relayed as raw bulk bytes (a lane costs a few connections and no memory to speak
  of). A decoded table's lane holds its own batches in flight (≈ +90 MB a lane at 50k-row batches of 8 columns,
  measured), so decoded tables get lanes only when the job sets `sync_options.lanes`.
- How many ranges: a multiple of the lanes, each about a chunk (`chunk_rows`) or smaller; each range is one chunk
  with a checkpoint of its own (engine/copy/lanes.py), so a crash redoes only the ranges in flight.
- Where they end: the source's statistics (a histogram bound, free) for a table copied as it is; for a table whose
  transformers draw at random, exact counts in whole blocks of `batch_size` rows, so each range starts at the block
  one lane would be at there and a laned copy draws exactly what a one-lane copy draws.

Left as one lane: tables without a row key, subset tables (read from their kept rows), inserts that leave FK columns
for a later update (the update redraws the whole table), and generated sources.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence

from lookalike.connectors import Connector
from lookalike.connectors.base import KeyText
from lookalike.core.plan import InsertStep
from lookalike.core.schema import QualifiedName
from lookalike.engine.contract import LaneRange, TableLanes
from lookalike.engine.plan.resolve import ResolvedJob
from lookalike.installation.secrets import seal, unseal


def sealed_key(key: KeyText | None) -> str | None:
    return None if key is None else seal(json.dumps(list(key)))


def opened_key(text: str | None) -> KeyText | None:
    return None if text is None else tuple(str(part) for part in json.loads(unseal(text)))


def batch_rows(resolved: ResolvedJob) -> int:
    """Rows per batch, as the run's steps cut them (engine/run/steps.py): random draws go by blocks of this many."""
    job = resolved.job
    return min(job.rows_per_batch, job.sync_options.chunk_rows)


def default_lanes(cores: int) -> int:
    """Lanes when the job names none: half the cores. A lane keeps a source backend and a destination backend busy
    (each COPY stream is one server process), so it needs about two cores; measured on 2 cores with both servers on
    the machine (bench/sync_bench.py --lanes 1,2, 2M rows, medians of 3), two lanes took the table step 4.44 s
    against one lane's 3.49 s. Servers on machines of their own have cores of their own: set `lanes` then."""
    return max(cores // 2, 1)


def plan_lanes(source: Connector, resolved: ResolvedJob, cores: int | None = None) -> tuple[TableLanes, ...]:
    """The big tables of `resolved` cut into key ranges, with the lanes that copy them (none: all one lane)."""
    job = resolved.job
    options = job.sync_options
    most = options.lanes or default_lanes(cores or os.cpu_count() or 1)
    if most < 2 or job.generate is not None:
        return ()
    planned = []
    for step in resolved.plan.steps:
        if not isinstance(step, InsertStep) or step.deferred_columns or step.table in resolved.subset.tables:
            continue
        plan = resolved.tables[step.table]
        if plan.transformed and options.lanes is None:  # decoded, and lanes were not asked for (see above)
            continue
        estimate = plan.table.row_estimate
        if not plan.table.row_key or estimate is None:
            continue
        lanes = min(most, estimate // options.lane_min_rows)
        if lanes < 2:
            continue
        ranges = _ranges(source, resolved, step, lanes, estimate)
        if len(ranges) >= 2:
            planned.append(TableLanes(step=step.id, lanes=min(lanes, len(ranges)), ranges=ranges))
    return tuple(planned)


def _ranges(
    source: Connector, resolved: ResolvedJob, step: InsertStep, lanes: int, estimate: int
) -> tuple[LaneRange, ...]:
    plan = resolved.tables[step.table]
    chunk_rows = resolved.job.sync_options.chunk_rows
    count = lanes * math.ceil(math.ceil(estimate / chunk_rows) / lanes)
    draws = bool(plan.transformed)
    # Cut in whole blocks where the table draws (a range starts where one lane's block would), else in rows; the
    # units shared out as evenly as they go.
    unit = batch_rows(resolved) if draws else 1
    units = math.ceil(estimate / unit)
    count = min(count, units)
    shares = [units * (index + 1) // count - units * index // count for index in range(count)]
    bounds: list[KeyText] = []
    after: KeyText | None = None
    for share in shares[:-1]:
        upto = source.key_bound(plan.table, after, share * unit, exact=draws)
        if upto is None:  # fewer rows than the estimate: the last range takes the rest
            break
        bounds.append(upto)
        after = upto
    ends: Sequence[KeyText | None] = [*bounds, None]
    starts: Sequence[KeyText | None] = [None, *bounds]
    return tuple(
        LaneRange(
            after=sealed_key(start),
            upto=sealed_key(end),
            first_block=sum(shares[:index]) if draws else 0,
            blocks=shares[index] if draws and end is not None else None,
        )
        for index, (start, end) in enumerate(zip(starts, ends, strict=True))
    )


def bounded_by_writers(
    planned: tuple[TableLanes, ...],
    writers: Sequence[int | None],
    raw_tables: frozenset[QualifiedName] | None = None,
    resolved: ResolvedJob | None = None,
) -> tuple[TableLanes, ...]:
    """Lanes no more than every destination takes writers at once (SQLite: one); with `raw_tables` and lanes not
    asked for by the job, only the tables relayed raw keep theirs."""
    if raw_tables is not None and resolved is not None and resolved.job.sync_options.lanes is None:
        raw_steps = {InsertStep(name).id for name in raw_tables}
        planned = tuple(lanes for lanes in planned if lanes.step in raw_steps)
    limits = [limit for limit in writers if limit is not None]
    if not limits:
        return planned
    most = min(limits)
    if most < 2:
        return ()
    return tuple(lanes.model_copy(update={"lanes": min(lanes.lanes, most)}) for lanes in planned)
