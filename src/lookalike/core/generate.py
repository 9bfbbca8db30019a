"""How many rows each generated table gets, and how child rows hang off parent rows (pure: numbers only).

Row n (1-based) of every generated table is a pure function of (seed, table, n): a worker anywhere can make any
range of rows without seeing the others, and a crash redoes one chunk with the same values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from lookalike.core.config import JobConfig
from lookalike.core.errors import ConfigError
from lookalike.core.plan import Plan
from lookalike.core.schema import QualifiedName, Schema, Table


@dataclass(frozen=True)
class TableSpec:
    rows: int
    group: int | None = None  # index of the FK in table.foreign_keys that groups rows under parent rows
    per_parent: tuple[int, int] | None = None  # (min, max) rows per parent row; None: spread round-robin


@dataclass(frozen=True)
class GenerationSpec:
    seed: int
    tables: dict[str, TableSpec] = field(default_factory=dict)
    fk_distribution: str = "uniform"
    skew: float = 1.3
    fk_null_rate: float = 0.1

    def rows(self, name: object) -> int:
        """Rows of a table (by qualified name); 0 for a table that is not generated."""
        spec = self.tables.get(str(name))
        return spec.rows if spec is not None else 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> GenerationSpec:
        tables = {
            name: TableSpec(spec["rows"], spec["group"], tuple(spec["per_parent"]) if spec["per_parent"] else None)
            for name, spec in data["tables"].items()
        }
        return cls(**{**data, "tables": tables})


def stream(seed: int, *parts: object) -> int:
    """A 64-bit seed for one named stream of draws (a table's column, a table's per-parent counts…)."""
    text = "\x00".join(str(part) for part in (seed, *parts)).encode()
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "little")


def per_parent_counts(seed: int, table: str, parents: int, low: int, high: int) -> npt.NDArray[np.int64]:
    """Rows under each parent row, in [low, high], the same on every call."""
    rng = np.random.default_rng(stream(seed, table, "per-parent"))
    return rng.integers(low, high + 1, size=parents, dtype=np.int64)


def _group(table: Table, key: str, parent_name: str | None, schema: Schema) -> int:
    for index, fk in enumerate(table.foreign_keys):
        if parent_name is None or fk.ref_table == (schema.find_table(parent_name) or table).name:
            return index
    raise ConfigError(
        f"table {table.name} has no foreign key to {parent_name or 'any table'}",
        where=f"tables.{key}.rows_per_parent",
        fix="name one of its parent tables in `parent`, or give `rows` instead",
    )


def plan_generation(job: JobConfig, schema: Schema, plan: Plan, seed: int) -> GenerationSpec:
    """Rows per table, parents before children (a per-parent count needs its parent's row count)."""
    assert job.generate is not None
    options = job.generate
    configured = {schema.find_table(key).name: (key, config) for key, config in job.tables.items()}  # type: ignore[union-attr]
    tables: dict[str, TableSpec] = {}
    for name in dict.fromkeys(step.table for step in plan.steps):
        table = schema.table(name)
        key, config = configured.get(name, (str(name), None))
        rows = config.rows if config is not None and config.rows is not None else options.rows
        spec = TableSpec(rows)
        if config is not None and config.rows_per_parent is not None:
            per = config.rows_per_parent
            group = _group(table, key, per.parent, schema)
            parent = str(table.foreign_keys[group].ref_table)
            if parent not in tables:
                raise ConfigError(
                    f"{name} gets rows per row of {parent}, which is not generated",
                    where=f"tables.{key}.rows_per_parent",
                    fix="generate the parent table too",
                )
            counts = per_parent_counts(seed, str(name), tables[parent].rows, per.min, per.max)
            spec = TableSpec(int(counts.sum()), group, (per.min, per.max))
        elif table.primary_key is not None and len(table.primary_key.columns) > 1:
            # A composite key made of foreign keys stays unique when rows are spread over the first parent.
            in_key = [i for i, fk in enumerate(table.foreign_keys) if set(fk.columns) <= set(table.primary_key.columns)]
            if in_key:
                spec = TableSpec(rows, in_key[0])
        tables[str(name)] = spec
    return GenerationSpec(seed, tables, options.fk_distribution, options.skew, options.fk_null_rate)


def structural_columns(table: Table, generated: Iterable[QualifiedName]) -> set[str]:
    """Columns a generated table's skeleton fills: keys, unique columns, foreign keys to generated tables."""
    names = set(table.primary_key.columns if table.primary_key else ())
    for unique in table.uniques:
        names |= set(unique.columns)
    wanted = set(generated)
    for fk in table.foreign_keys:
        if fk.ref_table in wanted:
            names |= set(fk.columns)
    return names
