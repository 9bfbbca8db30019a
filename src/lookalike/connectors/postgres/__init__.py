"""PostgreSQL: the primary real target."""

from lookalike.connectors.postgres.connector import PostgresConnector

__all__ = ["PostgresConnector"]
