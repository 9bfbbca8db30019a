"""The sandbox's fences against hostile or careless JavaScript: limits that hold for top-level code, a syntax check
that never runs code in this process, no globals shared between runs or accounts, and errors that never carry a
source value."""

from __future__ import annotations

import json
import os
import re
import time
from typing import Any

import pyarrow as pa
import pytest
from pydantic import ValidationError

from lookalike.core.config import AnonymizeConfig, ColumnMapping
from lookalike.core.errors import ConfigError, RunError
from lookalike.core.schema import Column, Kind
from lookalike.engine.anonymize import anonymize
from lookalike.engine.copy.transform import transform_batch
from lookalike.engine.plan.resolve import ColumnPlan
from lookalike.transformers import REGISTRY, TransformContext
from lookalike.transformers.sandbox import Call, Sandbox, ScriptError, address_space_mb, check_syntax, sandbox

TOP_LEVEL_BOMB = "function fn(value) { return value; }\nvar a = []; for (;;) a.push(new Array(1e6).fill(1));"
TOP_LEVEL_REDOS = "function fn(value) { return value; }\n/(a+)+$/.test('a'.repeat(27) + '!');"
COUNTER = "var n = (globalThis.n || 0) + 1; globalThis.n = n; return String(n);"
EMAILS = pa.array(["alice.secret@example.com", "bob.hidden@example.org"])


def _status(pid: int, field: str) -> int:
    """A /proc/<pid>/status size in MB (VmRSS, VmHWM)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) // 1024
    raise AssertionError(f"no {field} for {pid}")


def _run(code: str, values: pa.Array, scope: str | None, kind: Kind = Kind.TEXT, **params: Any) -> list[Any]:
    entry = REGISTRY.get("transform_javascript")
    ctx = TransformContext(column=Column("email", "text", kind), table="people", seed=1, scope=scope)
    out: list[Any] = entry(values, entry.parse_params({"code": code, **params}), ctx).to_pylist()
    return out


def _call(code: str, memory_limit_mb: int = 16) -> Call:
    payload = json.dumps({"values": ["x"], "rows": None, "seeds": [1], "keep_nulls": True})
    helper = {"table": "t", "column": "c", "seed": 1, "key": None}
    return Call(code, payload, memory_limit_mb, helper, scope="run-1")


# -- 1. memory: limited before the first line of user code runs ------------------------------------------------
def test_a_top_level_memory_bomb_stays_within_its_limit_and_the_worker_is_untouched() -> None:
    box = Sandbox()
    try:
        worker_before = _status(os.getpid(), "VmRSS")
        with pytest.raises(ScriptError, match="ran out of memory") as error:
            box.run(_call(TOP_LEVEL_BOMB), time_limit_seconds=30)
        assert error.value.kind == "memory"
        assert box.pid is not None  # the child answered, cleanly: it did not die…
        child_peak = _status(box.pid, "VmHWM")
        assert child_peak < 400, f"the child peaked at {child_peak} MB"  # …and never got near the bomb's GBs
        assert _status(os.getpid(), "VmRSS") - worker_before < 50
        assert box.run(_call("return value + '!';"), time_limit_seconds=30) == '["x!"]'
    finally:
        box.stop()


def test_a_top_level_memory_bomb_fails_the_params_check_in_the_child() -> None:
    started = time.monotonic()
    with pytest.raises(ValueError, match=r"top-level code ran out of memory \(16 MB\)"):
        check_syntax(TOP_LEVEL_BOMB, 16)
    with pytest.raises(ValidationError, match="ran out of memory") as invalid:
        REGISTRY.get("transform_javascript").parse_params({"code": TOP_LEVEL_BOMB, "memory_limit_mb": 16})
    assert invalid.value.errors()[0]["loc"] == ("code",)
    assert time.monotonic() - started < 10


def test_the_child_runs_under_an_address_space_limit() -> None:
    box = Sandbox()
    try:
        box.run(_call("return value;", memory_limit_mb=64), time_limit_seconds=30)
        assert box.pid is not None
        with open(f"/proc/{box.pid}/limits") as limits:
            line = next(line for line in limits if line.startswith("Max address space"))
        assert re.findall(r"\d+", line)[:2] == [str(address_space_mb(64) * 1024 * 1024)] * 2
        first = box.pid
        box.run(_call("return value;", memory_limit_mb=2048), time_limit_seconds=30)
        assert box.pid != first  # a larger limit gets a child with a larger fence
    finally:
        box.stop()


def test_the_stack_is_limited_too() -> None:
    with pytest.raises(RunError, match=r"stack overflow.*at line 1 of the code"):
        _run("function deep(n) { return deep(n + 1) + 1; } return deep(0);", EMAILS, scope=None)


# -- 2. the syntax check: in the child, under the wall clock -------------------------------------------------
def test_a_redos_at_top_level_is_cut_by_the_wall_clock() -> None:
    sandbox().check("return value;", 16)  # the child is up: what is timed is the check itself
    started = time.monotonic()
    with pytest.raises(ValueError, match="top-level code did not finish within 1 s"):
        check_syntax(TOP_LEVEL_REDOS)
    assert time.monotonic() - started < 2


def test_the_check_never_runs_code_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import quickjs

    def refuse(*_: object) -> None:
        raise AssertionError("QuickJS was used in the calling process")

    monkeypatch.setattr(quickjs, "Context", refuse)
    check_syntax("return value + 'checked in the child';")
    with pytest.raises(ValueError, match="does not compile: SyntaxError"):
        check_syntax("return (;")
    with pytest.raises(ValueError, match="must be a function body"):
        check_syntax("function fnord() {}")


def test_a_redos_through_anonymize_is_a_config_error_within_2_s() -> None:
    mapping = ColumnMapping(transformer="transform_javascript", params={"code": TOP_LEVEL_REDOS})
    sandbox().check("return value;", 256)  # the child is up, with room for the default limit
    started = time.monotonic()
    with pytest.raises(ConfigError, match="did not finish within 1 s"):
        anonymize([["x"]], AnonymizeConfig(mappings={"$[*]": mapping}), {})
    assert time.monotonic() - started < 2


# -- 3. no state across runs or accounts ---------------------------------------------------------------------
def test_globals_live_for_one_scope_only() -> None:
    three = pa.array(["a", "b", "c"])
    assert _run(COUNTER, three, scope="run-a") == ["1", "2", "3"]
    assert _run(COUNTER, three, scope="run-a") == ["4", "5", "6"]  # one run: its batches share the context
    assert _run(COUNTER, three, scope="run-b") == ["1", "2", "3"]  # another run (or account) starts afresh
    assert _run(COUNTER, three, scope="run-a") == ["1", "2", "3"]  # …and does not hand its globals back
    assert _run(COUNTER, three, scope=None) == ["1", "2", "3"]
    assert _run(COUNTER, three, scope=None) == ["1", "2", "3"]  # no scope: nothing is kept at all
    top_level = "function fn(value) { seen.push(value); return seen.join(); }\nvar seen = [];"
    assert _run(top_level, three, scope="run-c") == ["a", "a,b", "a,b,c"]
    assert _run(top_level, pa.array(["d"]), scope="run-d") == ["d"]


def test_runs_and_anonymize_requests_each_get_a_fresh_context() -> None:
    entry = REGISTRY.get("transform_javascript")
    column = Column("n", "text", Kind.TEXT)
    plan = ColumnPlan(column=column, transformer=entry, params=entry.parse_params({"code": COUNTER}))
    batch = pa.RecordBatch.from_pydict({"n": ["a", "b"]})

    def counted(run_id: str) -> list[Any]:
        out = transform_batch(batch, [plan], table="t", seed=1, batch_index=0, scope=run_id)
        values: list[Any] = out.column(0).to_pylist()
        return values

    assert counted("run-1") == ["1", "2"] and counted("run-1") == ["3", "4"]
    assert counted("run-2") == ["1", "2"]
    mapping = ColumnMapping(transformer="transform_javascript", params={"code": COUNTER})
    config = AnonymizeConfig(mappings={"$[*]": mapping})
    assert anonymize([["a", "b"]], config, {}) == [["1", "2"]]
    assert anonymize([["a", "b"]], config, {}) == [["1", "2"]]  # a second request (maybe another account's)


# -- 4. errors never carry a source value --------------------------------------------------------------------
def _assert_no_value(error: BaseException) -> None:
    text = f"{error} {getattr(error, 'where', '')} {getattr(error, 'fix', '')}"
    for secret in ("alice", "secret", "bob", "hidden", "example"):
        assert secret not in text, text


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("throw new Error(value);", r"Error thrown at line 1 of the code"),
        ("if (value) {\n  throw new TypeError('bad ' + value);\n}", r"TypeError thrown at line 2 of the code"),
        ("throw value;", r"a non-Error value thrown"),
        ("return JSON.parse(value);", r"SyntaxError thrown"),
        ("const e = new RangeError(value); e.name = value; throw e;", r"RangeError thrown"),
        ("throw {message: value};", r"a non-Error value thrown"),
        ("return neosync.transformEmail(value, {nope: value});", r"neosync\.transformEmail failed \(ValidationError\)"),
        ("return neosync[value.split('@')[0]](value);", r"an unknown neosync helper failed"),
    ],
)
def test_a_thrown_value_never_reaches_the_run_error(code: str, shown: str) -> None:
    with pytest.raises(RunError, match=shown) as error:
        _run(code, EMAILS, scope="run-errors")
    _assert_no_value(error.value)


def test_a_misfit_output_is_named_by_position_and_type_not_value() -> None:
    numbers = pa.array([1, 2], pa.int64())
    with pytest.raises(RunError, match="value 1 of the batch is a string") as error:
        _run("return 'alice.secret@example.com';", numbers, scope=None, kind=Kind.INTEGER)
    _assert_no_value(error.value)


def test_a_thrown_value_never_reaches_the_error_of_a_run_batch() -> None:
    entry = REGISTRY.get("transform_javascript")
    column = Column("email", "text", Kind.TEXT)
    plan = ColumnPlan(column=column, transformer=entry, params=entry.parse_params({"code": "throw new Error(value);"}))
    batch = pa.RecordBatch.from_pydict({"email": EMAILS})
    with pytest.raises(RunError, match=r"people\.email") as error:
        transform_batch(batch, [plan], table="people", seed=1, batch_index=0, scope="run-x")
    _assert_no_value(error.value)


def test_errors_of_the_code_itself_keep_their_message() -> None:
    with pytest.raises(ValidationError, match=r"does not compile: SyntaxError"):
        REGISTRY.get("transform_javascript").parse_params({"code": "return (;"})
    with pytest.raises(ValidationError, match="top-level code failed: Error: from the code"):
        REGISTRY.get("transform_javascript").parse_params(
            {"code": "function fn(value) { return value; }\nthrow new Error('from the code');"}
        )
