"""Generated people, companies and places from vocabularies (Faker's, taken into Arrow arrays once)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import Field

from lookalike.transformers import vocab
from lookalike.transformers.common import TEXT, draws, join_strings, truncate_to
from lookalike.transformers.hashing import U64, choose, derive
from lookalike.transformers.registry import NoParams, Role, StrictParams, TransformContext, transformer


class FullNameParams(StrictParams):
    generate_full_name: bool = Field(False, description="the full name instead of the two-letter code")


def take_from(vocabulary: pa.Array[Any], hashes: U64) -> pa.Array[Any]:
    return vocabulary.take(choose(hashes, len(vocabulary)))


def _numbers(hashes: U64, low: int, high: int, width: int = 0) -> pa.Array[Any]:
    numbers = pa.array((hashes % np.uint64(high - low + 1)).astype(np.int64) + low).cast(pa.string())
    return pc.utf8_lpad(numbers, width, "0") if width else numbers


def _generator(name: str, description: str, make: Callable[[U64], pa.Array[Any]]) -> None:
    """Register a parameterless text generator built from one hash per row."""

    def run(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
        return truncate_to(make(draws(values, ctx)), ctx.column.max_length)

    run.__doc__ = description
    transformer(name, kinds=TEXT, role=Role.GENERATOR)(run)


def full_name(hashes: U64) -> pa.Array[Any]:
    return join_strings(take_from(vocab.first_names(), hashes), " ", take_from(vocab.last_names(), derive(hashes, 1)))


def street_address(hashes: U64) -> pa.Array[Any]:
    return join_strings(_numbers(hashes, 1, 9999), " ", take_from(vocab.street_names(), derive(hashes, 2)))


def full_address(hashes: U64) -> pa.Array[Any]:
    _, codes = vocab.states()
    return join_strings(
        street_address(hashes),
        ", ",
        take_from(vocab.cities(), derive(hashes, 3)),
        ", ",
        take_from(codes, derive(hashes, 4)),
        " ",
        _numbers(derive(hashes, 5), 501, 99950, 5),
    )


def username(hashes: U64) -> pa.Array[Any]:
    first = pc.utf8_lower(pc.utf8_slice_codeunits(take_from(vocab.first_names(), hashes), 0, 1))
    last = pc.utf8_lower(take_from(vocab.last_names(), derive(hashes, 1)))
    return join_strings(first, pc.replace_substring_regex(last, r"[^a-z]", ""), _numbers(derive(hashes, 6), 0, 99, 2))


_generator("generate_first_name", "A realistic first name.", lambda h: take_from(vocab.first_names(), h))
_generator("generate_last_name", "A realistic last name.", lambda h: take_from(vocab.last_names(), h))
_generator("generate_full_name", "A first and a last name.", full_name)
_generator("generate_username", "A username: initial, last name and two digits (jsmith07).", username)
_generator("generate_business_name", "A company name.", lambda h: take_from(vocab.companies(), h))
_generator("generate_city", "A US city name.", lambda h: take_from(vocab.cities(), h))
_generator("generate_zipcode", "A five-digit US ZIP code.", lambda h: _numbers(h, 501, 99950, 5))
_generator("generate_street_address", "A street address: number and street.", street_address)
_generator("generate_full_address", "Street, city, state code and ZIP code.", full_address)


@transformer("generate_state", kinds=TEXT, role=Role.GENERATOR, params=FullNameParams)
def generate_state(values: pa.Array[Any], params: FullNameParams, ctx: TransformContext) -> pa.Array[Any]:
    """A US state: its two-letter code, or its full name."""
    names, codes = vocab.states()
    return truncate_to(
        take_from(names if params.generate_full_name else codes, draws(values, ctx)), ctx.column.max_length
    )


@transformer("generate_country", kinds=TEXT, role=Role.GENERATOR, params=FullNameParams)
def generate_country(values: pa.Array[Any], params: FullNameParams, ctx: TransformContext) -> pa.Array[Any]:
    """A country: its ISO 3166 two-letter code, or its full name."""
    names, codes = vocab.countries()
    return truncate_to(
        take_from(names if params.generate_full_name else codes, draws(values, ctx)), ctx.column.max_length
    )
