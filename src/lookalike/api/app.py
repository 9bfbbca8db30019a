"""The API's FastAPI application: its routers under /api, JSON errors, body limits, security headers on every
answer; /health at the root (for load balancers). `create_api` takes the store and the engine; `protect` wraps
it, with whatever is mounted on it by then, in the outer middleware. lookalike.server composes the API with the
web pages (the API never imports the web)."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lookalike import __version__
from lookalike.api import errors
from lookalike.api.confinement import policy_from_environment
from lookalike.api.deps import Limits, Services
from lookalike.api.limits import BodyLimit, BodyTooLargeError, too_large
from lookalike.api.paths import API_PREFIX, DOCS_PATHS
from lookalike.api.routes import (
    anonymize,
    api_keys,
    connections,
    health,
    jobs,
    metrics,
    privacy,
    runs,
    transformers,
)
from lookalike.connectors.confine import ConnectionPolicy
from lookalike.core.urls import install_log_redaction
from lookalike.engine.interface import JobEngine, engine_for
from lookalike.installation.settings import Tenancy, system_database_url
from lookalike.store.db import engine as store_engine
from lookalike.store.db import sessions
from lookalike.store.db import store_url as store_url_of

_CSP_RULES = (
    "default-src 'self'",
    "script-src 'self'",
    # Style attributes set from scripts (CodeMirror's, the progress bars') go through the CSSOM, which CSP
    # allows; style attributes in markup and inline <style> are refused, and the pages have none.
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
)
STRICT_CSP = "; ".join(_CSP_RULES)
# Only the Swagger pages (/api/docs and its OAuth2 redirect): FastAPI serves them with an inline start-up script
# and Swagger UI from the jsDelivr CDN (its icon from fastapi.tiangolo.com). They show no user data.
DOCS_CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
        "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
        "img-src 'self' data: https://fastapi.tiangolo.com",
        *_CSP_RULES[4:],
    )
)


class SecurityHeaders:
    """CSP, no framing, no MIME sniffing, referrers only to this site, and HSTS over HTTPS, on every answer.

    Referrer-Policy is same-origin rather than no-referrer: under no-referrer a browser sends `Origin: null` with
    the pages' own form posts, and the web's same-origin check (web/guard.py) would refuse them.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = DOCS_CSP if scope["path"] in DOCS_PATHS else STRICT_CSP
        https = scope["scheme"] == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = policy
                headers["X-Frame-Options"] = "DENY"
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "same-origin"
                if https:
                    headers["Strict-Transport-Security"] = "max-age=31536000"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_api(
    store_url: str | None = None,
    engine: JobEngine | None = None,
    system_db: str | None = None,
    limits: Limits | None = None,
    policy: ConnectionPolicy | None = None,
    tenancy: Tenancy | None = None,
) -> FastAPI:
    """The API on the store at `store_url` (already migrated) and the engine's system database, without its outer
    middleware: mount more on it, then `protect` it."""
    app = FastAPI(
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=f"{API_PREFIX}/docs/oauth2-redirect",
        openapi_url=f"{API_PREFIX}/openapi.json",
        title="Lookalike",
        version=__version__,
        description="A QA database that looks like production. Every route but /health needs "
        "`Authorization: Bearer <API key>`.",
    )
    install_log_redaction()  # a driver's message in a log line may quote a connection URL
    configured, configured_tenancy = policy_from_environment(store_url_of(store_url), system_database_url(system_db))
    app.state.services = Services(
        sessions(store_engine(store_url)),
        engine or engine_for(system_db),
        limits or Limits(),
        policy or configured,
        tenancy or configured_tenancy,
    )
    errors.install(app)
    app.add_exception_handler(BodyTooLargeError, too_large)
    for router in (connections, privacy, jobs, runs, transformers, api_keys, anonymize, metrics):
        app.include_router(router.router, prefix=API_PREFIX)
    app.include_router(health.router)
    return app


def protect(app: FastAPI) -> FastAPI:
    """Wrap `app` in the outer middleware, outside whatever middleware was added to it before (the web's)."""
    limits: Limits = app.state.services.limits
    app.add_middleware(BodyLimit, max_bytes=limits.max_body_bytes)
    app.add_middleware(errors.CatchUnexpected)  # no 500 logs a traceback per request
    app.add_middleware(SecurityHeaders)  # outermost: the 413, the 500 and every error answer get the headers too
    return app
