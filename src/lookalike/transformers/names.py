"""Person names from a vocabulary: transform_first_name, transform_last_name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import Field

from lookalike.transformers import vocab
from lookalike.transformers.common import TEXT, draws, keep_nulls, pick_other_than, text_lengths, truncate_to
from lookalike.transformers.hashing import choose
from lookalike.transformers.registry import Role, StrictParams, TransformContext, transformer


class NameParams(StrictParams):
    preserve_length: bool = Field(False, description="choose a name as long as the original")


def same_length(values: pa.Array[Any], vocabulary: pa.Array[Any], hashes: np.ndarray[Any, Any]) -> pa.Array[Any]:
    """Per distinct input length, choose among vocabulary names of that length (else longer ones, cut)."""
    wanted, available = text_lengths(values), text_lengths(vocabulary)
    positions, pieces = [], []
    for length in np.unique(wanted):
        rows = np.flatnonzero(wanted == length)
        pool = np.flatnonzero(available == length)
        if len(pool) == 0:
            pool = np.flatnonzero(available > length)
        candidates = vocabulary.take(pool) if len(pool) else vocabulary
        group = values.take(rows)
        chosen = pick_other_than(group, candidates, choose(hashes[rows], len(candidates)))
        if length and len(pool) and available[pool[0]] != length:
            chosen = pc.utf8_slice_codeunits(chosen, 0, int(length))
        positions.append(rows)
        pieces.append(chosen)
    order = np.argsort(np.concatenate(positions), kind="stable")
    return pa.concat_arrays(pieces).take(order)


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
