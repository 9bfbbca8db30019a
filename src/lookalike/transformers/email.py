"""Email addresses: generate_email and transform_email, built from name vocabularies with Arrow string kernels."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import Field

from lookalike.transformers import vocab
from lookalike.transformers.common import TEXT, differs, draws, join_strings, keep_nulls, pick, truncate_to
from lookalike.transformers.hashing import U64, binary_parts, choose, derive, hex_strings
from lookalike.transformers.registry import Role, StrictParams, TransformContext, transformer

EmailType = Literal["fullname", "uuidv4"]


@functools.cache
def _local_words(names: Callable[[], pa.StringArray]) -> pa.StringArray:
    """A name vocabulary as it appears in a local part: lower case, without what an address cannot hold.

    Made once per vocabulary, in the vocabulary's order, so choosing from it by index is choosing the name and
    cleaning it: the same text as cleaning each chosen name on every batch (the cleaning works character by
    character, so cleaning the parts before joining them equals cleaning the joined address).
    """
    cleaned: pa.StringArray = pc.replace_substring_regex(pc.utf8_lower(names()), r"[^a-z0-9._-]", "")
    return cleaned


def _local_parts(hashes: U64, email_type: EmailType, suffix: pa.Array[Any]) -> pa.Array[Any]:
    """`first.last<suffix>` from the name vocabularies, or 32 hex digits, chosen by `hashes`; `suffix` is digits."""
    if email_type == "uuidv4":
        words = np.stack([hashes, derive(hashes, 1)], axis=1).view(np.uint8).reshape(len(hashes), 16)
        return hex_strings(words)
    first = pick(_local_words(vocab.first_names), choose(derive(hashes, 2), len(vocab.first_names())))
    last = pick(_local_words(vocab.last_names), choose(derive(hashes, 3), len(vocab.last_names())))
    return join_strings(first, ".", last, suffix)


def _cut(local: pa.Array[Any], widths: npt.NDArray[np.int64]) -> pa.Array[Any]:
    """Row i's first widths[i] characters (all of it when shorter), for every row in one pass over the bytes.

    Local parts are ASCII (cleaned names, digits, hex, `x` padding), where a character is a byte; anything else
    takes Arrow's slice once per distinct width, the same result.
    """
    offsets, data = binary_parts(local)
    if np.any(data >= 0x80):
        for width in np.unique(widths):
            cut = pc.utf8_slice_codeunits(local, 0, int(width))
            local = pc.if_else(pa.array(widths == width), cut, local)
        return local
    lengths = np.diff(offsets)
    kept = np.minimum(lengths, widths)
    if np.array_equal(kept, lengths):
        return local
    within = np.arange(len(data), dtype=np.int64) - np.repeat(offsets[:-1], lengths)
    text = np.ascontiguousarray(data[within < np.repeat(kept, lengths)])
    new_offsets = np.concatenate([[0], np.cumsum(kept)]).astype(np.int64)
    cut_all = pa.LargeStringArray.from_buffers(len(local), pa.py_buffer(new_offsets), pa.py_buffer(text))
    return cut_all.cast(pa.string())


def _fit(local: pa.Array[Any], domain: pa.Array[Any], max_length: int | None) -> pa.Array[Any]:
    """`local@domain`, shortening the local part (never the domain) to fit `max_length`."""
    if max_length is not None:
        room: Any = pc.subtract(pa.scalar(max_length - 1), pc.utf8_length(domain))
        local = _cut(local, np.maximum(np.asarray(room.to_numpy(zero_copy_only=False)), 1))
    email: pa.Array[Any] = pc.binary_join_element_wise(local, domain, "@")
    # A column too short for even `x@domain` gets a cut value rather than an error.
    return truncate_to(email, max_length)


class GenerateEmailParams(StrictParams):
    email_type: EmailType = Field("fullname", description="first.last<n>@domain, or a uuid local part")


@transformer("generate_email", kinds=TEXT, role=Role.GENERATOR, params=GenerateEmailParams)
def generate_email(values: pa.Array[Any], params: GenerateEmailParams, ctx: TransformContext) -> pa.Array[Any]:
    """A realistic email for every row, unique within the column (the number comes from the row position)."""
    hashes = ctx.rng().integers(0, 2**64 - 1, size=len(values), dtype=np.uint64, endpoint=True)
    position = np.arange(len(values), dtype=np.int64) + ctx.batch_index * 1_000_000
    local = _local_parts(hashes, params.email_type, pa.array(position).cast(pa.string()))
    domains = pick(vocab.email_domains(), choose(derive(hashes, 4), len(vocab.email_domains())))
    return _fit(local, domains, ctx.column.max_length)


class TransformEmailParams(StrictParams):
    preserve_domain: bool = Field(False, description="keep the part after @")
    preserve_length: bool = Field(False, description="keep the address's length")
    excluded_domains: list[str] = Field(default_factory=list, description="addresses at these domains pass through")
    email_type: EmailType = Field("fullname", description="first.last<n>@domain, or a uuid local part")
    invalid_email_action: Literal["reject", "null", "passthrough", "generate"] = Field(
        "generate",
        description="for a value that is not an email address: fail the run (reject), write NULL, copy it "
        "unchanged (passthrough), or replace it by a generated address",
    )


def _domains(values: pa.Array[Any]) -> pa.Array[Any]:
    """What follows each value's last @ (NULL where there is none, or nothing after it)."""
    parts: Any = pc.split_pattern(values, "@", max_splits=1, reverse=True)
    after: Any = pc.binary_join(pc.list_slice(parts, 1), "")
    domains: pa.Array[Any] = pc.if_else(pc.equal(after, ""), pa.scalar(None, pa.string()), after)
    return domains


# One @, something before it, a dot in the domain, no spaces: what applications generally accept.
_EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


@transformer("transform_email", kinds=TEXT, role=Role.TRANSFORMER, params=TransformEmailParams)
def transform_email(values: pa.Array[Any], params: TransformEmailParams, ctx: TransformContext) -> pa.Array[Any]:
    """Replace an email by another realistic one; deterministic with a job key, so joins on emails survive."""
    hashes = draws(values, ctx)
    # The domain is what follows the last @; an address without one has none (it gets a generated domain). Only
    # preserve_domain and excluded_domains read it, and splitting costs a quarter of this function.
    original_domain = _domains(values) if params.preserve_domain or params.excluded_domains else None
    number: Any = pa.array(choose(derive(hashes, 5), 1_000_000)).cast(pa.string())
    local = _local_parts(hashes, params.email_type, number)
    generated_domain = pick(vocab.email_domains(), choose(derive(hashes, 4), len(vocab.email_domains())))
    domain = (
        pc.coalesce(original_domain, generated_domain)
        if original_domain is not None and params.preserve_domain
        else generated_domain
    )
    if params.preserve_length:
        target: Any = pc.subtract(pc.utf8_length(values), pc.add(pc.utf8_length(domain), 1))
        widths = np.maximum(np.asarray(target.fill_null(1).to_numpy(zero_copy_only=False)), 1)
        local = _cut(pc.utf8_rpad(local, width=int(widths.max()), padding="x"), widths)
    out = _fit(local, domain, ctx.column.max_length)
    same = differs(values, out)
    if same.any():  # a generated address equal to its input: change its first character
        out = pc.if_else(pa.array(same), pc.binary_join_element_wise("z", pc.utf8_slice_codeunits(out, 1), ""), out)
    if original_domain is not None and params.excluded_domains:
        excluded: Any = pc.is_in(
            pc.utf8_lower(original_domain), value_set=pa.array([domain.lower() for domain in params.excluded_domains])
        )
        out = pc.if_else(excluded.fill_null(False), values, out)
    if params.invalid_email_action != "generate":
        invalid: Any = pc.invert(pc.fill_null(pc.match_substring_regex(values, _EMAIL), True))
        if params.invalid_email_action == "reject" and pc.any(invalid).as_py():
            rows = np.flatnonzero(np.asarray(invalid.to_numpy(zero_copy_only=False)))
            # Row positions only: the values themselves are what must never reach a log.
            raise ValueError(
                f"{len(rows)} value(s) are not email addresses (batch rows {', '.join(map(str, rows[:5]))}…); "
                "set invalid_email_action to null, passthrough or generate"
            )
        fallback = values if params.invalid_email_action == "passthrough" else pa.nulls(len(values), pa.string())
        out = pc.if_else(invalid, fallback, out)
    return keep_nulls(values, out)
