"""Transformers of input values: offsets stay in range, shapes survive, keyed mappings are stable."""

from __future__ import annotations

import re
from typing import Any

import pyarrow as pa

from lookalike.core.schema import Column, Kind
from lookalike.transformers import REGISTRY, TransformContext


def run(name: str, values: pa.Array, kind: Kind = Kind.TEXT, key: bytes | None = None, **params: Any) -> list[Any]:
    entry = REGISTRY.get(name)
    ctx = TransformContext(column=Column("c", "x", kind), table="t", seed=5, key=key)
    return entry(values, entry.parse_params(params), ctx).to_pylist()


def test_numbers_move_by_an_offset_within_the_range() -> None:
    ints = pa.array(list(range(10_000)), pa.int64())
    out = run("transform_int64", ints, Kind.INTEGER, randomization_range_min=-3, randomization_range_max=3)
    deltas = {o - i for o, i in zip(out, ints.to_pylist(), strict=True)}
    assert deltas == set(range(-3, 4))
    floats = pa.array([1.0, None, 100.0])
    moved = run("transform_float64", floats, Kind.FLOAT, randomization_range_min=0.5, randomization_range_max=1)
    assert moved[1] is None and 1.5 <= moved[0] <= 2.0 and 100.5 <= moved[2] <= 101.0


def test_strings_and_scrambles_keep_the_requested_shape() -> None:
    words = pa.array(["hello", "a", "", None, "quite a long value"])
    same = run("transform_string", words, preserve_length=True)
    assert [len(v) if v is not None else None for v in same] == [5, 1, 0, None, 18]
    ranged = run("transform_string", pa.array(["x"] * 2000), min_length=4, max_length=6)
    assert {len(v) for v in ranged} == {4, 5, 6}
    scrambled = run("transform_character_scramble", pa.array(["AB-1234 xy", "Zz9!", None]))
    assert re.fullmatch(r"[A-Z]{2}-\d{4} [a-z]{2}", scrambled[0]) and re.fullmatch(r"[A-Z][a-z]\d!", scrambled[1])
    assert scrambled[2] is None and scrambled[0] != "AB-1234 xy"


def test_uuids_are_version_4_and_keyed_ones_repeat() -> None:
    ids = pa.array([f"00000000-0000-4000-8000-{i:012d}" for i in range(5000)])
    out = run("transform_uuid", ids, Kind.UUID, key=b"k")
    assert len(set(out)) == 5000
    assert all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", u) for u in out)
    assert run("transform_uuid", ids.slice(10, 5), Kind.UUID, key=b"k") == out[10:15]


def test_full_names_are_replaced_part_by_part() -> None:
    names = pa.array(["Ada Lovelace", "Grace Brewster Hopper", "Plato", None])
    out = run("transform_full_name", names, preserve_length=True)
    assert out[3] is None and out[0] != "Ada Lovelace"
    first, last = out[0].split(" ", 1)
    assert (len(first), len(last)) == (3, 8)
    assert len(out[2]) == 5 and " " not in out[2]
    assert len(run("transform_full_name", names)[1].split(" ")) >= 2


def test_character_scramble_with_a_regex_changes_only_the_matches() -> None:
    texts = pa.array([f"Order AB-{i:04d} for Bob ünï" for i in range(500)] + [None, "no match here"])
    out = run("transform_character_scramble", texts, user_provided_regex=r"[A-Z]{2}-\d+")
    for before, after in zip(texts.to_pylist()[:500], out[:500], strict=True):
        assert after.startswith("Order ") and after.endswith(" for Bob ünï") and after != before
        assert re.fullmatch(r"Order [A-Z]{2}-\d{4} for Bob ünï", after)
    assert out[500] is None and out[501] == "no match here"
    assert len(set(out[:500])) > 490


def test_a_bad_regex_is_a_params_error() -> None:
    entry = REGISTRY.get("transform_character_scramble")
    try:
        entry.parse_params({"user_provided_regex": "([a-z"})
    except ValueError as error:
        assert "regular expression" in str(error)
    else:
        raise AssertionError("an unbalanced bracket was accepted")


def test_phone_numbers_keep_their_format_when_asked() -> None:
    phones = pa.array([f"+1 (415) 555-{i:04d}" for i in range(1000)] + [None])
    out = run("transform_phone_number", phones, preserve_length=True)
    assert out[-1] is None
    assert all(re.fullmatch(r"\+[1-9] \(\d{3}\) \d{3}-\d{4}", o) for o in out[:-1])
    assert len(set(out[:-1])) > 990 and not set(out[:-1]) & set(phones.to_pylist())
    fresh = run("transform_phone_number", phones)
    assert all(re.fullmatch(r"[1-9]\d{8,13}", o) for o in fresh[:-1])
    e164 = run("transform_e164_phone_number", pa.array(["+14155552671", "+442071838750"]), preserve_length=True)
    assert [len(v) for v in e164] == [12, 13] and all(re.fullmatch(r"\+[1-9]\d+", v) for v in e164)
    assert all(re.fullmatch(r"\+[1-9]\d{8,14}", v) for v in run("transform_e164_phone_number", pa.array(["+1"] * 50)))


def test_integer_phone_numbers_keep_their_digit_count_and_keyed_ones_repeat() -> None:
    numbers = pa.array([4155552671, 12, None, 7, 442071838750], pa.int64())
    out = run("transform_int64_phone_number", numbers, Kind.INTEGER, key=b"k", preserve_length=True)
    assert [len(str(v)) if v is not None else None for v in out] == [10, 2, None, 1, 12]
    again = run(
        "transform_int64_phone_number",
        pa.array([442071838750], pa.int64()),
        Kind.INTEGER,
        key=b"k",
        preserve_length=True,
    )
    assert again == [out[4]]
    assert all(len(str(v)) == 10 for v in run("transform_int64_phone_number", pa.array(range(100)), Kind.INTEGER))
