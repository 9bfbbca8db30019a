"""The hand-offs between reader and writers: a failed reader leaves nothing committed."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from lookalike.engine.copy.pipeline import BackgroundWriter, prefetch


class _Journal:
    def __init__(self) -> None:
        self.events: list[str] = []

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.events.append("begin")
        try:
            yield
        except BaseException:
            self.events.append("rollback")
            raise
        self.events.append("commit")


def _writer(journal: _Journal) -> BackgroundWriter[int]:
    return BackgroundWriter(
        lambda item: journal.events.append(f"write {item}"),
        around=journal.transaction,
        finish=lambda: journal.events.append("checkpoint"),
    )


def test_a_finished_chunk_writes_then_checkpoints_then_commits() -> None:
    journal = _Journal()
    writer = _writer(journal)
    for item in (1, 2):
        writer.put(item)
    writer.close()
    assert journal.events == ["begin", "write 1", "write 2", "checkpoint", "commit"]


def test_an_aborted_chunk_rolls_back_without_its_checkpoint() -> None:
    journal = _Journal()
    writer = _writer(journal)
    writer.put(1)
    writer.abort()
    assert journal.events == ["begin", "write 1", "rollback"]


def test_a_failing_write_rolls_back_and_close_raises_it() -> None:
    journal = _Journal()

    def write(item: int) -> None:
        if item == 2:
            raise ValueError("bad row")
        journal.events.append(f"write {item}")

    writer = BackgroundWriter(write, around=journal.transaction, finish=lambda: journal.events.append("checkpoint"))
    for item in (1, 2, 3):
        writer.put(item)
    with pytest.raises(ValueError, match="bad row"):
        writer.close()
    assert journal.events == ["begin", "write 1", "rollback"]


def test_prefetch_hands_the_readers_error_to_the_consumer() -> None:
    def reader() -> Iterator[int]:
        yield 1
        raise ConnectionError("source went away")

    seen = []
    with pytest.raises(ConnectionError):
        for item in prefetch(reader()):
            seen.append(item)
    assert seen == [1]


def test_fixed_blocks_recut_any_batches_into_whole_blocks() -> None:
    import pyarrow as pa

    from lookalike.engine.copy.pipeline import fixed_blocks

    def batch(start: int, rows: int) -> pa.RecordBatch:
        return pa.RecordBatch.from_pydict({"n": list(range(start, start + rows))})

    cut = list(fixed_blocks([batch(0, 7), batch(7, 2), batch(9, 0), batch(9, 12), batch(21, 1)], 5))
    assert [b.num_rows for b in cut] == [5, 5, 5, 5, 2]
    assert [n for b in cut for n in b.column(0).to_pylist()] == list(range(22))
    assert list(fixed_blocks([], 5)) == []
