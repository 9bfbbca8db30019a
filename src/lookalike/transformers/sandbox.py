"""QuickJS in a child process: user JavaScript gets a time limit, a memory limit, and no way to hurt the worker.

The QuickJS binding refuses Python callbacks while its own time limit is set, and the `neosync` helper object
*is* a Python callback; its own limit does not interrupt a regular expression either. So the wall-clock limit is
enforced from outside: each thread of a worker owns one child process (`sandbox_child`); a request that overruns
its limit gets the child killed (a new one starts on the next request) and a clear error. No user code ever runs
in this process: the syntax check, which may run a definition's top-level statements, runs in the child too.
Memory is capped inside QuickJS, set before any user code runs, and the child's address space is capped as well;
a child that dies anyway is an error for that batch, never for the worker.
"""

from __future__ import annotations

import hashlib
import os
import select
import subprocess
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from lookalike.transformers import sandbox_child
from lookalike.transformers.sandbox_child import read_message, write_message

CHECK_SECONDS = 1.0  # the syntax check's wall clock: compiling, plus a definition's top-level statements
# The child's address space: the interpreter with its imports (~350 MB virtual) plus room for QuickJS's heap, the
# batch's JSON in and out, and allocator slack. Only a fence behind QuickJS's own limit, hence generous.
_INTERPRETER_MB = 1024
# Every thread reserves a stack and a malloc arena of address space; the child computes on one thread, so its
# libraries are told so (else a many-core host would spend the fence on idle pools: BLAS, Arrow's CPU pool).
_ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2"}
_STARTUP_SECONDS = 60  # importing lookalike in the child; generous, since it is not the user's code


def address_space_mb(memory_limit_mb: int) -> int:
    return _INTERPRETER_MB + 3 * memory_limit_mb


@dataclass(frozen=True)
class Call:
    """One batch for the child: the code, the JSON payload, and what the `neosync` helper needs.

    `scope` names whose batch this is (a run, an anonymize request): the child reuses a context, and with it the
    code's globals, only for the same scope and code. None: a fresh context, used once.
    """

    code: str
    payload: str
    memory_limit_mb: int
    helper: dict[str, Any]
    scope: str | None = None


class ScriptError(Exception):
    """The user's code failed: `kind` is syntax, shape, error, timeout, memory or crash.

    The message never holds a runtime exception's own text (it may quote a source value): only its class and line.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class Sandbox:
    """One child process; `run` sends a batch and `check` a syntax check, each waiting at most its limit."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._address_space_mb = 0

    def _start(self, address_space: int) -> subprocess.Popen[bytes]:
        # A plain child interpreter, not a fork: the worker has threads (DBOS, drivers) a fork would copy mid-flight.
        self._process = subprocess.Popen(
            # -P: the script's folder (which holds our email.py) must not shadow the standard library.
            [sys.executable, "-P", os.path.abspath(sandbox_child.__file__), str(address_space)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **_ONE_THREAD},
            # Unbuffered: select() watches the pipe, so no reply may wait unseen in a Python buffer ("started"
            # and a quick batch's reply arrive together).
            bufsize=0,
        )
        self._address_space_mb = address_space
        assert self._process.stdout is not None
        ready, _, _ = select.select([self._process.stdout], [], [], _STARTUP_SECONDS)
        if not ready or read_message(self._process.stdout) != ["ready", ""]:
            self.stop()
            raise ScriptError("crash", f"the JavaScript sandbox process did not start within {_STARTUP_SECONDS} s")
        return self._process

    def _child(self, memory_limit_mb: int) -> subprocess.Popen[bytes]:
        """The running child if its address space has room for this limit, else a new, larger one."""
        wanted = address_space_mb(memory_limit_mb)
        if self._process is not None and wanted > self._address_space_mb:
            self.stop()
        return self._process or self._start(wanted)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            for stream in (self._process.stdin, self._process.stdout):
                if stream is not None:
                    stream.close()
        self._process = None

    def _ask(self, request: dict[str, Any], memory_limit_mb: int, time_limit_seconds: float, what: str) -> str:
        try:
            process = self._child(memory_limit_mb)
            assert process.stdin is not None and process.stdout is not None
            write_message(process.stdin, request)
            if request["op"] == "run":  # the child may import the catalogue first: not the user's time
                started, _, _ = select.select([process.stdout], [], [], _STARTUP_SECONDS)
                if not started or read_message(process.stdout) != ["started", ""]:
                    self.stop()
                    raise ScriptError("crash", f"the JavaScript sandbox did not start within {_STARTUP_SECONDS} s")
            ready, _, _ = select.select([process.stdout], [], [], time_limit_seconds)
            if not ready:
                self.stop()
                raise ScriptError("timeout", f"{what} did not finish within {time_limit_seconds:g} s")
            status, text = read_message(process.stdout)
        except (EOFError, BrokenPipeError, OSError, ValueError):
            self.stop()
            raise ScriptError("crash", "the JavaScript sandbox process died (out of memory?)") from None
        if status != "ok":
            raise ScriptError(status, text)
        return str(text)

    def run(self, call: Call, time_limit_seconds: float) -> str:
        request = {
            "op": "run",
            "code": call.code,
            "payload": call.payload,
            "memory_limit_mb": call.memory_limit_mb,
            "helper": call.helper,
            "scope": call.scope,
        }
        return self._ask(request, call.memory_limit_mb, time_limit_seconds, "the batch")

    def check(self, code: str, memory_limit_mb: int, time_limit_seconds: float = CHECK_SECONDS) -> None:
        """Compile the code in a throwaway context of the child (its top-level statements run there, limited)."""
        request = {"op": "check", "code": code, "memory_limit_mb": memory_limit_mb}
        self._ask(request, memory_limit_mb, time_limit_seconds, "the top-level code")


def check_syntax(code: str, memory_limit_mb: int = 16) -> None:
    """ValueError when the code does not compile, is not a function, or its top-level code fails or hangs.

    A passed check is remembered by the code's digest (failures are not): params are parsed again for every job
    and request.
    """
    passed = (hashlib.sha256(code.encode()).digest(), memory_limit_mb)
    with _PASSED_LOCK:
        if passed in _PASSED:
            _PASSED.move_to_end(passed)
            return
    try:
        sandbox().check(code, memory_limit_mb)
    except ScriptError as error:
        text = str(error).strip()
        if error.kind == "timeout":
            raise ValueError(f"the JavaScript's top-level code did not finish within {CHECK_SECONDS:g} s") from None
        if error.kind == "syntax":
            raise ValueError(f"the JavaScript does not compile: {text}") from None
        if error.kind == "shape":
            raise ValueError(text) from None
        if error.kind == "memory":
            raise ValueError(f"the JavaScript's top-level code ran out of memory ({memory_limit_mb} MB)") from None
        if error.kind == "crash":
            raise ValueError(f"the JavaScript's top-level code crashed the sandbox ({text})") from None
        raise ValueError(f"the JavaScript's top-level code failed: {text}") from None
    with _PASSED_LOCK:
        _PASSED[passed] = None
        while len(_PASSED) > 1024:
            _PASSED.popitem(last=False)


_PASSED: OrderedDict[tuple[bytes, int], None] = OrderedDict()
_PASSED_LOCK = threading.Lock()
_local = threading.local()


def sandbox() -> Sandbox:
    """This thread's sandbox (QuickJS runtimes must not be shared between threads)."""
    box: Sandbox | None = getattr(_local, "sandbox", None)
    if box is None:
        box = _local.sandbox = Sandbox()
    return box
