"""What the Temporal workflows and activities take, beside the run contract's records: ids and a few numbers,
never the plan (every input is kept in the workflow's history; the plan is recorded once, by the prepare
activity's result)."""

from __future__ import annotations

from datetime import datetime

from lookalike.engine.contract import Record, RunRequest, StepPolicy, SubsetCopy, TableProgress

RUN_WORKFLOW = "lookalike.run"
TABLE_WORKFLOW = "lookalike.table"
CONTROL_SIGNAL = "control"  # "pause" / "resume" to a run

# Activity names (the history shows them; `events` reads them back).
PREPARE = "prepare"
HOLDER_QUEUE = "holder queue"
OPEN_SNAPSHOT = "snapshot"
RELEASE = "release"
SUBSET = "subset"
DROP_SUBSET = "drop subset"
CHUNK = "chunk"
UPDATE = "update"
FINISH = "finish"

# A table child continues as new after this many chunks: each execution's history stays far under Temporal's
# limits (about 7 events a chunk; the server warns at 10,240 events and refuses at 51,200).
CHUNKS_PER_EXECUTION = 500

# Memo keys (readable from visibility and `describe`, with no worker running).
MEMO_JOB = "job"
MEMO_STATE = "state"
MEMO_PLAN = "plan"
MEMO_PROGRESS = "progress"


class RunStart(Record):
    """A run workflow's input: the request, and for a run resumed as a new execution, the execution whose
    recorded plan it goes on with (it neither plans again nor empties the tables already copied)."""

    request: RunRequest
    prior_workflow: str | None = None
    prior_execution: str | None = None


class PrepareInput(Record):
    workflow_id: str
    request: RunRequest
    prior_workflow: str | None = None
    prior_execution: str | None = None


class TableStart(Record):
    """A table child's input; `progress` carries its totals over a continue-as-new."""

    parent: str
    step_id: str
    policy: StepPolicy
    snapshot: str | None
    epoch: int
    copies: tuple[SubsetCopy, ...] = ()
    deadline: datetime | None = None  # the table's timeout as a moment (workflow time, set by the run)
    progress: TableProgress | None = None


class ChunkInput(Record):
    parent: str
    step_id: str
    snapshot: str | None
    copies: tuple[SubsetCopy, ...] = ()
    deadline: datetime | None = None


class SnapshotInput(Record):
    workflow_id: str


class SubsetInput(Record):
    workflow_id: str
    snapshot: str | None
