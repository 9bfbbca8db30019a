"""A keyed, vectorized 64-bit hash of Arrow values (numpy uint64 arithmetic), and array helpers built on it.

Not cryptographic: it drives deterministic *choices* (which name, which number) so the same input and key map
the same way in every table, run and process. splitmix64 finalizes; per-byte terms depend on position so
anagrams differ.
"""

from __future__ import annotations

import hashlib
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.core.mixing import GOLDEN, U64, hex_strings, splitmix64

__all__ = ["GOLDEN", "U64", "hex_strings", "splitmix64"]


U32 = npt.NDArray[np.uint32]
_GOLDEN32 = np.uint32(0x9E3779B9)


def fmix32(x: U32) -> U32:
    """MurmurHash3's 32-bit finalizer, element-wise: half the memory traffic of splitmix64 for per-byte draws."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint32(16))
        x = x * np.uint32(0x85EBCA6B)
        x = x ^ (x >> np.uint32(13))
        x = x * np.uint32(0xC2B2AE35)
        return x ^ (x >> np.uint32(16))


def positional(row_hashes: U64, positions: U32) -> U32:
    """A 32-bit draw per (row hash, position) pair; `row_hashes` already repeated to line up with `positions`."""
    with np.errstate(over="ignore"):
        return fmix32(
            (row_hashes >> np.uint64(32)).astype(np.uint32)
            ^ fmix32(positions * _GOLDEN32 + row_hashes.astype(np.uint32))
        )


def key_to_seed(key: bytes) -> np.uint64:
    """A 64-bit seed from key material (blake2b, so any key length works)."""
    return np.uint64(int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "little"))


def binary_parts(values: pa.Array[Any]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint8]]:
    """Offsets (n+1) and data bytes of a string/binary array, whatever its offset or width."""
    binary = pc.cast(values, pa.large_binary())
    if binary.offset:
        binary = pa.concat_arrays([binary])
    buffers = binary.buffers()
    offsets = np.frombuffer(buffers[1], dtype=np.int64, count=len(binary) + 1)
    data = (
        np.frombuffer(buffers[2], dtype=np.uint8, count=int(offsets[-1]))
        if buffers[2] is not None
        else np.zeros(0, np.uint8)
    )
    return offsets - offsets[0], data[offsets[0] :] if offsets[0] else data


_SHORT = 64  # bytes: values up to this long are hashed a word (8 bytes) at a time


def _hash_bytes(values: pa.Array[Any], seed: np.uint64) -> U64:
    """Byte at a time: for long values (a padded matrix of them would be mostly padding)."""
    offsets, data = binary_parts(values)
    lengths = np.diff(offsets)
    starts = np.repeat(offsets[:-1], lengths)
    position = (np.arange(len(data), dtype=np.int64) - starts).astype(np.uint64)
    with np.errstate(over="ignore"):
        terms = splitmix64((position << np.uint64(8)) ^ data.astype(np.uint64) ^ seed)
        cumulative = np.concatenate([np.zeros(1, np.uint64), np.cumsum(terms, dtype=np.uint64)])
        sums = cumulative[offsets[1:]] - cumulative[offsets[:-1]]
        return splitmix64(sums ^ splitmix64(lengths.astype(np.uint64) ^ seed))


def _padded(offsets: npt.NDArray[np.int64], data: npt.NDArray[np.uint8], width: int) -> npt.NDArray[np.uint8]:
    """Each value's bytes zero-padded to `width`, one row per value (NULL slots as their bytes are: usually none).

    Arrow's element-wise join of each value with a run of zero bytes writes the rows in one pass: half the time
    of numpy's masked copy into a zeroed matrix.
    """
    count = len(offsets) - 1
    if width <= 8:  # one word: the masked copy is the cheaper one at this size
        matrix = np.zeros((count, width), dtype=np.uint8)
        matrix[np.arange(width, dtype=np.uint8)[None, :] < np.diff(offsets).astype(np.uint8)[:, None]] = data
        return matrix
    pad_offsets = np.arange(count + 1, dtype=np.int64) * width - offsets
    raw = pa.LargeBinaryArray.from_buffers(pa.large_binary(), count, [None, pa.py_buffer(offsets), pa.py_buffer(data)])
    pads = pa.LargeBinaryArray.from_buffers(
        pa.large_binary(),
        count,
        [None, pa.py_buffer(pad_offsets), pa.py_buffer(np.zeros(int(pad_offsets[-1]), dtype=np.uint8))],
    )
    joined: Any = pc.binary_join_element_wise(raw, pads, pa.scalar(b"", pa.large_binary()))
    return binary_parts(joined)[1].reshape(count, width)


def _hash_words(values: pa.Array[Any], seed: np.uint64) -> U64:
    """Word at a time: each value zero-padded to whole 8-byte words in a matrix, one column of words per step."""
    offsets, data = binary_parts(values)
    lengths = np.diff(offsets)
    width = max(8, int(-(-int(lengths.max(initial=0)) // 8) * 8))
    words = _padded(offsets, data, width).view("<u8")
    filled = (lengths + 7) // 8
    with np.errstate(over="ignore"):
        state = splitmix64(lengths.astype(np.uint64) ^ seed ^ np.uint64(0x5151))
        for column in range(words.shape[1]):
            mixed = splitmix64(state ^ splitmix64(words[:, column] ^ (seed + np.uint64(column + 1) * GOLDEN)))
            state = np.where(column < filled, mixed, state)  # a value's padding never enters its hash
        return state


def hash_array(values: pa.Array[Any] | pa.ChunkedArray[Any], key: bytes, salt: int = 0) -> U64:
    """One keyed uint64 per value (nulls get an arbitrary value: callers mask them).

    A value's hash depends only on the value and the key (never on its batch): short and long values take
    different paths, chosen by the value's own length.
    """
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    seed = key_to_seed(key) ^ np.uint64(salt)
    with np.errstate(over="ignore"):
        if pa.types.is_integer(values.type) or pa.types.is_floating(values.type):
            raw = values.cast(pa.float64()) if pa.types.is_floating(values.type) else values.cast(pa.int64())
            numbers = raw.fill_null(0).to_numpy(zero_copy_only=False).view(np.uint64)
            return splitmix64(splitmix64(numbers ^ seed) + seed)
    text = values.cast(pa.string()) if not pa.types.is_binary(values.type) else values
    lengths: Any = pc.binary_length(text)
    long = np.asarray(pc.fill_null(pc.greater(lengths, _SHORT), False).to_numpy(zero_copy_only=False), dtype=np.bool_)
    if not long.any():
        return _hash_words(text, seed)
    out = np.empty(len(text), dtype=np.uint64)
    out[~long] = _hash_words(text.filter(pa.array(~long)), seed)
    out[long] = _hash_bytes(text.filter(pa.array(long)), seed)
    return out


def derive(hashes: U64, salt: int) -> U64:
    """An independent-looking second hash from the first (for a second choice from the same value)."""
    with np.errstate(over="ignore"):
        return splitmix64(hashes ^ np.uint64(salt) * GOLDEN)


def choose(hashes: U64, n: int) -> npt.NDArray[np.int64]:
    """Indices in [0, n) from uniform 64-bit values."""
    return (hashes % np.uint64(n)).astype(np.int64)
