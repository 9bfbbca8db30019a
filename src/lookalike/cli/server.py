"""`lookalike serve`: the API and an embedded worker in one process, on the store (migrated on start)."""

from __future__ import annotations

import socket
import sys
from typing import Annotated

import typer
from rich.console import Console

from lookalike.cli.runs import SystemDb

out = Console()


def serve(
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    store_url: Annotated[
        str | None, typer.Option(envvar="LOOKALIKE_STORE_URL", help="the store (default: SQLite in the home)")
    ] = None,
    system_db: SystemDb = None,
    worker: Annotated[
        bool, typer.Option(help="also execute runs in this process (off: `lookalike worker`s do)")
    ] = True,
    concurrency: Annotated[int, typer.Option(min=1, max=256, help="tables the embedded worker copies at once")] = 4,
) -> None:
    """Serve the web app and the HTTP API (docs at /api/docs) with an embedded worker; migrates the store first."""
    import uvicorn

    from lookalike.cli.client import save_login
    from lookalike.connectors import redact_url
    from lookalike.engine.interface import engine_for
    from lookalike.server import create_app
    from lookalike.store.accounts import bootstrap
    from lookalike.store.db import engine, sessions, upgrade
    from lookalike.store.db import store_url as resolve_store

    upgrade(store_url)
    with sessions(engine(store_url))() as session:
        first = bootstrap(session)
        session.commit()
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
    if first is not None:
        saved = save_login(url, first.token)
        out.print(
            f"first start: account [bold]default[/] created; its API key is in {saved} (mode 0600), "
            "and this machine's CLI is logged in with it"
        )
    job_engine = engine_for(system_db)
    if worker:
        job_engine.start_worker(worker_id=f"serve-{socket.gethostname()}", concurrency=concurrency)
    out.print(f"store {redact_url(resolve_store(store_url))}; API on {url} (API docs: {url}/api/docs)")
    app = create_app(store_url, job_engine)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        if worker:
            job_engine.shutdown()
            # Workflow threads cut off by the shutdown stay parked and would keep the process alive.
            job_engine.exit_now(0 if sys.exc_info()[0] is None else 1)
