"""Connections reused across the chunks of a run: a per-process pool of idle connectors.

Without it every chunk opened the source and every destination anew (a PostgreSQL connection costs a fork on the
server and a few round trips, an ADBC one as much again). A chunk now leases its connections and gives them back
when it ends without error; the next chunk of the run, in any thread of this process, takes them up.

What may be reused is decided by the key: the run (a connection carries the run's session name, and a run's
tables are the ones it may touch), the URL (as a keyed digest: the pool never holds or shows a password in its
keys), the role (a SQLite source is opened read-only) and the snapshot a source reads in (a source connection
re-imports its snapshot in every read transaction; one joined to an older snapshot never serves a newer one).

A leased connection takes up the current step's session (`rejoin_session`: its statement timeout, its name, and
the session's interrupts, so a deadline or a cancel stops it as it stops a new one). Given back, it leaves the
session first. Never given back: a connection whose chunk failed (any error, a lost snapshot included: the caller
closes it), one left mid-transaction, one whose session was interrupted. Idle connections are bounded in number,
closed after `IDLE_SECONDS`, and closed with their run (`close_run`, when the run finishes or fails).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from lookalike.connectors import Connector
from lookalike.connectors.session import SessionInterruptedError

IDLE_SECONDS = 30.0  # an idle connection is closed after this long (a run cancelled elsewhere never finishes here)
MAX_IDLE = 32  # idle connections this process keeps at most (the oldest are closed first)

Role = Literal["source", "destination"]
_KEY_SECRET = os.urandom(16)  # digests of URLs mean nothing outside this process


@dataclass(frozen=True)
class PoolKey:
    """Which connections are interchangeable."""

    run_id: str
    url_digest: str
    role: Role
    snapshot: str | None


def key_of(run_id: str, url: str, role: Role, snapshot: str | None) -> PoolKey:
    digest = hashlib.blake2b(url.encode(), key=_KEY_SECRET, digest_size=16).hexdigest()
    return PoolKey(run_id, digest, role, snapshot)


@dataclass
class _Idle:
    connector: Connector
    since: float


class ConnectionPool:
    """Idle connectors by key; thread-safe. A leased connector belongs to its caller until given back."""

    def __init__(self, max_idle: int = MAX_IDLE, idle_seconds: float = IDLE_SECONDS) -> None:
        self.max_idle = max_idle
        self.idle_seconds = idle_seconds
        self._idle: dict[PoolKey, list[_Idle]] = {}
        self._lock = threading.Lock()
        self._reaper: threading.Thread | None = None
        self.opened = 0  # connections this pool opened (for tests and benches)
        self.reused = 0  # leases served by an idle connection

    def lease(self, key: PoolKey, opener: Callable[[], Connector]) -> Connector:
        """An idle connector of `key` joined to the current session, else a new one from `opener`."""
        while (idle := self._take(key)) is not None:
            try:
                usable = idle.rejoin_session()
            except SessionInterruptedError:
                _close(idle)
                raise
            except Exception:  # its server went away while it was idle: a new connection serves instead
                usable = False
            if usable:
                with self._lock:
                    self.reused += 1
                return idle
            _close(idle)
        connector = opener()
        with self._lock:
            self.opened += 1
        return connector

    def give_back(self, key: PoolKey, connector: Connector) -> None:
        """Keep `connector` for the next lease of `key` (it leaves its session); closed when not clean."""
        try:
            clean = connector.leave_session()
        except Exception:
            clean = False
        if not clean:
            _close(connector)
            return
        evicted: list[Connector] = []
        with self._lock:
            self._idle.setdefault(key, []).append(_Idle(connector, time.monotonic()))
            evicted = self._evict_over_bound()
            self._start_reaper()
        for old in evicted:
            _close(old)

    def close_run(self, run_id: str) -> int:
        """Close the idle connections of run `run_id` (it finished or failed); how many."""
        with self._lock:
            keys = [key for key in self._idle if key.run_id == run_id]
            closing = [idle.connector for key in keys for idle in self._idle.pop(key)]
        for connector in closing:
            _close(connector)
        return len(closing)

    def close_all(self) -> None:
        with self._lock:
            closing = [idle.connector for entries in self._idle.values() for idle in entries]
            self._idle.clear()
        for connector in closing:
            _close(connector)

    def idle_count(self, run_id: str | None = None) -> int:
        with self._lock:
            return sum(len(entries) for key, entries in self._idle.items() if run_id is None or key.run_id == run_id)

    def close_expired(self) -> int:
        """Close connections idle longer than `idle_seconds`; how many."""
        cutoff = time.monotonic() - self.idle_seconds
        with self._lock:
            closing = []
            for key in list(self._idle):
                entries = self._idle[key]
                closing += [idle.connector for idle in entries if idle.since <= cutoff]
                entries[:] = [idle for idle in entries if idle.since > cutoff]
                if not entries:
                    del self._idle[key]
        for connector in closing:
            _close(connector)
        return len(closing)

    def _take(self, key: PoolKey) -> Connector | None:
        with self._lock:
            entries = self._idle.get(key)
            if not entries:
                return None
            idle = entries.pop()  # the most recently used: the likeliest to be alive
            if not entries:
                del self._idle[key]
            return idle.connector

    def _evict_over_bound(self) -> list[Connector]:
        """Under the lock: drop the oldest idle connections beyond `max_idle`."""
        total = sum(len(entries) for entries in self._idle.values())
        evicted: list[Connector] = []
        while total > self.max_idle:
            key = min(self._idle, key=lambda k: self._idle[k][0].since)
            evicted.append(self._idle[key].pop(0).connector)
            if not self._idle[key]:
                del self._idle[key]
            total -= 1
        return evicted

    def _start_reaper(self) -> None:
        """Under the lock: a daemon thread closing expired connections while any are idle."""
        if self._reaper is not None and self._reaper.is_alive():
            return

        def reap() -> None:
            while True:
                time.sleep(max(self.idle_seconds / 2, 0.05))
                self.close_expired()
                with self._lock:
                    if not self._idle:
                        self._reaper = None
                        return

        self._reaper = threading.Thread(target=reap, name="lookalike connection reaper", daemon=True)
        self._reaper.start()


def _close(connector: Connector) -> None:
    with contextlib.suppress(Exception):  # a connection whose server went away is closed already
        connector.close()


POOL = ConnectionPool()
atexit.register(POOL.close_all)
