"""Fixtures of the Temporal engine's tests: the engine on the session's dev server, on a task queue of its own."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from lookalike.engine.temporal.engine import TemporalEngine
from lookalike.testing.temporal import TemporalDevServer


@pytest.fixture
def on_temporal(temporal_server: TemporalDevServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[TemporalEngine]:
    """LOOKALIKE_ENGINE=temporal on the dev server, for this process and the workers it starts; each test polls
    its own task queue, so no worker of another test takes its runs."""
    queue = f"test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("LOOKALIKE_ENGINE", "temporal")
    monkeypatch.setenv("TEMPORAL_ADDRESS", temporal_server.address)
    monkeypatch.setenv("TEMPORAL_NAMESPACE", temporal_server.namespace)
    monkeypatch.setenv("LOOKALIKE_TEMPORAL_TASK_QUEUE", queue)
    engine = TemporalEngine(temporal_server.settings(task_queue=queue))
    yield engine
    engine.shutdown()  # the worker `run_here` started in this process
