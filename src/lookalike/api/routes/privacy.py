"""/jobs/preview and /jobs/check: what a job document would do to its source's rows, and what it would let through.

Both take an unsaved document (the wizard's, before it is stored) naming stored connections, read a few rows of
the live source, and write nothing. A preview shows source values to the account that owns the connection, as the
source itself would.
"""

from __future__ import annotations

import datetime
import decimal
from typing import Any

from fastapi import APIRouter
from pydantic import Field

from lookalike.api.deps import AccountDep, PolicyDep, SessionDep
from lookalike.api.models import Strict
from lookalike.core.config import JobConfig
from lookalike.store import jobs as store

router = APIRouter(prefix="/jobs", tags=["jobs"])


class PreviewRequest(Strict):
    document: JobConfig
    table: str | None = Field(None, max_length=400, description="one table (default: every table with a mapping)")
    rows: int = Field(5, ge=1, le=50)


class TablePreviewPublic(Strict):
    table: str
    columns: list[str] = Field(description="the mapped columns")
    before: list[list[Any]] = Field(description="per row, the source's values of those columns")
    after: list[list[Any]] = Field(description="per row, what the destination would get")


class PrivacyFindingPublic(Strict):
    problem: str
    table: str
    column: str | None
    message: str
    category: str | None
    confidence: float | None
    suggested: str | None


class PrivacyReportPublic(Strict):
    ok: bool
    findings: list[PrivacyFindingPublic]


def _shown(value: Any) -> Any:
    """A value as JSON shows it (timestamps and decimals as text, bytes as hex)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, datetime.date | datetime.time | decimal.Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [_shown(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _shown(item) for key, item in value.items()}
    return str(value)


def _runnable(body: JobConfig, db: SessionDep, account: AccountDep, policy: PolicyDep) -> JobConfig:
    store.check_document(db, account.id, body)
    return store.with_secrets(db, account.id, body, policy)


@router.post("/preview")
def preview_document(
    body: PreviewRequest, db: SessionDep, account: AccountDep, policy: PolicyDep
) -> list[TablePreviewPublic]:
    """Rows of the source before and after the document's transformers; nothing is written."""
    from lookalike.engine.review.preview import preview

    found = preview(_runnable(body.document, db, account, policy), {}, body.table, body.rows)
    return [
        TablePreviewPublic(
            table=item.table,
            columns=item.columns,
            before=[[_shown(v) for v in row] for row in item.before],
            after=[[_shown(v) for v in row] for row in item.after],
        )
        for item in found
    ]


@router.post("/check")
def check_document(body: JobConfig, db: SessionDep, account: AccountDep, policy: PolicyDep) -> PrivacyReportPublic:
    """`lookalike check` for a document: sensitive-looking columns copied unreviewed, drift, weak transformers."""
    from lookalike.engine.plan.privacy import check_job

    report = check_job(_runnable(body, db, account, policy), {})
    return PrivacyReportPublic(
        ok=report.ok,
        findings=[
            PrivacyFindingPublic(
                problem=f.problem,
                table=f.table,
                column=f.column,
                message=f.message,
                category=f.category,
                confidence=f.confidence,
                suggested=f.suggested,
            )
            for f in report.findings
        ],
    )
