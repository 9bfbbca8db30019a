"""Vocabularies taken once from Faker's provider data into Arrow arrays, so choosing a value is a `take`."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import pyarrow as pa


def _as_array(words: Iterable[str]) -> pa.StringArray:
    unique = sorted({word.strip() for word in words if word and word.strip()})
    return pa.array(unique, pa.string())


def _names(source: Any) -> list[str]:
    # Faker keeps some lists as {name: weight} mappings and others as tuples.
    return list(source.keys()) if hasattr(source, "keys") else list(source)


@functools.cache
def first_names() -> pa.StringArray:
    from faker.providers.person.en_US import Provider

    return _as_array(_names(Provider.first_names))


@functools.cache
def last_names() -> pa.StringArray:
    from faker.providers.person.en_US import Provider

    return _as_array(_names(Provider.last_names))


@functools.cache
def email_domains() -> pa.StringArray:
    from faker.providers.internet.en_US import Provider

    return _as_array([*Provider.free_email_domains, "example.com", "example.org", "example.net"])


def _faker_made(method: str, count: int) -> pa.StringArray:
    """`count` values from a seeded Faker method, made once at first use (never per row on the hot path)."""
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(20261123)
    make = getattr(fake, method)
    return _as_array(make() for _ in range(count))


@functools.cache
def cities() -> pa.StringArray:
    return _faker_made("city", 2000)


@functools.cache
def street_names() -> pa.StringArray:
    return _faker_made("street_name", 2000)


@functools.cache
def companies() -> pa.StringArray:
    return _faker_made("company", 2000)


@functools.cache
def states() -> tuple[pa.StringArray, pa.StringArray]:
    """US state names and their two-letter codes, aligned."""
    from faker.providers.address.en_US import Provider

    return pa.array(list(Provider.states), pa.string()), pa.array(list(Provider.states_abbr)[:50], pa.string())


@functools.cache
def countries() -> tuple[pa.StringArray, pa.StringArray]:
    """Country names, and ISO 3166 alpha-2 codes (two independent lists)."""
    from faker.providers.address import Provider

    return _as_array(Provider.countries), _as_array(Provider.alpha_2_country_codes)
