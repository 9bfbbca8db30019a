"""/transformers: the built-in catalogue with its params' JSON Schemas, the account's own, a JavaScript check."""

from __future__ import annotations

import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Response
from pydantic import Field

from lookalike.api.deps import AccountDep, SessionDep
from lookalike.api.models import Strict
from lookalike.core.config import AnonymizeConfig, ColumnMapping, UserTransformer
from lookalike.core.errors import ConfigError
from lookalike.store import transformers as store
from lookalike.store.models import UserTransformer as Stored

router = APIRouter(prefix="/transformers", tags=["transformers"])
Name = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]


class TransformerInfo(Strict):
    name: str
    description: str
    role: str
    kinds: list[str]
    params_schema: dict[str, Any]
    one_to_one: bool


@router.get("")
def list_system(_account: AccountDep) -> list[TransformerInfo]:
    """Every built-in transformer: the column kinds it takes and its params as JSON Schema (forms are drawn
    from it)."""
    from lookalike.transformers import REGISTRY

    return [TransformerInfo.model_validate(entry.describe()) for entry in REGISTRY]


class UserTransformerBody(Strict):
    name: Name
    definition: UserTransformer


class UserTransformerPublic(UserTransformerBody):
    id: str
    created_at: datetime.datetime | None


def _public(stored: Stored) -> UserTransformerPublic:
    return UserTransformerPublic(
        id=stored.id,
        name=stored.name,
        definition=UserTransformer.model_validate(stored.definition),
        created_at=stored.created_at,
    )


@router.get("/user")
def list_user(db: SessionDep, account: AccountDep) -> list[UserTransformerPublic]:
    """The account's own transformers, usable by name in all its jobs."""
    return [_public(stored) for stored in store.transformers_of(db, account.id)]


@router.post("/user", status_code=201)
def create_user(body: UserTransformerBody, db: SessionDep, account: AccountDep) -> UserTransformerPublic:
    stored = store.create_transformer(db, account.id, body.name, body.definition)
    db.commit()
    return _public(stored)


@router.get("/user/{transformer_id}")
def get_user(transformer_id: str, db: SessionDep, account: AccountDep) -> UserTransformerPublic:
    return _public(store.get_transformer(db, account.id, transformer_id))


@router.put("/user/{transformer_id}")
def update_user(
    transformer_id: str, body: UserTransformerBody, db: SessionDep, account: AccountDep
) -> UserTransformerPublic:
    stored = store.update_transformer(db, account.id, transformer_id, body.name, body.definition)
    db.commit()
    return _public(stored)


@router.delete("/user/{transformer_id}", status_code=204)
def delete_user(transformer_id: str, db: SessionDep, account: AccountDep) -> Response:
    store.delete_transformer(db, account.id, transformer_id)
    db.commit()
    return Response(status_code=204)


class JavascriptCheck(Strict):
    code: str = Field(max_length=100_000, description="a transform_javascript body or `function fn(value, input)`")
    sample: list[Any] = Field(default_factory=list, max_length=100, description="values to run it on")


class JavascriptResult(Strict):
    ok: bool
    output: list[Any] = Field(default_factory=list)
    error: dict[str, str | None] | None = None


@router.post("/javascript/validate")
def validate_javascript(body: JavascriptCheck, _account: AccountDep) -> JavascriptResult:
    """Compile the code in the sandbox and run it on `sample` values (same limits as in a job)."""
    from lookalike.engine.anonymize import anonymize

    mapping = ColumnMapping(transformer="transform_javascript", params={"code": body.code})
    try:
        [output] = anonymize([body.sample], AnonymizeConfig(mappings={"$[*]": mapping}), {})
    except ConfigError as error:
        return JavascriptResult(ok=False, error={"message": error.what, "where": error.where, "fix": error.fix})
    return JavascriptResult(ok=True, output=output)
