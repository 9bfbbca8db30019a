"""What a route asks for: a store session, the caller's account (from its API key), the engine, the limits."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from lookalike.connectors.confine import ConnectionPolicy
from lookalike.core.errors import AuthError
from lookalike.engine.interface import JobEngine
from lookalike.installation.settings import Tenancy
from lookalike.store.accounts import authenticate
from lookalike.store.models import Account


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 1 << 20
    anonymize_batch: int = 1000  # documents per /anonymize/batch call
    filter_timeout_seconds: float = 5.0


@dataclass(frozen=True)
class Services:
    sessions: sessionmaker[Session]
    engine: JobEngine
    limits: Limits
    policy: ConnectionPolicy
    tenancy: Tenancy = "auto"


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


ServicesDep = Annotated[Services, Depends(services)]


def session(found: ServicesDep) -> Iterator[Session]:
    """A store session per request; routes that change something commit it themselves."""
    with found.sessions() as opened:
        yield opened


SessionDep = Annotated[Session, Depends(session)]
_bearer = HTTPBearer(auto_error=False, description="an API key: `Authorization: Bearer lk_…`")


def current_account(
    db: SessionDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Account:
    if credentials is None:
        raise AuthError("this needs an API key", where="Authorization header", fix="send `Authorization: Bearer lk_…`")
    account = authenticate(db, credentials.credentials)
    if account is None:
        raise AuthError(
            "the API key is not valid (unknown or revoked)",
            where="Authorization header",
            fix="create a key (POST /api-keys, or `lookalike serve` prints the first one)",
        )
    return account


AccountDep = Annotated[Account, Depends(current_account)]


def engine(found: ServicesDep) -> JobEngine:
    return found.engine


EngineDep = Annotated[JobEngine, Depends(engine)]


def connection_policy(found: ServicesDep, db: SessionDep) -> ConnectionPolicy:
    """The server's connection policy, with loopback allowed only while the server has a single user."""
    single = found.tenancy == "single" or (
        found.tenancy == "auto" and (db.scalar(select(func.count()).select_from(Account)) or 0) <= 1
    )
    return dataclasses.replace(found.policy, allow_local=single) if single != found.policy.allow_local else found.policy


PolicyDep = Annotated[ConnectionPolicy, Depends(connection_policy)]
