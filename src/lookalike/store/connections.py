"""Stored connections: a name and a sealed URL per account. The plaintext URL exists only while a connector opens it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lookalike.connectors import DIALECTS, dialect_of, redact_url
from lookalike.connectors.confine import ConnectionPolicy
from lookalike.core.errors import ConfigError, ConflictError, NotFoundError
from lookalike.core.urls import check_url
from lookalike.installation.secrets import seal, unseal
from lookalike.store.accounts import audit
from lookalike.store.models import Connection

_STORABLE = tuple(dialect for dialect in DIALECTS if dialect != "generated")


def _dialect(url: str) -> str:
    check_url(url)
    dialect = dialect_of(url)
    if dialect not in _STORABLE:
        raise ConfigError(
            f"unsupported database URL scheme {redact_url(url).split(':', 1)[0]!r}",
            where="url",
            fix="use postgresql://user:password@host:5432/db or sqlite:///path/to/file.db",
        )
    return dialect


def masked_url(connection: Connection) -> str:
    """The URL as the API shows it: password replaced by ***."""
    return redact_url(unseal(connection.sealed_url))


def url_of(connection: Connection, policy: ConnectionPolicy) -> str:
    """The plaintext URL, for a connector to open (never returned, never logged), checked against the server's
    policy again: the policy may have tightened since the connection was stored."""
    return policy.check(unseal(connection.sealed_url), connection.account_id)


def list_connections(session: Session, account_id: str) -> list[Connection]:
    query = select(Connection).where(Connection.account_id == account_id).order_by(Connection.name)
    return list(session.scalars(query))


def get_connection(session: Session, account_id: str, connection_id: str) -> Connection:
    found = session.scalar(
        select(Connection).where(Connection.id == connection_id, Connection.account_id == account_id)
    )
    if found is None:
        raise NotFoundError(
            f"no connection {connection_id!r}", where="connection id", fix="GET /connections lists them"
        )
    return found


def connection_named(session: Session, account_id: str, name: str) -> Connection:
    found = session.scalar(select(Connection).where(Connection.name == name, Connection.account_id == account_id))
    if found is None:
        raise ConfigError(
            f"no stored connection named {name!r}",
            where=f"connection: {name}",
            fix="create it first (POST /connections, or `lookalike connections create`)",
        )
    return found


def _unique_name(session: Session, account_id: str, name: str, own_id: str | None = None) -> None:
    clash = session.scalar(select(Connection).where(Connection.name == name, Connection.account_id == account_id))
    if clash is not None and clash.id != own_id:
        raise ConflictError(f"a connection named {name!r} exists", where="name", fix="choose another name")


def create_connection(session: Session, account_id: str, name: str, url: str, policy: ConnectionPolicy) -> Connection:
    _unique_name(session, account_id, name)
    _dialect(url)
    url = policy.check(url, account_id)
    connection = Connection(account_id=account_id, name=name, dialect=_dialect(url), sealed_url=seal(url))
    session.add(connection)
    session.flush()
    audit(session, account_id, "connection.create", f"connection:{connection.id}")
    return connection


def update_connection(
    session: Session,
    account_id: str,
    connection_id: str,
    name: str | None,
    url: str | None,
    policy: ConnectionPolicy,
) -> Connection:
    connection = get_connection(session, account_id, connection_id)
    if name is not None and name != connection.name:
        _unique_name(session, account_id, name, connection.id)
        connection.name = name
    if url is not None:
        connection.dialect = _dialect(url)
        connection.sealed_url = seal(policy.check(url, account_id))
    audit(session, account_id, "connection.update", f"connection:{connection.id}")
    return connection


def delete_connection(session: Session, account_id: str, connection_id: str) -> None:
    connection = get_connection(session, account_id, connection_id)
    session.delete(connection)
    audit(session, account_id, "connection.delete", f"connection:{connection_id}")
