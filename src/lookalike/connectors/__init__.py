"""Database connectors, one package per dialect, all behind `lookalike.connectors.base.Connector`."""

from __future__ import annotations

from lookalike.connectors.base import Capabilities, Connector, dialect_of, redact_url
from lookalike.core.errors import ConfigError
from lookalike.core.urls import check_url

__all__ = ["DIALECTS", "Capabilities", "Connector", "dialect_of", "open_connector", "redact_url"]

DIALECTS = ("postgres", "sqlite", "generated")


def open_connector(url: str, *, must_exist: bool = False) -> Connector:
    """Connect to the database at `url` (drivers are imported lazily); ConfigError when unreachable.

    `must_exist` refuses to create an embedded database file that is not there (for sources).
    """
    check_url(url)  # a malformed URL is one clear error here, not a driver's traceback quoting it
    dialect = dialect_of(url)
    if dialect == "postgres":
        from lookalike.connectors.postgres import PostgresConnector

        return PostgresConnector.open(url)
    if dialect == "sqlite":
        from lookalike.connectors.sqlite import SqliteConnector

        return SqliteConnector.open(url, must_exist=must_exist)
    if dialect == "generated":
        from lookalike.connectors.generated import GeneratedConnector

        return GeneratedConnector.open(url)
    raise ConfigError(
        f"unsupported database URL scheme {redact_url(url).split(':', 1)[0]!r}",
        where=redact_url(url),
        fix="use postgresql://user@host:5432/db or sqlite:///path/to/file.db",
    )
