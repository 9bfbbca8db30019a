"""A generated database: a schema read from a real connection, rows made up on the fly (a source only)."""

from lookalike.connectors.generated.connector import GeneratedConnector, generated_url

__all__ = ["GeneratedConnector", "generated_url"]
