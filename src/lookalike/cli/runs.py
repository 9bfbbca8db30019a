"""`lookalike runs …`, `lookalike schedules …` and `lookalike worker`: the durable engine from the command line."""

from __future__ import annotations

import signal
import socket
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.live import Live
from rich.table import Table

from lookalike.core.errors import ConfigError, LookalikeError

if TYPE_CHECKING:
    from lookalike.engine.contract import RunInfo
    from lookalike.engine.interface import JobEngine

runs_app = typer.Typer(no_args_is_help=True, help="Run history, live progress, cancel / pause / resume.")
schedules_app = typer.Typer(no_args_is_help=True, help="Cron schedules that start runs of a job.")

out = Console()
SystemDb = Annotated[
    str | None,
    typer.Option(
        "--system-db",
        envvar="LOOKALIKE_SYSTEM_DB",
        help="system database URL (default: SQLite in ~/.lookalike; PostgreSQL to share it between workers)",
    ),
]
EngineKind = Annotated[
    str | None,
    typer.Option(
        "--engine",
        envvar="LOOKALIKE_ENGINE",
        help="dbos (default: embedded, state in the system database) or temporal (a Temporal server: TEMPORAL_ADDRESS, "
        "TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TEMPORAL_PROFILE…)",
        show_default=False,
    ),
]
RunId = Annotated[str, typer.Argument(help="the run id (`lookalike runs list` shows them)", show_default=False)]
_TERMINAL = {"succeeded", "failed", "cancelled"}


def _fail(error: LookalikeError) -> typer.Exit:
    from lookalike.cli.main import fail

    return fail(error)


def choose_engine(kind: str | None, task_queue: str | None = None) -> None:
    """Make `kind` this process's engine (every `engine_for` of the command then builds it)."""
    import os

    if kind:
        os.environ["LOOKALIKE_ENGINE"] = kind
    if task_queue:
        from lookalike.engine.temporal.connection import TASK_QUEUE_ENV

        os.environ[TASK_QUEUE_ENV] = task_queue


def _engine(system_db: str | None) -> JobEngine:
    from lookalike.engine.interface import engine_for

    return engine_for(system_db)


def _run_or_fail(engine: JobEngine, run_id: str) -> RunInfo:
    info = engine.get_run(run_id)
    if info is None:
        raise ConfigError(f"no run {run_id!r}", where="RUN", fix="`lookalike runs list` shows the run ids")
    return info


def _when(moment: Any) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else ""


@runs_app.command("list")
def list_runs(
    system_db: SystemDb = None, limit: Annotated[int, typer.Option(min=1, help="how many, newest first")] = 20
) -> None:
    """The newest runs with their status."""
    table = Table(title="runs")
    for header in ("run", "job", "status", "started", "updated", "worker", "error"):
        table.add_column(header, overflow="fold")
    for info in _engine(system_db).list_runs(limit):
        style = {"failed": "red", "succeeded": "green", "cancelled": "yellow", "paused": "yellow"}.get(info.status)
        error = (info.error or "").splitlines()[0][:80] if info.error else ""
        row = [info.run_id, info.job, info.status, _when(info.created), _when(info.updated), info.executor or "", error]
        table.add_row(*row, style=style)
    out.print(table)


def _tables_view(engine: JobEngine, run_id: str) -> Table:
    info = _run_or_fail(engine, run_id)
    plan = engine.plan(run_id)
    estimates = plan.estimates if plan is not None else {}
    table = Table(title=f"run {run_id}: {info.status}")
    numeric = ("rows", "seconds", "rows/s", "retries", "epoch")
    for header in ("step", "state", "rows", "progress", "seconds", "rows/s", "path", "workers", "retries", "epoch"):
        table.add_column(header, justify="right" if header in numeric else "left")
    for t in engine.tables(run_id):
        estimate = estimates.get(t.step) or 0
        share = min(t.rows / estimate, 1.0) if estimate and t.state != "finished" else 1.0 if t.rows else 0.0
        bar = "█" * int(share * 20) + "░" * (20 - int(share * 20))
        rate = f"{t.rows / t.seconds:,.0f}" if t.seconds > 0 else ""
        state = f"{t.state}: {t.error}" if t.error else t.state
        style = "red" if t.error else "green" if t.state == "finished" else None
        table.add_row(
            t.step,
            state,
            f"{t.rows:,}",
            bar,
            f"{t.seconds:.2f}",
            rate,
            t.path,
            ", ".join(t.workers),
            str(t.retries),
            str(t.epoch),
            style=style,
        )
    return table


@runs_app.command("show")
def show(run_id: RunId, system_db: SystemDb = None) -> None:
    """One run: status, error, and a per-table timeline (rows, seconds, path, workers, snapshot epoch)."""
    try:
        engine = _engine(system_db)
        info = _run_or_fail(engine, run_id)
        out.print(_tables_view(engine, run_id))
        if info.error:
            out.print(f"[red]error:[/] {info.error}", highlight=False)
        if info.output is not None:
            epochs = info.output.epochs
            note = f" — resumed: {epochs} snapshots" if epochs > 1 else ""
            out.print(f"seed {info.output.seed}, snapshot {info.output.snapshot}{note}")
            for warning in info.output.warnings:
                out.print(f"[bold yellow]warning:[/] {warning}", highlight=False)
    except LookalikeError as error:
        raise _fail(error) from None


@runs_app.command("watch")
def watch(
    run_id: RunId,
    system_db: SystemDb = None,
    interval: Annotated[float, typer.Option(min=0.1, help="seconds between refreshes")] = 0.5,
) -> None:
    """Live per-table progress until the run ends (exit 1 if it fails)."""
    try:
        engine = _engine(system_db)
        with Live(_tables_view(engine, run_id), console=out, refresh_per_second=4) as live:
            while _run_or_fail(engine, run_id).status not in _TERMINAL:
                time.sleep(interval)
                live.update(_tables_view(engine, run_id))
            live.update(_tables_view(engine, run_id))
        info = _run_or_fail(engine, run_id)
    except LookalikeError as error:
        raise _fail(error) from None
    if info.status != "succeeded":
        out.print(f"[red]{info.status}:[/] {info.error or ''}", highlight=False)
        raise typer.Exit(1)


@runs_app.command("cancel")
def cancel(run_id: RunId, system_db: SystemDb = None) -> None:
    """Cancel a run and its running tables (`runs resume` continues it later)."""
    try:
        engine = _engine(system_db)
        _run_or_fail(engine, run_id)
        engine.cancel(run_id)
    except LookalikeError as error:
        raise _fail(error) from None
    out.print(f"cancelled {run_id}")


@runs_app.command("pause")
def pause(run_id: RunId, system_db: SystemDb = None) -> None:
    """Start no new table; running tables finish, then the run waits for `runs resume`."""
    try:
        engine = _engine(system_db)
        _run_or_fail(engine, run_id)
        engine.pause(run_id)
    except LookalikeError as error:
        raise _fail(error) from None
    out.print(f"pausing {run_id}")


@runs_app.command("resume")
def resume(
    run_id: RunId,
    system_db: SystemDb = None,
    wait: Annotated[bool, typer.Option(help="run it here until it ends (else a worker picks it up)")] = True,
) -> None:
    """Resume a paused, cancelled or interrupted run from its last committed chunk."""
    try:
        engine = _engine(system_db)
        info = _run_or_fail(engine, run_id)
        if info.status == "paused":
            engine.unpause(run_id)
            out.print(f"resumed {run_id}")
            return
        if info.status == "succeeded":
            raise ConfigError(f"run {run_id} has already succeeded", where="RUN", fix="start a new run: lookalike sync")
        handle = engine.resume(run_id, here=wait)  # with --wait this process executes it
        attempt = handle.run_id
        if attempt != run_id:  # a failed run: a new attempt redoes it from the step that failed
            out.print(f"resuming {run_id} as {attempt} (a new attempt, from the step that failed)", highlight=False)
        else:
            out.print(f"resuming {run_id}", highlight=False)
        if wait:
            handle.result()
            out.print(_tables_view(engine, attempt))
    except LookalikeError as error:
        raise _fail(error) from None


def worker(
    system_db: SystemDb = None,
    worker_id: Annotated[
        str | None, typer.Option("--id", help="executor id; restart with the same id to recover its runs")
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=256, help="tables this worker copies at once")] = 4,
    engine_kind: EngineKind = None,
    task_queue: Annotated[
        str | None,
        typer.Option(
            "--task-queue",
            envvar="LOOKALIKE_TEMPORAL_TASK_QUEUE",
            help="Temporal only: the task queue to poll (default: lookalike)",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Execute queued runs, tables and schedules until stopped (SIGTERM / Ctrl-C): from the system database
    (DBOS), or from a Temporal server's task queue (`--engine temporal`)."""
    from lookalike.connectors import redact_url

    try:
        choose_engine(engine_kind, task_queue)
        engine = _engine(system_db)
    except LookalikeError as error:
        raise _fail(error) from None
    name = worker_id or socket.gethostname()
    url = engine.start_worker(worker_id=name, concurrency=concurrency)

    out.print(f"worker [bold]{name}[/] on {redact_url(url)}, {concurrency} tables at once")
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    engine.serve(stop, worker_id=name, concurrency=concurrency)  # a worker already: blocks until stopped
    out.print("stopping: no new work; chunks in flight commit or are cut off, and the runs go back to the queue")
    engine.shutdown()
    out.print("stopped")
    engine.exit_now(0)


# -- schedules -----------------------------------------------------------------------------------------------
ScheduleName = Annotated[str, typer.Argument(help="the schedule's name (the job's name)", show_default=False)]


@schedules_app.command("add")
def add_schedule(
    job_file: Annotated[Path, typer.Argument(help="a job file with `name` and `schedule`", show_default=False)],
    system_db: SystemDb = None,
) -> None:
    """Schedule a job (its `schedule:` cron, named by its `name:`); replaces the job's previous schedule."""
    import os

    from lookalike.cli.main import load_job
    from lookalike.engine.run import steps as work

    try:
        job = load_job(job_file)
        if not job.name or not job.schedule:
            raise ConfigError(
                "a scheduled job needs `name` and `schedule`",
                where=str(job_file),
                fix='add e.g. `name: nightly` and `schedule: "0 2 * * *"`',
            )
        request = work.build_request(job, os.environ)
        _engine(system_db).add_schedule(job.name, job.schedule, request, job.allow_overlap)
    except LookalikeError as error:
        raise _fail(error) from None
    out.print(f"scheduled [bold]{job.name}[/]: {job.schedule} (a running `lookalike worker` fires it)")


@schedules_app.command("list")
def list_schedules(system_db: SystemDb = None) -> None:
    """Every schedule with its cron, status and last firing."""
    table = Table(title="schedules")
    for header in ("name", "cron", "status", "last fired"):
        table.add_column(header)
    for info in _engine(system_db).schedules():
        table.add_row(info.name, info.cron, info.status.lower(), info.last_fired_at or "")
    out.print(table)


def _schedule_action(name: str, system_db: str | None, action: str) -> None:
    engine = _engine(system_db)
    if not engine.has_schedule(name):
        raise _fail(ConfigError(f"no schedule {name!r}", where="NAME", fix="`lookalike schedules list` shows them"))
    getattr(engine, action)(name)


@schedules_app.command("pause")
def pause_schedule(name: ScheduleName, system_db: SystemDb = None) -> None:
    """Stop firing new runs (running ones go on)."""
    _schedule_action(name, system_db, "pause_schedule")
    out.print(f"paused schedule {name}")


@schedules_app.command("resume")
def resume_schedule(name: ScheduleName, system_db: SystemDb = None) -> None:
    """Fire runs again."""
    _schedule_action(name, system_db, "resume_schedule")
    out.print(f"resumed schedule {name}")


@schedules_app.command("trigger")
def trigger_schedule(name: ScheduleName, system_db: SystemDb = None) -> None:
    """Start a run of the scheduled job now."""
    _schedule_action(name, system_db, "trigger_schedule")
    out.print(f"triggered {name}")


@schedules_app.command("remove")
def remove_schedule(name: ScheduleName, system_db: SystemDb = None) -> None:
    """Delete the schedule."""
    _schedule_action(name, system_db, "remove_schedule")
    out.print(f"removed schedule {name}")
