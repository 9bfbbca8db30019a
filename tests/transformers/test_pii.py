"""transform_pii_text: each entity found in a sentence and changed, the rest of the sentence byte-identical."""

from __future__ import annotations

import re
from typing import Any

import pyarrow as pa
import pytest
from pydantic import ValidationError

from lookalike.core.schema import Column, Kind
from lookalike.transformers import REGISTRY, TransformContext

ENTRY = REGISTRY.get("transform_pii_text")


def run(texts: list[str | None], key: bytes | None = b"k", **params: Any) -> list[Any]:
    ctx = TransformContext(column=Column("notes", "text", Kind.TEXT), table="t", seed=2, key=key)
    return ENTRY(pa.array(texts, pa.string()), ENTRY.parse_params(params), ctx).to_pylist()


@pytest.mark.parametrize(
    ("secret", "shape"),
    [
        ("ann.lee@corp.example", r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+"),
        ("+1 (415) 555-2671", r"\+\d \(\d{3}\) \d{3}-\d{4}"),
        ("123-45-6789", r"\d{3}-\d{2}-\d{4}"),
        ("4111 1111 1111 1111", r"\d{4} \d{4} \d{4} \d{4}"),
        ("192.168.10.20", r"\d+\.\d+\.\d+\.\d+"),
        ("GB82 WEST 1234 5698 7654 32", r"[A-Z]{2}\d{2} [A-Z]{4} \d{4} \d{4} \d{4} \d{2}"),
        ("https://intranet.corp.example/users/42", r"https://example\.com/[0-9a-f]+"),
        ("John Smith", r"[A-Z][a-z]+ [A-Z][a-z]+"),
    ],
)
def test_each_entity_is_replaced_in_place(secret: str, shape: str) -> None:
    [out] = run([f"Note: {secret} -- end"])
    match = re.fullmatch(r"Note: (.*) -- end", out)
    assert match is not None and match.group(1) != secret and re.fullmatch(shape, match.group(1)), out


def test_redact_mask_hash_and_another_transformer() -> None:
    text = "Mail ann.lee@corp.example or call +1 415 555 2671"
    assert run([text], default_action="redact") == ["Mail <EMAIL> or call <PHONE>"]
    assert run([text], default_action="mask") == ["Mail ***.***@****.******* or call +* *** *** ****"]
    hashed = run([text], default_action="hash")[0]
    assert re.fullmatch(r"Mail [0-9a-f]{16} or call [0-9a-f]{16}", hashed)
    custom = {"email": {"action": "transformer", "transformer": "transform_email", "params": {"preserve_domain": True}}}
    [out] = run([text], entities=custom)
    assert out.endswith("@corp.example or call +1 415 555 2671") and "ann.lee@" not in out  # only email acted on


def test_allowed_phrases_thresholds_and_texts_without_pii() -> None:
    texts = ["Write to support@lookalike.example please", "Ask Mary about it", "Order 12 shipped", None, ""]
    out = run(texts, allowed_phrases=["SUPPORT@lookalike.example"])
    assert out == texts  # allowed, a lone first name below 0.5, short numbers, null and empty: untouched
    assert run(["Ask Mary about it"], score_threshold=0.3)[0] != "Ask Mary about it"
    assert run(["Ask Mary Johnson about it"], score_threshold=0.8)[0] != "Ask Mary Johnson about it"
    # 16 digits failing the Luhn check are no card at a high threshold.
    assert run(["ref 4111 1111 1111 1112"], score_threshold=0.9) == ["ref 4111 1111 1111 1112"]
    assert run(["ref 4111 1111 1111 1111"], score_threshold=0.9) != ["ref 4111 1111 1111 1111"]


def test_keyed_replacements_repeat_across_texts_and_batches() -> None:
    first = run(["from ann.lee@corp.example today"])[0].split()[1]
    second = run(["cc: ann.lee@corp.example", "x"])[0].split()[1]
    assert first == second != "ann.lee@corp.example"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"entities": {"passport": {}}}, "passport"),
        ({"entities": {"email": {"action": "transformer", "transformer": "no_such"}}}, "unknown transformer"),
        ({"entities": {"email": {"action": "transformer"}}}, "exactly when"),
        ({"entities": {"email": {"action": "transformer", "transformer": "generate_bool"}}}, "does not take text"),
        ({"score_threshold": 1.5}, "less than or equal"),
    ],
)
def test_bad_params_are_validation_errors(params: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        ENTRY.parse_params(params)
