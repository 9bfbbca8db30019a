"""What a subset keeps, as a plan the source database can execute (pure: no SQL text, no I/O).

The rows kept are: the rows the targets' filters select; every row a kept row references, transitively (no kept
row points to a missing parent); and, in tables below a target, the rows that reference rows kept as targets or
as children (the orders of a kept customer come along), unless that table has a filter of its own or
`include_children: false`. Rows kept only as someone's parent do not pull in their other children: that would
drag most of the database along. Cycles and self-references need no breaking: the source iterates the rules
until a round adds nothing. A self-reference is followed down from a target too (the people reporting to a kept
manager, and theirs).

Only the tables connected to a target by foreign keys are subset; every other table is copied whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum

from lookalike.core.schema import QualifiedName, Schema


class Reason(IntEnum):
    """Why a row is kept; a row kept for several reasons takes the lowest."""

    TARGET = 0
    CHILD = 1
    PARENT = 2


@dataclass(frozen=True)
class Target:
    table: QualifiedName
    where: str | None = None
    percent: float | None = None
    limit: int | None = None


@dataclass(frozen=True)
class Edge:
    """`child(columns)` references `parent(ref_columns)`; `down`: children of kept rows come along."""

    child: QualifiedName
    columns: tuple[str, ...]
    parent: QualifiedName
    ref_columns: tuple[str, ...]
    down: bool


@dataclass(frozen=True)
class SubsetPlan:
    targets: tuple[Target, ...] = ()
    tables: tuple[QualifiedName, ...] = ()  # the subset tables; every other selected table is copied whole
    edges: tuple[Edge, ...] = ()
    seed: int = 0

    @property
    def active(self) -> bool:
        return bool(self.targets)


@dataclass
class SubsetResult:
    """Rows kept per table and reason, and (when materialized) where the kept rows of each table were put."""

    counts: dict[QualifiedName, dict[Reason, int]] = field(default_factory=dict)
    copies: dict[QualifiedName, QualifiedName] = field(default_factory=dict)
    rounds: int = 0

    def kept(self, table: QualifiedName) -> int:
        return sum(self.counts.get(table, {}).values())


def plan_subset(
    schema: Schema,
    selected: Iterable[QualifiedName],
    targets: Iterable[Target],
    *,
    by_foreign_keys: bool = True,
    keep_children: Mapping[QualifiedName, bool] | None = None,
    seed: int = 0,
) -> SubsetPlan:
    """The subset of `selected` tables that grows from `targets` along the schema's (and virtual) foreign keys."""
    chosen = tuple(targets)
    if not chosen:
        return SubsetPlan()
    names = set(selected)
    target_names = {target.table for target in chosen}
    if not by_foreign_keys:
        return SubsetPlan(chosen, tuple(sorted(target_names)), (), seed)
    import networkx as nx  # imported here: a run with no subset (or a CLI start) should not pay ~0.15 s for it

    graph: nx.MultiDiGraph[QualifiedName] = nx.MultiDiGraph()
    graph.add_nodes_from(names)
    links = []
    for name in sorted(names):
        for fk in schema.table(name).foreign_keys:
            if fk.ref_table in names:
                graph.add_edge(fk.ref_table, name)  # parent → child
                links.append((name, fk))
    undirected = graph.to_undirected(as_view=True)
    tables = set().union(*(nx.node_connected_component(undirected, name) for name in target_names))
    below = set().union(*(nx.descendants(graph, name) for name in target_names))
    keep = keep_children or {}
    edges = tuple(
        Edge(
            child,
            fk.columns,
            fk.ref_table,
            fk.ref_columns,
            # A self-reference goes down from a target too: a kept manager keeps the people reporting to them.
            down=(child == fk.ref_table or (child in below and child not in target_names)) and keep.get(child, True),
        )
        for child, fk in links
        if child in tables
    )
    return SubsetPlan(chosen, tuple(sorted(tables)), edges, seed)


def dangling_references(schema: Schema, selected: Iterable[QualifiedName]) -> list[str]:
    """One line per foreign key of a copied table that points at a table not copied (`skip: true`)."""
    names = set(selected)
    lines = []
    for name in sorted(names):
        for fk in schema.table(name).foreign_keys:
            if fk.ref_table not in names and fk.ref_table in schema.tables:
                lines.append(
                    f"{name}({', '.join(fk.columns)}) references {fk.ref_table}({', '.join(fk.ref_columns)}), which "
                    "is skipped: those values point at no row in the destination (no constraint is created there, "
                    "a subset does not follow it, verify does not check it)"
                )
    return lines


def run_tag(run_id: str) -> str:
    """A short, identifier-safe name part for one run's subset copies."""
    return "r" + hashlib.blake2b(run_id.encode(), digest_size=6).hexdigest()
