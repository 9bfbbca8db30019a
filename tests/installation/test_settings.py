"""The installation's settings: every LOOKALIKE_* variable read in one place, a bad value refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from lookalike.core.errors import ConfigError
from lookalike.installation.settings import Settings, home, settings, system_database_url


def test_the_home_is_lookalike_home_and_an_empty_one_counts_as_unset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOOKALIKE_HOME", str(tmp_path))
    assert home() == tmp_path
    monkeypatch.setenv("LOOKALIKE_HOME", "")
    assert home() == Path.home() / ".lookalike"


def test_a_changed_variable_is_seen_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOOKALIKE_STORE_URL", "sqlite:///one.db")
    assert settings().store_url == "sqlite:///one.db"
    monkeypatch.setenv("LOOKALIKE_STORE_URL", "sqlite:///two.db")
    assert settings().store_url == "sqlite:///two.db"
    monkeypatch.delenv("LOOKALIKE_STORE_URL")
    assert settings().store_url is None


def test_the_system_database_is_the_flag_else_the_variable_else_sqlite_in_the_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOOKALIKE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("LOOKALIKE_SYSTEM_DB", raising=False)
    assert system_database_url() == f"sqlite:///{tmp_path / 'home' / 'system.sqlite'}"
    assert (tmp_path / "home").is_dir()
    monkeypatch.setenv("LOOKALIKE_SYSTEM_DB", "postgresql://db/system")
    assert system_database_url() == "postgresql://db/system"
    assert system_database_url("postgresql://flag/system") == "postgresql://flag/system"


def test_a_bad_value_fails_at_once_naming_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOOKALIKE_TENANCY", "several")
    with pytest.raises(ConfigError, match="LOOKALIKE_TENANCY='several'") as raised:
        settings()
    assert raised.value.where == "LOOKALIKE_TENANCY"
    assert raised.value.fix is not None and "single" in raised.value.fix


def test_settings_from_a_mapping_read_only_that_mapping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOOKALIKE_TENANCY", "multi")
    chosen = Settings.from_environ({"LOOKALIKE_SQLITE_ROOTS": "/a:/b", "LOOKALIKE_DATA_DIR": "", "OTHER": "x"})
    assert chosen.tenancy == "auto"  # the default: the process's own multi is not read
    assert chosen.sqlite_root_paths == (Path("/a"), Path("/b"))
    assert chosen.data_dir is None
    with pytest.raises(ConfigError, match="LOOKALIKE_TENANCY"):
        Settings.from_environ({"LOOKALIKE_TENANCY": "x"})


def test_the_secret_key_never_shows_in_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOOKALIKE_SECRET_KEY", "do-not-print-me")
    chosen = settings()
    assert "do-not-print-me" not in repr(chosen) and "do-not-print-me" not in str(chosen.model_dump())
    assert chosen.secret_key is not None and chosen.secret_key.get_secret_value() == "do-not-print-me"


def test_the_default_home_follows_the_users_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOOKALIKE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "one"))
    assert home() == tmp_path / "one" / ".lookalike"
    monkeypatch.setenv("HOME", str(tmp_path / "two"))
    assert home() == tmp_path / "two" / ".lookalike"
