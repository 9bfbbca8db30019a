"""Sign in with an API key, sign out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from lookalike.web import session as sessions
from lookalike.web.client import Api
from lookalike.web.pages import CheckedDep, go, render

router = APIRouter(include_in_schema=False)


@router.get("/login")
def login_page(request: Request) -> Response:
    return render(request, "login.html")


@router.post("/login")
async def login(request: Request, api_key: Annotated[str, Form()]) -> Response:
    answer = await Api(request, api_key.strip()).get("/api-keys")
    if not answer.ok:
        return render(request, "login.html", status=401, error="That API key is not valid (unknown or revoked).")
    response = go("/jobs", request)
    sessions.start(response, request, api_key.strip())
    return response


@router.post("/logout")
def logout(_session: CheckedDep) -> Response:
    response = go("/login")
    sessions.end(response)
    return response
