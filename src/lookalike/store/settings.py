"""Where Lookalike keeps its state, from the environment (one place, so CLI, workers and API agree)."""

from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    """`LOOKALIKE_HOME`, else ~/.lookalike: the embedded system database and the secret key live here."""
    return Path(os.environ.get("LOOKALIKE_HOME") or Path.home() / ".lookalike")


def system_database_url(explicit: str | None = None) -> str:
    """The durable engine's system database: `--system-db`, `LOOKALIKE_SYSTEM_DB`, else a SQLite file in home().

    A PostgreSQL URL here is what lets several workers on several machines share runs and queues.
    """
    url = explicit or os.environ.get("LOOKALIKE_SYSTEM_DB")
    if url:
        return url
    folder = home()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'system.sqlite'}"
