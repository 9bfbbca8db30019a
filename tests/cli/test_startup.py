"""How the CLI starts and ends: the garbage collector is off only while a command that runs a job starts it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from lookalike.cli.main import _collecting_once_started, app


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.disable()  # as `main` leaves it
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.usefixtures("collector_off")
def test_a_command_that_runs_no_job_turns_the_collector_back_on() -> None:
    result = CliRunner().invoke(app, ["transformers", "list", "--json"])
    assert result.exit_code == 0, result.output
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_off")
def test_the_collector_is_back_on_once_the_run_has_started() -> None:
    entered: list[bool] = []

    class Bars:
        def __enter__(self) -> None:
            entered.append(gc.isenabled())

        def __exit__(self, *_: object) -> None:
            return None

    watch = _collecting_once_started(lambda engine, run_id: Bars())
    assert not gc.isenabled()
    with watch(object(), "run-1"):  # type: ignore[arg-type]
        assert gc.isenabled()
    assert entered == [True]
    with _collecting_once_started(None)(object(), "run-2"):  # type: ignore[arg-type]
        assert gc.isenabled()
