"""The plan, tested like a table and with random schemas: running its steps never violates a foreign key."""

from __future__ import annotations

import dataclasses
import random

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lookalike.core.errors import ConfigError
from lookalike.core.plan import InsertStep, Plan, UpdateStep, build_plan
from lookalike.core.schema import Column, ForeignKey, Kind, PrimaryKey, QualifiedName, Schema, Table


def qn(name: str) -> QualifiedName:
    return QualifiedName("public", name)


def table(name: str, fks: list[tuple[str, str, bool]]) -> Table:
    """A table with pk `id` and one column per FK: (column, parent table, nullable)."""
    columns = [Column("id", "integer", Kind.INTEGER, nullable=False)]
    columns += [Column(col, "integer", Kind.INTEGER, nullable=nullable) for col, _, nullable in fks]
    keys = tuple(ForeignKey((col,), qn(parent), ("id",), name=f"{name}_{col}_fkey") for col, parent, _ in fks)
    return Table(qn(name), tuple(columns), PrimaryKey(("id",)), foreign_keys=keys)


def schema_of(*tables: Table) -> Schema:
    return Schema("postgres", {t.name: t for t in tables})


def insert_order(plan: Plan) -> list[str]:
    return [step.table.name for step in plan.steps if isinstance(step, InsertStep)]


def test_parents_come_before_children_and_independent_tables_start_at_once() -> None:
    schema = schema_of(
        table("customer", []),
        table("product", []),
        table("orders", [("customer_id", "customer", False)]),
        table("item", [("order_id", "orders", False), ("product_id", "product", False)]),
    )
    plan = build_plan(schema)
    order = insert_order(plan)
    assert order.index("customer") < order.index("orders") < order.index("item")
    assert order.index("product") < order.index("item")
    assert {step.table.name for step in plan.ready(done=[])} == {"customer", "product"}
    assert not any(isinstance(step, UpdateStep) for step in plan.steps)


def test_self_reference_is_inserted_null_then_updated() -> None:
    schema = schema_of(table("employee", [("reports_to", "employee", True)]))
    plan = build_plan(schema)
    insert, update = plan.steps
    assert insert == InsertStep(qn("employee"), ("reports_to",))
    assert isinstance(update, UpdateStep) and update.columns == ("reports_to",) and update.key == ("id",)
    assert plan.dependencies[update.id] == {insert.id}


def test_two_table_cycle_defers_only_the_nullable_side() -> None:
    schema = schema_of(
        table("staff", [("store_id", "store", False)]),
        table("store", [("manager_id", "staff", True)]),
    )
    plan = build_plan(schema)
    assert plan.deferred == {qn("store"): ("manager_id",), qn("staff"): ()}
    assert insert_order(plan) == ["store", "staff"]
    update = plan.steps[-1]
    assert isinstance(update, UpdateStep) and update.table == qn("store")
    assert plan.dependencies[update.id] == {"insert:public.store", "insert:public.staff"}


def test_not_null_cycle_is_a_clear_error_naming_tables_and_columns() -> None:
    schema = schema_of(
        table("staff", [("store_id", "store", False)]),
        table("store", [("manager_staff_id", "staff", False)]),
    )
    with pytest.raises(ConfigError) as caught:
        build_plan(schema)
    message = str(caught.value)
    assert "public.staff(store_id) → public.store" in message
    assert "public.store(manager_staff_id) → public.staff" in message
    assert caught.value.fix and "nullable" in caught.value.fix


def test_fk_to_a_table_outside_the_selection_is_ignored() -> None:
    schema = schema_of(table("a", []), table("b", [("a_id", "a", False)]))
    plan = build_plan(schema, [qn("b")])
    assert [step.id for step in plan.steps] == ["insert:public.b"]


# --- property: random schemas, simulated database that checks every FK on every write ----------------


@st.composite
def random_schemas(draw: st.DrawFn) -> Schema:
    count = draw(st.integers(min_value=1, max_value=7))
    names = [f"t{i}" for i in range(count)]
    tables = []
    for name in names:
        fks = draw(
            st.lists(st.tuples(st.sampled_from(names), st.booleans()), min_size=0, max_size=3).map(
                lambda pairs: [(f"fk{j}", parent, nullable) for j, (parent, nullable) in enumerate(pairs)]
            )
        )
        tables.append(table(name, fks))
    return schema_of(*tables)


def simulate(schema: Schema, plan: Plan, rng: random.Random, loose: frozenset[QualifiedName] = frozenset()) -> None:
    """Run the plan in a random order its dependencies allow; assert each row write satisfies every FK (those of
    `loose` tables, added after the data, only at the end)."""
    source = {
        t.name: [
            {
                "id": i,
                **{
                    fk.columns[0]: rng.choice([None, *range(1, 5)])
                    if t.column(fk.columns[0]).nullable
                    else rng.randint(1, 4)
                    for fk in t.foreign_keys
                },
            }
            for i in range(1, 5)
        ]
        for t in schema
    }
    dest: dict[QualifiedName, dict[int, dict[str, int | None]]] = {name: {} for name in schema.tables}

    unchecked = set(plan.unchecked) | loose

    def check(name: QualifiedName, row: dict[str, int | None], final: bool = False) -> None:
        if name in unchecked and not final:
            return
        for fk in schema.table(name).foreign_keys:
            value = row[fk.columns[0]]
            assert value is None or value in dest[fk.ref_table], f"{name}.{fk.columns[0]}={value} has no parent"

    done: set[str] = set()
    while len(done) < len(plan.steps):
        ready = plan.ready(done)
        assert ready, "plan deadlocked"
        step = rng.choice(ready)
        if isinstance(step, InsertStep):
            for row in source[step.table]:
                written = {col: (None if col in step.deferred_columns else val) for col, val in row.items()}
                dest[step.table][row["id"]] = written  # type: ignore[index]
                check(step.table, written)
        else:
            for row in source[step.table]:
                target = dest[step.table][row["id"]]  # type: ignore[index]
                target.update({col: row[col] for col in step.columns})
                check(step.table, target)
        done.add(step.id)
    for name, rows in source.items():
        assert list(dest[name].values()) == rows
        for row in dest[name].values():
            check(name, row, final=True)


def has_not_null_cycle(schema: Schema) -> bool:
    graph: nx.MultiDiGraph[QualifiedName] = nx.MultiDiGraph()
    for t in schema:
        for fk in t.foreign_keys:
            if not t.column(fk.columns[0]).nullable:
                graph.add_edge(t.name, fk.ref_table)
    try:
        nx.find_cycle(graph)
    except nx.NetworkXNoCycle:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(schema=random_schemas(), order_seed=st.integers(0, 2**32))
def test_any_schema_either_plans_without_fk_violation_or_has_a_not_null_cycle(schema: Schema, order_seed: int) -> None:
    try:
        plan = build_plan(schema)
    except ConfigError:
        assert has_not_null_cycle(schema)
        return
    assert not has_not_null_cycle(schema)
    for repeat in range(3):
        simulate(schema, plan, random.Random(order_seed + repeat))


@settings(max_examples=300, deadline=None)
@given(schema=random_schemas(), order_seed=st.integers(0, 2**32))
def test_with_unchecked_cycles_every_schema_plans_and_ends_with_every_fk_satisfied(
    schema: Schema, order_seed: int
) -> None:
    plan = build_plan(schema, unchecked_cycles=True)
    assert bool(plan.unchecked) == has_not_null_cycle(schema)
    for repeat in range(3):
        simulate(schema, plan, random.Random(order_seed + repeat))


def test_not_null_cycle_with_unchecked_cycles_loads_both_tables_unchecked_and_unordered() -> None:
    schema = schema_of(
        table("staff", [("store_id", "store", False)]),
        table("store", [("manager_staff_id", "staff", False)]),
        table("rental", [("staff_id", "staff", False)]),
    )
    plan = build_plan(schema, unchecked_cycles=True)
    assert sorted(t.name for t in plan.unchecked) == ["staff", "store"]
    assert {step.table.name for step in plan.ready(done=[])} == {"staff", "store"}
    assert plan.dependencies["insert:public.rental"] == {"insert:public.staff"}


@settings(max_examples=300, deadline=None)
@given(schema=random_schemas(), order_seed=st.integers(0, 2**32), data=st.data())
def test_tables_whose_fks_come_after_the_data_wait_for_no_parent_and_end_with_every_fk_satisfied(
    schema: Schema, order_seed: int, data: st.DataObject
) -> None:
    loose = frozenset(data.draw(st.sets(st.sampled_from(sorted(schema.tables)))))
    plan = build_plan(schema, unchecked_cycles=True, constraints_after=loose)
    for step in plan.steps:
        if step.table in loose:
            assert isinstance(step, InsertStep) and not step.deferred_columns and not step.unchecked
            assert plan.dependencies[step.id] == frozenset()
    for repeat in range(3):
        simulate(schema, plan, random.Random(order_seed + repeat), loose)


def test_with_every_fk_after_the_data_every_insert_is_ready_at_once_and_nothing_is_deferred() -> None:
    schema = schema_of(
        table("customer", []),
        table("orders", [("customer_id", "customer", False)]),
        table("item", [("order_id", "orders", False)]),
        table("refund", [("item_id", "item", False)]),
        table("employee", [("reports_to", "employee", True)]),
        table("staff", [("store_id", "store", False)]),
        table("store", [("manager_staff_id", "staff", False)]),
        table("a", [("b_id", "b", True)]),
        table("b", [("a_id", "a", True)]),
    )
    ordered = build_plan(schema, unchecked_cycles=True)
    assert ordered.unchecked and ordered.deferred and any(isinstance(s, UpdateStep) for s in ordered.steps)
    plan = build_plan(schema, unchecked_cycles=True, constraints_after=frozenset(schema.tables))
    assert all(isinstance(step, InsertStep) for step in plan.steps)
    assert {step.table for step in plan.ready(done=[])} == set(schema.tables)
    assert not plan.unchecked and not any(plan.deferred.values())
    # The NOT NULL cycle is none then: no error even where such cycles are refused.
    assert build_plan(schema, constraints_after=schema.tables).dependencies == plan.dependencies


def test_only_the_tables_whose_fks_come_after_the_data_lose_their_order() -> None:
    schema = schema_of(
        table("customer", []),
        table("orders", [("customer_id", "customer", False)]),
        table("item", [("order_id", "orders", False)]),
    )
    plan = build_plan(schema, constraints_after={qn("item")})
    assert {step.table.name for step in plan.ready(done=[])} == {"customer", "item"}
    assert plan.dependencies["insert:public.orders"] == {"insert:public.customer"}


def test_ready_steps_are_ordered_largest_table_first() -> None:
    def sized(name: str, rows: int | None, fks: list[tuple[str, str, bool]]) -> Table:
        return dataclasses.replace(table(name, fks), row_estimate=rows)

    schema = schema_of(
        sized("small", 10, []),
        sized("big", 1_000_000, []),
        sized("unknown", None, []),
        sized("child", 5_000_000, [("big_id", "big", False)]),
        sized("middle", 50_000, []),
    )
    assert insert_order(build_plan(schema)) == ["big", "child", "middle", "small", "unknown"]
    assert insert_order(build_plan(schema, constraints_after=schema.tables)) == [
        "child",
        "big",
        "middle",
        "small",
        "unknown",
    ]


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 12).flatmap(lambda n: st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)))))
def test_strongly_connected_components_are_networkxs(links: list[tuple[int, int]]) -> None:
    from lookalike.core.plan import strongly_connected

    nodes = {qn(f"t{i}") for i in range(12)}
    parents: dict[QualifiedName, set[QualifiedName]] = {name: set() for name in nodes}
    graph: nx.DiGraph[QualifiedName] = nx.DiGraph()
    graph.add_nodes_from(nodes)
    for child, parent in links:
        parents[qn(f"t{child}")].add(qn(f"t{parent}"))
        graph.add_edge(qn(f"t{child}"), qn(f"t{parent}"))
    ours = sorted(sorted(component) for component in strongly_connected(parents))
    assert ours == sorted(sorted(component) for component in nx.strongly_connected_components(graph))


def test_a_plan_without_fk_cycles_does_not_import_networkx() -> None:
    import inspect
    import subprocess
    import sys

    probe = "\n".join(
        [
            "import sys",
            "from lookalike.core.plan import build_plan",
            "from lookalike.core.schema import Column, ForeignKey, Kind, PrimaryKey, QualifiedName, Schema, Table",
            inspect.getsource(qn),
            inspect.getsource(table),
            inspect.getsource(schema_of),
            "chain, loop = table('b', [('a_id', 'a', False)]), table('c', [('c_id', 'c', True)])",
            "build_plan(schema_of(table('a', []), chain, loop))",
            "print('networkx' in sys.modules)",
        ]
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", done.stderr
