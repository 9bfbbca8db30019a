"""A run's page (and `GET /api/runs/{id}`) links to the run in the engine's own UI: Temporal's Web UI when its URL
is known, nothing on DBOS. The engines' reads are stubbed: the link is the engine's `run_url`, no server needed."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from tests.web.conftest import first_start, sign_in

from lookalike.engine.contract import RunEvent, RunInfo, RunPlanView, TableProgress
from lookalike.engine.dbos.engine import DbosEngine
from lookalike.engine.interface import JobEngine
from lookalike.engine.temporal.connection import TemporalSettings
from lookalike.engine.temporal.engine import TemporalEngine
from lookalike.server import create_app
from lookalike.store.db import engine as store_engine
from lookalike.store.models import Account, Job, JobVersion, Run

RUN_ID = "nightly-20261201T020000-0a1b2c3d"


class _StubbedReads:
    """One ended run, whatever the backend: the reads the run page makes, answered without a server."""

    def get_run(self, run_id: str) -> RunInfo | None:
        moment = datetime.datetime(2026, 12, 1, 2, 0, tzinfo=datetime.UTC)
        return RunInfo(run_id, "nightly", "succeeded", moment, moment, "w1@host:1", None, None)

    def tables(self, run_id: str) -> list[TableProgress]:
        return []

    def plan(self, run_id: str) -> RunPlanView | None:
        return None

    def events(self, run_id: str) -> list[RunEvent]:
        return []


class _Dbos(_StubbedReads, DbosEngine):
    pass


class _Temporal(_StubbedReads, TemporalEngine):
    pass


def _run_page(tmp_path: Path, engine: JobEngine) -> tuple[str, dict[str, Any]]:
    store, token = first_start(tmp_path)
    with Session(store_engine(store)) as session:
        account = session.scalars(select(Account)).one()
        job = Job(account_id=account.id, name="nightly")
        session.add(job)
        session.flush()
        version = JobVersion(job_id=job.id, number=1, document={}, sealed_key=None)
        session.add(version)
        session.flush()
        session.add(Run(account_id=account.id, job_version_id=version.id, workflow_id=RUN_ID))
        session.commit()
    client = TestClient(create_app(store, engine=engine))
    sign_in(client, token)
    page = client.get(f"/runs/{RUN_ID}")
    assert page.status_code == 200, page.text
    detail = TestClient(create_app(store, engine=engine), headers={"Authorization": f"Bearer {token}"}).get(
        f"/api/runs/{RUN_ID}"
    )
    assert detail.status_code == 200, detail.text
    return page.text, detail.json()


def test_a_run_on_dbos_shows_no_engine_link(tmp_path: Path) -> None:
    page, detail = _run_page(tmp_path, _Dbos())
    assert detail["engine_url"] is None
    assert 'id="engine-url"' not in page


@pytest.mark.parametrize("ui_url", ["http://localhost:8233", None])
def test_a_run_on_temporal_links_to_its_workflow_in_the_web_ui(tmp_path: Path, ui_url: str | None) -> None:
    settings = TemporalSettings(namespace="qa copies", ui_url=ui_url)
    page, detail = _run_page(tmp_path, _Temporal(settings))
    if ui_url is None:  # no Web UI known: no link
        assert detail["engine_url"] is None and 'id="engine-url"' not in page
        return
    expected = f"http://localhost:8233/namespaces/qa%20copies/workflows/{RUN_ID}"
    assert detail["engine_url"] == expected
    assert f'id="engine-url" href="{expected}"' in page
