"""`lookalike init` (a first job for a live database), `check` (the privacy gate for CI), `preview` (before/after)."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from lookalike.core.errors import ConfigError, LookalikeError

out = Console()
err = Console(stderr=True)

Json = Annotated[bool, typer.Option("--json", help="print the report as JSON")]


def init(
    source: Annotated[
        str | None, typer.Option("--source", help="the database's URL (or --source-env)", show_default=False)
    ] = None,
    source_env: Annotated[str | None, typer.Option(help="environment variable holding the source URL")] = None,
    destination: Annotated[str, typer.Option(help="where the job copies to")] = "sqlite:///qa.db",
    sample: Annotated[int, typer.Option(min=0, max=100_000, help="rows sampled per table")] = 200,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="write the job here (default: stdout)")] = None,
) -> None:
    """Write a complete job for a live database: sensitive columns mapped, every other column listed."""
    from lookalike.cli.main import fail
    from lookalike.engine.review.first_job import write_job

    try:
        url = source or (os.environ.get(source_env) if source_env else None)
        if not url:
            raise ConfigError(
                "no source database", where="--source / --source-env", fix="lookalike init --source postgresql://…"
            )
        text = write_job(url, destination, os.environ, sample)
        if output is None:
            out.print(text, end="", highlight=False, markup=False, soft_wrap=True)
            return
        if output.exists():
            raise ConfigError(f"{output} exists", where="--output", fix="choose another file, or remove it first")
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}: `lookalike check {output}` then `lookalike sync {output}`", highlight=False)
    except LookalikeError as error:
        raise fail(error) from None


def check(
    job_file: Annotated[Path, typer.Argument(help="the job file (YAML)", show_default=False)],
    sample: Annotated[int, typer.Option(min=0, max=100_000, help="rows sampled per table")] = 200,
    as_json: Json = False,
) -> None:
    """The privacy gate: exit 1 when a sensitive-looking column passes through unreviewed, the source has tables or
    columns the job does not mention, or a transformer is too weak for its column."""
    from lookalike.cli.main import fail, load_job
    from lookalike.engine.plan.privacy import check_job

    try:
        report = check_job(load_job(job_file), os.environ, sample)
    except LookalikeError as error:
        raise fail(error) from None
    if as_json:
        document = {"ok": report.ok, "findings": [dataclasses.asdict(f) for f in report.findings]}
        out.print(json.dumps(document, indent=2), highlight=False, markup=False, soft_wrap=True)
    elif report.ok:
        out.print("check: nothing sensitive passes unreviewed, and the job mentions every table and column")
    else:
        table = Table(title=f"check {job_file}: {len(report.findings)} finding(s)")
        for header in ("problem", "table", "column", "finding", "suggested"):
            table.add_column(header, overflow="fold")
        for finding in report.findings:
            cells = (finding.problem, finding.table, finding.column or "", finding.message, finding.suggested or "")
            table.add_row(*cells)
        out.print(table)
    if not report.ok:
        raise typer.Exit(1)


def preview(
    job_file: Annotated[Path, typer.Argument(help="the job file (YAML)", show_default=False)],
    table: Annotated[str | None, typer.Option(help="only this table")] = None,
    rows: Annotated[int, typer.Option(min=1, max=1000, help="rows per table")] = 5,
    as_json: Json = False,
) -> None:
    """Show source rows before and after the job's transformers, side by side; writes nothing."""
    from lookalike.cli.main import fail, load_job
    from lookalike.engine.review.preview import preview as run_preview

    try:
        previews = run_preview(load_job(job_file), os.environ, table, rows)
    except LookalikeError as error:
        raise fail(error) from None
    if as_json:
        document = [dataclasses.asdict(p) for p in previews]
        out.print(json.dumps(document, indent=2, default=str), highlight=False, markup=False, soft_wrap=True)
        return
    for found in previews:
        shown = Table(title=found.table)
        for column in found.columns:
            shown.add_column(f"{column} (before)", overflow="fold")
            shown.add_column(f"{column} (after)", overflow="fold", style="green")
        for before, after in zip(found.before, found.after, strict=True):
            shown.add_row(*(str(v) for pair in zip(before, after, strict=True) for v in pair))
        out.print(shown)
    if not previews:
        out.print("no table of this job has a mapped column")
