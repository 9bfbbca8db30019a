"""The schema model every dialect reflects into: tables, columns, keys, types. Immutable, no I/O."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal


class Kind(StrEnum):
    """The portable, dialect-independent kind of a column's values."""

    INTEGER = "integer"
    FLOAT = "float"
    DECIMAL = "decimal"
    TEXT = "text"
    BOOLEAN = "boolean"
    DATE = "date"
    TIME = "time"
    TIMESTAMP = "timestamp"
    TIMESTAMPTZ = "timestamptz"
    INTERVAL = "interval"
    UUID = "uuid"
    JSON = "json"
    BYTES = "bytes"
    ARRAY = "array"
    ENUM = "enum"
    OTHER = "other"

    @classmethod
    def of_json(cls, value: object) -> Kind:
        """The kind a JSON scalar is transformed as (documents, JavaScript helper calls)."""
        if isinstance(value, bool):
            return cls.BOOLEAN
        if isinstance(value, int):
            return cls.INTEGER
        if isinstance(value, float):
            return cls.FLOAT
        return cls.TEXT


@dataclass(frozen=True, order=True)
class QualifiedName:
    """A schema-qualified name; `schema` is None in dialects without schemas (SQLite)."""

    schema: str | None
    name: str

    def __str__(self) -> str:
        """`schema.name`, each part double-quoted when it must be (`"a.b".c` and `a."b.c"` stay two names):
        unambiguous, so it serves as a step id and a key, and `parse` reads it back."""
        name = quote_name_part(self.name)
        return name if self.schema is None else f"{quote_name_part(self.schema)}.{name}"

    @classmethod
    def parse(cls, text: str, default_schema: str | None = None) -> QualifiedName:
        """Parse `schema.name` or `name` (then `default_schema` applies), each part plain or double-quoted
        (`"a.b".c`: schema `a.b`; `a."b.c"`: table `b.c`; `""` inside quotes is one `"`); ValueError otherwise."""
        parts = split_name_parts(text)
        if len(parts) > 2:
            raise ValueError(
                f"{text!r} has {len(parts)} dot-separated parts; a name with a dot in it goes in double quotes, "
                'e.g. "a.b".c or a."b.c"'
            )
        return cls(parts[0], parts[1]) if len(parts) == 2 else cls(default_schema, parts[0])


def quote_name_part(part: str) -> str:
    """One part of a qualified name as written: plain, or double-quoted (quotes doubled) when it holds a dot,
    starts with a quote or is empty — only then, so every other name reads as it always did."""
    if part and "." not in part and not part.startswith('"'):
        return part
    return '"' + part.replace('"', '""') + '"'


def split_name_parts(text: str) -> list[str]:
    """The parts of a dotted name, quoted parts unquoted; ValueError on an unclosed quote or text after one."""
    parts: list[str] = []
    at = 0
    while True:
        if text.startswith('"', at):
            end, chars = at + 1, []
            while True:
                close = text.find('"', end)
                if close < 0:
                    raise ValueError(f"{text!r} opens a double quote that is never closed")
                chars.append(text[end:close])
                if not text.startswith('"', close + 1):
                    break
                chars.append('"')  # a doubled quote is one quote
                end = close + 2
            parts.append("".join(chars))
            at = close + 1
            if at < len(text) and text[at] != ".":
                raise ValueError(f"{text!r} has text right after a closing double quote; a dot must follow it")
        else:
            dot = text.find(".", at)
            parts.append(text[at:] if dot < 0 else text[at:dot])
            at = len(text) if dot < 0 else dot
        if at >= len(text):
            return parts
        at += 1  # past the dot


@dataclass(frozen=True)
class Column:
    """One column. `native_type` is spelled as the source dialect spells it."""

    name: str
    native_type: str
    kind: Kind
    nullable: bool = True
    default: str | None = None
    identity: Literal["always", "by_default"] | None = None
    generated: str | None = None
    max_length: int | None = None
    precision: int | None = None
    scale: int | None = None
    element_kind: Kind | None = None
    array_dims: int = 0
    user_type: QualifiedName | None = None
    sequence: QualifiedName | None = None

    @property
    def is_generated(self) -> bool:
        """Generated (computed) columns are never written."""
        return self.generated is not None


@dataclass(frozen=True)
class PrimaryKey:
    columns: tuple[str, ...]
    name: str | None = None


@dataclass(frozen=True)
class UniqueConstraint:
    columns: tuple[str, ...]
    name: str | None = None


@dataclass(frozen=True)
class CheckConstraint:
    expression: str
    name: str | None = None


@dataclass(frozen=True)
class ForeignKey:
    """`columns` of the owning table reference `ref_columns` of `ref_table`."""

    columns: tuple[str, ...]
    ref_table: QualifiedName
    ref_columns: tuple[str, ...]
    name: str | None = None
    deferrable: bool = False
    initially_deferred: bool = False
    on_delete: str | None = None
    on_update: str | None = None
    # Not a constraint of this table in the database (declared in the job, or on its partitions, or referencing a
    # partition): planned, subset and verified by, never created on the table.
    virtual: bool = False
    # Declared on these partitions of the table only (not on all of them): verified on their rows.
    partitions: tuple[QualifiedName, ...] = ()


@dataclass(frozen=True)
class Index:
    name: str
    definition: str
    unique: bool = False


@dataclass(frozen=True)
class Partition:
    """A partition of a partitioned table: its name and its bound (`FOR VALUES …`, `DEFAULT`)."""

    name: QualifiedName
    bound: str


@dataclass(frozen=True)
class Table:
    name: QualifiedName
    columns: tuple[Column, ...]
    primary_key: PrimaryKey | None = None
    uniques: tuple[UniqueConstraint, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    checks: tuple[CheckConstraint, ...] = ()
    indexes: tuple[Index, ...] = ()
    row_estimate: int | None = None
    partition_by: str | None = None  # e.g. `RANGE (created_at)`; rows are read and written through the parent
    partitions: tuple[Partition, ...] = ()

    def column(self, name: str) -> Column:
        """The column called `name`; KeyError when absent."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    def has_column(self, name: str) -> bool:
        return any(column.name == name for column in self.columns)

    @property
    def writable_columns(self) -> tuple[Column, ...]:
        """Columns whose values are copied (generated columns are computed by the database)."""
        return tuple(column for column in self.columns if not column.is_generated)

    @property
    def row_key(self) -> tuple[str, ...] | None:
        """Columns that identify a row: the primary key, else the first all-NOT-NULL unique constraint."""
        if self.primary_key is not None:
            return self.primary_key.columns
        for unique in self.uniques:
            if all(not self.column(name).nullable for name in unique.columns):
                return unique.columns
        return None


@dataclass(frozen=True)
class EnumType:
    name: QualifiedName
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Domain:
    name: QualifiedName
    base_type: str
    nullable: bool = True
    default: str | None = None
    checks: tuple[CheckConstraint, ...] = ()


@dataclass(frozen=True)
class Sequence:
    name: QualifiedName
    data_type: str = "bigint"
    start: int = 1
    increment: int = 1
    min_value: int | None = None
    max_value: int | None = None
    cycle: bool = False
    owned_by: tuple[QualifiedName, str] | None = None


@dataclass(frozen=True)
class Schema:
    """A reflected database: its tables in a stable order plus the types and sequences they use."""

    dialect: str
    tables: Mapping[QualifiedName, Table] = field(default_factory=dict)
    schemas: tuple[str, ...] = ()
    enums: tuple[EnumType, ...] = ()
    domains: tuple[Domain, ...] = ()
    sequences: tuple[Sequence, ...] = ()

    def __iter__(self) -> Iterator[Table]:
        return iter(self.tables.values())

    def table(self, name: QualifiedName) -> Table:
        return self.tables[name]

    def find_table(self, text: str) -> Table | None:
        """Look a table up by `schema.name` or by a bare name when that is unambiguous."""
        try:
            qualified = QualifiedName.parse(text)
        except ValueError:  # not a name at all: the callers say the source has no such table
            return None
        if qualified in self.tables:
            return self.tables[qualified]
        if qualified.schema is None:
            matches = [table for name, table in self.tables.items() if name.name == qualified.name]
            if len(matches) == 1:
                return matches[0]
        else:
            bare = QualifiedName(None, qualified.name)
            if bare in self.tables and self.dialect == "sqlite":
                return self.tables[bare]
        return None
