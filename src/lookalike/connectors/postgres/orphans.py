"""SQL over foreign keys: whether a staged row's parent exists, and which rows lost theirs."""

from __future__ import annotations

from psycopg import sql

from lookalike.connectors.postgres import ddl
from lookalike.core.schema import ForeignKey


def parent_exists(fk: ForeignKey, row: str = "s") -> sql.Composable:
    """Row `row` (a staged row `s` by default) satisfies `fk`: some key column is NULL (MATCH SIMPLE) or the
    referenced row exists."""
    return sql.SQL("({} OR EXISTS (SELECT 1 FROM {} AS p WHERE {}))").format(
        sql.SQL(" OR ").join(
            sql.SQL("{}.{} IS NULL").format(sql.Identifier(row), sql.Identifier(c)) for c in fk.columns
        ),
        ddl.ident(fk.ref_table),
        sql.SQL(" AND ").join(
            sql.SQL("p.{} = {}.{}").format(sql.Identifier(r), sql.Identifier(row), sql.Identifier(c))
            for c, r in zip(fk.columns, fk.ref_columns, strict=True)
        ),
    )


def orphan(fk: ForeignKey) -> sql.Composable:
    """A row `c` breaks `fk`: every key column set, and no referenced row `p` matches (parent_exists negated:
    IS NULL and EXISTS are never NULL themselves, so NOT flips the test exactly)."""
    return sql.SQL("NOT {}").format(parent_exists(fk, "c"))
