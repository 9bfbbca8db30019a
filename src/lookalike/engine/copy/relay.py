"""Relay a table's raw bulk bytes from the source to every destination: one read, bounded fan-out."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import cast

from lookalike.connectors.base import ChunkCheckpoint, Connector, KeyRange, OnConflict, RawCopy
from lookalike.core.schema import Column, Table

_QUEUE_CHUNKS = 8


async def _relay(
    source: RawCopy,
    targets: Sequence[tuple[RawCopy, OnConflict, bool]],
    table: Table,
    columns: Sequence[Column],
    key_range: KeyRange | None,
    checkpoints: Sequence[ChunkCheckpoint | None],
) -> int:
    queues: list[asyncio.Queue[bytes | BaseException | None]] = [asyncio.Queue(maxsize=_QUEUE_CHUNKS) for _ in targets]
    # Writers that failed (a stale checkpoint, a lost connection) are fed no more, so the others go on (the source
    # is read to the chunk's end: stopping its COPY midway would leave its connection to tear down mid-statement).
    failed: set[int] = set()

    async def produce() -> None:
        try:
            async for chunk in source.raw_chunks(table, columns, key_range):
                for index, queue in enumerate(queues):
                    if index not in failed:
                        await queue.put(chunk)
        except BaseException as error:
            # Each writer raises it inside its COPY, so its transaction (rows and checkpoint) rolls back.
            for queue in queues:
                await queue.put(error)
            raise
        for queue in queues:
            await queue.put(None)

    # Set once a writer's checkpoint claim is decided (it pulls its first chunk only after claiming). The writers
    # claim one after the other, in the same order in every attempt: two attempts claiming their destinations in
    # opposite orders would wait on each other for ever.
    turns = [asyncio.Event() for _ in targets]

    async def drain(index: int) -> AsyncIterator[bytes]:
        turns[index].set()
        queue = queues[index]
        while (chunk := await queue.get()) is not None:
            if isinstance(chunk, BaseException):
                raise RuntimeError("the source stopped mid-chunk") from chunk
            yield chunk

    async def write(
        index: int, target: RawCopy, mode: OnConflict, check: bool, checkpoint: ChunkCheckpoint | None
    ) -> int:
        queue = queues[index]
        try:
            if index:
                await turns[index - 1].wait()
            return await target.raw_write(table, columns, drain(index), mode, check, checkpoint=checkpoint)
        except BaseException:
            failed.add(index)
            while not queue.empty():  # a producer waiting to put into this queue goes on
                queue.get_nowait()
            raise
        finally:
            turns[index].set()

    writers = [
        write(index, target, mode, check, checkpoint)
        for index, ((target, mode, check), checkpoint) in enumerate(zip(targets, checkpoints, strict=True))
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
    checkpoints: Sequence[ChunkCheckpoint] | None = None,
) -> int:
    """Copy `columns` of `table` byte for byte into every (target, on_conflict, check FKs); rows written (the most).

    `checkpoints` (one per target) commit in each destination with the rows, each only from the version it names.
    """
    raw_targets = [(cast(RawCopy, target), mode, check) for target, mode, check in targets]
    marks: Sequence[ChunkCheckpoint | None] = checkpoints if checkpoints is not None else [None] * len(targets)
    return asyncio.run(_relay(cast(RawCopy, source), raw_targets, table, columns, key_range, marks))
