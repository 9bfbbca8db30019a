"""Joining an exported snapshot: every driver's "invalid snapshot identifier" becomes one SnapshotLostError."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from lookalike.connectors.base import SnapshotLostError


@contextlib.contextmanager
def joining(snapshot: str | None) -> Iterator[None]:
    """Around a `SET TRANSACTION SNAPSHOT`: a snapshot whose holder died (crash, restart) is reported as lost."""
    try:
        yield
    except Exception as error:
        message = str(error).strip()
        if snapshot is None or "invalid snapshot identifier" not in message:
            raise
        raise SnapshotLostError(
            f"the run's snapshot {snapshot} is gone: {message.splitlines()[0]}",
            fix="the run takes a new snapshot and goes on (its holder died)",
        ) from None
