"""Check a job against the reflected source schema and the transformer registry, before any data moves."""

from __future__ import annotations

import dataclasses
import hashlib
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, SecretStr

from lookalike.classify import classify
from lookalike.core.config import ColumnMapping, JobConfig
from lookalike.core.errors import ConfigError, suggest
from lookalike.core.generate import structural_columns
from lookalike.core.plan import Plan, build_plan
from lookalike.core.schema import Column, ForeignKey, Kind, QualifiedName, Schema, Table
from lookalike.core.subset import SubsetPlan, Target, dangling_references, plan_subset
from lookalike.engine.plan.autogen import check_bounds, choose
from lookalike.engine.plan.references import inherited_plans
from lookalike.installation import secrets as installation_secrets
from lookalike.transformers import REGISTRY, Registry, Role, Transformer
from lookalike.transformers.configured import check_user_transformers, configured


@dataclass(frozen=True)
class ColumnPlan:
    """How one written column gets its values: copied (transformer None) or transformed."""

    column: Column
    transformer: Transformer[Any] | None = None
    params: BaseModel | None = None
    key: bytes | None = None  # what its transformer is keyed by; None = random, reproducible from the run seed


@dataclass(frozen=True)
class TablePlan:
    """The columns a table reads and writes; columns mapped to `generate_default` are left to the destination."""

    table: Table
    columns: tuple[ColumnPlan, ...]
    defaulted: frozenset[str] = frozenset()  # mapped to `generate_default`: not written, the destination fills them

    @property
    def written(self) -> tuple[Column, ...]:
        return tuple(plan.column for plan in self.columns)

    @property
    def transformed(self) -> tuple[ColumnPlan, ...]:
        return tuple(plan for plan in self.columns if plan.transformer is not None)


@dataclass(frozen=True)
class ResolvedJob:
    job: JobConfig
    schema: Schema
    tables: Mapping[QualifiedName, TablePlan]
    plan: Plan
    seed: int
    key: bytes | None
    subset: SubsetPlan = field(default_factory=SubsetPlan)
    notes: list[str] = field(default_factory=list)  # what the run should say but is not an error


@dataclass(frozen=True)
class Keys:
    """Where column keys come from: the job key, else this installation's key for `deterministic: true`.

    Keyed transformers (scrambled keys, hashes) and referenced keys never run without a secret: when the job has
    no key they get the run's secret, derived one-way from the installation's secret key, the job's identity and
    the seed. The seed alone is printed and shared; nothing secret derives from it alone.
    """

    job: bytes | None
    installation: Callable[[], bytes]
    identity: str = ""  # the job's name (or what the caller runs), bound into the run's secret
    seed: int = 0

    def for_column(self, deterministic: bool | None, needs_key: bool = False) -> bytes | None:
        if deterministic is None:
            chosen = self.job
        elif not deterministic:
            chosen = None
        else:
            chosen = self.job if self.job is not None else self.installation()
        return self.run_secret() if chosen is None and needs_key else chosen

    def run_secret(self) -> bytes:
        """This run's key for keyed columns of a job without a key: random per seed, unknowable without the
        installation's secret."""
        material = self.identity.encode() + b"\x00" + self.seed.to_bytes(8, "little", signed=True)
        return hashlib.blake2b(material, key=self.installation(), digest_size=32, person=b"lookalike-run").digest()


def _resolve_mapping(
    job: JobConfig, registry: Registry, keys: Keys, table: Table, column: Column, mapping: ColumnMapping, where: str
) -> ColumnPlan:
    entry, params, deterministic = configured(mapping, job.transformers, registry, where)
    if not entry.applies_to(column):
        raise ConfigError(
            f"transformer {entry.name} does not apply to {table.name}.{column.name} "
            f"({column.native_type}, kind {column.kind.value})",
            where=where,
            fix=f"{entry.name} takes columns of kind {', '.join(sorted(k.value for k in entry.kinds))}",
        )
    width = entry.output_width(params)
    if width is not None and column.max_length is not None and column.kind is Kind.TEXT and width > column.max_length:
        raise ConfigError(
            f"{entry.name} writes {width} characters but {table.name}.{column.name} holds at most {column.max_length}",
            where=where,
            fix="widen the column, choose a shorter format (such as hash's `length`), or another transformer",
        )
    if entry.name == "null" and not column.nullable:
        raise ConfigError(
            f"{table.name}.{column.name} is NOT NULL and cannot be set to null",
            where=where,
            fix="choose a generator such as generate_email, or hash",
        )
    if entry.role is Role.DEFAULT and not column.nullable and column.default is None and column.identity is None:
        raise ConfigError(
            f"{table.name}.{column.name} has no default to fall back to",
            where=where,
            fix="choose a generator instead of `generate_default`",
        )
    if entry.role is Role.PASSTHROUGH:
        return ColumnPlan(column)
    return ColumnPlan(column, entry, params, keys.for_column(deterministic, entry.needs_key))


def _plan_table(
    job: JobConfig,
    registry: Registry,
    keys: Keys,
    table: Table,
    key: str | None,
    automatic: Mapping[str, ColumnMapping] | None = None,
) -> TablePlan:
    config = job.tables[key] if key is not None else None
    mappings = {**(automatic or {}), **(config.columns if config else {})}
    where = f"tables.{key}.columns"
    for name in mappings:
        if not table.has_column(name):
            raise ConfigError(
                f"table {table.name} has no column {name!r}",
                where=f"{where}.{name}",
                fix=suggest(name, [c.name for c in table.columns]),
            )
        if table.column(name).is_generated:
            raise ConfigError(
                f"{table.name}.{name} is a generated column; the database computes it",
                where=f"{where}.{name}",
                fix="remove this mapping",
            )
    for name in config.reviewed if config is not None else ():
        if not table.has_column(name):
            raise ConfigError(
                f"table {table.name} has no column {name!r}",
                where=f"tables.{key}.reviewed.{name}",
                fix=suggest(name, [c.name for c in table.columns]),
            )
    if config is not None and config.passthrough is not None:
        for name in config.passthrough:
            if not table.has_column(name):
                raise ConfigError(
                    f"table {table.name} has no column {name!r}",
                    where=f"tables.{key}.passthrough",
                    fix=suggest(name, [c.name for c in table.columns]),
                )
        known = set(mappings) | set(config.passthrough) | set(config.reviewed)
        new = [c.name for c in table.writable_columns if c.name not in known]
        if new and job.new_column_strategy == "halt":
            raise ConfigError(
                f"table {table.name} has column(s) the job does not know: {', '.join(new)}",
                where=f"tables.{key}",
                fix="map them under `columns`, list them under `passthrough`, or set new_column_strategy",
            )
        if job.new_column_strategy == "automap":
            for name in new:  # anonymized when the classifier finds it sensitive by name, else copied
                found = classify(table.column(name), str(table.name))
                if found is not None and found.sensitive and found.transformer is not None:
                    mappings[name] = ColumnMapping(transformer=found.transformer, params=found.params)
    plans, defaulted = [], set()
    for column in table.writable_columns:
        mapping = mappings.get(column.name)
        plan = (
            ColumnPlan(column)
            if mapping is None
            else _resolve_mapping(job, registry, keys, table, column, mapping, f"{where}.{column.name}")
        )
        if plan.transformer is None or plan.transformer.role is not Role.DEFAULT:
            plans.append(plan)
        else:
            defaulted.add(column.name)
    return TablePlan(table, tuple(plans), frozenset(defaulted))


def _no_table(name: str, where: str, schema: Schema) -> ConfigError:
    """A configured table the source lacks, or a name that does not read as one (too many dots, a stray quote)."""
    try:
        QualifiedName.parse(name)
    except ValueError as error:
        return ConfigError(str(error), where=where, fix=suggest(name, [str(n) for n in schema.tables]))
    return ConfigError(
        f"the source has no table {name!r}", where=where, fix=suggest(name, [str(n) for n in schema.tables])
    )


def _check_schemas(job: JobConfig, schema: Schema) -> None:
    """Every schema `schemas:` names exists in the source (a misspelt one would silently copy nothing)."""
    if job.schemas is None or schema.dialect == "sqlite":  # SQLite has one namespace: `schemas` does not apply
        return
    missing = [name for name in job.schemas if name not in schema.schemas]
    if missing:
        raise ConfigError(
            f"the source has no schema {', '.join(repr(name) for name in missing)}",
            where="schemas: [" + ", ".join(job.schemas) + "]",
            fix="correct the name (schema names are case-sensitive; `\\dn` in psql lists them), or remove it",
        )


def resolve_job(
    job: JobConfig,
    schema: Schema,
    environ: Mapping[str, str],
    registry: Registry = REGISTRY,
    installation_key: Callable[[], bytes] = installation_secrets.installation_key,
) -> ResolvedJob:
    """Validate `job` against `schema`: tables, columns, transformers, params, kinds, widths, keys, cycles.

    A transformed column that foreign keys reference passes its transformer on to every referencing column.
    """
    _check_schemas(job, schema)
    by_key: dict[QualifiedName, str] = {}
    for configured_name in job.tables:
        table = schema.find_table(configured_name)
        where = f"tables.{configured_name}"
        if table is None:
            raise _no_table(configured_name, where, schema)
        if table.name in by_key:
            raise ConfigError(f"table {table.name} is configured twice", where=where, fix="merge them")
        by_key[table.name] = configured_name
    schema = _with_virtual_keys(job, schema)
    check_user_transformers(job.transformers, registry)
    key = job_key(job.key, job.key_env, environ)
    seed = job.seed if job.seed is not None else secrets.randbits(63)
    keys = Keys(key, installation_key, job.name or "", seed)
    selected = [name for name in schema.tables if not (name in by_key and job.tables[by_key[name]].skip)]
    notes: list[str] = dangling_references(schema, selected)
    automatic = _generators(job, schema, selected, notes) if job.generate is not None else {}
    tables = {
        name: _plan_table(job, registry, keys, schema.table(name), by_key.get(name), automatic.get(name))
        for name in selected
    }
    tables = inherited_plans(tables, keys.run_secret(), {name: by_key.get(name, str(name)) for name in selected})
    plan = build_plan(schema, selected, unchecked_cycles=True)
    targets = [
        Target(name, config.where, config.percent, config.limit)
        for name, config in ((name, job.tables[key]) for name, key in by_key.items())
        if config.is_target and name in tables
    ]
    subset = plan_subset(
        schema,
        selected,
        targets,
        by_foreign_keys=job.subset_by_foreign_keys,
        keep_children={name: job.tables[key].include_children for name, key in by_key.items()},
        seed=seed,
    )
    return ResolvedJob(job, schema, tables, plan, seed, key, subset, notes)


def _generators(
    job: JobConfig, schema: Schema, selected: list[QualifiedName], notes: list[str]
) -> dict[QualifiedName, dict[str, ColumnMapping]]:
    """A generator for every column of a generate job that is neither mapped nor filled by the skeleton."""
    out: dict[QualifiedName, dict[str, ColumnMapping]] = {}
    for name in selected:
        table = schema.table(name)
        structural = structural_columns(table, selected)
        bounds = check_bounds(table)
        chosen: dict[str, ColumnMapping] = {}
        for column in table.writable_columns:
            if column.name in structural:
                continue
            found = bounds.get(column.name)
            if found is not None and found.unsupported:
                notes.append(
                    f"{name}.{column.name}: CHECK {'; '.join(found.unsupported)} is not honoured by the generator "
                    "(map the column to a generator whose values satisfy it)"
                )
            mapping = choose(schema, table, column, found)
            chosen[column.name] = mapping if mapping is not None else ColumnMapping(transformer="null")
        out[name] = chosen
    return out


def _with_virtual_keys(job: JobConfig, schema: Schema) -> Schema:
    """`schema` with the job's virtual foreign keys added to their tables (marked virtual: never created)."""
    if not job.virtual_foreign_keys:
        return schema
    tables = dict(schema.tables)
    for index, declared in enumerate(job.virtual_foreign_keys):
        where = f"virtual_foreign_keys.{index}"
        ends = []
        for name, columns, at in (
            (declared.table, declared.columns, where),
            (declared.references.table, declared.references.columns, f"{where}.references"),
        ):
            table = schema.find_table(name)
            if table is None:
                raise _no_table(name, f"{at}.table", schema)
            for column in columns:
                if not table.has_column(column):
                    raise ConfigError(
                        f"table {table.name} has no column {column!r}",
                        where=f"{at}.columns",
                        fix=suggest(column, [c.name for c in table.columns]),
                    )
            ends.append(table.name)
        child, parent = ends
        fk = ForeignKey(tuple(declared.columns), parent, tuple(declared.references.columns), virtual=True)
        tables[child] = dataclasses.replace(tables[child], foreign_keys=(*tables[child].foreign_keys, fk))
    return dataclasses.replace(schema, tables=tables)


def job_key(key: SecretStr | None, key_env: str | None, environ: Mapping[str, str]) -> bytes | None:
    """The job key stretched to 32 bytes, or None when the job is not deterministic."""
    if key is not None:
        raw = key.get_secret_value()
    elif key_env is not None:
        raw = environ.get(key_env, "")
        if not raw:
            raise ConfigError(f"environment variable {key_env} is not set", where="key_env", fix=f"export {key_env}=…")
    else:
        return None
    return hashlib.blake2b(raw.encode(), digest_size=32).digest()
