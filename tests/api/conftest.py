"""The API under test: a migrated store (SQLite file or PostgreSQL), this process as the engine's worker, and a
client per account, all through httpx (Starlette's TestClient)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from lookalike.api.paths import API_PREFIX
from lookalike.engine.dbos import runtime
from lookalike.server import create_app
from lookalike.store.accounts import create_account, issue_key
from lookalike.store.db import engine, upgrade


@dataclass
class Api:
    app: FastAPI
    store_url: str

    def client(self, account: str, base: str = API_PREFIX) -> TestClient:
        """A client holding a new key of `account` (created on first use), its paths relative to `base`."""
        with Session(engine(self.store_url)) as session:
            from sqlalchemy import select

            from lookalike.store.models import Account

            found = session.scalar(select(Account).where(Account.name == account)) or create_account(session, account)
            token = issue_key(session, found, "tests").token
            session.commit()
        return TestClient(self.app, base_url=f"http://testserver{base}", headers={"Authorization": f"Bearer {token}"})

    def anonymous(self) -> TestClient:
        return TestClient(self.app)


def make_api(store_url: str) -> Api:
    upgrade(store_url)
    runtime.launch()  # this test process executes the runs the API queues
    return Api(create_app(store_url), store_url)


@pytest.fixture
def sqlite_api(tmp_path: Path) -> Api:
    return make_api(f"sqlite:///{tmp_path / 'store.sqlite'}")


@pytest.fixture
def postgres_api(new_pg_db: Callable[[str], str]) -> Api:
    return make_api(new_pg_db("store"))
