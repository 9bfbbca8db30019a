"""Connections: list, create or edit (fields per type, or a URL), test, browse the schema."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from lookalike.web.pages import ApiDep, CheckedDep, go, render

router = APIRouter(include_in_schema=False)


def build_url(
    kind: str, url: str, host: str, port: str, database: str, user: str, password: str, path: str, sslmode: str
) -> str:
    """The connection URL from the form: as given, or assembled from the fields of its type."""
    if url.strip():
        return url.strip()
    if kind == "sqlite":
        return f"sqlite:///{path.strip()}"
    credentials = quote(user.strip(), safe="") + (f":{quote(password, safe='')}" if password else "")
    query = f"?sslmode={sslmode}" if sslmode else ""
    return (
        f"postgresql://{credentials}@{host.strip() or 'localhost'}:{port.strip() or '5432'}/{database.strip()}{query}"
    )


@router.get("/connections")
async def connections(request: Request, api: ApiDep) -> Response:
    found = await api.get("/connections")
    return render(request, "connections.html", connections=found.body)


@router.get("/connections/new")
def new_connection(request: Request, _api: ApiDep) -> Response:
    return render(request, "connection_form.html", connection=None, form={})


@router.post("/connections/new")
async def create_connection(
    request: Request,
    api: ApiDep,
    _session: CheckedDep,
    name: Annotated[str, Form()],
    kind: Annotated[str, Form()] = "postgres",
    url: Annotated[str, Form()] = "",
    host: Annotated[str, Form()] = "",
    port: Annotated[str, Form()] = "",
    database: Annotated[str, Form()] = "",
    user: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    path: Annotated[str, Form()] = "",
    sslmode: Annotated[str, Form()] = "",
) -> Response:
    made = await api.post(
        "/connections",
        {"name": name, "url": build_url(kind, url, host, port, database, user, password, path, sslmode)},
    )
    if not made.ok:
        form = {
            "name": name,
            "kind": kind,
            "host": host,
            "port": port,
            "database": database,
            "user": user,
            "path": path,
            "sslmode": sslmode,
        }  # never the password or the URL back
        return render(request, "connection_form.html", status=422, connection=None, form=form, error=made.error)
    return go(f"/connections/{made.body['id']}", request)


@router.get("/connections/{connection_id}")
async def connection_page(request: Request, api: ApiDep, connection_id: str) -> Response:
    found = await api.get(f"/connections/{connection_id}")
    if not found.ok:
        return render(request, "error.html", status=found.status, error=found.error)
    return render(request, "connection.html", connection=found.body)


@router.post("/connections/{connection_id}/edit")
async def edit_connection(
    request: Request,
    api: ApiDep,
    _session: CheckedDep,
    connection_id: str,
    name: Annotated[str, Form()],
    url: Annotated[str, Form()] = "",
) -> Response:
    body = {"name": name} | ({"url": url.strip()} if url.strip() else {})
    changed = await api.call("PATCH", f"/connections/{connection_id}", body)
    if not changed.ok:
        current = await api.get(f"/connections/{connection_id}")
        return render(request, "connection.html", status=422, connection=current.body, error=changed.error)
    return go(f"/connections/{connection_id}", request)


@router.post("/connections/{connection_id}/delete")
async def delete_connection(request: Request, api: ApiDep, _session: CheckedDep, connection_id: str) -> Response:
    deleted = await api.call("DELETE", f"/connections/{connection_id}")
    if not deleted.ok:
        current = await api.get(f"/connections/{connection_id}")
        return render(request, "connection.html", status=409, connection=current.body, error=deleted.error)
    return go("/connections", request)


@router.post("/connections/{connection_id}/test")
async def test_connection(request: Request, api: ApiDep, _session: CheckedDep, connection_id: str) -> Response:
    result = await api.post(f"/connections/{connection_id}/test")
    return render(
        request,
        "partials/test_result.html",
        result=result.body if result.ok else None,
        error=None if result.ok else result.error,
    )


@router.get("/connections/{connection_id}/schema")
async def browse(request: Request, api: ApiDep, connection_id: str) -> Response:
    connection = await api.get(f"/connections/{connection_id}")
    schema = await api.get(f"/connections/{connection_id}/schema")
    if not schema.ok:
        return render(request, "error.html", status=schema.status, error=schema.error)
    return render(request, "schema.html", connection=connection.body, schema=schema.body)
