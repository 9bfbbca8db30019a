"""Small vectorized helpers the entries share: choosing indices, keeping nulls, never returning the input."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.core.schema import Kind
from lookalike.transformers.hashing import U64, derive, hash_array
from lookalike.transformers.registry import TransformContext

TEXT = frozenset({Kind.TEXT})


def draws(values: pa.Array[Any], ctx: TransformContext, salt: int = 0) -> U64:
    """One uint64 per row: keyed hash of the value when the job has a key, else the seeded generator."""
    if ctx.key is not None:
        return derive(hash_array(values, ctx.key), salt) if salt else hash_array(values, ctx.key)
    return ctx.rng().integers(0, 2**64 - 1, size=len(values), dtype=np.uint64, endpoint=True) ^ np.uint64(salt)


def keep_nulls(values: pa.Array[Any], out: pa.Array[Any]) -> pa.Array[Any]:
    """`out`, but NULL wherever the input was NULL."""
    if values.null_count == 0:
        return out
    result: pa.Array[Any] = pc.if_else(pc.is_valid(values), out, pa.scalar(None, out.type))
    return result


def differs(values: pa.Array[Any], out: pa.Array[Any]) -> npt.NDArray[np.bool_]:
    """Rows where `out` still equals the input (those must be changed again)."""
    equal: Any = pc.equal(values, out)
    same: Any = pc.fill_null(equal, False)
    return np.asarray(same.to_numpy(zero_copy_only=False), dtype=np.bool_)


def pick(vocabulary: pa.Array[Any], indices: npt.NDArray[np.int64]) -> pa.Array[Any]:
    return vocabulary.take(indices)


def pick_other_than(values: pa.Array[Any], vocabulary: pa.Array[Any], indices: npt.NDArray[np.int64]) -> pa.Array[Any]:
    """Take from `vocabulary`; where that equals the input, take the next entry (entries are distinct)."""
    out = pick(vocabulary, indices)
    same = differs(values, out)
    if same.any():
        indices = np.where(same, (indices + 1) % len(vocabulary), indices)
        out = pick(vocabulary, indices)
    return out


def truncate_to(out: pa.Array[Any], max_length: int | None) -> pa.Array[Any]:
    return out if max_length is None else pc.utf8_slice_codeunits(out, 0, max_length)


def join_strings(*parts: pa.Array[Any] | str) -> pa.Array[Any]:
    """Concatenate string arrays (and literal pieces) row by row."""
    result: pa.Array[Any] = pc.binary_join_element_wise(*parts, "")
    return result


def text_lengths(values: pa.Array[Any]) -> npt.NDArray[np.int64]:
    """Characters per value (0 for NULL)."""
    measured: Any = pc.utf8_length(values)
    return np.asarray(measured.fill_null(0).to_numpy(zero_copy_only=False), dtype=np.int64)
