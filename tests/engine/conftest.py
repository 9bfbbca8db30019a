"""Fixtures the engine's tests share: the datasets loaded into fresh PostgreSQL databases."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.support import DATASETS, load_sql


@pytest.fixture
def northwind_pg(new_pg_db: Callable[[str], str]) -> str:
    url = new_pg_db("northwind")
    load_sql(url, DATASETS / "northwind" / "northwind-postgres.sql")
    return url


@pytest.fixture
def chinook_pg(new_pg_db: Callable[[str], str]) -> str:
    url = new_pg_db("chinook")
    load_sql(url, DATASETS / "chinook" / "chinook-postgres.sql")
    return url
