"""Vocabularies taken once from Faker's provider data into Arrow arrays, so choosing a value is a `take`.

Faker's providers import each other: two threads importing them for the first time at once can deadlock in
Python's import locks (`deadlock detected by _ModuleLock('faker.providers.address')`). Every Faker import of the
transformers goes through `faker_module` under one lock, and `preload` imports them all before a run's workers
start.
"""

from __future__ import annotations

import functools
import importlib
import threading
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any, TypeVar

import pyarrow as pa

_IMPORT_LOCK = threading.RLock()
_PROVIDERS = (
    "faker",
    "faker.providers.person.en_US",
    "faker.providers.internet.en_US",
    "faker.providers.address",
    "faker.providers.address.en_US",
    "faker.providers.company.en_US",
)
_Made = TypeVar("_Made")


def faker_module(name: str) -> ModuleType:
    """Import a Faker module under the one lock (imports of Faker's providers from several threads deadlock)."""
    with _IMPORT_LOCK:
        return importlib.import_module(name)


def preload() -> None:
    """Import every Faker module the transformers use, once, before threads use them."""
    with _IMPORT_LOCK:
        for name in _PROVIDERS:
            importlib.import_module(name)


def _once(make: Callable[[], _Made]) -> Callable[[], _Made]:
    """Cache `make`'s value; made under the lock, so a first use from two threads imports and builds it once."""
    cached = functools.cache(make)

    @functools.wraps(make)
    def made() -> _Made:
        with _IMPORT_LOCK:
            return cached()

    return made


def _as_array(words: Iterable[str]) -> pa.StringArray:
    unique = sorted({word.strip() for word in words if word and word.strip()})
    return pa.array(unique, pa.string())


def _names(source: Any) -> list[str]:
    # Faker keeps some lists as {name: weight} mappings and others as tuples.
    return list(source.keys()) if hasattr(source, "keys") else list(source)


@_once
def first_names() -> pa.StringArray:
    provider = faker_module("faker.providers.person.en_US").Provider

    return _as_array(_names(provider.first_names))


@_once
def last_names() -> pa.StringArray:
    provider = faker_module("faker.providers.person.en_US").Provider

    return _as_array(_names(provider.last_names))


@_once
def email_domains() -> pa.StringArray:
    provider = faker_module("faker.providers.internet.en_US").Provider

    return _as_array([*provider.free_email_domains, "example.com", "example.org", "example.net"])


def _faker_made(method: str, count: int) -> pa.StringArray:
    """`count` values from a seeded Faker method, made once at first use (never per row on the hot path)."""
    fake = faker_module("faker").Faker("en_US")
    fake.seed_instance(20261123)
    make = getattr(fake, method)
    return _as_array(make() for _ in range(count))


@_once
def cities() -> pa.StringArray:
    return _faker_made("city", 2000)


@_once
def street_names() -> pa.StringArray:
    return _faker_made("street_name", 2000)


@_once
def companies() -> pa.StringArray:
    return _faker_made("company", 2000)


@_once
def states() -> tuple[pa.StringArray, pa.StringArray]:
    """US state names and their two-letter codes, aligned."""
    provider = faker_module("faker.providers.address.en_US").Provider

    return pa.array(list(provider.states), pa.string()), pa.array(list(provider.states_abbr)[:50], pa.string())


@_once
def countries() -> tuple[pa.StringArray, pa.StringArray]:
    """Country names, and ISO 3166 alpha-2 codes (two independent lists)."""
    provider = faker_module("faker.providers.address").Provider

    return _as_array(provider.countries), _as_array(provider.alpha_2_country_codes)
