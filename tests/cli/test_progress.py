"""`lookalike sync`'s live bars read the engine's per-table progress (the one progress channel), like `runs watch`."""

from __future__ import annotations

import io
import threading
import time

from rich.console import Console

from lookalike.cli.progress import RunBars
from lookalike.engine.contract import RunPlanView, TableProgress


class _Engine:
    """The two reads the bars make, scripted: the plan, and per-table progress that moves on each read."""

    def __init__(self) -> None:
        self.reads = 0
        self.lock = threading.Lock()

    def plan(self, run_id: str) -> RunPlanView | None:
        assert run_id == "r1"
        estimates = {"insert:customers": 30, "insert:orders": 90, "update:orders": None}
        return RunPlanView(order=list(estimates), tables={}, estimates=estimates, seed=1)

    def tables(self, run_id: str) -> list[TableProgress]:
        assert run_id == "r1"
        with self.lock:
            self.reads += 1
        return [
            TableProgress(step="insert:customers", table="customers", state="finished", rows=30, seconds=0.5),
            TableProgress(step="insert:orders", table="orders", state="running", rows=40, seconds=1.0),
            TableProgress(step="update:orders", table="orders", state="failed", error="boom"),
        ]


def test_the_bars_poll_the_engine_while_the_run_goes_on_and_show_each_step_as_it_ended() -> None:
    engine = _Engine()
    written = io.StringIO()
    console = Console(file=written, width=200, force_terminal=False)
    with RunBars(console, engine, "r1", interval=0.01):  # type: ignore[arg-type]
        deadline = time.monotonic() + 5
        while engine.reads < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert engine.reads >= 3  # read in the background, not only at the end
    output = written.getvalue()
    assert "customers" in output and "30 rows" in output and "60 rows/s" in output
    assert "orders" in output and "40 rows" in output and "40 rows/s" in output
    assert "update:orders failed" in output


def test_a_run_not_prepared_yet_draws_no_bar() -> None:
    class Unprepared(_Engine):
        def plan(self, run_id: str) -> RunPlanView | None:
            return None

    engine = Unprepared()
    written = io.StringIO()
    with RunBars(Console(file=written, width=200, force_terminal=False), engine, "r1", interval=0.01):  # type: ignore[arg-type]
        time.sleep(0.05)
    assert engine.reads == 0 and "rows" not in written.getvalue()
