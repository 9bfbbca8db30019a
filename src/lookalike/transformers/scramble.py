"""Format-keeping scrambles: replace letters and digits byte by byte, keep every other character where it was.

Shared by transform_character_scramble (optionally only inside the matches of a user's regex) and the phone
transformers (digits only, so `(555) 123-4567` keeps its brackets, space and dash).
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.transformers.hashing import U64, binary_parts, derive, positional

# Unicode noncharacters ("for internal use"): they bracket regex matches while the bytes are scanned.
_OPEN, _CLOSE = "\ufdd0", "\ufdd1"
_OPEN_BYTES, _CLOSE_BYTES = _OPEN.encode(), _CLOSE.encode()


def _below(draws: npt.NDArray[np.uint32], n: int) -> npt.NDArray[np.uint8]:
    """Uniform-enough values in [0, n) from 32-bit draws (multiply-high, no division)."""
    return ((draws.astype(np.uint64) * np.uint64(n)) >> np.uint64(32)).astype(np.uint8)


_BLOCK = 1 << 20


def check_pattern(pattern: str) -> None:
    """ValueError unless `pattern` is a regex pyarrow (RE2) accepts."""
    try:
        pc.replace_substring_regex(pa.array(["x"]), pattern, "")
    except pa.ArrowInvalid as error:
        raise ValueError(f"not a valid regular expression (RE2 syntax): {error}") from None


def _marker_starts(data: npt.NDArray[np.uint8], marker: bytes) -> npt.NDArray[np.bool_]:
    found = np.zeros(len(data), dtype=np.bool_)
    if len(data) >= 3:
        found[:-2] = (data[:-2] == marker[0]) & (data[1:-1] == marker[1]) & (data[2:] == marker[2])
    return found


def _inside_matches(
    text: pa.Array[Any], pattern: str
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint8], npt.NDArray[np.bool_]]:
    """Offsets and bytes of `text`, and a mask of the bytes inside a match of `pattern`.

    RE2 brackets every match with two marker characters; the markers are found, turned into a mask, removed.
    """
    clean = pc.replace_substring_regex(text, f"[{_OPEN}{_CLOSE}]", "\ufffd")
    marked = pc.replace_substring_regex(clean, pattern, _OPEN + r"\0" + _CLOSE)
    offsets, data = binary_parts(marked)
    opens, closes = _marker_starts(data, _OPEN_BYTES), _marker_starts(data, _CLOSE_BYTES)
    depth = np.cumsum(opens.astype(np.int64)) - np.cumsum(closes.astype(np.int64))
    starts = opens | closes
    marker = starts.copy()
    marker[1:] |= starts[:-1]
    marker[2:] |= starts[:-2]
    keep = ~marker
    rows = np.repeat(np.arange(len(text)), np.diff(offsets))
    kept_per_row = np.bincount(rows[keep], minlength=len(text))
    new_offsets = np.concatenate([[0], np.cumsum(kept_per_row)]).astype(np.int64)
    return new_offsets, data[keep], (depth > 0)[keep]


def scramble(
    values: pa.Array[Any],
    hashes: U64,
    *,
    letters: bool = True,
    pattern: str | None = None,
    first_digit_nonzero: bool = False,
) -> pa.Array[Any]:
    """Each ASCII digit → a digit, each letter → a letter of the same case (when `letters`), chosen by the row's
    hash and the byte's position; with `pattern`, only inside its matches. Other bytes stay (UTF-8 stays valid).
    """
    text = values.fill_null("")
    if pattern is None:
        offsets, data = binary_parts(text)  # views of Arrow's buffers: only read, np.where makes new ones
        inside = np.ones(len(data), dtype=np.bool_)
    else:
        offsets, data, inside = _inside_matches(text, pattern)
    row_hashes = derive(hashes, 13)
    result = np.empty_like(data)
    # Blocks of whole rows, ~1 MB of text each: the per-byte temporaries stay in cache and are not page-faulted
    # in afresh for every step, which on a large batch cost more than the arithmetic.
    edges = np.unique(np.concatenate([np.searchsorted(offsets, np.arange(0, offsets[-1], _BLOCK)), [len(values)]]))
    for first_row, end_row in itertools.pairwise(edges):
        low, high = offsets[first_row], offsets[end_row]
        result[low:high] = _scramble_block(
            data[low:high],
            offsets[first_row : end_row + 1] - low,
            row_hashes[first_row:end_row],
            inside[low:high],
            letters,
            first_digit_nonzero,
        )
    out = pa.LargeStringArray.from_buffers(len(values), pa.py_buffer(offsets), pa.py_buffer(result))
    return out.cast(pa.string())


def _scramble_block(
    data: npt.NDArray[np.uint8],
    offsets: npt.NDArray[np.int64],
    row_hashes: U64,
    inside: npt.NDArray[np.bool_],
    letters: bool,
    first_digit_nonzero: bool,
) -> npt.NDArray[np.uint8]:
    lengths = np.diff(offsets)
    position = np.arange(len(data), dtype=np.uint32) - np.repeat(offsets[:-1].astype(np.uint32), lengths)
    per_byte = positional(np.repeat(row_hashes, lengths), position)
    # Whole-array selects beat masked gathers here: most bytes are letters or digits.
    digit = (data >= 48) & (data <= 57) & inside
    if letters:
        letter = _below(per_byte, 26)
        lower, upper = (data >= 97) & (data <= 122) & inside, (data >= 65) & (data <= 90) & inside
        data = np.where(lower, 97 + letter, np.where(upper, 65 + letter, data))
    data = np.where(digit, 48 + _below(per_byte, 10), data)
    if first_digit_nonzero and len(data):
        seen = np.concatenate([[0], np.cumsum(digit)])
        first = digit & (seen[1:] - np.repeat(seen[offsets[:-1]], lengths) == 1)
        data[first] = 49 + _below(per_byte[first], 9)
    return data
