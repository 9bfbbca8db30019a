"""Anonymize JSON documents with the transformer catalogue: no database, the same entries as a sync.

Path mappings go first (`$.user.email: transform_email`); every other string, number and boolean takes its
type's default, if one is set. Each mapping's values from *all* documents form one Arrow array, so a thousand
documents cost one vectorized call per mapping, not a thousand.
"""

from __future__ import annotations

import copy
import datetime
import decimal
import secrets
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from lookalike.core import jsonpath
from lookalike.core.canonical import arrow_type
from lookalike.core.config import AnonymizeConfig, ColumnMapping
from lookalike.core.errors import ConfigError, RunError
from lookalike.core.schema import Column, Kind
from lookalike.engine.plan.resolve import Keys, job_key
from lookalike.installation import secrets as installation_secrets
from lookalike.transformers import REGISTRY, Registry, Role, TransformContext
from lookalike.transformers.configured import check_user_transformers, configured

Found = list[tuple[int, jsonpath.Location, Any]]


def _json_value(value: Any) -> Any:
    """Arrow's Python values as JSON ones (timestamps and decimals from generators become text)."""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


class _Anonymizer:
    def __init__(
        self, config: AnonymizeConfig, environ: Mapping[str, str], registry: Registry, installation: Callable[[], bytes]
    ) -> None:
        check_user_transformers(config.transformers, registry)
        self.config, self.registry = config, registry
        self.seed = config.seed if config.seed is not None else secrets.randbits(63)
        self.keys = Keys(job_key(config.key, config.key_env, environ), installation, "anonymize", self.seed)
        # One call, one scope: JavaScript globals never outlive the request (nor reach another account's).
        self.scope = secrets.token_hex(16)

    def check(self, mapping: ColumnMapping, where: str) -> None:
        entry, _, _ = configured(mapping, self.config.transformers, self.registry, where)
        if entry.role is Role.DEFAULT:
            raise ConfigError(f"{entry.name} has no meaning in a document", where=where, fix="use null or a generator")

    def apply(self, documents: list[Any], found: Found, mapping: ColumnMapping, where: str, label: str) -> None:
        """Transform the `found` scalars of one mapping, one array per JSON type, and write them back."""
        entry, params, deterministic = configured(mapping, self.config.transformers, self.registry, where)
        by_kind: dict[Kind, Found] = {}
        for item in found:
            if item[2] is not None:
                by_kind.setdefault(Kind.of_json(item[2]), []).append(item)
        for found_kind, items in by_kind.items():
            kind = found_kind
            if kind is Kind.INTEGER and Kind.INTEGER not in entry.kinds and Kind.FLOAT in entry.kinds:
                kind = Kind.FLOAT  # a number is a number: 3 goes to a float transformer as 3.0
            column = Column(label, "json", kind)
            if not entry.applies_to(column):
                raise ConfigError(
                    f"{entry.name} does not take {kind.value} values, and {label} holds some",
                    where=where,
                    fix=f"{entry.name} takes {', '.join(sorted(k.value for k in entry.kinds))}; narrow the path",
                )
            wanted = arrow_type(column)
            values = pa.array([value for _, _, value in items], wanted)
            ctx = TransformContext(
                column=column,
                table="document",
                seed=self.seed,
                key=self.keys.for_column(deterministic, entry.needs_key),
                scope=self.scope,
            )
            try:
                out = entry(values, params, ctx)
                out = out.cast(wanted) if out.type != wanted else out
                if found_kind is not kind:  # integers stay integers
                    out = pc.round(out).cast(pa.int64())
            except (pa.ArrowException, ValueError, TypeError) as error:
                raise RunError(
                    f"{entry.name} failed on {label}: {error}", where=where, fix="check its params"
                ) from error
            for (index, at, _), value in zip(items, out.to_pylist(), strict=True):
                documents[index] = jsonpath.assign(documents[index], at, _json_value(value))


def anonymize(
    documents: Sequence[Any],
    config: AnonymizeConfig,
    environ: Mapping[str, str],
    registry: Registry = REGISTRY,
    installation_key: Callable[[], bytes] = installation_secrets.installation_key,
) -> list[Any]:
    """Transformed copies of `documents` (the inputs are not changed); ConfigError before any work on bad input."""
    for index, document in enumerate(documents):
        if jsonpath.depth(document) > jsonpath.MAX_DEPTH:
            raise ConfigError(
                f"document {index + 1} is nested deeper than {jsonpath.MAX_DEPTH} levels",
                where=f"documents[{index}]" if len(documents) > 1 else "document",
                fix=f"send documents nested at most {jsonpath.MAX_DEPTH} levels deep",
            )
    worker = _Anonymizer(config, environ, registry, installation_key)
    paths = []
    for path, mapping in config.mappings.items():
        where = f"mappings.{path}"
        try:
            steps = jsonpath.parse(path)
        except ValueError as error:
            raise ConfigError(str(error), where=where, fix="e.g. $.user.email, $.items[*].sku, $..email") from None
        worker.check(mapping, where)
        paths.append((path, steps, mapping, where))
    defaults = {
        kind: (mapping, f"defaults.{name}")
        for name, kind, mapping in (
            ("string", Kind.TEXT, config.defaults.string),
            ("number", Kind.INTEGER, config.defaults.number),
            ("boolean", Kind.BOOLEAN, config.defaults.boolean),
        )
        if mapping is not None
    }
    for mapping, where in defaults.values():
        worker.check(mapping, where)

    out = copy.deepcopy(list(documents))
    covered: set[tuple[int, jsonpath.Location]] = set()
    for path, steps, mapping, where in paths:
        found: Found = []
        for index, document in enumerate(out):
            for at, value in jsonpath.find(document, steps):
                if isinstance(value, dict | list):
                    raise ConfigError(
                        f"{path} matches {'an object' if isinstance(value, dict) else 'an array'} in document "
                        f"{index + 1}; transformers take strings, numbers and booleans",
                        where=where,
                        fix=f"point at the values inside, e.g. {path}.* or {path}[*]",
                    )
                found.append((index, at, value))
        worker.apply(out, found, mapping, where, path)
        covered.update((index, at) for index, at, _ in found)
    if defaults:
        rest: dict[Kind, Found] = {}
        for index, document in enumerate(list(out)):
            for at, value in jsonpath.leaves(document):
                kind = Kind.INTEGER if Kind.of_json(value) is Kind.FLOAT else Kind.of_json(value)
                if (index, at) not in covered and kind in defaults:
                    rest.setdefault(kind, []).append((index, at, value))
        for kind, found in rest.items():
            mapping, where = defaults[kind]
            worker.apply(out, found, mapping, where, where)
    return out
