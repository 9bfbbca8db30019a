"""Speed work must not move a single output: every entry's output on fixed inputs, fingerprinted before the work.

Keyed outputs are what copies of the same data made earlier are matched on (joins across runs, `verify`), so a
faster kernel that changes one byte of them is a bug. EXPECTED was computed with the code before issue 20's
vectorization; regenerate it only for a deliberate, announced change of outputs.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from lookalike.core.schema import Column, Kind
from lookalike.transformers import REGISTRY, TransformContext

_TEXTS = [
    "alice@example.com",
    "Bob.O'Neil+tag@Corp.Example",
    "no-at-sign",
    "trailing@",
    "",
    None,
    "ünïcødé@çødé.example",
    "Ann Smith",
    "Jean-Luc de la Tour",
    "+1 (415) 555-2671",
    "x" * 70 + "@long.example",  # longer than the word-at-a-time hash's 64 bytes
    "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
    "J",  # shorter than every name: a longer one, cut
    "Ann\nMarie Smith",  # a newline: names split as before
    "Bo Li\nX",
    *[f"{'a' * k} {'b' * (13 - k)}" for k in range(14)],  # every first/last length, spaces leading and trailing
] * 3 + [f"user{i}@mail{i % 7}.example" for i in range(200)]
_INPUTS: dict[Kind, pa.Array[Any]] = {
    Kind.TEXT: pa.array(_TEXTS, pa.string()),
    Kind.INTEGER: pa.array([1, None, -3, 2**40, 0, 7, 7, *range(100, 300)], pa.int64()),
    Kind.UUID: pa.array(
        ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", None] + [f"{i:08x}-0000-4000-8000-{i:012x}" for i in range(100)]
    ),
}
# Entries whose params need more than the defaults, and what they are run with.
_PARAMS: dict[str, list[dict[str, Any]]] = {
    "hash": [
        {"algorithm": algorithm, "length": length, "salt": salt}
        for algorithm in ("sha256", "sha512", "sha1", "md5", "blake2b")
        for length in (None, 5, 16)
        for salt in ("", "s")
    ],
    "transform_email": [
        {},
        {"preserve_domain": True},
        {"preserve_length": True},
        {"excluded_domains": ["corp.example"]},
        {"email_type": "uuidv4"},
        {"invalid_email_action": "null"},
        {"invalid_email_action": "passthrough"},
        {"preserve_domain": True, "preserve_length": True},
    ],
    "generate_email": [{}, {"email_type": "uuidv4"}],
    "transform_first_name": [{}, {"preserve_length": True}],
    "transform_last_name": [{}, {"preserve_length": True}],
    "transform_full_name": [{}, {"preserve_length": True}],
    "transform_phone_number": [{}, {"preserve_length": True}],
    "transform_e164_phone_number": [{}, {"preserve_length": True}],
    "transform_string": [{}, {"preserve_length": True}],
}
_SKIP = {"transform_javascript", "generate_javascript"}  # need code; not on this hot path


def _cases() -> list[tuple[str, int, Kind, bool, int | None]]:
    cases = []
    for entry in REGISTRY:
        if entry.name in _SKIP:
            continue
        kind = next(kind for kind in (Kind.TEXT, Kind.INTEGER, Kind.UUID, *Kind) if kind in entry.kinds)
        if kind not in _INPUTS:
            continue
        # Text columns also as varchar(24) and varchar(12): outputs cut to fit (emails keep their domain).
        for max_length in (None, 24, 12) if kind is Kind.TEXT else (None,):
            for index in range(len(_PARAMS.get(entry.name, [{}]))):
                for keyed in (True, False):
                    cases.append((entry.name, index, kind, keyed, max_length))
    return cases


def fingerprint(name: str, index: int, kind: Kind, keyed: bool, max_length: int | None) -> str:
    entry = REGISTRY.get(name)
    params = entry.parse_params(_PARAMS.get(name, [{}])[index])
    native = {Kind.TEXT: "text", Kind.INTEGER: "bigint", Kind.UUID: "uuid"}[kind]
    key = b"golden key" if keyed or entry.needs_key else None
    column = Column("c", native, kind, max_length=max_length)
    ctx = TransformContext(column=column, table="t", seed=7, key=key, batch_index=1)
    out = entry(_INPUTS[kind], params, ctx)
    return hashlib.sha256(repr(out.to_pylist()).encode()).hexdigest()[:16]


# Computed with the code before the work (commit 98cd012); one short digest of each case's output list.
EXPECTED: dict[str, str] = json.loads((Path(__file__).parent / "outputs_unchanged.json").read_text())


@pytest.mark.parametrize(("name", "index", "kind", "keyed", "max_length"), _cases())
def test_output_is_the_one_before_the_speed_work(
    name: str, index: int, kind: Kind, keyed: bool, max_length: int | None
) -> None:
    got = fingerprint(name, index, kind, keyed, max_length)
    assert got == EXPECTED[f"{name}/{index}/{kind.value}/{keyed}/{max_length}"]
