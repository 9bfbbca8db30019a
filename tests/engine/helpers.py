"""Shared helpers for end-to-end tests: write a job file, run it, read a table back."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from lookalike.core.config import JobConfig, parse_job
from lookalike.engine.events import RunSummary
from lookalike.engine.sync import run_sync
from lookalike.engine.verify import DestinationCheck, verify


def make_job(
    source: str, destinations: list[dict[str, Any]], tables: dict[str, Any] | None = None, **extra: Any
) -> JobConfig:
    """Build a job through the YAML loader, exactly as a user's file would go."""
    document = {"source": {"url": source}, "destinations": destinations, "tables": tables or {}, "seed": 7, **extra}
    return parse_job(yaml.safe_dump(document, sort_keys=False))


def sync_and_verify(job: JobConfig) -> tuple[RunSummary, list[DestinationCheck]]:
    summary = run_sync(job, os.environ)
    return summary, verify(job, os.environ)


def assert_clean(reports: list[DestinationCheck]) -> None:
    for report in reports:
        bad = [check for check in report.tables if not check.ok]
        assert not bad, f"{report.destination}: {bad}"
        assert report.tables, "verify checked no table"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"
