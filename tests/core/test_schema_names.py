"""Qualified names render unambiguously and parse back: `"a.b".c` and `a."b.c"` are two names, `a.b` is schema a,
table b, as it always was."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lookalike.core.plan import InsertStep, UpdateStep
from lookalike.core.schema import Column, Kind, QualifiedName, Schema, Table

parts = st.text(st.sampled_from('ab."_ x'), max_size=6) | st.text(max_size=8)


@given(st.none() | parts, parts)
def test_rendering_parses_back_to_the_same_name(schema: str | None, name: str) -> None:
    qualified = QualifiedName(schema, name)
    assert QualifiedName.parse(str(qualified)) == qualified


@given(st.none() | parts, parts, st.none() | parts, parts)
def test_two_names_never_render_alike_nor_share_a_step(s1: str | None, n1: str, s2: str | None, n2: str) -> None:
    first, second = QualifiedName(s1, n1), QualifiedName(s2, n2)
    if first != second:
        assert str(first) != str(second)
        assert InsertStep(first).id != InsertStep(second).id
        assert UpdateStep(first, (), ()).id != UpdateStep(second, (), ()).id


@pytest.mark.parametrize(
    ("text", "schema", "name"),
    [
        ("a.b", "a", "b"),
        ("b", None, "b"),
        ('"a.b".c', "a.b", "c"),
        ('a."b.c"', "a", "b.c"),
        ('"a.b"', None, "a.b"),
        ('"say ""hi""".t', 'say "hi"', "t"),
        ('public."Order"', "public", "Order"),
        ("Sales.Order Lines", "Sales", "Order Lines"),
    ],
)
def test_parse_reads_plain_and_quoted_parts(text: str, schema: str | None, name: str) -> None:
    assert QualifiedName.parse(text) == QualifiedName(schema, name)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (QualifiedName("public", "customer"), "public.customer"),  # every plain name renders as it always did
        (QualifiedName(None, "customer"), "customer"),
        (QualifiedName("a.b", "c"), '"a.b".c'),
        (QualifiedName("a", "b.c"), 'a."b.c"'),
        (QualifiedName("s", '"q'), 's."""q"'),
        (QualifiedName("s", 'a"b'), 's.a"b'),
    ],
)
def test_only_parts_that_need_it_are_quoted(name: QualifiedName, text: str) -> None:
    assert str(name) == text


@pytest.mark.parametrize("text", ["a.b.c", '"unclosed', '"a"b.c', 'a."b"c'])
def test_a_name_that_does_not_read_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="quote"):
        QualifiedName.parse(text)


def test_find_table_tells_the_dotted_names_apart() -> None:
    column = Column("id", "int", Kind.INTEGER)
    names = [QualifiedName("a.b", "c"), QualifiedName("a", "b.c"), QualifiedName("a", "b")]
    schema = Schema("postgres", {name: Table(name, (column,)) for name in names})
    for name in names:
        found = schema.find_table(str(name))
        assert found is not None and found.name == name
    assert schema.find_table("a.b.c") is None and schema.find_table('"oops') is None
