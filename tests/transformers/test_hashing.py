"""The keyed vectorized hash: deterministic, key-sensitive, position-sensitive, well spread."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from lookalike.transformers.hashing import hash_array, hex_strings


@given(st.lists(st.text(max_size=20) | st.none(), min_size=1, max_size=50))
def test_each_value_hashes_the_same_alone_or_in_a_batch(values: list[str | None]) -> None:
    whole = hash_array(pa.array(values, pa.string()), b"k")
    for i, value in enumerate(values):
        if value is not None:
            assert hash_array(pa.array([value], pa.string()), b"k")[0] == whole[i]


def test_slices_hash_like_fresh_arrays() -> None:
    values = pa.array([f"v{i}" for i in range(100)])
    assert np.array_equal(
        hash_array(values.slice(10, 20), b"k"), hash_array(pa.array(values.slice(10, 20).to_pylist()), b"k")
    )


def test_key_position_and_type_change_the_hash() -> None:
    values = pa.array(["ab", "ba", "abc"])
    one, two = hash_array(values, b"k1"), hash_array(values, b"k2")
    assert len(set(one.tolist())) == 3 and not np.any(one == two)
    ints = hash_array(pa.array([1, 2, 3], pa.int64()), b"k1")
    assert len(set(ints.tolist())) == 3


def test_buckets_are_uniform_and_bits_avalanche() -> None:
    values = pa.array([f"user{i}@example.com" for i in range(100_000)])
    hashes = hash_array(values, b"key")
    counts = np.bincount((hashes % np.uint64(100)).astype(np.int64), minlength=100)
    expected = 1000
    chi2 = float(((counts - expected) ** 2 / expected).sum())
    assert chi2 < 200  # 99 degrees of freedom: far below for a good hash
    flipped = hash_array(pa.array([f"user{i}@example.con" for i in range(2000)]), b"key")
    bits = np.unpackbits((hashes[:2000] ^ flipped).view(np.uint8)).reshape(2000, 64).sum(axis=1)
    assert 28 < bits.mean() < 36


def test_hex_strings_with_groups() -> None:
    raw = np.array([[0x00, 0xFF, 0x10, 0xAB]], dtype=np.uint8)
    assert hex_strings(raw).to_pylist() == ["00ff10ab"]
    assert hex_strings(raw, (4,)).to_pylist() == ["00ff-10ab"]
