"""Jobs: the list (last run, next run) and a job's page: trigger, pause/unpause, edit, clone, delete, export,
validate, subset plan, recent runs."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from lookalike.web.pages import ApiDep, CheckedDep, go, render

router = APIRouter(include_in_schema=False)


@router.get("/")
def home(_api: ApiDep) -> Response:
    return go("/jobs")


@router.get("/jobs")
async def jobs(request: Request, api: ApiDep) -> Response:
    found = (await api.get("/jobs")).body
    last = {}
    for job in found:
        runs = (await api.get(f"/jobs/{job['id']}/runs?limit=1")).body
        last[job["id"]] = runs[0] if runs else None
    return render(request, "jobs.html", jobs=found, last=last)


@router.get("/jobs/{job_ref}")
async def job_page(request: Request, api: ApiDep, job_ref: str) -> Response:
    found = await api.get(f"/jobs/{job_ref}")
    if not found.ok:
        return render(request, "error.html", status=found.status, error=found.error)
    runs = (await api.get(f"/jobs/{job_ref}/runs?limit=20")).body
    import yaml

    text = yaml.safe_dump(found.body["document"], sort_keys=False, allow_unicode=True)
    return render(request, "job.html", job=found.body, runs=runs, document_yaml=text)


@router.get("/jobs/{job_ref}/export")
async def export(api: ApiDep, job_ref: str) -> Response:
    import yaml

    found = await api.get(f"/jobs/{job_ref}")
    if not found.ok:
        return Response(found.error["message"], status_code=found.status)
    text = yaml.safe_dump(found.body["document"], sort_keys=False, allow_unicode=True)
    return Response(
        text,
        media_type="application/yaml",
        headers={"Content-Disposition": f'attachment; filename="{found.body["name"]}.yaml"'},
    )


@router.post("/jobs/{job_ref}/trigger")
async def trigger(request: Request, api: ApiDep, _session: CheckedDep, job_ref: str) -> Response:
    started = await api.post(f"/jobs/{job_ref}/runs")
    if not started.ok:
        return render(request, "partials/error.html", status=200, error=started.error)
    return go(f"/runs/{started.body['id']}", request)


@router.post("/jobs/{job_ref}/{action}")
async def act(request: Request, api: ApiDep, _session: CheckedDep, job_ref: str, action: str) -> Response:
    """pause / unpause / delete / validate / subset-plan: the API's answer as a fragment (delete: back to the list)."""
    if action == "delete":
        deleted = await api.call("DELETE", f"/jobs/{job_ref}")
        return go("/jobs", request) if deleted.ok else render(request, "partials/error.html", error=deleted.error)
    if action not in ("pause", "unpause", "validate", "subset-plan"):
        return render(request, "partials/error.html", status=404, error={"message": f"no action {action}"})
    answer = await api.post(f"/jobs/{job_ref}/{action}")
    if not answer.ok:
        return render(request, "partials/error.html", error=answer.error)
    if action in ("pause", "unpause"):
        return go(f"/jobs/{job_ref}", request)
    template = "partials/validation.html" if action == "validate" else "partials/subset_plan.html"
    return render(request, template, result=answer.body)
