"""The server's application: the API with the web pages mounted on it, in one FastAPI app.

Composed here, above both, so the API never imports the web (the web reads the API's services and paths). The
order is the one the middleware needs: the web's same-origin check is added before `protect` adds the body
limit, the catch-all and the security headers, which so wrap the pages too.
"""

from __future__ import annotations

from fastapi import FastAPI

from lookalike.api.app import create_api, protect
from lookalike.api.deps import Limits
from lookalike.connectors.confine import ConnectionPolicy
from lookalike.engine.interface import JobEngine
from lookalike.installation.settings import Tenancy
from lookalike.web.app import mount


def create_app(
    store_url: str | None = None,
    engine: JobEngine | None = None,
    system_db: str | None = None,
    limits: Limits | None = None,
    web: bool = True,
    policy: ConnectionPolicy | None = None,
    tenancy: Tenancy | None = None,
) -> FastAPI:
    """The API (and with `web`, the pages) on the store at `store_url` (already migrated) and the engine's
    system database."""
    app = create_api(store_url, engine, system_db, limits, policy, tenancy)
    if web:
        mount(app)
    return protect(app)
