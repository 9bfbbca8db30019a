"""The job file: one pydantic model, loaded from YAML here and taken as-is by the API later."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator

from lookalike.core.errors import ConfigError

OnConflict = Literal["nothing", "update", "error"]
NewColumnStrategy = Literal["halt", "passthrough", "automap"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ConnectionConfig(_Strict):
    """Where a database is: a URL, the name of an environment variable holding it, or a connection stored on the
    server (by name; jobs kept by the server use only these, so no secret sits in a job document)."""

    url: SecretStr | None = Field(None, description="postgresql://user:pass@host:5432/db or sqlite:///path.db")
    url_env: str | None = Field(None, description="name of an environment variable that holds the URL")
    connection: str | None = Field(None, description="name of a connection stored on the server")

    @model_validator(mode="after")
    def _exactly_one_place(self) -> ConnectionConfig:
        if sum(value is not None for value in (self.url, self.url_env, self.connection)) != 1:
            raise ValueError("give exactly one of `url`, `url_env` or `connection`")
        return self

    def resolve(self, environ: Mapping[str, str]) -> str:
        """The URL, reading `url_env` from `environ`; ConfigError when the variable is unset."""
        if self.url is not None:
            return self.url.get_secret_value()
        if self.connection is not None:
            raise ConfigError(
                f"the job names the stored connection {self.connection!r}, which only the server can open",
                where=f"connection: {self.connection}",
                fix="run it through the server (`lookalike jobs trigger`), or give `url:` / `url_env:` instead",
            )
        assert self.url_env is not None
        value = environ.get(self.url_env)
        if not value:
            raise ConfigError(
                f"environment variable {self.url_env} is not set",
                where=f"url_env: {self.url_env}",
                fix=f"export {self.url_env}=postgresql://user@host:5432/db (or use `url:`)",
            )
        return value


class DestinationConfig(ConnectionConfig):
    """A database the source is copied into, and how."""

    init_schema: bool = Field(False, description="create schemas, types, tables and constraints first")
    schema_owners: bool = Field(
        False,
        description="with init_schema from PostgreSQL to PostgreSQL: keep each object's owner (the roles must "
        "exist here); by default the destination's user owns everything",
    )
    schema_privileges: bool = Field(
        False,
        description="with init_schema from PostgreSQL to PostgreSQL: keep GRANTs and REVOKEs (the roles must exist "
        "here); by default none are copied",
    )
    truncate_before_insert: bool = Field(False, description="empty the destination tables before copying")
    truncate_cascade: bool = Field(False, description="TRUNCATE … CASCADE (PostgreSQL)")
    on_conflict: OnConflict = Field("error", description="when a row's key exists: skip it, overwrite it, or fail")
    skip_fk_violations: bool = Field(
        False, description="drop (and count) rows whose referenced row is absent here, instead of failing"
    )


class ColumnMapping(_Strict):
    """A transformer applied to one column. In YAML a bare name is enough: `email: generate_email`."""

    transformer: str = Field(description="a built-in transformer or one defined under the job's `transformers`")
    params: dict[str, Any] = Field(default_factory=dict)
    deterministic: bool | None = Field(
        None,
        description="true: the same input gives the same output in every table, run and process (keyed by the "
        "job key, else by this installation's secret key); false: random even when the job has a key; "
        "unset: deterministic exactly when the job has a key",
    )

    @model_validator(mode="before")
    @classmethod
    def _from_name(cls, value: Any) -> Any:
        if value is None:
            return {"transformer": "null"}
        if isinstance(value, str):
            return {"transformer": value}
        return value


class UserTransformer(_Strict):
    """A named, saved configuration of a built-in transformer, used by name like a built-in."""

    transformer: str = Field(description="the built-in transformer it configures")
    params: dict[str, Any] = Field(default_factory=dict, description="its params; a column's own params override")
    description: str = ""
    deterministic: bool | None = Field(None, description="as a column mapping's `deterministic`")


class PerParent(_Strict):
    """Between `min` and `max` rows for each row of `parent` (default: the table's first FK parent)."""

    min: Annotated[int, Field(ge=0)] = 1
    max: Annotated[int, Field(ge=0)] = 5
    parent: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> PerParent:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) must not exceed max ({self.max})")
        return self


class GenerateOptions(_Strict):
    """Make a database up instead of copying one: `source` is only where the schema is read from."""

    rows: Annotated[int, Field(ge=0, le=10_000_000_000)] = Field(1000, description="rows per table by default")
    fk_distribution: Literal["uniform", "skewed"] = Field(
        "uniform", description="how child rows spread over parent rows (skewed: a few parents get most)"
    )
    skew: Annotated[float, Field(gt=1, le=5)] = Field(1.3, description="Zipf exponent for skewed")
    fk_null_rate: Annotated[float, Field(ge=0, le=1)] = Field(
        0.1, description="share of NULLs in nullable foreign keys"
    )


class TableConfig(_Strict):
    """Per-table settings: transformers by column; every column not mapped passes through."""

    columns: dict[str, ColumnMapping] = Field(default_factory=dict)
    passthrough: list[str] | None = Field(
        None,
        description="columns copied unchanged; when given, a source column in neither `columns` nor this list is "
        "new and `new_column_strategy` decides",
    )
    reviewed: dict[str, str] = Field(
        default_factory=dict,
        description="columns a person checked and leaves unchanged, each with the reason (`lookalike check` flags a "
        "column that looks sensitive and passes through without one)",
    )
    skip: bool = Field(False, description="do not copy this table")
    where: str | None = Field(
        None, description="subset: keep the rows matching this SQL predicate (and the rows they need)"
    )
    percent: Annotated[float, Field(gt=0, le=100)] | None = Field(
        None, description="subset: keep about this share of the (filtered) rows, sampled reproducibly"
    )
    limit: Annotated[int, Field(ge=0)] | None = Field(None, description="subset: keep at most this many rows")
    include_children: bool = Field(
        True, description="subset: rows of this table that reference kept rows come along (below a target)"
    )
    rows: Annotated[int, Field(ge=0, le=10_000_000_000)] | None = Field(
        None, description="generate: how many rows (default: generate.rows)"
    )
    rows_per_parent: PerParent | None = Field(
        None, description="generate: rows per row of a parent table instead of `rows` (e.g. 3–8 lines per order)"
    )

    @property
    def is_target(self) -> bool:
        """The table's own rows are chosen by a filter (the subset grows from here)."""
        return self.where is not None or self.percent is not None or self.limit is not None


class TableRef(_Strict):
    table: str
    columns: Annotated[list[str], Field(min_length=1)]


class VirtualForeignKey(_Strict):
    """A relation the schema does not declare (polymorphic, cross-database…): planned and subset like an FK."""

    table: str
    columns: Annotated[list[str], Field(min_length=1)]
    references: TableRef

    @model_validator(mode="after")
    def _same_width(self) -> VirtualForeignKey:
        if len(self.columns) != len(self.references.columns):
            raise ValueError("`columns` and `references.columns` must have the same number of columns")
        return self


class RetryPolicy(_Strict):
    """How a failing step (a chunk of a table, an FK update) is retried before its table fails the run."""

    max_attempts: Annotated[int, Field(ge=1, le=1000)] = 8
    interval_seconds: Annotated[float, Field(gt=0, le=3600)] = 0.5
    backoff_rate: Annotated[float, Field(ge=1, le=10)] = 2.0


class SyncOptions(_Strict):
    """How a run is cut into durable steps (Neosync's sync_options)."""

    chunk_rows: Annotated[int, Field(ge=1, le=100_000_000)] = Field(
        1_000_000,
        description="rows per checkpointed chunk (about: taken from planner statistics where they exist); "
        "a crash redoes at most one chunk per table",
    )
    retry: RetryPolicy = Field(default_factory=RetryPolicy)
    lanes: Annotated[int, Field(ge=1, le=64)] | None = Field(
        None,
        description="key ranges of one big table copied at once, at most (default: the machine's cores, for tables "
        "relayed as raw bytes only; set, transformed tables get lanes too; 1: one range at a time)",
    )
    lane_min_rows: Annotated[int, Field(ge=1)] = Field(
        250_000, description="a table is cut into lanes only when each lane gets at least this many rows (estimated)"
    )
    table_timeout_seconds: Annotated[float, Field(gt=0)] | None = Field(
        None, description="a table (all its chunks) taking longer fails the run"
    )


class JobConfig(_Strict):
    """A sync job: one source, one or more destinations, per-table transformers."""

    name: str | None = None
    source: ConnectionConfig
    destinations: Annotated[list[DestinationConfig], Field(min_length=1)]
    schemas: list[str] | None = Field(None, description="source schemas to copy (default: every non-system one)")
    tables: dict[str, TableConfig] = Field(default_factory=dict)
    transformers: dict[str, UserTransformer] = Field(
        default_factory=dict, description="user-defined transformers: name → a configured built-in"
    )
    generate: GenerateOptions | None = Field(
        None, description="generate synthetic rows for every table of the source's schema instead of copying"
    )
    subset_by_foreign_keys: bool = Field(
        True,
        description="subset: keep the rows that kept rows reference (and, below a target, their children); "
        "false filters only the tables that have a filter",
    )
    virtual_foreign_keys: list[VirtualForeignKey] = Field(default_factory=list)
    new_column_strategy: NewColumnStrategy = "halt"
    unmapped_sensitive: Literal["halt", "warn", "allow"] = Field(
        "warn",
        description="before a sync: a column that looks sensitive and is copied unchanged (not `reviewed`) stops the "
        "run (halt), is reported (warn), or is not looked for (allow)",
    )
    batch_size: Annotated[int, Field(ge=1, le=1_000_000)] | None = Field(
        None, description="rows per batch (default 10,000; 50,000 when generating: no source to wait on)"
    )
    workers: Annotated[int, Field(ge=1, le=64)] = 4
    seed: int | None = Field(None, description="run seed: random transformers are reproducible from it")
    key: SecretStr | None = Field(None, description="job key: transformers become deterministic (same in, same out)")
    key_env: str | None = Field(None, description="environment variable holding the job key")
    sync_options: SyncOptions = Field(default_factory=SyncOptions)
    schedule: str | None = Field(None, description='cron ("0 2 * * *"; a 6th leading field counts seconds)')
    allow_overlap: bool = Field(False, description="let a scheduled run start while the previous one still runs")

    @property
    def rows_per_batch(self) -> int:
        if self.batch_size is not None:
            return self.batch_size
        return 50_000 if self.generate is not None else 10_000

    @field_validator("schedule")
    @classmethod
    def _valid_cron(cls, value: str | None) -> str | None:
        if value is not None and (problem := cron_problem(value)) is not None:
            raise ValueError(problem)
        return value


def cron_problem(cron: str) -> str | None:
    """What is wrong with a cron expression (a 6th leading field counts seconds), or None."""
    from croniter import croniter

    if croniter.is_valid(cron, second_at_beginning=len(cron.split()) == 6):
        return None
    return f"not a cron expression: {cron!r} (e.g. '0 2 * * *' for 02:00 every day)"


def next_cron_runs(cron: str, after: datetime.datetime, count: int = 5) -> list[datetime.datetime]:
    """The next `count` moments a (valid) cron expression fires after `after`."""
    from croniter import croniter

    moments = croniter(cron, after, second_at_beginning=len(cron.split()) == 6)
    return [moments.get_next(datetime.datetime) for _ in range(count)]


class TypeDefaults(_Strict):
    """Transformers for the scalars of a document that no path mapping covers, by JSON type."""

    string: ColumnMapping | None = None
    number: ColumnMapping | None = None
    boolean: ColumnMapping | None = None


class AnonymizeConfig(_Strict):
    """Transform JSON documents (no database): path mappings, then type defaults for everything else."""

    mappings: dict[str, ColumnMapping] = Field(
        default_factory=dict, description="JSONPath → transformer, e.g. `$.user.email: transform_email`"
    )
    defaults: TypeDefaults = Field(default_factory=TypeDefaults)
    transformers: dict[str, UserTransformer] = Field(default_factory=dict)
    seed: int | None = None
    key: SecretStr | None = Field(None, description="the same input and key give the same output")
    key_env: str | None = None


def _location(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


class _UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that refuses a mapping holding the same key twice (plain YAML keeps the last, silently)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # `<<: *anchor` merges are allowed to repeat what they override
            key = self.construct_object(key_node, deep=True)
            try:
                first = seen.get(key)
            except TypeError:
                continue  # an unhashable key: the base class reports it
            if first is not None:
                raise yaml.constructor.ConstructorError(
                    f"while reading a mapping (key {key!r} first at line {first.start_mark.line + 1})",
                    first.start_mark,
                    f"duplicate key {key!r} (first at line {first.start_mark.line + 1}); a later value would "
                    "silently replace the earlier one",
                    key_node.start_mark,
                )
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str) -> Any:
    """Parse one YAML document; yaml.YAMLError on malformed text and on a mapping with a duplicate key."""
    return yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass: no arbitrary objects


def parse_job(text: str, origin: str = "job file") -> JobConfig:
    """Parse YAML text into a JobConfig; ConfigError that points at the offending place otherwise."""
    try:
        data = load_yaml(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{origin}, line {mark.line + 1}, column {mark.column + 1}" if mark is not None else origin
        problem = getattr(error, "problem", None) or str(error)
        if str(problem).startswith("duplicate key"):
            raise ConfigError(problem, where=where, fix="keep one of the two entries (merge them into one)") from None
        raise ConfigError(f"malformed YAML: {problem}", where=where, fix="fix the YAML syntax at that place") from None
    if not isinstance(data, dict):
        raise ConfigError(
            "a job file must be a YAML mapping with `source`, `destinations` and optional `tables`",
            where=origin,
            fix="see `lookalike schema` for the job file's JSON Schema",
        )
    return validate_job(data, origin)


def validate_job(data: Any, origin: str = "job") -> JobConfig:
    """A JobConfig from a parsed document (YAML or the API's JSON); ConfigError naming the first bad path."""
    try:
        return JobConfig.model_validate(data)
    except ValidationError as error:
        problems = error.errors(include_url=False, include_input=False)
        first = problems[0]
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        lines = "\n    ".join(f"{_location(p['loc'])}: {p['msg']}" for p in problems[1:6])
        raise ConfigError(
            f"invalid job file: {first['msg']}{more}" + (f"\n    {lines}" if lines else ""),
            where=f"{origin}: {_location(first['loc'])}",
            fix="correct the value at that path; `lookalike schema` prints the job's JSON Schema",
        ) from None


def job_json_schema() -> dict[str, Any]:
    """The JSON Schema of the job file, for editors."""
    return JobConfig.model_json_schema()
