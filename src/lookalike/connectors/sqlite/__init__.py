"""SQLite: the embedded default (no server needed)."""

from lookalike.connectors.sqlite.connector import SqliteConnector

__all__ = ["SqliteConnector"]
