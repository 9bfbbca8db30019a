"""The generators' own promises: formats, ranges and validity (the shared suite covers type, nulls, keys)."""

from __future__ import annotations

import ipaddress
import re
from typing import Any

import pyarrow as pa
import pytest
from pydantic import ValidationError

from lookalike.core.schema import Column, Kind
from lookalike.transformers import REGISTRY, TransformContext

N = 20_000


def generate(name: str, n: int = N, *, key: bytes | None = None, **params: Any) -> list[Any]:
    entry = REGISTRY.get(name)
    ctx = TransformContext(column=Column("c", "text", Kind.TEXT), table="t", seed=3, key=key)
    values = pa.array([f"v{i}" for i in range(n)]) if key else pa.nulls(n, pa.string())
    return entry(values, entry.parse_params(params), ctx).to_pylist()


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def test_card_numbers_pass_luhn_unless_asked_not_to() -> None:
    cards = generate("generate_card_number")
    assert all(re.fullmatch(r"4\d{15}", c) and luhn_ok(c) for c in cards)
    unchecked = generate("generate_card_number", valid_luhn=False)
    assert sum(not luhn_ok(c) for c in unchecked) / N > 0.8  # 9 in 10 random 16-digit numbers fail Luhn


def test_int64_and_float64_respect_range_sign_and_precision() -> None:
    ints = generate("generate_int64", min=-5, max=5)
    assert set(ints) == set(range(-5, 6))
    signed = generate("generate_int64", min=10, max=20, randomize_sign=True)
    assert all(10 <= abs(v) <= 20 for v in signed) and min(signed) < 0 < max(signed)
    floats = generate("generate_float64", min=1.0, max=2.0, precision=2)
    assert all(1.0 <= f <= 2.0 and round(f, 2) == f for f in floats)
    with pytest.raises(ValidationError):
        REGISTRY.get("generate_int64").parse_params({"min": 3, "max": 1})


def test_phone_numbers_ssn_strings_hashes_have_their_formats() -> None:
    assert all(re.fullmatch(r"\+[1-9]\d{8,14}", p) for p in generate("generate_e164_phone_number"))
    lengths = {len(p) for p in generate("generate_string_phone_number", min=10, max=12)}
    assert lengths == {10, 11, 12}
    assert all(10**9 <= p < 10**10 for p in generate("generate_int64_phone_number"))
    ssns = generate("generate_ssn")
    assert all(re.fullmatch(r"\d{3}-\d{2}-\d{4}", s) and s[:3] not in ("000", "666") for s in ssns)
    strings = generate("generate_random_string", min=3, max=5)
    assert {len(s) for s in strings} == {3, 4, 5} and all(s.isalpha() and s.islower() for s in strings)
    assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in generate("generate_sha256hash", 500))
    assert len(set(generate("generate_sha256hash"))) == N


def test_categories_genders_and_booleans_cover_their_choices() -> None:
    assert set(generate("generate_categorical", categories="a, b ,c")) == {"a", "b", "c"}
    assert set(generate("generate_gender", abbreviate=True)) == {"M", "F", "N", "O"}
    entry = REGISTRY.get("generate_bool")
    ctx = TransformContext(column=Column("c", "boolean", Kind.BOOLEAN), table="t", seed=1)
    assert set(entry(pa.nulls(1000, pa.bool_()), entry.parse_params({}), ctx).to_pylist()) == {True, False}


@pytest.mark.parametrize(
    ("ip_type", "check"),
    [
        ("ipv4_public", lambda a: a.version == 4 and a.is_global),
        ("ipv4_private_a", lambda a: a in ipaddress.ip_network("10.0.0.0/8")),
        ("ipv4_private_b", lambda a: a in ipaddress.ip_network("172.16.0.0/12")),
        ("ipv4_private_c", lambda a: a in ipaddress.ip_network("192.168.0.0/16")),
        ("ipv4_link_local", lambda a: a.is_link_local),
        ("ipv4_multicast", lambda a: a.is_multicast),
        ("ipv4_loopback", lambda a: a.is_loopback),
        ("ipv6", lambda a: a.version == 6 and a in ipaddress.ip_network("2000::/3")),
    ],
)
def test_ip_addresses_fall_in_their_block(ip_type: str, check: Any) -> None:
    assert all(check(ipaddress.ip_address(a)) for a in generate("generate_ip_address", 5000, ip_type=ip_type))


def test_timestamps_fall_between_2000_and_2030() -> None:
    assert all(946_684_800 <= t <= 946_684_800 + 30 * 365 * 86_400 for t in generate("generate_unix_timestamp"))
    moments = generate("generate_utc_timestamp", 1000)
    assert all(2000 <= m.year <= 2030 for m in moments)


def test_a_job_key_makes_generators_a_function_of_the_input() -> None:
    first = generate("generate_ssn", 1000, key=b"k")
    assert generate("generate_ssn", 1000, key=b"k") == first
    assert generate("generate_ssn", 1000, key=b"other") != first


def test_people_companies_and_places_have_their_shapes() -> None:
    from lookalike.transformers import vocab

    names, codes = vocab.states()
    assert set(generate("generate_state", 2000)) <= set(codes.to_pylist())
    assert set(generate("generate_state", 2000, generate_full_name=True)) <= set(names.to_pylist())
    assert all(len(c) == 2 and c.isupper() for c in generate("generate_country", 500))
    assert all(re.fullmatch(r"\d{5}", z) for z in generate("generate_zipcode"))
    assert all(re.fullmatch(r"\d{1,4} \S.*", a) for a in generate("generate_street_address", 500))
    assert all(re.fullmatch(r"\d{1,4} .+, .+, [A-Z]{2} \d{5}", a) for a in generate("generate_full_address", 500))
    assert all(re.fullmatch(r"[a-z]+\d{2}", u) for u in generate("generate_username", 500))
    assert all(len(n.split(" ")) >= 2 for n in generate("generate_full_name", 500))
    assert len(set(generate("generate_city"))) > 500 and len(set(generate("generate_business_name"))) > 500
