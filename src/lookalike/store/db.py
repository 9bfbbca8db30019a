"""The store's database: SQLite in the Lookalike home by default, PostgreSQL by URL; schema by Alembic migrations."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine

from lookalike.store.settings import home

MIGRATIONS = Path(__file__).parent / "migrations"


def store_url(explicit: str | None = None) -> str:
    """`--store-url`, `LOOKALIKE_STORE_URL`, else a SQLite file in the Lookalike home."""
    url = explicit or os.environ.get("LOOKALIKE_STORE_URL")
    if url:
        return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url
    folder = home()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'store.sqlite'}"


def engine(url: str | None = None) -> Engine:
    return create_engine(store_url(url))


def upgrade(url: str | None = None) -> None:
    """Bring the store's schema to the newest migration (what `lookalike serve` does on start)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine(url).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
