"""Triggers held off while a run loads tables that have them already (a second run into a copy).

A first copy creates triggers after the data (pgdump.py), so none fires on a copied row. A destination that has
the schema already has its triggers too: they are disabled before the data and given back, after it, the state
each has in the source (enabled, disabled, replica or always), so a copied row is written as the source holds it
(a `last_update` trigger would stamp it with the load's time, a tsvector one recompute it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import sql

from lookalike.connectors.postgres import sessions
from lookalike.core.schema import Table

# The user triggers of `tables` and of (recursively) their partitions, parents first.
TRIGGERS = """
WITH RECURSIVE kept(oid, depth) AS (
    SELECT c.oid, 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN unnest(%(schemas)s::text[], %(names)s::text[]) AS w(s, t) ON w.s = n.nspname AND w.t = c.relname
  UNION
    SELECT i.inhrelid, k.depth + 1 FROM pg_inherits i JOIN kept k ON i.inhparent = k.oid
)
SELECT n.nspname, c.relname, t.tgname, t.tgenabled FROM kept k
JOIN pg_trigger t ON t.tgrelid = k.oid AND NOT t.tgisinternal
JOIN pg_class c ON c.oid = k.oid JOIN pg_namespace n ON n.oid = c.relnamespace
ORDER BY k.depth, 1, 2, 3
"""

_STATE = {"O": "ENABLE", "D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS"}

TriggerState = tuple[str, str, str, str]  # schema, table, trigger, pg_trigger.tgenabled


def states(conn: psycopg.Connection[Any], tables: Sequence[Table]) -> list[TriggerState]:
    """Each user trigger of `tables` (and their partitions) with its state."""
    names = {"schemas": [t.name.schema or "public" for t in tables], "names": [t.name.name for t in tables]}
    with conn.cursor() as cur:
        found = [(str(s), str(r), str(g), str(e)) for s, r, g, e in cur.execute(TRIGGERS, names).fetchall()]
    conn.rollback()
    return found


def _set(cur: psycopg.Cursor[Any], schema: str, table: str, trigger: str, state: str) -> None:
    cur.execute(
        sql.SQL("ALTER TABLE {} {} TRIGGER {}").format(
            sql.Identifier(schema, table), sql.SQL(_STATE[state]), sql.Identifier(trigger)
        )
    )


def hold(url: str, tables: Sequence[Table]) -> None:
    """Disable every trigger of `tables` the destination has (none on a fresh one)."""
    with sessions.connect_in_session(url) as conn:
        held = [found for found in states(conn, tables) if found[3] != "D"]
        with conn.transaction(), conn.cursor() as cur:
            for schema, table, trigger, _ in held:
                _set(cur, schema, table, trigger, "D")


def restore(url: str, source: Sequence[TriggerState]) -> None:
    """Give each trigger the destination has the state the source gives it (the dump's own statements say so on a
    first copy; on a second one they were skipped as existing)."""
    with sessions.connect_in_session(url) as conn, conn.transaction(), conn.cursor() as cur:
        present = {
            (schema, table, trigger)
            for schema, table, trigger in cur.execute(
                "SELECT n.nspname, c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal"
            ).fetchall()
        }
        for schema, table, trigger, state in source:
            if (schema, table, trigger) in present:
                _set(cur, schema, table, trigger, state)
