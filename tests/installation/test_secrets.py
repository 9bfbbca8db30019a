"""The installation's secret key: sealing round-trips, the key file is made once and private, a wrong key fails
clearly, and the deterministic key follows the secret key."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from lookalike.core.errors import ConfigError
from lookalike.installation.secrets import installation_key, seal, unseal


@pytest.fixture
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LOOKALIKE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("LOOKALIKE_SECRET_KEY", raising=False)
    return tmp_path / "home"


def test_without_a_key_one_is_made_in_the_home_readable_only_by_its_owner(fresh_home: Path) -> None:
    sealed = seal("postgresql://app:pw@db/prod")
    assert "pw" not in sealed
    key_file = fresh_home / "secret.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    first = key_file.read_text()
    assert unseal(sealed) == "postgresql://app:pw@db/prod"
    assert key_file.read_text() == first  # made once


def test_the_variable_wins_over_the_file_and_another_key_cannot_unseal(
    fresh_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_file = seal("secret")
    monkeypatch.setenv("LOOKALIKE_SECRET_KEY", Fernet.generate_key().decode())
    with pytest.raises(ConfigError, match="another secret key") as raised:
        unseal(by_file)
    assert raised.value.where == "LOOKALIKE_SECRET_KEY"
    assert unseal(seal("secret")) == "secret"


def test_a_key_that_is_not_a_fernet_key_is_refused(fresh_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOOKALIKE_SECRET_KEY", "too-short")
    with pytest.raises(ConfigError, match="not a Fernet key"):
        seal("x")


def test_the_deterministic_key_follows_the_secret_key(fresh_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOOKALIKE_SECRET_KEY", Fernet.generate_key().decode())
    first = installation_key()
    assert installation_key() == first and len(first) == 32
    monkeypatch.setenv("LOOKALIKE_SECRET_KEY", Fernet.generate_key().decode())
    assert installation_key() != first
