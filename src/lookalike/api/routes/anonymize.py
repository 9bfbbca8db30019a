"""/anonymize: transform JSON documents by path, with type defaults (Neosync's AnonymizeSingle / AnonymizeMany)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import Field

from lookalike.api.deps import AccountDep, ServicesDep, SessionDep
from lookalike.api.models import Strict
from lookalike.core.config import AnonymizeConfig
from lookalike.core.errors import ConfigError
from lookalike.store.transformers import account_transformers

router = APIRouter(prefix="/anonymize", tags=["anonymize"])


class AnonymizeOne(Strict):
    document: Any = Field(description="any JSON value")
    config: AnonymizeConfig = Field(default_factory=AnonymizeConfig)


class AnonymizeMany(Strict):
    documents: list[Any]
    config: AnonymizeConfig = Field(default_factory=AnonymizeConfig)


class AnonymizedOne(Strict):
    document: Any


class AnonymizedMany(Strict):
    documents: list[Any]


def _run(documents: list[Any], config: AnonymizeConfig, db: SessionDep, account_id: str) -> list[Any]:
    from lookalike.engine.anonymize import anonymize

    if config.key_env is not None:
        raise ConfigError(
            "the server's environment is not readable from a request", where="config.key_env", fix="send `key`"
        )
    transformers = {**account_transformers(db, account_id), **config.transformers}
    config = config.model_copy(update={"transformers": transformers})
    return anonymize(documents, config, {})


@router.post("")
def anonymize_one(body: AnonymizeOne, db: SessionDep, account: AccountDep) -> AnonymizedOne:
    """One document: mapped paths transformed, other scalars by their type's default (if any); with `key`, the
    same input always gives the same output."""
    [document] = _run([body.document], body.config, db, account.id)
    return AnonymizedOne(document=document)


@router.post("/batch")
def anonymize_many(body: AnonymizeMany, db: SessionDep, account: AccountDep, found: ServicesDep) -> AnonymizedMany:
    """Many documents in one call (each mapping is one vectorized call over all of them)."""
    limit = found.limits.anonymize_batch
    if len(body.documents) > limit:
        raise ConfigError(
            f"{len(body.documents):,} documents is over the limit of {limit:,} per call",
            where="documents",
            fix=f"send at most {limit:,} per call",
        )
    return AnonymizedMany(documents=_run(body.documents, body.config, db, account.id))
