"""API keys: list, create (the key is shown on this one page, once), revoke."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from lookalike.web.pages import ApiDep, CheckedDep, go, render

router = APIRouter(include_in_schema=False)


@router.get("/keys")
async def keys(request: Request, api: ApiDep) -> Response:
    return render(request, "keys.html", keys=(await api.get("/api-keys")).body, created=None)


@router.post("/keys")
async def create(request: Request, api: ApiDep, _session: CheckedDep, name: Annotated[str, Form()]) -> Response:
    made = await api.post("/api-keys", {"name": name})
    listed = (await api.get("/api-keys")).body
    if not made.ok:
        return render(request, "keys.html", status=422, keys=listed, created=None, error=made.error)
    response = render(request, "keys.html", keys=listed, created=made.body)
    response.headers["Cache-Control"] = "no-store"  # the page holds the key: never cache it
    return response


@router.post("/keys/{key_id}/revoke")
async def revoke(request: Request, api: ApiDep, _session: CheckedDep, key_id: str) -> Response:
    await api.post(f"/api-keys/{key_id}/revoke")
    return go("/keys", request)
