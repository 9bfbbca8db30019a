"""Key ranges: the chunks a durable run reads partition a table in key order, exactly `count` rows each."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from lookalike.connectors import Connector, open_connector
from lookalike.connectors.base import Checkpoint, KeyRange

# Integer keys whose text order differs from their order (9 < 10 but '9' > '10'), and a composite text key.
_ROWS = 95
_SQL = [
    "CREATE TABLE nums (id bigint PRIMARY KEY, v text)",
    "CREATE TABLE pairs (a text, b integer, v text, PRIMARY KEY (a, b))",
]
# No statistics (autovacuum kept off): bounds come from counting rows, so chunks are exact.
_NO_STATS = [f"ALTER TABLE {name} SET (autovacuum_enabled = false)" for name in ("nums", "pairs")]


def _fill(execute: Callable[[str], object], after_create: list[str] | None = None) -> None:
    for statement in [*_SQL, *(after_create or [])]:
        execute(statement)
    execute(f"INSERT INTO nums VALUES {', '.join(f'({i}, {chr(39)}v{i}{chr(39)})' for i in range(1, _ROWS + 1))}")
    pairs = [f"('k{i % 7}', {i}, 'p{i}')" for i in range(_ROWS)]
    execute(f"INSERT INTO pairs VALUES {', '.join(pairs)}")


def _chunks(connector: Connector, name: str, count: int) -> list[list[tuple[object, ...]]]:
    table = connector.reflect().find_table(name)
    assert table is not None
    key = [table.column(n) for n in table.row_key or ()]
    out, after = [], None
    while True:
        upto = connector.key_bound(table, after, count)
        rows: list[tuple[object, ...]] = []
        for batch in connector.read_batches(table, key, 7, frozenset(), KeyRange(after, upto)):
            rows.extend(zip(*(column.to_pylist() for column in batch.columns), strict=True))
        out.append(rows)
        if upto is None:
            return out
        after = upto


def _check(connector: Connector, expected: dict[str, list[tuple[object, ...]]], exact: bool = True) -> None:
    for name, ordered in expected.items():
        chunks = _chunks(connector, name, 10)
        sizes = [len(c) for c in chunks]
        if exact:
            assert sizes[:-1] == [10] * (len(chunks) - 1), sizes
        else:  # from the histogram: about 10 each
            assert len(chunks) >= 5 and max(sizes) <= 30, sizes
        assert [row for chunk in chunks for row in chunk] == ordered  # no gap, no overlap, key order


@pytest.mark.parametrize("analyzed", [False, True])
def test_postgres_key_ranges_partition_in_key_order(analyzed: bool, new_pg_db: Callable[[str], str]) -> None:
    url = new_pg_db("keys")
    with psycopg.connect(url, autocommit=True) as conn:
        _fill(lambda text: conn.execute(text), [] if analyzed else _NO_STATS)  # type: ignore[arg-type]
        if analyzed:
            conn.execute("ANALYZE")
    connector = open_connector(url, must_exist=True)
    try:
        pairs = sorted((f"k{i % 7}", i) for i in range(_ROWS))
        # A one-column key takes its bounds from the histogram once analyzed; a composite key always counts.
        _check(connector, {"public.nums": [(i,) for i in range(1, _ROWS + 1)]}, exact=not analyzed)
        _check(connector, {"public.pairs": pairs})
    finally:
        connector.close()


def test_sqlite_key_ranges_partition_in_key_order(tmp_path: Path) -> None:
    path = tmp_path / "keys.db"
    conn = sqlite3.connect(path)
    _fill(conn.execute)
    conn.commit()
    conn.close()
    connector = open_connector(f"sqlite:///{path}", must_exist=True)
    try:
        pairs = sorted((f"k{i % 7}", i) for i in range(_ROWS))
        _check(connector, {"nums": [(i,) for i in range(1, _ROWS + 1)], "pairs": pairs})
    finally:
        connector.close()


@pytest.mark.parametrize("dialect", ["postgres", "sqlite"])
def test_a_checkpoint_commits_with_the_rows_or_not_at_all(
    dialect: str, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    url = new_pg_db("ckpt") if dialect == "postgres" else f"sqlite:///{tmp_path / 'ckpt.db'}"
    target = open_connector(url)
    try:
        target.prepare_checkpoints()
        assert target.load_checkpoint("run", "insert:t") is None
        mark = Checkpoint(("10", "x"), 10, 1, False)
        with target.transaction():
            assert target.save_checkpoint("run", "insert:t", mark, 0) == 1
        assert target.load_checkpoint("run", "insert:t") == dataclasses.replace(mark, version=1)
        with pytest.raises(RuntimeError), target.transaction():
            target.save_checkpoint("run", "insert:t", Checkpoint(("20", "y"), 20, 1, True), 1)
            raise RuntimeError("the chunk failed after its checkpoint was written")
        stored = target.load_checkpoint("run", "insert:t")
        assert stored == dataclasses.replace(mark, version=1), "a rolled-back chunk must not move the checkpoint"
        target.clear_checkpoints("run")
        assert target.load_checkpoint("run", "insert:t") is None
    finally:
        target.close()


def test_a_postgres_key_read_in_its_text_form_still_comes_in_key_order(new_pg_db: Callable[[str], str]) -> None:
    """Untransformed columns travel as text (`native_text`), the key too: its output column has the key's name, and
    an unqualified ORDER BY sorted that text ('10' before '9'), so which block (and random draw) a row got depended
    on where its chunk began."""
    url = new_pg_db("keys")
    with psycopg.connect(url, autocommit=True) as conn:
        _fill(lambda text: conn.execute(text))  # type: ignore[arg-type]
    connector = open_connector(url, must_exist=True)
    try:
        table = connector.reflect().find_table("public.nums")
        assert table is not None
        read = connector.read_batches(table, table.columns, 1000, frozenset({"id", "v"}), KeyRange(None, ("50",)))
        ids = [value for batch in read for value in batch.column(0).to_pylist()]
        assert ids == [str(i) for i in range(1, 51)]
    finally:
        connector.close()
