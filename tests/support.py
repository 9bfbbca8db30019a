"""Helpers shared by tests: the datasets beside the repo and a SQL script loader."""

from __future__ import annotations

import re
from pathlib import Path

DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"


def load_sql(url: str, path: Path) -> None:
    """Load a plain SQL script into the database at `url`, skipping psql meta-commands and
    CREATE/DROP DATABASE (the scripts create their own database; the test gives them one)."""
    import psycopg

    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^\\\S+.*$", "", text, flags=re.MULTILINE)
    text = re.sub(r"^(DROP|CREATE) DATABASE[^;]*;", "", text, flags=re.MULTILINE | re.IGNORECASE)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(text)  # type: ignore[call-overload]


def pg_rows(url: str, query: str) -> list[tuple[object, ...]]:
    """All rows of `query` run against the PostgreSQL database at `url`."""
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute(query).fetchall()  # type: ignore[arg-type]


def run_script(url: str, script: str) -> str:
    """Run a SQL script (several statements) against the PostgreSQL database at `url`; return the URL."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(script)  # type: ignore[arg-type]
    return url
