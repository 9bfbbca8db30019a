"""The wizard's forms merged into the stored job document: what a form shows is replaced, everything else of the
document is kept exactly (options the form has no field for, other destinations' settings, per-table settings,
columns and tables the mapping page did not list). Rebuilding the job from the form alone dropped its mappings,
filters and options, and the next run copied raw values.

Pure functions over plain documents (JSON as the API returns them): the handlers stay thin and the tests direct.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from lookalike.web.mapping import SEP, typed

# Destination options on the settings page: form field → document field. The page shows the first destination's
# values; a value the user did not change keeps each destination's own (the page sends what it showed as `shown_…`).
_DESTINATION_OPTIONS = {
    "init_schema": "init_schema",
    "truncate": "truncate_before_insert",
    "on_conflict": "on_conflict",
}
_DESTINATION_DEFAULTS: dict[str, Any] = {"init_schema": False, "truncate_before_insert": False, "on_conflict": "error"}


def _option(form: Mapping[str, str], field: str) -> Any:
    if field == "on_conflict":
        return form.get(field, "error")
    return form.get(field) == "on"


def shown_destination_options(document: Mapping[str, Any]) -> dict[str, str]:
    """The `shown_…` hidden fields for the settings page: the values it shows (the first destination's)."""
    first = (document.get("destinations") or [{}])[0]
    shown = {}
    for field, name in _DESTINATION_OPTIONS.items():
        value = first.get(name, _DESTINATION_DEFAULTS[name])
        shown[field] = value if isinstance(value, str) else ("on" if value else "")
    return shown


def _number(text: str, kind: type[int] | type[float]) -> int | float | str:
    try:
        return kind(text)
    except ValueError:
        return text  # left for the API's validation to name


def merge_settings(base: Mapping[str, Any], form: Mapping[str, str]) -> dict[str, Any]:
    """`base` (the stored document, or {} for a new job) with the settings page's fields applied."""
    document = copy.deepcopy(dict(base))
    document["name"] = form.get("name", "").strip()
    document["source"] = {"connection": form.get("source", "")}

    stored = {place.get("connection"): place for place in document.get("destinations") or []}
    chosen = [name for name in form.get("destinations", "").split(",") if name]
    order = [name for name in stored if name in chosen] + [name for name in chosen if name not in stored]
    destinations = []
    for name in order:
        place = dict(stored.get(name) or {"connection": name})
        for field, key in _DESTINATION_OPTIONS.items():
            value = _option(form, field)
            shown = form.get(f"shown_{field}")
            untouched = shown is not None and value == (shown if field == "on_conflict" else shown == "on")
            if name not in stored or not untouched:
                place[key] = value
        destinations.append(place)
    document["destinations"] = destinations

    if form.get("schedule", "").strip():
        document["schedule"] = form["schedule"].strip()
    else:
        document.pop("schedule", None)
    options = document.setdefault("sync_options", {})
    retry = options.setdefault("retry", {})
    retry["max_attempts"] = _number(form.get("max_attempts") or "8", int)
    if form.get("table_timeout_seconds", "").strip():
        options["table_timeout_seconds"] = _number(form["table_timeout_seconds"].strip(), float)
    else:
        options.pop("table_timeout_seconds", None)
    if form.get("workers", "").strip():
        document["workers"] = _number(form["workers"].strip(), int)
    else:
        document.pop("workers", None)
    return document


def _column(name: str, before: Any, form: Mapping[str, str], table: str, column: str, schema: Mapping[str, Any]) -> Any:
    """A column's mapping from the form: its transformer and the params the form shows; the rest of the stored
    mapping (`deterministic`, params the form has no field for, when the transformer is the same) is kept."""
    stored: dict[str, Any] = {"transformer": before} if isinstance(before, str) else dict(before or {})
    properties = schema.get("properties", {})
    params: dict[str, Any] = {}
    if stored.get("transformer") == name:
        params = {key: value for key, value in (stored.get("params") or {}).items() if key not in properties}
    stored_params = (stored.get("params") or {}) if stored.get("transformer") == name else {}
    for param, param_schema in properties.items():
        raw = form.get(SEP.join(("param", table, column, param)))
        if raw:
            value = typed(raw, param_schema)
        elif raw is not None and param_schema.get("type") == "boolean":  # an unticked box sends ""
            value = False
        else:  # cleared (""): dropped; no field at all (the page did not show it): kept as stored
            if raw is None and param in stored_params:
                params[param] = stored_params[param]
            continue
        # The page shows every param, unset ones at their default: a default the document did not hold is not
        # written into it (the version would differ from the stored one while meaning the same).
        if param in stored_params or "default" not in param_schema or value != param_schema["default"]:
            params[param] = value
    kept = {key: value for key, value in stored.items() if key not in ("transformer", "params")}
    if not params and not kept:
        return name
    return {"transformer": name, **({"params": params} if params else {}), **kept}


def merge_tables(
    base: Mapping[str, Any], form: Mapping[str, str], catalogue: Mapping[str, dict[str, Any]]
) -> dict[str, Any]:
    """`base` (the document's `tables:`) with the mapping page's fields applied: a `map::T::C` field sets or
    clears that column's mapping, a `where::T` field that table's filter; anything without a field is kept."""
    tables: dict[str, Any] = copy.deepcopy(dict(base))
    for field, value in form.items():
        parts = field.split(SEP)
        if parts[0] == "map" and len(parts) == 3:
            table, column = parts[1], parts[2]
            config = tables.setdefault(table, {})
            columns = config.setdefault("columns", {})
            name = value.strip()
            if name:
                schema = catalogue.get(name, {}).get("params_schema", {})
                columns[column] = _column(name, columns.get(column), form, table, column, schema)
            else:
                columns.pop(column, None)
        elif parts[0] == "where" and len(parts) == 2:
            config = tables.setdefault(parts[1], {})
            if value.strip():
                config["where"] = value.strip()
            else:
                config.pop("where", None)
    for table in list(tables):  # what the form's fields emptied goes (a table stored empty stays as it was)
        config = tables[table]
        if config.get("columns") == {}:
            del config["columns"]
        if not config and base.get(table) != {}:
            del tables[table]
    return tables
