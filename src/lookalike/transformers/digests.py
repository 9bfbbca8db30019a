"""Keyed cryptographic digests of a whole Arrow column, `algorithm(prefix + value)` per value, byte-identical to
hashlib's.

Merkle–Damgård on numpy columns: every message (prefix + value) is padded into blocks in one byte matrix, the
messages are grouped by their number of blocks, and the compression function runs once per block over every
message of a group (digest_rounds), so no Python code runs per value. The prefix (the job key and salt) is the
same for every value: its whole blocks are compressed once and its remainder is copied into every first block.

Where numpy loses to hashlib the values go to hashlib, one call each; hashlib's OpenSSL (SHA extensions on x86)
compresses a block ten times faster than numpy does, so numpy wins only on short messages, where Python's
per-call cost dominates. As measured (bench/transformers_bench.py --digests): messages of up to
`_VECTOR_BLOCKS[algorithm]` blocks go to numpy, longer ones, tiny groups and blake2b (no Merkle–Damgård length
padding; its numpy rounds measured slower than hashlib's) go to hashlib.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from lookalike.transformers.digest_rounds import (
    MD5_INITIAL,
    SHA1_INITIAL,
    SHA256,
    SHA256_INITIAL,
    SHA512,
    SHA512_INITIAL,
    Words,
    md5_compress,
    sha1_compress,
)
from lookalike.transformers.hashing import binary_parts

Algorithm = Literal["sha256", "sha512", "sha1", "md5", "blake2b"]
Digests = npt.NDArray[np.uint8]

_CHUNK = 32_768  # messages per numpy pass: the working set of one step stays in the core's cache
_MIN_GROUP = 64  # fewer messages of one length than this cost less through hashlib than numpy's per-call overhead


@dataclass(frozen=True)
class _Spec:
    block: int  # bytes per block
    word: type[np.unsignedinteger[Any]]
    big_endian: bool
    length_bytes: int  # the message length field closing the padding
    initial: Words
    schedule_words: int
    compress: Callable[[Words, Words], None]
    digest_size: int


_SPECS: dict[str, _Spec] = {
    "sha256": _Spec(64, np.uint32, True, 8, SHA256_INITIAL, 64, SHA256.compress, 32),
    "sha512": _Spec(128, np.uint64, True, 16, SHA512_INITIAL, 80, SHA512.compress, 64),
    "sha1": _Spec(64, np.uint32, True, 8, SHA1_INITIAL, 80, sha1_compress, 20),
    "md5": _Spec(64, np.uint32, False, 8, MD5_INITIAL, 16, md5_compress, 16),
}
# The longest message (in blocks) numpy hashes faster than hashlib, as measured on 50k-value batches.
# SHA-256 and SHA-512: never (0) on this machine's measurements (hashlib's OpenSSL with the CPU's SHA extensions
# is faster even for one block); their numpy rounds stay, tested, for hardware where that is not so.
_VECTOR_BLOCKS = {"sha256": 0, "sha512": 0, "sha1": 1, "md5": 3}


# Byte → its two hex digits as one little-endian uint16, so one gather writes both characters in order.
_HEX_PAIRS = np.array([int.from_bytes(f"{byte:02x}".encode(), "little") for byte in range(256)], dtype="<u2")


def hex_text(raw: Digests, digits: int) -> pa.StringArray:
    """The first `digits` lower-case hex digits of each row of bytes (n × k, digits ≤ 2k) as strings."""
    count = raw.shape[0]
    text = _HEX_PAIRS[raw[:, : -(-digits // 2)]].view(np.uint8)[:, :digits]
    offsets = np.arange(0, digits * (count + 1), digits, dtype=np.int32)
    return pa.StringArray.from_buffers(count, pa.py_buffer(offsets), pa.py_buffer(np.ascontiguousarray(text)))


def _word_dtype(spec: _Spec) -> np.dtype[Any]:
    return np.dtype(spec.word).newbyteorder(">" if spec.big_endian else "<")


def _compress_blocks(spec: _Spec, state: Words, blocks: npt.NDArray[np.uint8]) -> None:
    """Add each row's blocks (rows × (blocks·block bytes)) into its state (words × rows), in place."""
    rows = blocks.shape[0]
    words = blocks.view(_word_dtype(spec)).reshape(rows, -1, 16)
    schedule = np.empty((spec.schedule_words, rows), dtype=spec.word)
    for block in range(words.shape[1]):
        schedule[:16] = words[:, block, :].T
        spec.compress(state, schedule)


@functools.lru_cache(maxsize=32)
def _prefix_state(algorithm: str, whole_blocks: bytes) -> Words:
    """The chaining state after the prefix's whole blocks (the same for every value: computed once per key)."""
    spec = _SPECS[algorithm]
    state = spec.initial[:, None].copy()
    _compress_blocks(spec, state, np.frombuffer(whole_blocks, dtype=np.uint8)[None, :])
    state.setflags(write=False)
    return state


def _numpy_digests(
    spec: _Spec, start: Words, tail: bytes, prefix_length: int, lengths: npt.NDArray[np.int64], data: Any, blocks: int
) -> Digests:
    """Digests of values whose messages all take `blocks` blocks: their lengths and their bytes, back to back."""
    count, width = len(lengths), blocks * spec.block
    padded = np.zeros((count, width), dtype=np.uint8)
    padded[:, : len(tail)] = np.frombuffer(tail, dtype=np.uint8)
    # Column minus the tail's length, wrapped: the prefix's columns come out huge, so one comparison with the
    # value's length selects its bytes (uint16 keeps the count × width comparison cheap; width < 65536).
    columns = (np.arange(width, dtype=np.int64) - len(tail)).astype(np.uint16)
    padded[columns < lengths.astype(np.uint16)[:, None]] = data  # row-major: each row's bytes in order
    padded[np.arange(count), len(tail) + lengths] = 0x80
    bit_lengths = ((lengths + prefix_length) * 8).astype(np.uint64)
    length_field = bit_lengths.astype(">u8" if spec.big_endian else "<u8").view(np.uint8).reshape(count, 8)
    if spec.big_endian:
        padded[:, width - 8 :] = length_field
    else:
        padded[:, width - spec.length_bytes : width - spec.length_bytes + 8] = length_field
    state = np.repeat(start, count, axis=1)
    _compress_blocks(spec, state, padded)
    out: Digests = np.ascontiguousarray(state.T).astype(_word_dtype(spec)).view(np.uint8)
    return out.reshape(count, -1)[:, : spec.digest_size]


def _hashlib_digests(algorithm: str, prefix: bytes, values: pa.Array[Any]) -> Digests:
    """One hashlib call per value, from a copy of a hash that has already absorbed the prefix (a copy costs
    less than a fresh hash, and the prefix is not hashed again)."""
    start = getattr(hashlib, algorithm)(prefix)
    fresh = start.copy
    digests = []
    for value in values.to_pylist():
        state = fresh()
        state.update(value)
        digests.append(state.digest())
    return np.frombuffer(b"".join(digests), dtype=np.uint8).reshape(len(values), start.digest_size)


def keyed_digests(values: pa.Array[Any], prefix: bytes, algorithm: Algorithm) -> Digests:
    """`algorithm(prefix + value).digest()` for each value (n × digest size bytes); a NULL hashes as b""."""
    binary = values.cast(pa.binary()).fill_null(b"")
    if algorithm not in _SPECS or len(binary) < _MIN_GROUP:  # a handful (a deduplicated column): no setup
        return _hashlib_digests(algorithm, prefix, binary)
    offsets, data = binary_parts(binary)
    count = len(offsets) - 1
    spec = _SPECS[algorithm]
    whole = len(prefix) // spec.block * spec.block
    start, tail = _prefix_state(algorithm, prefix[:whole]), prefix[whole:]
    lengths = np.diff(offsets)
    blocks = (len(tail) + lengths + 1 + spec.length_bytes + spec.block - 1) // spec.block
    out = np.empty((count, spec.digest_size), dtype=np.uint8)
    vector = blocks <= _VECTOR_BLOCKS[algorithm]
    for size in np.unique(blocks[vector]).tolist():
        rows = np.flatnonzero(blocks == size)
        if len(rows) < _MIN_GROUP:
            vector[rows] = False
            continue
        # The group's bytes back to back (Arrow's take): the padded matrix is then filled by one masked copy.
        group_offsets, group_data = (offsets, data) if len(rows) == count else binary_parts(binary.take(rows))
        for first in range(0, len(rows), _CHUNK):
            last = min(first + _CHUNK, len(rows))
            chunk_data = group_data[group_offsets[first] : group_offsets[last]]
            chunk_lengths = np.diff(group_offsets[first : last + 1])
            out[rows[first:last]] = _numpy_digests(spec, start, tail, len(prefix), chunk_lengths, chunk_data, size)
    if not vector.all():
        rest = np.flatnonzero(~vector)
        out[rest] = _hashlib_digests(algorithm, prefix, binary.take(rest))
    return out
