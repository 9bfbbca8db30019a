"""Relay a table's raw bulk bytes from the source to every destination: one read, bounded fan-out."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import cast

from lookalike.connectors.base import Checkpoint, Connector, KeyRange, OnConflict, RawCopy
from lookalike.core.schema import Column, Table

_QUEUE_CHUNKS = 8


async def _relay(
    source: RawCopy,
    targets: Sequence[tuple[RawCopy, OnConflict, bool]],
    table: Table,
    columns: Sequence[Column],
    key_range: KeyRange | None,
    checkpoint: tuple[str, str, Checkpoint] | None,
) -> int:
    queues: list[asyncio.Queue[bytes | BaseException | None]] = [asyncio.Queue(maxsize=_QUEUE_CHUNKS) for _ in targets]

    async def produce() -> None:
        try:
            async for chunk in source.raw_chunks(table, columns, key_range):
                for queue in queues:
                    await queue.put(chunk)
        except BaseException as error:
            # Each writer raises it inside its COPY, so its transaction (rows and checkpoint) rolls back.
            for queue in queues:
                await queue.put(error)
            raise
        for queue in queues:
            await queue.put(None)

    async def drain(queue: asyncio.Queue[bytes | BaseException | None]) -> AsyncIterator[bytes]:
        while (chunk := await queue.get()) is not None:
            if isinstance(chunk, BaseException):
                raise RuntimeError("the source stopped mid-chunk") from chunk
            yield chunk

    writers = [
        target.raw_write(table, columns, drain(queue), mode, check, checkpoint=checkpoint)
        for (target, mode, check), queue in zip(targets, queues, strict=True)
    ]
    results = await asyncio.gather(produce(), *writers, return_exceptions=True)
    failures = [result for result in results if isinstance(result, BaseException)]
    if failures:  # the source's own error first: the writers' errors only echo it
        raise failures[0]
    written = [int(count) for count in results[1:] if isinstance(count, int)]
    return max(written, default=0)


def relay_table(
    source: Connector,
    targets: Sequence[tuple[Connector, OnConflict, bool]],
    table: Table,
    columns: Sequence[Column],
    key_range: KeyRange | None = None,
    checkpoint: tuple[str, str, Checkpoint] | None = None,
) -> int:
    """Copy `columns` of `table` byte for byte into every (target, on_conflict, check FKs); rows written (the most).

    `checkpoint` (run id, step id, checkpoint) commits in each destination with the rows.
    """
    raw_targets = [(cast(RawCopy, target), mode, check) for target, mode, check in targets]
    return asyncio.run(_relay(cast(RawCopy, source), raw_targets, table, columns, key_range, checkpoint))
