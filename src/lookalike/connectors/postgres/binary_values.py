"""Binary COPY forms built from canonical strings and lists: numeric, interval, one-dimensional arrays.

Each parses the canonical text of its type with Arrow and numpy (no row loop) and returns None for a value it
does not recognise, leaving that batch to a slower route that lets the server parse it.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

# Per column, arrays whose concatenation row by row is the column's fields: Arrow binary arrays without NULLs, or
# numpy arrays of one fixed-size record per row (joined with their neighbours into one record before Arrow sees them).
Part = "pa.Array[Any] | npt.NDArray[Any]"
Parts = list[Any]
Encoder = Callable[["pa.Array[Any]"], Parts | None]

_PLAIN = r"^-?[0-9]+(\.[0-9]+)?$"
_SPECIAL = {"NaN": 0xC000, "Infinity": 0xD000, "-Infinity": 0xF000}  # numeric's sign word of the special values
_MAX_CELLS = 64 << 20  # digits × rows of one batch's digit matrix: wider columns go the slower route
_INTERVAL = (
    r"^(?:(?P<years>[+-]?\d+) years? ?)?(?:(?P<mons>[+-]?\d+) mons? ?)?(?:(?P<days>[+-]?\d+) days? ?)?"
    r"(?:(?P<sign>[+-])?(?P<hours>\d+):(?P<minutes>\d\d):(?P<seconds>\d\d)(?:\.(?P<fraction>\d{1,6}))?)?$"
)


def _binary(offsets: npt.NDArray[np.int64], data: npt.NDArray[np.uint8]) -> pa.Array[Any]:
    buffers = [None, pa.py_buffer(offsets), pa.py_buffer(np.ascontiguousarray(data))]
    return pa.Array.from_buffers(pa.large_binary(), len(offsets) - 1, buffers)


def _records(group: list[npt.NDArray[Any]]) -> pa.Array[Any]:
    """Neighbouring fixed-size parts as one binary value per row (numpy copies each field once, no per-row work)."""
    if len(group) == 1:
        record = np.ascontiguousarray(group[0])
    else:
        record = np.empty(len(group[0]), dtype=[(f"f{i}", part.dtype) for i, part in enumerate(group)])
        for i, part in enumerate(group):
            record[f"f{i}"] = part
    size = record.dtype.itemsize
    return _binary(np.arange(len(record) + 1, dtype=np.int64) * size, record.view(np.uint8).reshape(-1))


def join_parts(parts: Parts) -> pa.Array[Any]:
    """Each row's parts concatenated, in C++ (binary_join_element_wise)."""
    arrays: list[Any] = []
    group: list[npt.NDArray[Any]] = []
    for part in parts:
        if isinstance(part, np.ndarray):
            group.append(part)
            continue
        if group:
            arrays.append(_records(group))
            group = []
        arrays.append(part)
    if group:
        arrays.append(_records(group))
    if len(arrays) == 1:
        return arrays[0]
    return pc.binary_join_element_wise(*arrays, pa.scalar(b"", pa.large_binary()))


def fixed(raw: npt.NDArray[np.uint8], valid: npt.NDArray[np.bool_]) -> Parts:
    """Fields of a fixed width: `raw` holds each row's value bytes (rows × width)."""
    rows, width = raw.shape
    if valid.all():  # one record per row: length word, then the value
        record = np.empty(rows, dtype=[("length", ">i4"), ("value", f"V{width}")])
        record["length"] = width
        record["value"] = np.ascontiguousarray(raw).view(f"V{width}").reshape(rows)
        return [record]
    present = np.where(valid, width, 0).astype(np.int64)
    offsets = np.concatenate([[0], np.cumsum(present)]).astype(np.int64)
    return [_lengths(np.where(valid, width, -1)), _binary(offsets, raw[valid].reshape(-1))]


def _words(values: npt.NDArray[Any], dtype: str) -> npt.NDArray[np.uint8]:
    return np.ascontiguousarray(values.astype(dtype)).view(np.uint8).reshape(len(values), -1)


def _lengths(lengths: npt.NDArray[np.int64]) -> pa.Array[Any]:
    return _binary(np.arange(len(lengths) + 1, dtype=np.int64) * 4, _words(lengths, ">i4").reshape(-1))


def _plain(values: pa.Array[Any]) -> pa.Array[Any] | None:
    """Numeric strings in plain notation: exponents (a float's `1e+20`) spelled out, one value at a time (rare)."""
    special = pc.is_in(values, pa.array(list(_SPECIAL)))
    odd = pc.and_(pc.invert(pc.match_substring_regex(values, _PLAIN)), pc.invert(special))
    if not pc.any(odd).as_py():
        return values
    fixed = values.to_pylist()
    for index in np.flatnonzero(np.asarray(odd.fill_null(False).to_numpy(zero_copy_only=False))):
        try:
            number = decimal.Decimal(fixed[index].strip())
        except decimal.InvalidOperation:
            return None
        if not number.is_finite():
            return None
        fixed[index] = format(number, "f")
    return pa.array(fixed, pa.string())


def numerics(values: pa.Array[Any]) -> Parts | None:
    """numeric from its text form: ndigits, weight, sign, dscale (int16 each), then base-10000 digits."""
    found = _plain(values)
    if found is None:
        return None
    valid = np.asarray(found.is_valid().to_numpy(zero_copy_only=False), dtype=np.bool_)
    specials = pc.fill_null(pc.is_in(found, pa.array(list(_SPECIAL))), False)
    special_sign = np.zeros(len(found), dtype=np.int64)
    for spelled, word in _SPECIAL.items():
        special_sign[np.asarray(pc.fill_null(pc.equal(found, spelled), False).to_numpy(zero_copy_only=False))] = word
    is_special = np.asarray(specials.to_numpy(zero_copy_only=False), dtype=np.bool_)
    text = pc.if_else(pc.or_(specials, pc.is_null(found)), pa.scalar("0"), found)
    negative = np.asarray(pc.starts_with(text, "-").to_numpy(zero_copy_only=False), dtype=np.bool_)
    body = pc.utf8_ltrim(text, "-").cast(pa.large_binary())
    body = pa.concat_arrays([body]) if body.offset else body
    offsets = np.frombuffer(body.buffers()[1], dtype=np.int64, count=len(body) + 1)
    data = np.frombuffer(body.buffers()[2], dtype=np.uint8)[int(offsets[0]) : int(offsets[-1])]
    sizes = np.diff(offsets)
    point = pc.find_substring(body.cast(pa.large_string()), ".").to_numpy(zero_copy_only=False).astype(np.int64)
    int_len = np.where(point < 0, sizes, point)
    frac_len = np.where(point < 0, 0, sizes - point - 1)
    int_width = -(-int(int_len.max(initial=1)) // 4) * 4
    frac_width = -(-int(frac_len.max(initial=0)) // 4) * 4
    width = int_width + frac_width
    rows = len(body)
    if rows * width > _MAX_CELLS:
        return None
    # Each digit's column in a matrix aligned on the decimal point: integer digits end at int_width.
    row = np.repeat(np.arange(rows), sizes)
    position = np.arange(len(data)) - np.repeat(offsets[:-1] - offsets[0], sizes)
    point_at = np.repeat(int_len, sizes)
    column = np.where(position < point_at, int_width - point_at + position, int_width + position - point_at - 1)
    digit = data != ord(".")
    matrix = np.zeros((rows, width), dtype=np.int16)
    matrix[row[digit], column[digit]] = data[digit] - ord("0")
    groups = (matrix.reshape(rows, -1, 4) * np.array([1000, 100, 10, 1], dtype=np.int16)).sum(axis=2)
    nonzero = groups != 0
    any_digit = nonzero.any(axis=1)
    first = np.argmax(nonzero, axis=1)
    last = groups.shape[1] - 1 - np.argmax(nonzero[:, ::-1], axis=1)
    ndigits = np.where(any_digit, last - first + 1, 0)
    weight = np.where(any_digit, int_width // 4 - 1 - first, 0)
    sign = np.where(is_special, special_sign, np.where(negative & any_digit, 0x4000, 0))
    ndigits, weight = np.where(is_special, 0, ndigits), np.where(is_special, 0, weight)
    # PostgreSQL sends a special value's dscale as its header's dscale bits: 32 for ±Infinity, 0 for NaN (its
    # receive function ignores them; the same bits keep the bytes identical).
    dscale = np.where(is_special, (special_sign & 0x1F80) >> 7, frac_len)
    head = np.concatenate(
        [_words(ndigits, ">i2"), _words(weight, ">i2"), _words(sign, ">u2"), _words(dscale, ">i2")], axis=1
    )
    index = np.arange(groups.shape[1])[None, :]
    keep = (index >= first[:, None]) & (index <= last[:, None]) & any_digit[:, None] & ~is_special[:, None]
    digits = np.ascontiguousarray(groups[keep].astype(">i2")).view(np.uint8)
    sizes_out = np.where(valid, 8 + 2 * ndigits, -1).astype(np.int64)
    head_offsets = np.concatenate([[0], np.cumsum(np.where(valid, 8, 0))]).astype(np.int64)
    digit_offsets = np.concatenate([[0], np.cumsum(np.where(valid, 2 * ndigits, 0))]).astype(np.int64)
    return [_lengths(sizes_out), _binary(head_offsets, head[valid].reshape(-1)), _binary(digit_offsets, digits)]


def intervals(values: pa.Array[Any]) -> Parts | None:
    """interval from its text form (IntervalStyle postgres): microseconds (int64), days, months (int32 each)."""
    valid = np.asarray(values.is_valid().to_numpy(zero_copy_only=False), dtype=np.bool_)
    text = values.fill_null("00:00:00")
    if not pc.all(pc.and_(pc.match_substring_regex(text, _INTERVAL), pc.not_equal(text, ""))).as_py():
        return None
    parts = pc.extract_regex(text, _INTERVAL)

    def number(name: str) -> npt.NDArray[np.int64]:
        field = pc.utf8_ltrim(pc.struct_field(parts, name), "+")  # Arrow's cast takes no plus sign
        field = pc.if_else(pc.equal(field, ""), pa.scalar("0"), field)
        return np.asarray(field.cast(pa.int64()).to_numpy(zero_copy_only=False), dtype=np.int64)

    fraction = pc.utf8_rpad(pc.struct_field(parts, "fraction"), 6, "0")
    micros_part = np.asarray(fraction.cast(pa.int64()).to_numpy(zero_copy_only=False), dtype=np.int64)
    negative = pc.equal(pc.struct_field(parts, "sign"), "-").to_numpy(zero_copy_only=False)
    time_sign = np.where(np.asarray(negative, dtype=np.bool_), -1, 1)
    seconds = number("hours") * 3600 + number("minutes") * 60 + number("seconds")
    micros = time_sign * (seconds * 1_000_000 + micros_part)
    months = number("years") * 12 + number("mons")
    raw = np.concatenate([_words(micros, ">i8"), _words(number("days"), ">i4"), _words(months, ">i4")], axis=1)
    return fixed(raw, valid)


def arrays(element: Encoder, element_oid: int) -> Encoder:
    """One-dimensional arrays from Arrow lists: ndim, has-NULL flag, element OID, size and lower bound (1), then
    each element as a field of its own."""

    def encode(values: pa.Array[Any]) -> Parts | None:
        lists = pa.concat_arrays([values]) if values.offset else values
        items = lists.values
        offsets = np.frombuffer(lists.buffers()[1], dtype=np.int32, count=len(lists) + 1).astype(np.int64)
        items = items.slice(int(offsets[0]), int(offsets[-1] - offsets[0]))
        offsets -= offsets[0]
        fields = element(items) if len(items) else []
        if fields is None:
            return None
        joined = join_parts(fields) if fields else pa.array([], pa.large_binary())
        per_row = pc.binary_join(pa.LargeListArray.from_arrays(offsets, joined), pa.scalar(b"", pa.large_binary()))
        counts = np.diff(offsets)
        item_nulls = np.asarray(items.is_null().to_numpy(zero_copy_only=False), dtype=np.int64)
        has_null = np.add.reduceat(item_nulls, offsets[:-1]) if len(items) else np.zeros(len(counts), np.int64)
        has_null = np.where(counts > 0, np.minimum(has_null, 1), 0)
        valid = np.asarray(lists.is_valid().to_numpy(zero_copy_only=False), dtype=np.bool_)
        nonempty = counts > 0
        head = np.concatenate(
            [
                _words(nonempty.astype(np.int64), ">i4"),
                _words(has_null, ">i4"),
                _words(np.full(len(counts), element_oid), ">i4"),
                _words(counts, ">i4"),
                _words(np.ones(len(counts), np.int64), ">i4"),
            ],
            axis=1,
        )
        head_sizes = np.where(valid, np.where(nonempty, 20, 12), 0).astype(np.int64)
        keep = np.arange(20)[None, :] < head_sizes[:, None]
        head_offsets = np.concatenate([[0], np.cumsum(head_sizes)]).astype(np.int64)
        body = per_row.fill_null(b"")
        sizes = np.where(valid, head_sizes + pc.binary_length(body).to_numpy(zero_copy_only=False), -1)
        return [_lengths(sizes.astype(np.int64)), _binary(head_offsets, head[keep]), body]

    return encode
