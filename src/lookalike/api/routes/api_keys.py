"""/api-keys: an account's keys. The key itself is in the create response and nowhere else, ever."""

from __future__ import annotations

import datetime
from typing import Annotated

from fastapi import APIRouter
from pydantic import Field

from lookalike.api.deps import AccountDep, SessionDep
from lookalike.api.models import Strict
from lookalike.store import accounts as store
from lookalike.store.models import ApiKey

router = APIRouter(prefix="/api-keys", tags=["api keys"])


class ApiKeyCreate(Strict):
    name: Annotated[str, Field(min_length=1, max_length=200)]


class ApiKeyPublic(Strict):
    id: str
    name: str
    prefix: str = Field(description="the key's first characters after `lk_`, to tell keys apart")
    created_at: datetime.datetime | None
    revoked_at: datetime.datetime | None


class ApiKeyCreated(ApiKeyPublic):
    key: str = Field(description="the key: shown this once, store it now")


def _public(key: ApiKey) -> ApiKeyPublic:
    return ApiKeyPublic(
        id=key.id, name=key.name, prefix=key.prefix, created_at=key.created_at, revoked_at=key.revoked_at
    )


@router.get("")
def list_keys(db: SessionDep, account: AccountDep) -> list[ApiKeyPublic]:
    return [_public(key) for key in store.keys_of(db, account.id)]


@router.post("", status_code=201)
def create_key(body: ApiKeyCreate, db: SessionDep, account: AccountDep) -> ApiKeyCreated:
    issued = store.issue_key(db, account, body.name)
    db.commit()
    return ApiKeyCreated(**_public(issued.key).model_dump(), key=issued.token)


@router.post("/{key_id}/revoke")
def revoke_key(key_id: str, db: SessionDep, account: AccountDep) -> ApiKeyPublic:
    """Revoke a key: requests with it fail from now on (this one's own key included)."""
    key = store.revoke_key(db, account.id, key_id)
    db.commit()
    return _public(key)
