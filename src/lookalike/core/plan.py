"""The sync plan: FK graph → steps (insert tables, then set deferred FKs) with their dependencies.

Every table starts as soon as the tables it references are done, so independent tables run in
parallel. Cycles are broken by inserting some nullable FK columns as NULL and updating them once
their targets exist; a cycle made only of NOT NULL foreign keys cannot be broken this way.

A table whose FKs nothing checks while it loads (`constraints_after`: the run creates it and adds its FKs once
every row is in) waits for no parent: its FKs impose no order, need no deferring and close no cycle. Which tables
those are is the run's decision (engine/plan/prepare.py says the rule).

Among the steps ready at the same time, the larger tables come first (their row estimates): a worker that takes
the biggest table last would leave the others idle while it finishes.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from lookalike.core.errors import ConfigError
from lookalike.core.schema import ForeignKey, QualifiedName, Schema, Table


class _Node(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...
    def __hash__(self) -> int: ...


N = TypeVar("N", bound=_Node)


@dataclass(frozen=True)
class InsertStep:
    """Copy `table`; `deferred_columns` are written as NULL and set later by an UpdateStep."""

    table: QualifiedName
    deferred_columns: tuple[str, ...] = ()
    unchecked: bool = False  # part of a NOT NULL cycle: written with FK checks off (the snapshot keeps it whole)

    @property
    def id(self) -> str:
        return f"insert:{self.table}"


@dataclass(frozen=True)
class UpdateStep:
    """Set the columns of `foreign_keys` on rows of `table` matched by `key`, once their targets exist."""

    table: QualifiedName
    foreign_keys: tuple[ForeignKey, ...]
    key: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"update:{self.table}"

    @property
    def columns(self) -> tuple[str, ...]:
        """The deferred FK columns, each once, in FK order."""
        return tuple(dict.fromkeys(column for fk in self.foreign_keys for column in fk.columns))


Step = InsertStep | UpdateStep


@dataclass(frozen=True)
class Plan:
    """Steps in one valid sequential order, plus what each step waits for (for parallel runs)."""

    steps: tuple[Step, ...]
    dependencies: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def step(self, step_id: str) -> Step:
        return next(step for step in self.steps if step.id == step_id)

    def ready(self, done: Iterable[str], started: Iterable[str] = ()) -> list[Step]:
        """Steps not yet started whose dependencies are all done."""
        finished, begun = set(done), set(started)
        return [
            step
            for step in self.steps
            if step.id not in finished and step.id not in begun and self.dependencies[step.id] <= finished
        ]

    @property
    def unchecked(self) -> list[QualifiedName]:
        """Tables in NOT NULL cycles, written with FK checks off."""
        return [step.table for step in self.steps if isinstance(step, InsertStep) and step.unchecked]

    @property
    def deferred(self) -> dict[QualifiedName, tuple[str, ...]]:
        """Table → FK columns it inserts as NULL first."""
        return {step.table: step.deferred_columns for step in self.steps if isinstance(step, InsertStep)}


def can_defer(table: Table, fk: ForeignKey) -> bool:
    """A FK can be inserted as NULL and set later when all its columns are nullable and not key columns."""
    key = set(table.row_key or ())
    return all(table.column(name).nullable and name not in key for name in fk.columns) and table.row_key is not None


def _describe(table: Table, fk: ForeignKey) -> str:
    return f"{table.name}({', '.join(fk.columns)}) → {fk.ref_table}"


def _unbreakable(schema: Schema, cycle: list[tuple[QualifiedName, QualifiedName, ForeignKey]]) -> ConfigError:
    links = "; ".join(_describe(schema.table(child), fk) for child, _, fk in cycle)
    tables = sorted({str(child) for child, _, _ in cycle})
    return ConfigError(
        f"foreign-key cycle between {', '.join(tables)} cannot be broken: every FK in it is NOT NULL ({links})",
        where="tables: " + ", ".join(tables),
        fix="make one of these FK columns nullable, or load into a destination whose role may set "
        "session_replication_role = replica (a superuser), or exclude a table",
    )


def build_plan(
    schema: Schema,
    tables: Iterable[QualifiedName] | None = None,
    *,
    unchecked_cycles: bool = False,
    constraints_after: Collection[QualifiedName] = frozenset(),
) -> Plan:
    """Plan the copy of `tables` (default: all of `schema`); FKs to tables outside the set are ignored.

    A cycle of NOT NULL FKs is an error, unless `unchecked_cycles`: its tables are then written with FK checks off
    and in no particular order among themselves. The FKs of `constraints_after` tables are not checked while rows
    load (they are added after the data): those tables wait for no parent and write every column directly.
    """
    selected = sorted(set(tables) if tables is not None else set(schema.tables))
    chosen = set(selected)
    loose = set(constraints_after)
    edges = [
        (name, fk.ref_table, fk)
        for name in selected
        if name not in loose
        for fk in schema.table(name).foreign_keys
        if fk.ref_table in chosen
    ]
    deferred, unchecked = _choose_deferred(schema, selected, edges, unchecked_cycles)
    return _assemble(schema, selected, edges, deferred, unchecked)


def _choose_deferred(
    schema: Schema,
    selected: list[QualifiedName],
    edges: list[tuple[QualifiedName, QualifiedName, ForeignKey]],
    unchecked_cycles: bool,
) -> tuple[set[tuple[QualifiedName, ForeignKey]], set[QualifiedName]]:
    """Pick FKs to defer: every self-reference, and in each cycle as few nullable FKs as the greedy pass finds.

    Also returns the tables of NOT NULL cycles (when `unchecked_cycles` allows them).
    """
    deferred: set[tuple[QualifiedName, ForeignKey]] = set()
    unchecked: set[QualifiedName] = set()
    parents: dict[QualifiedName, set[QualifiedName]] = {name: set() for name in selected}
    for child, parent, fk in edges:
        if child == parent:
            if can_defer(schema.table(child), fk):
                deferred.add((child, fk))
            elif unchecked_cycles:
                unchecked.add(child)
            else:
                raise _unbreakable(schema, [(child, parent, fk)])
        else:
            parents[child].add(parent)
    cycles = [component for component in strongly_connected(parents) if len(component) > 1]
    if cycles:
        import networkx as nx  # imported here: only a schema with an FK cycle pays ~0.15 s for it
    for component in cycles:
        inner = [(c, p, fk) for c, p, fk in edges if c != p and c in component and p in component]
        hard = [edge for edge in inner if not can_defer(schema.table(edge[0]), edge[2])]
        kept: nx.MultiDiGraph[QualifiedName] = nx.MultiDiGraph()
        kept.add_nodes_from(component)
        for child, parent, fk in hard:
            kept.add_edge(child, parent, fk=fk)
        try:
            cycle = nx.find_cycle(kept)
        except nx.NetworkXNoCycle:
            cycle = None
        if cycle is not None:
            if not unchecked_cycles:
                raise _unbreakable(schema, [(c, p, kept.edges[c, p, k]["fk"]) for c, p, k in cycle])
            unchecked |= component
            continue
        # Keep each nullable FK unless it would close a cycle: what stays deferred is minimal for this order.
        for child, parent, fk in sorted((e for e in inner if e not in hard), key=lambda e: (e[0], e[1], e[2].columns)):
            if nx.has_path(kept, parent, child):
                deferred.add((child, fk))
            else:
                kept.add_edge(child, parent, fk=fk)
    # FK checks are off for unchecked tables: nothing among them needs deferring or ordering.
    return {(child, fk) for child, fk in deferred if child not in unchecked}, unchecked


def strongly_connected(parents: Mapping[N, Collection[N]]) -> list[set[N]]:
    """The strongly connected components of the graph node → targets (Tarjan's algorithm, iteratively; a target
    that is no key is a node without targets). Also the layering test's import-cycle finder."""
    index: dict[N, int] = {}
    low: dict[N, int] = {}
    stack: list[N] = []
    on_stack: set[N] = set()
    components: list[set[N]] = []
    for root in sorted(parents):
        if root in index:
            continue
        work = [(root, iter(sorted(parents[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            step = next(pending, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(parents.get(step, ())))))
                elif step in on_stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component: set[N] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                components.append(component)
    return components


def _assemble(
    schema: Schema,
    selected: list[QualifiedName],
    edges: list[tuple[QualifiedName, QualifiedName, ForeignKey]],
    deferred: set[tuple[QualifiedName, ForeignKey]],
    unchecked: set[QualifiedName],
) -> Plan:
    deferred_fks: dict[QualifiedName, list[ForeignKey]] = {}
    for child, fk in sorted(deferred, key=lambda item: (item[0], item[1].columns)):
        deferred_fks.setdefault(child, []).append(fk)
    deferred_columns = {
        name: tuple(dict.fromkeys(column for fk in fks for column in fk.columns)) for name, fks in deferred_fks.items()
    }
    inserts = {name: InsertStep(name, deferred_columns.get(name, ()), name in unchecked) for name in selected}
    # An unchecked table writes with FK checks off: its own FKs impose no order (the snapshot keeps them whole).
    edges = [(c, p, fk) for c, p, fk in edges if c not in unchecked]
    updates = {
        name: UpdateStep(name, tuple(fks), schema.table(name).row_key or ()) for name, fks in deferred_fks.items()
    }
    by_id: dict[str, Step] = {**{s.id: s for s in inserts.values()}, **{s.id: s for s in updates.values()}}
    dependencies: dict[str, set[str]] = {step_id: set() for step_id in by_id}

    def needs_update(parent: QualifiedName, fk: ForeignKey) -> bool:
        # A FK that points at columns the parent itself fills late must wait for the parent's update.
        return bool(set(fk.ref_columns) & set(deferred_columns.get(parent, ())))

    for child, parent, fk in edges:
        if (child, fk) in deferred:
            target = updates[child].id
            dependencies[target] |= {inserts[child].id, inserts[parent].id}
            if needs_update(parent, fk) and parent != child:
                dependencies[target].add(updates[parent].id)
        else:
            dependencies[inserts[child].id].add(inserts[parent].id)
            if needs_update(parent, fk):
                dependencies[inserts[child].id].add(updates[parent].id)
    for name, update in updates.items():
        dependencies[update.id].add(inserts[name].id)

    sizes = {step_id: max(schema.table(step.table).row_estimate or 0, 0) for step_id, step in by_id.items()}
    order = tuple(by_id[step_id] for step_id in _largest_first(dependencies, sizes))
    return Plan(order, {step_id: frozenset(deps) for step_id, deps in dependencies.items()})


def _largest_first(dependencies: Mapping[str, set[str]], sizes: Mapping[str, int]) -> list[str]:
    """A topological order of the steps taking, among those whose dependencies are placed, the largest table
    first (then by id, so the plan is the same every time)."""
    waiting = {step_id: set(deps) for step_id, deps in dependencies.items()}
    dependents: dict[str, list[str]] = {step_id: [] for step_id in dependencies}
    for step_id, deps in dependencies.items():
        for waited in deps:
            dependents[waited].append(step_id)
    ready = [(-sizes[step_id], step_id) for step_id, deps in waiting.items() if not deps]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, step_id = heapq.heappop(ready)
        order.append(step_id)
        for dependent in dependents[step_id]:
            waiting[dependent].discard(step_id)
            if not waiting[dependent]:
                heapq.heappush(ready, (-sizes[dependent], dependent))
    if len(order) != len(dependencies):  # cannot happen: every cycle was broken above
        raise AssertionError(f"plan steps wait for each other: {sorted(set(dependencies) - set(order))}")
    return order
