"""Validate a job against its live databases and learn, in one pass, what its run needs: each database opened
and reflected once, the job resolved once (engine/plan/record.py records the result)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lookalike.connectors import Connector, dialect_of, open_connector
from lookalike.connectors.generated import GeneratedConnector, generated_url
from lookalike.core.config import DestinationConfig, JobConfig
from lookalike.core.errors import ConfigError
from lookalike.core.generate import plan_generation
from lookalike.core.plan import build_plan
from lookalike.core.schema import QualifiedName, Schema
from lookalike.engine.contract import TableLanes
from lookalike.engine.plan import sameness
from lookalike.engine.plan.lanes import bounded_by_writers, plan_lanes
from lookalike.engine.plan.raw_path import RawTarget, raw_compatible
from lookalike.engine.plan.resolve import ResolvedJob, resolve_job

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class Prepared:
    """A validated job: its plan, its URLs, and per destination how a NOT NULL FK cycle gets loaded.

    `cycle_modes[i]`: None (no such cycle), `after` (the run creates the tables, FKs come after the data) or
    `replica` (FKs exist already: the cycle's tables are written with FK checks off). For a run (`for_writing`),
    also what the run's record needs, learnt in the same pass (each database is opened and reflected once).
    """

    resolved: ResolvedJob
    source_url: str
    urls: list[str]
    cycle_modes: list[str | None]
    writers: list[int | None] = field(default_factory=list)  # per destination: concurrent writers it takes
    raw_tables: frozenset[QualifiedName] = frozenset()
    source_holds_rows: bool = False
    fingerprints: dict[QualifiedName, str] = field(default_factory=dict)
    lanes: tuple[TableLanes, ...] = ()  # big tables cut into key ranges copied at once (engine/plan/lanes.py)


def prepare(job: JobConfig, environ: Mapping[str, str], *, for_writing: bool = True) -> Prepared:
    """Connect, reflect and validate the job against source and destinations; writes nothing.

    `for_writing=False` (verification) skips what only matters to a run that loads data.
    """
    source_url = job.source.resolve(environ)
    destination_urls = [destination.resolve(environ) for destination in job.destinations]
    source = open_connector(source_url, must_exist=True)
    holds_rows, fingerprints = False, {}
    lanes: tuple[TableLanes, ...] = ()
    try:
        source_identity = sameness.database_identity(source_url, source)
        schema = source.reflect(job.schemas)
        resolved = resolve_job(job, schema, environ)
        if not resolved.tables:
            raise ConfigError(
                "the job selects no table: the source has none"
                + (" in the schemas it names" if job.schemas is not None else "")
                + (", or every one is skipped" if any(t.skip for t in job.tables.values()) else ""),
                where="schemas / tables" if job.schemas is not None else "source",
                fix="point `source` at the database holding the tables, name their schemas under `schemas:`, "
                "or unskip a table",
            )
        if resolved.subset.active:
            source.check_subset(resolved.subset, resolved.schema.tables)
        if for_writing and job.generate is None and job.unmapped_sensitive != "allow":
            _privacy_gate(resolved, source)
        if for_writing:  # read before any table is copied: a run that ends with 0 rows from a source with rows says so
            holds_rows = bool(source.tables_with_rows(list(resolved.tables)))
            fingerprints = source.column_signatures(list(resolved.tables)) if job.generate is None else {}
            lanes = plan_lanes(source, resolved)
        source_format = source.capabilities.raw_copy_format
        source_dialect = source.capabilities.dialect
    finally:
        source.close()
    if job.generate is not None and dialect_of(source_url) != "generated":
        # From here on the source is the made-up database: its schema is the real one, its rows are generated.
        spec = plan_generation(job, resolved.schema, resolved.plan, resolved.seed)
        generated = GeneratedConnector(source_url, job.schemas, spec, reflected=schema)  # not read again
        source_url = generated_url(source_url, job.schemas, spec)
        job = job.model_copy(update={"seed": resolved.seed})
        resolved = resolve_job(job, generated.reflect(job.schemas), environ)
        source_format, source_dialect = generated.capabilities.raw_copy_format, generated.capabilities.dialect
    modes: list[str | None] = []
    notes = resolved.notes  # what the run will do that its user should know first (URLs in them redacted)
    identities: list[str | None] = []
    writers: list[int | None] = []
    targets: list[RawTarget] = []
    loose = frozenset(resolved.tables)  # tables no destination checks the FKs of while they load (so far)
    for index, (url, config) in enumerate(zip(destination_urls, job.destinations, strict=True)):
        where = sameness.place(index, url)
        if for_writing:
            _check_conflict_keys(resolved, config, where)
            if dialect_of(url) == "sqlite":
                _check_sqlite_names(resolved, where)
                if config.init_schema:
                    _note_left_out_of_sqlite(resolved)
        target = open_connector(url)
        try:
            identity = target.identity()
            sameness.refuse_same(job, index, url, identity, source_identity, identities)
            identities.append(identity)
            existing = target.reflect()
            if not config.init_schema:
                _check_destination_tables(resolved, existing, where)
            writing = for_writing and _cycle_mode(resolved, config.init_schema, existing, target, where)
            modes.append(writing or None)
            loose &= _constraints_after(resolved, config, existing, target)
            planned = [name for name in resolved.tables if existing.find_table(str(name)) is not None]
            if identity is not None and identity == source_identity:  # a generate job (refuse_same let it by)
                notes.append(sameness.generate_into_source(index, url, config, target, planned))
            elif (note := sameness.truncation_note(index, url, config, target, planned)) is not None:
                notes.append(note)
            writers.append(target.capabilities.max_concurrent_writers)
            created_like_source = config.init_schema and target.capabilities.dialect == source_dialect
            targets.append(RawTarget(target.capabilities.raw_copy_format, existing, created_like_source))
        finally:
            target.close()
    if for_writing and loose:
        resolved, modes = _without_fk_order(resolved, loose, modes)
    raw = _raw_tables(resolved, source_format, targets) if for_writing else frozenset()
    lanes = bounded_by_writers(lanes, writers, raw, resolved)
    return Prepared(resolved, source_url, destination_urls, modes, writers, raw, holds_rows, fingerprints, lanes)


def _constraints_after(
    resolved: ResolvedJob, config: DestinationConfig, existing: Schema, target: Connector
) -> frozenset[QualifiedName]:
    """The tables whose rows may load into this destination before their parents' rows.

    The rule: a table waits for no parent when, in every destination of the run, nothing checks its FKs while
    its rows load and nothing needs its parents' rows first, that is when
    - the run creates it: `init_schema` and the table absent before the run (a table that exists may hold its FKs
      already: an existing schema, `init_schema: false`, a second run, whatever `on_conflict` or
      `truncate_before_insert` say: the order is kept);
    - the destination adds FKs after the data, validating every row then (PostgreSQL's ALTER TABLE … ADD FOREIGN
      KEY; SQLite declares them in CREATE TABLE and checks each row as it is written, so it keeps the order);
    - `skip_fk_violations` is off (it drops a row whose parent is not in the destination yet: parents go first).
    A merge (`on_conflict`) into a table the run creates merges into an empty table, truncation happens before
    any table is copied, and a subset is computed in the source before any table is copied: none needs an order.
    Such a table is checked once, at the end: the constraints phase adds its FKs, and a row without its parent
    fails the run there, naming the FK (engine/run/steps.py `_finish`).
    """
    if config.skip_fk_violations or not config.init_schema or not target.capabilities.adds_foreign_keys_after_data:
        return frozenset()
    return frozenset(name for name in resolved.tables if existing.find_table(str(name)) is None)


def _without_fk_order(
    resolved: ResolvedJob, loose: frozenset[QualifiedName], modes: list[str | None]
) -> tuple[ResolvedJob, list[str | None]]:
    """The plan with the FK order of `loose` tables dropped (`_constraints_after`), and the cycle modes it needs.

    A NOT NULL cycle of such tables is no cycle any more: no destination needs a mode for it. The cycles left are
    among tables some destination has already, whose modes were decided above (on every cycle, a superset)."""
    plan = build_plan(resolved.schema, list(resolved.tables), unchecked_cycles=True, constraints_after=loose)
    return dataclasses.replace(resolved, plan=plan), modes if plan.unchecked else [None] * len(modes)


def _raw_tables(resolved: ResolvedJob, source_format: str | None, targets: list[RawTarget]) -> frozenset[QualifiedName]:
    """Tables with nothing to transform whose bulk bytes every destination reads the same way (decided from the
    destinations as reflected before the run: a table the run creates is created as the source has it)."""
    # Dropping orphans needs a set-based INSERT … SELECT: such tables are decoded, not relayed.
    filtering = any(config.skip_fk_violations for config in resolved.job.destinations)
    return frozenset(
        name
        for name, plan in resolved.tables.items()
        if not plan.transformed
        and not (filtering and plan.table.foreign_keys)
        and name not in resolved.subset.tables
        and raw_compatible(plan.table, plan.written, source_format, targets)
    )


def _check_sqlite_names(resolved: ResolvedJob, where: str) -> None:
    """Names SQLite would fold together: found here, before any destination (another one first) is written."""
    from lookalike.connectors.sqlite.ddl import check_names

    try:
        check_names(resolved.schema, [plan.table for plan in resolved.tables.values()])
    except ConfigError as error:
        raise ConfigError(error.what, where=f"{where}: {error.where}", fix=error.fix) from None


def _note_left_out_of_sqlite(resolved: ResolvedJob) -> None:
    from lookalike.connectors.sqlite.ddl import left_out

    for note in left_out(resolved.schema, [plan.table for plan in resolved.tables.values()]):
        if f"sqlite: {note}" not in resolved.notes:
            resolved.notes.append(f"sqlite: {note}")


def _check_conflict_keys(resolved: ResolvedJob, config: DestinationConfig, where: str) -> None:
    """`on_conflict: nothing|update` finds a row's earlier copy by its key: a table without one would get every
    row again on each re-run, silently. Refused before anything is written."""
    if config.on_conflict == "error" or config.truncate_before_insert:
        return
    keyless = sorted(str(name) for name, plan in resolved.tables.items() if not plan.table.row_key)
    if keyless:
        raise ConfigError(
            f"on_conflict: {config.on_conflict} needs a key to recognise rows copied before, and "
            f"{', '.join(keyless)} {'has' if len(keyless) == 1 else 'have'} none (no primary key, no unique "
            "constraint on NOT NULL columns): each re-run would copy every row again",
            where=f"{where}: on_conflict: {config.on_conflict}; tables: {', '.join(keyless)}",
            fix="add a primary key to the source table, set `truncate_before_insert: true` on this destination "
            "(each run then starts from empty), or skip the table (`skip: true`)",
        )


def _privacy_gate(resolved: ResolvedJob, source: Connector) -> None:
    """`unmapped_sensitive`: a column that looks sensitive and is copied unchanged stops the run, or is noted."""
    from lookalike.engine.plan import privacy

    samples = privacy.sample(source, [plan.table for plan in resolved.tables.values()])
    found = privacy.check(resolved, samples, drift=False).findings
    if not found:
        return
    columns = ", ".join(f"{finding.table}.{finding.column}" for finding in found)
    if resolved.job.unmapped_sensitive == "halt":
        raise ConfigError(
            f"{len(found)} column(s) look sensitive and would be copied as they are: {columns}",
            where="unmapped_sensitive: halt",
            fix="map each to a transformer (`lookalike check JOB` suggests one), or list it under its table's "
            "`reviewed:` with the reason",
        )
    resolved.notes.append(
        f"privacy: {len(found)} column(s) look sensitive and are copied as they are: {columns} "
        "(`lookalike check` says why; `unmapped_sensitive: halt` stops such runs)"
    )


def _cycle_mode(resolved: ResolvedJob, init: bool, existing: Schema, target: Connector, where: str) -> str | None:
    if not resolved.plan.unchecked:
        return None
    if init and not any(existing.find_table(str(name)) for name in resolved.plan.unchecked):
        return "after"
    if target.can_skip_foreign_keys():
        return "replica"
    _refuse_unchecked(resolved, where)
    return None


def _refuse_unchecked(resolved: ResolvedJob, where: str) -> None:
    """A NOT NULL cycle needs FK checks off; this destination cannot: say which cycle and both remedies."""
    try:
        build_plan(resolved.schema, list(resolved.tables))
    except ConfigError as error:
        raise ConfigError(
            f"{error.what}, and this destination has the tables already and its role may not write with FK checks off",
            where=where,
            fix="copy into a fresh database with `init_schema: true` (FKs are then added after the data), connect "
            "as a superuser (session_replication_role = replica is then used), or make one of the FK columns nullable",
        ) from None


def _check_destination_tables(resolved: ResolvedJob, existing: Schema, where: str) -> None:
    for plan in resolved.tables.values():
        target = existing.find_table(str(plan.table.name))
        if target is None:
            raise ConfigError(
                f"destination has no table {plan.table.name}",
                where=where,
                fix="set `init_schema: true` on this destination, or create the table",
            )
        missing = [column.name for column in plan.written if not target.has_column(column.name)]
        if missing:
            raise ConfigError(
                f"destination table {plan.table.name} lacks column(s) {', '.join(missing)}",
                where=where,
                fix="set `init_schema: true` on a fresh destination, or add the columns",
            )


def job_key_text(job: JobConfig, environ: Mapping[str, str]) -> str | None:
    """The job key as given (inline or from its environment variable); None when the job has none."""
    if job.key is not None:
        return job.key.get_secret_value()
    return environ.get(job.key_env) if job.key_env else None
