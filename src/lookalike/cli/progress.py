"""Rich progress bars for a run: one bar per plan step with rows and rows/s, and a closing summary table."""

from __future__ import annotations

import threading
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from lookalike.engine.events import RunSummary


class RichListener:
    """A RunListener that draws a progress bar per step (thread-safe: rich serialises updates)."""

    def __init__(self, console: Console) -> None:
        self._progress = Progress(
            TextColumn("[bold]{task.description}", justify="left"),
            BarColumn(),
            TextColumn("{task.completed:>10,.0f} rows"),
            TextColumn("{task.fields[rate]:>12}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._tasks: dict[str, TaskID] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> RichListener:
        self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._progress.stop()

    def step_started(self, step_id: str, table: str, estimate: int | None) -> None:
        label = table if step_id.startswith("insert:") else f"{table} (set deferred FKs)"
        with self._lock:
            self._tasks[step_id] = self._progress.add_task(label, total=estimate or None, rate="")

    def batch_done(self, step_id: str, rows: int) -> None:
        task = self._tasks[step_id]
        self._progress.advance(task, rows)
        speed = self._progress.tasks[task].speed
        self._progress.update(task, rate=f"{speed:,.0f} rows/s" if speed else "")

    def step_finished(self, step_id: str, rows: int, seconds: float) -> None:
        rate = f"{rows / seconds:,.0f} rows/s" if seconds > 0 and rows else ""
        self._progress.update(self._tasks[step_id], total=rows or 1, completed=rows or 1, rate=rate)

    def step_failed(self, step_id: str, error: str) -> None:
        if step_id in self._tasks:
            self._progress.update(self._tasks[step_id], description=f"[red]{step_id} failed")


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
