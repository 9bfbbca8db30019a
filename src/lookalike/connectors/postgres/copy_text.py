"""Encode an Arrow batch as PostgreSQL text-format COPY data, a whole column at a time (Arrow kernels, no row loop).

Text COPY lets PostgreSQL parse each value with its own input function, so one encoder serves every column
type: enums, domains, uuid, json, ranges travel as their text form.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.connectors.postgres.convert import temporal_text

NULL = "\\N"
_SPECIAL = r"[\\\n\r\t]"
_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)


def escape(text: Any) -> Any:
    """Escape backslash, newline, carriage return and tab as COPY text requires."""
    if not pc.any(pc.match_substring_regex(text, _SPECIAL)).as_py():
        return text
    for raw, escaped in (("\\", "\\\\"), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
        text = pc.replace_substring(text, raw, escaped)
    return text


def _bytea_hex(values: Any) -> Any:
    """Binary values as bytea hex input (`\\x0a1b…`), built from the data buffer with numpy."""
    binary = pa.concat_arrays([values.cast(pa.large_binary())]) if values.offset else values.cast(pa.large_binary())
    offsets = np.frombuffer(binary.buffers()[1], dtype=np.int64, count=len(binary) + 1)
    start = int(offsets[0])
    data = binary.buffers()[2]
    raw = np.frombuffer(data, dtype=np.uint8)[start : int(offsets[-1])] if data is not None else np.zeros(0, np.uint8)
    digits = np.empty(len(raw) * 2, dtype=np.uint8)
    digits[0::2], digits[1::2] = _HEX[raw >> 4], _HEX[raw & 0x0F]
    lengths = np.diff(offsets)
    # Each value becomes `\\x` (the backslash doubled for COPY) followed by its hex digits.
    new_offsets = np.concatenate([[0], np.cumsum(lengths * 2 + 3)]).astype(np.int64)
    out = np.empty(int(new_offsets[-1]), dtype=np.uint8)
    prefix_at = new_offsets[:-1]
    out[prefix_at], out[prefix_at + 1], out[prefix_at + 2] = ord("\\"), ord("\\"), ord("x")
    mask = np.ones(len(out), dtype=bool)
    mask[prefix_at], mask[prefix_at + 1], mask[prefix_at + 2] = False, False, False
    out[mask] = digits
    encoded = pa.LargeStringArray.from_buffers(len(binary), pa.py_buffer(new_offsets), pa.py_buffer(out))
    return pc.if_else(pc.is_valid(binary), encoded, pa.scalar(None, pa.large_string()))


def _array_literal(values: Any) -> Any:
    """A list array as PostgreSQL array literals `{"a","b",NULL}` (every element quoted: valid for any type)."""
    if values.offset:
        values = pa.concat_arrays([values])
    elements = _plain_text(values.values)
    quoted = pc.binary_join_element_wise(
        '"', pc.replace_substring(pc.replace_substring(elements, "\\", "\\\\"), '"', '\\"'), '"', ""
    )
    quoted = pc.fill_null(quoted, "NULL")
    rebuilt = pa.ListArray.from_arrays(values.offsets, quoted, mask=pc.is_null(values))
    joined = pc.binary_join(rebuilt, ",")
    return pc.binary_join_element_wise("{", joined, "}", "")


def _plain_text(values: Any) -> Any:
    """Scalar values as PostgreSQL input text, before any COPY escaping (NULL stays null)."""
    kind = values.type
    if pa.types.is_binary(kind) or pa.types.is_large_binary(kind) or pa.types.is_nested(kind):
        raise TypeError(f"cannot encode {kind} values as PostgreSQL text")
    if pa.types.is_floating(kind):
        text = values.cast(pa.string())
        for raw, spelled in (("inf", "Infinity"), ("nan", "NaN")):
            text = pc.replace_substring(text, raw, spelled)
        return text
    if pa.types.is_date(kind) or pa.types.is_timestamp(kind):
        return temporal_text(values)
    return values.cast(pa.string())


def text_form(values: Any) -> Any:
    """Values as PostgreSQL input text, unescaped (NULL stays null): for a server-side cast."""
    if pa.types.is_dictionary(values.type):
        values = values.dictionary_decode()
    if pa.types.is_list(values.type):
        return _array_literal(values)
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        return values
    return _plain_text(values)


def encode_column(values: Any, plain: bool = False) -> Any:
    """One column as COPY text fields (NULL as \\N); `plain` strings need no escaping (numbers, dates…)."""
    if pa.types.is_dictionary(values.type):
        values = values.dictionary_decode()
    kind = values.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        text = values if plain else escape(values)
    elif pa.types.is_binary(kind) or pa.types.is_large_binary(kind):
        text = _bytea_hex(values)
    elif pa.types.is_list(kind):
        text = escape(_array_literal(values))
    elif pa.types.is_null(kind):
        return pa.nulls(len(values), pa.large_string()).fill_null(NULL)
    else:
        text = _plain_text(values)
    # One string type for every field, and 64-bit offsets so that a large batch cannot overflow them.
    return pc.fill_null(text.cast(pa.large_string()), NULL)


def encode_batch(batch: pa.RecordBatch, plain: Sequence[bool] = ()) -> bytes:
    """The batch as COPY text: fields joined by tabs, each row ended by a newline.

    `plain[i]` says column i holds strings that cannot contain a tab, newline or backslash (skips escaping).
    """
    if batch.num_rows == 0:
        return b""
    flags = list(plain) or [False] * batch.num_columns
    fields = [encode_column(column, flag) for column, flag in zip(batch.columns, flags, strict=True)]
    tab, newline, empty = (pa.scalar(text, pa.large_string()) for text in ("\t", "\n", ""))
    lines = pc.binary_join_element_wise(*fields, tab) if len(fields) > 1 else fields[0]
    lines = pc.binary_join_element_wise(lines, empty, newline)
    if lines.offset:
        lines = pa.concat_arrays([lines])
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int64, count=len(lines) + 1)
    start, end = int(offsets[0]), int(offsets[-1])
    data: bytes = lines.buffers()[2].slice(start, end - start).to_pybytes()
    return data
