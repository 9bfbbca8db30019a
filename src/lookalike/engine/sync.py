"""`run_sync`: run a job as a durable workflow in this process and wait for it (the CLI's `lookalike sync`)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from lookalike.core.config import JobConfig
from lookalike.core.errors import RunError
from lookalike.engine.contract import RunOutcome
from lookalike.engine.summary import RunSummary, StepResult

if TYPE_CHECKING:
    from lookalike.engine.interface import JobEngine


def run_sync(
    job: JobConfig,
    environ: Mapping[str, str],
    *,
    workers: int | None = None,
    system_db: str | None = None,
    engine: JobEngine | None = None,
    on_plan: Callable[[list[str]], None] | None = None,
    watch: Callable[[JobEngine, str], AbstractContextManager[object]] | None = None,
) -> RunSummary:
    """Validate, then run the job as a durable workflow in this process and wait for it; RunError on failure.

    `engine` (default: `engine_for(system_db)`) runs it. `on_plan` gets the validated plan's notes (tables a
    truncate empties…) before anything is written; `watch(engine, run_id)` is entered while the run goes on
    (the CLI's live bars, which read the engine's per-table progress like `runs watch`).
    The run is recorded in the system database (`lookalike runs list` shows it); a crash leaves it resumable.
    """
    from lookalike.engine.interface import engine_for
    from lookalike.engine.run import steps as work

    started = time.perf_counter()
    request = work.build_request(job, environ, workers)
    if on_plan is not None:
        on_plan(list(request.notes))
    engine = engine or engine_for(system_db)
    run_id = engine.new_run_id(job.name)
    handle = engine.run_here(run_id, request)
    try:
        with watch(engine, run_id) if watch is not None else contextlib.nullcontext():
            output = handle.result()
    except KeyboardInterrupt:  # Ctrl-C (or SIGTERM, which the CLI turns into one): stop at the last chunk
        engine.shutdown(hand_over=False)
        raise RunInterruptedError(
            f"run {run_id} was interrupted; every table stopped at its last committed chunk",
            where=f"run {run_id}",
            fix=f"`lookalike runs resume {run_id}` goes on from there",
        ) from None
    summary = summary_of(output, time.perf_counter() - started)
    summary.notes.extend(request.notes)
    return summary


class RunInterruptedError(RunError):
    """`lookalike sync` was stopped (Ctrl-C, SIGTERM) while its run went on in this process."""

    exit_code = 130


def summary_of(output: RunOutcome, seconds: float) -> RunSummary:
    """A finished run's outcome as a RunSummary."""
    results = [
        StepResult(
            step_id=result.step,
            table=result.table,
            rows=result.rows,
            seconds=result.seconds,
            skipped=result.skipped,
            path=result.path,
            workers=result.workers,
            chunks=result.chunks,
        )
        for result in output.results
    ]
    return RunSummary(
        seed=output.seed,
        snapshot=output.snapshot,
        unchecked=list(output.unchecked),
        cycle_modes=list(output.cycle_modes),
        results=results,
        seconds=seconds,
        run_id=output.run_id,
        epochs=output.epochs,
        warnings=list(output.warnings),
    )
