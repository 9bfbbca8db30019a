"""The privacy gate: which columns of a job's source look sensitive and leave it unchanged, what the job does not
mention (drift), and which transformers are too weak for what they replace.

`lookalike check` prints it (exit 1 on any finding), every `sync` runs its first part as `unmapped_sensitive`
(halt | warn | allow), `verify` reports it, and `lookalike init` writes a job in which it finds nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import pyarrow as pa

from lookalike.classify import Finding, classify
from lookalike.connectors import Connector, open_connector
from lookalike.connectors.base import KeyRange
from lookalike.core.config import JobConfig
from lookalike.core.schema import Column, QualifiedName, Schema, Table
from lookalike.engine.plan.resolve import ResolvedJob, resolve_job

Problem = Literal["unmapped_sensitive", "weak_transformer", "new_table", "new_column"]
Samples = Mapping[QualifiedName, Mapping[str, list[Any]]]
SAMPLE_ROWS = 200
_PERSONAL_DOMAINS = frozenset(
    {
        "gmail.com",
        "yahoo.com",
        "hotmail.com",
        "outlook.com",
        "aol.com",
        "icloud.com",
        "gmx.de",
        "web.de",
        "live.com",
        "msn.com",
        "mail.ru",
        "yandex.ru",
        "proton.me",
        "protonmail.com",
        "orange.fr",
        "free.fr",
        "libero.it",
        "yahoo.fr",
        "yahoo.co.uk",
        "hotmail.fr",
        "uol.com.br",
        "bol.com.br",
        "terra.com.br",
        "t-online.de",
        "qq.com",
    }
)


@dataclass(frozen=True)
class PrivacyFinding:
    """One problem, naming table and column (never a value)."""

    problem: Problem
    table: str
    column: str | None
    message: str
    category: str | None = None
    confidence: float | None = None
    suggested: str | None = None


@dataclass(frozen=True)
class PrivacyReport:
    findings: list[PrivacyFinding]

    @property
    def ok(self) -> bool:
        return not self.findings

    def of(self, *problems: Problem) -> list[PrivacyFinding]:
        return [finding for finding in self.findings if finding.problem in problems]


def sample(
    source: Connector, tables: Sequence[Table], rows: int = SAMPLE_ROWS
) -> dict[QualifiedName, dict[str, list[Any]]]:
    """The first `rows` rows of each table, column by column (what the classifier looks at)."""
    out: dict[QualifiedName, dict[str, list[Any]]] = {}
    for table in tables:
        columns = [c for c in table.columns if not c.is_generated]
        batch = first_rows(source, table, columns, rows)
        out[table.name] = (
            {column.name: batch.column(i).to_pylist()[:rows] for i, column in enumerate(columns)} if batch else {}
        )
    return out


def first_rows(source: Connector, table: Table, columns: Sequence[Column], rows: int) -> pa.RecordBatch | None:
    """The table's first `rows` rows in key order, or None when it has none.

    A key range of `rows` rows: the source reads those, not the table (a table without a key is streamed and left
    after its first batch)."""
    key_range = KeyRange(None, source.key_bound(table, None, rows)) if table.row_key else None
    batch = next(iter(source.read_batches(table, columns, rows, key_range=key_range)), None)
    return batch.slice(0, rows) if batch is not None else None


def classify_schema(schema: Schema, samples: Samples) -> dict[tuple[QualifiedName, str], Finding]:
    found: dict[tuple[QualifiedName, str], Finding] = {}
    for table in schema:
        values = samples.get(table.name, {})
        for column in table.columns:
            finding = classify(column, str(table.name), values.get(column.name))
            if finding is not None:
                found[(table.name, column.name)] = finding
    return found


def _configured(job: JobConfig, schema: Schema) -> dict[QualifiedName, str]:
    out: dict[QualifiedName, str] = {}
    for name in job.tables:
        table = schema.find_table(name)
        if table is not None:
            out[table.name] = name
    return out


def check(resolved: ResolvedJob, samples: Samples, *, drift: bool = True) -> PrivacyReport:
    """Every finding for the resolved job (drift only when asked: `sync` checks sensitivity alone)."""
    job, schema = resolved.job, resolved.schema
    configured = _configured(job, schema)
    found = classify_schema(schema, samples)
    findings: list[PrivacyFinding] = []
    for name in schema.tables:
        key = configured.get(name)
        config = job.tables.get(key) if key is not None else None
        if config is not None and config.skip:
            continue
        if drift and key is None:
            findings.append(PrivacyFinding("new_table", str(name), None, f"the job does not mention table {name}"))
        plan = resolved.tables.get(name)
        if plan is None:
            continue
        mentioned = set(config.columns) | set(config.passthrough or ()) | set(config.reviewed) if config else set()
        for column_plan in plan.columns:
            column = column_plan.column
            finding = found.get((name, column.name))
            if drift and key is not None and column.name not in mentioned:
                findings.append(
                    PrivacyFinding(
                        "new_column", str(name), column.name, f"the job does not mention {name}.{column.name}"
                    )
                )
            if finding is None or not finding.sensitive:
                continue
            reviewed = config is not None and column.name in config.reviewed
            if column_plan.transformer is None and not reviewed:
                findings.append(
                    PrivacyFinding(
                        "unmapped_sensitive",
                        str(name),
                        column.name,
                        f"{name}.{column.name} looks like {finding.label} ({finding.confidence:.0%} by "
                        f"{finding.reason}) and is copied unchanged",
                        finding.category,
                        finding.confidence,
                        finding.transformer,
                    )
                )
            elif column_plan.transformer is not None and _weak(column_plan, finding, samples.get(name, {})):
                findings.append(
                    PrivacyFinding(
                        "weak_transformer",
                        str(name),
                        column.name,
                        f"{column_plan.transformer.name} keeps the domain of personal email addresses in "
                        f"{name}.{column.name}",
                        finding.category,
                        finding.confidence,
                        "transform_email without preserve_domain",
                    )
                )
    return PrivacyReport(findings)


def _weak(plan: Any, finding: Finding, values: Mapping[str, list[Any]]) -> bool:
    """A transformer that leaves what identifies a person: an email's personal domain (gmail.com…) kept."""
    entry, params = plan.transformer, plan.params
    if finding.category != "email" or entry.name != "transform_email" or not getattr(params, "preserve_domain", False):
        return False
    emails = [str(v) for v in values.get(plan.column.name, []) if v and "@" in str(v)]
    personal = sum(1 for email in emails if email.rsplit("@", 1)[1].lower() in _PERSONAL_DOMAINS)
    return bool(emails) and personal / len(emails) >= 0.2


@contextlib.contextmanager
def _source(url: str) -> Iterator[Connector]:
    connector = open_connector(url, must_exist=True)
    try:
        yield connector
    finally:
        connector.close()


def check_job(job: JobConfig, environ: Mapping[str, str], rows: int = SAMPLE_ROWS) -> PrivacyReport:
    """`lookalike check`: resolve the job against its live source, sample it, and report every finding."""
    # A column the source gained is drift to report (exit 1), not a reason to refuse the job (as `halt` would).
    lenient = job.model_copy(update={"new_column_strategy": "passthrough"})
    with _source(job.source.resolve(environ)) as source:
        schema = source.reflect(job.schemas)
        resolved = resolve_job(lenient, schema, environ)
        samples = sample(source, [plan.table for plan in resolved.tables.values()], rows)
    return check(resolved, samples)
