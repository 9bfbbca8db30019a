"""JavaScript in a sync: a run's batches share the code's globals (the run id reaches the sandbox as its scope);
the next run of the same job starts afresh. Isolation within one long-lived thread is tested at transform_batch
level in tests/transformers/test_sandbox.py; here, that the engine passes the run id along."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from tests.engine.helpers import make_job, sqlite_url

from lookalike.engine.sync import run_sync

COUNTER = "var n = (globalThis.n || 0) + 1; globalThis.n = n; return 'n' + n;"


def test_each_run_starts_with_fresh_javascript_globals(tmp_path: Path) -> None:
    source, target = tmp_path / "source.db", tmp_path / "target.db"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)")
        conn.executemany("INSERT INTO person VALUES (?, ?)", [(i, f"p{i}") for i in range(1, 7)])
    tables = {"person": {"columns": {"name": {"transformer": "transform_javascript", "params": {"code": COUNTER}}}}}
    destination = {"url": sqlite_url(target), "init_schema": True, "truncate_before_insert": True}
    job = make_job(sqlite_url(source), [destination], tables, batch_size=2, workers=1)
    for _ in range(2):
        assert run_sync(job, os.environ).ok
        with sqlite3.connect(target) as conn:
            names = sorted(row[0] for row in conn.execute("SELECT name FROM person"))
        # Three batches of one run counted on in one context; the second run started again from 1.
        assert names == sorted(f"n{i}" for i in range(1, 7))
