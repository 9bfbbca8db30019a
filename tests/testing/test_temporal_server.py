"""The throwaway Temporal dev server: it finds the CLI, answers once started, and what it committed survives a
SIGKILL and a restart on the same database file (the crash tests kill it mid-run)."""

from __future__ import annotations

import asyncio
import os
from datetime import timedelta

import pytest

from lookalike.engine.temporal.connection import connect
from lookalike.testing.temporal import TemporalDevServer, find_temporal_cli, temporal_available, throwaway_temporal

pytestmark = [
    pytest.mark.temporal,
    pytest.mark.skipif(temporal_available() is not None, reason=str(temporal_available())),
]


def test_the_cli_is_the_installed_one() -> None:
    cli = find_temporal_cli()
    assert os.access(cli, os.X_OK) and os.path.basename(cli) == "temporal"


async def _create_schedule(server: TemporalDevServer, schedule_id: str) -> None:
    from temporalio.client import Schedule, ScheduleActionStartWorkflow, ScheduleIntervalSpec, ScheduleSpec

    client = await connect(server.settings())
    await client.create_schedule(
        schedule_id,
        Schedule(
            action=ScheduleActionStartWorkflow("lookalike.probe", id="probe", task_queue="nobody-polls"),
            spec=ScheduleSpec(intervals=[ScheduleIntervalSpec(every=timedelta(days=1))]),
        ),
    )
    await client.start_workflow("lookalike.probe", id="survivor", task_queue="nobody-polls")


async def _still_there(server: TemporalDevServer, schedule_id: str) -> tuple[str, str]:
    client = await connect(server.settings())
    schedule = await client.get_schedule_handle(schedule_id).describe()
    workflow = await client.get_workflow_handle("survivor").describe()
    return schedule.id, workflow.status.name if workflow.status else ""


def test_state_survives_kill_and_restart_on_the_same_file() -> None:
    with throwaway_temporal() as server:
        address, db = server.address, server.db_path
        asyncio.run(_create_schedule(server, "nightly"))
        server.kill()
        assert not server.running
        server.start()
        assert (server.address, server.db_path) == (address, db)
        assert asyncio.run(_still_there(server, "nightly")) == ("nightly", "RUNNING")
        server.restart()  # a clean stop and start keeps it too
        assert asyncio.run(_still_there(server, "nightly")) == ("nightly", "RUNNING")
    assert not db.exists()  # the temp directory is gone


def test_ui_port_and_settings() -> None:
    with throwaway_temporal(ui=True) as server:
        assert server.ui_url is not None and server.ui_url.startswith("http://127.0.0.1:")
        settings = server.settings("queue-a")
        assert (settings.address, settings.task_queue) == (server.address, "queue-a")
        assert settings.workflow_url("r") == f"{server.ui_url}/namespaces/default/workflows/r"
