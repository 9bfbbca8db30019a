"""Sign in with an API key, sign out.

The login form is guarded too (login CSRF: another site must not sign a browser in with the attacker's key): it
carries a token the browser also holds in an HttpOnly, SameSite=Strict cookie, and the same-origin check
(web/guard.py) refuses a form posted from elsewhere.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from lookalike.web import session as sessions
from lookalike.web.pages import CheckedDep, CsrfError, go, render

router = APIRouter(include_in_schema=False)


def _login_page(request: Request, status: int = 200, error: str | None = None) -> Response:
    token = sessions.login_token(request)
    response = render(request, "login.html", status=status, error=error, csrf=token, signed_in=False)
    sessions.keep_login_token(response, request, token)
    return response


@router.get("/login")
def login_page(request: Request) -> Response:
    return _login_page(request)


@router.post("/login")
def login(request: Request, api_key: Annotated[str, Form()], csrf: Annotated[str | None, Form()] = None) -> Response:
    if not sessions.login_token_valid(request, csrf):
        raise CsrfError
    response = go("/jobs", request)
    if not sessions.start(response, request, api_key.strip()):
        return _login_page(request, 401, "That API key is not valid (unknown or revoked).")
    return response


@router.post("/logout")
def logout(request: Request, _session: CheckedDep) -> Response:
    response = go("/login")
    sessions.end(response, request)
    return response
