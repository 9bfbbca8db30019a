"""The installation's settings: every LOOKALIKE_* environment variable the server, workers and CLI share, read in
one place and checked on the way in, so a bad value fails at start with its variable's name, not mid-run."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from lookalike.core.errors import ConfigError

PREFIX = "LOOKALIKE_"

# single: one user owns the server (loopback and sockets allowed); multi: tenants (refused unless allowed);
# auto: single while the store holds one account, multi from the second on.
Tenancy = Literal["single", "multi", "auto"]

# What each variable accepts, for the error when its value is refused.
_FIXES = {
    "tenancy": "single (one user: loopback allowed), multi (tenants), auto (multi from the second account on)",
}


class Settings(BaseSettings):
    """LOOKALIKE_HOME, LOOKALIKE_SECRET_KEY, LOOKALIKE_SYSTEM_DB, LOOKALIKE_STORE_URL and the server's connection
    policy (LOOKALIKE_DATA_DIR, LOOKALIKE_SQLITE_ROOTS, LOOKALIKE_ALLOW_HOSTS, LOOKALIKE_DENY_HOSTS,
    LOOKALIKE_TENANCY). An empty variable counts as unset, as it always has."""

    model_config = SettingsConfigDict(env_prefix=PREFIX, env_ignore_empty=True, extra="ignore", frozen=True)

    home: Path = Field(default_factory=lambda: Path.home() / ".lookalike")
    secret_key: SecretStr | None = None  # else secret.key in the home (see installation.secrets)
    system_db: str | None = None  # the durable engine's system database; else SQLite in the home
    store_url: str | None = None  # the control plane's store; else SQLite in the home
    data_dir: Path | None = None  # where tenants' SQLite files may live; else data/ in the home
    sqlite_roots: str = ""  # more folders for SQLite files, os.pathsep-separated
    allow_hosts: str | None = None  # addresses or CIDR networks, comma-separated
    deny_hosts: str | None = None
    tenancy: Tenancy = "auto"

    @property
    def sqlite_root_paths(self) -> tuple[Path, ...]:
        return tuple(Path(root) for root in self.sqlite_roots.split(os.pathsep) if root)

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> Settings:
        """The settings `environ` holds (and only it: not the process's environment), e.g. for a test; names are
        matched as the environment is read, ignoring case, and empty values count as unset."""
        values = {
            name.upper().removeprefix(PREFIX).lower(): value
            for name, value in environ.items()
            if value and name.upper().startswith(PREFIX)
        }
        # Every field given as an argument: the process's environment, read only for fields left out, is not read.
        given: dict[str, Any] = {
            name: values.get(name, field.get_default(call_default_factory=True))
            for name, field in cls.model_fields.items()
        }
        return _checked(lambda: cls(**given))


def _checked(build: Callable[[], Settings]) -> Settings:
    try:
        return build()
    except ValidationError as error:
        problem = error.errors(include_url=False)[0]
        field = str(problem["loc"][0]) if problem["loc"] else ""
        variable = PREFIX + field.upper()
        shown = f"={problem['input']!r}" if isinstance(problem.get("input"), str) and field != "secret_key" else ""
        raise ConfigError(
            f"{variable}{shown} is refused: {problem['msg']}",
            where=variable,
            fix=_FIXES.get(field, f"set {variable} to a valid value or unset it"),
        ) from None


_cache: dict[tuple[tuple[str, str], ...], Settings] = {}


def settings() -> Settings:
    """The process's settings from its environment now. Read on every call (cheaply: built again only when a
    LOOKALIKE_* variable or HOME, which the default home derives from, changed), so a test or a CLI flag that
    sets a variable is seen at once."""
    seen = tuple(
        sorted((name, value) for name, value in os.environ.items() if name.upper().startswith(PREFIX) or name == "HOME")
    )
    found = _cache.get(seen)
    if found is None:
        found = _cache[seen] = _checked(Settings)
        if len(_cache) > 64:  # environments that keep changing (tests): keep only the newest
            _cache.clear()
            _cache[seen] = found
    return found


def home() -> Path:
    """`LOOKALIKE_HOME`, else ~/.lookalike: the embedded system database and the secret key live here."""
    return settings().home


def system_database_url(explicit: str | None = None) -> str:
    """The durable engine's system database: `--system-db`, `LOOKALIKE_SYSTEM_DB`, else a SQLite file in home().

    A PostgreSQL URL here is what lets several workers on several machines share runs and queues.
    """
    url = explicit or settings().system_db
    if url:
        return url
    folder = home()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'system.sqlite'}"
