"""Rich progress bars for a run: one bar per plan step with rows and rows/s, and a closing summary table."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from lookalike.engine.summary import RunSummary

if TYPE_CHECKING:
    from lookalike.engine.contract import TableProgress
    from lookalike.engine.interface import JobEngine


class RunBars:
    """A live bar per plan step of a run, drawn from the engine's per-table progress (as `runs watch` reads it).

    A context manager (`run_sync`'s `watch`): a background thread polls `engine.tables(run_id)` while the run goes
    on; on a clean exit one last poll shows every step as it ended. Bars appear as the run dispatches steps.
    """

    def __init__(self, console: Console, engine: JobEngine, run_id: str, interval: float = 0.25) -> None:
        self._progress = Progress(
            TextColumn("[bold]{task.description}", justify="left"),
            BarColumn(),
            TextColumn("{task.completed:>10,.0f} rows"),
            TextColumn("{task.fields[rate]:>12}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._engine = engine
        self._run_id = run_id
        self._interval = interval
        self._tasks: dict[str, TaskID] = {}
        self._estimates: dict[str, int | None] | None = None
        self._stop = threading.Event()
        self._poller = threading.Thread(target=self._poll, name=f"bars {run_id}", daemon=True)

    def __enter__(self) -> RunBars:
        self._progress.start()
        self._poller.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        self._poller.join(timeout=5)
        if kind is None:
            self._refresh()
        self._progress.stop()

    def _poll(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self._refresh()
            except Exception:  # a read that failed (a busy system database) only delays the bars
                continue

    def _refresh(self) -> None:
        if self._estimates is None:  # the plan is recorded once the run is prepared; until then no step runs
            planned = self._engine.plan(self._run_id)
            if planned is None:
                return
            self._estimates = dict(planned.estimates)
        for table in self._engine.tables(self._run_id):
            self._draw(table)

    def _draw(self, table: TableProgress) -> None:
        assert self._estimates is not None
        task = self._tasks.get(table.step)
        if task is None:
            label = table.table if table.step.startswith("insert:") else f"{table.table} (set deferred FKs)"
            estimate = self._estimates.get(table.step)
            task = self._progress.add_task(label, total=estimate or None, rate="")
            self._tasks[table.step] = task
        rate = f"{table.rows / table.seconds:,.0f} rows/s" if table.seconds > 0 and table.rows else ""
        if table.state == "finished":
            done = table.rows or 1
            self._progress.update(task, total=done, completed=done, rate=rate)
        elif table.error is not None:
            self._progress.update(task, completed=table.rows, description=f"[red]{table.step} failed")
        else:
            self._progress.update(task, completed=table.rows, rate=rate)


def summary_table(summary: RunSummary) -> Table:
    """A table of every step: rows, seconds, rows/s, status."""
    table = Table(title=f"sync {'succeeded' if summary.ok else 'failed'} in {summary.seconds:.2f}s")
    for header, justify in (("step", "left"), ("rows", "right"), ("seconds", "right"), ("rows/s", "right")):
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    dropped = any(result.skipped for result in summary.results)
    if dropped:
        table.add_column("skipped", justify="right")
    table.add_column("status")
    for result in sorted(summary.results, key=lambda r: r.step_id):
        rate = f"{result.rows / result.seconds:,.0f}" if result.seconds > 0 else ""
        status = "[green]ok" if result.error is None else f"[red]{result.error.splitlines()[0][:80]}"
        skipped = [f"{result.skipped:,}"] if dropped else []
        table.add_row(result.step_id, f"{result.rows:,}", f"{result.seconds:.2f}", rate, *skipped, status)
    return table
