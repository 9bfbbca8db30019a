"""The numpy digests equal hashlib's, byte for byte, on every path (numpy rounds, hashlib fallback, dedupe)."""

from __future__ import annotations

import hashlib
import random

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lookalike.core.schema import Column, Kind
from lookalike.transformers import REGISTRY, TransformContext, digests
from lookalike.transformers.digests import Algorithm, hex_text, keyed_digests

ALGORITHMS: list[Algorithm] = ["sha256", "sha512", "sha1", "md5", "blake2b"]
# Prefix lengths around the block sizes (64 and 128 bytes) and the padding limits (55, 111 bytes).
PREFIXES = [b"", b"k", b"k" * 32, b"p" * 55, b"x" * 64, b"y" * 111, b"y" * 127, b"z" * 200]


def _random_values(count: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    return [bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 300))) for _ in range(count)]


@pytest.fixture
def numpy_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every message length and group size through the numpy rounds, whatever the measured thresholds."""
    monkeypatch.setattr(digests, "_VECTOR_BLOCKS", dict.fromkeys(digests._VECTOR_BLOCKS, 8))
    monkeypatch.setattr(digests, "_MIN_GROUP", 1)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.usefixtures("numpy_everywhere")
def test_numpy_rounds_match_hashlib_on_random_lengths(algorithm: Algorithm) -> None:
    values = [*_random_values(600, 1), b""]
    for prefix in PREFIXES:
        got = keyed_digests(pa.array(values, pa.binary()), prefix, algorithm)
        new = getattr(hashlib, algorithm)
        assert [bytes(row) for row in got] == [new(prefix + value).digest() for value in values], len(prefix)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_measured_thresholds_mix_numpy_and_hashlib_and_match(algorithm: Algorithm) -> None:
    # Short values (numpy where it wins), long ones (hashlib), and a lone length (a tiny group: hashlib).
    values = [b"v%05d" % i for i in range(200)] + _random_values(200, 2) + [b"q" * 5000]
    got = keyed_digests(pa.array(values, pa.binary()), b"key" * 11, algorithm)
    new = getattr(hashlib, algorithm)
    assert [bytes(row) for row in got] == [new(b"key" * 11 + value).digest() for value in values]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(max_size=80) | st.none(), max_size=120), st.sampled_from(ALGORITHMS), st.binary(max_size=70))
def test_text_with_unicode_and_nulls_hashes_its_utf8_and_null_as_empty(
    texts: list[str | None], algorithm: Algorithm, prefix: bytes
) -> None:
    got = keyed_digests(pa.array(texts, pa.string()), prefix, algorithm)
    new = getattr(hashlib, algorithm)
    expected = [new(prefix + (text or "").encode()).digest() for text in texts]
    assert [bytes(row) for row in got] == expected


def test_slices_and_empty_arrays() -> None:
    values = pa.array([f"value {i}" for i in range(300)])
    part = values.slice(37, 150)
    got = keyed_digests(part, b"k", "md5")
    assert [bytes(row) for row in got] == [hashlib.md5(b"k" + v.encode()).digest() for v in part.to_pylist()]
    assert keyed_digests(pa.array([], pa.string()), b"k", "sha256").shape == (0, 32)
    assert hex_text(keyed_digests(pa.array([], pa.string()), b"k", "sha256"), 64).to_pylist() == []


def _hash(values: list[str | None], key: bytes, **params: object) -> list[str | None]:
    entry = REGISTRY.get("hash")
    context = TransformContext(column=Column("c", "text", Kind.TEXT), table="t", seed=1, key=key)
    return entry(pa.array(values, pa.string()), entry.parse_params(params), context).to_pylist()


def _reference(values: list[str | None], key: bytes, algorithm: str, length: int | None, salt: str) -> list[str | None]:
    """The hash transformer as it was: hashlib per value, hex, the first `length` digits."""
    new = getattr(hashlib, algorithm)
    return [
        None if value is None else new(key + salt.encode() + value.encode()).hexdigest()[: length or None]
        for value in values
    ]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("length", [None, 4, 5, 16, 31, 32, 33, 40, 63, 64, 127, 128])
@pytest.mark.parametrize("salt", ["", "pepper ✓"])
def test_hash_transformer_output_is_unchanged(algorithm: str, length: int | None, salt: str) -> None:
    distinct = [f"user{i}@example.com" for i in range(300)] + ["", "ünïcødé ✓", None, "x" * 250]
    repeated = ["same", "same", "other", None] * 600  # the dedupe path
    for values in (distinct, repeated):
        got = _hash(values, b"job key", algorithm=algorithm, length=length, salt=salt)
        assert got == _reference(values, b"job key", algorithm, length, salt)
