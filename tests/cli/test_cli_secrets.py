"""The CLI never prints a password, whatever characters it holds, on stdout or stderr; a malformed URL and a
document nested too deep are one clear error with exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.core.jsonpath import MAX_DEPTH

runner = CliRunner()
PASSWORDS = ["se#cret-pw", "se?cret-pw", "p@ssw0rd-x", "pass/word-x", "pass:word-x", "100%sure-pw", "a#b?c@d/e:f%g-hh"]


def _job(tmp_path: Path, source: str, destination: str | None = None) -> Path:
    job = {"source": {"url": source}, "destinations": [{"url": destination or f"sqlite:///{tmp_path / 'qa.db'}"}]}
    path = tmp_path / "job.yaml"
    path.write_text(yaml.safe_dump(job), encoding="utf-8")
    return path


def _pieces(password: str) -> list[str]:
    return [password, *(piece for piece in password.replace("?", "/").replace("#", "/").split("/") if len(piece) > 4)]


@pytest.mark.parametrize("password", PASSWORDS)
def test_sync_of_an_unreachable_source_never_prints_its_password(tmp_path: Path, password: str) -> None:
    result = runner.invoke(app, ["sync", str(_job(tmp_path, f"postgresql://user:{password}@127.0.0.1:9/prod"))])
    assert result.exit_code == 2, result.output
    assert "cannot connect" in result.output and "postgresql://user:***@127.0.0.1:9/prod" in result.output
    assert not any(piece in result.stdout + result.stderr for piece in _pieces(password))


def test_sync_into_an_unreachable_destination_never_prints_its_password(tmp_path: Path) -> None:
    source = tmp_path / "shop.db"
    import sqlite3

    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    job = _job(tmp_path, f"sqlite:///{source}", "postgresql://qa:dest#pw/x@secret@[::1]:9/qa")
    result = runner.invoke(app, ["sync", str(job)])
    assert result.exit_code == 2, result.output
    assert "dest#pw/x@secret" not in result.output and "secret" not in result.output


@pytest.mark.parametrize(
    "url",
    [
        "host=127.0.0.1 port=9 user=u password=kw-secret-pw dbname=d",
        "postgresql://u:kw-secret-pw@[::1:bad/db",
        "postgresql://u:kw-secret-pw@127.0.0.1:port/db",
    ],
)
def test_a_malformed_url_exits_2_with_one_message_and_no_password(tmp_path: Path, url: str) -> None:
    result = runner.invoke(app, ["sync", str(_job(tmp_path, url))])
    assert result.exit_code == 2, result.output
    assert "not a valid database URL" in result.output and "fix:" in result.output
    assert "kw-secret-pw" not in result.output and "Traceback" not in result.output


def test_the_installed_command_keeps_stdout_and_stderr_clean(tmp_path: Path) -> None:
    # The real entry point (its log redaction included), with a password holding every delimiter at once.
    password = "a#b?c@d/e:f%g-hh"
    job = _job(tmp_path, f"postgresql://user:{password}@127.0.0.1:9/prod")
    done = subprocess.run(
        [sys.executable, "-m", "lookalike.cli.main", "sync", str(job)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2, done.stderr
    assert not any(piece in done.stdout + done.stderr for piece in _pieces(password))
    assert "***" in done.stderr


def test_anonymize_refuses_a_document_nested_too_deep_with_one_error() -> None:
    args = ["anonymize", "-m", "$.email=transform_email"]
    deep = runner.invoke(app, args, input="[" * 900 + "]" * 900)
    assert deep.exit_code == 2 and f"nested deeper than {MAX_DEPTH} levels" in deep.output
    assert len(deep.output.splitlines()) <= 4  # what, where, fix: no traceback
    deeper = runner.invoke(app, args, input="[" * 100_000 + "]" * 100_000)  # past what the parser recurses into
    assert deeper.exit_code == 2 and f"nested deeper than {MAX_DEPTH} levels" in deeper.output
    at_the_limit = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    fine = runner.invoke(app, args, input=at_the_limit)
    assert fine.exit_code == 0 and json.loads(fine.stdout) == json.loads(at_the_limit)


def test_an_unexpected_error_is_one_redacted_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import lookalike.cli.main as cli

    def broken(_path: Path) -> None:
        raise RuntimeError("driver: cannot parse postgresql://u:bug#secret-pw@h/db")

    monkeypatch.setattr(cli, "load_job", broken)
    monkeypatch.setattr(sys, "argv", ["lookalike", "sync", str(tmp_path / "job.yaml")])
    monkeypatch.delenv("LOOKALIKE_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    printed = capsys.readouterr()
    assert stopped.value.code == 1
    assert "error: RuntimeError" in printed.err and "postgresql://u:***@h/db" in printed.err
    assert "bug#secret-pw" not in printed.out + printed.err and "Traceback" not in printed.err
