"""Person names from a vocabulary: transform_first_name, transform_last_name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import Field

from lookalike.transformers import vocab
from lookalike.transformers.common import TEXT, differs, draws, keep_nulls, pick_other_than, text_lengths, truncate_to
from lookalike.transformers.hashing import choose
from lookalike.transformers.registry import Role, StrictParams, TransformContext, transformer


class NameParams(StrictParams):
    preserve_length: bool = Field(False, description="choose a name as long as the original")


def same_length(values: pa.Array[Any], vocabulary: pa.Array[Any], hashes: np.ndarray[Any, Any]) -> pa.Array[Any]:
    """Per distinct input length, choose among vocabulary names of that length (else longer ones, cut).

    The pools are made per distinct length (a few dozen, over the vocabulary); the choice for every row is then
    one gather: the row's pool start plus its hash modulo the pool's size, the next entry where that equals the
    input (entries are distinct).
    """
    wanted, available = text_lengths(values), text_lengths(vocabulary)
    lengths = np.unique(wanted)
    pools, sizes, cut = [], np.empty(len(lengths), dtype=np.int64), np.zeros(len(lengths), dtype=np.bool_)
    for position, length in enumerate(lengths.tolist()):
        pool = np.flatnonzero(available == length)
        if len(pool) == 0:
            pool = np.flatnonzero(available > length)
            cut[position] = bool(length) and len(pool) > 0
        if len(pool) == 0:
            pool = np.arange(len(vocabulary))
        pools.append(pool)
        sizes[position] = len(pool)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    entries = np.concatenate(pools) if pools else np.zeros(0, dtype=np.int64)
    group = np.searchsorted(lengths, wanted)
    size = sizes[group]
    chosen = (hashes % size.astype(np.uint64)).astype(np.int64)
    out = vocabulary.take(entries[starts[group] + chosen])
    same = differs(values, out)
    if same.any():
        chosen = np.where(same, (chosen + 1) % size, chosen)
        out = vocabulary.take(entries[starts[group] + chosen])
    for length in lengths[cut].tolist():  # inputs longer than every exact-length name: a longer name, cut
        rows = pa.array(wanted == length)
        out = pc.if_else(rows, pc.utf8_slice_codeunits(out, 0, length), out)
    return out


def split_name(text: pa.Array[Any]) -> tuple[pa.Array[Any], pa.Array[Any]]:
    """Up to the first space, and after it ("" without one): one split instead of two regex replacements.

    The regex this replaces for the first part (` .*$` removed) stops at a newline (RE2's `.` does not match
    one), so text with a newline keeps taking it, to give the same names as before.
    """
    parts: Any = pc.split_pattern(text, " ", max_splits=1)
    family: pa.Array[Any] = pc.binary_join(pc.list_slice(parts, 1), "")
    if pc.any(pc.match_substring(text, "\n")).as_py():
        given: pa.Array[Any] = pc.replace_substring_regex(text, r" .*$", "")
    else:
        given = pc.list_element(parts, 0)
    return given, family


def _transform_name(vocabulary: Callable[[], pa.StringArray]) -> Any:
    def run(values: pa.Array[Any], params: NameParams, ctx: TransformContext) -> pa.Array[Any]:
        names = vocabulary()
        hashes = draws(values, ctx)
        if params.preserve_length:
            out = same_length(values, names, hashes)
        else:
            out = pick_other_than(values, names, choose(hashes, len(names)))
        return keep_nulls(values, truncate_to(out, ctx.column.max_length))

    return run


_first = _transform_name(vocab.first_names)
_last = _transform_name(vocab.last_names)


@transformer("transform_first_name", kinds=TEXT, role=Role.TRANSFORMER, params=NameParams)
def transform_first_name(values: pa.Array[Any], params: NameParams, ctx: TransformContext) -> pa.Array[Any]:
    """Replace a first name by another realistic first name (deterministic with a job key)."""
    result: pa.Array[Any] = _first(values, params, ctx)
    return result


@transformer("transform_last_name", kinds=TEXT, role=Role.TRANSFORMER, params=NameParams)
def transform_last_name(values: pa.Array[Any], params: NameParams, ctx: TransformContext) -> pa.Array[Any]:
    """Replace a last name by another realistic last name (deterministic with a job key)."""
    result: pa.Array[Any] = _last(values, params, ctx)
    return result
