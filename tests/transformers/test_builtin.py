"""Every registry entry passes one shared suite; then each built-in's own behaviour."""

from __future__ import annotations

import re
from typing import Any

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from lookalike.core.canonical import arrow_type
from lookalike.core.schema import Column, Kind
from lookalike.transformers import REGISTRY, Role, TransformContext, Transformer, vocab

SAMPLES: dict[Kind, pa.Array] = {
    Kind.TEXT: pa.array(["alice@example.com", None, "bob@corp.example", "Carol", "", "ünï@çødé.example"]),
    Kind.UUID: pa.array(["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", None, "b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12"]),
    Kind.INTEGER: pa.array([1, None, 3], pa.int64()),
    Kind.OTHER: pa.array(["192.168.0.1", None, "10.0.0.1"]),
    Kind.BOOLEAN: pa.array([True, None, False]),
    Kind.FLOAT: pa.array([1.5, None, -2.25]),
    Kind.DECIMAL: pa.array(["12.50", None, "-3"]),
    Kind.TIMESTAMP: pa.array([0, None, 10**15], pa.timestamp("us")),
    Kind.TIMESTAMPTZ: pa.array([0, None, 10**15], pa.timestamp("us", tz="UTC")),
    Kind.DATE: pa.array([0, None, 19000], pa.date32()),
    Kind.ENUM: pa.array(["red", None, "blue"]),
}
ENTRIES = list(REGISTRY)


def ctx(
    kind: Kind = Kind.TEXT,
    *,
    key: bytes | None = None,
    seed: int = 1,
    batch: int = 0,
    table: str = "t",
    max_length: int | None = None,
) -> TransformContext:
    column = Column("c", "text", kind, max_length=max_length)
    return TransformContext(column=column, table=table, seed=seed, key=key, batch_index=batch)


def cases() -> list[tuple[Transformer[Any], Kind]]:
    return [(entry, kind) for entry in ENTRIES for kind in SAMPLES if kind in entry.kinds]


@pytest.mark.parametrize(("entry", "kind"), cases(), ids=lambda v: getattr(v, "name", str(v)))
def test_shared_suite(entry: Transformer[Any], kind: Kind) -> None:
    values, params = SAMPLES[kind], entry.parse_params({})
    run_secret = b"the run's secret" if entry.needs_key else None  # the engine always keys these
    out = entry(values, params, ctx(kind, key=run_secret))
    assert len(out) == len(values)
    wanted = arrow_type(Column("c", "x", kind))
    assert out.type == wanted or out.cast(wanted).type == wanted  # the engine casts to the column's type
    if entry.role is not Role.GENERATOR:
        assert out.is_null().to_pylist() == values.is_null().to_pylist() or entry.name == "generate_default"
    # Reproducible from the seed, deterministic with a key (same output in another table and batch).
    assert entry(values, params, ctx(kind, seed=1, key=run_secret)).equals(out)
    keyed = entry(values, params, ctx(kind, key=b"k1"))
    assert (
        entry(values, params, ctx(kind, key=b"k1", table="other", batch=5)).equals(keyed)
        or entry.role is Role.GENERATOR
    )
    if pa.types.is_string(out.type) and kind is Kind.TEXT:
        short = entry(values, params, ctx(kind, max_length=8, key=run_secret))
        assert max((len(v) for v in short.to_pylist() if v is not None), default=0) <= 8 or entry.role in (
            Role.PASSTHROUGH,
            Role.DEFAULT,
        )


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.needs_key], ids=lambda e: e.name)
def test_keyed_transformers_refuse_to_run_without_a_secret_key(entry: Transformer[Any]) -> None:
    kind = next(kind for kind in SAMPLES if kind in entry.kinds)
    with pytest.raises(ValueError, match="no secret key"):
        entry(SAMPLES[kind], entry.parse_params({}), ctx(kind))


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_unknown_params_are_rejected(entry: Transformer[Any]) -> None:
    with pytest.raises(ValidationError):
        entry.parse_params({"no_such_param": 1})
    assert entry.describe()["params_schema"]["type"] == "object" and entry.description


def run(
    name: str, values: list[Any] | pa.Array, *, key: bytes | None = None, seed: int = 1, **params: Any
) -> list[Any]:
    entry = REGISTRY.get(name)
    array = values if isinstance(values, pa.Array) else pa.array(values, pa.string())
    if key is None and entry.needs_key:
        key = b"the run's secret"  # what the engine gives keyed transformers of a job without a key
    return entry(array, entry.parse_params(params), ctx(key=key, seed=seed)).to_pylist()


EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$")


def test_transform_email_changes_every_address_and_keeps_domain_when_asked() -> None:
    emails = [f"user{i}@corp.example" for i in range(2000)]
    out = run("transform_email", emails, preserve_domain=True)
    assert all(o != e and o.endswith("@corp.example") and EMAIL.match(o) for o, e in zip(out, emails, strict=True))
    assert len(set(out)) > 1990


def test_transform_email_excluded_domains_pass_through_and_keyed_is_stable_across_calls() -> None:
    values = ["a@keep.example", "b@other.example", None]
    out = run("transform_email", values, excluded_domains=["KEEP.example"], key=b"k")
    assert out[0] == "a@keep.example" and out[1] != "b@other.example" and out[2] is None
    assert run("transform_email", ["b@other.example"], key=b"k") == [out[1]]
    assert run("transform_email", ["b@other.example"], key=b"k2") != [out[1]]


def test_transform_email_preserve_length() -> None:
    values = ["someone.long.name@example.com", "ab@x.io"]
    assert [len(v) for v in run("transform_email", values, preserve_length=True, preserve_domain=True)] == [29, 7]


def test_generate_email_is_unique_and_valid() -> None:
    out = run("generate_email", pa.nulls(50_000, pa.string()))
    assert len(set(out)) == 50_000 and all(EMAIL.match(o) for o in out[:1000])


def test_names_come_from_the_vocabulary_and_never_equal_the_input() -> None:
    firsts = vocab.first_names().to_pylist()
    out = run("transform_first_name", firsts)
    assert all(o != i for o, i in zip(out, firsts, strict=True))
    assert set(out) <= set(firsts)
    same_length = run("transform_last_name", ["Smith", "Li", "Johnson"], preserve_length=True)
    assert [len(v) for v in same_length] == [5, 2, 7]


def test_generate_uuid_is_version_4_and_unique() -> None:
    out = run("generate_uuid", pa.nulls(100_000, pa.string()))
    assert len(set(out)) == 100_000
    assert all(
        re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", u) for u in out[:500]
    )
    assert all(len(u) == 32 for u in run("generate_uuid", pa.nulls(3, pa.string()), include_hyphens=False))


def test_hash_is_keyed_hex_of_the_requested_length() -> None:
    out = run("hash", ["a", "b", "a", None], length=16, key=b"k")
    assert out[0] == out[2] != out[1] and out[3] is None and all(re.fullmatch(r"[0-9a-f]{16}", v) for v in out[:3])
    assert run("hash", ["a"], length=16, key=b"other")[0] != out[0]
    assert len(run("hash", ["a"], algorithm="sha512")[0]) == 128


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=40))
def test_keyed_transforms_depend_only_on_value_and_key(values: list[str]) -> None:
    whole = run("transform_first_name", values, key=b"secret")
    single = [run("transform_first_name", [v], key=b"secret")[0] for v in values[:5]]
    assert whole[:5] == single


def test_transform_email_invalid_email_action() -> None:
    values = ["ann@corp.example", "not an email", None, "bob@x"]
    generated = run("transform_email", values)
    assert all(EMAIL.match(v) for v in (generated[0], generated[1], generated[3])) and generated[2] is None
    assert run("transform_email", values, invalid_email_action="passthrough")[1::2] == ["not an email", "bob@x"]
    nulled = run("transform_email", values, invalid_email_action="null")
    assert nulled[1] is None and nulled[3] is None and EMAIL.match(nulled[0])
    with pytest.raises(ValueError, match=r"2 value\(s\) are not email addresses \(batch rows 1, 3") as error:
        run("transform_email", values, invalid_email_action="reject")
    assert "not an email" not in str(error.value)


# Entries whose outputs come from a small set by design.
FEW_VALUES = {"generate_bool", "generate_gender", "generate_state", "generate_country", "generate_categorical", "null"}


def varied(kind: Kind, n: int) -> pa.Array:
    if kind is Kind.INTEGER:
        return pa.array(range(1, n + 1), pa.int64())
    if kind is Kind.FLOAT:
        return pa.array([i * 1.5 for i in range(n)])
    if kind is Kind.UUID:
        return pa.array([f"{i:08x}-0000-4000-8000-{i:012x}" for i in range(n)])
    if kind in (Kind.TEXT, Kind.OTHER):
        return pa.array([f"Person {i} <p{i}@corp.example> +1 415 555 {i:04d}" for i in range(n)])
    return SAMPLES[kind]


def space(name: str) -> int | None:
    """How many outputs an entry can produce, where that is smaller than the test's 2000 inputs."""
    sizes = {
        "generate_first_name": len(vocab.first_names()),
        "transform_first_name": len(vocab.first_names()),
        "generate_last_name": len(vocab.last_names()),
        "transform_last_name": len(vocab.last_names()),
        "generate_city": len(vocab.cities()),
        "generate_business_name": len(vocab.companies()),
        "generate_int64": 40,  # its default range is 1..40
    }
    return sizes.get(name)


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.name not in FEW_VALUES], ids=lambda e: e.name)
def test_outputs_are_distinct_for_distinct_inputs(entry: Transformer[Any]) -> None:
    kind = next(k for k in (Kind.TEXT, Kind.INTEGER, Kind.UUID, Kind.FLOAT, Kind.OTHER) if k in entry.kinds)
    values = varied(kind, 2000)
    if kind is Kind.INTEGER:
        values = pa.array(range(0, 200_000, 100), pa.int64())  # far apart: offsets of ±10 cannot make them meet
    out = entry(values, entry.parse_params({}), ctx(kind, key=b"k"))
    if entry.role is Role.DEFAULT:
        return
    size = space(entry.name)
    # Distinct draws expected when choosing uniformly `n` times among `size` outputs.
    ideal = len(values) if size is None else size * (1 - (1 - 1 / size) ** len(values))
    distinct = len(set(out.to_pylist()))
    assert distinct >= 0.9 * ideal, f"{entry.name}: {distinct} distinct outputs, {ideal:.0f} expected"
