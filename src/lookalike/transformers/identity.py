"""Keyed permutations for keys: transform_scramble_identity maps integers and UUIDs one-to-one within their range.

A balanced Feistel network over the type's bit width, with cycle walking to keep the sign: non-negative values
map to non-negative values, negative to negative, and two inputs never share an output, so a scrambled primary
key stays unique with no mapping table (and the same key gives the same mapping in every table and run).
"""

from __future__ import annotations

import hashlib
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.core.mixing import HEX_VALUES, UUID_GROUPS
from lookalike.core.schema import Kind
from lookalike.transformers.common import keep_nulls
from lookalike.transformers.hashing import U64, binary_parts, hex_strings, splitmix64
from lookalike.transformers.registry import NoParams, Role, TransformContext, transformer

_ROUNDS = 6
# PostgreSQL and SQLite integer type names → bits.
_BITS = {"smallint": 16, "int2": 16, "integer": 32, "int": 32, "int4": 32, "serial": 32, "smallserial": 16}


def round_keys(key: bytes, rounds: int = _ROUNDS) -> U64:
    digest = hashlib.blake2b(key, digest_size=8 * rounds, person=b"lookalike-fpe").digest()
    return np.frombuffer(digest, dtype=np.uint64).copy()


def feistel(values: U64, bits: int, keys: U64) -> U64:
    """A keyed permutation of [0, 2**bits) (bits even, ≤ 64), applied element-wise."""
    half = bits // 2
    mask = np.uint64((1 << half) - 1)
    left, right = values >> np.uint64(half), values & mask
    with np.errstate(over="ignore"):
        for round_key in keys:
            left, right = right, left ^ (splitmix64(right ^ round_key) & mask)
    return (left << np.uint64(half)) | right


def permute_below(values: U64, bits: int, limit: int, keys: U64) -> U64:
    """A permutation of [0, limit) (limit ≤ 2**bits) by cycle walking: re-apply until the result is in range."""
    out = feistel(values, bits, keys)
    outside = out >= np.uint64(limit)
    while outside.any():
        out[outside] = feistel(out[outside], bits, keys)
        outside = out >= np.uint64(limit)
    return out


def scramble_integers(values: npt.NDArray[np.int64], bits: int, key: bytes) -> npt.NDArray[np.int64]:
    """Each value's image under a keyed permutation of the signed `bits`-bit range that keeps the sign."""
    keys = round_keys(key + bits.to_bytes(1, "little"))
    half = 1 << (bits - 1)
    out = np.empty_like(values)
    positive = values >= 0
    out[positive] = permute_below(values[positive].astype(np.uint64), bits, half, keys).astype(np.int64)
    # Negative v ↔ -1 - v, a non-negative value: permute that, map back.
    flipped = (-1 - values[~positive]).astype(np.uint64)
    out[~positive] = -1 - permute_below(flipped, bits, half, keys).astype(np.int64)
    return out


def feistel128(high: U64, low: U64, keys: U64) -> tuple[U64, U64]:
    """A keyed permutation of 128-bit values given as two 64-bit halves (a balanced Feistel network)."""
    with np.errstate(over="ignore"):
        for round_key in keys:
            high, low = low, high ^ splitmix64(low ^ round_key)
    return high, low


def scramble_uuids(values: pa.Array[Any], key: bytes) -> pa.Array[Any]:
    """Each UUID's image under a keyed permutation of all 2**128 UUIDs (so distinct UUIDs stay distinct)."""
    text = pc.replace_substring(values.fill_null("00000000-0000-0000-0000-000000000000"), "-", "")
    offsets, data = binary_parts(text)
    if len(values) and not (np.diff(offsets) == 32).all():
        raise ValueError("transform_scramble_identity takes UUIDs (32 hex digits, hyphens optional)")
    found = HEX_VALUES[data].reshape(len(values), 32)
    nibbles = np.where(found == 255, 0, found).astype(np.uint64)
    weights = np.uint64(16) ** np.arange(15, -1, -1, dtype=np.uint64)
    high, low = feistel128(
        (nibbles[:, :16] * weights).sum(axis=1), (nibbles[:, 16:] * weights).sum(axis=1), keys=round_keys(key + b"uuid")
    )
    raw = np.stack([high, low], axis=1).astype(">u8").view(np.uint8).reshape(len(values), 16)
    return hex_strings(raw, groups=UUID_GROUPS)


@transformer(
    "transform_scramble_identity",
    kinds={Kind.INTEGER, Kind.UUID},
    role=Role.TRANSFORMER,
    one_to_one=lambda params: True,
    needs_key=True,
)
def transform_scramble_identity(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
    """Scramble a key one-to-one within its type's range: integers keep their sign, UUIDs stay UUIDs (keyed)."""
    if ctx.column.kind is Kind.UUID:
        return keep_nulls(values, scramble_uuids(values.cast(pa.string()), ctx.derived_key()))
    bits = _BITS.get(ctx.column.native_type.lower(), 64)
    numbers = values.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    return keep_nulls(values, pa.array(scramble_integers(numbers, bits, ctx.derived_key()), pa.int64()))
