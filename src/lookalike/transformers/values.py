"""Transformers that derive the output from the input (Neosync's names and params): numbers, strings, UUIDs, names.

With a job key every output is a function of the input value and the key (the same in every table and run);
without one it is random but reproducible from the run seed. Nulls stay null.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import Field, field_validator, model_validator

from lookalike.core.mixing import UUID_GROUPS
from lookalike.core.schema import Kind
from lookalike.transformers import vocab
from lookalike.transformers.common import TEXT, draws, keep_nulls, text_lengths, truncate_to
from lookalike.transformers.generators import LETTERS, matrix_strings, symbols, uniform
from lookalike.transformers.hashing import derive, hex_strings
from lookalike.transformers.names import NameParams, same_length, split_name
from lookalike.transformers.places import take_from
from lookalike.transformers.registry import NoParams, Role, StrictParams, TransformContext, transformer
from lookalike.transformers.scramble import check_pattern, scramble


class RangeParams(StrictParams):
    randomization_range_min: float = Field(-10, description="lowest offset added to the value")
    randomization_range_max: float = Field(10, description="highest offset added to the value")

    @model_validator(mode="after")
    def _ordered(self) -> RangeParams:
        if self.randomization_range_min > self.randomization_range_max:
            raise ValueError("randomization_range_min must not exceed randomization_range_max")
        return self


@transformer("transform_int64", kinds={Kind.INTEGER}, role=Role.TRANSFORMER, params=RangeParams)
def transform_int64(values: pa.Array[Any], params: RangeParams, ctx: TransformContext) -> pa.Array[Any]:
    """Add a random whole offset between randomization_range_min and _max to the value."""
    low, high = int(np.ceil(params.randomization_range_min)), int(np.floor(params.randomization_range_max))
    offsets = (draws(values, ctx) % np.uint64(max(high - low + 1, 1))).astype(np.int64) + low
    numbers = values.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    return keep_nulls(values, pa.array(numbers + offsets, pa.int64()))


@transformer("transform_float64", kinds={Kind.FLOAT, Kind.DECIMAL}, role=Role.TRANSFORMER, params=RangeParams)
def transform_float64(values: pa.Array[Any], params: RangeParams, ctx: TransformContext) -> pa.Array[Any]:
    """Add a random offset between randomization_range_min and _max to the value."""
    span = params.randomization_range_max - params.randomization_range_min
    offsets = params.randomization_range_min + uniform(draws(values, ctx)) * span
    numbers = values.cast(pa.float64()).fill_null(0).to_numpy(zero_copy_only=False)
    return keep_nulls(values, pa.array(numbers + offsets, pa.float64()))


class StringParams(StrictParams):
    preserve_length: bool = Field(False, description="as long as the original")
    min_length: int = Field(1, ge=0, le=10_000, description="shortest output (without preserve_length)")
    max_length: int = Field(20, ge=0, le=10_000, description="longest output (without preserve_length)")

    @model_validator(mode="after")
    def _ordered(self) -> StringParams:
        if self.min_length > self.max_length:
            raise ValueError("min_length must not exceed max_length")
        return self


@transformer("transform_string", kinds=TEXT, role=Role.TRANSFORMER, params=StringParams)
def transform_string(values: pa.Array[Any], params: StringParams, ctx: TransformContext) -> pa.Array[Any]:
    """Replace the value by random letters: as long as it (preserve_length), or min_length to max_length."""
    hashes = draws(values, ctx)
    if params.preserve_length:
        lengths = text_lengths(values)
    else:
        span = np.uint64(params.max_length - params.min_length + 1)
        lengths = (derive(hashes, 5) % span).astype(np.int64) + params.min_length
    width = int(lengths.max()) if len(lengths) else 0
    out = matrix_strings(symbols(hashes, width, LETTERS), lengths)
    return keep_nulls(values, truncate_to(out, ctx.column.max_length))


class ScrambleParams(StrictParams):
    user_provided_regex: str | None = Field(
        None, description="scramble only the parts of the value matching this regular expression (RE2 syntax)"
    )

    @field_validator("user_provided_regex")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            check_pattern(pattern)
        return pattern


@transformer("transform_character_scramble", kinds=TEXT, role=Role.TRANSFORMER, params=ScrambleParams)
def transform_character_scramble(values: pa.Array[Any], params: ScrambleParams, ctx: TransformContext) -> pa.Array[Any]:
    """Replace each letter by a random letter of the same case and each digit by a digit; keep everything else.

    The shape survives (`AB-1234` stays two capitals, a dash, four digits), so formats and validations still hold.
    With user_provided_regex only the matching parts are scrambled.
    """
    out = scramble(values, draws(values, ctx), pattern=params.user_provided_regex)
    return keep_nulls(values, truncate_to(out, ctx.column.max_length))


@transformer("transform_uuid", kinds={Kind.UUID} | TEXT, role=Role.TRANSFORMER, width=lambda params: 36)
def transform_uuid(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
    """Replace a UUID by a version-4 UUID derived from it (with a job key, the same UUID maps the same everywhere)."""
    hashes = draws(values, ctx)
    raw = np.ascontiguousarray(np.stack([derive(hashes, 51), derive(hashes, 52)], axis=1)).view(np.uint8)
    raw = raw.reshape(len(values), 16).copy()
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40  # version 4
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80  # RFC 4122 variant
    return keep_nulls(values, truncate_to(hex_strings(raw, groups=UUID_GROUPS), ctx.column.max_length))


@transformer("transform_full_name", kinds=TEXT, role=Role.TRANSFORMER, params=NameParams)
def transform_full_name(values: pa.Array[Any], params: NameParams, ctx: TransformContext) -> pa.Array[Any]:
    """Replace a full name by a realistic first and last name; with preserve_length, each part as long as it was."""
    hashes = draws(values, ctx)
    if not params.preserve_length:
        first, last = take_from(vocab.first_names(), hashes), take_from(vocab.last_names(), derive(hashes, 1))
    else:
        given, family = split_name(values.fill_null(""))
        first = same_length(given, vocab.first_names(), hashes)
        last = same_length(family, vocab.last_names(), derive(hashes, 1))
        single = pc.equal(family, "")  # one word in, one word out
        last = pc.if_else(single, pa.scalar(None, pa.string()), last)
    out: pa.Array[Any] = pc.binary_join_element_wise(first, " ", last, "", null_handling="skip")
    return keep_nulls(values, truncate_to(pc.utf8_trim_whitespace(out), ctx.column.max_length))
