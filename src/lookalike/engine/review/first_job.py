"""`lookalike init`: a complete first job for a live database, in which `lookalike check` finds nothing.

Every table is listed; every column the classifier finds sensitive is mapped to its suggestion (with a comment
naming the category, how sure, and why), every other column is listed under `passthrough`, so a column the source
gains later is *new* and stops the run (`new_column_strategy: halt`) until someone decides. Keys that foreign keys
reference get a one-to-one transformer; the columns that reference them inherit it. The result is checked the way
a run checks it, and a suggestion the column cannot take is replaced by a safe one before the file is written.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from lookalike.classify import Finding
from lookalike.connectors import open_connector, redact_url
from lookalike.core.config import parse_job
from lookalike.core.errors import ConfigError
from lookalike.core.schema import Column, Kind, QualifiedName, Schema
from lookalike.engine.plan import privacy
from lookalike.engine.plan.resolve import resolve_job


@dataclass
class _Mapped:
    transformer: str
    params: dict[str, Any]
    comment: str


@dataclass
class _TablePlan:
    columns: dict[str, _Mapped] = field(default_factory=dict)
    passthrough: list[str] = field(default_factory=list)


def _referenced(schema: Schema) -> set[tuple[QualifiedName, str]]:
    return {(fk.ref_table, column) for table in schema for fk in table.foreign_keys for column in fk.ref_columns}


def _referencing(schema: Schema) -> set[tuple[QualifiedName, str]]:
    return {(table.name, column) for table in schema for fk in table.foreign_keys for column in fk.columns}


def _one_to_one(column: Column) -> _Mapped | None:
    """A transformer that keeps a referenced key's references: scrambled integers and UUIDs, ≥128-bit hashes."""
    if column.kind in (Kind.INTEGER, Kind.UUID):
        return _Mapped("transform_scramble_identity", {}, "")
    if column.kind is Kind.TEXT and (column.max_length is None or column.max_length >= 32):
        return _Mapped("hash", {"length": min(column.max_length or 64, 64)}, "")
    return None


def _mapping(column: Column, finding: Finding, referenced: bool) -> _Mapped | None:
    why = f"{finding.label}, {finding.confidence:.0%} by {finding.reason}"
    if referenced:
        keyed = _one_to_one(column)
        if keyed is not None:
            keyed.comment = f"{why}; a referenced key: one-to-one, handed down to its foreign keys"
        return keyed
    if finding.transformer is None:
        return _Mapped("null", {}, f"{why}; no built-in rewrites it") if column.nullable else None
    return _Mapped(finding.transformer, dict(finding.params), why)


def _fallback(column: Column) -> _Mapped:
    if column.nullable:
        return _Mapped("null", {}, "the suggested transformer does not fit this column")
    if column.kind is Kind.TEXT:
        return _Mapped("transform_character_scramble", {}, "the suggested transformer does not fit this column")
    raise ConfigError(
        f"no transformer fits {column.name} ({column.native_type}) automatically",
        where=column.name,
        fix="map it by hand in the written job",
    )


def _place(url: str, variable: str) -> str:
    """`url: …` as the file says it; a URL holding a password is named by an environment variable instead."""
    if redact_url(url) != url:
        return f"url_env: {variable}  # export {variable}=… (the URL holds a password: it is not written here)"
    return f"url: {json.dumps(url)}"


def _render(source: str, destination: str, schema: Schema, plans: Mapping[QualifiedName, _TablePlan]) -> str:
    lines = [
        f"# Written by `lookalike init` on {datetime.now(UTC):%Y-%m-%d} for {redact_url(source)}.",
        "# Every table and column is listed: sensitive columns are mapped (the comment says what each looks like, how",
        "# sure, and why); the rest pass through. A column the source gains later is new: the run stops until you",
        "# map it or list it. `lookalike check` this file in CI; `lookalike preview` shows before/after rows.",
        "source:",
        f"  {_place(source, 'LOOKALIKE_SOURCE_URL')}",
        "destinations:",
        f"  - {_place(destination, 'LOOKALIKE_DESTINATION_URL')}",
        "    init_schema: true",
        "    truncate_before_insert: true",
        "new_column_strategy: halt",
        "unmapped_sensitive: halt",
        "# key_env: LOOKALIKE_JOB_KEY   # deterministic across runs: export a long random key and uncomment",
        "tables:",
    ]
    for table in schema:
        plan = plans[table.name]
        lines.append(f"  {json.dumps(str(table.name))}:")
        if plan.columns:
            lines.append("    columns:")
            for name, mapped in plan.columns.items():
                value = {"transformer": mapped.transformer, **({"params": mapped.params} if mapped.params else {})}
                lines.append(f"      {json.dumps(name)}: {json.dumps(value)}  # {mapped.comment}")
        lines.append(f"    passthrough: {json.dumps(plan.passthrough)}")
    return "\n".join(lines) + "\n"


def write_job(source: str, destination: str, environ: Mapping[str, str], rows: int = privacy.SAMPLE_ROWS) -> str:
    """The job file's text for the database at `source`, copied into `destination`."""
    connector = open_connector(source, must_exist=True)
    try:
        schema = connector.reflect()
        samples = privacy.sample(connector, list(schema), rows)
    finally:
        connector.close()
    if not schema.tables:
        raise ConfigError("the source has no tables", where=redact_url(source), fix="check the database and schema")
    found = privacy.classify_schema(schema, samples)
    referenced, referencing = _referenced(schema), _referencing(schema)
    plans: dict[QualifiedName, _TablePlan] = {}
    for table in schema:
        plan = plans[table.name] = _TablePlan()
        for column in table.writable_columns:
            finding = found.get((table.name, column.name))
            inherits = (table.name, column.name) in referencing  # an FK takes its parent's transformer
            mapped = None
            if finding is not None and finding.sensitive and not inherits:
                mapped = _mapping(column, finding, (table.name, column.name) in referenced)
            if mapped is None:
                plan.passthrough.append(column.name)
            else:
                plan.columns[column.name] = mapped
    for _attempt in range(len(found) + 1):  # replace what the resolver refuses, one column at a time
        text = _render(source, destination, schema, plans)
        try:
            resolve_job(parse_job(text, origin="lookalike init"), schema, environ)
        except ConfigError as error:
            parts = (error.where or "").split(".columns.")
            refused = schema.find_table(parts[0].removeprefix("tables.")) if len(parts) == 2 else None
            name = parts[1].split(".")[0] if len(parts) == 2 else ""
            if refused is None or name not in plans[refused.name].columns:
                raise
            plans[refused.name].columns[name] = _fallback(refused.column(name))
            continue
        return text
    raise ConfigError("could not write a job that validates", fix="report this with the source's schema")
