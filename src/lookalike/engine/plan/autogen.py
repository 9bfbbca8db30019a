"""The generator a generate job uses for a column nobody mapped: chosen by the column's name, type and checks.

`email` → generate_email, `*_at` timestamps → generate_utc_timestamp, numeric(10,2) → generate_float64 within
what fits, an enum → one of its labels, varchar(n) → at most n characters. Simple CHECK constraints (ranges,
IN lists) narrow the choice; any other CHECK on the column is reported as not honoured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lookalike.classify import classify
from lookalike.core.config import ColumnMapping
from lookalike.core.errors import ConfigError
from lookalike.core.schema import Column, Kind, Schema, Table

_INT_LIMITS = {"smallint": 32_767, "int2": 32_767, "integer": 2**31 - 1, "int4": 2**31 - 1, "int": 2**31 - 1}


@dataclass
class Bounds:
    low: float | None = None
    high: float | None = None
    choices: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)


_COMPARE = re.compile(r"^\(*\s*\"?(\w+)\"?\s*(>=|>|<=|<)\s*\(*\s*'?(-?\d+(?:\.\d+)?)'?\s*\)*(?:::[\w ]+)?\s*\)*$")
_ANY = re.compile(r"^\(*\s*\"?(\w+)\"?(?:::[\w ]+)?\s*=\s*ANY\s*\(+ARRAY\[(.*)\]\)+\s*\)*$", re.IGNORECASE)
_IN = re.compile(r"^\(*\s*\"?(\w+)\"?\s+IN\s*\((.*)\)\s*\)*$", re.IGNORECASE)
_BETWEEN = re.compile(r"^\(*\s*\"?(\w+)\"?\s+BETWEEN\s+(-?[\d.]+)\s+AND\s+(-?[\d.]+)\s*\)*$", re.IGNORECASE)


def _literals(text: str) -> list[str]:
    return re.findall(r"'((?:[^']|'')*)'", text)


def check_bounds(table: Table) -> dict[str, Bounds]:
    """What the table's simple CHECK constraints say about each column."""
    found: dict[str, Bounds] = {}
    for check in table.checks:
        for part in re.split(r"\s+AND\s+", check.expression.strip(), flags=re.IGNORECASE):
            if match := _COMPARE.match(part):
                name, operator, value = match.group(1), match.group(2), float(match.group(3))
                bounds = found.setdefault(name, Bounds())
                if operator.startswith(">"):
                    bounds.low = value + (0 if operator == ">=" else 1e-9)
                else:
                    bounds.high = value - (0 if operator == "<=" else 1e-9)
            elif match := _BETWEEN.match(part):
                bounds = found.setdefault(match.group(1), Bounds())
                bounds.low, bounds.high = float(match.group(2)), float(match.group(3))
            elif (match := _ANY.match(part)) or (match := _IN.match(part)):
                found.setdefault(match.group(1), Bounds()).choices = [
                    v.replace("''", "'") for v in _literals(match.group(2))
                ]
            else:
                for column in table.columns:
                    if re.search(rf"\b{re.escape(column.name)}\b", part):
                        found.setdefault(column.name, Bounds()).unsupported.append(part.strip())
    return found


def choose(schema: Schema, table: Table, column: Column, bounds: Bounds | None) -> ColumnMapping | None:
    """A generator for the column, or None when it should be left NULL (a nullable column of an exotic type)."""
    bounds = bounds or Bounds()
    if bounds.choices:
        return ColumnMapping(transformer="generate_categorical", params={"categories": ",".join(bounds.choices)})
    kind = column.kind
    if kind is Kind.INTEGER:
        top = min(_INT_LIMITS.get(column.native_type.lower(), 2**63 - 1), 100_000)
        low = int(bounds.low) if bounds.low is not None else 0
        high = int(bounds.high) if bounds.high is not None else max(top, low)
        return ColumnMapping(transformer="generate_int64", params={"min": low, "max": high})
    if kind in (Kind.FLOAT, Kind.DECIMAL):
        digits = (column.precision or 12) - (column.scale or 0)
        floor = bounds.low if bounds.low is not None else 0.0
        ceiling = bounds.high if bounds.high is not None else min(10.0**digits - 1, 10_000.0)
        precision = column.scale if column.scale is not None else 2
        return ColumnMapping(
            transformer="generate_float64", params={"min": floor, "max": ceiling, "precision": precision}
        )
    if kind is Kind.BOOLEAN:
        return ColumnMapping(transformer="generate_bool")
    if kind in (Kind.DATE, Kind.TIMESTAMP, Kind.TIMESTAMPTZ):
        return ColumnMapping(transformer="generate_utc_timestamp")
    if kind is Kind.UUID:
        return ColumnMapping(transformer="generate_uuid")
    if kind is Kind.ENUM:
        labels = next((e.labels for e in schema.enums if e.name == column.user_type), ())
        if labels:
            return ColumnMapping(transformer="generate_categorical", params={"categories": ",".join(labels)})
    if kind is Kind.TEXT:
        found = classify(column, str(table.name))  # by name: the same categories `init` and `check` use
        if found is not None and found.generator is not None:
            return ColumnMapping(transformer=found.generator, params=found.generator_params)
        longest = min(column.max_length or 24, 24)
        return ColumnMapping(transformer="generate_random_string", params={"min": min(4, longest), "max": longest})
    if column.nullable:
        return None
    raise ConfigError(
        f"no generator is chosen automatically for {table.name}.{column.name} ({column.native_type})",
        where=f"tables.{table.name}.columns.{column.name}",
        fix="map the column to a generator, e.g. generate_default if it has a default",
    )
