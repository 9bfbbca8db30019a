"""One sensitive-data classifier: a column's name and type, and optionally sampled values, give a category, a
confidence and the transformer (with params that fit the column) that replaces it.

Used by `automap`, the UI's hints, `lookalike init`, `lookalike check`, `verify` and generation alike, so they never
disagree about a column. Pure: the caller samples the values (the engine, through a connector).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lookalike.classify.categories import CATEGORIES, Category
from lookalike.classify.names import by_name, free_text
from lookalike.classify.values import by_values
from lookalike.core.schema import Column, Kind

__all__ = ["CATEGORIES", "Category", "Finding", "classify"]

_TEXT_LIKE = frozenset({Kind.TEXT})
_VALUE_KINDS = frozenset({Kind.TEXT, Kind.OTHER, Kind.INTEGER, Kind.DECIMAL})


@dataclass(frozen=True)
class Finding:
    """What a column holds, how sure the classifier is, why, and what to map it to (None: no built-in fits)."""

    category: str
    label: str
    sensitive: bool
    confidence: float
    reason: str  # "name", "values", or "name and values"
    transformer: str | None
    params: dict[str, Any] = field(default_factory=dict)
    generator: str | None = None
    generator_params: dict[str, Any] = field(default_factory=dict)


def _fits(transformer: str, params: dict[str, Any], column: Column) -> dict[str, Any] | None:
    """`params` adapted to the column (a hash cut to a narrow column), or None when the transformer cannot fit."""
    from lookalike.transformers import REGISTRY

    if transformer not in REGISTRY:
        return None
    entry = REGISTRY.get(transformer)
    if not entry.applies_to(column):
        return None
    parsed = entry.parse_params(params)
    width = entry.output_width(parsed)
    if width is not None and column.max_length is not None and column.kind is Kind.TEXT and width > column.max_length:
        if transformer == "hash" and column.max_length >= 32:
            return {**params, "length": column.max_length}
        return None
    return params


def _finding(category: Category, column: Column, confidence: float, reason: str) -> Finding:
    replacement = category.replacement_for(column.kind)
    transformer = generator = None
    params: dict[str, Any] = {}
    generator_params: dict[str, Any] = {}
    if replacement is not None:
        fitted = _fits(replacement.transformer, dict(replacement.params), column)
        if fitted is None and column.kind is Kind.TEXT:  # a narrow column: scramble what is there
            transformer, params = "transform_character_scramble", {}
        elif fitted is not None:
            transformer, params = replacement.transformer, fitted
        generated = _fits(replacement.generator, dict(replacement.generator_params), column)
        if generated is not None:
            generator, generator_params = replacement.generator, generated
    if category.name == "secret" and column.nullable and column.kind in (Kind.TEXT, Kind.OTHER):
        transformer, params = "null", {}  # a secret need not exist in a QA copy at all
    return Finding(
        category.name,
        category.label,
        category.sensitive,
        round(confidence, 2),
        reason,
        transformer,
        params,
        generator,
        generator_params,
    )


def classify(column: Column, table: str, sample: Sequence[Any] | None = None) -> Finding | None:
    """The column's category (sensitive or not), or None when nothing suggests one.

    The name gives a first guess; sampled values confirm it, overrule it when they are clear (a `code` column
    full of emails), or find what the name hides (free text or JSON documents with personal data inside).
    """
    named = by_name(column.name, table)
    seen: tuple[str, float] | None = None
    if sample is not None and (column.kind in _VALUE_KINDS or column.kind is Kind.JSON):
        seen = by_values(
            sample,
            text_like=column.kind in _TEXT_LIKE,
            document=column.kind is Kind.JSON,
            free_text=free_text(column.name),
        )
    if column.kind is Kind.OTHER and column.native_type.lower() in ("inet", "cidr", "macaddr", "macaddr8"):
        named = ("ip_address", 0.95)
    if named is not None and seen is not None:
        if named[0] == seen[0]:
            return _finding(CATEGORIES[named[0]], column, min(0.99, max(named[1], seen[1]) + 0.04), "name and values")
        if seen[1] >= named[1] or not CATEGORIES[named[0]].sensitive:
            return _finding(CATEGORIES[seen[0]], column, seen[1], "values")
        return _finding(CATEGORIES[named[0]], column, named[1], "name")
    if seen is not None:
        return _finding(CATEGORIES[seen[0]], column, seen[1], "values")
    if named is not None:
        category = CATEGORIES[named[0]]
        if category.replacement_for(column.kind) is None:
            return None  # `is_email_verified`, `email_verified_at`, `phone_count`: the name's word, not the data
        return _finding(category, column, named[1], "name")
    return None
