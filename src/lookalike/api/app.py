"""The FastAPI application: the API's routers under /api, JSON errors, body limits; /health at the root (for load
balancers). `create_app` takes the store and the engine."""

from __future__ import annotations

from fastapi import FastAPI

from lookalike import __version__
from lookalike.api import errors
from lookalike.api.deps import Limits, Services
from lookalike.api.limits import BodyLimit, BodyTooLargeError, too_large
from lookalike.api.routes import anonymize, api_keys, connections, health, jobs, metrics, runs, transformers
from lookalike.core.urls import install_log_redaction
from lookalike.engine.interface import DbosEngine, JobEngine
from lookalike.store.db import engine as store_engine
from lookalike.store.db import sessions

API_PREFIX = "/api"
PUBLIC_PATHS = frozenset(
    {"/health", f"{API_PREFIX}/docs", f"{API_PREFIX}/docs/oauth2-redirect", f"{API_PREFIX}/openapi.json"}
)


def create_app(
    store_url: str | None = None,
    engine: JobEngine | None = None,
    system_db: str | None = None,
    limits: Limits | None = None,
    web: bool = True,
) -> FastAPI:
    """The API on the store at `store_url` (already migrated) and the engine's system database."""
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
    chosen = limits or Limits()
    app.state.services = Services(sessions(store_engine(store_url)), engine or DbosEngine(system_db), chosen)
    errors.install(app)
    app.add_exception_handler(BodyTooLargeError, too_large)
    for router in (connections, jobs, runs, transformers, api_keys, anonymize, metrics):
        app.include_router(router.router, prefix=API_PREFIX)
    app.include_router(health.router)
    if web:
        from lookalike.web.app import mount

        mount(app)
    app.add_middleware(BodyLimit, max_bytes=chosen.max_body_bytes)
    app.add_middleware(errors.CatchUnexpected)  # the outermost of ours: no 500 logs a traceback per request
    return app
