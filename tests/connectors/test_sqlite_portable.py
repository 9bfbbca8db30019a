"""PostgreSQL generation expressions and indexes in SQLite's spelling, only when they mean the same there."""

from __future__ import annotations

import pytest

from lookalike.connectors.sqlite.portable import portable_expression, portable_index

COLUMNS = {"price", "qty", "first_name", "last_name", "Email"}


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("((first_name || ' '::text) || last_name)", """( ( "first_name" || ' ' ) || "last_name" )"""),
        ("(price * (qty)::numeric)", """( "price" * ( "qty" ) )"""),
        ('lower(("Email")::text)', """lower ( ( "Email" ) )"""),
        ("COALESCE(qty, 0)", """COALESCE ( "qty" , 0 )"""),
        ("(price / (qty)::numeric)", None),  # a numeric cast decides what a division means
        ("md5(last_name)", None),  # no such function in SQLite
        ("(price + other)", None),  # not a column of the table
        ("(price)::date", None),  # a cast SQLite does not have
        ("(price @ 2)", None),
    ],
)
def test_generation_expressions_carry_over_only_with_the_same_meaning(expression: str, expected: str | None) -> None:
    assert portable_expression(expression, COLUMNS) == expected


@pytest.mark.parametrize(
    ("definition", "expected"),
    [
        (
            "CREATE INDEX p_price ON public.payment USING btree (price DESC NULLS LAST, qty)",
            ("p_price", False, ['"price" DESC NULLS LAST', '"qty"']),
        ),
        ('CREATE UNIQUE INDEX "P e" ON ONLY s.p USING btree ("Email")', ("P e", True, ['"Email"'])),
        ("CREATE INDEX p ON public.payment USING btree (lower(last_name))", None),
        ("CREATE INDEX p ON public.payment USING btree (qty) WHERE (qty > 0)", None),
        ("CREATE INDEX p ON public.payment USING btree (qty) INCLUDE (price)", None),
        ("CREATE INDEX p ON public.payment USING gin (qty)", None),
        ("CREATE INDEX p ON public.payment USING btree (gone)", None),
    ],
)
def test_only_btree_indexes_on_plain_columns_carry_over(
    definition: str, expected: tuple[str, bool, list[str]] | None
) -> None:
    assert portable_index(definition, COLUMNS) == expected
