"""A small JSONPath for document mappings: `$.user.email`, `$.items[*].sku`, `$.tags[0]`, `$..email`, `$.a.*`.

Matches come back as concrete locations (tuples of keys and indices), so one document's leaves can be told
apart from another's, batched into one array per mapping, and written back in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

Location = tuple[str | int, ...]

# Documents nest at most this deep (`[[1]]` is 2): deeper ones would exhaust Python's recursion (copying,
# walking, encoding) and are refused with one error instead.
MAX_DEPTH = 100


def depth(document: Any, limit: int = MAX_DEPTH) -> int:
    """How deep `document` nests (a scalar is 0), counted without recursion; stops counting past `limit`."""
    deepest, stack = 0, [(document, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list) and node:
            deepest = max(deepest, level)
            if level <= limit:
                stack.extend((child, level + 1) for child in (node.values() if isinstance(node, dict) else node))
        elif isinstance(node, dict | list):
            deepest = max(deepest, level)
    return deepest


_TOKEN = re.compile(
    r"""\.\.(?P<deep>[A-Za-z_][\w-]*|\*)      # ..name  ..*
      | \.(?P<name>[A-Za-z_][\w-]*|\*)         # .name   .*
      | \[\s*(?P<index>-?\d+)\s*\]             # [3]
      | \[\s*\*\s*\]                            # [*]
      | \[\s*(?P<quote>["'])(?P<key>.*?)(?P=quote)\s*\]  # ['odd key']
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Step:
    kind: Literal["key", "index", "any", "deep"]
    value: str | int | None = None


def parse(path: str) -> tuple[Step, ...]:
    """Parse a path; ValueError that shows where it stops making sense."""
    text = path.strip()
    if not text.startswith("$"):
        raise ValueError(f"a path starts with `$` (the document): {path!r}")
    steps, position = [], 1
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise ValueError(f"cannot read {path!r} from character {position + 1}: {text[position:]!r}")
        if match.group("deep") is not None:
            deep = match.group("deep")
            steps.append(Step("deep", None if deep == "*" else deep))
        elif match.group("name") is not None:
            name = match.group("name")
            steps.append(Step("any") if name == "*" else Step("key", name))
        elif match.group("index") is not None:
            steps.append(Step("index", int(match.group("index"))))
        elif match.group("key") is not None:
            steps.append(Step("key", match.group("key")))
        else:
            steps.append(Step("any"))
        position = match.end()
    return tuple(steps)


def _children(node: Any) -> Iterator[tuple[str | int, Any]]:
    if isinstance(node, dict):
        yield from node.items()
    elif isinstance(node, list):
        yield from enumerate(node)


def _descendants(node: Any, at: Location) -> Iterator[tuple[Location, Any]]:
    yield at, node
    for key, child in _children(node):
        yield from _descendants(child, (*at, key))


def find(document: Any, steps: tuple[Step, ...]) -> Iterator[tuple[Location, Any]]:
    """Every (location, value) the path matches in `document`, in document order."""
    current: list[tuple[Location, Any]] = [((), document)]
    for step in steps:
        following: list[tuple[Location, Any]] = []
        for at, node in current:
            if step.kind == "key" and isinstance(node, dict) and step.value in node:
                following.append(((*at, step.value), node[step.value]))  # type: ignore[arg-type]
            elif step.kind == "index" and isinstance(node, list) and isinstance(step.value, int):
                if -len(node) <= step.value < len(node):
                    index = step.value % len(node)
                    following.append(((*at, index), node[index]))
            elif step.kind == "any":
                following.extend(((*at, key), child) for key, child in _children(node))
            elif step.kind == "deep":
                for where, inner in _descendants(node, at):
                    if step.value is None:
                        following.extend(((*where, key), child) for key, child in _children(inner))
                    elif isinstance(inner, dict) and step.value in inner:
                        following.append(((*where, step.value), inner[step.value]))
        current = following
    return iter(current)


def leaves(document: Any) -> Iterator[tuple[Location, Any]]:
    """Every scalar (string, number, boolean) in `document` with its location."""
    for at, node in _descendants(document, ()):
        if isinstance(node, str | int | float | bool):
            yield at, node


def assign(document: Any, at: Location, value: Any) -> Any:
    """Put `value` at `at` (in place); the document itself is returned, replaced when `at` is the root."""
    if not at:
        return value
    node = document
    for key in at[:-1]:
        node = node[key]
    node[at[-1]] = value
    return document
