"""Accounts and their API keys: a key is shown once, then kept only as a SHA-256 digest found by its prefix.

A key is `lk_<prefix>_<secret>` with 256 random bits of secret, so a fast digest is enough: there is nothing to
brute-force (a slow password hash would only slow every request down).
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lookalike.core.errors import ConflictError, NotFoundError
from lookalike.store.models import Account, ApiKey, AuditEvent

_SCHEME = "lk"


@dataclass(frozen=True)
class IssuedKey:
    key: ApiKey
    token: str  # the only time the whole key exists outside its holder


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_account(session: Session, name: str) -> Account:
    if session.scalar(select(Account).where(Account.name == name)) is not None:
        raise ConflictError(f"an account named {name!r} exists", where="name", fix="choose another name")
    account = Account(name=name)
    session.add(account)
    session.flush()
    return account


def issue_key(session: Session, account: Account, name: str) -> IssuedKey:
    """A new key for `account`; its token is returned here and never again."""
    prefix, secret = secrets.token_hex(4), secrets.token_urlsafe(32)
    key = ApiKey(account_id=account.id, name=name, prefix=prefix, digest=_digest(secret))
    session.add(key)
    session.flush()
    audit(session, account.id, "api_key.create", f"api_key:{key.id}")
    return IssuedKey(key, f"{_SCHEME}_{prefix}_{secret}")


def authenticate(session: Session, token: str) -> Account | None:
    """The account a valid, unrevoked key belongs to; None for anything else (never says which part was wrong)."""
    key = key_for(session, token)
    return None if key is None else session.get(Account, key.account_id)


def key_for(session: Session, token: str) -> ApiKey | None:
    """The valid, unrevoked key `token` is; None for anything else."""
    scheme, _, rest = token.partition("_")
    prefix, _, secret = rest.partition("_")
    if scheme != _SCHEME or not prefix or not secret:
        return None
    digest = _digest(secret)
    for key in session.scalars(select(ApiKey).where(ApiKey.prefix == prefix, ApiKey.revoked_at.is_(None))):
        if hmac.compare_digest(key.digest, digest):
            return key
    return None


def keys_of(session: Session, account_id: str) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).where(ApiKey.account_id == account_id).order_by(ApiKey.created_at)))


def revoke_key(session: Session, account_id: str, key_id: str) -> ApiKey:
    key = session.scalar(select(ApiKey).where(ApiKey.id == key_id, ApiKey.account_id == account_id))
    if key is None:
        raise NotFoundError(f"no API key {key_id!r}", where="key id", fix="GET /api-keys lists this account's keys")
    if key.revoked_at is None:
        key.revoked_at = datetime.datetime.now(datetime.UTC)
        audit(session, account_id, "api_key.revoke", f"api_key:{key.id}")
    return key


def audit(session: Session, account_id: str | None, action: str, target: str) -> None:
    """Record who did what to which resource (never a value: targets are ids and names)."""
    session.add(AuditEvent(account_id=account_id, action=action, target=target[:300]))


def bootstrap(session: Session) -> IssuedKey | None:
    """On an empty store: the `default` account and its first key (None once any account exists)."""
    if session.scalar(select(Account).limit(1)) is not None:
        return None
    return issue_key(session, create_account(session, "default"), "bootstrap")
