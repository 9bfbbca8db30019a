"""What kinds of sensitive data there are, and what each one is replaced with, per column kind.

One table for every consumer: `automap`, the UI's hints, `lookalike init`, `check`, `verify` and generation read
the same categories, so a column flagged in the UI is never copied in clear by `automap`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lookalike.core.schema import Kind

_TEXTUAL = frozenset({Kind.TEXT})


@dataclass(frozen=True)
class Replacement:
    """A transformer (anonymizing a copied value) and a generator (making one up) for one set of column kinds."""

    kinds: frozenset[Kind]
    transformer: str
    generator: str
    params: dict[str, Any] = field(default_factory=dict)
    generator_params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Category:
    name: str
    label: str
    sensitive: bool  # personal data; False: a category only generation cares about (country, company)
    replacements: tuple[Replacement, ...] = ()

    def replacement_for(self, kind: Kind) -> Replacement | None:
        return next((r for r in self.replacements if kind in r.kinds), None)


def _text(transformer: str, generator: str | None = None, **params: Any) -> Replacement:
    return Replacement(_TEXTUAL, transformer, generator or transformer, params)


_DATES = frozenset({Kind.DATE, Kind.TIMESTAMP, Kind.TIMESTAMPTZ})
_NUMBERS = frozenset({Kind.INTEGER, Kind.DECIMAL})

CATEGORIES: dict[str, Category] = {
    c.name: c
    for c in (
        Category("email", "email address", True, (_text("transform_email", "generate_email"),)),
        Category("first_name", "first name", True, (_text("transform_first_name", "generate_first_name"),)),
        Category("last_name", "last name", True, (_text("transform_last_name", "generate_last_name"),)),
        Category("full_name", "person's name", True, (_text("transform_full_name", "generate_full_name"),)),
        Category("username", "user name", True, (_text("generate_username"),)),
        Category(
            "phone",
            "phone number",
            True,
            (
                _text("transform_phone_number", "generate_string_phone_number"),
                Replacement(frozenset({Kind.INTEGER}), "transform_int64_phone_number", "generate_int64_phone_number"),
            ),
        ),
        Category(
            "national_id",
            "national identifier (SSN…)",
            True,
            (
                _text("generate_ssn"),
                Replacement(
                    frozenset({Kind.INTEGER}),
                    "generate_int64",
                    "generate_int64",
                    {"min": 100_000_000, "max": 899_999_999},
                    {"min": 100_000_000, "max": 899_999_999},
                ),
            ),
        ),
        Category(
            "credit_card",
            "payment card number",
            True,
            (_text("generate_card_number"), Replacement(_NUMBERS, "generate_card_number", "generate_card_number")),
        ),
        Category("bank_account", "bank account (IBAN…)", True, (_text("transform_character_scramble"),)),
        Category("street_address", "street address", True, (_text("generate_street_address"),)),
        Category("city", "city", True, (_text("generate_city"),)),
        Category("postal_code", "postal code", True, (_text("generate_zipcode"),)),
        Category(
            "birth_date",
            "date of birth",
            True,
            (Replacement(_DATES, "generate_utc_timestamp", "generate_utc_timestamp"), _text("generate_utc_timestamp")),
        ),
        Category(
            "ip_address",
            "IP address",
            True,
            (Replacement(frozenset({Kind.TEXT, Kind.OTHER}), "generate_ip_address", "generate_ip_address"),),
        ),
        Category(
            "secret",
            "password, token or secret",
            True,
            (Replacement(frozenset({Kind.TEXT, Kind.OTHER}), "hash", "generate_sha256hash"),),
        ),
        Category(
            "geo",
            "precise location",
            True,
            (
                Replacement(
                    frozenset({Kind.FLOAT, Kind.DECIMAL}),
                    "transform_float64",
                    "generate_float64",
                    {"randomization_range_min": -0.05, "randomization_range_max": 0.05},
                ),
            ),
        ),
        Category("gender", "gender", True, (_text("generate_gender"),)),
        Category("free_text_pii", "free text holding personal data", True, (_text("transform_pii_text"),)),
        Category("document_pii", "document (JSON) holding personal data", True, ()),
        # Not personal data, but generation chooses a readable value for them by the same names.
        Category("company", "company name", False, (_text("generate_business_name"),)),
        Category("country", "country", False, (_text("generate_country"),)),
        Category("state", "state or region", False, (_text("generate_state"),)),
    )
}
