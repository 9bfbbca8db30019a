"""Binary COPY relayed as raw bytes (asyncpg hands COPY data over in ~128 KB chunks, not one row per call).

Used for tables with nothing to transform, from PostgreSQL to PostgreSQL: rows are never decoded.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

import asyncpg

from lookalike.connectors.base import OnConflict
from lookalike.connectors.postgres.snapshot import joining

_CHUNKS_IN_FLIGHT = 8


@dataclass(frozen=True)
class CheckpointSaves:
    """A chunk's checkpoint compare-and-sets (each returns the new version, or no row when stale): `claim` before
    the COPY, `after` (binding $1, the rows written) once the rows are in; `stale` is raised when one finds none."""

    claim: str
    after: str
    stale: BaseException


async def read_chunks(
    url: str, snapshot: str | None, query: str, settings: dict[str, str], pids: set[int]
) -> AsyncIterator[bytes]:
    """The binary COPY output of `query`, in the exported `snapshot` when given.

    `settings` are the run session's server settings; the backend's pid goes into `pids` (to interrupt it).
    """
    conn = await asyncpg.connect(url, server_settings=settings or None)
    pids.add(conn.get_server_pid())
    queue: asyncio.Queue[bytes | None] = asyncio.Queue(maxsize=_CHUNKS_IN_FLIGHT)
    try:
        async with conn.transaction(isolation="repeatable_read" if snapshot else "read_committed", readonly=True):
            if snapshot is not None:
                with joining(snapshot):
                    await conn.execute(f"SET TRANSACTION SNAPSHOT '{_snapshot_id(snapshot)}'")

            async def produce() -> None:
                try:
                    await conn.copy_from_query(query, output=queue.put, format="binary")
                finally:
                    await queue.put(None)

            producer = asyncio.create_task(produce())
            while (chunk := await queue.get()) is not None:
                yield chunk
            await producer
    finally:
        await conn.close()


def _snapshot_id(snapshot: str) -> str:
    # Exported snapshot ids look like 00000003-0000001B-1; anything else is refused, never interpolated.
    if not re.fullmatch(r"[0-9A-F]+-[0-9A-F]+(-[0-9]+)?", snapshot):
        raise ValueError(f"not a snapshot id: {snapshot!r}")
    return snapshot


def _count(status: str) -> int:
    return int(status.rsplit(" ", 1)[-1]) if status and status.rsplit(" ", 1)[-1].isdigit() else 0


async def write_chunks(
    url: str,
    target: tuple[str, str],
    columns: Sequence[str],
    chunks: AsyncIterator[bytes],
    on_conflict: OnConflict,
    merge_sql: str | None,
    stage_sql: str | None,
    session_sql: str | None = None,
    checkpoint: CheckpointSaves | None = None,
    settings: dict[str, str] | None = None,
    pids: set[int] | None = None,
) -> int:
    """COPY the chunks into `target` (schema, table); through a staging table when `merge_sql` is given."""
    conn: Any = await asyncpg.connect(url, server_settings=settings or None)
    if pids is not None:
        pids.add(conn.get_server_pid())
    try:
        async with conn.transaction():
            if session_sql is not None:
                await conn.execute(session_sql)
            # Claimed first: a stale attempt writes no row, and a concurrent one waits here until this one ends.
            if checkpoint is not None and await conn.fetchval(checkpoint.claim) is None:
                raise checkpoint.stale
            if merge_sql is None or stage_sql is None:
                status = await conn.copy_to_table(
                    target[1], schema_name=target[0], columns=list(columns), source=chunks, format="binary"
                )
                written = _count(status)
            else:
                await conn.execute(stage_sql)
                await conn.copy_to_table("lookalike_stage", columns=list(columns), source=chunks, format="binary")
                written = _count(await conn.execute(merge_sql))
            # The checkpoint commits with the rows it counts.
            if checkpoint is not None and await conn.fetchval(checkpoint.after, written) is None:
                raise checkpoint.stale
            return written
    finally:
        await conn.close()
