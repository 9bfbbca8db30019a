"""transform_pii_text: each entity found in a sentence and changed, the rest of the sentence byte-identical."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from typing import Any

import pyarrow as pa
import pytest
from pydantic import ValidationError

from lookalike.core.schema import Column, Kind
from lookalike.transformers import REGISTRY, TransformContext
from lookalike.transformers.pii_detect import ENTITIES, candidates, find, iban_remainder, wanted_families

ENTRY = REGISTRY.get("transform_pii_text")


def run(
    texts: Sequence[str | None], key: bytes | None = b"k", seed: int = 2, max_length: int | None = None, **params: Any
) -> list[Any]:
    column = Column("notes", "text", Kind.TEXT, max_length=max_length)
    ctx = TransformContext(column=column, table="t", seed=seed, key=key)
    out: list[Any] = ENTRY(pa.array(texts, pa.string()), ENTRY.parse_params(params), ctx).to_pylist()
    return out


def findings(text: str) -> list[tuple[str, str, float]]:
    """Every finding in `text` (threshold 0) as (entity, matched text, score)."""
    _, _, marks = candidates(pa.array([text]), wanted_families(frozenset(ENTITIES)))
    found = find(text, marks[0], frozenset(ENTITIES), 0.0) if marks else []
    return [(f.entity, text[f.start : f.end], f.score) for f in found]


def luhn_valid(number: str) -> bool:
    digits = [int(char) for char in re.sub(r"\D", "", number)][::-1]
    return sum(d if i % 2 == 0 else (2 * d - 9 if d > 4 else 2 * d) for i, d in enumerate(digits)) % 10 == 0


@pytest.mark.parametrize(
    ("secret", "shape"),
    [
        ("ann.lee@corp.example", r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+"),
        ("+1 (415) 555-2671", r"\+1 \(\d{3}\) \d{3}-\d{4}"),
        ("415.555.2671", r"\d{3}\.\d{3}\.\d{4}"),
        ("123-45-6789", r"\d{3}-\d{2}-\d{4}"),
        ("4111 1111 1111 1111", r"4\d{3} \d{4} \d{4} \d{4}"),
        ("5500-0000-0000-0004", r"5\d{3}-\d{4}-\d{4}-\d{4}"),
        ("192.168.10.20", r"\d+\.\d+\.\d+\.\d+"),
        ("2001:db8::8a2e:370:7334", r"[0-9a-f:]+"),
        ("GB82 WEST 1234 5698 7654 32", r"GB\d{2} [A-Z]{4} \d{4} \d{4} \d{4} \d{2}"),
        ("DE89370400440532013000", r"DE\d{20}"),
        ("https://intranet.corp.example/users/42", r"https://example\.com/[0-9a-f]{12}"),
        ("www.corp.example/u?id=7", r"https://example\.com/[0-9a-f]{12}"),
        ("John Smith", r"[A-Z][a-z]+ [A-Z][a-z]+"),
        ("Mary Ann Johnson", r"[A-Z][a-z]+ [A-Z][a-z]+"),
    ],
)
def test_each_entity_is_replaced_in_place(secret: str, shape: str) -> None:
    [out] = run([f"Note: {secret} -- end"])
    match = re.fullmatch(r"Note: (.*) -- end", out)
    assert match is not None, out
    fake = match.group(1)
    assert fake != secret and re.fullmatch(shape, fake), fake


def test_replacements_are_valid_values_of_their_kind() -> None:
    cards = ["4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005"]
    for card, fake in zip(cards, run([f"card {card}" for card in cards]), strict=True):
        assert luhn_valid(fake) and fake[5] == card[0], fake  # Luhn-valid, same network (first digit)
    for iban in ("GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "FR1420041010050500013M02606"):
        [fake] = run([iban])
        assert fake[:2] == iban[:2] and iban_remainder(fake.replace(" ", "")) == 1 and fake != iban
    for fake in run([f"ssn {n}-45-6789" for n in range(100, 900, 7) if n != 666]):
        area, group, serial = fake[4:].split("-")
        assert area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"
    v4, v6 = run(["192.168.10.20", "2001:db8::8a2e:370:7334"])
    assert ipaddress.ip_address(v4).version == 4 and ipaddress.ip_address(v6).version == 6


def test_redact_mask_hash_and_another_transformer() -> None:
    text = "Mail ann.lee@corp.example or call +1 415 555 2671"
    assert run([text], default_action="redact") == ["Mail <EMAIL> or call <PHONE>"]
    assert run([text], default_action="mask") == ["Mail ***.***@****.******* or call +* *** *** ****"]
    hashed = run([text], default_action="hash")[0]
    assert re.fullmatch(r"Mail [0-9a-f]{16} or call [0-9a-f]{16}", hashed)
    assert run([text], default_action="hash", key=b"other") != [hashed]  # keyed
    custom = {"email": {"action": "transformer", "transformer": "transform_email", "params": {"preserve_domain": True}}}
    [out] = run([text], entities=custom)
    assert out.endswith("@corp.example or call +1 415 555 2671") and "ann.lee@" not in out  # only email acted on
    [out] = run([text], entities={"phone": {"transformer": "transform_string", "params": {"preserve_length": True}}})
    assert re.fullmatch(r"Mail ann\.lee@corp\.example or call [A-Za-z]{15}", out), out


def test_entities_choose_what_is_touched_and_their_actions() -> None:
    text = "Ask John Smith (john@corp.example, 123-45-6789) at 10.1.2.3"
    assert run([text], entities={"ssn": "redact", "ip_address": {}}, default_action="mask") == [
        "Ask John Smith (john@corp.example, <SSN>) at **.*.*.*"
    ]
    assert run([text], entities={}) == [text]


def test_allowed_phrases_are_never_touched() -> None:
    texts = ["Write to support@lookalike.example or to ann@corp.example", "Dr. John Smith"]
    out = run(texts, allowed_phrases=["SUPPORT@lookalike.example", "John Smith"])
    assert out[0].startswith("Write to support@lookalike.example or to ") and "ann@corp.example" not in out[0]
    assert out[1] == "Dr. John Smith"


def test_score_threshold() -> None:
    assert run(["Ask Mary about it"]) == ["Ask Mary about it"]  # a lone first name scores 0.4
    assert run(["Ask Mary about it"], score_threshold=0.8) == ["Ask Mary about it"]
    assert run(["Ask Mary about it"], score_threshold=0.3) != ["Ask Mary about it"]
    assert run(["Ask Mary Johnson about it"], score_threshold=0.8)[0] != "Ask Mary Johnson about it"
    # 16 digits failing the Luhn check are no card at a high threshold.
    assert run(["ref 4111 1111 1111 1112"], score_threshold=0.9) == ["ref 4111 1111 1111 1112"]
    assert run(["ref 4111 1111 1111 1111"], score_threshold=0.9) != ["ref 4111 1111 1111 1111"]
    # A bare run of digits is a phone only with a phone word before it.
    assert run(["order 4155552671 shipped"]) == ["order 4155552671 shipped"]
    assert run(["call me at 4155552671"]) != ["call me at 4155552671"]


def test_scores() -> None:
    assert findings("card 4111 1111 1111 1111 or 4111 1111 1111 1112") == [
        ("credit_card", "4111 1111 1111 1111", 0.95),
        ("credit_card", "4111 1111 1111 1112", 0.3),
    ]
    assert findings("GB82 WEST 1234 5698 7654 32 / GB00 WEST 1234 5698 7654 32") == [
        ("iban", "GB82 WEST 1234 5698 7654 32", 0.95),
        ("iban", "GB00 WEST 1234 5698 7654 32", 0.3),
    ]
    assert findings("Ask Mary, then Mary Johnson, then Dr. Zabrowski") == [
        ("person", "Mary", 0.4),
        ("person", "Mary Johnson", 0.85),
        ("person", "Zabrowski", 0.7),
    ]
    # Not phones: a date, a time, a version, too few digits; not IPs: a MAC address, "::", a version.
    assert [
        f for f in findings("on 2024-03-15 at 10:30:00, v1.2.3.4.5, MAC 00:1A:2B:3C:4D:5E, a::b, 555-12") if f[2]
    ] == []


def test_overlapping_findings_are_replaced_once() -> None:
    [out] = run(["Mail John.Smith@corp.example or see https://corp.example/u/John.Smith?ip=10.0.0.1"], key=b"run")
    assert re.fullmatch(r"Mail [a-z0-9._-]+@[a-z0-9.-]+ or see https://example\.com/[0-9a-f]{12}", out), out


def test_replacements_depend_on_the_text_and_the_key() -> None:
    first = run(["from ann.lee@corp.example today"])[0].split()[1]
    second = run(["x", "cc: ann.lee@corp.example"], seed=9)[1].split()[1]
    assert first == second != "ann.lee@corp.example"  # another text, row and seed, same key: same fake
    assert run(["from ann.lee@corp.example today"], key=b"k2")[0].split()[1] != first
    # A job without a key runs it with the run's secret (engine.resolve.Keys.run_secret): the same text gets the
    # same fake within a run, and another run (another secret) another fake.
    unkeyed = run(["from ann.lee@corp.example", "x", "to ann.lee@corp.example"], key=b"run 1")
    assert unkeyed[0].split()[1] == unkeyed[2].split()[1] != "ann.lee@corp.example"
    assert run(["from ann.lee@corp.example", "x", "to ann.lee@corp.example"], key=b"run 1") == unkeyed
    assert run(["from ann.lee@corp.example"], key=b"run 2", seed=3)[0] != unkeyed[0]
    with pytest.raises(ValueError, match="no secret key"):
        run(["from ann.lee@corp.example"], key=None)


def test_text_without_pii_is_returned_unchanged() -> None:
    texts = [
        "Order 12 shipped on 2024-03-15, see ticket 4411",
        "The Grace period ends in May",
        "std::vector<int> at 10:30",
        None,
        "",
        "ünïcödé ☃ text",
    ]
    values = pa.array(texts, pa.string())
    ctx = TransformContext(column=Column("notes", "text", Kind.TEXT), table="t", seed=1, key=b"k")
    assert ENTRY(values, ENTRY.parse_params({}), ctx).equals(values)


def test_nulls_stay_null_and_output_fits_the_column() -> None:
    out = run([None, "mail ann.lee@corp.example now", "short"], max_length=12)
    assert out[0] is None and len(out[1]) <= 12 and out[1].startswith("mail ") and out[2] == "short"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"entities": {"passport": {}}}, "passport"),
        ({"entities": {"email": "shred"}}, "shred"),
        ({"entities": {"email": {"transformer": "transform_emial"}}}, "unknown transformer.*transform_email"),
        ({"entities": {"email": {"action": "transformer", "transformer": "no_such"}}}, "unknown transformer"),
        ({"entities": {"email": {"action": "transformer"}}}, "needs `transformer`"),
        ({"entities": {"email": {"action": "redact", "transformer": "transform_email"}}}, "not 'redact'"),
        ({"entities": {"email": {"action": "mask", "params": {"x": 1}}}}, "`params` are for action"),
        ({"entities": {"email": {"transformer": "generate_bool"}}}, "does not take text"),
        ({"entities": {"email": {"transformer": "transform_email", "params": {"x": 1}}}}, "params for transform_email"),
        ({"entities": {"email": {"transformer": "transform_pii_text"}}}, "its own findings"),
        ({"default_action": "transformer"}, "default_action"),
        ({"score_threshold": 1.5}, "less than or equal"),
        ({"language": "fr"}, "language"),
    ],
)
def test_bad_params_are_validation_errors(params: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        ENTRY.parse_params(params)
