"""Parse PostgreSQL array literals (`{{1,2},{3,NULL}}`, `{"a,b",c}`) so SQLite can store arrays as JSON."""

from __future__ import annotations

from typing import Any

from lookalike.core.schema import Kind


def _convert(token: str, kind: Kind | None) -> Any:
    if kind is Kind.INTEGER:
        return int(token)
    if kind is Kind.FLOAT:
        return float(token)
    if kind is Kind.BOOLEAN:
        return token in ("t", "true")
    return token


def parse_array(text: str, element_kind: Kind | None) -> Any:
    """The nested Python lists a PostgreSQL array literal denotes (NULL → None)."""
    if text.startswith("["):  # explicit bounds, e.g. [0:1]={…}: the values are what matter here
        text = text[text.index("=") + 1 :]
    position = 0

    def parse_list() -> list[Any]:
        nonlocal position
        assert text[position] == "{"
        position += 1
        items: list[Any] = []
        while text[position] != "}":
            if text[position] == "{":
                items.append(parse_list())
            elif text[position] == '"':
                position += 1
                chars = []
                while text[position] != '"':
                    if text[position] == "\\":
                        position += 1
                    chars.append(text[position])
                    position += 1
                position += 1
                items.append(_convert("".join(chars), element_kind))
            else:
                end = position
                while text[end] not in ",}":
                    end += 1
                token = text[position:end].strip()
                items.append(None if token.upper() == "NULL" else _convert(token, element_kind))
                position = end
            if text[position] == ",":
                position += 1
        position += 1
        return items

    return parse_list()
