"""Bit mixing and hex text shared by every layer that makes values from numbers (pure numpy and Arrow).

Transformers hash values with these; the generated connector draws rows with them; the PostgreSQL connector
reads and writes UUID bytes with them. Not cryptographic.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pyarrow as pa

U64 = npt.NDArray[np.uint64]
GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
UUID_GROUPS = (8, 12, 16, 20)  # hex positions followed by a dash in 8-4-4-4-12

# Byte → its value as a hex digit (either case); 255 for a byte that is not one.
HEX_VALUES = np.full(256, 255, dtype=np.uint8)
for _value, _digit in enumerate(b"0123456789abcdef"):
    HEX_VALUES[_digit] = HEX_VALUES[bytes([_digit]).upper()[0]] = _value


def finalize64(z: U64) -> U64:
    """splitmix64's output function, element-wise (wrapping uint64 arithmetic)."""
    with np.errstate(over="ignore"):
        z = (z ^ (z >> np.uint64(30))) * _MIX1
        z = (z ^ (z >> np.uint64(27))) * _MIX2
        return z ^ (z >> np.uint64(31))


def splitmix64(x: U64) -> U64:
    """The splitmix64 finalizer of each value."""
    with np.errstate(over="ignore"):
        return finalize64(x + GOLDEN)


def hex_strings(raw: npt.NDArray[np.uint8], groups: tuple[int, ...] = (), separator: str = "-") -> pa.StringArray:
    """Rows of bytes (n × k) as lower-case hex strings; `groups` inserts `separator` after those hex positions."""
    n, width = raw.shape
    digits = np.empty((n, width * 2), dtype=np.uint8)
    digits[:, 0::2] = _HEX[raw >> 4]
    digits[:, 1::2] = _HEX[raw & 0x0F]
    if groups:
        pieces, last = [], 0
        for cut in groups:
            pieces += [digits[:, last:cut], np.full((n, 1), ord(separator), np.uint8)]
            last = cut
        digits = np.concatenate([*pieces, digits[:, last:]], axis=1)
    size = digits.shape[1]
    offsets = np.arange(0, size * (n + 1), size, dtype=np.int32)
    data = np.ascontiguousarray(digits)
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(data))
