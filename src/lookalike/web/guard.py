"""Every state-changing request to the pages must come from the pages: its Origin (or, without one, its
Referer) must be this server's own origin. This backs up the CSRF tokens and covers the login form, which has
no session yet. The API (/api) is left alone: it authenticates with a bearer key, which a browser never adds to
a cross-site request by itself.

Behind a TLS-terminating proxy the request's scheme must be the browser's: `lookalike serve` (uvicorn) takes
X-Forwarded-Proto from 127.0.0.1; a proxy elsewhere needs FORWARDED_ALLOW_IPS, or every form is refused.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from lookalike.api.paths import API_PREFIX
from lookalike.web.pages import templates

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else "null"


def own_origin(scope: Scope) -> str | None:
    host = Headers(scope=scope).get("host")
    return f"{scope['scheme']}://{host}" if host else None


def sent_origin(scope: Scope) -> str | None:
    """The origin the browser says the request came from: Origin, else Referer's origin, else None (not said)."""
    headers = Headers(scope=scope)
    origin = headers.get("origin")
    if origin is not None:
        return origin.strip().lower().rstrip("/")
    referer = headers.get("referer")
    return _origin_of(referer.strip().lower()) if referer else None


def same_origin(scope: Scope) -> bool:
    """True unless the request names an origin other than this server's (an opaque `null` origin included)."""
    sent = sent_origin(scope)
    if sent is None:
        return True  # not said (older clients, scripts): the CSRF token alone decides
    own = own_origin(scope)
    return own is not None and sent == own.lower()


class SameOriginForms:
    """Refuses (403, with the error page) a POST/PUT/PATCH/DELETE to a page from another origin."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] not in _SAFE_METHODS
            and not scope["path"].startswith(f"{API_PREFIX}/")
            and not same_origin(scope)
        ):
            error = {
                "message": "this form was sent from another site",
                "where": f"Origin {sent_origin(scope)}",
                "fix": "open Lookalike's own page and send the form from there",
            }
            context = {"error": error, "csrf": "", "signed_in": False}
            response = templates.TemplateResponse(Request(scope), "error.html", context, status_code=403)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
