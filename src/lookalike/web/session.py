"""The browser session, held in the store: the cookie (HttpOnly, SameSite=Strict) carries only a random token;
the store keeps its digest, the API key the pages call the API with (sealed), the CSRF token, and when it expires
or was revoked. Signing out revokes it, and so does revoking its API key, wherever that is done.

The key never reaches page scripts; every form and htmx request carries the CSRF token, checked on each POST.
Before sign-in, the login form carries its own token, double-submitted in a short-lived cookie.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from fastapi import Request, Response
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from lookalike.api.deps import services
from lookalike.core.errors import ConfigError
from lookalike.installation.secrets import seal, unseal
from lookalike.store.accounts import audit, key_for
from lookalike.store.models import ApiKey, BrowserSession

COOKIE = "lookalike_session"
LOGIN_COOKIE = "lookalike_login"
LIFETIME = datetime.timedelta(hours=12)
_LOGIN_LIFETIME = 3600
_CACHE = "lookalike_web_session"  # request.state attribute: one store read per request


@dataclass(frozen=True)
class WebSession:
    id: str
    api_key: str
    csrf: str


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _aware(moment: datetime.datetime) -> datetime.datetime:
    # SQLite hands back what was written (UTC) without its zone; PostgreSQL keeps the zone.
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _store(request: Request) -> sessionmaker[Session]:
    return services(request).sessions


def _lookup(request: Request) -> WebSession | None:
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    with _store(request)() as db:
        row = db.execute(
            select(BrowserSession, ApiKey.revoked_at)
            .join(ApiKey, ApiKey.id == BrowserSession.api_key_id)
            .where(BrowserSession.digest == _digest(token))
        ).first()
    if row is None:
        return None
    found, key_revoked_at = row
    if found.revoked_at is not None or key_revoked_at is not None or _aware(found.expires_at) <= _now():
        return None
    try:
        api_key = unseal(found.sealed_key)
    except ConfigError:  # the secret key changed since sign-in: sign in again
        return None
    return WebSession(found.id, api_key, found.csrf)


def read(request: Request) -> WebSession | None:
    """The request's live session: None when there is no cookie, or its session expired or was revoked."""
    if not hasattr(request.state, _CACHE):
        setattr(request.state, _CACHE, _lookup(request))
    found: WebSession | None = getattr(request.state, _CACHE)
    return found


def _cookie(response: Response, request: Request, name: str, value: str, max_age: int, path: str) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path=path,
    )


def start(response: Response, request: Request, api_key: str) -> bool:
    """Sign in with `api_key`: a new session in the store and its cookie on `response`. False for a key that
    is unknown or revoked. A session the browser already had is revoked (one browser, one session)."""
    now = _now()
    token = secrets.token_urlsafe(32)
    with _store(request)() as db:
        key = key_for(db, api_key)
        if key is None:
            return False
        _revoke(db, request, now)
        db.execute(delete(BrowserSession).where(BrowserSession.expires_at < now))  # keep the table small
        db.add(
            BrowserSession(
                api_key_id=key.id,
                digest=_digest(token),
                sealed_key=seal(api_key),
                csrf=secrets.token_urlsafe(24),
                expires_at=now + LIFETIME,
            )
        )
        audit(db, key.account_id, "session.start", f"api_key:{key.id}")
        db.commit()
    _cookie(response, request, COOKIE, token, int(LIFETIME.total_seconds()), "/")
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return True


def _revoke(db: Session, request: Request, now: datetime.datetime) -> None:
    token = request.cookies.get(COOKIE)
    if token:
        db.execute(
            update(BrowserSession)
            .where(BrowserSession.digest == _digest(token), BrowserSession.revoked_at.is_(None))
            .values(revoked_at=now)
        )


def end(response: Response, request: Request) -> None:
    """Sign out: the session is revoked in the store (a copy of the cookie is worthless from now on)."""
    with _store(request)() as db:
        _revoke(db, request, _now())
        db.commit()
    response.delete_cookie(COOKIE, path="/")


def csrf_valid(session: WebSession, sent: str | None) -> bool:
    return sent is not None and hmac.compare_digest(session.csrf, sent)


def login_token(request: Request) -> str:
    """The login form's token: the one this browser's login cookie holds, else a new one (set it with
    `keep_login_token`)."""
    return request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)


def keep_login_token(response: Response, request: Request, token: str) -> None:
    _cookie(response, request, LOGIN_COOKIE, token, _LOGIN_LIFETIME, "/login")


def login_token_valid(request: Request, sent: str | None) -> bool:
    """The form's token equals the login cookie's: a page on another site can post the form, but cannot read or
    set this site's cookie (SameSite=Strict, HttpOnly), so it cannot sign a browser in with its own key."""
    held = request.cookies.get(LOGIN_COOKIE)
    return bool(held) and sent is not None and hmac.compare_digest(held or "", sent)
