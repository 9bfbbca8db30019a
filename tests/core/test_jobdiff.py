"""What a new version changes, and which protections (mappings, subset filters, skipped tables) it drops."""

from __future__ import annotations

from typing import Any

from lookalike.core.config import validate_job
from lookalike.core.jobdiff import Change, document_diff, dropped_protections


def _job(**changes: Any) -> dict[str, Any]:
    return {
        "source": {"connection": "prod"},
        "destinations": [{"connection": "qa", "truncate_cascade": True}],
        "tables": {
            "public.person": {"columns": {"email": "transform_email", "name": "transform_first_name"}, "limit": 10},
            "log": {"skip": True},
        },
        "key": "k",
        **changes,
    }


def test_the_diff_names_removed_changed_and_added_paths_and_never_the_key() -> None:
    after = _job(key="other", schedule="0 2 * * *", destinations=[{"connection": "qa"}])
    after["tables"] = {"public.person": {"columns": {"email": {"transformer": "transform_email", "params": {"x": 1}}}}}
    diff = document_diff(validate_job(_job()), validate_job(after))
    assert [c.path for c in diff.removed] == [
        "destinations.0.truncate_cascade",
        "tables.public.person.columns.name",
        "tables.public.person.limit",
        "tables.log.skip",
    ]
    assert diff.changed == [
        Change(
            "tables.public.person.columns.email",
            {"transformer": "transform_email"},
            after["tables"]["public.person"]["columns"]["email"],
        )
    ]
    assert diff.added == [Change("schedule", None, "0 2 * * *")]
    same = document_diff(validate_job(_job()), validate_job({**_job(), "workers": 4}))  # 4 is the default
    assert same.empty


def test_dropped_protections_are_mappings_filters_and_skips_the_new_version_loses() -> None:
    before = validate_job(_job())
    assert dropped_protections(before, before) == []
    passthrough = _job()
    passthrough["tables"] = {
        "public.person": {"columns": {"email": "passthrough", "name": "transform_first_name"}, "limit": 10},
        "log": {"skip": True},
    }
    assert dropped_protections(before, validate_job(passthrough)) == ["tables.public.person.columns.email"]
    assert dropped_protections(before, validate_job(_job(tables={}))) == [
        "tables.public.person.columns.email",
        "tables.public.person.columns.name",
        "tables.public.person.limit",
        "tables.log.skip",
    ]
