"""Scrambled keys and hashes cannot be inverted from what a run shows, and a copy does not give away key order.

Attacks from the security review: the seed (printed by every sync) was enough to recompute the key of scrambled ids
and `hash` (40,000/40,000 ids and 3,000/3,000 hashed account numbers recovered); the destination's physical row
order gave each scrambled id's original rank; the checkpoint table kept source values of transformed keys.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from tests.engine.helpers import make_job
from tests.support import pg_rows, run_script

from lookalike.engine.plan.resolve import Keys
from lookalike.engine.sync import run_sync
from lookalike.installation.secrets import installation_key
from lookalike.transformers.identity import scramble_integers

pytestmark = pytest.mark.postgres

ACCOUNTS = """
CREATE TABLE customer (id bigint PRIMARY KEY, original bigint NOT NULL, account text NOT NULL);
CREATE TABLE purchase (id int PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id));
INSERT INTO customer SELECT i, i, 'ACC-' || lpad(i::text, 6, '0') FROM generate_series(1, {rows}) i;
INSERT INTO purchase SELECT i, 1 + (i * 7919) % {rows} FROM generate_series(1, 2000) i;
"""


def _keys_an_attacker_derives_from(seed: int) -> list[bytes]:
    """Every key the old code derived from the seed alone (the run key, and TransformContext.derived_key)."""
    run_key = hashlib.blake2b(seed.to_bytes(8, "little", signed=True), digest_size=32, person=b"lookalike-run").digest()
    context_key = hashlib.blake2b(str(seed).encode(), digest_size=16).digest()
    return [run_key, context_key]


def test_the_seed_alone_inverts_no_scrambled_key_and_no_hash(new_pg_db: Callable[[str], str]) -> None:
    source, target = new_pg_db("src"), new_pg_db("dst")
    run_script(source, ACCOUNTS.format(rows=3000))
    seed = 1234
    tables = {"customer": {"columns": {"id": "transform_scramble_identity", "account": "hash"}}}
    job = make_job(source, [{"url": target, "init_schema": True}], tables, seed=seed)
    summary = run_sync(job, os.environ)
    assert summary.seed == seed  # the seed is shown: nothing secret may come from it alone
    copied = pg_rows(target, "SELECT original, id, account FROM customer ORDER BY original")
    originals = np.array([row[0] for row in copied], dtype=np.int64)
    scrambled = np.array([row[1] for row in copied], dtype=np.int64)
    hashes = {row[2] for row in copied}
    assert len(copied) == 3000 and not np.array_equal(originals, scrambled)
    recovered_ids = recovered_hashes = 0
    for key in _keys_an_attacker_derives_from(seed):
        recovered_ids += int((scramble_integers(originals, 64, key) == scrambled).sum())
        for number in range(1, 3001):  # a dictionary of every account number
            guess = hashlib.sha256(key + f"ACC-{number:06d}".encode()).hexdigest()
            recovered_hashes += guess in hashes
    assert (recovered_ids, recovered_hashes) == (0, 0)
    # The attack itself works: with the run's real secret (the installation's to know) it recovers everything.
    secret = Keys(None, installation_key, job.name or "", seed).run_secret()
    assert int((scramble_integers(originals, 64, secret) == scrambled).sum()) == 3000
    assert hashlib.sha256(secret + b"ACC-000001").hexdigest() in hashes
    # The same seed on the same installation still reproduces the same copy (the secret is the installation's).
    again = new_pg_db("again")
    run_sync(make_job(source, [{"url": again, "init_schema": True}], tables, seed=seed), os.environ)
    assert pg_rows(again, "SELECT original, id, account FROM customer ORDER BY original") == copied


def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    rank_a, rank_b = a.argsort().argsort(), b.argsort().argsort()
    return float(np.corrcoef(rank_a, rank_b)[0, 1])


@pytest.mark.parametrize("chunk_rows", [100_000, 20_000], ids=["one-chunk", "five-chunks"])
def test_physical_row_order_does_not_follow_the_source_keys(new_pg_db: Callable[[str], str], chunk_rows: int) -> None:
    source, target = new_pg_db("src"), new_pg_db("dst")
    run_script(source, ACCOUNTS.format(rows=100_000))
    run_script(source, "ANALYZE customer")
    job = make_job(
        source,
        [{"url": target, "init_schema": True}],
        {"customer": {"columns": {"id": "transform_scramble_identity"}}},
        sync_options={"chunk_rows": chunk_rows},
    )
    run_sync(job, os.environ)
    rows = pg_rows(target, "SELECT original FROM customer ORDER BY ctid")
    positions = np.arange(len(rows))
    originals = np.array([row[0] for row in rows], dtype=np.int64)
    assert len(rows) == 100_000
    assert abs(_spearman(positions, originals)) < 0.05
    # The rewrite leaves no CLUSTER mark behind (the schema stays the source's).
    assert pg_rows(target, "SELECT count(*) FROM pg_index WHERE indisclustered") == [(0,)]


def test_checkpoints_hold_no_source_key_and_go_when_the_run_succeeds(new_pg_db: Callable[[str], str]) -> None:
    from lookalike.connectors import open_connector
    from lookalike.connectors.base import Checkpoint
    from lookalike.engine.copy.positions import revealed, sealed

    source, target = new_pg_db("src"), new_pg_db("dst")
    run_script(source, ACCOUNTS.format(rows=5000))
    run_script(source, "ANALYZE customer")
    stored = sealed(Checkpoint(("4242",), 10, 0, False))
    assert stored.after is not None and "4242" not in stored.after[0]
    assert revealed(stored) == Checkpoint(("4242",), 10, 0, False)
    # Watch the checkpoint table while a many-chunk run goes: every position written is sealed.
    job = make_job(
        source,
        [{"url": target, "init_schema": True}],
        {"customer": {"columns": {"id": "transform_scramble_identity"}}},
        sync_options={"chunk_rows": 500},
    )
    seen: list[str] = []
    destination = open_connector(target)
    original = type(destination).save_checkpoint

    def spy(self: object, run_id: str, step_id: str, checkpoint: Checkpoint, expected_version: int) -> int:
        seen.extend(checkpoint.after or ())
        return original(self, run_id, step_id, checkpoint, expected_version)  # type: ignore[arg-type]

    destination.close()
    type(destination).save_checkpoint = spy  # type: ignore[method-assign]
    try:
        run_sync(job, os.environ)
    finally:
        type(destination).save_checkpoint = original  # type: ignore[method-assign]
    assert seen and all(text.startswith("lk1:") for text in seen)
    assert pg_rows(target, "SELECT count(*) FROM _lookalike.checkpoint") == [(0,)]


@pytest.mark.parametrize("dialect", ["postgres", "sqlite"])
def test_checkpoints_of_runs_never_resumed_are_forgotten(
    dialect: str, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    from lookalike.connectors import open_connector
    from lookalike.connectors.base import Checkpoint
    from lookalike.engine.dbos.steps import build_request, forget_checkpoints

    url = new_pg_db("dst") if dialect == "postgres" else f"sqlite:///{tmp_path / 'dst.db'}"
    target = open_connector(url)
    try:
        target.prepare_checkpoints()
        with target.transaction():
            target.save_checkpoint("old-run", "insert:t", Checkpoint(None, 5, 0, False), 0)
            target.save_checkpoint("forgotten-run", "insert:t", Checkpoint(None, 5, 0, False), 0)
            target.save_checkpoint("live-run", "insert:t", Checkpoint(None, 5, 0, False), 0)
        table = '"_lookalike".checkpoint' if dialect == "postgres" else '"_lookalike_checkpoint"'
        old = "now() - interval '40 days'" if dialect == "postgres" else "datetime('now', '-40 days')"
        statement = f"UPDATE {table} SET updated_at = {old} WHERE run_id = 'old-run'"
        if dialect == "postgres":
            run_script(url, statement)
        else:
            import sqlite3

            with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
                db.execute(statement)
        target.prepare_checkpoints()  # the next run into this destination
        assert target.load_checkpoint("old-run", "insert:t") is None
        assert target.load_checkpoint("live-run", "insert:t") is not None
        source = tmp_path / "src.db"
        import sqlite3

        with sqlite3.connect(source) as db:
            db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        request = build_request(make_job(f"sqlite:///{source}", [{"url": url, "init_schema": True}]), {})
        forget_checkpoints("forgotten-run", request)  # what deleting a run does
        assert target.load_checkpoint("forgotten-run", "insert:t") is None
        assert target.load_checkpoint("live-run", "insert:t") is not None
    finally:
        target.close()
