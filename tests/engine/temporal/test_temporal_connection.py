"""Temporal's connection settings come from its standard environment (and profiles); `connect` reaches the dev
server, and a server that does not answer is one ConfigError, quickly."""

from __future__ import annotations

import asyncio
import socket
import sys
import time
from pathlib import Path

import pytest

from lookalike.core.errors import ConfigError
from lookalike.engine.temporal.connection import TemporalSettings, TemporalTLS, connect, tls_config
from lookalike.testing.temporal import TemporalDevServer

pytest.importorskip("temporalio.envconfig", reason="the `temporal` extra is not installed")


def test_defaults_without_any_variable() -> None:
    settings = TemporalSettings.from_environ({}, config_file=Path("/nonexistent/temporal.toml"))
    assert (settings.address, settings.namespace, settings.task_queue) == ("localhost:7233", "default", "lookalike")
    assert settings.api_key is None and not settings.tls_enabled and settings.ui_url is None


def test_temporal_variables_and_lookalike_task_queue() -> None:
    settings = TemporalSettings.from_environ(
        {
            "TEMPORAL_ADDRESS": "temporal.internal:7233",
            "TEMPORAL_NAMESPACE": "qa",
            "TEMPORAL_TLS_SERVER_NAME": "temporal.internal",
            "TEMPORAL_TLS_SERVER_CA_CERT_DATA": "-----BEGIN CERTIFICATE-----",
            "TEMPORAL_GRPC_META_X_TEAM": "data",
            "LOOKALIKE_TEMPORAL_TASK_QUEUE": "copies",
            "LOOKALIKE_TEMPORAL_UI_URL": "http://temporal.internal:8080/",
        }
    )
    assert (settings.address, settings.namespace, settings.task_queue) == ("temporal.internal:7233", "qa", "copies")
    assert settings.tls.server_name == "temporal.internal"
    assert settings.tls.server_ca_cert_data == "-----BEGIN CERTIFICATE-----"
    assert settings.grpc_meta == {"x-team": "data"}
    assert settings.workflow_url("run 1", "abc") == (
        "http://temporal.internal:8080/namespaces/qa/workflows/run%201/abc/history"
    )
    assert TemporalSettings.from_environ({}, task_queue="mine").task_queue == "mine"


def test_api_key_implies_tls_and_cloud_links() -> None:
    settings = TemporalSettings.from_environ(
        {
            "TEMPORAL_ADDRESS": "us-east-1.aws.api.temporal.io:7233",
            "TEMPORAL_NAMESPACE": "qa.acct1",
            "TEMPORAL_API_KEY": "secret-key",
        }
    )
    assert settings.tls_enabled and tls_config(settings) is True
    assert "secret-key" not in repr(settings) and "secret-key" not in settings.where()
    assert settings.workflow_url("r1") == "https://cloud.temporal.io/namespaces/qa.acct1/workflows/r1"
    explicit_off = TemporalSettings.from_environ({"TEMPORAL_API_KEY": "k", "TEMPORAL_TLS": "false"})
    assert not explicit_off.tls_enabled and tls_config(explicit_off) is False


def test_profile_from_config_file(tmp_path: Path) -> None:
    config = tmp_path / "temporal.toml"
    config.write_text('[profile.default]\naddress = "a:1"\n[profile.prod]\naddress = "prod:7233"\nnamespace = "p"\n')
    env = {"TEMPORAL_CONFIG_FILE": str(config)}
    assert TemporalSettings.from_environ(env).address == "a:1"
    prod = TemporalSettings.from_environ({**env, "TEMPORAL_PROFILE": "prod"})
    assert (prod.address, prod.namespace, prod.profile) == ("prod:7233", "p", "prod")
    # An environment variable overrides the profile, as for the `temporal` CLI.
    assert TemporalSettings.from_environ({**env, "TEMPORAL_ADDRESS": "b:2"}).address == "b:2"
    with pytest.raises(ConfigError, match="cannot be read") as error:
        TemporalSettings.from_environ({**env, "TEMPORAL_PROFILE": "missing"})
    assert error.value.fix is not None and "TEMPORAL_PROFILE" in error.value.fix


def test_tls_files_and_half_a_client_pair(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("CA")
    settings = TemporalSettings.from_environ({"TEMPORAL_TLS": "true", "TEMPORAL_TLS_SERVER_CA_CERT_PATH": str(ca)})
    assert settings.tls.server_ca_cert_path == ca
    config = tls_config(settings)
    assert not isinstance(config, bool) and config.server_root_ca_cert == b"CA"
    half = TemporalSettings(tls=TemporalTLS(enabled=True, client_cert_data="CERT"))
    with pytest.raises(ConfigError, match="needs its key"):
        tls_config(half)
    missing = TemporalSettings(tls=TemporalTLS(enabled=True, server_ca_cert_path=tmp_path / "nope.pem"))
    with pytest.raises(ConfigError, match="cannot be read"):
        tls_config(missing)


def test_connect_and_describe_the_namespace(temporal_server: TemporalDevServer) -> None:
    async def describe() -> str:
        client = await connect(temporal_server.settings())
        from temporalio.api.workflowservice.v1 import DescribeNamespaceRequest

        answer = await client.workflow_service.describe_namespace(DescribeNamespaceRequest(namespace="default"))
        return answer.namespace_info.name

    assert asyncio.run(describe()) == "default"


def test_unknown_namespace_is_named(temporal_server: TemporalDevServer) -> None:
    settings = temporal_server.settings().model_copy(update={"namespace": "nowhere"})
    with pytest.raises(ConfigError, match="'nowhere' does not exist"):
        asyncio.run(connect(settings))


def test_refused_address_is_a_config_error() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = TemporalSettings(address=f"127.0.0.1:{port}", connect_timeout_s=2)
    with pytest.raises(ConfigError, match="cannot be reached") as error:
        asyncio.run(connect(settings))
    assert f"127.0.0.1:{port}" in str(error.value.where) and "lookalike temporal dev" in str(error.value.fix)


def test_silent_server_times_out_quickly() -> None:
    with socket.socket() as sock:  # accepts TCP connections (the backlog) but never speaks gRPC
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        settings = TemporalSettings(address=f"127.0.0.1:{sock.getsockname()[1]}", connect_timeout_s=1)
        started = time.monotonic()
        with pytest.raises(ConfigError, match="does not answer within 1 s"):
            asyncio.run(connect(settings))
        assert time.monotonic() - started < 5


def test_without_the_sdk_env_config_the_plain_variables_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "temporalio.envconfig", None)  # import fails as if the SDK were absent
    settings = TemporalSettings.from_environ(
        {"TEMPORAL_ADDRESS": "t:1", "TEMPORAL_NAMESPACE": "n", "TEMPORAL_API_KEY": "k", "TEMPORAL_TLS_SERVER_NAME": "s"}
    )
    assert (settings.address, settings.namespace, settings.tls.server_name) == ("t:1", "n", "s")
    assert settings.api_key is not None and settings.tls_enabled
