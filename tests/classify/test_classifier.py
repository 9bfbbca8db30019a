"""The classifier on a labelled set it was not tuned on column by column, and on the cases that went wrong before."""

from __future__ import annotations

import pytest
from tests.classify.measure import measure

from lookalike.classify import classify
from lookalike.core.schema import Column, Kind


def test_precision_and_recall_on_the_labelled_set() -> None:
    scores = measure()
    print(
        f"RESULT columns={scores.columns} sensitive={scores.sensitive} precision={scores.precision:.3f} "
        f"recall={scores.recall:.3f} category_accuracy={scores.category_accuracy:.3f}"
    )
    assert scores.columns >= 300
    assert scores.recall >= 0.95, scores.misses
    assert scores.precision >= 0.85, scores.false_alarms


@pytest.mark.parametrize(
    ("name", "kind", "category"),
    [
        ("phone", Kind.TEXT, "phone"),  # the UI flagged these while automap copied them in clear
        ("full_name", Kind.TEXT, "full_name"),
        ("Forename", Kind.TEXT, "first_name"),
        ("nachname", Kind.TEXT, "last_name"),
        ("telefone", Kind.TEXT, "phone"),
        ("dob", Kind.DATE, "birth_date"),
        ("EmailAddress", Kind.TEXT, "email"),
        ("client_ip", Kind.OTHER, "ip_address"),
    ],
)
def test_names_in_many_spellings(name: str, kind: Kind, category: str) -> None:
    found = classify(Column(name, "text", kind), "customers")
    assert found is not None and found.category == category and found.sensitive


def test_values_overrule_a_name_that_says_nothing_and_names_about_data_are_not_data() -> None:
    emails = [f"user{i}@corp.example" for i in range(50)]
    found = classify(Column("code", "text", Kind.TEXT), "orders", emails)
    assert found is not None and found.category == "email" and found.reason == "values"
    for name, kind in (
        ("is_email_verified", Kind.BOOLEAN),
        ("email_verified_at", Kind.TIMESTAMPTZ),
        ("phone_count", Kind.INTEGER),
    ):
        assert classify(Column(name, "x", kind), "users") is None


def test_the_suggestion_fits_the_column() -> None:
    narrow = classify(Column("api_token", "varchar(40)", Kind.TEXT, nullable=False, max_length=40), "users")
    assert narrow is not None and narrow.transformer == "hash" and narrow.params == {"length": 40}
    nullable = classify(Column("password", "text", Kind.TEXT), "users")
    assert nullable is not None and nullable.transformer == "null"
    phone = classify(Column("mobile", "bigint", Kind.INTEGER), "users")
    assert phone is not None and phone.transformer == "transform_int64_phone_number"
    name = classify(Column("name", "text", Kind.TEXT), "genre")
    assert name is None  # a genre's name is not a person's
