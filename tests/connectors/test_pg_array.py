"""PostgreSQL array literals parse to the nested lists they denote."""

from __future__ import annotations

from typing import Any

import pytest

from lookalike.connectors.sqlite.pg_array import parse_array
from lookalike.core.schema import Kind


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("{}", Kind.INTEGER, []),
        ("{1,NULL,3}", Kind.INTEGER, [1, None, 3]),
        ("{{1,2},{3,4}}", Kind.INTEGER, [[1, 2], [3, 4]]),
        ('{"x,y","q\\"uote",NULL,""}', Kind.TEXT, ["x,y", 'q"uote', None, ""]),
        ('{"NULL",null}', Kind.TEXT, ["NULL", None]),
        ("{t,f}", Kind.BOOLEAN, [True, False]),
        ("{1.5,-Infinity}", Kind.FLOAT, [1.5, float("-inf")]),
        ("[0:1]={7,8}", Kind.INTEGER, [7, 8]),
        ('{"back\\\\slash"}', Kind.TEXT, ["back\\slash"]),
    ],
)
def test_parse_array(text: str, kind: Kind, expected: Any) -> None:
    assert parse_array(text, kind) == expected
