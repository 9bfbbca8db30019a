"""Transformers: one registry of vectorized functions over Arrow arrays."""

from __future__ import annotations

from lookalike.transformers import builtin as _builtin  # noqa: F401  (registers the built-in entries)
from lookalike.transformers.registry import (
    REGISTRY,
    NoParams,
    Registry,
    Role,
    TransformContext,
    Transformer,
    UnknownTransformerError,
    transformer,
)

__all__ = [
    "REGISTRY",
    "NoParams",
    "Registry",
    "Role",
    "TransformContext",
    "Transformer",
    "UnknownTransformerError",
    "transformer",
]
