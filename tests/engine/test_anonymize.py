"""anonymize(): path mappings, type defaults, keyed determinism across documents, one clear error per mistake."""

from __future__ import annotations

import re
from typing import Any

import pytest

from lookalike.core.config import AnonymizeConfig
from lookalike.core.errors import ConfigError
from lookalike.engine.anonymize import anonymize


def run(documents: list[Any], **config: Any) -> list[Any]:
    return anonymize(documents, AnonymizeConfig.model_validate(config), {}, installation_key=lambda: b"inst")


def test_mappings_change_their_paths_and_leave_the_rest_alone() -> None:
    documents = [
        {"user": {"email": f"user{i}@corp.example", "name": "Ann", "age": 30 + i}, "items": [{"sku": "A-1"}]}
        for i in range(200)
    ]
    out = run(
        documents,
        mappings={"$.user.email": {"transformer": "transform_email", "params": {"preserve_domain": True}}},
        seed=3,
    )
    assert documents[0]["user"]["email"] == "user0@corp.example"  # inputs untouched
    emails = [d["user"]["email"] for d in out]
    assert len(set(emails)) == 200 and all(e.endswith("@corp.example") for e in emails)
    assert not set(emails) & {d["user"]["email"] for d in documents}
    assert [{**d, "user": {**d["user"], "email": None}} for d in out] == [
        {**d, "user": {**d["user"], "email": None}} for d in documents
    ]
    assert run(documents, mappings={"$.user.email": "transform_email"}, seed=3) == run(
        documents, mappings={"$.user.email": "transform_email"}, seed=3
    )


def test_type_defaults_cover_every_other_scalar_and_keep_json_types() -> None:
    document = {"name": "Ann", "age": 41, "score": 2.5, "vip": True, "tags": ["a", "b"], "none": None}
    [out] = run(
        [document],
        mappings={"$.name": "passthrough"},
        defaults={"string": "transform_string", "number": "transform_float64", "boolean": "generate_bool"},
        seed=1,
    )
    assert out["name"] == "Ann" and out["none"] is None
    assert isinstance(out["age"], int) and isinstance(out["score"], float) and isinstance(out["vip"], bool)
    assert all(isinstance(tag, str) and re.fullmatch(r"[a-z]+", tag) for tag in out["tags"])
    assert out["tags"] != ["a", "b"]


def test_a_key_maps_the_same_value_alike_in_every_document_and_place() -> None:
    documents = [{"email": "same@x.example"}, {"contact": {"email": "same@x.example"}}]
    out = run(documents, mappings={"$..email": "transform_email"}, key="k")
    assert out[0]["email"] == out[1]["contact"]["email"] != "same@x.example"
    assert run(documents, mappings={"$..email": "transform_email"}, key="k") == out


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"mappings": {"$.user": "transform_email"}}, "matches an object"),
        ({"mappings": {"user.email": "hash"}}, "starts with `\\$`"),
        ({"mappings": {"$.user.email": "transform_emial"}}, "unknown transformer 'transform_emial'"),
        ({"mappings": {"$.user.age": "transform_email"}}, "does not take integer values"),
        ({"mappings": {"$.user.email": {"transformer": "hash", "params": {"length": 1}}}}, "invalid params for hash"),
    ],
)
def test_mistakes_are_one_clear_config_error(config: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        run([{"user": {"email": "a@x.example", "age": 3}}], **config)
