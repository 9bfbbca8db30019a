"""Mount the web app on the API's FastAPI app: pages at /, static files at /static, sign-in redirects, and the
same-origin check on every form."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from lookalike.web.guard import SameOriginForms
from lookalike.web.pages import HERE, CsrfError, SignInRequiredError, render
from lookalike.web.routes import auth, connections, jobs, keys, runs, transformers, wizard


def _sign_in(request: Request, _error: Exception) -> Response:
    if request.headers.get("HX-Request") == "true":
        return Response(status_code=200, headers={"HX-Redirect": "/login"})
    return RedirectResponse("/login", status_code=303)


def _bad_csrf(request: Request, _error: Exception) -> Response:
    error = {"message": "this form is stale or did not come from this site", "fix": "reload the page and try again"}
    return render(request, "error.html", status=403, error=error)


def mount(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    # The wizard's fixed paths come before the job pages' /jobs/{job_ref}.
    for module in (auth, wizard, connections, jobs, runs, transformers, keys):
        app.include_router(module.router)
    app.add_exception_handler(SignInRequiredError, _sign_in)
    app.add_exception_handler(CsrfError, _bad_csrf)
    app.add_middleware(SameOriginForms)
