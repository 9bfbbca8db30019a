"""Bounded hand-offs between a table's reader, its transformer and one writer per destination.

Each stage runs in its own thread so the source server, the Python transform and the destination servers work
at the same time; queues of `depth` batches bound memory whatever the table's size.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

import pyarrow as pa

T = TypeVar("T")
_DONE = object()
_ABORT = object()


class AbortedError(Exception):
    """The producer failed: what a writer got so far must not be committed."""


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def fixed_blocks(batches: Iterable[pa.RecordBatch], rows: int) -> Iterator[pa.RecordBatch]:
    """The rows of `batches` re-cut into batches of exactly `rows` rows (the last may hold fewer)."""
    pending: list[pa.RecordBatch] = []
    held = 0
    for batch in batches:
        while batch.num_rows:
            take = min(rows - held, batch.num_rows)
            pending.append(batch.slice(0, take))
            held += take
            batch = batch.slice(take)
            if held == rows:
                yield _joined(pending)
                pending, held = [], 0
    if held:
        yield _joined(pending)


def _joined(parts: list[pa.RecordBatch]) -> pa.RecordBatch:
    if len(parts) == 1:
        return parts[0]
    return pa.Table.from_batches(parts).combine_chunks().to_batches()[0]


def prefetch(items: Iterable[T], depth: int = 2) -> Iterator[T]:
    """Iterate `items` in a background thread, at most `depth` ahead of the consumer."""
    handoff: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        handoff.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            handoff.put(_DONE)
        except BaseException as error:  # handed to the consumer, which raises it
            handoff.put(_Failure(error))

    thread = threading.Thread(target=produce, name="lookalike-reader", daemon=True)
    thread.start()
    try:
        while (item := handoff.get()) is not _DONE:
            if isinstance(item, _Failure):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        thread.join()


class BackgroundWriter(Generic[T]):
    """Feeds items to `write` in a thread; `put` blocks when `depth` items wait; `close` re-raises its error.

    With `around` (e.g. a transaction), every write happens inside it and `finish` runs last, still inside; a
    failed write makes `around` exit with the error (a rollback), so nothing of the batch set is kept.
    """

    def __init__(
        self,
        write: Callable[[T], object],
        depth: int = 2,
        name: str = "lookalike-writer",
        around: Callable[[], contextlib.AbstractContextManager[object]] | None = None,
        finish: Callable[[], object] | None = None,
    ) -> None:
        self._write = write
        self._around = around or contextlib.nullcontext
        self._finish = finish
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._drained = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with self._around():
                self._drain()
                if self._error is not None:
                    raise self._error
                if self._finish is not None:
                    self._finish()
        except BaseException as error:
            self._error = self._error or error
            self._drain()  # the producer must never block on a writer that has given up

    def _drain(self) -> None:
        while not self._drained and (item := self._queue.get()) is not _DONE:
            if item is _ABORT:
                self._error = self._error or AbortedError("the reader failed")
                break
            if self._error is None:
                try:
                    self._write(item)  # type: ignore[arg-type]
                except BaseException as error:
                    self._error = error
        self._drained = True

    def put(self, item: T) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(item)

    def close(self) -> None:
        """Finish (commit, with `around`) and re-raise the writer's error, if any."""
        self._queue.put(_DONE)
        self._thread.join()
        if self._error is not None:
            raise self._error

    def abort(self) -> None:
        """Stop without finishing: with `around`, everything written is rolled back."""
        self._queue.put(_ABORT)
        self._thread.join()
