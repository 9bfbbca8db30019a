"""The checkpoint store in a PostgreSQL destination: one row per run step, saved by compare-and-set on a version
(a chunk commits only over the checkpoint it started from)."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from lookalike.connectors.base import (
    CHECKPOINT_NAMESPACE,
    CHECKPOINT_RETENTION_DAYS,
    Checkpoint,
    StaleCheckpointError,
    redact_url,
    stale_checkpoint,
)

TABLE = sql.Identifier(CHECKPOINT_NAMESPACE, "checkpoint")


def prepare_statements(conn: psycopg.Connection[Any]) -> list[sql.Composable]:
    """Create the store unless it exists, give an older one its version column, forget stale checkpoints."""
    statements: list[sql.Composable] = [
        sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(CHECKPOINT_NAMESPACE)),
        sql.SQL(
            "CREATE TABLE IF NOT EXISTS {} (run_id text, step_id text, after_key text[], rows bigint NOT NULL,"
            " skipped bigint NOT NULL, done boolean NOT NULL, updated_at timestamptz NOT NULL DEFAULT now(),"
            " version bigint NOT NULL DEFAULT 1, PRIMARY KEY (run_id, step_id))"
        ).format(TABLE),
    ]
    if not _have_versions(conn):
        # Made by an older version: each checkpoint it left counts as saved once. Asked first, since ALTER
        # TABLE would wait for every open chunk of another run into this destination even when it changes nothing.
        statements.append(
            sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS version bigint NOT NULL DEFAULT 1").format(TABLE)
        )
    statements.append(
        sql.SQL("DELETE FROM {} WHERE updated_at < now() - {} * interval '1 day'").format(
            TABLE, sql.Literal(CHECKPOINT_RETENTION_DAYS)
        )
    )
    return statements


def _have_versions(conn: psycopg.Connection[Any]) -> bool:
    """Whether the checkpoint table exists with its version column (False when there is no table yet)."""
    query = (
        "SELECT 1 FROM information_schema.columns WHERE table_schema = %s AND table_name = 'checkpoint'"
        " AND column_name = 'version'"
    )
    with conn.cursor() as cur:
        row = cur.execute(query, (CHECKPOINT_NAMESPACE,)).fetchone()
    conn.rollback()
    return row is not None


def load(conn: psycopg.Connection[Any], run_id: str, step_id: str) -> Checkpoint | None:
    query = sql.SQL("SELECT after_key, rows, skipped, done, version FROM {} WHERE run_id = %s AND step_id = %s").format(
        TABLE
    )
    with conn.cursor() as cur:
        row = cur.execute(query, (run_id, step_id)).fetchone()
    conn.rollback()
    if row is None:
        return None
    after = None if row[0] is None else tuple(str(value) for value in row[0])
    return Checkpoint(after, int(row[1]), int(row[2]), bool(row[3]), int(row[4]))


def save_sql(
    run_id: str, step_id: str, mark: Checkpoint, expected_version: int, rows_prefix: sql.Composable | None = None
) -> sql.Composed:
    """The compare-and-set that saves `mark` over `expected_version`; it returns the new version, or no row
    when another version is stored (with a concurrent attempt's uncommitted save, it first waits for it)."""
    values = {
        "after": sql.Literal(None if mark.after is None else list(mark.after)),
        "rows": sql.SQL("{}{}").format(rows_prefix or sql.SQL(""), sql.Literal(mark.rows)),
        "skipped": sql.Literal(mark.skipped),
        "done": sql.Literal(mark.done),
    }
    if expected_version == 0:  # the first save: the key is unique, so of two first attempts one inserts
        return sql.SQL(
            "INSERT INTO {} (run_id, step_id, after_key, rows, skipped, done, version) "
            "VALUES ({}, {}, {after}, {rows}, {skipped}, {done}, 1) "
            "ON CONFLICT (run_id, step_id) DO NOTHING RETURNING version"
        ).format(TABLE, sql.Literal(run_id), sql.Literal(step_id), **values)
    return sql.SQL(
        "UPDATE {} SET after_key = {after}, rows = {rows}, skipped = {skipped}, done = {done}, "
        "version = version + 1, updated_at = now() WHERE run_id = {} AND step_id = {} AND version = {} "
        "RETURNING version"
    ).format(TABLE, sql.Literal(run_id), sql.Literal(step_id), sql.Literal(expected_version), **values)


def stale(url: str, step_id: str, expected_version: int) -> StaleCheckpointError:
    return stale_checkpoint(f"{redact_url(url)} ({CHECKPOINT_NAMESPACE}.checkpoint)", step_id, expected_version)


def save(
    conn: psycopg.Connection[Any], url: str, run_id: str, step_id: str, checkpoint: Checkpoint, expected_version: int
) -> int:
    with conn.transaction(), conn.cursor() as cur:
        row = cur.execute(save_sql(run_id, step_id, checkpoint, expected_version)).fetchone()
    if row is None:
        raise stale(url, step_id, expected_version)
    return int(row[0])


def clear_sql() -> sql.Composed:
    return sql.SQL("DELETE FROM {} WHERE run_id = %s").format(TABLE)
