"""SQLite: the embedded default (no server needed)."""

from lookalike.connectors.sqlite.connector import SqliteConnector
from lookalike.connectors.sqlite.names import quote_ident, sqlite_table_name

__all__ = ["SqliteConnector", "quote_ident", "sqlite_table_name"]
