"""transform_javascript and generate_javascript: the user's own JavaScript, sandboxed (QuickJS in a child process).

Neosync's code form works unchanged: a function body using `value` (and `input`, the whole source row), or a whole
`function fn(value, input)`. The function is called for each value inside one JavaScript call per batch (one JSON
document in, one out), with `neosync.<transformerName>(value, {options})` calling our own transformers.
`Math.random` is seeded per value: from the value and the key when the run is keyed (same in, same out), else
from the run seed, so reruns with the same seed reproduce. Nulls stay null for transform_javascript.
Globals last for one run (`TransformContext.scope`), never into the next run or another account's. A failing
batch's error names the exception's class and line, never its message, which may quote a source value.
"""

from __future__ import annotations

import datetime
import decimal
import json
from typing import Any, Self

import numpy as np
import pyarrow as pa
from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails

from lookalike.core.canonical import arrow_type
from lookalike.core.errors import RunError
from lookalike.core.schema import Kind
from lookalike.transformers.common import draws, keep_nulls, truncate_to
from lookalike.transformers.registry import Role, StrictParams, TransformContext, transformer
from lookalike.transformers.sandbox import Call, ScriptError, check_syntax, sandbox

KINDS = frozenset({Kind.TEXT, Kind.INTEGER, Kind.FLOAT, Kind.DECIMAL, Kind.BOOLEAN, Kind.UUID, Kind.ENUM, Kind.OTHER})

_FIX = {
    "timeout": "make the code faster, or raise time_limit_ms (it covers one batch of values)",
    "memory": "use less memory per batch, or raise memory_limit_mb",
    "crash": "use less memory per batch, or raise memory_limit_mb",
    "syntax": "fix the code (test it with `lookalike anonymize`)",
    "shape": "write a function body, or define `function fn(value, input)`",
    "error": "fix the code at that line (the exception's own message is not shown: it may hold a source value)",
}


class ScriptParams(StrictParams):
    code: str = Field("return value;", description="body of `function fn(value, input)`, or that whole function")
    time_limit_ms: int = Field(10_000, ge=10, le=600_000, description="wall-clock limit for one batch of values")
    memory_limit_mb: int = Field(256, ge=16, le=8192, description="QuickJS heap limit, top-level code included")

    @model_validator(mode="after")
    def _compiles(self) -> Self:
        """Checked in the sandbox child under the params' memory limit (a definition may run top-level code)."""
        try:
            check_syntax(self.code, self.memory_limit_mb)
        except ValueError as error:  # reported on `code`, as a field validator would
            detail = InitErrorDetails(type="value_error", loc=("code",), input=self.code, ctx={"error": error})
            raise ValidationError.from_exception_data(type(self).__name__, [detail]) from None
        return self


class TransformScriptParams(ScriptParams):
    pass


class GenerateScriptParams(ScriptParams):
    code: str = Field(
        "return Math.floor(Math.random() * 1000000);",
        description="body of `function fn(value, input)` returning the new value, or that whole function",
    )


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _run(values: pa.Array[Any], params: ScriptParams, ctx: TransformContext, keep_nulls_: bool) -> pa.Array[Any]:
    code = params.code
    rows = ctx.rows.to_pylist() if ctx.rows is not None and "input" in code else None
    seeds = (draws(values, ctx) >> np.uint64(32)).astype(np.int64).tolist()
    payload = json.dumps(
        {"values": values.to_pylist(), "rows": rows, "seeds": seeds, "keep_nulls": keep_nulls_},
        default=_json_default,
    )
    key = ctx.key.hex() if ctx.key is not None else None
    helper = {"table": ctx.table, "column": ctx.column.name, "seed": ctx.seed, "key": key}
    where = f"{ctx.table}.{ctx.column.name}"
    call = Call(code, payload, params.memory_limit_mb, helper, scope=ctx.scope)
    try:
        out = json.loads(sandbox().run(call, params.time_limit_ms / 1000))
    except ScriptError as error:
        raise RunError(
            f"JavaScript on {where} failed ({error.kind}): {str(error).strip()}", where=where, fix=_FIX[error.kind]
        ) from None
    return _to_column(out, ctx, where)


def _to_column(out: list[Any], ctx: TransformContext, where: str) -> pa.Array[Any]:
    """JSON values → the column's Arrow type; a value that does not fit fails the batch, naming the column."""
    wanted = arrow_type(ctx.column)
    if pa.types.is_string(wanted):
        return truncate_to(pa.array([_text(v) for v in out], pa.string()), ctx.column.max_length)
    try:
        # pa.array truncates 1.5 to 1 for an integer type without a word.
        if pa.types.is_integer(wanted) and any(isinstance(v, float) and not v.is_integer() for v in out):
            raise _FractionError("a number with a fraction for a whole-number column")
        try:
            return pa.array(out, wanted)
        except (pa.ArrowException, TypeError, ValueError):
            return pa.array(out).cast(wanted)
    except (pa.ArrowException, TypeError, ValueError) as error:
        # Arrow's message quotes the offending value, which may be a source value: name its JSON type instead.
        reason = str(error) if isinstance(error, _FractionError) else f"e.g. {_first_misfit(out, wanted)}"
        raise RunError(
            f"JavaScript on {where} returned values that are not {ctx.column.native_type} ({reason})",
            where=where,
            fix=f"return {wanted} values",
        ) from None


class _FractionError(ValueError):
    pass


_JSON_TYPES = {str: "string", int: "number", float: "number", bool: "boolean", dict: "object", list: "array"}


def _first_misfit(out: list[Any], wanted: pa.DataType) -> str:
    """Which output failed, by position and JSON type only."""
    for position, value in enumerate(out):
        try:
            pa.array([value]).cast(wanted)
        except (pa.ArrowException, TypeError, ValueError):
            return f"value {position + 1} of the batch is a {_JSON_TYPES.get(type(value), 'value of another type')}"
    return "a value of another type"


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return (
        json.dumps(value)
        if isinstance(value, dict | list)
        else str(value).lower()
        if isinstance(value, bool)
        else str(value)
    )


@transformer("transform_javascript", kinds=KINDS, role=Role.TRANSFORMER, params=TransformScriptParams)
def transform_javascript(values: pa.Array[Any], params: TransformScriptParams, ctx: TransformContext) -> pa.Array[Any]:
    """Transform each value with your JavaScript: `fn(value, input)` (input = the row), in a QuickJS sandbox."""
    return keep_nulls(values, _run(values, params, ctx, keep_nulls_=True))


@transformer("generate_javascript", kinds=KINDS, role=Role.GENERATOR, params=GenerateScriptParams)
def generate_javascript(values: pa.Array[Any], params: GenerateScriptParams, ctx: TransformContext) -> pa.Array[Any]:
    """Generate each value with your JavaScript (`input` = the row), in a QuickJS sandbox."""
    return _run(values, params, ctx, keep_nulls_=False)
