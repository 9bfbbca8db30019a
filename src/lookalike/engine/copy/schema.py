"""Destination schemas: created and emptied before the data, indexes and FKs after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lookalike.connectors import Connector, open_connector
from lookalike.connectors.base import SchemaOrigin, SchemaPhase
from lookalike.core.config import DestinationConfig
from lookalike.engine.plan.resolve import ResolvedJob

if TYPE_CHECKING:
    pass


def initialize(resolved: ResolvedJob, urls: list[str], phase: SchemaPhase) -> None:
    """Before the data (`tables`): create and empty what the job says; after it (`constraints`): indexes, FKs."""
    tables = [plan.table for plan in resolved.tables.values()]
    for url, config in zip(urls, resolved.job.destinations, strict=True):
        if phase == "constraints" and not config.init_schema:
            continue
        target: Connector = open_connector(url)
        try:
            if config.init_schema:
                target.create_schema(resolved.schema, tables, phase, origin(resolved, config))
            if config.truncate_before_insert and phase == "tables":
                cascade = config.truncate_cascade and target.capabilities.supports_truncate_cascade
                target.truncate([table.name for table in tables], cascade)
        finally:
            target.close()


def origin(resolved: ResolvedJob, config: DestinationConfig) -> SchemaOrigin | None:
    """The live source a destination may copy its schema from (None for made-up data: its tables are the model's)."""
    if resolved.job.generate is not None:
        return None
    return SchemaOrigin(resolved.job.source.resolve({}), config.schema_owners, config.schema_privileges)
