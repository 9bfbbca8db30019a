"""The job wizard: settings (connections, options, schedule) → the column-by-column mapping with subset filters
→ saved through the API. Edit and clone start from the stored document and merge the forms into it (everything
the forms do not show is kept); a save that removes anything shows the removals for confirmation first. A pasted
job YAML replaces the document."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any

import yaml
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from lookalike.core.config import cron_problem, next_cron_runs, validate_job
from lookalike.core.errors import ConfigError
from lookalike.core.jobdiff import Change, DocumentDiff, document_diff
from lookalike.web import mapping
from lookalike.web.client import Api
from lookalike.web.merge import merge_settings, merge_tables, shown_destination_options
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


@dataclass(frozen=True)
class Target:
    """What the wizard saves into: a new job, a new version of `job_ref`, or a copy of `clone_of`."""

    job_ref: str | None = None
    clone_of: str | None = None

    @property
    def origin(self) -> str | None:
        """The stored job the wizard started from (whose document it merges into and diffs against)."""
        return self.job_ref or self.clone_of

    @classmethod
    def of(cls, form: Mapping[str, str]) -> Target:
        return cls(form.get("job_ref") or None, form.get("clone_of") or None)


def _settings_page(
    request: Request,
    connections: list[dict[str, Any]],
    document: dict[str, Any],
    target: Target,
    error: dict[str, Any] | None = None,
    status: int = 200,
) -> Response:
    return render(
        request,
        "wizard_settings.html",
        status=status,
        connections=connections,
        doc=document,
        job_ref=target.job_ref,
        clone_of=target.clone_of,
        shown=shown_destination_options(document),
        error=error,
    )


@router.get("/jobs/new")
async def settings_page(
    request: Request, api: ApiDep, source_job: Annotated[str | None, Query(alias="from")] = None, clone: bool = False
) -> Response:
    connections = (await api.get("/connections")).body
    document: dict[str, Any] = {}
    target = Target()
    if source_job:
        found = await api.get(f"/jobs/{source_job}")
        if not found.ok:
            return render(request, "error.html", status=found.status, error=found.error)
        document = found.body["document"]
        if clone:
            document = {**document, "name": f"{document.get('name', 'job')}-copy"}
            target = Target(clone_of=found.body["id"])
        else:
            target = Target(job_ref=found.body["id"])
    return _settings_page(request, connections, document, target)


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


async def _mapping_page(
    request: Request,
    api: Api,
    document: dict[str, Any],
    target: Target,
    error: dict[str, Any] | None = None,
    status: int = 200,
) -> Response:
    connections = {c["name"]: c for c in (await api.get("/connections")).body}
    misplaced = mapping.source_as_destination(document)  # then it is no source to map from: back to the settings
    error = misplaced or error
    source = None if misplaced else connections.get(document.get("source", {}).get("connection", ""))
    if source is None:
        error = error or {"message": "choose a source connection", "where": "source", "fix": "pick one in step 1"}
        return _settings_page(request, list(connections.values()), document, target, error, status=422)
    schema = await api.get(f"/connections/{source['id']}/schema")
    if not schema.ok:
        return _settings_page(request, list(connections.values()), document, target, schema.error, schema.status)
    catalogue = await _catalogue(api)
    where = (error or {}).get("where")
    tables = schema.body["tables"]
    return render(
        request,
        "wizard_mapping.html",
        status=status,
        # The whole document travels with the page: saving merges the page's fields into it, so what the page
        # does not show (options, other tables, per-table settings) is kept. It holds no key (never sent out).
        draft=json.dumps(document),
        doc=document,
        job_ref=target.job_ref,
        clone_of=target.clone_of,
        source=source,
        tables=tables,
        keys=mapping.table_keys(document, tables),
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
    target = Target.of(form)
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
            return _settings_page(request, connections, {}, target, error, status=422)
        return await _mapping_page(request, api, document, target)
    base: dict[str, Any] = {}
    if target.origin:  # edit and clone start from the stored document, not from the form alone
        found = await api.get(f"/jobs/{target.origin}")
        if not found.ok:
            return render(request, "error.html", status=found.status, error=found.error)
        base = found.body["document"]
    return await _mapping_page(request, api, merge_settings(base, form), target)


def _diff(before: dict[str, Any], after: dict[str, Any]) -> DocumentDiff | None:
    """What `after` changes in `before`; None when `after` is not a valid job (the API's answer will say why)."""
    try:
        return document_diff(validate_job(before), validate_job(after))
    except ConfigError:
        return None


def _shown(value: Any) -> str:
    if value is None:
        return "(default)"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _confirm_page(
    request: Request, document: dict[str, Any], target: Target, diff: DocumentDiff, version: int
) -> Response:
    def rows(changes: list[Change], now: str | None = None) -> list[dict[str, str]]:
        return [{"path": c.path, "before": _shown(c.before), "after": now or _shown(c.after)} for c in changes]

    mappings = [c for c in diff.removed if ".columns." in c.path]
    filters = [c for c in diff.removed if c.path.startswith("tables.") and c not in mappings]
    settings = [c for c in diff.removed if c not in mappings and c not in filters]
    return render(
        request,
        "wizard_confirm.html",
        draft=json.dumps(document),
        doc=document,
        job_ref=target.job_ref,
        clone_of=target.clone_of,
        version=version,
        mappings=rows(mappings, "not mapped: copied unchanged"),
        filters=rows(filters, "none"),
        settings=rows(settings),
        changed=rows(diff.changed),
        added=rows(diff.added),
    )


@router.post("/jobs/wizard/save")
async def save(request: Request, api: ApiDep, _session: CheckedDep) -> Response:
    form = {key: str(value) for key, value in (await request.form()).multi_items()}
    document = json.loads(form.get("draft") or "{}")
    target = Target.of(form)
    if form.get("back"):  # the confirm page's Back: the mapping page again, as it was sent
        return await _mapping_page(request, api, document, target)
    document["tables"] = merge_tables(document.get("tables") or {}, form, await _catalogue(api))
    if form.get("export") == "yaml":
        text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
        name = document.get("name") or "job"
        return Response(
            text, media_type="application/yaml", headers={"Content-Disposition": f'attachment; filename="{name}.yaml"'}
        )
    checked = await api.post("/jobs/validate", document)
    if checked.ok and not checked.body["ok"]:  # a mapping that does not fit its column: shown on that column
        return await _mapping_page(request, api, document, target, checked.body["error"], status=422)
    confirmed = False
    if target.origin:
        previous = await api.get(f"/jobs/{target.origin}")
        if not previous.ok:
            return render(request, "error.html", status=previous.status, error=previous.error)
        # Confirmed only against the version the user saw the diff of: a newer one is diffed (and shown) again.
        confirmed = form.get("confirmed") == str(previous.body["version"])
        diff = _diff(previous.body["document"], document)
        if diff is not None and diff.removed and not confirmed:
            return _confirm_page(request, document, target, diff, previous.body["version"])
    # The API refuses a version that drops mappings or filters unless the user confirmed exactly that.
    query = f"?require_mappings={'false' if confirmed else 'true'}"
    if target.job_ref:
        saved = await api.call("PUT", f"/jobs/{target.job_ref}{query}", document)
    elif target.clone_of:
        # Through the API's clone, not a plain create: the copy must keep the original's key, which the browser
        # never holds; the server copies it sealed from the original's latest version.
        body = {"name": document.get("name") or "", "document": document}
        saved = await api.post(f"/jobs/{target.clone_of}/clone{query}", body)
    else:
        saved = await api.post("/jobs", document)
    if not saved.ok:
        return await _mapping_page(request, api, document, target, saved.error, status=422)
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


@router.post("/jobs/wizard/preview")
async def preview_rows(request: Request, api: ApiDep, _session: CheckedDep) -> Response:
    """A table's rows before and after the mapping as the page holds it now (nothing saved, nothing written)."""
    form = {key: str(value) for key, value in (await request.form()).multi_items()}
    document = json.loads(form.get("draft") or "{}")
    document["tables"] = merge_tables(document.get("tables") or {}, form, await _catalogue(api))
    shown = await api.post("/jobs/preview", {"document": document, "table": form.get("preview_table"), "rows": 5})
    return render(
        request,
        "partials/preview.html",
        previews=shown.body if shown.ok else None,
        error=None if shown.ok else shown.error,
    )
