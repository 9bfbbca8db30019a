"""Speed work must not move a single output: every entry's output on fixed inputs, fingerprinted before the work.

Keyed outputs are what copies of the same data made earlier are matched on (joins across runs, `verify`), so a
faster kernel that changes one byte of them is a bug. EXPECTED was computed with the code before issue 20's
vectorization; regenerate it only for a deliberate, announced change of outputs.
"""

from __future__ import annotations

import hashlib
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


def _cases() -> list[tuple[str, int, Kind, bool]]:
    cases = []
    for entry in REGISTRY:
        if entry.name in _SKIP:
            continue
        kinds = [kind for kind in (Kind.TEXT, Kind.INTEGER, Kind.UUID) if kind in entry.kinds]
        for kind in kinds[:1]:
            for index in range(len(_PARAMS.get(entry.name, [{}]))):
                for keyed in (True, False):
                    cases.append((entry.name, index, kind, keyed))
    return cases


def fingerprint(name: str, index: int, kind: Kind, keyed: bool) -> str:
    entry = REGISTRY.get(name)
    params = entry.parse_params(_PARAMS.get(name, [{}])[index])
    native = {Kind.TEXT: "text", Kind.INTEGER: "bigint", Kind.UUID: "uuid"}[kind]
    key = b"golden key" if keyed or entry.needs_key else None
    ctx = TransformContext(column=Column("c", native, kind), table="t", seed=7, key=key, batch_index=1)
    out = entry(_INPUTS[kind], params, ctx)
    return hashlib.sha256(repr(out.to_pylist()).encode()).hexdigest()[:16]


EXPECTED: dict[str, str] = {
    "generate_business_name/0/text/True": "ddd95da954bb829c",
    "generate_business_name/0/text/False": "94b97f57f87f958e",
    "generate_card_number/0/text/True": "13781d2f538c0fa0",
    "generate_card_number/0/text/False": "6c6259bbe769faf4",
    "generate_categorical/0/text/True": "86d6cadcf08b977e",
    "generate_categorical/0/text/False": "c130edb381095ed3",
    "generate_city/0/text/True": "ee2a5db7c3a38e8e",
    "generate_city/0/text/False": "999db688ca1526fa",
    "generate_country/0/text/True": "65df18b5bc19bbfb",
    "generate_country/0/text/False": "19db6d3bd0ead4d5",
    "generate_default/0/text/True": "f3a8275464d54746",
    "generate_default/0/text/False": "f3a8275464d54746",
    "generate_e164_phone_number/0/text/True": "dd67d8fd83f3c839",
    "generate_e164_phone_number/0/text/False": "f96b815dea8442c4",
    "generate_email/0/text/True": "a6a5eb325fa0c5ce",
    "generate_email/0/text/False": "a6a5eb325fa0c5ce",
    "generate_email/1/text/True": "30660ae6ce774ee2",
    "generate_email/1/text/False": "30660ae6ce774ee2",
    "generate_first_name/0/text/True": "994c261160b5eebb",
    "generate_first_name/0/text/False": "ee699ef0a68c9eba",
    "generate_float64/0/text/True": "38efc11b977bb637",
    "generate_float64/0/text/False": "39df89be1e05cf9c",
    "generate_full_address/0/text/True": "68263d93f790e524",
    "generate_full_address/0/text/False": "6f2c0bc49d30af2c",
    "generate_full_name/0/text/True": "5e78c4dcb3417722",
    "generate_full_name/0/text/False": "4c1480332491a57e",
    "generate_gender/0/text/True": "ae978b1d436228b3",
    "generate_gender/0/text/False": "d2a56dc0b3cb00a5",
    "generate_int64/0/text/True": "0c7e8f24acb37244",
    "generate_int64/0/text/False": "fed7054f4b0f94b4",
    "generate_int64_phone_number/0/text/True": "fa19d584f42fb358",
    "generate_int64_phone_number/0/text/False": "8d9eba2ffff0561d",
    "generate_ip_address/0/text/True": "057f3576e40f7e00",
    "generate_ip_address/0/text/False": "757e57ea36ec05ee",
    "generate_last_name/0/text/True": "fab74a17f2b7dd00",
    "generate_last_name/0/text/False": "fa373ae5727271aa",
    "generate_random_string/0/text/True": "dbfdf762945c1bb5",
    "generate_random_string/0/text/False": "c7bdcf3f5108ea1a",
    "generate_sha256hash/0/text/True": "3f4e1a8b3ab7a736",
    "generate_sha256hash/0/text/False": "ddbb77b976d9bdd0",
    "generate_ssn/0/text/True": "23fd755111a0068f",
    "generate_ssn/0/text/False": "f03c6bb95ee86176",
    "generate_state/0/text/True": "97ac5f78539130db",
    "generate_state/0/text/False": "9d58087ccfa6eda7",
    "generate_street_address/0/text/True": "7a481a8caf6a0505",
    "generate_street_address/0/text/False": "d773663dc416ba96",
    "generate_string_phone_number/0/text/True": "4632124ff5c3aac6",
    "generate_string_phone_number/0/text/False": "d1d733aec99a6763",
    "generate_unix_timestamp/0/text/True": "6402c69202a5c2fb",
    "generate_unix_timestamp/0/text/False": "6e597ca41d76a3fb",
    "generate_username/0/text/True": "794d0d869f65a683",
    "generate_username/0/text/False": "15a6d7fb5b26ae20",
    "generate_utc_timestamp/0/text/True": "d95557ca7581e202",
    "generate_utc_timestamp/0/text/False": "88fefc058d5e6371",
    "generate_uuid/0/text/True": "70c77e1823a3f0a7",
    "generate_uuid/0/text/False": "70c77e1823a3f0a7",
    "generate_zipcode/0/text/True": "b72ce47d799d54d5",
    "generate_zipcode/0/text/False": "0fe23259924082d8",
    "hash/0/text/True": "b573f18c7a8fd933",
    "hash/0/text/False": "b573f18c7a8fd933",
    "hash/1/text/True": "bd2a7f73a4a5ba8a",
    "hash/1/text/False": "bd2a7f73a4a5ba8a",
    "hash/2/text/True": "b79e130d200211c8",
    "hash/2/text/False": "b79e130d200211c8",
    "hash/3/text/True": "5059d8e016aa6c39",
    "hash/3/text/False": "5059d8e016aa6c39",
    "hash/4/text/True": "89905d601299fe51",
    "hash/4/text/False": "89905d601299fe51",
    "hash/5/text/True": "878277748462932a",
    "hash/5/text/False": "878277748462932a",
    "hash/6/text/True": "f56ce794a0b23cc5",
    "hash/6/text/False": "f56ce794a0b23cc5",
    "hash/7/text/True": "e746665b57b88a3f",
    "hash/7/text/False": "e746665b57b88a3f",
    "hash/8/text/True": "6a568c3d1e53b739",
    "hash/8/text/False": "6a568c3d1e53b739",
    "hash/9/text/True": "4511aaaf2a52ec63",
    "hash/9/text/False": "4511aaaf2a52ec63",
    "hash/10/text/True": "accd2847526b9e88",
    "hash/10/text/False": "accd2847526b9e88",
    "hash/11/text/True": "b31283c3a3c7ca82",
    "hash/11/text/False": "b31283c3a3c7ca82",
    "hash/12/text/True": "0be5833a67bfbde4",
    "hash/12/text/False": "0be5833a67bfbde4",
    "hash/13/text/True": "f95200b8ae1b6e00",
    "hash/13/text/False": "f95200b8ae1b6e00",
    "hash/14/text/True": "fe4ecb7b7b3a4150",
    "hash/14/text/False": "fe4ecb7b7b3a4150",
    "hash/15/text/True": "ab499854b0655b93",
    "hash/15/text/False": "ab499854b0655b93",
    "hash/16/text/True": "ffc05e0adbfbc630",
    "hash/16/text/False": "ffc05e0adbfbc630",
    "hash/17/text/True": "f9b71778be0a44e2",
    "hash/17/text/False": "f9b71778be0a44e2",
    "hash/18/text/True": "e9d65df3d640e4ad",
    "hash/18/text/False": "e9d65df3d640e4ad",
    "hash/19/text/True": "c9eb031a7b0c0d32",
    "hash/19/text/False": "c9eb031a7b0c0d32",
    "hash/20/text/True": "5c87f4b1c475ea51",
    "hash/20/text/False": "5c87f4b1c475ea51",
    "hash/21/text/True": "fa336098540fb332",
    "hash/21/text/False": "fa336098540fb332",
    "hash/22/text/True": "e7599b3f472a3a2e",
    "hash/22/text/False": "e7599b3f472a3a2e",
    "hash/23/text/True": "a357bacf5643556c",
    "hash/23/text/False": "a357bacf5643556c",
    "hash/24/text/True": "0a52aae6a3629908",
    "hash/24/text/False": "0a52aae6a3629908",
    "hash/25/text/True": "cc59b8b909d5a6ec",
    "hash/25/text/False": "cc59b8b909d5a6ec",
    "hash/26/text/True": "029a050734dc1c02",
    "hash/26/text/False": "029a050734dc1c02",
    "hash/27/text/True": "6244cf9d9d6b9e97",
    "hash/27/text/False": "6244cf9d9d6b9e97",
    "hash/28/text/True": "ae48c97ca74701ed",
    "hash/28/text/False": "ae48c97ca74701ed",
    "hash/29/text/True": "28461439150ab721",
    "hash/29/text/False": "28461439150ab721",
    "null/0/text/True": "a465d8abc8e62845",
    "null/0/text/False": "a465d8abc8e62845",
    "passthrough/0/text/True": "f3a8275464d54746",
    "passthrough/0/text/False": "f3a8275464d54746",
    "transform_character_scramble/0/text/True": "564d65713674304c",
    "transform_character_scramble/0/text/False": "7f8d9d5984cedf9d",
    "transform_e164_phone_number/0/text/True": "d66f6566254d74bf",
    "transform_e164_phone_number/0/text/False": "a9364dd3be457f8f",
    "transform_e164_phone_number/1/text/True": "a78e7b5e93e8c36a",
    "transform_e164_phone_number/1/text/False": "517146342196fc46",
    "transform_email/0/text/True": "ecdbed289440c04d",
    "transform_email/0/text/False": "c2540d54bb2f8476",
    "transform_email/1/text/True": "65b347145f4e057c",
    "transform_email/1/text/False": "66f4eb67d27985c3",
    "transform_email/2/text/True": "0132b5781fc15946",
    "transform_email/2/text/False": "47aac0c233d562c8",
    "transform_email/3/text/True": "bad3297c9c8e19a1",
    "transform_email/3/text/False": "176f510e17153346",
    "transform_email/4/text/True": "04b5326862b99661",
    "transform_email/4/text/False": "fe58fab2562050e8",
    "transform_email/5/text/True": "be2d93f9f13763ff",
    "transform_email/5/text/False": "673f344533c0e3ce",
    "transform_email/6/text/True": "6b583ffc409c0587",
    "transform_email/6/text/False": "19539ab138915bd5",
    "transform_email/7/text/True": "923c61539ad0fbeb",
    "transform_email/7/text/False": "edd0166470488cf9",
    "transform_first_name/0/text/True": "e147a864bc7efb08",
    "transform_first_name/0/text/False": "704b283a7d7e632f",
    "transform_first_name/1/text/True": "d71cbff6536c4b82",
    "transform_first_name/1/text/False": "473384c6ec3d7749",
    "transform_full_name/0/text/True": "c2ef384de6ee858a",
    "transform_full_name/0/text/False": "ed99249ce0807f94",
    "transform_full_name/1/text/True": "79a0f683d0cae6ae",
    "transform_full_name/1/text/False": "e71e48abf0d34526",
    "transform_int64/0/integer/True": "7840b63de460ef60",
    "transform_int64/0/integer/False": "dee93686919ef8ad",
    "transform_int64_phone_number/0/integer/True": "3f9b8a7fd4a43db7",
    "transform_int64_phone_number/0/integer/False": "d5c385f848e908a6",
    "transform_last_name/0/text/True": "877087ea17f7edc5",
    "transform_last_name/0/text/False": "3672228fa209b237",
    "transform_last_name/1/text/True": "3ff7248d019fcdaf",
    "transform_last_name/1/text/False": "5598c8515789a19f",
    "transform_phone_number/0/text/True": "f3197a8b0a419f5d",
    "transform_phone_number/0/text/False": "a348d8b372bb0547",
    "transform_phone_number/1/text/True": "a78e7b5e93e8c36a",
    "transform_phone_number/1/text/False": "517146342196fc46",
    "transform_pii_text/0/text/True": "b1f60e33d9dba8f5",
    "transform_pii_text/0/text/False": "b1f60e33d9dba8f5",
    "transform_scramble_identity/0/integer/True": "135c79f571ae1076",
    "transform_scramble_identity/0/integer/False": "135c79f571ae1076",
    "transform_string/0/text/True": "7cdb72cbd05107bf",
    "transform_string/0/text/False": "bf31d7fbd92ccdf6",
    "transform_string/1/text/True": "f717d19fcf68e6b5",
    "transform_string/1/text/False": "70a85869e8ef423a",
    "transform_uuid/0/text/True": "fc03c0e9864ce220",
    "transform_uuid/0/text/False": "4869e77b0489e2cf",
}


@pytest.mark.parametrize(("name", "index", "kind", "keyed"), _cases())
def test_output_is_the_one_before_the_speed_work(name: str, index: int, kind: Kind, keyed: bool) -> None:
    assert fingerprint(name, index, kind, keyed) == EXPECTED[f"{name}/{index}/{kind.value}/{keyed}"]
