"""The sandbox child (`python -P sandbox_child.py <MB>`): QuickJS contexts, one reply per request.

Run as a script, not `-m`: the child starts with QuickJS alone (tens of ms, where the transformer catalogue takes
half a second), so a syntax check in a fresh child still answers within its limit. The catalogue, which the
`neosync` helper needs, is imported before the first batch, and a batch's clock starts only after it.

Every context gets its memory and stack limits before the first byte of user code is evaluated (a function's
definition may run top-level statements), and the whole child runs under an address-space limit as a second
fence. Contexts are kept per (scope, code) for the latest scope only: JavaScript globals live for one run of one
account, never for the next run or another tenant sharing this child. A JavaScript exception crosses back as its
kind, its error class and the line it came from, never its message: `throw new Error(value)` would otherwise put a
source value into stored run errors.
"""

from __future__ import annotations

import json
import re
import resource
import sys
from collections import OrderedDict
from dataclasses import dataclass
from typing import IO, Any

STACK_BYTES = 1 << 20  # QuickJS's own 256 kB default allows ~100 frames; the child's C stack is 8 MB
_CACHED_CONTEXTS = 32  # distinct codes of one scope (a job with many JavaScript columns)

# The JS side of one batch: parse once, call the user's `fn` per value with a seeded Math.random, stringify once.
# A failure returns "!" + a JSON description (kind, class, lines of the stack), never the exception's message.
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
class __HelperError extends Error {
  constructor(helper, message, cause) { super(message); this.helper = helper; this.pythonClass = cause; }
}
const neosync = new Proxy({}, {
  get: function (target, name) {
    return function (a, b) {
      const generator = String(name).startsWith("generate");
      const value = generator ? null : a;
      const options = (generator ? a : b) || {};
      const text = __lookalike_call(String(name), JSON.stringify(value), JSON.stringify(options), __row, __calls++);
      const reply = JSON.parse(text);
      if (reply.error) { throw new __HelperError(String(name), reply.error, reply.cause); }
      return reply.value;
    };
  }
});
const __CLASSES = ["AggregateError", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError",
  "URIError", "InternalError", "Error"].map(function (name) { return globalThis[name]; })
  .filter(function (kind) { return typeof kind === "function"; });
function __describe(error) {
  let name = null;
  for (const kind of __CLASSES) { if (error instanceof kind) { name = kind.name; break; } }
  const own = name === "InternalError" ? String(error.message) : "";
  const stack = name !== null && typeof error.stack === "string" ? error.stack : "";
  return JSON.stringify({
    name: name,
    limit: own === "out of memory" || own === "stack overflow" ? own : null,
    lines: (stack.match(/<input>:\\d+/g) || []).map(function (at) { return Number(at.slice(8)); }),
    helper: error instanceof __HelperError ? [String(error.helper), String(error.pythonClass)] : null,
  });
}
function __batch(payload) {
  try {
    const p = JSON.parse(payload);
    const out = new Array(p.values.length);
    for (let i = 0; i < p.values.length; i++) {
      __random = __mulberry(p.seeds[i]);
      __row = p.seeds[i]; __calls = 0;
      const value = p.values[i];
      out[i] = (value === null && p.keep_nulls) ? null : fn(value, p.rows ? p.rows[i] : {});
    }
    return JSON.stringify(out);
  } catch (error) {
    return "!" + __describe(error);
  }
}
"""

# Error classes a description may name; anything else thrown (a string, an object) is "a non-Error value".
_CLASSES = frozenset(
    {"AggregateError", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"}
    | {"InternalError", "Error"}
)
_PYTHON_CLASS = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,80}$")


def _definition(code: str) -> tuple[str, int]:
    """The user's code as `function fn(value, input)` (Neosync's body form, or a whole function named fn), and
    how many lines of ours come before the user's first line."""
    stripped = code.strip()
    if stripped.startswith("function fn") or stripped.startswith("function  fn"):
        return stripped, 0
    return f"function fn(value, input) {{\n{code}\n}}", 1


def user_function(code: str) -> str:
    return _definition(code)[0]


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    chunks, missing = [], size
    while missing:
        chunk = stream.read(missing)  # an unbuffered pipe may return less
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


def read_message(stream: IO[bytes]) -> Any:
    return json.loads(_read_exactly(stream, int.from_bytes(_read_exactly(stream, 4), "big")))


def write_message(stream: IO[bytes], message: Any) -> None:
    body = json.dumps(message).encode()
    unsent = memoryview(len(body).to_bytes(4, "big") + body)
    while unsent:
        unsent = unsent[stream.write(unsent) :]  # an unbuffered pipe may take less
    stream.flush()


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
    except Exception as error:  # reported to the user's code as a JS exception (its message stays inside JS)
        return json.dumps({"error": f"neosync.{name}: {error}", "cause": type(error).__name__})


@dataclass
class _Compiled:
    """One QuickJS context holding the user's `fn` and our `__batch`; `helper` is refilled for every batch."""

    context: Any
    batch: Any
    helper: dict[str, Any]


class ChildError(Exception):
    """What the child replies instead of a result: `kind` (syntax, error, memory, shape) and a safe text."""

    def __init__(self, kind: str, text: str) -> None:
        super().__init__(text)
        self.kind, self.text = kind, text


def _compile(code: str, memory_limit_mb: int) -> _Compiled:
    """A fresh context with the code defined: limits first, so top-level statements run under them.

    Errors here come from the code alone (no value has been sent yet), so they keep their message.
    """
    import quickjs

    context = quickjs.Context()
    context.set_memory_limit(memory_limit_mb * 1024 * 1024)
    context.set_max_stack_size(STACK_BYTES)
    helper: dict[str, Any] = {}
    context.add_callable("__lookalike_call", lambda *a, h=helper: _helper_call(h, *a))
    definition = user_function(code)
    try:
        context.eval(definition)
        # Our lines come after the user's: a stack line ≤ the definition's length is the user's own.
        context.eval("\n" * definition.count("\n") + _BATCH)
        defined = context.eval("typeof fn")
    except quickjs.JSException as error:
        text = str(error).strip()
        if text.startswith("InternalError: out of memory"):
            raise ChildError("memory", f"the top-level code ran out of memory ({memory_limit_mb} MB)") from None
        raise ChildError("syntax" if text.startswith("SyntaxError") else "error", text) from None
    if defined != "function":
        raise ChildError("shape", "the JavaScript must be a function body, or define `function fn(value, input)`")
    return _Compiled(context, context.get("__batch"), helper)


def _user_line(code: str, lines: list[int]) -> int | None:
    """The innermost stack line inside the user's code (lines past the definition are our `__batch`'s)."""
    definition, offset = _definition(code)
    written = definition.count("\n") + 1 - 2 * offset  # the body form adds a line before and after
    for line in lines:
        if 1 <= line - offset <= written:
            return line - offset
    return None


def describe(code: str, description: str, memory_limit_mb: int) -> ChildError:
    """A JavaScript exception as a ChildError naming its class and line, never its message (it may carry a value)."""
    try:
        found = json.loads(description)
        name, limit, lines, helper = found["name"], found["limit"], found["lines"], found["helper"]
        lines = [int(line) for line in lines if isinstance(line, int | float)]
    except (ValueError, KeyError, TypeError):
        return ChildError("error", "the JavaScript threw an exception")
    line = _user_line(code, lines)
    at = f" at line {line} of the code" if line is not None else ""
    if limit == "out of memory":
        return ChildError("memory", f"ran out of memory ({memory_limit_mb} MB){at}")
    if limit == "stack overflow":
        return ChildError("error", f"InternalError: stack overflow (recursion too deep){at}")
    if isinstance(helper, list) and len(helper) == 2:
        return ChildError("error", f"{_helper_name(str(helper[0]))} failed ({_python_class(str(helper[1]))}){at}")
    thrown = str(name) if name in _CLASSES else "a non-Error value"
    return ChildError("error", f"{thrown} thrown{at} (its message is not shown: it may hold a source value)")


def _helper_name(name: str) -> str:
    """`neosync.<name>` only for a name we know (a computed name like `neosync[value]` could be a value)."""
    from lookalike.transformers import REGISTRY

    return f"neosync.{name}" if _snake(name) in REGISTRY else "an unknown neosync helper"


def _python_class(name: str) -> str:
    return name if _PYTHON_CLASS.match(name) else "error"


class _Contexts:
    """Compiled contexts of the latest scope, by code; a new scope (another run or account) drops them all."""

    def __init__(self) -> None:
        self.scope: str | None = None
        self.by_code: OrderedDict[str, _Compiled] = OrderedDict()

    def get(self, scope: str | None, code: str, memory_limit_mb: int) -> _Compiled:
        if scope is None:  # nobody to share with: a context for this one batch, the cache left as it is
            return _compile(code, memory_limit_mb)
        if scope != self.scope:
            self.by_code.clear()
            self.scope = scope
        compiled = self.by_code.get(code)
        if compiled is None:
            compiled = self.by_code[code] = _compile(code, memory_limit_mb)
            while len(self.by_code) > _CACHED_CONTEXTS:
                self.by_code.popitem(last=False)
        else:
            self.by_code.move_to_end(code)
        compiled.context.set_memory_limit(memory_limit_mb * 1024 * 1024)
        return compiled

    def drop(self, code: str) -> None:
        self.by_code.pop(code, None)  # a context that failed once is not trusted again


def _run(contexts: _Contexts, request: dict[str, Any]) -> str:
    import quickjs

    code, limit = request["code"], request["memory_limit_mb"]
    compiled = contexts.get(request["scope"], code, limit)
    compiled.helper.clear()
    compiled.helper.update(request["helper"])
    try:
        out = compiled.batch(request["payload"])
    except quickjs.JSException as error:  # thrown past __batch's own catch (e.g. no memory left to describe it)
        contexts.drop(code)
        if str(error).startswith("InternalError: out of memory"):
            raise ChildError("memory", f"ran out of memory ({limit} MB)") from None
        raise ChildError("error", "the JavaScript failed") from None
    text = str(out)
    if text.startswith("!"):
        contexts.drop(code)
        raise describe(code, text[1:], limit)
    return text


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """The child's loop: `check` (compile in a throwaway context) gets one reply; `run` (one batch) gets "started"
    once the catalogue is imported, then its reply: the parent times only what comes after "started"."""
    import quickjs  # noqa: F401  (imported before "ready": the parent's clock starts after the imports)

    write_message(replies, ["ready", ""])
    contexts = _Contexts()
    while True:
        try:
            request = read_message(requests)
        except EOFError:
            return
        try:
            if request["op"] == "check":
                _compile(request["code"], request["memory_limit_mb"])
                write_message(replies, ["ok", ""])
            else:
                import lookalike.transformers  # noqa: F401  (the `neosync` helper's catalogue; once per child)

                write_message(replies, ["started", ""])
                write_message(replies, ["ok", _run(contexts, request)])
        except ChildError as failure:
            write_message(replies, [failure.kind, failure.text])
        except MemoryError:  # the address-space fence, outside QuickJS's own accounting
            contexts.drop(request.get("code", ""))
            write_message(replies, ["memory", "the sandbox process ran out of memory"])
        except Exception as error:  # our side failed; its text could quote a value, its class cannot
            contexts.drop(request.get("code", ""))
            write_message(replies, ["error", f"the sandbox failed ({type(error).__name__})"])


def limit_address_space(megabytes: int) -> None:
    """Cap this process's address space: a second fence should QuickJS's accounting ever be bypassed."""
    cap = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


if __name__ == "__main__":
    # Set here, not with Popen's preexec_fn: that is unsafe in a parent with threads (the worker has several).
    limit_address_space(int(sys.argv[1]))
    serve(sys.stdin.buffer, sys.stdout.buffer)
