"""Keyed permutations: one-to-one within the range, sign kept, the same mapping for the same key."""

from __future__ import annotations

import uuid

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lookalike.core.schema import Column, Kind
from lookalike.transformers import REGISTRY, TransformContext
from lookalike.transformers.hashing import U64, splitmix64
from lookalike.transformers.identity import (
    feistel,
    feistel128,
    permute_below,
    round_keys,
    scramble_integers,
    scramble_uuids,
)


@settings(max_examples=30, deadline=None)
@given(st.binary(min_size=1, max_size=16), st.sampled_from([2, 4, 8, 12, 16]))
def test_feistel_is_a_permutation_of_the_whole_domain(key: bytes, bits: int) -> None:
    domain = np.arange(1 << bits, dtype=np.uint64)
    image = feistel(domain, bits, round_keys(key))
    assert np.array_equal(np.sort(image), domain)


@settings(max_examples=30, deadline=None)
@given(st.binary(min_size=1, max_size=16), st.integers(min_value=1, max_value=1 << 16))
def test_cycle_walking_permutes_any_prefix(key: bytes, limit: int) -> None:
    domain = np.arange(limit, dtype=np.uint64)
    image = permute_below(domain, 16, limit, round_keys(key))
    assert np.array_equal(np.sort(image), domain)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(min_value=-(2**31), max_value=2**31 - 1), unique=True, max_size=300))
def test_scrambled_int4_keys_stay_unique_in_range_and_keep_their_sign(values: list[int]) -> None:
    array = np.array(values, dtype=np.int64)
    out = scramble_integers(array, 32, b"job key")
    assert len(set(out.tolist())) == len(values)
    assert all(-(2**31) <= v < 2**31 for v in out.tolist())
    assert np.array_equal(out >= 0, array >= 0)
    assert np.array_equal(scramble_integers(array, 32, b"job key"), out)


def test_bigint_keys_scramble_uniquely_and_differently_per_key() -> None:
    entry = REGISTRY.get("transform_scramble_identity")
    ids = pa.array([*range(1, 200_001), None], pa.int64())

    def run(key: bytes, table: str) -> list[int | None]:
        ctx = TransformContext(column=Column("id", "bigint", Kind.INTEGER), table=table, seed=1, key=key)
        return entry(ids, entry.parse_params({}), ctx).to_pylist()

    out = run(b"k", "customers")
    assert out[-1] is None and len(set(out[:-1])) == 200_000 and all(v > 0 for v in out[:-1])  # type: ignore[operator]
    assert run(b"k", "orders") == out  # the same mapping in a child table's FK column
    assert run(b"other", "customers") != out
    assert sum(a == b for a, b in zip(out, ids.to_pylist(), strict=True)) < 5


def _unfeistel128(high: U64, low: U64, keys: U64) -> tuple[U64, U64]:
    """The inverse network: a permutation has one, so this round trip proves bijectivity."""
    with np.errstate(over="ignore"):
        for round_key in keys[::-1]:
            high, low = low ^ splitmix64(high ^ round_key), high
    return high, low


@settings(max_examples=50, deadline=None)
@given(st.binary(min_size=1, max_size=16), st.lists(st.uuids(), unique=True, min_size=1, max_size=200))
def test_uuid_scramble_is_invertible_hence_one_to_one(key: bytes, uuids: list[uuid.UUID]) -> None:
    high = np.array([u.int >> 64 for u in uuids], dtype=np.uint64)
    low = np.array([u.int & (2**64 - 1) for u in uuids], dtype=np.uint64)
    keys = round_keys(key + b"uuid")
    back_high, back_low = _unfeistel128(*feistel128(high, low, keys), keys)
    assert np.array_equal(back_high, high) and np.array_equal(back_low, low)
    out = scramble_uuids(pa.array([str(u) for u in uuids]), key).to_pylist()
    scrambled = [uuid.UUID(v).int for v in out]
    expected_high, expected_low = feistel128(high, low, keys)
    assert scrambled == [(int(a) << 64) | int(b) for a, b in zip(expected_high, expected_low, strict=True)]
    assert len(set(out)) == len(uuids)
    assert scramble_uuids(pa.array([str(uuids[0]).upper().replace("-", "")]), key).to_pylist() == out[:1]


def test_uuid_keys_scramble_through_the_registry_and_reject_other_text() -> None:
    entry = REGISTRY.get("transform_scramble_identity")
    ctx = TransformContext(column=Column("id", "uuid", Kind.UUID), table="t", seed=1, key=b"k")
    values = pa.array([str(uuid.uuid4()) for _ in range(10_000)] + [None])
    out = entry(values, entry.parse_params({}), ctx).to_pylist()
    assert out[-1] is None and len(set(out[:-1])) == 10_000 and not set(out) & set(values.to_pylist()[:-1])
    with pytest.raises(ValueError, match="UUIDs"):
        entry(pa.array(["not a uuid"]), entry.parse_params({}), ctx)
