"""What a run backend makes of its recorded outcomes, the same on DBOS and on Temporal (pure: replayed workflows
decide the same)."""

from __future__ import annotations

from lookalike.engine.contract import PreparedRun, TableOutcome, TableProgress
from lookalike.engine.scheduling import Cancelled, Failed, Finished, Outcome, SnapshotLost


def schedule_outcome(outcome: TableOutcome) -> Outcome[TableProgress]:
    """A table child's recorded outcome as the schedule's input."""
    if outcome.kind == "cancelled":  # the run was cancelled, then resumed: go on with the table
        return Cancelled()
    if outcome.kind == "lost":
        return SnapshotLost(outcome.epoch)
    if outcome.kind == "failed":
        return Failed(outcome.table, outcome.error or "failed")
    return Finished(outcome.progress or TableProgress(step=outcome.step, table=outcome.table, state="finished"))


def warnings_of(prepared: PreparedRun, results: tuple[TableProgress, ...]) -> list[str]:
    """What a succeeded run did that looks wrong (computed from recorded outcomes: the same on every replay)."""
    copied = sum(result.rows for result in results if result.step.startswith("insert:"))
    if copied == 0 and prepared.source_holds_rows:
        return [
            "the run copied 0 rows, but the source's tables held rows when it started: check the job's "
            "filters (`where`, `percent`, `limit`), `schemas:` and skipped tables"
        ]
    return []
