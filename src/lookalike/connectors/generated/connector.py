"""The generated "database": a source whose schema comes from a real connection and whose rows are made up.

It is addressed by a `generated:` URL carrying the schema's URL and the generation spec, so every worker
opens the same made-up database and reads any range of any table (row numbers are its keys for chunking).
It fills keys, unique columns and foreign keys (see keys.py); every other column comes as NULL and the job's
generators fill it, exactly as transformers fill a copied column. It is never a destination.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import pyarrow as pa

from lookalike.connectors.base import (
    Access,
    Capabilities,
    Checkpoint,
    KeyRange,
    KeyText,
    OnConflict,
    SchemaOrigin,
    SchemaPhase,
)
from lookalike.connectors.generated.keys import Skeleton
from lookalike.core.canonical import arrow_type
from lookalike.core.errors import ConfigError
from lookalike.core.generate import GenerationSpec
from lookalike.core.schema import Column, ForeignKey, QualifiedName, Schema, Table
from lookalike.core.subset import SubsetPlan, SubsetResult

SCHEME = "generated:"
CAPABILITIES = Capabilities(
    dialect="generated",
    supports_schemas=True,
    supports_copy=False,
    supports_deferrable_constraints=False,
    supports_truncate_cascade=False,
    supports_identity=False,
    supports_enums=True,
    max_identifier_length=1024,
    max_concurrent_writers=None,
)


def generated_url(schema_url: str, schemas: Sequence[str] | None, spec: GenerationSpec) -> str:
    payload = {"schema_url": schema_url, "schemas": list(schemas) if schemas else None, "spec": spec.to_json()}
    return SCHEME + base64.urlsafe_b64encode(json.dumps(payload).encode()).decode()


def decode(url: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(base64.urlsafe_b64decode(url[len(SCHEME) :].encode()))
    return data


def _source_only() -> ConfigError:
    return ConfigError(
        "a generated database is a source only", where="destinations", fix="write into PostgreSQL or SQLite"
    )


class GeneratedConnector:
    capabilities = CAPABILITIES

    def __init__(
        self, schema_url: str, schemas: Sequence[str] | None, spec: GenerationSpec, reflected: Schema | None = None
    ) -> None:
        """`reflected`: the real schema when the caller has just read it (else `reflect` reads it once)."""
        self._schema_url, self._schemas, self.spec = schema_url, schemas, spec
        self._schema: Schema | None = None
        self._skeleton: Skeleton | None = None
        if reflected is not None:
            self._adopt(reflected)

    @classmethod
    def open(cls, url: str) -> GeneratedConnector:
        data = decode(url)
        return cls(data["schema_url"], data["schemas"], GenerationSpec.from_json(data["spec"]))

    def close(self) -> None:
        return None

    def interrupt(self) -> None:
        """Rows are made in this process, batch by batch: a step's deadline ends it between batches."""
        return None

    def end_sessions(self, name: str) -> int:
        return 0

    def rejoin_session(self) -> bool:
        return True  # no connection of its own: rows are made in this process

    def leave_session(self) -> bool:
        return True

    # -- as a source ---------------------------------------------------------------------------------
    def reflect(self, schemas: Sequence[str] | None = None) -> Schema:
        if self._schema is None:
            from lookalike.connectors import open_connector

            real = open_connector(self._schema_url, must_exist=True)
            try:
                self._adopt(real.reflect(schemas or self._schemas))
            finally:
                real.close()
        assert self._schema is not None
        return self._schema

    def _adopt(self, schema: Schema) -> None:
        """Take the real schema, with each table's row estimate set to the rows it will get."""
        tables = {
            name: dataclasses.replace(table, row_estimate=self.spec.rows(name)) for name, table in schema.tables.items()
        }
        self._schema = dataclasses.replace(schema, tables=tables)
        self._skeleton = Skeleton(self._schema, self.spec)

    def _skeleton_for(self) -> Skeleton:
        if self._skeleton is None:
            self.reflect()
        assert self._skeleton is not None
        return self._skeleton

    def read_batches(
        self,
        table: Table,
        columns: Sequence[Column],
        batch_rows: int,
        native_text: frozenset[str] = frozenset(),
        key_range: KeyRange | None = None,
        native_wire: bool = False,
    ) -> Iterator[pa.RecordBatch]:
        skeleton = self._skeleton_for()
        real = skeleton.schema.table(table.name)
        structural = skeleton.structural(real)
        first = int(key_range.after[0]) + 1 if key_range is not None and key_range.after is not None else 1
        last = (
            int(key_range.upto[0])
            if key_range is not None and key_range.upto is not None
            else self.spec.rows(table.name)
        )
        for start in range(first, last + 1, batch_rows):
            rows = np.arange(start, min(start + batch_rows, last + 1), dtype=np.int64)
            arrays = [
                skeleton.values(real, column, rows)
                if column.name in structural
                else pa.nulls(len(rows), arrow_type(column))
                for column in columns
            ]
            yield pa.RecordBatch.from_arrays(arrays, names=[column.name for column in columns])

    def key_bound(self, table: Table, after: KeyText | None, count: int, exact: bool = False) -> KeyText | None:
        # Row numbers are this database's keys for chunking, whatever the table's own key is.
        bound = (int(after[0]) if after is not None else 0) + count
        return (str(bound),) if bound < self.spec.rows(table.name) else None

    def access(self, tables: Sequence[QualifiedName]) -> Access:
        names = [str(table) for table in tables]
        return Access("", "generated", len(names), [], names, False)

    def count_matching(self, table: QualifiedName, where: str | None, timeout_seconds: float) -> int:
        if where is not None:
            raise ConfigError(
                "a generated database cannot be filtered", where=f"tables.{table}.where", fix="remove the filter"
            )
        return self.spec.rows(table)

    def count_rows(self, table: QualifiedName) -> int:
        return self.spec.rows(table)

    def tables_with_rows(self, tables: Sequence[QualifiedName]) -> list[QualifiedName]:
        return [table for table in tables if self.spec.rows(table) > 0]

    def column_signatures(self, tables: Sequence[QualifiedName]) -> dict[QualifiedName, str]:
        return {}  # its tables are the model's: they cannot change under a run

    def identity(self) -> str | None:
        return None  # made up on every read: no stored database (the schema's own is checked by the engine)

    def export_snapshot(self) -> str | None:
        return None  # rows are functions of their number: every reader sees the same database

    def use_snapshot(self, snapshot: str) -> None:
        return None

    # -- never a destination -------------------------------------------------------------------------
    def create_schema(
        self, source: Schema, tables: Sequence[Table], phase: SchemaPhase = "all", origin: SchemaOrigin | None = None
    ) -> None:
        raise _source_only()

    def truncate(self, tables: Sequence[QualifiedName], cascade: bool) -> None:
        raise _source_only()

    @contextlib.contextmanager
    def transaction(self, check_foreign_keys: bool = True) -> Iterator[None]:
        raise _source_only()
        yield

    def prepare_checkpoints(self) -> None:
        raise _source_only()

    def load_checkpoint(self, run_id: str, step_id: str) -> Checkpoint | None:
        raise _source_only()

    def save_checkpoint(self, run_id: str, step_id: str, checkpoint: Checkpoint, expected_version: int) -> int:
        raise _source_only()

    def clear_checkpoints(self, run_id: str) -> None:
        raise _source_only()

    def write_batch(
        self,
        table: Table,
        columns: Sequence[Column],
        batch: pa.RecordBatch,
        on_conflict: OnConflict,
        check_foreign_keys: bool = True,
        require_parents: Sequence[ForeignKey] = (),
    ) -> int:
        raise _source_only()

    def can_skip_foreign_keys(self) -> bool:
        return False

    def update_batch(
        self,
        table: Table,
        key: Sequence[Column],
        values: Sequence[Column],
        batch: pa.RecordBatch,
        require_parents: Sequence[ForeignKey] = (),
    ) -> int:
        raise _source_only()

    def delete_orphans(self, table: Table, fk: ForeignKey) -> int:
        raise _source_only()

    def finalize_table(self, table: Table, reorder_by_key: bool = False) -> None:
        raise _source_only()

    def check_subset(self, plan: SubsetPlan, tables: Mapping[QualifiedName, Table]) -> None:
        raise ConfigError("a generate job cannot also subset", where="tables.*.where", fix="remove where/percent/limit")

    def compute_subset(
        self, plan: SubsetPlan, tables: Mapping[QualifiedName, Table], materialize: str | None
    ) -> SubsetResult:
        self.check_subset(plan, tables)
        raise AssertionError("unreachable")

    def drop_subset(self, tag: str) -> None:
        return None

    def count_fk_violations(self, table: Table, fk: ForeignKey) -> int:
        raise _source_only()
