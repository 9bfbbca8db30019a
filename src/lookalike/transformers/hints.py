"""Which transformer a column probably wants, judged by its name alone (the UI's "sensitive?" hint)."""

from __future__ import annotations

import re

_HINTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), transformer)
    for pattern, transformer in (
        (r"e_?mail", "transform_email"),
        (r"first_?name|given_?name|fore_?name", "transform_first_name"),
        (r"last_?name|surname|family_?name", "transform_last_name"),
        (r"full_?name|^name$|contact_?name", "transform_full_name"),
        (r"phone|mobile|fax|^tel", "transform_phone_number"),
        (r"ssn|social_?security", "generate_ssn"),
        (r"card_?(number|no)|credit_?card|^pan$", "generate_card_number"),
        (r"iban|account_?number", "transform_character_scramble"),
        (r"street|address", "generate_street_address"),
        (r"^city$|town", "generate_city"),
        (r"zip|postal_?code|postcode", "generate_zipcode"),
        (r"birth|dob", "generate_utc_timestamp"),
        (r"ip_?addr|^ip$", "generate_ip_address"),
        (r"password|secret|token", "null"),
    )
)


def suggest(column: str, known: frozenset[str] | None = None) -> str | None:
    """The transformer the column's name suggests (among `known`, if given), else None."""
    for pattern, transformer in _HINTS:
        if pattern.search(column) and (known is None or transformer in known):
            return transformer
    return None
