"""The basic entries: passthrough, null, default, hash and generate_uuid."""

from __future__ import annotations

from typing import Any, Literal

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import Field

from lookalike.core.mixing import UUID_GROUPS
from lookalike.core.schema import Kind
from lookalike.transformers.common import TEXT, keep_nulls, truncate_to
from lookalike.transformers.digests import hex_text, keyed_digests
from lookalike.transformers.hashing import hex_strings
from lookalike.transformers.registry import ALL_KINDS, NoParams, Role, StrictParams, TransformContext, transformer


@transformer("passthrough", kinds=ALL_KINDS, role=Role.PASSTHROUGH)
def passthrough(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
    """Copy the value unchanged."""
    return values


@transformer("null", kinds=ALL_KINDS, role=Role.GENERATOR)
def null(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
    """Write NULL (only for nullable columns)."""
    return pa.nulls(len(values)).cast(values.type)


@transformer("generate_default", kinds=ALL_KINDS, role=Role.DEFAULT)
def default(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
    """Leave the column out of the insert so the destination applies its column default.

    The engine never writes such a column, so this function is not called on data; it returns its input.
    """
    return values


class HashParams(StrictParams):
    algorithm: Literal["sha256", "sha512", "sha1", "md5", "blake2b"] = Field("sha256", description="the hash function")
    length: int | None = Field(None, ge=4, le=128, description="keep only the first N hex digits")
    salt: str = Field("", description="mixed in after the job key, to separate uses of the same values")


_HEX_DIGITS = {"sha256": 64, "sha512": 128, "sha1": 40, "md5": 32, "blake2b": 128}


def _hash_width(params: HashParams) -> int:
    return min(params.length or 128, _HEX_DIGITS[params.algorithm])


@transformer(
    "hash",
    kinds=TEXT | {Kind.OTHER},
    role=Role.TRANSFORMER,
    params=HashParams,
    one_to_one=lambda params: _hash_width(params) >= 32,  # ≥ 128 bits: collisions are not a practical risk
    width=_hash_width,
    needs_key=True,
)
def hash_value(values: pa.Array[Any], params: HashParams, ctx: TransformContext) -> pa.Array[Any]:
    """Replace the value by a keyed hex digest: deterministic, so equal inputs stay equal (joins survive)."""
    prefix = ctx.derived_key() + params.salt.encode()
    # Columns with many repeats hash each distinct value once (deduplicating costs about as much as hashing when
    # most values are distinct, so a sample decides).
    sample: Any = pc.count_distinct(values.slice(0, 2000))
    repeats = sample.as_py() < min(len(values), 2000) // 2
    encoded: Any = pc.dictionary_encode(values) if repeats else None
    digests = keyed_digests(encoded.dictionary if repeats else values, prefix, params.algorithm)
    out = hex_text(digests, min(params.length or 2 * digests.shape[1], 2 * digests.shape[1]))
    if repeats:
        out = out.take(encoded.indices)
    return keep_nulls(values, truncate_to(out, ctx.column.max_length))


class UuidParams(StrictParams):
    include_hyphens: bool = Field(True, description="8-4-4-4-12 form; otherwise 32 hex digits")


@transformer(
    "generate_uuid",
    kinds={Kind.UUID, Kind.TEXT},
    role=Role.GENERATOR,
    params=UuidParams,
    width=lambda params: 36 if params.include_hyphens else 32,
)
def generate_uuid(values: pa.Array[Any], params: UuidParams, ctx: TransformContext) -> pa.Array[Any]:
    """A random version-4 UUID for every row."""
    raw = ctx.rng().integers(0, 256, size=(len(values), 16), dtype=np.uint8)
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    groups = UUID_GROUPS if params.include_hyphens or ctx.column.kind is Kind.UUID else ()
    return truncate_to(hex_strings(raw, groups), ctx.column.max_length)
