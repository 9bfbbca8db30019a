"""Where a server's stored connections may point: the confinement that keeps one account out of the server itself.

A connection a tenant stores is opened by the server's processes, with the server's file permissions and network
position. Left open, a SQLite URL could name the server's own store or the engine's system database (read every
tenant's data, or plant a payload the engine deserializes), create a file anywhere the server may write, or tell
whether a file exists; a PostgreSQL URL could reach services on the server's loopback (often trusted without a
password) or map its ports. So on the server:

- a SQLite file must lie under the account's own data directory (or a root the operator allows), after symlinks
  are resolved, and is never one of the server's own files, wherever the roots are;
- a network connection may not name loopback, link-local or unspecified addresses (every address a name resolves
  to counts), a Unix socket, or libpq options that read server files (`service`, `passfile`, `sslkey`…), unless
  the operator allows those hosts; a single-user server allows loopback;
- the server's own databases (store, system database) are refused whatever the lists say.

Every refusal is decided from the URL and the policy alone, before anything is opened, so its message says the
same whether or not the file, host or port exists.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lookalike.connectors.base import dialect_of
from lookalike.core.errors import ConfigError
from lookalike.core.urls import encode_userinfo

_Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_Address = ipaddress.IPv4Address | ipaddress.IPv6Address

# Refused by default on a multi-account server: the server itself and its link (cloud metadata: 169.254.169.254).
LOCAL_NETWORKS: tuple[_Network, ...] = tuple(
    ipaddress.ip_network(cidr)
    for cidr in ("127.0.0.0/8", "::1/128", "0.0.0.0/8", "::/128", "169.254.0.0/16", "fe80::/10", "::ffff:127.0.0.0/104")
)

# libpq settings a stored URL may carry; the rest read files on the server (service, passfile, ssl*), change where
# it connects (host/hostaddr in the query are read like the URL's host, so they are checked, not refused), or are
# not needed for a connection string kept by a server.
_SAFE_LIBPQ = frozenset(
    {
        "host",
        "hostaddr",
        "port",
        "dbname",
        "user",
        "password",
        "sslmode",
        "connect_timeout",
        "application_name",
        "target_session_attrs",
        "keepalives",
        "keepalives_idle",
        "keepalives_interval",
        "keepalives_count",
        "tcp_user_timeout",
        "gssencmode",
        "channel_binding",
        "sslnegotiation",
        "sslcompression",
        "load_balance_hosts",
        "client_encoding",
    }
)
_SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Endpoint:
    """One (host, port, database) a PostgreSQL URL names; host is a name, an address, or a socket directory."""

    host: str
    port: int
    dbname: str


@dataclass(frozen=True)
class ConnectionPolicy:
    """What stored connections may name on this server (see the module's docstring)."""

    data_dir: Path  # accounts' SQLite files live under data_dir/<account id>/
    sqlite_roots: tuple[Path, ...] = ()  # further directories any account may use (operator's choice)
    allow_local: bool = False  # loopback and Unix sockets (a single-user server)
    allow_networks: tuple[_Network, ...] = ()  # allowed even when in LOCAL_NETWORKS or denied
    deny_networks: tuple[_Network, ...] = ()
    protected_files: tuple[Path, ...] = ()  # the server's own files: never a connection
    protected_databases: tuple[Endpoint, ...] = ()  # the server's own PostgreSQL databases
    resolve: bool = True  # look names up (every address counts); tests of the pure rules turn it off
    _cache: dict[str, tuple[_Address, ...]] = field(default_factory=dict, compare=False, repr=False)

    def account_dir(self, account_id: str) -> Path:
        """The account's data directory (created on first use, mode 0700)."""
        folder = self.data_dir / account_id
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return folder

    def check(self, url: str, account_id: str) -> str:
        """`url` as it may be stored and opened (a relative SQLite path made absolute in the account's directory);
        ConfigError when the policy refuses it. Nothing is opened."""
        dialect = dialect_of(url)
        if dialect == "sqlite":
            return self._check_sqlite(url, account_id)
        if dialect == "postgres":
            self._check_postgres(url)
            return url
        raise ConfigError(
            f"connections of type {dialect!r} cannot be stored on this server",
            where="url",
            fix="use postgresql://user:password@host:5432/db or sqlite:///file.db",
        )

    # -- SQLite -----------------------------------------------------------------------------------------------
    def _check_sqlite(self, url: str, account_id: str) -> str:
        from lookalike.connectors.sqlite.connector import path_of

        raw = path_of(url)
        home = self.account_dir(account_id)
        fix = f"name a file in this account's data directory, e.g. sqlite:///{home / 'qa.db'} (or sqlite:///qa.db)"
        if raw == ":memory:" or "?" in url:
            raise ConfigError("this SQLite URL form is not allowed on the server", where="url", fix=fix)
        path = Path(os.path.realpath(home / raw))  # a relative path lands in the account's directory
        own = self._protected(path)
        roots = (Path(os.path.realpath(home)), *(Path(os.path.realpath(root)) for root in self.sqlite_roots))
        if own or not any(path != root and path.is_relative_to(root) for root in roots):
            raise ConfigError(
                "SQLite files on this server must be in this account's data directory", where="url", fix=fix
            )
        return f"sqlite:///{path}"

    def _protected(self, path: Path) -> bool:
        for own in self.protected_files:
            real = Path(os.path.realpath(own))
            if any(path == Path(f"{real}{suffix}") for suffix in _SQLITE_SIDE_FILES):
                return True
            if real.is_dir() and path.is_relative_to(real) and not path.is_relative_to(os.path.realpath(self.data_dir)):
                return True
        return False

    # -- PostgreSQL -------------------------------------------------------------------------------------------
    def _check_postgres(self, url: str) -> None:
        endpoints = endpoints_of(url)
        for endpoint in endpoints:
            if endpoint.host.startswith("/") or endpoint.host.startswith("@"):
                if not self.allow_local:
                    raise _refused("Unix sockets are the server's own", "a host name or address")
                continue
            for address in self._addresses(endpoint.host):
                if self._denied(address):
                    raise _refused(
                        "this host is on the server's own network (loopback, link-local) or on its deny list",
                        "a database host the server's operator allows (LOOKALIKE_ALLOW_HOSTS)",
                    )
            if self._is_own_database(endpoint):
                raise _refused("this is one of the server's own databases", "a database of your own")

    def _denied(self, address: _Address) -> bool:
        if any(address in network for network in self.allow_networks):
            return False
        if any(address in network for network in self.deny_networks):
            return True
        return not self.allow_local and any(address in network for network in LOCAL_NETWORKS)

    def _addresses(self, host: str) -> tuple[_Address, ...]:
        try:
            return (_unmapped(ipaddress.ip_address(host.strip("[]"))),)
        except ValueError:
            pass
        if not self.resolve:
            return ()
        if host not in self._cache:
            try:
                found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
            except (OSError, UnicodeError):
                raise _refused("the host name does not resolve", "check the host name") from None
            self._cache[host] = tuple(
                _unmapped(ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])) for info in found
            )
        return self._cache[host]

    def _is_own_database(self, endpoint: Endpoint) -> bool:
        for own in self.protected_databases:
            if own.port != endpoint.port or own.dbname != endpoint.dbname:
                continue
            if own.host == endpoint.host or set(self._addresses(own.host)) & set(self._addresses(endpoint.host)):
                return True
        return False


def _unmapped(address: _Address) -> _Address:
    """An IPv4-mapped IPv6 address (::ffff:127.0.0.1) as the IPv4 address it is."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _refused(reason: str, fix: str) -> ConfigError:
    return ConfigError(f"this connection is not allowed on this server: {reason}", where="url", fix=f"use {fix}")


def endpoints_of(url: str) -> list[Endpoint]:
    """Every (host, port, database) a PostgreSQL URL or keyword DSN names, as libpq parses it.

    libpq's own parser (through psycopg) reads the URL, so query parameters such as `?host=` count like the URL's
    host; a missing host means libpq's default, a Unix socket. Options that read server files are refused.
    """
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    scheme, sep, rest = url.partition("://")
    plain = encode_userinfo(f"{scheme.split('+', 1)[0]}{sep}{rest}") if sep else url  # as the connector opens it
    try:
        params = conninfo_to_dict(plain)
    except ProgrammingError:
        raise ConfigError(
            "the PostgreSQL URL cannot be parsed",
            where="url",
            fix="write it as postgresql://user:password@host:5432/db (percent-encode special characters)",
        ) from None
    unsafe = sorted(name for name in params if name not in _SAFE_LIBPQ)
    if unsafe:
        raise _refused(f"the option(s) {', '.join(unsafe)} are not allowed in a stored connection", "a plain URL")
    hosts = str(params.get("hostaddr") or params.get("host") or "/var/run/postgresql").split(",")
    ports = str(params.get("port") or "5432").split(",")
    dbname = str(params.get("dbname") or params.get("user") or "")
    out = []
    for index, host in enumerate(hosts):
        port_text = ports[index] if index < len(ports) else ports[-1]
        try:
            port = int(port_text or 5432)
        except ValueError:
            raise ConfigError("the port is not a number", where="url", fix="write host:5432") from None
        out.append(Endpoint(host or "/var/run/postgresql", port, dbname))
    if params.get("hostaddr") and params.get("host"):  # libpq connects to hostaddr; host names the TLS peer
        out.extend(Endpoint(h, e.port, e.dbname) for h in str(params["host"]).split(",") for e in out[:1])
    return out


def networks(text: str | None) -> tuple[_Network, ...]:
    """`127.0.0.1, 10.0.0.0/8, ::1` as networks; ConfigError naming a bad entry."""
    out = []
    for item in (part.strip() for part in (text or "").replace(";", ",").split(",")):
        if not item:
            continue
        try:
            out.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ConfigError(
                f"{item!r} is not an address or a network",
                where="LOOKALIKE_ALLOW_HOSTS / LOOKALIKE_DENY_HOSTS",
                fix="list addresses or CIDR networks, comma-separated (127.0.0.1, 10.0.0.0/8)",
            ) from None
    return tuple(out)


def protected_endpoints(urls: Sequence[str]) -> tuple[Endpoint, ...]:
    """The endpoints of the server's own PostgreSQL databases among `urls` (SQLite ones are protected files)."""
    out: list[Endpoint] = []
    for url in urls:
        if dialect_of(url) == "postgres":
            out.extend(endpoints_of(url))
    return tuple(out)
