"""The CLI as a client of a Lookalike server: `login`, then `connections`, `jobs` and `remote` runs over HTTP.

The login (server URL and API key) is kept in `client.json` in the Lookalike home, mode 0600;
LOOKALIKE_URL and LOOKALIKE_API_KEY override it (for CI).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from rich.console import Console
from rich.table import Table

from lookalike.core.config import load_yaml
from lookalike.core.errors import AuthError, ConfigError, LookalikeError
from lookalike.installation.settings import home

out = Console()
connections_app = typer.Typer(no_args_is_help=True, help="Connections stored on the server.")
jobs_app = typer.Typer(no_args_is_help=True, help="Jobs stored on the server: create, trigger, pause.")
remote_app = typer.Typer(no_args_is_help=True, help="Runs on the server (`lookalike runs` reads a local engine).")
AsJson = Annotated[bool, typer.Option("--json", help="machine-readable output")]


def login_file() -> Path:
    return home() / "client.json"


def save_login(url: str, api_key: str) -> Path:
    """Write the login with mode 0600 (created that way: never world-readable, not even for an instant)."""
    path = login_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as file:
        json.dump({"url": url.rstrip("/"), "api_key": api_key}, file)
    path.chmod(0o600)
    return path


def _login() -> tuple[str, str]:
    url, key = os.environ.get("LOOKALIKE_URL"), os.environ.get("LOOKALIKE_API_KEY")
    if not (url and key) and login_file().exists():
        saved = json.loads(login_file().read_text())
        url, key = url or saved.get("url"), key or saved.get("api_key")
    if not url or not key:
        raise ConfigError(
            "not logged in to a Lookalike server",
            where=str(login_file()),
            fix="lookalike login --url http://host:8000 --api-key lk_… (or set LOOKALIKE_URL and LOOKALIKE_API_KEY)",
        )
    return url, key


def call(method: str, path: str, body: Any = None) -> Any:
    """One API call; the server's JSON error becomes a LookalikeError with its message, place and fix."""
    import httpx

    from lookalike.api.paths import API_PREFIX

    url, key = _login()
    try:
        response = httpx.request(
            method, f"{url}{API_PREFIX}{path}", json=body, headers={"Authorization": f"Bearer {key}"}, timeout=120
        )
    except httpx.HTTPError as error:
        raise ConfigError(
            f"cannot reach {url}: {error}", where=url, fix="is `lookalike serve` running there?"
        ) from None
    if response.status_code >= 400:
        try:
            problem = response.json()["error"]
        except (ValueError, KeyError, TypeError):
            problem = {"message": response.text[:300]}
        kind = AuthError if response.status_code == 401 else ConfigError
        raise kind(problem.get("message", "request failed"), where=problem.get("where"), fix=problem.get("fix"))
    return response.json() if response.content else None


def _fail(error: LookalikeError) -> typer.Exit:
    from lookalike.cli.main import fail

    return fail(error)


def fetch(method: str, path: str, body: Any = None) -> Any:
    """`call` for a command: a failure is printed (what, where, fix) and ends the command with its exit code."""
    try:
        return call(method, path, body)
    except LookalikeError as error:
        raise _fail(error) from None


def _table(title: str, headers: list[str], rows: list[list[Any]]) -> None:
    table = Table(title=title)
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*[str(value) if value is not None else "" for value in row])
    out.print(table)


def login(
    url: Annotated[str, typer.Option(help="the server, e.g. http://127.0.0.1:8000")],
    api_key: Annotated[str, typer.Option(help="an API key (lk_…)", prompt=True, hide_input=True)],
) -> None:
    """Save the server and API key this CLI talks to (checked against the server first)."""
    os.environ["LOOKALIKE_URL"], os.environ["LOOKALIKE_API_KEY"] = url.rstrip("/"), api_key
    fetch("GET", "/api-keys")
    out.print(f"logged in to {url}; saved in {save_login(url, api_key)} (mode 0600)")


@connections_app.command("list")
def connections_list(as_json: AsJson = False) -> None:
    """The account's connections (passwords masked)."""
    found = fetch("GET", "/connections")
    if as_json:
        out.print_json(json.dumps(found))
        return
    _table(
        "connections", ["name", "dialect", "url", "id"], [[c["name"], c["dialect"], c["url"], c["id"]] for c in found]
    )


@connections_app.command("create")
def connections_create(
    name: Annotated[str, typer.Argument(help="its name in jobs (`connection: NAME`)")],
    url_env: Annotated[str, typer.Option(help="environment variable holding the URL (keeps it out of history)")],
    as_json: AsJson = False,
) -> None:
    """Store a connection; its URL is read from an environment variable, sent once, and kept encrypted."""
    url = os.environ.get(url_env)
    if not url:
        raise _fail(ConfigError(f"{url_env} is not set", where=url_env, fix=f"export {url_env}=postgresql://…"))
    made = fetch("POST", "/connections", {"name": name, "url": url})
    out.print_json(json.dumps(made)) if as_json else out.print(f"connection {made['name']}: {made['url']}")


@jobs_app.command("list")
def jobs_list(as_json: AsJson = False) -> None:
    """The account's jobs with version and schedule."""
    found = fetch("GET", "/jobs")
    if as_json:
        out.print_json(json.dumps(found))
        return
    rows = []
    for job in found:
        schedule = job["schedule"]
        when = f"{schedule['cron']}{' (paused)' if schedule['paused'] else ''}" if schedule else ""
        rows.append([job["name"], job["version"], when, job["id"]])
    _table("jobs", ["name", "version", "schedule", "id"], rows)


@jobs_app.command("create")
def jobs_create(
    file: Annotated[Path, typer.Option("-f", "--file", help="the job YAML (databases as `connection: NAME`)")],
    allow_dropping: Annotated[
        bool,
        typer.Option(
            "--allow-dropping", help="save a new version even when it drops mappings or filters the last one had"
        ),
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Create a job from a job file, or save it as the next version of the job with its name (refused when that
    version would drop column mappings or subset filters, unless --allow-dropping)."""
    try:
        document = load_yaml(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise _fail(
            ConfigError(f"cannot read the job file: {error}", where=str(file), fix="check the path and YAML")
        ) from None
    name = document.get("name") if isinstance(document, dict) else None
    existing = {job["name"] for job in fetch("GET", "/jobs")}
    if name in existing:  # a version that silently drops anonymization is refused by the server unless allowed
        made = fetch("PUT", f"/jobs/{name}?require_mappings={'false' if allow_dropping else 'true'}", document)
    else:
        made = fetch("POST", "/jobs", document)
    out.print_json(json.dumps(made)) if as_json else out.print(f"job {made['name']} version {made['version']}")


@jobs_app.command("trigger")
def jobs_trigger(job: Annotated[str, typer.Argument(help="job name or id")], as_json: AsJson = False) -> None:
    """Start a run now; prints the run id (`lookalike remote show RUN` follows it)."""
    run = fetch("POST", f"/jobs/{job}/runs")
    out.print_json(json.dumps(run)) if as_json else out.print(run["id"], highlight=False)


def _pause(job: str, paused: bool, as_json: bool) -> None:
    found = fetch("POST", f"/jobs/{job}/{'pause' if paused else 'unpause'}")
    out.print_json(json.dumps(found)) if as_json else out.print(f"{job}: schedule {'paused' if paused else 'active'}")


@jobs_app.command("pause")
def jobs_pause(job: Annotated[str, typer.Argument(help="job name or id")], as_json: AsJson = False) -> None:
    """Stop the job's schedule from starting runs."""
    _pause(job, True, as_json)


@jobs_app.command("unpause")
def jobs_unpause(job: Annotated[str, typer.Argument(help="job name or id")], as_json: AsJson = False) -> None:
    _pause(job, False, as_json)


@remote_app.command("list")
def remote_list(as_json: AsJson = False) -> None:
    """The account's newest runs on the server."""
    found = fetch("GET", "/runs")
    if as_json:
        out.print_json(json.dumps(found))
        return
    rows = [[r["id"], r["job"], r["status"], r["rows"], r["created_at"], (r["error"] or "")[:80]] for r in found]
    _table("runs", ["run", "job", "status", "rows", "started", "error"], rows)


@remote_app.command("show")
def remote_show(run: Annotated[str, typer.Argument(help="run id")], as_json: AsJson = False) -> None:
    """One run with per-table progress."""
    found = fetch("GET", f"/runs/{run}")
    if as_json:
        out.print_json(json.dumps(found))
        return
    rows = [
        [t["table"], t["state"], f"{t['rows']:,}", f"{t['seconds']:.2f}", t["path"], t["error"]]
        for t in found["tables"]
    ]
    _table(f"run {run}: {found['status']}", ["table", "state", "rows", "seconds", "path", "error"], rows)


@remote_app.command("cancel")
def remote_cancel(run: Annotated[str, typer.Argument(help="run id")]) -> None:
    found = fetch("POST", f"/runs/{run}/cancel")
    out.print(f"{run}: {found['status']}")
