"""Transformers: the system catalogue with docs and params; user-defined ones from a system transformer with saved
params, or JavaScript written in a code editor and validated in the sandbox."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from lookalike.web import mapping
from lookalike.web.pages import ApiDep, CheckedDep, go, render

router = APIRouter(include_in_schema=False)


@router.get("/transformers")
async def transformers(request: Request, api: ApiDep) -> Response:
    system = (await api.get("/transformers")).body
    user = (await api.get("/transformers/user")).body
    return render(request, "transformers.html", system=system, user=user, sep=mapping.SEP)


@router.post("/transformers")
async def create(request: Request, api: ApiDep, _session: CheckedDep) -> Response:
    form = {key: str(value) for key, value in (await request.form()).multi_items()}
    catalogue = {entry["name"]: entry for entry in (await api.get("/transformers")).body}
    name, base = form.get("name", "").strip(), form.get(f"map{mapping.SEP}new{mapping.SEP}value", "").strip()
    params = mapping.tables_from_form(form, catalogue).get("new", {}).get("columns", {}).get("value")
    definition = {"transformer": base, "description": form.get("description", "")}
    if isinstance(params, dict):
        definition["params"] = params.get("params", {})
    made = await api.post("/transformers/user", {"name": name, "definition": definition})
    if not made.ok:
        user = (await api.get("/transformers/user")).body
        return render(
            request,
            "transformers.html",
            status=422,
            system=list(catalogue.values()),
            user=user,
            error=made.error,
            sep=mapping.SEP,
        )
    return go("/transformers", request)


@router.post("/transformers/{transformer_id}/delete")
async def delete(request: Request, api: ApiDep, _session: CheckedDep, transformer_id: str) -> Response:
    await api.call("DELETE", f"/transformers/user/{transformer_id}")
    return go("/transformers", request)


@router.post("/transformers/javascript/validate")
async def validate(
    request: Request,
    api: ApiDep,
    _session: CheckedDep,
    code: Annotated[str, Form(alias=f"param{mapping.SEP}new{mapping.SEP}value{mapping.SEP}code")] = "",
    sample: Annotated[str, Form()] = "",
) -> Response:
    """Run the code on the sample values (one per line) in the sandbox."""
    values = [line for line in sample.splitlines() if line.strip()]
    answer = await api.post("/transformers/javascript/validate", {"code": code, "sample": values})
    return render(
        request,
        "partials/js_result.html",
        result=answer.body if answer.ok else None,
        error=None if answer.ok else answer.error,
    )
