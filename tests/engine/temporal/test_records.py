"""The Temporal backend's pure parts, with no server: how a step's error is recorded (retried or not), how a table's
progress adds up chunk by chunk, and the names it gives queues and queries."""

from __future__ import annotations

from lookalike.core.errors import ConfigError, RunError
from lookalike.engine.contract import ChunkResult, TableProgress
from lookalike.engine.temporal.activities import as_application_error, error_text
from lookalike.engine.temporal.runs import quoted, run_error
from lookalike.engine.temporal.worker import holder_queue
from lookalike.engine.temporal.workflows import advanced


class OperationalError(Exception):
    """Named like the drivers' "the server went away" error."""


def test_a_bad_job_or_bad_data_is_not_retried_and_keeps_where_and_fix() -> None:
    recorded = as_application_error(RunError("table t changed", where="copy of t", fix="run the job again"))
    assert recorded.non_retryable and recorded.type == "RunError"
    assert recorded.message == "table t changed" and list(recorded.details) == ["copy of t", "run the job again"]
    assert as_application_error(ValueError("bad value")).non_retryable


def test_a_lost_connection_is_retried_and_a_url_in_it_is_redacted() -> None:
    recorded = as_application_error(OperationalError("could not connect to postgresql://u:secret@db:5432/x"))
    assert not recorded.non_retryable
    assert "secret" not in recorded.message
    assert not as_application_error(ConfigError("cannot connect to the source", where="source")).non_retryable
    assert error_text(ValueError("")) == "ValueError"


def test_a_run_failure_reads_back_as_one_run_error() -> None:
    from temporalio.exceptions import ApplicationError

    failure = ApplicationError("table public.t1 failed: x", "insert:public.t1", "fix it", type="RunFailedError")
    error = run_error(failure)
    assert (error.what, error.where, error.fix) == ("table public.t1 failed: x", "insert:public.t1", "fix it")


def test_a_tables_progress_adds_up_its_chunks() -> None:
    progress = TableProgress(step="insert:t", table="t", epoch=2)
    progress = advanced(progress, ChunkResult(rows=100, seconds=0.5, path="raw", worker="a", retries=1))
    progress = advanced(progress, ChunkResult(rows=180, skipped=2, seconds=0.25, path="raw", worker="b"))
    progress = advanced(progress, ChunkResult(rows=200, seconds=0.25, path="raw", worker="a", done=True))
    assert (progress.rows, progress.skipped, progress.chunks, progress.retries) == (200, 0, 3, 1)
    assert progress.seconds == 1.0 and progress.workers == ("a", "b") and progress.epoch == 2


def test_queue_names_and_queries_quote_what_they_hold() -> None:
    assert holder_queue("lookalike", "worker-a") == "lookalike-holder-worker-a"
    assert quoted("it's") == "'it\\'s'"
