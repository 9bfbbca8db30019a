"""Runs: the list, and a run's live view (per-table progress, rows/s, retries, errors; refreshed in place until
it ends) with a timeline of table durations; cancel and resume."""

from __future__ import annotations

import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from lookalike.web.pages import ApiDep, CheckedDep, go, render

router = APIRouter(include_in_schema=False)
_TERMINAL = {"succeeded", "failed", "cancelled"}


def _time(text: str | None) -> datetime.datetime | None:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def timeline(run: dict[str, Any], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per table: where its bar starts and how long it is, in % of the run (start = its dispatch)."""
    starts: dict[str, datetime.datetime] = {}
    for event in events:
        moment = _time(event["started"])
        if event["step"].startswith("dispatch ") and moment is not None:
            starts[event["step"].removeprefix("dispatch ").split(" (")[0]] = moment
    began = min(starts.values(), default=None)
    if began is None:
        return []
    spans = [
        (t, (starts[t["step"]] - began).total_seconds(), t["seconds"]) for t in run["tables"] if t["step"] in starts
    ]
    total = max((offset + length for _, offset, length in spans), default=0.0) or 1.0
    return [
        {
            "table": t["table"],
            "left": 100 * offset / total,
            "width": max(100 * length / total, 0.5),
            "offset": offset,
            "seconds": length,
        }
        for t, offset, length in sorted(spans, key=lambda span: span[1])
    ]


@router.get("/runs")
async def runs(request: Request, api: ApiDep) -> Response:
    return render(request, "runs.html", runs=(await api.get("/runs")).body)


async def _run(api: ApiDep, run_id: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    found = await api.get(f"/runs/{run_id}")
    return (found.body, None) if found.ok else (None, found.error)


@router.get("/runs/{run_id}")
async def run_page(request: Request, api: ApiDep, run_id: str) -> Response:
    run, error = await _run(api, run_id)
    if run is None:
        return render(request, "error.html", status=404, error=error)
    events = (await api.get(f"/runs/{run_id}/events")).body if run["status"] in _TERMINAL else []
    return render(request, "run.html", run=run, live=run["status"] not in _TERMINAL, bars=timeline(run, events))


@router.get("/runs/{run_id}/live")
async def live(request: Request, api: ApiDep, run_id: str) -> Response:
    """The progress fragment; once the run has ended the whole page reloads (timeline, buttons)."""
    run, error = await _run(api, run_id)
    if run is None:
        return render(request, "partials/error.html", error=error)
    if run["status"] in _TERMINAL:
        return go(f"/runs/{run_id}", request)
    return render(request, "partials/run_live.html", run=run, live=True)


@router.post("/runs/{run_id}/{action}")
async def act(request: Request, api: ApiDep, _session: CheckedDep, run_id: str, action: str) -> Response:
    if action not in ("cancel", "resume"):
        return render(request, "partials/error.html", status=404, error={"message": f"no action {action}"})
    answer = await api.post(f"/runs/{run_id}/{action}")
    if not answer.ok:
        return render(request, "partials/error.html", error=answer.error)
    return go(f"/runs/{run_id}", request)
