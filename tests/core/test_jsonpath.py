"""The document path language: what each form matches, and clear errors for what it cannot read."""

from __future__ import annotations

import pytest

from lookalike.core.jsonpath import assign, find, leaves, parse

DOC = {
    "user": {"email": "a@x.example", "tags": ["x", "y"], "odd key": 1},
    "items": [{"sku": "1", "email": "b@x.example"}, {"sku": "2"}],
}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("$.user.email", [(("user", "email"), "a@x.example")]),
        ("$.items[*].sku", [(("items", 0, "sku"), "1"), (("items", 1, "sku"), "2")]),
        ("$..email", [(("user", "email"), "a@x.example"), (("items", 0, "email"), "b@x.example")]),
        ("$.user.tags[-1]", [(("user", "tags", 1), "y")]),
        ("$.user['odd key']", [(("user", "odd key"), 1)]),
        ("$.user.tags.*", [(("user", "tags", 0), "x"), (("user", "tags", 1), "y")]),
        ("$.nobody.email", []),
        ("$.items[7]", []),
    ],
)
def test_paths_match_concrete_locations(path: str, expected: list[object]) -> None:
    assert list(find(DOC, parse(path))) == expected


@pytest.mark.parametrize("path", ["user.email", "$.user..", "$[", "$.user email"])
def test_unreadable_paths_say_where_they_stop(path: str) -> None:
    with pytest.raises(ValueError, match=r"\$|character"):
        parse(path)


def test_leaves_and_assign_cover_every_scalar() -> None:
    assert [at for at, _ in leaves(DOC)] == [
        ("user", "email"),
        ("user", "tags", 0),
        ("user", "tags", 1),
        ("user", "odd key"),
        ("items", 0, "sku"),
        ("items", 0, "email"),
        ("items", 1, "sku"),
    ]
    document = {"a": [1, {"b": 2}]}
    assert assign(document, ("a", 1, "b"), 3) == {"a": [1, {"b": 3}]}
    assert assign(document, (), "root") == "root"
