"""The engine interface: one factory picks the engine, one place mints run ids, and nothing outside engine/ reaches
past the interface into the DBOS runtime."""

from __future__ import annotations

import ast
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lookalike.core.errors import ConfigError
from lookalike.engine.dbos.engine import DbosEngine
from lookalike.engine.interface import JobEngine, engine_for
from lookalike.engine.run_ids import new_run_id, scheduled_run_id

ROOT = Path(__file__).resolve().parents[2]
_RUN_ID = re.compile(r"^(?P<name>.+)-(?P<stamp>\d{8}T\d{6})-(?P<nonce>[0-9a-f]{8})$")


def test_the_factory_builds_the_dbos_engine_by_default_and_by_name(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'system.sqlite'}"
    chosen: JobEngine = engine_for(url, kind="dbos")
    assert isinstance(chosen, DbosEngine)
    assert isinstance(engine_for(url), DbosEngine)


def test_the_factory_reads_the_engine_kind_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOOKALIKE_ENGINE", "dbos")
    assert isinstance(engine_for(), DbosEngine)
    monkeypatch.setenv("LOOKALIKE_ENGINE", "temporal")
    from lookalike.engine.temporal.engine import TemporalEngine

    monkeypatch.setenv("TEMPORAL_ADDRESS", "127.0.0.1:1")  # built without connecting: nothing is asked yet
    assert isinstance(engine_for(), TemporalEngine)
    monkeypatch.setenv("LOOKALIKE_ENGINE", "nope")
    with pytest.raises(ConfigError, match="unknown engine 'nope'") as raised:
        engine_for()
    assert raised.value.where == "LOOKALIKE_ENGINE" and raised.value.fix is not None
    assert "dbos" in raised.value.fix and "temporal" in raised.value.fix


def test_an_unknown_engine_kind_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown engine 'nope'") as raised:
        engine_for(kind="nope")
    assert raised.value.where == "engine kind"


def test_run_ids_read_job_start_and_nonce_and_never_repeat() -> None:
    found = _RUN_ID.match(new_run_id("nightly"))
    assert found is not None and found["name"] == "nightly"
    assert _RUN_ID.match(new_run_id(None)) is not None and new_run_id(None).startswith("job-")
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert new_run_id("a-b", moment).startswith("a-b-20260102T030405-")
    # 32 random bits: 200 ids in one second collide with a chance of about 5 in a million (24 bits made it 1 in 800).
    assert len({new_run_id("same", moment) for _ in range(200)}) == 200


def test_the_engine_mints_run_ids_in_the_same_format(tmp_path: Path) -> None:
    minted = engine_for(f"sqlite:///{tmp_path / 'system.sqlite'}").new_run_id("job-7")
    found = _RUN_ID.match(minted)
    assert found is not None and found["name"] == "job-7"


def test_a_scheduled_run_id_has_no_nonce_so_a_replayed_firing_gets_the_same_id() -> None:
    moment = datetime(2026, 12, 1, 2, 0, 0, tzinfo=UTC)
    assert scheduled_run_id("nightly", moment) == "nightly-20261201T020000"
    assert scheduled_run_id("nightly", moment) == scheduled_run_id("nightly", moment)


def _sources_outside_the_engine() -> list[Path]:
    package = ROOT / "src" / "lookalike"
    inside = package / "engine"
    files = [path for path in package.rglob("*.py") if inside not in path.parents]
    return files + sorted((ROOT / "bench").glob("*.py"))


def _reaches_past_the_interface(tree: ast.AST) -> list[str]:
    """Imports of the runtime, and engines built by hand instead of by `engine_for`."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.startswith("lookalike.engine.dbos.runtime")]
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            if node.module.startswith("lookalike.engine.dbos.runtime"):
                found.append(node.module)
            elif node.module == "lookalike.engine":
                found += [f"lookalike.engine.{a.name}" for a in node.names if a.name == "runtime"]
            elif node.module == "lookalike.engine.interface":
                found += [f"{node.module}.{a.name}" for a in node.names if a.name == "DbosEngine"]
    return found


def test_nothing_outside_the_engine_imports_its_runtime_or_builds_an_engine_by_hand() -> None:
    files = _sources_outside_the_engine()
    assert len(files) > 50  # the walk found the package and the benches
    offenders = {
        str(path.relative_to(ROOT)): hits
        for path in files
        if (hits := _reaches_past_the_interface(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offenders == {}


def test_the_check_catches_each_way_of_reaching_the_runtime() -> None:
    for source in (
        "from lookalike.engine import runtime",
        "import lookalike.engine.dbos.runtime",
        "from lookalike.engine.dbos.runtime import launch",
        "def f():\n    from lookalike.engine import runs, runtime",
        "from lookalike.engine.interface import DbosEngine",
    ):
        assert _reaches_past_the_interface(ast.parse(source)), source
    assert not _reaches_past_the_interface(ast.parse("from lookalike.engine.interface import engine_for"))
