"""How connections to PostgreSQL are opened, and a run's sessions on a server.

`application_name` names the run, `statement_timeout` bounds each statement server-side (so a query whose client
died ends by itself), and backends are cancelled by pid. Three drivers open connections here (psycopg, ADBC,
asyncpg); each gets the same two settings, and each connection's backend pid is kept so an interrupt reaches
whichever of them is busy.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

import psycopg
from psycopg import sql

from lookalike.connectors import session as run_sessions
from lookalike.connectors.session import RunSession
from lookalike.core.urls import encode_userinfo


def libpq_url(url: str) -> str:
    """`postgresql+driver://…` → `postgresql://…` (libpq and ADBC take the plain form), user and password
    percent-encoded so that libpq reads the password the user wrote (and the redaction masks)."""
    scheme, sep, rest = url.partition("://")
    return encode_userinfo(f"{scheme.split('+', 1)[0]}{sep}{rest}")


def with_connect_timeout(url: str, seconds: int = 10) -> str:
    """The URL with libpq's connect_timeout set, unless it sets one already (ADBC has no keyword for it)."""
    if "connect_timeout=" in url:
        return url
    return f"{url}{'&' if '?' in url else '?'}connect_timeout={seconds}"


def connect_adbc(url: str, session: RunSession | None) -> tuple[Any, int]:
    """An ADBC connection (Arrow reads) in the run's session, and its backend pid (to interrupt it)."""
    import adbc_driver_postgresql.dbapi as adbc

    conn = adbc.connect(url_with_session(with_connect_timeout(url), session))
    with conn.cursor() as probe:
        probe.execute("SELECT pg_backend_pid()")
        row = probe.fetchone()
    conn.rollback()
    return conn, int(row[0]) if row else 0


def server_settings(session: RunSession | None) -> dict[str, str]:
    """The session's settings as PostgreSQL parameters (asyncpg's `server_settings`)."""
    if session is None:
        return {}
    settings = {"application_name": session.name}
    if session.statement_timeout is not None:
        settings["statement_timeout"] = str(max(1, math.ceil(session.statement_timeout * 1000)))
    return settings


def session_settings(conn: psycopg.Connection[Any], session: RunSession | None) -> str:
    """One statement giving a connection opened earlier the session's name and statement timeout (a pooled
    connection reused by a later step of the run; without a session, no timeout)."""
    settings = server_settings(session)
    timeout = settings.get("statement_timeout", "0")
    parts = [sql.SQL("set_config('statement_timeout', {}, false)").format(sql.Literal(timeout))]
    if "application_name" in settings:
        name = sql.Literal(settings["application_name"])
        parts.append(sql.SQL("set_config('application_name', {}, false)").format(name))
    return sql.SQL("SELECT {}").format(sql.SQL(", ").join(parts)).as_string(conn)


def psycopg_options(session: RunSession | None) -> dict[str, str]:
    """Keyword arguments for psycopg.connect (they override the same keys of the URL)."""
    settings = server_settings(session)
    options: dict[str, str] = {}
    if "application_name" in settings:
        options["application_name"] = settings["application_name"]
    if "statement_timeout" in settings:
        options["options"] = f"-c statement_timeout={settings['statement_timeout']}"
    return options


def connect_in_session(url: str, **kwargs: Any) -> psycopg.Connection[Any]:
    """A plain psycopg connection (schema DDL, triggers) in the current step's session: its name, so `runs cancel`
    finds it, and its statement timeout, so DDL waiting on a lock stops at the table timeout like any statement."""
    conninfo = psycopg.conninfo.make_conninfo(url, **psycopg_options(run_sessions.current()))
    return psycopg.connect(conninfo, connect_timeout=10, **kwargs)


def restore_timeout(conn: psycopg.Connection[Any]) -> None:
    """After a pg_dump preamble (`SET statement_timeout = 0`…): the step's statement timeout again."""
    settings = server_settings(run_sessions.current())
    if "statement_timeout" in settings:
        timeout = sql.Literal(settings["statement_timeout"])
        conn.execute(sql.SQL("SET statement_timeout = {}").format(timeout))


def url_with_session(url: str, session: RunSession | None) -> str:
    """The libpq URL with the session's settings as query parameters (ADBC takes only a URL)."""
    params = psycopg_options(session)
    if not params:
        return url
    query = "&".join(f"{key}={quote(value, safe='')}" for key, value in params.items())
    return f"{url}{'&' if '?' in url else '?'}{query}"


def cancel_backends(url: str, pids: Iterable[int], name: str) -> None:
    """Cancel the statement each backend runs (pg_cancel_backend: the transaction aborts, the session stays).

    Only backends still named `name`: a pid of a closed connection may belong to someone else's session by now.
    """
    wanted = sorted(set(pids))
    if not wanted:
        return
    with contextlib.suppress(psycopg.Error), psycopg.connect(url, connect_timeout=3, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE pid = ANY(%s) AND application_name = %s",
            (wanted, name),
        )


def end_sessions(conn: psycopg.Connection[object], name: str) -> int:
    """Terminate every other backend whose application_name is `name`; how many there were."""
    conn.rollback()
    rows = conn.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s "
        "AND pid <> pg_backend_pid()",
        (name,),
    ).fetchall()
    conn.commit()
    return len(rows)
