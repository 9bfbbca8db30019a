"""What a new version of a job changes in its document, and which of its protections it drops.

An edit that loses a column mapping or a subset filter makes the next run copy raw values; the API can refuse such
a version (`require_mappings`) and the web app shows the loss before it saves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lookalike.core.config import JobConfig

_SUBSET = ("where", "percent", "limit")


@dataclass(frozen=True)
class Change:
    """One path of the document: its value before and after (None: absent, i.e. the default)."""

    path: str
    before: Any = None
    after: Any = None


@dataclass(frozen=True)
class DocumentDiff:
    removed: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    added: list[Change] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.removed or self.changed or self.added)


def stored_form(config: JobConfig) -> dict[str, Any]:
    """The document as the store keeps it (defaults left out, no key), so equal jobs compare equal."""
    return config.model_dump(mode="json", exclude_defaults=True, exclude={"key"})


def _flatten(value: Any, parts: tuple[str, ...], out: dict[str, Any]) -> None:
    # A column's mapping is one leaf (transformer and params read together); so is a list of scalars.
    column = len(parts) == 4 and parts[0] == "tables" and parts[2] == "columns"
    if isinstance(value, dict) and value and not column:
        for key, inner in value.items():
            _flatten(inner, (*parts, str(key)), out)
    elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        for index, inner in enumerate(value):
            _flatten(inner, (*parts, str(index)), out)
    else:
        out[".".join(parts)] = value


def flatten(document: Mapping[str, Any]) -> dict[str, Any]:
    """path → leaf value (`tables.public.customer.columns.email`, `destinations.0.truncate_cascade`)."""
    out: dict[str, Any] = {}
    for key, value in document.items():
        _flatten(value, (key,), out)
    return out


def document_diff(before: JobConfig, after: JobConfig) -> DocumentDiff:
    """Paths the new version removes, changes and adds (the key is never compared: it is never shown)."""
    old, new = flatten(stored_form(before)), flatten(stored_form(after))
    removed = [Change(path, old[path], None) for path in old if path not in new]
    changed = [Change(path, old[path], new[path]) for path in old if path in new and old[path] != new[path]]
    added = [Change(path, None, new[path]) for path in new if path not in old]
    return DocumentDiff(removed=removed, changed=changed, added=added)


def dropped_protections(before: JobConfig, after: JobConfig) -> list[str]:
    """Paths of the column mappings, subset filters (where/percent/limit) and skipped tables `before` has and
    `after` loses. A mapping turned into `passthrough` counts as lost: its column is copied as is."""
    lost: list[str] = []
    for table, config in before.tables.items():
        kept = after.tables.get(table)
        for column, mapping in config.columns.items():
            now = kept.columns.get(column) if kept is not None else None
            if now is None or (now.transformer == "passthrough" and mapping.transformer != "passthrough"):
                lost.append(f"tables.{table}.columns.{column}")
        for setting in _SUBSET:
            if getattr(config, setting) is not None and (kept is None or getattr(kept, setting) is None):
                lost.append(f"tables.{table}.{setting}")
        if config.skip and (kept is None or not kept.skip):
            lost.append(f"tables.{table}.skip")
    return lost
