"""The Temporal SDK is asyncio; the engine interface (and every step) is synchronous. One event loop per process,
on its own thread, hosts the clients and the workers; synchronous code hands it coroutines and waits.

Activities run in a thread pool (they do blocking database I/O) and reach the loop the same way when they need the
server (reading a run's recorded plan).
"""

from __future__ import annotations

import asyncio
import atexit
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_loop: asyncio.AbstractEventLoop | None = None
_thread: threading.Thread | None = None


def loop() -> asyncio.AbstractEventLoop:
    """This process's Temporal loop, started on first use (a daemon thread: it never keeps the process alive)."""
    global _loop, _thread
    with _lock:
        if _loop is None or _loop.is_closed():
            started = asyncio.new_event_loop()
            thread = threading.Thread(target=started.run_forever, name="lookalike-temporal", daemon=True)
            thread.start()
            _loop, _thread = started, thread
        return _loop


@atexit.register
def _stop() -> None:
    """Stop the loop before the interpreter finalizes: the SDK's native threads must not call back into a Python
    that is shutting down (a fatal error at exit otherwise)."""
    with _lock:
        running, thread = _loop, _thread
    if running is None or thread is None or running.is_closed():
        return
    running.call_soon_threadsafe(running.stop)
    thread.join(timeout=5)


def submit(coroutine: Coroutine[Any, Any, T]) -> Future[T]:
    """Run `coroutine` on the loop; its future (wait with `.result()`)."""
    return asyncio.run_coroutine_threadsafe(coroutine, loop())


def wait(coroutine: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
    """Run `coroutine` on the loop and wait for its result (never call this from the loop's own thread)."""
    if threading.current_thread().name == "lookalike-temporal":
        coroutine.close()
        raise RuntimeError("wait() was called on the Temporal loop's own thread: it would wait for itself")
    return submit(coroutine).result(timeout)
