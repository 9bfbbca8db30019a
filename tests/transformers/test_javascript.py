"""User JavaScript in the QuickJS sandbox: Neosync's code forms, the row as `input`, the `neosync` helper,
one sandbox call per batch, and limits that fail the batch with a clear error while the worker lives on."""

from __future__ import annotations

import os
import time
from typing import Any

import pyarrow as pa
import pytest
from pydantic import ValidationError

from lookalike.core.errors import RunError
from lookalike.core.schema import Column, Kind
from lookalike.transformers import REGISTRY, TransformContext
from lookalike.transformers.sandbox import sandbox

ROWS = pa.RecordBatch.from_pydict({"id": [1, 2, 3], "name": ["ann", "bob", None]})


def run(name: str, values: pa.Array, kind: Kind = Kind.TEXT, key: bytes | None = None, **params: Any) -> list[Any]:
    entry = REGISTRY.get(name)
    column = Column("name", "text", kind, max_length=params.pop("max_length", None))
    ctx = TransformContext(column=column, table="people", seed=3, key=key, rows=ROWS)
    return entry(values, entry.parse_params(params), ctx).to_pylist()


NAMES = pa.array(["ann", "bob", None])


def test_neosync_body_and_whole_function_forms_and_the_row_as_input() -> None:
    assert run("transform_javascript", NAMES, code="return value.toUpperCase() + input.id;") == ["ANN1", "BOB2", None]
    whole = "function fn(value, input) { return value + '/' + input.id; }"
    assert run("transform_javascript", NAMES, code=whole) == ["ann/1", "bob/2", None]
    assert run("generate_javascript", NAMES, code="return 'n' + input.id;") == ["n1", "n2", "n3"]


def test_output_takes_the_column_type_and_length() -> None:
    numbers = pa.array([1, 2, None], pa.int64())
    assert run("transform_javascript", numbers, Kind.INTEGER, code="return value * 10;") == [10, 20, None]
    assert run("transform_javascript", NAMES, code="return value.repeat(10);", max_length=5) == ["annan", "bobbo", None]
    with pytest.raises(RunError, match="returned values that are not"):
        run("transform_javascript", numbers, Kind.INTEGER, code="return 'not a number';")


def test_the_neosync_helper_calls_our_transformers() -> None:
    out = run(
        "transform_javascript",
        NAMES,
        key=b"k",
        code="return neosync.transformFirstName(value, {preserveLength: true});",
    )
    assert [len(v) for v in out[:2]] == [3, 3] and out[:2] != ["ann", "bob"]
    uuids = run("generate_javascript", NAMES, code="return neosync.generateUuid({includeHyphens: false});")
    assert all(len(v) == 32 for v in uuids)
    # A helper's name could be computed from a value (`neosync[value]`): only a known name is repeated.
    with pytest.raises(RunError, match=r"an unknown neosync helper failed \(KeyError\) at line 1"):
        run("transform_javascript", NAMES, code="return neosync.noSuchThing(value);")


def test_math_random_is_seeded_and_keyed_runs_are_deterministic_per_value() -> None:
    code = "return value + Math.random();"
    assert run("transform_javascript", NAMES, code=code) == run("transform_javascript", NAMES, code=code)
    keyed = run("transform_javascript", pa.array(["x", "y", "x"]), key=b"k", code=code)
    assert keyed[0] == keyed[2] != keyed[1]


def test_one_sandbox_call_per_batch() -> None:
    values = pa.array([f"v{i}" for i in range(20_000)])
    counted = "globalThis.calls = (globalThis.calls || 0) + 1; return String(globalThis.calls);"
    out = run("transform_javascript", values, code=counted)
    assert out[-1] == "20000"  # one JavaScript context saw every value of the batch…
    box = sandbox()
    assert box._process is not None
    pid = box._process.pid
    run("transform_javascript", values, code=counted)
    assert box._process.pid == pid  # …and the sandbox process is reused across batches


def test_an_infinite_loop_fails_within_the_limit_and_the_next_batch_works() -> None:
    started = time.monotonic()
    with pytest.raises(RunError, match=r"timeout.*did not finish within 0.5 s") as error:
        run("transform_javascript", NAMES, code="while (true) {}", time_limit_ms=500)
    assert time.monotonic() - started < 5 and error.value.where == "people.name"
    assert run("transform_javascript", NAMES, code="return value + '!';") == ["ann!", "bob!", None]


def test_a_memory_bomb_fails_the_batch_and_the_process_survives() -> None:
    bomb = "let a = []; while (true) { a.push(new Array(1e6).fill(1)); }"
    with pytest.raises(RunError, match="memory"):
        run("transform_javascript", NAMES, code=bomb, memory_limit_mb=64)
    assert os.getpid() and run("transform_javascript", NAMES, code="return value;") == ["ann", "bob", None]


def test_errors_in_the_code() -> None:
    with pytest.raises(ValidationError, match="does not compile"):
        REGISTRY.get("transform_javascript").parse_params({"code": "return (;"})
    with pytest.raises(RunError, match="Error thrown at line 1 of the code") as thrown:
        run("transform_javascript", NAMES, code="throw new Error('boom');")
    assert "boom" not in str(thrown.value)  # the message may hold a value: never shown
    with pytest.raises(ValidationError, match="top-level code did not finish"):  # checked under a time limit
        REGISTRY.get("transform_javascript").parse_params({"code": "function fn(v) { return v; } while (true) {}"})


def test_no_modules_io_or_host_objects_are_exposed() -> None:
    probe = "return [typeof std, typeof os, typeof require, typeof print, typeof console, typeof process].join();"
    assert run("transform_javascript", pa.array(["x"]), code=probe) == [",".join(["undefined"] * 6)]


def test_a_fraction_for_a_whole_number_column_fails_naming_the_column() -> None:
    numbers = pa.array([1, 2], pa.int64())
    assert run("transform_javascript", numbers, Kind.INTEGER, code="return value * 2.0;") == [2, 4]
    with pytest.raises(RunError, match=r"people\.name returned values.*fraction"):
        run("transform_javascript", numbers, Kind.INTEGER, code="return value + 0.5;")


def test_the_neosync_helper_varies_per_row_and_call() -> None:
    nothing = pa.array([None] * 20, pa.string())
    emails = run("generate_javascript", nothing, code="return neosync.generateEmail({});")
    assert len(set(emails)) == 20
    values = pa.array(["a", "b", "c", "d"] * 5)
    code = "return neosync.transformFirstName(value, {});"
    unkeyed = run("transform_javascript", values, code=code)
    assert len(set(unkeyed)) > 5 and unkeyed == run("transform_javascript", values, code=code)
    keyed = run("transform_javascript", values, key=b"k", code=code)
    assert keyed[:4] == keyed[4:8] and len(set(keyed[:4])) > 1  # with a key: the same value, the same name
    with pytest.raises(RunError, match=r"neosync\.passthrough"):  # only transformers and generators
        run("transform_javascript", values, code="return neosync.passthrough(value, {});")


def test_starting_the_sandbox_does_not_count_against_the_time_limit() -> None:
    sandbox().stop()  # the next batch starts a new child (about 0.4 s of imports)
    assert run("transform_javascript", NAMES, code="return value;", time_limit_ms=150) == ["ann", "bob", None]
