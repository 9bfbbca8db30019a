"""The subset plan (pure): which edges go down, and what a skipped table leaves pointing nowhere."""

from __future__ import annotations

from lookalike.core.schema import Column, ForeignKey, Kind, PrimaryKey, QualifiedName, Schema, Table
from lookalike.core.subset import Target, dangling_references, plan_subset


def qn(name: str) -> QualifiedName:
    return QualifiedName("public", name)


def table(name: str, *fks: tuple[tuple[str, ...], str, tuple[str, ...]]) -> Table:
    columns = {"id", *(column for fk in fks for column in fk[0])}
    return Table(
        qn(name),
        tuple(Column(column, "int", Kind.INTEGER) for column in sorted(columns)),
        PrimaryKey(("id",)),
        foreign_keys=tuple(ForeignKey(cols, qn(parent), refs) for cols, parent, refs in fks),
    )


SCHEMA = Schema(
    "postgres",
    {
        t.name: t
        for t in (
            table("dept"),
            table("emp", (("manager_id",), "emp", ("id",)), (("dept_id",), "dept", ("id",))),
            table("ticket", (("emp_id", "dept_id"), "emp", ("id", "dept_id"))),
        )
    },
)


def test_a_self_reference_goes_down_from_a_target_unless_children_are_not_wanted() -> None:
    plan = plan_subset(SCHEMA, SCHEMA.tables, [Target(qn("emp"), "id = 2")])
    down = {(edge.child.name, edge.columns): edge.down for edge in plan.edges}
    assert down == {
        ("emp", ("manager_id",)): True,
        ("emp", ("dept_id",)): False,
        ("ticket", ("emp_id", "dept_id")): True,
    }
    quiet = plan_subset(SCHEMA, SCHEMA.tables, [Target(qn("emp"), "id = 2")], keep_children={qn("emp"): False})
    assert not any(edge.down for edge in quiet.edges if edge.child == qn("emp"))


def test_a_skipped_table_names_the_keys_left_pointing_nowhere() -> None:
    lines = dangling_references(SCHEMA, [qn("emp"), qn("ticket")])
    assert len(lines) == 1 and lines[0].startswith("public.emp(dept_id) references public.dept(id), which is skipped")
    assert dangling_references(SCHEMA, SCHEMA.tables) == []
