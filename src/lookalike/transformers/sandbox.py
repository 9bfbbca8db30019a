"""QuickJS in a child process: user JavaScript gets a time limit, a memory limit, and no way to hurt the worker.

The QuickJS binding refuses Python callbacks while its own time limit is set, and the `neosync` helper object
*is* a Python callback. So the wall-clock limit is enforced from outside: each thread of a worker owns one child
process that keeps compiled functions (one QuickJS context per function); a batch that overruns the limit gets
the child killed (a new one starts on the next batch) and a clear error. Memory is capped inside QuickJS;
a child that dies anyway is an error for that batch, never for the worker.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
import threading
from dataclasses import dataclass
from typing import IO, Any

# The JS side of one batch: parse once, call the user's `fn` per value with a seeded Math.random, stringify once.
_BATCH = """
function __mulberry(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
var __random = __mulberry(1);
var __row = 0, __calls = 0;  // lets the helper vary per row (and per call within a row)
Math.random = function () { return __random(); };
const neosync = new Proxy({}, {
  get: function (target, name) {
    return function (a, b) {
      const generator = String(name).startsWith("generate");
      const value = generator ? null : a;
      const options = (generator ? a : b) || {};
      const text = __lookalike_call(String(name), JSON.stringify(value), JSON.stringify(options), __row, __calls++);
      const reply = JSON.parse(text);
      if (reply.error) { throw new Error(reply.error); }
      return reply.value;
    };
  }
});
function __batch(payload) {
  const p = JSON.parse(payload);
  const out = new Array(p.values.length);
  for (let i = 0; i < p.values.length; i++) {
    __random = __mulberry(p.seeds[i]);
    __row = p.seeds[i]; __calls = 0;
    const value = p.values[i];
    out[i] = (value === null && p.keep_nulls) ? null : fn(value, p.rows ? p.rows[i] : {});
  }
  return JSON.stringify(out);
}
"""


def user_function(code: str) -> str:
    """The user's code as `function fn(value, input)`: Neosync's body form, or a whole function named fn."""
    stripped = code.strip()
    if stripped.startswith("function fn") or stripped.startswith("function  fn"):
        return stripped
    return f"function fn(value, input) {{\n{code}\n}}"


@dataclass(frozen=True)
class Call:
    """One batch for the child: the code, the JSON payload, and what the `neosync` helper needs."""

    code: str
    payload: str
    memory_limit_mb: int
    helper: dict[str, Any]


class ScriptError(Exception):
    """The user's code failed: `kind` is syntax, error, timeout, memory or crash."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _snake(name: str) -> str:
    """JavaScript's camelCase (transformFirstName, preserveLength) as our snake_case names."""
    return "".join("_" + ch.lower() if ch.isupper() else ch for ch in name)


def _helper_call(
    helper: dict[str, Any], name: str, value_json: str, options_json: str, row: float = 0, call: float = 0
) -> str:
    """Run one of our transformers for JavaScript (`neosync.transformFirstName(value, {preserveLength: true})`).

    `row` is the row's Math.random seed: without a key (and always for generators, whose input is null) it seeds
    the transformer, so each row and each call differs yet reruns reproduce; with a key a transformer's output
    depends on the value and the key only, as everywhere else.
    """
    import pyarrow as pa

    from lookalike.core.schema import Column, Kind
    from lookalike.transformers import REGISTRY, Role, TransformContext

    snake = _snake(name)
    try:
        entry = REGISTRY.get(snake) if snake in REGISTRY else None
        if entry is None or snake.endswith("javascript") or entry.role not in (Role.TRANSFORMER, Role.GENERATOR):
            raise KeyError(f"no transformer {snake!r} for neosync.{name}")
        options = json.loads(options_json)
        params = entry.parse_params({_snake(option): setting for option, setting in options.items()})
        value = json.loads(value_json)
        column = Column(helper["column"], "text", Kind.of_json(value))
        keyed = helper["key"] and entry.role is Role.TRANSFORMER
        key = bytes.fromhex(helper["key"]) if keyed else None
        # Only ever hashed as text (rng(), derived_key()), so any size is fine; batch_index feeds int64 arithmetic.
        seed = (int(helper["seed"]) << 64) | (int(row) << 32) | (int(call) & 0xFFFFFFFF)
        ctx = TransformContext(column=column, table=helper["table"], seed=seed, key=key)
        out = entry(pa.array([value]), params, ctx).to_pylist()[0]
        return json.dumps({"value": out}, default=str)
    except Exception as error:  # reported to the user's code as a JS exception
        return json.dumps({"error": f"neosync.{name}: {error}"})


def _read_message(stream: IO[bytes]) -> Any:
    header = stream.read(4)
    if len(header) < 4:
        raise EOFError
    return json.loads(stream.read(int.from_bytes(header, "big")))


def _write_message(stream: IO[bytes], message: Any) -> None:
    body = json.dumps(message).encode()
    stream.write(len(body).to_bytes(4, "big") + body)
    stream.flush()


def _serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """The child's loop: one compiled QuickJS context per distinct code, one reply per batch."""
    import quickjs

    _write_message(replies, ["ready", ""])  # imports done: the parent starts the batch clock only now
    functions: dict[str, tuple[Any, Any, dict[str, Any]]] = {}
    while True:
        try:
            call = _read_message(requests)
        except EOFError:
            return
        code = call["code"]
        try:
            if code not in functions:
                if len(functions) >= 32:
                    functions.clear()
                context = quickjs.Context()
                helper: dict[str, Any] = {}
                context.add_callable("__lookalike_call", lambda *a, h=helper: _helper_call(h, *a))
                try:
                    context.eval(user_function(code))
                except quickjs.JSException as error:
                    _write_message(replies, ["syntax", str(error)])
                    continue
                context.eval(_BATCH)
                functions[code] = (context, context.get("__batch"), helper)
            context, batch, helper = functions[code]
            helper.clear()
            helper.update(call["helper"])
            context.set_memory_limit(call["memory_limit_mb"] * 1024 * 1024)
            _write_message(replies, ["ok", batch(call["payload"])])
        except quickjs.JSException as error:
            functions.pop(code, None)  # a context that failed once is not trusted again
            text = str(error)
            _write_message(replies, ["memory" if "out of memory" in text else "error", text])
        except Exception as error:
            functions.pop(code, None)
            _write_message(replies, ["error", f"{type(error).__name__}: {error}"])


def check_syntax(code: str) -> None:
    """ValueError when the code does not compile (checked in a throwaway context, without running it)."""
    import quickjs

    context = quickjs.Context()
    context.set_memory_limit(16 * 1024 * 1024)
    context.set_time_limit(1)  # a whole-function form may run top-level statements as it is defined
    try:
        context.eval(user_function(code))
    except quickjs.JSException as error:
        if "interrupted" in str(error):
            raise ValueError("the JavaScript's top-level code did not finish within 1 s") from None
        raise ValueError(f"the JavaScript does not compile: {str(error).strip()}") from None
    if context.eval("typeof fn") != "function":
        raise ValueError("the JavaScript must be a function body, or define `function fn(value, input)`")


_STARTUP_SECONDS = 60  # importing lookalike in the child; generous, since it is not the user's code


class Sandbox:
    """One child process (`python -m lookalike.transformers.sandbox`); `run` sends a batch, waits ≤ the limit."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        # A plain child interpreter, not a fork: the worker has threads (DBOS, drivers) a fork would copy mid-flight.
        self._process = subprocess.Popen(
            [sys.executable, "-m", "lookalike.transformers.sandbox"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert self._process.stdout is not None
        ready, _, _ = select.select([self._process.stdout], [], [], _STARTUP_SECONDS)
        if not ready or _read_message(self._process.stdout) != ["ready", ""]:
            self.stop()
            raise ScriptError("crash", f"the JavaScript sandbox process did not start within {_STARTUP_SECONDS} s")
        return self._process

    def stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            for stream in (self._process.stdin, self._process.stdout):
                if stream is not None:
                    stream.close()
        self._process = None

    def run(self, call: Call, time_limit_seconds: float) -> str:
        message = {"code": call.code, "payload": call.payload, "memory_limit_mb": call.memory_limit_mb}
        try:
            process = self._process or self._start()
            assert process.stdin is not None and process.stdout is not None
            _write_message(process.stdin, {**message, "helper": call.helper})
            ready, _, _ = select.select([process.stdout], [], [], time_limit_seconds)
            if not ready:
                self.stop()
                raise ScriptError("timeout", f"did not finish within {time_limit_seconds:g} s")
            status, text = _read_message(process.stdout)
        except (EOFError, BrokenPipeError, OSError, ValueError):
            self.stop()
            raise ScriptError("crash", "the JavaScript sandbox process died (out of memory?)") from None
        if status != "ok":
            raise ScriptError(status, text)
        return str(text)


_local = threading.local()


def sandbox() -> Sandbox:
    """This thread's sandbox (QuickJS runtimes must not be shared between threads)."""
    box: Sandbox | None = getattr(_local, "sandbox", None)
    if box is None:
        box = _local.sandbox = Sandbox()
    return box


if __name__ == "__main__":
    _serve(sys.stdin.buffer, sys.stdout.buffer)
