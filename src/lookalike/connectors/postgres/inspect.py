"""What the API asks of a connection before a job uses it: which privileges it has, and whether a filter runs.

A user's filter only ever runs here inside a READ ONLY transaction under a statement timeout, through the
a prepared statement (one statement, no `; DROP …` riding along).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import sql

from lookalike.connectors.base import Access, bad_filter, slow_filter
from lookalike.connectors.postgres.ddl import ident
from lookalike.core.schema import QualifiedName

_PRIVILEGES = """
SELECT c.oid::regclass::text, has_table_privilege(c.oid, 'SELECT'), has_table_privilege(c.oid, 'INSERT')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE (n.nspname, c.relname) IN (SELECT * FROM unnest(%s::text[], %s::text[]))
"""


def access(conn: psycopg.Connection[Any], tables: Sequence[QualifiedName]) -> Access:
    try:
        with conn.cursor() as cur:
            user, version, can_create = cur.execute(
                "SELECT current_user, current_setting('server_version'),"
                " has_database_privilege(current_database(), 'CREATE')"
            ).fetchone() or ("", "", False)
            rows = cur.execute(
                _PRIVILEGES, ([t.schema or "public" for t in tables], [t.name for t in tables])
            ).fetchall()
    finally:
        conn.rollback()
    return Access(
        user=str(user),
        server=f"PostgreSQL {version}",
        tables=len(tables),
        unreadable=sorted(name for name, readable, _ in rows if not readable),
        unwritable=sorted(name for name, _, writable in rows if not writable),
        can_create=bool(can_create),
    )


def count_matching(
    conn: psycopg.Connection[Any], table: QualifiedName, where: str | None, timeout_seconds: float
) -> int:
    """Rows of `table` that `where` keeps; ConfigError naming the table when it is not valid SQL or too slow."""
    query = sql.SQL("SELECT count(*) FROM {}").format(ident(table))
    if where is not None:
        query = sql.SQL("{} WHERE ({})").format(query, sql.SQL(where))
    conn.rollback()
    try:
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute(sql.SQL("SET LOCAL statement_timeout = {}").format(sql.Literal(int(timeout_seconds * 1000))))
            # A prepared statement holds exactly one command: `…; DROP TABLE x` is refused by the server.
            row = cur.execute(query, prepare=True).fetchone()
    except psycopg.errors.QueryCanceled:
        raise slow_filter(table, timeout_seconds) from None
    except psycopg.Error as error:
        raise bad_filter(table, (error.diag.message_primary or str(error)).strip()) from None
    assert row is not None
    return int(row[0])
