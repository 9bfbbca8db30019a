"""The one transformer registry: each entry = name, description, params model, column kinds, vectorized fn.

The entry drives `lookalike transformers list`, the API's JSON schema and the UI form; there is no second list.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

import numpy as np
import pyarrow as pa
from pydantic import BaseModel, ConfigDict

from lookalike.core.schema import Column, Kind

ALL_KINDS = frozenset(Kind)


class StrictParams(BaseModel):
    """Base of every params model: an unknown parameter is an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid")


class NoParams(StrictParams):
    """For transformers that take no parameters."""


P = TypeVar("P", bound=BaseModel)


class Role(StrEnum):
    """How an entry relates to its input; the engine and `verify` treat the roles differently."""

    GENERATOR = "generator"  # ignores the input value, makes a new one
    TRANSFORMER = "transformer"  # derives the output from the input value
    PASSTHROUGH = "passthrough"  # leaves the value unchanged
    DEFAULT = "default"  # the column is not written; the destination applies its default


@dataclass(frozen=True)
class TransformContext:
    """What a transformer may know besides the values: the column, the run seed, the job key.

    `key` set means deterministic: the output depends only on the input value and the key, so the same
    value maps the same way in every table, run and process. Without a key, use `rng()`: random but
    reproducible from the run seed, the column and the batch index. `rows` is the batch the value came from
    (Neosync's `input` for JavaScript); most transformers ignore it.
    """

    column: Column
    table: str
    seed: int
    key: bytes | None = None
    batch_index: int = 0
    rows: pa.RecordBatch | None = None  # the whole source batch, for transformers that read other columns
    # Whose batch this is (a run id, one anonymize request): state a transformer keeps between batches (JavaScript
    # globals) is shared only within one scope. None: nothing is kept beyond this call.
    scope: str | None = None

    def rng(self) -> np.random.Generator:
        """A generator seeded by (run seed, table, column, batch); never the global RNG."""
        material = f"{self.seed}\x00{self.table}\x00{self.column.name}\x00{self.batch_index}".encode()
        digest = hashlib.blake2b(material, digest_size=16).digest()
        return np.random.default_rng(int.from_bytes(digest, "little"))

    def derived_key(self) -> bytes:
        """The secret key of a keyed transformer (`needs_key`): the engine always gives one. Never derived from the
        seed, which is not secret: a seed-derived key lets anyone holding the seed invert scrambled keys and
        dictionary-attack hashes."""
        if self.key is None:
            raise ValueError(f"{self.table}.{self.column.name}: a keyed transformer was given no secret key")
        return self.key


TransformFn = Callable[[pa.Array, P, TransformContext], pa.Array]


@dataclass(frozen=True)
class Transformer(Generic[P]):
    """One registry entry."""

    name: str
    description: str
    params: type[P]
    kinds: frozenset[Kind]
    role: Role
    fn: TransformFn[P]
    # Distinct inputs give distinct outputs (a keyed permutation, or a ≥128-bit keyed hash): may transform a key
    # that foreign keys reference, since every referencing column gets the same mapping.
    one_to_one: Callable[[P], bool] | None = None
    # The exact width of a fixed-format text output (a UUID is 36): a narrower column would cut it to garbage.
    width: Callable[[P], int | None] | None = None
    # Its output is only as private as its key (a permutation or a hash): it always runs with a secret key.
    needs_key: bool = False

    def keeps_distinct(self, params: P) -> bool:
        return self.role is Role.PASSTHROUGH or (self.one_to_one is not None and self.one_to_one(params))

    def output_width(self, params: P) -> int | None:
        return self.width(params) if self.width is not None else None

    def parse_params(self, raw: dict[str, Any]) -> P:
        """Validate raw params (pydantic ValidationError on bad input)."""
        return self.params.model_validate(raw)

    def applies_to(self, column: Column) -> bool:
        return column.kind in self.kinds

    def __call__(self, values: pa.Array, params: P, ctx: TransformContext) -> pa.Array:
        return self.fn(values, params, ctx)

    def describe(self) -> dict[str, Any]:
        """The JSON-able description used by the CLI listing, the API and the UI."""
        return {
            "name": self.name,
            "description": self.description,
            "role": self.role.value,
            "kinds": sorted(kind.value for kind in self.kinds),
            "params_schema": self.params.model_json_schema(),
            "one_to_one": self.one_to_one is not None,
        }


class UnknownTransformerError(KeyError):
    def __init__(self, name: str, suggestions: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.suggestions = suggestions


class Registry:
    """Name → entry; refuses duplicates."""

    def __init__(self) -> None:
        self._entries: dict[str, Transformer[Any]] = {}

    def register(self, entry: Transformer[Any]) -> None:
        if entry.name in self._entries:
            raise ValueError(f"transformer {entry.name!r} is already registered")
        self._entries[entry.name] = entry

    def get(self, name: str) -> Transformer[Any]:
        try:
            return self._entries[name]
        except KeyError:
            raise UnknownTransformerError(name, difflib.get_close_matches(name, self._entries, n=3)) from None

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[Transformer[Any]]:
        return iter(sorted(self._entries.values(), key=lambda entry: entry.name))

    def names(self) -> list[str]:
        return sorted(self._entries)


REGISTRY = Registry()


def transformer(
    name: str,
    *,
    kinds: frozenset[Kind] | set[Kind],
    role: Role,
    params: type[P] = NoParams,  # type: ignore[assignment]
    one_to_one: Callable[[P], bool] | None = None,
    width: Callable[[P], int | None] | None = None,
    needs_key: bool = False,
    registry: Registry = REGISTRY,
) -> Callable[[TransformFn[P]], TransformFn[P]]:
    """Register the decorated vectorized function as a transformer; its docstring is the description."""

    def decorate(fn: TransformFn[P]) -> TransformFn[P]:
        description = (fn.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        if not description:
            raise ValueError(f"transformer {name!r} needs a docstring: it is the user-facing description")
        registry.register(
            Transformer(name, description, params, frozenset(kinds), role, fn, one_to_one, width, needs_key)
        )
        return fn

    return decorate
