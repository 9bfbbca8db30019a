"""Phone number transformers (Neosync's names and params): new digits, the number's format kept.

With preserve_length the value keeps its exact shape: `+1 (415) 555-2671` stays a plus, a space, brackets and a
dash around new digits, so format checks in the application still pass. Without it a new number is generated.
Keyed runs map the same number the same way everywhere; nulls stay null.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
from pydantic import Field

from lookalike.core.schema import Kind
from lookalike.transformers.common import TEXT, draws, join_strings, keep_nulls, truncate_to
from lookalike.transformers.generators import phone_digits
from lookalike.transformers.hashing import derive
from lookalike.transformers.registry import Role, StrictParams, TransformContext, transformer
from lookalike.transformers.scramble import scramble


class PhoneParams(StrictParams):
    preserve_length: bool = Field(False, description="keep the number's length and format (separators stay)")


@transformer("transform_phone_number", kinds=TEXT, role=Role.TRANSFORMER, params=PhoneParams)
def transform_phone_number(values: pa.Array[Any], params: PhoneParams, ctx: TransformContext) -> pa.Array[Any]:
    """Replace a phone number: new digits in the same format (preserve_length), or 9 to 14 new digits."""
    hashes = draws(values, ctx)
    if params.preserve_length:
        out = scramble(values, hashes, letters=False, first_digit_nonzero=True)
    else:
        out = phone_digits(hashes, 9, 14)
    return keep_nulls(values, truncate_to(out, ctx.column.max_length))


@transformer("transform_e164_phone_number", kinds=TEXT, role=Role.TRANSFORMER, params=PhoneParams)
def transform_e164_phone_number(values: pa.Array[Any], params: PhoneParams, ctx: TransformContext) -> pa.Array[Any]:
    """Replace an E.164 number (+ then digits): as many new digits (preserve_length), or 9 to 15."""
    hashes = draws(values, ctx)
    if params.preserve_length:
        out = scramble(values, hashes, letters=False, first_digit_nonzero=True)
    else:
        out = join_strings("+", phone_digits(hashes, 9, 15))
    return keep_nulls(values, truncate_to(out, ctx.column.max_length))


@transformer("transform_int64_phone_number", kinds={Kind.INTEGER}, role=Role.TRANSFORMER, params=PhoneParams)
def transform_int64_phone_number(values: pa.Array[Any], params: PhoneParams, ctx: TransformContext) -> pa.Array[Any]:
    """Replace a phone number stored as an integer: as many digits (preserve_length), or 10 digits."""
    hashes = draws(values, ctx)
    numbers = np.abs(values.cast(pa.int64()).fill_null(0).to_numpy(zero_copy_only=False))
    digits = np.clip(np.floor(np.log10(np.maximum(numbers, 1))).astype(np.int64) + 1, 1, 18)
    if not params.preserve_length:
        digits = np.full(len(values), 10, dtype=np.int64)
    low = np.where(digits > 1, 10 ** (digits - 1), 0).astype(np.int64)
    span = (10**digits - low).astype(np.uint64)
    out = low + (derive(hashes, 7) % span).astype(np.int64)
    return keep_nulls(values, pa.array(out, pa.int64()))
