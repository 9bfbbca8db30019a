"""Run ids: the one place they are minted, so every run reads `<name>-<UTC start>[-<nonce>]` wherever it began.

Ids are readable on purpose (`lookalike runs list` shows them) and sort by start time within a job; the API finds
a stored job's runs by the id prefix `<job id>-`, scheduled runs included.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

_STAMP = "%Y%m%dT%H%M%S"


def new_run_id(job_name: str | None, at: datetime | None = None) -> str:
    """A unique id for a run started now: job name, UTC start time to the second, and an 8-hex nonce (two runs
    of one job started in the same second still differ)."""
    moment = at or datetime.now(UTC)
    return f"{job_name or 'job'}-{moment:{_STAMP}}-{uuid.uuid4().hex[:8]}"


def scheduled_run_id(prefix: str, scheduled_at: datetime) -> str:
    """The id of the run a schedule fires at `scheduled_at`: no nonce, so a firing replayed after a crash gets
    the same id and the engine starts it only once."""
    return f"{prefix}-{scheduled_at:{_STAMP}}"


# A workflow id of a resumed failed run: `<run id>~<attempt>` (the backend starts it under a new id); the part
# before the separator is the run's key: its checkpoints, subset copies and session name stay those of the first
# attempt.
ATTEMPT_SEPARATOR = "~"


def run_key(workflow_id: str) -> str:
    """The run a workflow id belongs to (a resumed attempt of a failed run keeps the first attempt's key)."""
    return workflow_id.split(ATTEMPT_SEPARATOR, 1)[0]


def attempt_id(run_id: str, attempt: int) -> str:
    return f"{run_key(run_id)}{ATTEMPT_SEPARATOR}{attempt}"


def attempt_of(workflow_id: str) -> int:
    _, _, attempt = workflow_id.partition(ATTEMPT_SEPARATOR)
    return int(attempt) if attempt.isdigit() else 1
