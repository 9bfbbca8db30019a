"""An account's user-defined transformers: a named configuration of a built-in, usable by name in its jobs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lookalike.core.config import UserTransformer
from lookalike.core.errors import ConflictError, NotFoundError
from lookalike.store.accounts import audit
from lookalike.store.models import UserTransformer as StoredTransformer


def _check(name: str, definition: UserTransformer) -> None:
    from lookalike.transformers import REGISTRY
    from lookalike.transformers.configured import check_user_transformers

    check_user_transformers({name: definition}, REGISTRY)


def transformers_of(session: Session, account_id: str) -> list[StoredTransformer]:
    query = select(StoredTransformer).where(StoredTransformer.account_id == account_id)
    return list(session.scalars(query.order_by(StoredTransformer.name)))


def account_transformers(session: Session, account_id: str) -> dict[str, UserTransformer]:
    """The account's transformers by name, as a job's `transformers:` section holds them."""
    return {row.name: UserTransformer.model_validate(row.definition) for row in transformers_of(session, account_id)}


def get_transformer(session: Session, account_id: str, transformer_id: str) -> StoredTransformer:
    found = session.scalar(
        select(StoredTransformer).where(
            StoredTransformer.account_id == account_id, StoredTransformer.id == transformer_id
        )
    )
    if found is None:
        raise NotFoundError(
            f"no user-defined transformer {transformer_id!r}",
            where="transformer id",
            fix="GET /transformers/user lists them",
        )
    return found


def _unique(session: Session, account_id: str, name: str, own_id: str | None = None) -> None:
    clash = session.scalar(
        select(StoredTransformer).where(StoredTransformer.account_id == account_id, StoredTransformer.name == name)
    )
    if clash is not None and clash.id != own_id:
        raise ConflictError(f"a transformer named {name!r} exists", where="name", fix="choose another name")


def create_transformer(session: Session, account_id: str, name: str, definition: UserTransformer) -> StoredTransformer:
    _check(name, definition)
    _unique(session, account_id, name)
    stored = StoredTransformer(account_id=account_id, name=name, definition=definition.model_dump(mode="json"))
    session.add(stored)
    session.flush()
    audit(session, account_id, "transformer.create", f"transformer:{stored.id}")
    return stored


def update_transformer(
    session: Session, account_id: str, transformer_id: str, name: str, definition: UserTransformer
) -> StoredTransformer:
    stored = get_transformer(session, account_id, transformer_id)
    _check(name, definition)
    _unique(session, account_id, name, stored.id)
    stored.name = name
    stored.definition = definition.model_dump(mode="json")
    audit(session, account_id, "transformer.update", f"transformer:{stored.id}")
    return stored


def delete_transformer(session: Session, account_id: str, transformer_id: str) -> None:
    stored = get_transformer(session, account_id, transformer_id)
    session.delete(stored)
    audit(session, account_id, "transformer.delete", f"transformer:{transformer_id}")
