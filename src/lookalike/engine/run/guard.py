"""How a run's steps stop, whichever backend runs them: at a deadline, when the run is cancelled, and when this
worker shuts down.

Every step of a run runs inside `guarded()`: its connections open in a session named after the run
(`connectors.session`), with the table timeout as the server's statement timeout and, for the steps that copy or
compute, as the step's deadline. What ends a step decides what the backend records:

- past its deadline: a RunError naming the step and the timeout (not retried; the run fails with it);
- its run was cancelled: the backend's "not recorded" error, so a resumed run redoes the step;
- this worker is stopping: the same, so the chunk cut short is redone by the worker that takes the run over.

The backend supplies what only it knows (`StepBackend`): who runs the step, which attempt it is, the run's
recorded plan, whether the run was cancelled, what is left of the table's deadline, and which error it does not
record. Stopping a worker (`begin_drain`, `interrupt_steps`) is shared: no new step starts, the ones in flight get a
short grace to commit, then their statements are cancelled (the chunk's transaction aborts: its checkpoint never
says it happened).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator
from typing import Protocol

from lookalike.connectors import session as run_sessions
from lookalike.core.errors import RunError
from lookalike.engine.contract import PreparedRun
from lookalike.engine.run_ids import run_key

_DRAINING = threading.Event()  # no step may start
_STOPPING = threading.Event()  # steps in flight are being interrupted
_active = 0
_active_lock = threading.Lock()
_log = logging.getLogger("lookalike.worker")


class StepBackend(Protocol):
    """What a step needs from the engine that runs it."""

    def worker_id(self) -> str:
        """Who runs this step (shown per table: which workers copied it)."""
        ...

    def retries(self) -> int:
        """Failed attempts of this step before this one."""
        ...

    def recorded_plan(self, workflow_id: str) -> PreparedRun | None:
        """The plan run `workflow_id` recorded in its prepare step (None: not there, or not readable)."""
        ...

    def not_recorded(self, why: str) -> BaseException:
        """The error that makes the backend forget this step ran (a resumed run or another worker redoes it)."""
        ...

    def is_not_recorded(self, error: BaseException) -> bool:
        """Whether `error` is one `not_recorded` made (or the backend's own cancellation)."""
        ...

    def cancelled(self) -> bool:
        """Whether the run (or table) this step belongs to was cancelled."""
        ...

    def time_left(self, timeout: float) -> float:
        """What is left of the current table's deadline, at most `timeout`."""
        ...


def draining() -> bool:
    return _DRAINING.is_set()


def stopping() -> bool:
    return _STOPPING.is_set()


@contextlib.contextmanager
def guarded(
    backend: StepBackend,
    run_id: str,
    timeout: float | None,
    what: str,
    *,
    deadline: bool,
    in_table: bool = False,
) -> Iterator[None]:
    """Run one step of run `run_id` in the run's session; `what` names the step in a timeout's message.

    `deadline`: the step as a whole is stopped at the table timeout (else each statement is); `in_table`: the
    step is one chunk of a table, which gets what is left of its table's time.
    """
    global _active
    if _DRAINING.is_set():
        raise backend.not_recorded(f"this worker is stopping: {what} is left to the worker that takes the run over")
    limit = backend.time_left(timeout) if timeout is not None and in_table else timeout
    with _active_lock:
        _active += 1
    try:
        name = run_sessions.session_name(run_key(run_id))
        with run_sessions.run_session(name, limit, deadline=deadline) as session:
            try:
                yield
            except BaseException as error:
                if _STOPPING.is_set() or session.interrupted == "stop":
                    raise backend.not_recorded(f"this worker stopped during {what}") from None
                if not backend.is_not_recorded(error) and backend.cancelled():
                    raise backend.not_recorded(f"the run was cancelled during {what}") from None
                if timeout is not None and session.timed_out(error):
                    raise RunError(
                        f"{what} took longer than the table timeout ({timeout:g} s) and was stopped",
                        where=what,
                        fix="raise sync_options.table_timeout_seconds, or make the step cheaper (a narrower subset "
                        "filter, an index on the filtered or foreign-key columns, smaller chunk_rows)",
                    ) from None
                raise
    finally:
        with _active_lock:
            _active -= 1


def active_steps() -> int:
    with _active_lock:
        return _active


def begin_drain(grace_seconds: float = 3.0, bound_seconds: float = 8.0) -> None:
    """Stop this process's steps within `bound_seconds`: none starts any more, the ones in flight may commit for
    up to `grace_seconds`, then their statements are interrupted until they end (or the bound passes)."""
    started = time.monotonic()
    _DRAINING.set()
    while active_steps() and time.monotonic() - started < grace_seconds:
        time.sleep(0.05)
    _STOPPING.set()
    while active_steps() and time.monotonic() - started < bound_seconds:
        run_sessions.interrupt_all("stop")  # again and again: a statement may start after the first cancel
        time.sleep(0.2)
    if active_steps():
        _log.warning("%d step(s) did not stop in %.0f s; the next worker redoes them", active_steps(), bound_seconds)


def end_drain() -> None:
    """Steps may start again (a process that stopped its worker and starts another, as tests do)."""
    _STOPPING.clear()
    _DRAINING.clear()
