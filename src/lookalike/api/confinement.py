"""The server's connection policy from its settings (environment), with the server's own files and databases."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from lookalike.connectors.confine import ConnectionPolicy, networks, protected_endpoints
from lookalike.connectors.sqlite.connector import path_of
from lookalike.installation.settings import Settings, Tenancy, home


def _sqlite_file(url: str) -> Path | None:
    plain = url.split("+", 1)[0] + url[url.index(":") :] if url.startswith("sqlite+") else url
    return Path(path_of(plain)) if plain.startswith("sqlite:") else None


def policy_from_environment(
    store_url: str, system_url: str, environ: Mapping[str, str] = os.environ
) -> tuple[ConnectionPolicy, Tenancy]:
    """`LOOKALIKE_DATA_DIR` (default: data/ in the home), `LOOKALIKE_SQLITE_ROOTS` (os.pathsep-separated),
    `LOOKALIKE_ALLOW_HOSTS` / `LOOKALIKE_DENY_HOSTS` (addresses or CIDR networks), `LOOKALIKE_TENANCY`, from
    `environ`; the server's own files are those of this process's home."""
    chosen = Settings.from_environ(environ)
    own_files = [home(), *(f for f in (_sqlite_file(store_url), _sqlite_file(system_url)) if f is not None)]
    policy = ConnectionPolicy(
        data_dir=chosen.data_dir or home() / "data",
        sqlite_roots=chosen.sqlite_root_paths,
        allow_networks=networks(chosen.allow_hosts),
        deny_networks=networks(chosen.deny_hosts),
        protected_files=tuple(own_files),
        protected_databases=protected_endpoints([store_url, system_url]),
    )
    return policy, chosen.tenancy
