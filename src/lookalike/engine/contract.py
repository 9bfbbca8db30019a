"""The run contract: every value that crosses a durable boundary (a workflow's input, a step's output, an event)
as a typed record. The engine's backends record these as JSON (engine/serialization.py); the CLI, the API and
the pages read the same types back.

- `RunRequest`: what a run workflow takes — the job with its secrets sealed, and how to run it.
- `PreparedRun`: the run's plan, recorded once by its prepare step (order, dependencies, per-table column plans,
  raw or decoded path, cycle modes, subset, the source schema it was planned from and its fingerprints). Every
  later step, in any worker, executes from it and never plans again.
- `ChunkResult`, `TableProgress`, `TableOutcome`, `RunOutcome`: what a chunk, a table and a run report.

Secrets never appear in clear: URLs and keys are Fernet tokens (`sealed`), opened only inside a step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, JsonValue

from lookalike.core.config import JobConfig
from lookalike.core.schema import Column, Domain, EnumType, ForeignKey, QualifiedName, Schema, Sequence, Table
from lookalike.core.subset import SubsetPlan


class Record(BaseModel):
    """A recorded value: immutable, and unknown fields are an error (a record from other code is refused)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class RetryPolicy(Record):
    max_attempts: int
    interval_seconds: float
    backoff_rate: float


class SealedSecrets(Record):
    """The job's URLs and key, each a Fernet token of the installation key."""

    source: str
    destinations: tuple[str, ...]
    key: str | None = None


class RunRequest(Record):
    """A run workflow's input: the job (URLs replaced by a placeholder, no key) plus its sealed secrets."""

    job: JobConfig
    sealed: SealedSecrets
    workers: int
    chunk_rows: int
    retry: RetryPolicy
    table_timeout_seconds: float | None = None
    notes: tuple[str, ...] = ()
    # The plan this process made while validating the job (`lookalike sync`): its prepare step takes it instead
    # of planning again. A worker that does not hold it plans in the prepare step.
    planned: str | None = None

    @property
    def job_name(self) -> str:
        return self.job.name or "job"


class StepPolicy(Record):
    """What a table's workflow needs to run its steps (passed by value: a few numbers, not the plan)."""

    retry: RetryPolicy
    chunk_rows: int
    table_timeout_seconds: float | None = None


# -- the recorded plan -------------------------------------------------------------------------------------
class SchemaRecord(Record):
    """A reflected schema as a record (its tables as a list: JSON keys are strings)."""

    dialect: str
    tables: tuple[Table, ...]
    schemas: tuple[str, ...] = ()
    enums: tuple[EnumType, ...] = ()
    domains: tuple[Domain, ...] = ()
    sequences: tuple[Sequence, ...] = ()

    @classmethod
    def of(cls, schema: Schema) -> SchemaRecord:
        return cls(
            dialect=schema.dialect,
            tables=tuple(schema.tables.values()),
            schemas=schema.schemas,
            enums=schema.enums,
            domains=schema.domains,
            sequences=schema.sequences,
        )

    def to_schema(self) -> Schema:
        return Schema(
            dialect=self.dialect,
            tables={table.name: table for table in self.tables},
            schemas=self.schemas,
            enums=self.enums,
            domains=self.domains,
            sequences=self.sequences,
        )


class ColumnRecord(Record):
    """How one written column gets its values: copied (`transformer` None) or by a registry entry."""

    column: Column
    transformer: str | None = None
    params: dict[str, JsonValue] | None = None
    key: str | None = None  # sealed


class TablePlanRecord(Record):
    table: Table
    columns: tuple[ColumnRecord, ...]
    defaulted: tuple[str, ...] = ()


class StepRecord(Record):
    """One plan step: insert a table (some FK columns as NULL first), or set those columns afterwards."""

    id: str
    kind: Literal["insert", "update"]
    table: QualifiedName
    after: tuple[str, ...] = ()
    deferred_columns: tuple[str, ...] = ()
    unchecked: bool = False
    foreign_keys: tuple[ForeignKey, ...] = ()
    key: tuple[str, ...] = ()


class DestinationFacts(Record):
    """What the plan learnt about a destination once, so no step has to ask again."""

    cycle_mode: Literal["after", "replica"] | None = None
    max_concurrent_writers: int | None = None


class LaneRange(Record):
    """One key range of a table cut into lanes: rows with key > `after` and <= `upto` (sealed key texts, as a
    checkpoint's position is: a transformed key's source values stay out of the record), copied as one chunk
    under a checkpoint of its own.

    `first_block`: the block index its first batch draws with (random transformers draw per block of batch_size
    rows), so a range copies exactly what one lane would; `blocks`: how many blocks the plan gave it (None for the
    last range): a range that holds more rows than planned (rows added since) draws past them from a space of its own.
    """

    after: str | None = None
    upto: str | None = None
    first_block: int = 0
    blocks: int | None = None


class TableLanes(Record):
    """A big table's insert step cut into key ranges, `lanes` of them copied at once (engine/plan/lanes.py)."""

    step: str
    lanes: int
    ranges: tuple[LaneRange, ...]


class PreparedRun(Record):
    """The run's plan, recorded once; every step executes from it (see the module's docstring)."""

    plan_id: str
    job: JobConfig  # as in the request, with the seed the run uses
    sealed: SealedSecrets  # `source` is the source the steps read (a generate job's made-up database)
    seed: int
    sealed_key: str | None = None  # the job key the run resolved (None: keyless)
    source_schema: SchemaRecord
    tables: tuple[TablePlanRecord, ...]
    steps: tuple[StepRecord, ...]
    raw_tables: tuple[QualifiedName, ...] = ()
    destinations: tuple[DestinationFacts, ...]
    subset: SubsetPlan = SubsetPlan()
    source_holds_rows: bool = False
    # Per planned table, its columns as the source's catalog said when the run was planned: a table whose
    # columns differ when its copy starts stops the run (the plan would no longer fit it).
    fingerprints: dict[str, str] = {}
    notes: tuple[str, ...] = ()
    # Big tables' insert steps cut into key ranges copied at once (none: every table is one lane).
    lanes: tuple[TableLanes, ...] = ()

    def lanes_of(self, step_id: str) -> TableLanes | None:
        return next((lanes for lanes in self.lanes if lanes.step == step_id), None)

    @property
    def order(self) -> list[str]:
        return [step.id for step in self.steps]

    @property
    def after(self) -> dict[str, list[str]]:
        return {step.id: list(step.after) for step in self.steps}

    def table_of(self, step_id: str) -> str:
        return str(next(step.table for step in self.steps if step.id == step_id))

    @property
    def estimates(self) -> dict[str, int | None]:
        by_name = {plan.table.name: plan.table.row_estimate for plan in self.tables}
        return {step.id: by_name.get(step.table) for step in self.steps}

    @property
    def unchecked(self) -> list[str]:
        return [str(step.table) for step in self.steps if step.kind == "insert" and step.unchecked]

    @property
    def cycle_modes(self) -> list[str | None]:
        return [facts.cycle_mode for facts in self.destinations]


class RunPlanView(Record):
    """The plan as a run's readers see it (the `plan` event): steps, their tables and row estimates."""

    order: list[str]
    tables: dict[str, str]
    estimates: dict[str, int | None]
    seed: int

    @classmethod
    def of(cls, prepared: PreparedRun) -> RunPlanView:
        return cls(
            order=prepared.order,
            tables={step.id: str(step.table) for step in prepared.steps},
            estimates=prepared.estimates,
            seed=prepared.seed,
        )


class SubsetCopy(Record):
    table: QualifiedName
    copy_name: QualifiedName


class SubsetOutcome(Record):
    """Kept rows per table, copied once from the run's snapshot where every worker reads them."""

    copies: tuple[SubsetCopy, ...]
    kept: dict[str, int]
    rounds: int


# -- what steps, tables and runs report ----------------------------------------------------------------------
TableState = Literal["starting", "queued", "running", "finished", "failed", "snapshot lost", "cancelled"]


class ChunkResult(Record):
    """A chunk (or FK update) step's outcome: its table's totals so far, its time, and who ran it."""

    lost: bool = False  # the run's snapshot is gone: the run opens a new one
    rows: int = 0
    skipped: int = 0
    done: bool = False
    moved: int = 0
    path: str = ""
    seconds: float = 0.0
    worker: str = ""
    retries: int = 0


class TableProgress(Record):
    """A table step's progress, while it runs (the `progress` event) and when it is done."""

    step: str
    table: str
    state: TableState = "running"
    rows: int = 0
    seconds: float = 0.0
    path: str = ""
    skipped: int = 0
    workers: tuple[str, ...] = ()
    error: str | None = None
    epoch: int = 1
    retries: int = 0  # failed attempts of its chunks that a retry then got through
    chunks: int = 0  # checkpointed chunks it took
    estimate: int | None = None


class TableOutcome(Record):
    """How a table's workflow ended: finished (with its progress), failed, snapshot lost, or cancelled."""

    step: str
    table: str
    kind: Literal["finished", "failed", "lost", "cancelled"]
    progress: TableProgress | None = None
    error: str | None = None
    epoch: int = 1


class RunState(Record):
    """The run's `state` event."""

    state: Literal["preparing", "running", "paused", "failing", "failed", "succeeded"]
    epoch: int = 1
    table: str | None = None
    error: str | None = None


class RunOutcome(Record):
    """A succeeded run's output."""

    run_id: str
    seed: int
    snapshot: str | None = None
    epochs: int = 1
    unchecked: tuple[str, ...] = ()
    cycle_modes: tuple[str, ...] = ()
    results: tuple[TableProgress, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def rows(self) -> int:
        return sum(result.rows for result in self.results if result.step.startswith("insert:"))


class ScheduleContext(Record):
    """What a schedule hands each run it fires."""

    job: str
    request: RunRequest
    allow_overlap: bool
    run_prefix: str | None = None


# -- what readers of the engine get (not recorded: built from the backend's own history) ---------------------
@dataclass(frozen=True)
class RunInfo:
    run_id: str
    job: str
    status: str
    created: datetime | None
    updated: datetime | None
    executor: str | None
    error: str | None
    output: RunOutcome | None


@dataclass(frozen=True)
class RunEvent:
    step: str  # prepare, snapshot, subset, a table's dispatch, collect, finish…
    started: datetime | None
    finished: datetime | None
    error: str | None


@dataclass(frozen=True)
class ScheduleInfo:
    name: str
    cron: str
    status: str  # ACTIVE | PAUSED
    last_fired_at: str | None


# The records the engine may read back from its system database, by class name.
RECORDS: dict[str, type[Record]] = {
    cls.__name__: cls
    for cls in (
        RunRequest,
        StepPolicy,
        PreparedRun,
        RunPlanView,
        SubsetCopy,
        SubsetOutcome,
        ChunkResult,
        TableProgress,
        TableOutcome,
        RunState,
        RunOutcome,
        ScheduleContext,
    )
}
