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
