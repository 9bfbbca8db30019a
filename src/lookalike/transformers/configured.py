"""A mapping's transformer as configured: a user-defined transformer expanded to its built-in, params validated.

Pure checks over the registry and the job's configuration, shared by the engine's resolution of a job and the
store's saving of an account's transformers (so the store needs no engine to refuse a bad one).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from lookalike.core.config import ColumnMapping, UserTransformer
from lookalike.core.errors import ConfigError, suggest
from lookalike.transformers.registry import Registry, Transformer, UnknownTransformerError


def lookup_entry(registry: Registry, name: str, where: str, known: list[str]) -> Transformer[Any]:
    try:
        return registry.get(name)
    except UnknownTransformerError:
        raise ConfigError(
            f"unknown transformer {name!r}",
            where=where,
            fix=suggest(name, known) + " (`lookalike transformers list` shows all)",
        ) from None


def parse_params_for(entry: Transformer[Any], raw: dict[str, Any], where: str) -> BaseModel:
    try:
        params: BaseModel = entry.parse_params(raw)
    except ValidationError as error:
        problem = error.errors(include_url=False, include_input=False)[0]
        loc = ".".join(str(part) for part in problem["loc"])
        raise ConfigError(
            f"invalid params for {entry.name}: {problem['msg']}",
            where=f"{where}.params" + (f".{loc}" if loc else ""),
            fix=f"params of {entry.name}: {', '.join(entry.params.model_fields) or 'none'}",
        ) from None
    return params


def check_user_transformers(transformers: Mapping[str, UserTransformer], registry: Registry) -> None:
    """Each user-defined transformer names a built-in, does not shadow one, and has valid params."""
    for name, user in transformers.items():
        where = f"transformers.{name}"
        if name in registry:
            raise ConfigError(
                f"user-defined transformer {name!r} has the name of a built-in", where=where, fix="rename it"
            )
        entry = lookup_entry(registry, user.transformer, f"{where}.transformer", registry.names())
        parse_params_for(entry, user.params, where)


def configured(
    mapping: ColumnMapping, transformers: Mapping[str, UserTransformer], registry: Registry, where: str
) -> tuple[Transformer[Any], BaseModel, bool | None]:
    """The entry, validated params and `deterministic` a mapping stands for (user-defined ones expanded)."""
    name, raw, deterministic = mapping.transformer, mapping.params, mapping.deterministic
    user = transformers.get(name)
    if user is not None:  # a user-defined transformer: its built-in, its params under the mapping's own
        name, raw = user.transformer, {**user.params, **mapping.params}
        deterministic = deterministic if deterministic is not None else user.deterministic
    entry = lookup_entry(registry, name, f"{where}.transformer", registry.names() + sorted(transformers))
    return entry, parse_params_for(entry, raw, where), deterministic
