"""The session a run's step opens its connections in: a name, a statement timeout, and a way to stop them.

Every connection a connector opens while a `RunSession` is current carries the session's name (PostgreSQL's
`application_name`: `lookalike:<run id>`) and its statement timeout (server-side, so a query whose client died
still ends by itself). `runs cancel` finds a run's sessions on each server by that name and ends them; a step's
deadline, or a worker that is stopping, interrupts the statements its open connections are running.

Dialect-neutral: each connector applies the name and timeout its own way and says how to interrupt itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Protocol

from lookalike.core.errors import RunError

# PostgreSQL keeps 63 bytes of an application_name (NAMEDATALEN - 1); longer names are cut, so we cut them first.
_NAME_LIMIT = 63
_PREFIX = "lookalike:"
_REPEAT_SECONDS = 0.5  # an interrupt that found no statement running is sent again until the step ends
# How a server words a statement timeout (PostgreSQL: "canceling statement due to statement timeout").
_TIMEOUT_WORDS = "statement timeout"


def session_name(run_id: str) -> str:
    """The name every connection of run `run_id` carries: `lookalike:<run id>`, hashed at the end when too long."""
    name = f"{_PREFIX}{run_id}"
    if len(name.encode()) <= _NAME_LIMIT:
        return name
    digest = hashlib.blake2b(run_id.encode(), digest_size=6).hexdigest()
    head = name.encode()[: _NAME_LIMIT - len(digest) - 1].decode(errors="ignore")
    return f"{head}~{digest}"


class Interruptible(Protocol):
    def interrupt(self) -> None:
        """Cancel the statement this connection runs now (from any thread); the caller sees it fail."""
        ...


class SessionInterruptedError(RunError):
    """A statement of the session was interrupted (deadline, or the worker stopping)."""


@dataclass(eq=False)
class RunSession:
    """One step's connections: their name, their statement timeout, and who is open now."""

    name: str
    statement_timeout: float | None = None
    started: float = field(default_factory=time.monotonic)
    interrupted: str | None = None  # why it was interrupted: "timeout" | "stop"
    _open: set[Interruptible] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def attach(self, connection: Interruptible) -> None:
        """Track a connection opened in this session; refused once the session was interrupted."""
        with self._lock:
            if self.interrupted is not None:
                raise SessionInterruptedError(
                    f"no new connection: the step was interrupted ({self.interrupted})", where=self.name
                )
            self._open.add(connection)

    def detach(self, connection: Interruptible) -> None:
        with self._lock:
            self._open.discard(connection)

    def interrupt(self, why: str) -> None:
        """Cancel what every open connection runs, now and (until the step ends) every half second."""
        with self._lock:
            if self.interrupted is None:
                self.interrupted = why
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(Exception):  # a connection closing at the same moment needs no cancel
                connection.interrupt()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def timed_out(self, error: BaseException) -> bool:
        """Whether `error` came from the step's deadline, or from the server's statement timeout (the same length)."""
        if self.interrupted == "timeout":
            return True
        if self.statement_timeout is None or self.elapsed() < self.statement_timeout:
            return False
        seen: BaseException | None = error
        while seen is not None:
            if _TIMEOUT_WORDS in str(seen).lower():
                return True
            seen = seen.__cause__ or seen.__context__
        return False


_current: ContextVar[RunSession | None] = ContextVar("lookalike_run_session", default=None)
_live: set[RunSession] = set()
_live_lock = threading.Lock()


def current() -> RunSession | None:
    """The session of the step running in this thread (None outside a run's step)."""
    return _current.get()


@contextlib.contextmanager
def run_session(name: str, timeout: float | None = None, *, deadline: bool = True) -> Iterator[RunSession]:
    """Open connections in a session named `name` whose statements each stop after `timeout` seconds; with
    `deadline`, the whole session's statements are interrupted once `timeout` seconds have passed."""
    session = RunSession(name, timeout)
    token = _current.set(session)
    with _live_lock:
        _live.add(session)
    done = threading.Event()
    watchdog = None
    if timeout is not None and deadline:

        def watch() -> None:
            if done.wait(timeout):
                return
            while not done.is_set():
                session.interrupt("timeout")
                done.wait(_REPEAT_SECONDS)

        watchdog = threading.Thread(target=watch, name=f"deadline {name}", daemon=True)
        watchdog.start()
    try:
        yield session
    finally:
        done.set()
        with _live_lock:
            _live.discard(session)
        _current.reset(token)


def interrupt_all(why: str) -> int:
    """Interrupt every session of this process (a worker that stops); how many there were."""
    with _live_lock:
        sessions = list(_live)
    for session in sessions:
        session.interrupt(why)
    return len(sessions)
