"""Safe deploys: the recorded histories of a run, a paused and resumed run, a cancelled run resumed and a
scheduled run (tests/engine/temporal/histories, made by `recording.py`) replay on the current workflow code with
no non-determinism. A workflow change that decides differently must be behind `workflow.patched(...)`."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer
from tests.engine.temporal.recording import record

from lookalike.engine.temporal.engine import TemporalEngine
from lookalike.engine.temporal.worker import WORKFLOWS

HISTORIES = Path(__file__).parent / "histories"


def _replay(path: Path) -> None:
    stored = json.loads(path.read_text())
    history = WorkflowHistory.from_json(stored["workflow_id"], stored["history"])
    replayer = Replayer(workflows=WORKFLOWS, data_converter=pydantic_data_converter)
    asyncio.run(replayer.replay_workflow(history))


def test_the_recorded_cases_are_all_there() -> None:
    labels = {path.name.split("-run")[0] for path in HISTORIES.glob("*-run.json")}
    assert labels == {"run", "paused-resumed", "cancelled", "cancelled-resumed", "scheduled"}, labels
    assert list(HISTORIES.glob("run-table-*.json")), "no table history recorded"


@pytest.mark.parametrize("path", sorted(HISTORIES.glob("*.json")), ids=lambda path: path.stem)
def test_a_recorded_history_replays_on_the_current_workflows(path: Path) -> None:
    _replay(path)


def test_the_histories_the_current_code_records_replay(tmp_path: Path, on_temporal: TemporalEngine) -> None:
    saved = record(on_temporal, tmp_path, scheduled=False)
    assert len(saved) >= 7
    for path in saved:
        _replay(path)
