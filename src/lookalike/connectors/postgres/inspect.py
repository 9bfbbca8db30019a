"""What the API asks of a connection before a job uses it: which privileges it has, whether a filter runs, which
server and database it reaches, and which tables hold rows.

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


# The identity of a running server and one of its databases, from what every role may read. Not the cluster's
# `system_identifier` (pg_control_system(), which PUBLIC may execute too): that names a data lineage, shared by a
# standby and by every copy restored from one base backup, so two distinct restored copies would look like one.
# The postmaster's start time (to the microsecond) and port name the running server; the oid names the database.
_IDENTITY = """
SELECT pg_postmaster_start_time(), current_setting('port'), d.oid, d.datname
  FROM pg_database d WHERE d.datname = current_database()
"""


def identity(conn: psycopg.Connection[Any]) -> str:
    try:
        with conn.cursor() as cur:
            row = cur.execute(_IDENTITY).fetchone()
    finally:
        conn.rollback()
    assert row is not None, "current_database() is in pg_database"
    started, port, oid, name = row
    return f"postgresql:{started.isoformat()}:{port}:{oid}:{name}"


_READABLE = """
SELECT n, has_table_privilege(to_regclass(n), 'SELECT') FROM unnest(%s::text[]) AS n WHERE to_regclass(n) IS NOT NULL
"""
_PROBES_PER_QUERY = 500


_SIGNATURES = """
SELECT t.name,
       string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                  || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END, ', ' ORDER BY a.attnum)
FROM unnest(%s::text[]) AS t(name)
JOIN pg_attribute a ON a.attrelid = to_regclass(t.name) AND a.attnum > 0 AND NOT a.attisdropped
GROUP BY t.name
"""


def column_signatures(conn: psycopg.Connection[Any], tables: Sequence[QualifiedName]) -> dict[QualifiedName, str]:
    """Per existing table, its columns in one string (one catalog query for all of them)."""
    by_text = {ident(table).as_string(conn): table for table in tables}
    try:
        with conn.cursor() as cur:
            rows = cur.execute(_SIGNATURES, (list(by_text),)).fetchall()
    finally:
        conn.rollback()
    return {by_text[text]: str(signature) for text, signature in rows}


def tables_with_rows(conn: psycopg.Connection[Any], tables: Sequence[QualifiedName]) -> list[QualifiedName]:
    """Existing `tables` with a row; one this role may not read counts as holding rows (it may: fail closed)."""
    by_text = {ident(table).as_string(conn): table for table in tables}
    found: set[QualifiedName] = set()
    try:
        with conn.cursor() as cur:
            # A table another session holds locked (a migration, a run's own load) must not stall validation:
            # past the wait it counts as holding rows, as an unreadable one does.
            cur.execute("SET LOCAL lock_timeout = '5s'")
            existing = cur.execute(_READABLE, (list(by_text),)).fetchall()
            readable = [by_text[text] for text, may_read in existing if may_read]
            found.update(by_text[text] for text, may_read in existing if not may_read)
            for start in range(0, len(readable), _PROBES_PER_QUERY):
                part = readable[start : start + _PROBES_PER_QUERY]
                probes = sql.SQL(", ").join(sql.SQL("EXISTS (SELECT FROM {})").format(ident(t)) for t in part)
                try:
                    row = cur.execute(sql.SQL("SELECT {}").format(probes)).fetchone()
                except psycopg.errors.LockNotAvailable:
                    found.update(readable[start:])
                    break
                assert row is not None
                found.update(table for table, has_rows in zip(part, row, strict=True) if has_rows)
    finally:
        conn.rollback()
    return [table for table in tables if table in found]
