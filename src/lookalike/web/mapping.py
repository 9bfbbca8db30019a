"""The job wizard's form ⇄ the job document: pure functions, so the page handlers stay thin.

Field names: `map::TABLE::COLUMN` (transformer), `param::TABLE::COLUMN::NAME` (its params), `where::TABLE`.
Param values come back as text and are typed by the transformer's params JSON Schema.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

SEP = "::"


def typed(text: str, schema: Mapping[str, Any]) -> Any:
    kinds = {schema.get("type")} | {option.get("type") for option in schema.get("anyOf", [])}
    if text == "" and "null" in kinds:
        return None
    if "boolean" in kinds:
        return text in ("true", "on", "1")
    if "integer" in kinds:
        try:
            return int(text)
        except ValueError:
            pass
    if "number" in kinds:
        try:
            return float(text)
        except ValueError:
            pass
    if kinds & {"array", "object"}:
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def tables_from_form(form: Mapping[str, str], catalogue: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """The `tables:` section the form describes: per table its column mappings and its filter."""
    tables: dict[str, dict[str, Any]] = {}
    for field, value in form.items():
        parts = field.split(SEP)
        if parts[0] == "map" and len(parts) == 3 and value.strip():
            name = value.strip()
            params: dict[str, Any] = {}
            properties = catalogue.get(name, {}).get("params_schema", {}).get("properties", {})
            for param, schema in properties.items():
                raw = form.get(SEP.join(("param", parts[1], parts[2], param)))
                if raw:
                    params[param] = typed(raw, schema)
                elif raw is not None and schema.get("type") == "boolean":  # an unticked box sends ""
                    params[param] = False
            mapping: Any = {"transformer": name, "params": params} if params else name
            tables.setdefault(parts[1], {}).setdefault("columns", {})[parts[2]] = mapping
        elif parts[0] == "where" and len(parts) == 2 and value.strip():
            tables.setdefault(parts[1], {})["where"] = value.strip()
    return tables


def table_keys(document: Mapping[str, Any], tables: list[dict[str, Any]]) -> dict[str, str]:
    """Per schema table (by qualified name), the key its settings have in the document: a job may name a table
    `customer` or `public.customer`, and an edit must write back under the same key (else the old entry stays
    and the new one is a second, conflicting one)."""
    stored = document.get("tables") or {}
    keys = {}
    for table in tables:
        qualified, bare = table["qualified"], table["name"]
        keys[qualified] = bare if qualified not in stored and bare in stored else qualified
    return keys


def mapped(document: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Per table, per column: {transformer, params} from a job document (for prefilling the form)."""
    out: dict[str, dict[str, Any]] = {}
    for table, config in (document.get("tables") or {}).items():
        for column, mapping in (config.get("columns") or {}).items():
            entry = {"transformer": mapping, "params": {}} if isinstance(mapping, str) else mapping
            out.setdefault(table, {})[column] = entry
    return out


def filters(document: Mapping[str, Any]) -> dict[str, str]:
    return {table: config["where"] for table, config in (document.get("tables") or {}).items() if config.get("where")}


def error_column(where: str | None) -> tuple[str, str] | None:
    """(table, column) an API error points at (`tables.public.customer.columns.email…`), if it is a column."""
    if not where or not where.startswith("tables."):
        return None
    rest = where.removeprefix("tables.")
    if ".columns." not in rest:
        return None
    table, _, tail = rest.partition(".columns.")
    return table, tail.split(".", 1)[0]


def error_table(where: str | None) -> str | None:
    if where and where.startswith("tables.") and where.endswith(".where"):
        return where.removeprefix("tables.").removesuffix(".where")
    return None


def source_as_destination(document: Mapping[str, Any]) -> dict[str, str] | None:
    """The settings' error when the source is ticked as a destination too (a copy written into the database it
    reads); None otherwise. A generate job may write into its schema's database: the API decides that."""
    source = (document.get("source") or {}).get("connection")
    places = document.get("destinations") or []
    if not source or document.get("generate") is not None:
        return None
    if source not in [place.get("connection") for place in places if isinstance(place, dict)]:
        return None
    return {
        "message": f"{source} is the source: it cannot also be a destination",
        "where": "destinations",
        "fix": "untick it under Destinations, or choose another source",
    }
