"""The server's connection policy from its settings (environment), with the server's own files and databases."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import cast, get_args

from lookalike.api.deps import Tenancy
from lookalike.connectors.confine import ConnectionPolicy, networks, protected_endpoints
from lookalike.connectors.sqlite.connector import path_of
from lookalike.core.errors import ConfigError
from lookalike.store.settings import home


def _sqlite_file(url: str) -> Path | None:
    plain = url.split("+", 1)[0] + url[url.index(":") :] if url.startswith("sqlite+") else url
    return Path(path_of(plain)) if plain.startswith("sqlite:") else None


def policy_from_environment(
    store_url: str, system_url: str, environ: Mapping[str, str] = os.environ
) -> tuple[ConnectionPolicy, Tenancy]:
    """`LOOKALIKE_DATA_DIR` (default: data/ in the home), `LOOKALIKE_SQLITE_ROOTS` (os.pathsep-separated),
    `LOOKALIKE_ALLOW_HOSTS` / `LOOKALIKE_DENY_HOSTS` (addresses or CIDR networks), `LOOKALIKE_TENANCY`."""
    tenancy = environ.get("LOOKALIKE_TENANCY", "auto")
    if tenancy not in get_args(Tenancy):
        raise ConfigError(
            f"LOOKALIKE_TENANCY={tenancy!r} is not one of single, multi, auto",
            where="LOOKALIKE_TENANCY",
            fix="single (one user: loopback allowed), multi (tenants), auto (multi from the second account on)",
        )
    own_files = [home(), *(f for f in (_sqlite_file(store_url), _sqlite_file(system_url)) if f is not None)]
    roots = tuple(Path(root) for root in environ.get("LOOKALIKE_SQLITE_ROOTS", "").split(os.pathsep) if root)
    policy = ConnectionPolicy(
        data_dir=Path(environ.get("LOOKALIKE_DATA_DIR") or home() / "data"),
        sqlite_roots=roots,
        allow_networks=networks(environ.get("LOOKALIKE_ALLOW_HOSTS")),
        deny_networks=networks(environ.get("LOOKALIKE_DENY_HOSTS")),
        protected_files=tuple(own_files),
        protected_databases=protected_endpoints([store_url, system_url]),
    )
    return policy, cast(Tenancy, tenancy)
