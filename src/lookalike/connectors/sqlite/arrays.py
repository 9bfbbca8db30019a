"""Arrays that travel as PostgreSQL text (`{{1,2},{3,4}}`: several dimensions, exotic elements) are stored as JSON.

SQLite has no arrays; JSON text is what its own json_* functions can query. Reading converts back to the text form.
"""

from __future__ import annotations

import json
import math
from typing import Any

from lookalike.connectors.sqlite.pg_array import parse_array
from lookalike.core.schema import Kind

_NEEDS_QUOTES = set('{},"\\ \t\n\r')


def _element(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, list):
        return "{" + ",".join(_element(item) for item in value) + "}"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, float) and not math.isfinite(value):
        return {"inf": "Infinity", "-inf": "-Infinity"}.get(repr(value), "NaN")
    if isinstance(value, int | float):
        return repr(value)
    text = value if isinstance(value, str) else json.dumps(value)
    if text and text.upper() != "NULL" and not _NEEDS_QUOTES & set(text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def pg_text_to_json(text: str | None, element_kind: Kind | None) -> str | None:
    """The JSON spelling of an array literal (text that is no array literal is kept as it is)."""
    if text is None or not text.startswith(("{", "[")):
        return text
    try:
        return json.dumps(parse_array(text, element_kind), ensure_ascii=False)
    except (ValueError, IndexError, AssertionError):
        return text


def json_to_pg_text(text: str | None) -> str | None:
    """The array literal for stored JSON (anything that is not a JSON array is kept as it is)."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return _element(value) if isinstance(value, list) else text
