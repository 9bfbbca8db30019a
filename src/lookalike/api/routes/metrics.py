"""/metrics: Prometheus text for the key's account (runs by status, rows synced, retried steps)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from lookalike.api import services
from lookalike.api.deps import AccountDep, EngineDep, SessionDep

router = APIRouter(tags=["metrics"])


@router.get("/metrics", response_class=Response, responses={200: {"content": {"text/plain": {}}}})
def metrics(db: SessionDep, account: AccountDep, engine: EngineDep) -> Response:
    """Runs by status, rows synced and retried steps over the account's latest 500 runs."""
    from prometheus_client import CollectorRegistry, Gauge, generate_latest
    from prometheus_client.exposition import CONTENT_TYPE_LATEST

    registry = CollectorRegistry()
    by_status = Gauge("lookalike_runs", "runs by status", ["status"], registry=registry)
    rows = Gauge("lookalike_rows_synced", "rows written by succeeded runs", registry=registry)
    retries = Gauge("lookalike_step_retries", "failed chunk attempts a retry then got through", registry=registry)
    for status in ("pending", "running", "paused", "succeeded", "failed", "cancelled"):
        by_status.labels(status).set(0)
    for info in services.runs_of(db, engine, account.id, None, 500):
        by_status.labels(info.status).inc()
        if info.output is not None:
            rows.inc(info.output.rows)  # rows copied: an FK update step's rows were counted by its insert
            for result in info.output.results:
                retries.inc(result.retries)
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
