"""What every page handler shares: the templates, the signed-in user's API, CSRF checks, redirects."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Form, Header, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from lookalike import __version__
from lookalike.web import session as sessions
from lookalike.web.client import Api

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals["version"] = __version__
# Tag lines leave no blank lines and indentation behind (the 500-table mapping page is 2,500 rows of them).
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True


class SignInRequiredError(Exception):
    """Raised where a page needs a session and has none: the app answers with a redirect to /login."""


class CsrfError(Exception):
    """A POST without the session's CSRF token."""


def current(request: Request) -> sessions.WebSession:
    found = sessions.read(request)
    if found is None:
        raise SignInRequiredError
    return found


SessionDep = Annotated[sessions.WebSession, Depends(current)]


def api(request: Request, session: SessionDep) -> Api:
    return Api(request, session.api_key)


ApiDep = Annotated[Api, Depends(api)]


def checked(
    session: SessionDep,
    csrf: Annotated[str | None, Form()] = None,
    x_csrf_token: Annotated[str | None, Header()] = None,
) -> sessions.WebSession:
    """The session, for a POST that carries its CSRF token (form field or htmx header)."""
    if not sessions.csrf_valid(session, csrf or x_csrf_token):
        raise CsrfError
    return session


CheckedDep = Annotated[sessions.WebSession, Depends(checked)]


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    found = sessions.read(request)
    context.setdefault("csrf", found.csrf if found else "")
    context.setdefault("signed_in", found is not None)
    return templates.TemplateResponse(request, template, context, status_code=status)


def go(url: str, request: Request | None = None) -> Response:
    """Redirect after a POST. An htmx request gets HX-Redirect on a 200 (a 303 would be followed inside the
    request and its page swapped into a fragment)."""
    if request is not None and request.headers.get("HX-Request") == "true":
        return Response(status_code=200, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)
