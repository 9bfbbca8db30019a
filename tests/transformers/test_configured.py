"""A mapping's transformer as configured, checked from the registry alone: no engine, no schema, no store."""

from __future__ import annotations

import pytest

from lookalike.core.config import ColumnMapping, UserTransformer
from lookalike.core.errors import ConfigError
from lookalike.transformers import REGISTRY
from lookalike.transformers.configured import check_user_transformers, configured


def test_a_user_transformer_names_a_built_in_and_does_not_shadow_one() -> None:
    check_user_transformers({"work_email": UserTransformer(transformer="transform_email")}, REGISTRY)
    with pytest.raises(ConfigError, match="has the name of a built-in"):
        check_user_transformers({"hash": UserTransformer(transformer="hash")}, REGISTRY)
    with pytest.raises(ConfigError, match="unknown transformer 'hsh'") as unknown:
        check_user_transformers({"mine": UserTransformer(transformer="hsh")}, REGISTRY)
    assert unknown.value.where == "transformers.mine.transformer"
    assert unknown.value.fix is not None and "hash" in unknown.value.fix


def test_bad_params_name_their_place() -> None:
    bad = UserTransformer(transformer="transform_email", params={"nope": 1})
    with pytest.raises(ConfigError, match="invalid params for transform_email") as error:
        check_user_transformers({"bad": bad}, REGISTRY)
    assert error.value.where is not None and error.value.where.startswith("transformers.bad.params")


def test_a_mapping_to_a_user_transformer_expands_to_its_built_in() -> None:
    users = {"kept_domain": UserTransformer(transformer="transform_email", params={"preserve_domain": True})}
    entry, params, deterministic = configured(ColumnMapping(transformer="kept_domain"), users, REGISTRY, "here")
    assert entry.name == "transform_email"
    assert params.model_dump()["preserve_domain"] is True
    assert deterministic is None
