"""`lookalike` — sync, verify, demo, anonymize, transformers, schema. Exit codes: 0 ok, 1 run failed, 2 bad input."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from lookalike.cli.client import connections_app, jobs_app, login, remote_app
from lookalike.cli.documents import anonymize_command
from lookalike.cli.privacy import check, init, preview
from lookalike.cli.progress import RunBars, summary_table
from lookalike.cli.runs import EngineKind, SystemDb, choose_engine, runs_app, schedules_app, worker
from lookalike.cli.server import serve
from lookalike.cli.temporal import temporal_app
from lookalike.core.config import JobConfig, job_json_schema, parse_job
from lookalike.core.errors import ConfigError, LookalikeError
from lookalike.core.urls import install_log_redaction, redact_text

if TYPE_CHECKING:
    from lookalike.engine.interface import JobEngine

# No locals in a traceback: they hold connection URLs with their passwords.
app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    help="A QA database that looks like production.",
)
transformers_app = typer.Typer(no_args_is_help=True, help="The transformer catalogue.")
app.add_typer(transformers_app, name="transformers")
app.add_typer(runs_app, name="runs")
app.add_typer(schedules_app, name="schedules")
app.command(name="worker")(worker)
app.command(name="anonymize")(anonymize_command)
app.command(name="init")(init)
app.command(name="check")(check)
app.command(name="preview")(preview)
app.command(name="serve")(serve)
app.command(name="login")(login)
app.add_typer(connections_app, name="connections")
app.add_typer(jobs_app, name="jobs")
app.add_typer(remote_app, name="remote")
app.add_typer(temporal_app, name="temporal")

out = Console()
err = Console(stderr=True)

JobPath = Annotated[Path, typer.Argument(help="the job file (YAML)", show_default=False)]


def load_job(path: Path) -> JobConfig:
    """Read and parse a job file; ConfigError when it is missing or invalid."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"cannot read job file: {error.strerror}", where=str(path), fix="check the path") from None
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise ConfigError(
            f"the job file is not UTF-8 text (byte 0x{error.object[error.start]:02x} at offset {error.start})",
            where=f"{path}, line {line}",
            fix="save the file as UTF-8",
        ) from None
    return parse_job(text, origin=str(path))


def fail(error: LookalikeError) -> typer.Exit:
    """Print one clear error (what, where, fix) and return the exit to raise; any URL in it redacted."""
    # The texts are escaped: a fix such as `pip install 'lookalike[temporal]'` is not Rich markup.
    err.print(f"[bold red]error:[/] {escape(redact_text(error.what))}", highlight=False)
    if error.where:
        err.print(f"  [dim]where:[/] {escape(redact_text(error.where))}", highlight=False)
    if error.fix:
        err.print(f"  [dim]fix:[/] {escape(redact_text(error.fix))}", highlight=False)
    return typer.Exit(error.exit_code)


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def run_job(job: JobConfig, workers: int | None = None, system_db: str | None = None) -> None:
    """Run `job` with progress bars and print the summary (used by `sync` and `demo`)."""
    from lookalike.engine.interface import engine_for
    from lookalike.engine.sync import RunInterruptedError, run_sync

    engine = engine_for(system_db)
    signal.signal(signal.SIGTERM, _interrupt)  # stopped like Ctrl-C: at the last committed chunk
    # Live bars on a terminal only: piped output (CI logs) gets the summary table alone.
    bars = (lambda engine, run_id: RunBars(out, engine, run_id)) if out.is_terminal else None
    try:
        summary = run_sync(
            job, os.environ, workers=workers, engine=engine, on_plan=print_notes, watch=_collecting_once_started(bars)
        )
    except RunInterruptedError as error:
        fail(error)
        engine.exit_now(error.exit_code)  # the run's threads were cut off and stay parked: end here
    out.print(summary_table(summary))
    for warning in summary.warnings:
        out.print(f"[bold yellow]warning:[/] {warning}", highlight=False)
    out.print(f"[dim]run {summary.run_id} (lookalike runs show {summary.run_id})[/]")
    if summary.epochs > 1:
        out.print(
            f"[yellow]resumed:[/] read from {summary.epochs} snapshots (rows committed before the interruption "
            "come from the earlier one)"
        )
    if summary.unchecked:
        how = {"after": "loaded before their FKs were added", "replica": "written with FK checks off (replica)"}
        out.print(
            f"[yellow]NOT NULL foreign-key cycle:[/] {', '.join(summary.unchecked)} "
            f"{' / '.join(how[mode] for mode in sorted(set(summary.cycle_modes)))}; every table comes from one "
            "snapshot, so the copy is whole"
        )
    out.print(f"[dim]seed {summary.seed} (set `seed:` in the job to reproduce random transformers)[/]")


def print_notes(notes: list[str]) -> None:
    """What the validated plan will do that its user should know before it starts (on stderr)."""
    for note in notes:
        err.print(f"[yellow]note:[/] {note}", highlight=False)


@app.command()
def sync(
    job_file: JobPath,
    workers: Annotated[int | None, typer.Option(min=1, max=64, help="tables copied in parallel")] = None,
    system_db: SystemDb = None,
    detach: Annotated[
        bool, typer.Option("--detach", help="queue the run for `lookalike worker`s and print its id")
    ] = False,
    engine_kind: EngineKind = None,
) -> None:
    """Copy the source into every destination, transforming mapped columns (a durable, resumable run)."""
    try:
        choose_engine(engine_kind)
        job = load_job(job_file)
        if detach:
            from lookalike.engine.interface import engine_for
            from lookalike.engine.run import steps as work

            request = work.build_request(job, os.environ, workers)
            print_notes(list(request.notes))
            engine = engine_for(system_db)
            run_id = engine.enqueue_run(engine.new_run_id(job.name), request)
            out.print(run_id, highlight=False)
            return
        run_job(job, workers, system_db)
    except LookalikeError as error:
        raise fail(error) from None


def print_verification(job: JobConfig) -> bool:
    """Verify every destination of `job`, print a table per destination, and say whether all is clean."""
    from lookalike.engine.review.verify import verify

    reports = verify(job, os.environ)
    for report in reports:
        table = Table(title=f"verify {report.destination}")
        for header in ("table", "source rows", "dest rows", "fk violations", "leaks"):
            table.add_column(header, justify="left" if header == "table" else "right")
        for table_check in report.tables:
            style = "" if table_check.ok else "red"
            table.add_row(
                table_check.table,
                f"{table_check.source_rows:,}",
                f"{table_check.destination_rows:,}",
                str(table_check.fk_violations),
                str(table_check.leaks),
                style=style,
            )
        out.print(table)
        totals = report.totals()
        out.print(
            f"{'[green]clean' if report.ok else '[red]problems'}[/]: {totals['count_mismatches']} count mismatches, "
            f"{totals['fk_violations']} FK violations, {totals['leaks']} leaks, "
            f"{totals['sensitive_passed_through']} sensitive columns copied unchanged"
        )
        for table_check in report.tables:
            for fk, orphans in table_check.orphans_by_fk.items():
                out.print(
                    f"[red]orphans:[/] {table_check.table} {fk}: {orphans:,} rows reference no row "
                    "(a key of the source, checked whether or not the destination has the constraint)",
                    highlight=False,
                )
            for column, leaks in table_check.leaks_by_column.items():
                out.print(
                    f"[red]leak:[/] {table_check.table}.{column}: {leaks:,} rows still hold their source value",
                    highlight=False,
                )
            for column in table_check.passed_through:
                out.print(
                    f"[red]privacy:[/] {table_check.table}.{column} looks sensitive and was copied unchanged "
                    "(map it, or list it under the table's `reviewed:` with the reason; `lookalike check` says why)",
                    highlight=False,
                )
    return all(report.ok for report in reports)


@app.command(name="verify")
def verify_command(
    job_file: JobPath,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
) -> None:
    """Check each destination: row counts, foreign keys, and no source value left in transformed columns."""
    try:
        job = load_job(job_file)
        if as_json:
            from lookalike.engine.review.verify import as_dict, verify

            reports = verify(job, os.environ)
            out.print_json(json.dumps(as_dict(reports)))
            clean = all(report.ok for report in reports)
        else:
            clean = print_verification(job)
    except LookalikeError as error:
        raise fail(error) from None
    if not clean:
        raise typer.Exit(1)


@app.command()
def demo(
    directory: Annotated[Path, typer.Option("--dir", help="where the demo files go")] = Path("lookalike-demo"),
    customers: Annotated[int, typer.Option(min=10, max=1_000_000)] = 500,
) -> None:
    """Create a sample shop database (SQLite) and a job, sync an anonymized copy, and verify it."""
    from lookalike.cli.demo_data import build_demo_database, demo_job_yaml

    directory.mkdir(parents=True, exist_ok=True)
    source, destination, job_path = directory / "shop.db", directory / "shop-qa.db", directory / "demo-job.yaml"
    build_demo_database(source.resolve(), customers=customers)
    job_path.write_text(demo_job_yaml(source.resolve(), destination.resolve()), encoding="utf-8")
    out.print(f"sample shop: [bold]{source}[/]  job: [bold]{job_path}[/]")
    try:
        job = load_job(job_path)
        run_job(job)
        clean = print_verification(job)
    except LookalikeError as error:
        raise fail(error) from None
    out.print(f"anonymized copy: [bold]{destination}[/]  — run it yourself: lookalike sync {job_path}")
    if not clean:
        raise typer.Exit(1)


db_app = typer.Typer(no_args_is_help=True, help="The control plane's store.")
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(
    store_url: Annotated[str | None, typer.Option(help="default: LOOKALIKE_STORE_URL, else SQLite in the home")] = None,
) -> None:
    """Create or migrate the store's tables to the newest version."""
    from lookalike.connectors import redact_url
    from lookalike.store.db import store_url as resolve_store
    from lookalike.store.db import upgrade

    upgrade(store_url)
    out.print(f"store up to date: {redact_url(resolve_store(store_url))}")


@app.command()
def generate(
    job_path: JobPath,
    workers: Annotated[int | None, typer.Option(help="tables copied at once (default: the job's)")] = None,
    system_db: SystemDb = None,
) -> None:
    """Fill the destinations with generated rows for the source's schema (the job's `generate:` options)."""
    from lookalike.core.config import GenerateOptions

    try:
        job = load_job(job_path)
        if job.generate is None:
            job = job.model_copy(update={"generate": GenerateOptions()})
        run_job(job, workers, system_db)  # prints the plan's notes (generators chosen, rows kept) first
    except LookalikeError as error:
        raise fail(error) from None


@app.command(name="subset-plan")
def subset_plan(job_path: JobPath) -> None:
    """Show, per table, how many rows the job's subset keeps and why (target, child of, parent of); writes nothing."""
    from lookalike.engine.review.subsets import preview

    try:
        found = preview(load_job(job_path), os.environ)
    except LookalikeError as error:
        raise fail(error) from None
    table = Table(title=f"subset of {job_path} ({found.rounds} rounds)")
    for header in ("table", "source rows", "kept", "target", "child of", "parent of"):
        table.add_column(header, justify="left" if header == "table" else "right")
    for row in found.tables:
        reasons = ("whole table", "", "") if row.whole else (f"{row.target:,}", f"{row.child:,}", f"{row.parent:,}")
        table.add_row(row.table, f"{row.source_rows:,}", f"{row.kept:,}", *reasons)
    out.print(table)
    out.print(f"kept rows: {found.kept:,}")
    for note in found.notes:
        err.print(f"[yellow]note:[/] {note}", highlight=False)


@transformers_app.command("list")
def transformers_list(
    as_json: Annotated[bool, typer.Option("--json", help="entries with their params JSON Schema")] = False,
) -> None:
    """List every transformer with the column kinds it takes and its parameters."""
    from lookalike.transformers import REGISTRY

    entries = [entry.describe() for entry in REGISTRY]
    if as_json:
        out.print_json(json.dumps(entries))
        return
    table = Table(title="transformers")
    for header in ("name", "role", "kinds", "params", "description"):
        table.add_column(header, overflow="fold")
    for entry in entries:
        params = ", ".join(entry["params_schema"].get("properties", {})) or "—"
        table.add_row(entry["name"], entry["role"], ", ".join(entry["kinds"]), params, entry["description"])
    out.print(table)


@app.command()
def schema() -> None:
    """Print the job file's JSON Schema (point your editor's YAML plugin at it)."""
    out.print_json(json.dumps(job_json_schema()))


@app.callback()
def _options(
    context: typer.Context,
    debug: Annotated[bool, typer.Option("--debug", help="on an unexpected error, print its traceback")] = False,
) -> None:
    if debug:
        os.environ["LOOKALIKE_DEBUG"] = "1"
    if context.invoked_subcommand not in _RUNS_HERE:
        _collect_garbage()


# Commands that run a job in this process: `main` leaves the garbage collector off until their run has started.
_RUNS_HERE = ("sync", "generate", "demo")


def _collect_garbage() -> None:
    """Turn the collector back on, past the objects made while starting (modules, classes, the plan): left in the
    permanent generation, no collection of the run walks them again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _collecting_once_started(
    watch: Callable[[JobEngine, str], AbstractContextManager[object]] | None,
) -> Callable[[JobEngine, str], AbstractContextManager[object]]:
    """`run_sync`'s watch: entered once the run has started, it turns the collector back on (then enters `watch`)."""

    @contextlib.contextmanager
    def entered(engine: JobEngine, run_id: str) -> Iterator[None]:
        _collect_garbage()
        with watch(engine, run_id) if watch is not None else contextlib.nullcontext():
            yield

    return entered


def _quick_exit() -> None:
    """Leave the interpreter's last garbage collection nothing to do: with DBOS, SQLAlchemy and pyarrow loaded it
    walked every object for ~0.45 s after the command had finished (measured, bench/startup_bench.py). What the
    process holds is released by its exit; files are flushed and atexit handlers still run."""
    gc.freeze()


def main() -> None:
    """Console-script entry point: an unexpected error is one block (what, where, fix), redacted (a message may
    quote a connection URL); `--debug` (or LOOKALIKE_DEBUG=1) shows the traceback."""
    install_log_redaction()
    # A sync allocates ~100k long-lived objects before its run starts (modules it imports, DBOS, the plan): the
    # collections they set off cost ~0.15 s of CPU in a 1-row sync (measured). The collector goes back on when the
    # command starts (`_options`), or, for a command that runs a job here, once its run has started (`run_job`).
    gc.disable()
    try:
        app()
    except SystemExit:
        _quick_exit()
        raise
    except Exception as error:
        if os.environ.get("LOOKALIKE_DEBUG"):
            raise
        text = redact_text(str(error).strip())
        what = f"{type(error).__name__}: {text.splitlines()[0] if text else 'no message'}"
        command = " ".join(arg for arg in sys.argv[1:3] if not arg.startswith("-"))
        err.print(f"[bold red]error:[/] {what}", highlight=False)
        err.print(f"  [dim]where:[/] lookalike {command}", highlight=False)
        err.print("  [dim]fix:[/] run it again with `lookalike --debug …` for the traceback", highlight=False)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
