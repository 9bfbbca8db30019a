"""Identifiers in SQLite: quoting, and where other dialects' schema-qualified tables land in SQLite's one namespace."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from lookalike.core.schema import QualifiedName

DEFAULT_SCHEMA = "public"


def quote_ident(name: str) -> str:
    """`name` as a quoted SQLite identifier (embedded double quotes doubled)."""
    # sqlite3 has no identifier composition API; doubling quotes is SQLite's documented escaping rule.
    return '"' + name.replace('"', '""') + '"'


def quote_list(names: Sequence[str]) -> str:
    """Comma-separated quoted identifiers."""
    return ", ".join(quote_ident(name) for name in names)


def prefixed_name(qualified: QualifiedName) -> str:
    """The `schema__name` spelling used when bare names would collide."""
    return f"{qualified.schema}__{qualified.name}"


def sqlite_table_name(qualified: QualifiedName, among: Iterable[QualifiedName] = ()) -> str:
    """The SQLite table for a source table: its bare name, or `schema__name` when another schema in `among` has it."""
    if qualified.schema is None or qualified.schema == DEFAULT_SCHEMA:
        return qualified.name
    # SQLite table names are case-insensitive, so `Sales.Order` and `hr.order` collide too.
    bare = qualified.name.casefold()
    clash = any(other.name.casefold() == bare and other.schema != qualified.schema for other in among)
    return prefixed_name(qualified) if clash else qualified.name
