"""Where the API lives: its prefix and the paths that need no API key. A module of its own so the web and the
CLI's HTTP client can read them without importing the API's application."""

from __future__ import annotations

API_PREFIX = "/api"
PUBLIC_PATHS = frozenset(
    {"/health", f"{API_PREFIX}/docs", f"{API_PREFIX}/docs/oauth2-redirect", f"{API_PREFIX}/openapi.json"}
)

DOCS_PATHS = frozenset({f"{API_PREFIX}/docs", f"{API_PREFIX}/docs/oauth2-redirect"})
