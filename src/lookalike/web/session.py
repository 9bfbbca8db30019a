"""The browser session: the API key and a CSRF token, sealed (Fernet) into an HttpOnly, SameSite=Strict cookie.

The key never reaches page scripts; every form and htmx request carries the CSRF token, checked on each POST.
"""

from __future__ import annotations

import hmac
import json
import secrets
from dataclasses import dataclass

from fastapi import Request, Response

from lookalike.core.errors import ConfigError
from lookalike.store.keys import seal, unseal

COOKIE = "lookalike_session"
_MAX_AGE = 12 * 3600


@dataclass(frozen=True)
class WebSession:
    api_key: str
    csrf: str


def read(request: Request) -> WebSession | None:
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    try:
        data = json.loads(unseal(token))
    except (ConfigError, ValueError):
        return None
    return WebSession(data["key"], data["csrf"])


def start(response: Response, request: Request, api_key: str) -> None:
    value = seal(json.dumps({"key": api_key, "csrf": secrets.token_urlsafe(24)}))
    response.set_cookie(
        COOKIE,
        value,
        max_age=_MAX_AGE,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )


def end(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/")


def csrf_valid(session: WebSession, sent: str | None) -> bool:
    return sent is not None and hmac.compare_digest(session.csrf, sent)
