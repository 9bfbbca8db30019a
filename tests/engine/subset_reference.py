"""An independent closure, computed in Python over all rows (small datasets only), to check the database's."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

import psycopg
from psycopg import sql

from lookalike.core.schema import QualifiedName, Schema

TARGET, CHILD, PARENT = 0, 1, 2
Row = dict[str, Any]


def load_rows(url: str, schema: Schema) -> dict[QualifiedName, list[Row]]:
    out = {}
    with psycopg.connect(url) as conn:
        for name, table in schema.tables.items():
            cursor = conn.execute(
                sql.SQL("SELECT * FROM {}").format(sql.Identifier(name.schema or "public", name.name))
            )
            columns = [d.name for d in cursor.description or []]
            out[name] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
            assert {c.name for c in table.columns} == set(columns)
    return out


def closure(
    schema: Schema,
    rows: Mapping[QualifiedName, list[Row]],
    targets: Mapping[QualifiedName, Callable[[Row], bool]],
    no_children: frozenset[QualifiedName] = frozenset(),
) -> dict[QualifiedName, set[tuple[Any, ...]]]:
    """Kept rows per table (as sorted item tuples); tables outside the targets' FK components: every row."""
    links = [(child, fk) for child, t in schema.tables.items() for fk in t.foreign_keys if fk.ref_table in rows]
    neighbours: dict[QualifiedName, set[QualifiedName]] = defaultdict(set)
    children: dict[QualifiedName, set[QualifiedName]] = defaultdict(set)
    for child, fk in links:
        neighbours[child].add(fk.ref_table)
        neighbours[fk.ref_table].add(child)
        children[fk.ref_table].add(child)

    def reach(start: set[QualifiedName], step: Mapping[QualifiedName, set[QualifiedName]]) -> set[QualifiedName]:
        seen, todo = set(start), list(start)
        while todo:
            for other in step.get(todo.pop(), set()):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return seen

    component = reach(set(targets), neighbours)
    below = set().union(*(reach({t}, children) - {t} for t in targets))
    kept: dict[QualifiedName, dict[int, int]] = {name: {} for name in component}
    for name, chosen in targets.items():
        kept[name] = {i: TARGET for i, row in enumerate(rows[name]) if chosen(row)}
    changed = True
    while changed:
        changed = False
        for child, fk in links:
            if child not in component:
                continue
            parent = fk.ref_table
            for i in list(kept[child]):
                key = tuple(rows[child][i][c] for c in fk.columns)
                if None in key:
                    continue
                for j, row in enumerate(rows[parent]):
                    if j not in kept[parent] and tuple(row[c] for c in fk.ref_columns) == key:
                        kept[parent][j] = PARENT
                        changed = True
            # Down to children in tables below a target, and along a self-reference (a target's reports) too.
            if (child == parent or (child in below and child not in targets)) and child not in no_children:
                for j, reason in list(kept[parent].items()):
                    if reason == PARENT:
                        continue
                    key = tuple(rows[parent][j][c] for c in fk.ref_columns)
                    for i, row in enumerate(rows[child]):
                        if kept[child].get(i, PARENT) == PARENT and tuple(row[c] for c in fk.columns) == key:
                            kept[child][i] = CHILD
                            changed = True
    return {
        name: {as_tuple(row) for i, row in enumerate(table_rows) if name not in component or i in kept[name]}
        for name, table_rows in rows.items()
    }


def as_tuple(row: Row) -> tuple[Any, ...]:
    return tuple(sorted(row.items()))
