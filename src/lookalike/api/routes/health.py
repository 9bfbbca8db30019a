"""/health: no key needed (for load balancers); says the store answers."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from lookalike import __version__
from lookalike.api.deps import SessionDep
from lookalike.api.models import Strict

router = APIRouter(tags=["health"])


class Health(Strict):
    status: str
    version: str


@router.get("/health")
def health(db: SessionDep) -> Health:
    """Up, and the store answers."""
    db.execute(text("SELECT 1"))
    return Health(status="ok", version=__version__)
