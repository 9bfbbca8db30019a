"""SQL over foreign keys: whether a staged row's parent exists, and which rows lost theirs."""

from __future__ import annotations

from psycopg import sql

from lookalike.connectors.postgres import ddl
from lookalike.core.schema import ForeignKey


def parent_exists(fk: ForeignKey) -> sql.Composable:
    """A staged row `s` satisfies `fk`: some key column is NULL (MATCH SIMPLE) or the referenced row exists."""
    return sql.SQL("({} OR EXISTS (SELECT 1 FROM {} AS p WHERE {}))").format(
        sql.SQL(" OR ").join(sql.SQL("s.{} IS NULL").format(sql.Identifier(c)) for c in fk.columns),
        ddl.ident(fk.ref_table),
        sql.SQL(" AND ").join(
            sql.SQL("p.{} = s.{}").format(sql.Identifier(r), sql.Identifier(c))
            for c, r in zip(fk.columns, fk.ref_columns, strict=True)
        ),
    )


def orphan(fk: ForeignKey) -> sql.Composable:
    """A row `c` breaks `fk`: every key column set, and no referenced row `p` matches."""
    return sql.SQL("{} AND NOT EXISTS (SELECT 1 FROM {} AS p WHERE {})").format(
        sql.SQL(" AND ").join(sql.SQL("c.{} IS NOT NULL").format(sql.Identifier(col)) for col in fk.columns),
        ddl.ident(fk.ref_table),
        sql.SQL(" AND ").join(
            sql.SQL("p.{} = c.{}").format(sql.Identifier(ref), sql.Identifier(col))
            for col, ref in zip(fk.columns, fk.ref_columns, strict=True)
        ),
    )
