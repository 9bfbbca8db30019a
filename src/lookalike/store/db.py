"""The store's database: SQLite in the Lookalike home by default, PostgreSQL by URL; schema by Alembic migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from lookalike.installation.settings import home, settings

MIGRATIONS = Path(__file__).parent / "migrations"


def store_url(explicit: str | None = None) -> str:
    """`--store-url`, `LOOKALIKE_STORE_URL`, else a SQLite file in the Lookalike home."""
    url = explicit or settings().store_url
    if url:
        return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url
    folder = home()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'store.sqlite'}"


def engine(url: str | None = None) -> Engine:
    resolved = store_url(url)
    if not resolved.startswith("sqlite"):
        return create_engine(resolved, pool_pre_ping=True)
    # The API serves requests from a thread pool; SQLite enforces foreign keys (deletes cascade) only when asked.
    made = create_engine(resolved, connect_args={"check_same_thread": False, "timeout": 30})

    def tune(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA foreign_keys=ON")
        dbapi_conn.execute("PRAGMA journal_mode=WAL")

    event.listen(made, "connect", tune)
    return made


def sessions(bound: Engine) -> sessionmaker[Session]:
    """A session factory whose objects stay readable after commit (API responses are built from them)."""
    return sessionmaker(bound, expire_on_commit=False)


def upgrade(url: str | None = None) -> None:
    """Bring the store's schema to the newest migration (what `lookalike serve` does on start)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine(url).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
