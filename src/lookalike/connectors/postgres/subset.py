"""A subset computed inside PostgreSQL: kept rows as sets of ctids in temporary tables, grown round by round.

Round 0 inserts each target's rows; every later round follows each foreign key from the rows the previous round
added (semi-naive evaluation) — up to parents, and down to children where the plan says so — until a round adds
nothing. It all runs in one transaction that sees the run's snapshot. With `materialize`, the kept rows of every
subset table are then copied into UNLOGGED tables of the `_lookalike_subset` schema and committed: readers on any
worker read those copies without needing the snapshot (whose rows they are), so a resumed run still reads the
same subset. Without it (a dry run) the transaction rolls back and nothing is left behind.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg import sql

from lookalike.connectors.base import bad_filter
from lookalike.connectors.postgres.ddl import ident
from lookalike.connectors.postgres.snapshot import joining
from lookalike.core.errors import ConfigError
from lookalike.core.schema import QualifiedName, Table
from lookalike.core.subset import Edge, Reason, SubsetPlan, SubsetResult, Target

SCRATCH = "_lookalike_subset"


def _columns(alias: str, names: Sequence[str]) -> sql.Composable:
    return sql.SQL("({})").format(sql.SQL(", ").join(sql.Identifier(alias, name) for name in names))


def _select_list(alias: str, names: Sequence[str]) -> sql.Composable:
    """The key as separate output columns: `(a, b) IN (SELECT x, y …)` compares rows; `SELECT (x, y)` is one column."""
    return sql.SQL(", ").join(sql.Identifier(alias, name) for name in names)


def _not_null(alias: str, names: Sequence[str]) -> sql.Composable:
    return sql.SQL(" AND ").join(sql.SQL("{} IS NOT NULL").format(sql.Identifier(alias, name)) for name in names)


def seed_query(target: Target, table: Table, seed: int) -> sql.Composable:
    """The target's own rows: its filter, then the sample, then the limit (in key order, so it repeats)."""
    sample = (
        sql.SQL(" TABLESAMPLE BERNOULLI ({}) REPEATABLE ({})").format(
            sql.Literal(target.percent), sql.Literal(seed % 2_147_483_647)
        )
        if target.percent is not None
        else sql.SQL("")
    )
    where = sql.SQL(" WHERE ({})").format(sql.SQL(target.where)) if target.where is not None else sql.SQL("")
    query = sql.SQL("SELECT tableoid, ctid FROM {}{}{}").format(ident(table.name), sample, where)
    if target.limit is not None:
        order = sql.SQL(", ").join(map(sql.Identifier, table.row_key or ())) if table.row_key else sql.SQL("ctid")
        query = sql.SQL("{} ORDER BY {} LIMIT {}").format(query, order, sql.Literal(target.limit))
    return query


def check_filters(conn: psycopg.Connection[Any], plan: SubsetPlan, tables: dict[QualifiedName, Table]) -> None:
    """EXPLAIN each target's query: a bad filter is a ConfigError naming the table, before any data moves."""
    for target in plan.targets:
        table = tables[target.table]
        try:
            with conn.transaction():
                # Read-only and prepared: a filter like `1=1) ; DROP TABLE t; SELECT (1` is one bad statement.
                conn.execute("SET TRANSACTION READ ONLY")
                conn.execute(sql.SQL("EXPLAIN {}").format(seed_query(target, table, plan.seed)), prepare=True)
        except psycopg.Error as error:
            raise bad_filter(table.name, (error.diag.message_primary or str(error)).strip()) from None


class _Kept:
    """The temporary table of one subset table's kept ctids."""

    def __init__(self, index: int) -> None:
        self.name = sql.Identifier(f"lookalike_kept_{index}")


def _rounds(
    cur: psycopg.Cursor[Any], plan: SubsetPlan, kept: dict[QualifiedName, _Kept], tables: dict[QualifiedName, Table]
) -> int:
    for target in plan.targets:
        cur.execute(
            sql.SQL(
                "INSERT INTO {} (rel, tid, reason, round) SELECT tableoid, ctid, {}, 0 FROM ({}) AS seed "
                "ON CONFLICT DO NOTHING"
            ).format(
                kept[target.table].name,
                sql.Literal(int(Reason.TARGET)),
                seed_query(target, tables[target.table], plan.seed),
            ),
            prepare=True,  # exactly one statement, whatever the filter holds
        )
    round_number = 0
    while True:
        round_number += 1
        added = sum(_follow(cur, edge, kept, round_number) for edge in plan.edges)
        if added == 0:
            return round_number


def _follow(cur: psycopg.Cursor[Any], edge: Edge, kept: dict[QualifiedName, _Kept], round_number: int) -> int:
    """Rows this edge adds in this round, from the rows the previous round added."""
    child, parent = kept[edge.child].name, kept[edge.parent].name
    previous = sql.Literal(round_number - 1)
    up = sql.SQL(
        "INSERT INTO {parent_kept} (rel, tid, reason, round) "
        "SELECT p.tableoid, p.ctid, {reason}, {round} FROM {parent} AS p WHERE {parent_key} IN ("
        "SELECT {child_key} FROM {child_kept} AS k JOIN {child} AS c ON c.ctid = k.tid AND c.tableoid = k.rel "
        "WHERE k.round = {previous} AND {not_null}) ON CONFLICT (rel, tid) DO NOTHING"
    ).format(
        parent_kept=parent,
        reason=sql.Literal(int(Reason.PARENT)),
        round=sql.Literal(round_number),
        parent=ident(edge.parent),
        parent_key=_columns("p", edge.ref_columns),
        child_key=_select_list("c", edge.columns),
        child_kept=child,
        child=ident(edge.child),
        previous=previous,
        not_null=_not_null("c", edge.columns),
    )
    added = cur.execute(up).rowcount
    if edge.down:
        # A row kept only as a parent that is now reached as a child is promoted: its own children come too.
        down = sql.SQL(
            "INSERT INTO {child_kept} AS kept (rel, tid, reason, round) "
            "SELECT c.tableoid, c.ctid, {reason}, {round} FROM {child} AS c WHERE {child_key} IN ("
            "SELECT {parent_key} FROM {parent_kept} AS k JOIN {parent} AS p ON p.ctid = k.tid AND p.tableoid = k.rel "
            "WHERE k.round = {previous} AND k.reason <= {child_reason}) "
            "ON CONFLICT (rel, tid) DO UPDATE SET reason = EXCLUDED.reason, round = EXCLUDED.round "
            "WHERE kept.reason = {parent_reason}"
        ).format(
            child_kept=child,
            reason=sql.Literal(int(Reason.CHILD)),
            round=sql.Literal(round_number),
            child=ident(edge.child),
            child_key=_columns("c", edge.columns),
            parent_key=_select_list("p", edge.ref_columns),
            parent_kept=parent,
            parent=ident(edge.parent),
            previous=previous,
            child_reason=sql.Literal(int(Reason.CHILD)),
            parent_reason=sql.Literal(int(Reason.PARENT)),
        )
        added += cur.execute(down).rowcount
    return max(added, 0)


def copy_name(tag: str, index: int) -> QualifiedName:
    return QualifiedName(SCRATCH, f"{tag}_{index}")


def compute(
    conn: psycopg.Connection[Any],
    plan: SubsetPlan,
    tables: dict[QualifiedName, Table],
    snapshot_statements: list[str],
    snapshot: str | None,
    materialize: str | None,
) -> SubsetResult:
    """Run the plan; with `materialize` (a run tag) commit copies of the kept rows, else roll everything back."""
    kept = {name: _Kept(index) for index, name in enumerate(plan.tables)}
    result = SubsetResult()
    conn.rollback()
    with joining(snapshot), conn.cursor() as cur:
        try:
            # Every round must see the same data: the run's snapshot, else one of this transaction's own.
            for statement in snapshot_statements or ["SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"]:
                cur.execute(sql.SQL(statement))
            for table_kept in kept.values():
                cur.execute(
                    sql.SQL(
                        "CREATE TEMP TABLE {} (rel oid, tid tid, reason smallint NOT NULL, round int NOT NULL, "
                        "PRIMARY KEY (rel, tid)) ON COMMIT DROP"
                    ).format(table_kept.name)
                )
            result.rounds = _rounds(cur, plan, kept, tables)
            for name, table_kept in kept.items():
                rows = cur.execute(sql.SQL("SELECT reason, count(*) FROM {} GROUP BY reason").format(table_kept.name))
                result.counts[name] = {Reason(reason): int(count) for reason, count in rows.fetchall()}
            if materialize is not None:
                result.copies = dict(_materialize(cur, plan, kept, materialize))
                conn.commit()
            else:
                conn.rollback()
        except BaseException:
            conn.rollback()
            raise
    return result


def _materialize(
    cur: psycopg.Cursor[Any], plan: SubsetPlan, kept: dict[QualifiedName, _Kept], tag: str
) -> Iterator[tuple[QualifiedName, QualifiedName]]:
    try:
        cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(SCRATCH)))
    except psycopg.errors.InsufficientPrivilege:
        raise ConfigError(
            f"subsetting writes the kept rows to a scratch schema {SCRATCH} in the source, and this role may not "
            "create it",
            where="source",
            fix=f"GRANT CREATE ON DATABASE … TO the job's role, or create schema {SCRATCH} owned by it",
        ) from None
    for index, name in enumerate(plan.tables):
        copy = copy_name(tag, index)
        cur.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(ident(copy)))
        cur.execute(
            sql.SQL(
                "CREATE UNLOGGED TABLE {} AS "
                "SELECT t.* FROM {} AS k JOIN {} AS t ON t.ctid = k.tid AND t.tableoid = k.rel"
            ).format(ident(copy), kept[name].name, ident(name))
        )
        cur.execute(sql.SQL("ANALYZE {}").format(ident(copy)))
        yield name, copy


def drop_copies(conn: psycopg.Connection[Any], tag: str) -> None:
    """Drop one run's copies (and the scratch schema once it is empty)."""
    conn.rollback()
    with conn.transaction(), conn.cursor() as cur:
        rows = cur.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s AND tablename LIKE %s", (SCRATCH, f"{tag}\\_%")
        ).fetchall()
        for (table,) in rows:
            cur.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(SCRATCH, table)))
        left = cur.execute("SELECT count(*) FROM pg_tables WHERE schemaname = %s", (SCRATCH,)).fetchone()
        if left is not None and left[0] == 0:
            cur.execute(sql.SQL("DROP SCHEMA IF EXISTS {}").format(sql.Identifier(SCRATCH)))
