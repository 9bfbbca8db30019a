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
