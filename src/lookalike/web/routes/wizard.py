"""The job wizard: settings (connections, options, schedule) → the column-by-column mapping with subset filters
→ saved through the API. Edit and clone start from a stored job; a pasted job YAML starts from that."""

from __future__ import annotations

import datetime
import json
from typing import Annotated, Any

import yaml
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from lookalike.core.config import cron_problem, next_cron_runs
from lookalike.web import mapping
from lookalike.web.client import Api
from lookalike.web.pages import ApiDep, CheckedDep, go, render

router = APIRouter(include_in_schema=False)


async def _catalogue(api: Api) -> dict[str, dict[str, Any]]:
    system = await api.get("/transformers")
    user = await api.get("/transformers/user")
    entries = {entry["name"]: entry for entry in system.body}
    for own in user.body:  # a user-defined transformer takes its built-in's params
        base = entries.get(own["definition"]["transformer"], {})
        entries[own["name"]] = {**base, "name": own["name"], "description": own["definition"].get("description", "")}
    return entries


@router.get("/jobs/new")
async def settings_page(
    request: Request, api: ApiDep, source_job: Annotated[str | None, Query(alias="from")] = None, clone: bool = False
) -> Response:
    connections = (await api.get("/connections")).body
    document: dict[str, Any] = {}
    job_ref = None
    if source_job:
        found = await api.get(f"/jobs/{source_job}")
        if not found.ok:
            return render(request, "error.html", status=found.status, error=found.error)
        document = found.body["document"]
        if clone:
            document = {**document, "name": f"{document.get('name', 'job')}-copy"}
        else:
            job_ref = found.body["id"]
    return render(request, "wizard_settings.html", connections=connections, doc=document, job_ref=job_ref)


@router.get("/jobs/wizard/cron")
def cron_preview(request: Request, _api: ApiDep, schedule: str = "") -> Response:
    """The next five runs of a cron expression, in words, or what is wrong with it."""
    text = schedule.strip()
    if not text:
        return render(request, "partials/cron.html", runs=[], error=None, empty=True)
    if (problem := cron_problem(text)) is not None:
        return render(request, "partials/cron.html", runs=[], error=problem, empty=False)
    moments = next_cron_runs(text, datetime.datetime.now(datetime.UTC))
    runs = [moment.strftime("%a %d %b %Y, %H:%M:%S UTC") for moment in moments]
    return render(request, "partials/cron.html", runs=runs, error=None, empty=False)


def _settings(form: dict[str, str]) -> dict[str, Any]:
    """The job document's settings from step 1 (everything but `tables`)."""
    destinations = [name for name in form.get("destinations", "").split(",") if name]
    document: dict[str, Any] = {
        "name": form.get("name", "").strip(),
        "source": {"connection": form.get("source", "")},
        "destinations": [
            {
                "connection": name,
                "init_schema": form.get("init_schema") == "on",
                "truncate_before_insert": form.get("truncate") == "on",
                "on_conflict": form.get("on_conflict", "error"),
            }
            for name in destinations
        ],
    }
    if form.get("schedule", "").strip():
        document["schedule"] = form["schedule"].strip()
    retry = {"max_attempts": int(form.get("max_attempts") or 8)}
    options: dict[str, Any] = {"retry": retry}
    if form.get("table_timeout_seconds", "").strip():
        options["table_timeout_seconds"] = float(form["table_timeout_seconds"])
    document["sync_options"] = options
    if form.get("workers", "").strip():
        document["workers"] = int(form["workers"])
    return document


async def _mapping_page(
    request: Request,
    api: Api,
    document: dict[str, Any],
    job_ref: str | None,
    error: dict[str, Any] | None = None,
    status: int = 200,
) -> Response:
    connections = {c["name"]: c for c in (await api.get("/connections")).body}
    misplaced = mapping.source_as_destination(document)  # then it is no source to map from: back to the settings
    error = misplaced or error
    source = None if misplaced else connections.get(document.get("source", {}).get("connection", ""))
    if source is None:
        error = error or {"message": "choose a source connection", "where": "source", "fix": "pick one in step 1"}
        return render(
            request,
            "wizard_settings.html",
            status=422,
            connections=list(connections.values()),
            doc=document,
            job_ref=job_ref,
            error=error,
        )
    schema = await api.get(f"/connections/{source['id']}/schema")
    if not schema.ok:
        return render(
            request,
            "wizard_settings.html",
            status=schema.status,
            connections=list(connections.values()),
            doc=document,
            job_ref=job_ref,
            error=schema.error,
        )
    catalogue = await _catalogue(api)
    settings = {key: value for key, value in document.items() if key != "tables"}
    where = (error or {}).get("where")
    return render(
        request,
        "wizard_mapping.html",
        status=status,
        draft=json.dumps(settings),
        doc=document,
        job_ref=job_ref,
        source=source,
        tables=schema.body["tables"],
        catalogue=catalogue,
        mapped=mapping.mapped(document),
        filters=mapping.filters(document),
        error=error,
        error_column=mapping.error_column(where),
        error_table=mapping.error_table(where),
        sep=mapping.SEP,
    )


@router.post("/jobs/wizard/mapping")
async def mapping_step(request: Request, api: ApiDep, _session: CheckedDep) -> Response:
    sent = await request.form()
    form = {key: str(value) for key, value in sent.multi_items() if key != "destinations"}
    form["destinations"] = ",".join(str(v) for v in sent.getlist("destinations"))
    job_ref = form.get("job_ref") or None
    imported = form.get("yaml", "").strip()
    if imported:
        error: dict[str, str] | None = None
        try:
            document = yaml.safe_load(imported)
        except yaml.YAMLError as problem:
            document, error = None, {"message": f"the YAML does not parse: {problem}", "where": "job YAML"}
        if error is None and not isinstance(document, dict):
            error = {"message": "a job YAML is a mapping with source, destinations and tables", "where": "job YAML"}
        if error is not None or not isinstance(document, dict):
            connections = (await api.get("/connections")).body
            return render(
                request,
                "wizard_settings.html",
                status=422,
                connections=connections,
                doc={},
                job_ref=job_ref,
                error=error,
            )
        return await _mapping_page(request, api, document, job_ref)
    return await _mapping_page(request, api, _settings(form), job_ref)


@router.post("/jobs/wizard/save")
async def save(request: Request, api: ApiDep, _session: CheckedDep) -> Response:
    form = {key: str(value) for key, value in (await request.form()).multi_items()}
    document = json.loads(form.get("draft") or "{}")
    document["tables"] = mapping.tables_from_form(form, await _catalogue(api))
    job_ref = form.get("job_ref") or None
    if form.get("export") == "yaml":
        text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
        name = document.get("name") or "job"
        return Response(
            text, media_type="application/yaml", headers={"Content-Disposition": f'attachment; filename="{name}.yaml"'}
        )
    checked = await api.post("/jobs/validate", document)
    if checked.ok and not checked.body["ok"]:  # a mapping that does not fit its column: shown on that column
        return await _mapping_page(request, api, document, job_ref, checked.body["error"], status=422)
    saved = await (api.call("PUT", f"/jobs/{job_ref}", document) if job_ref else api.post("/jobs", document))
    if not saved.ok:
        return await _mapping_page(request, api, document, job_ref, saved.error, status=422)
    return go(f"/jobs/{saved.body['id']}", request)


@router.get("/jobs/wizard/params")
async def params_form(request: Request, api: ApiDep, table: str, column: str) -> Response:
    """The inputs for a transformer's params, drawn from its JSON Schema (the picker sends itself as `map::…`)."""
    transformer = next((v for k, v in request.query_params.items() if k.startswith(f"map{mapping.SEP}")), "")
    entry = (await _catalogue(api)).get(transformer.strip())
    schema = entry.get("params_schema", {}) if entry else {}
    return render(
        request,
        "partials/params.html",
        entry=entry,
        schema=schema,
        table=table,
        column=column,
        values={},
        sep=mapping.SEP,
    )


@router.post("/jobs/wizard/check-filter")
async def check_filter(
    request: Request,
    api: ApiDep,
    _session: CheckedDep,
    connection_id: Annotated[str, Form()],
    table: Annotated[str, Form()],
    where: Annotated[str, Form()] = "",
) -> Response:
    """The API's filter check: rows kept, or why the filter does not run."""
    counted = await api.post(f"/connections/{connection_id}/check-filter", {"table": table, "where": where or None})
    return render(
        request,
        "partials/filter_result.html",
        result=counted.body if counted.ok else None,
        error=None if counted.ok else counted.error,
    )
